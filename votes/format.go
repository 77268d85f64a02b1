package votes

import (
	"bytes"
	"encoding/csv"
	"io"
	"os"
	"strings"

	"github.com/entente/entente/dataset"
)

// Format names a votes-family file layout, recognised from the header.
type Format = dataset.Format

// Formats of the votes family.
const (
	// FormatUNVotes: rcid,country,country_code,vote (dgrtwo/unvotes;
	// ISO2 codes, words yes/abstain/no).
	FormatUNVotes Format = "unvotes"
	// FormatVoeten: Voeten's numeric layout, a header with rcid, ccode
	// (COW number) and vote (1 yes, 2 abstain, 3 no, 8 absent, 9
	// non-member), often session and year or date.
	FormatVoeten Format = "voeten"
	// FormatVotesCSV: any other delimited vote file with a header, read
	// through a ColumnMapping (given or recognised from the column names).
	FormatVotesCSV Format = "votes-csv"
	// FormatRollCalls: the roll-call table
	// rcid,session,importantvote,date,unres,amend,para,short,descr.
	FormatRollCalls Format = "unvotes-roll-calls"
	// FormatIssues: the issue table rcid,short_name,issue.
	FormatIssues Format = "unvotes-issues"
)

// ColumnMapping names the columns of a vote file (header names, matched
// without regard to case). Empty fields are recognised from the header
// (see the role table in roles). RollCall, Country (or CountryName) and
// Vote are required.
type ColumnMapping struct {
	RollCall    string // roll-call id or resolution symbol
	Date        string // YYYY-MM-DD (or YYYY-MM-DDThh:mm…, DD/MM/YYYY)
	Session     string // General Assembly session number
	Year        string // calendar year, when there is no date
	Country     string // a code: ISO3, ISO2 or COW number
	CountryName string // a name, used when there is no code or it is unknown
	Vote        string // Y/N/A/X, words, or Voeten's numbers
}

// roles is the one table of header names recognised for each column,
// in order of preference.
var roles = struct{ rollCall, date, session, year, country, name, vote []string }{
	rollCall: []string{"rcid", "roll_call", "rollcall", "roll_call_id", "undl_id", "resolution", "symbol", "res", "id"},
	date:     []string{"date", "vote_date", "votedate"},
	session:  []string{"session"},
	year:     []string{"year"},
	country:  []string{"country_code", "iso3", "iso3c", "iso2", "iso2c", "ccode", "cow", "ms_code", "code"},
	name:     []string{"country", "countryname", "country_name", "ms_name", "statenme", "name"},
	vote:     []string{"vote", "ms_vote", "votes"},
}

// splitHeader returns the header fields of the first line of head and the
// delimiter (comma, tab or semicolon, whichever the line has most of).
func splitHeader(head []byte) ([]string, rune) {
	line := head
	if i := bytes.IndexByte(line, '\n'); i >= 0 {
		line = line[:i]
	}
	line = bytes.TrimPrefix(bytes.TrimRight(line, "\r"), []byte("\ufeff"))
	delim := ','
	best := bytes.Count(line, []byte{','})
	for _, d := range []rune{'\t', ';'} {
		if n := bytes.Count(line, []byte(string(d))); n > best {
			delim, best = d, n
		}
	}
	r := csv.NewReader(bytes.NewReader(line))
	r.Comma = delim
	r.LazyQuotes = true
	f, err := r.Read()
	if err != nil {
		return nil, delim
	}
	for i := range f {
		f[i] = strings.ToLower(strings.TrimSpace(f[i]))
	}
	return f, delim
}

func indexOf(h []string, names ...string) int {
	for _, n := range names {
		for i, x := range h {
			if x == strings.ToLower(n) {
				return i
			}
		}
	}
	return -1
}

// DetectFormat recognises a votes-family file from its first bytes
// (decompressed): FormatUNVotes, FormatVoeten, FormatVotesCSV,
// FormatRollCalls, FormatIssues, or "" (dataset.FormatAuto) when it is not
// one. A file is a vote file when its header names a roll-call, a country
// and a vote column.
func DetectFormat(head []byte) Format {
	h, _ := splitHeader(head)
	if len(h) == 0 {
		return dataset.FormatAuto
	}
	has := func(n string) bool { return indexOf(h, n) >= 0 }
	switch {
	case strings.Join(h, ",") == "rcid,country,country_code,vote":
		return FormatUNVotes
	case has("rcid") && has("ccode") && has("vote"):
		return FormatVoeten
	case indexOf(h, roles.rollCall...) >= 0 && indexOf(h, roles.vote...) >= 0 &&
		(indexOf(h, roles.country...) >= 0 || indexOf(h, roles.name...) >= 0):
		return FormatVotesCSV
	case has("rcid") && has("session") && has("date") && (has("unres") || has("descr") || has("importantvote")):
		return FormatRollCalls
	case has("rcid") && has("short_name") && has("issue"):
		return FormatIssues
	}
	return dataset.FormatAuto
}

// DetectFile recognises a votes-family file from its content (plain or
// gzip'd): the layout, or "" (dataset.FormatAuto) when it is not one. An
// error opening or decompressing the file is returned. A named pipe or a
// socket is not looked at (peeking would take its first bytes from the
// reader that comes next): it gives dataset.FormatAuto.
func DetectFile(path string) (Format, error) {
	if st, err := os.Stat(path); err == nil && !st.Mode().IsRegular() {
		return dataset.FormatAuto, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return dataset.FormatAuto, err
	}
	defer f.Close()
	zr, br, err := openStream(f)
	if err != nil {
		return dataset.FormatAuto, err
	}
	if zr != nil {
		defer zr.(io.Closer).Close()
	}
	head, _ := br.Peek(maxHead)
	return DetectFormat(head), nil
}
