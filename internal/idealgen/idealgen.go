// Package idealgen builds entente's precomputed UN ideal points: it reads
// the unvotes CSVs (../shared/data/unvotes: un_votes.csv.gz, rcid,country,
// country_code,vote; un_roll_calls.csv.gz, rcid,session,…,date,…), fits
// score.FitIdealPoints per session with its default options, and writes a
// compact CSV
//
//	country,session,value,lower,upper,n
//
// sorted by country code then session, values rounded to 3 decimals (the
// bands are about ±0.1 and wider; the rounding keeps the file small and
// the same on every platform). The generator is deterministic: the same
// input gives byte-identical output.
//
// Data: Erik Voeten's United Nations General Assembly voting data
// (Harvard Dataverse hdl:1902.1/12379, UNVotes2021), dedicated to the
// public domain (CC0), as exported from the R package unvotes (dgrtwo/
// unvotes, MIT); 870,109 country votes on 6,203 recorded roll calls,
// sessions 1–74 (1946 to January 2020), absences not recorded. Cite
// Voeten (2013, "Data and analyses of voting in the UN General Assembly",
// in Reinalda (ed.), Routledge Handbook of International Organization).
//
// Country codes are ISO alpha-3 through package country: the ISO2
// country_code, or the name where the code is empty (Federal Republic of
// Germany → DEU, Yemen Arab Republic → YEM). Zanzibar (two votes in 1964)
// resolves to nothing and is counted as rejected, as is any row whose vote
// is not yes/abstain/no. Historical states keep their codes (SUN is not
// RUS: the unvotes data itself files Soviet votes under RU, so they stay
// RUS here, as in the data).
//
// ReadCSV reads the compact file back into a *score.IdealPoints (SD
// recovered from the 95 % band), so that IdealPoints.Distance works on the
// embedded copy.
//
// Until the votes package lands this package holds its own small reader;
// the generator is `go run ./internal/idealgen/cmd -o FILE`.
package idealgen

import (
	"bufio"
	"compress/gzip"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/entente/entente/country"
	"github.com/entente/entente/score"
)

// Counts is the row accounting of Load.
type Counts struct {
	Read, Kept, Rejected, Filtered int
}

// RowsLine is the project's stable accounting line.
func (c Counts) RowsLine() string {
	return fmt.Sprintf("rows: read=%d kept=%d rejected=%d filtered=%d", c.Read, c.Kept, c.Rejected, c.Filtered)
}

// Options selects what Load keeps.
type Options struct {
	// FromSession and ToSession bound the sessions kept (inclusive; 0 means
	// open). Roll calls outside are counted as filtered.
	FromSession, ToSession int
}

// openFile opens a plain or gzipped file.
func openFile(path string) (io.Reader, io.Closer, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	var r io.Reader = bufio.NewReaderSize(f, 1<<16)
	if strings.HasSuffix(path, ".gz") {
		gz, err := gzip.NewReader(r)
		if err != nil {
			f.Close()
			return nil, nil, fmt.Errorf("%s: %w", path, err)
		}
		r = gz
	}
	return r, f, nil
}

func newCSV(r io.Reader) *csv.Reader {
	cr := csv.NewReader(r)
	cr.ReuseRecord = true
	return cr
}

func header(cr *csv.Reader, path string, want ...string) (map[string]int, error) {
	rec, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("%s: header: %w", path, err)
	}
	col := map[string]int{}
	for k, h := range rec {
		col[strings.TrimPrefix(h, "\ufeff")] = k
	}
	for _, w := range want {
		if _, ok := col[w]; !ok {
			return nil, fmt.Errorf("%s:1: no column %q", path, w)
		}
	}
	return col, nil
}

// Load reads the roll calls and votes of the unvotes folder dir into a
// matrix: countries sorted by code, roll calls by session then rcid (as a
// number). Rows that cannot be read are counted in Rejected, with the
// first few reasons (file:line:column) in the returned messages.
func Load(dir string, opts *Options) (*score.RollCallMatrix, Counts, []string, error) {
	rpath := filepath.Join(dir, "un_roll_calls.csv.gz")
	rr, rc, err := openFile(rpath)
	if err != nil {
		return nil, Counts{}, nil, err
	}
	defer rc.Close()
	vpath := filepath.Join(dir, "un_votes.csv.gz")
	vr, vc, err := openFile(vpath)
	if err != nil {
		return nil, Counts{}, nil, err
	}
	defer vc.Close()
	return Read(rr, rpath, vr, vpath, opts)
}

// Read is Load on open streams: rollCalls (rcid,session,date,… with a
// header) and voteRows (rcid,country,country_code,vote), named rpath and
// vpath in messages. A roll-call row that cannot be read is an error (the
// votes would lose their sessions); a vote row that cannot be read is
// counted as rejected.
func Read(rollCalls io.Reader, rpath string, voteRows io.Reader, vpath string, opts *Options) (*score.RollCallMatrix, Counts, []string, error) {
	var o Options
	if opts != nil {
		o = *opts
	}
	var cnt Counts
	var msgs []string
	reject := func(path string, line, col int, why string) {
		cnt.Rejected++
		if len(msgs) < 20 {
			msgs = append(msgs, fmt.Sprintf("%s:%d:%d: %s", filepath.Base(path), line, col, why))
		}
	}
	// Roll calls.
	cr := newCSV(rollCalls)
	col, err := header(cr, rpath, "rcid", "session", "date")
	if err != nil {
		return nil, cnt, nil, err
	}
	type rcInfo struct {
		id      int
		session int
		date    time.Time
	}
	rcs := map[int]rcInfo{}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, cnt, nil, fmt.Errorf("%s: %w", rpath, err)
		}
		line, _ := cr.FieldPos(0)
		id, err1 := strconv.Atoi(rec[col["rcid"]])
		ses, err2 := strconv.Atoi(rec[col["session"]])
		d, err3 := time.Parse("2006-01-02", rec[col["date"]])
		if err1 != nil || err2 != nil || err3 != nil {
			return nil, cnt, nil, fmt.Errorf("%s:%d: bad roll call %q", rpath, line, strings.Join(rec, ","))
		}
		rcs[id] = rcInfo{id, ses, d}
	}
	// Votes.
	cr = newCSV(voteRows)
	col, err = header(cr, vpath, "rcid", "country", "country_code", "vote")
	if err != nil {
		return nil, cnt, nil, err
	}
	type vote struct {
		rc   int
		code string
		b    score.Ballot
	}
	var votes []vote
	codeOf := map[[2]string]string{}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				cnt.Read++
				reject(vpath, pe.Line, pe.Column, pe.Err.Error())
				continue
			}
			return nil, cnt, nil, err
		}
		cnt.Read++
		line, _ := cr.FieldPos(0)
		id, err := strconv.Atoi(rec[col["rcid"]])
		info, ok := rcs[id]
		if err != nil || !ok {
			reject(vpath, line, col["rcid"]+1, fmt.Sprintf("unknown roll call %q", rec[col["rcid"]]))
			continue
		}
		var b score.Ballot
		switch rec[col["vote"]] {
		case "yes":
			b = score.BallotYes
		case "abstain":
			b = score.BallotAbstain
		case "no":
			b = score.BallotNo
		default:
			reject(vpath, line, col["vote"]+1, fmt.Sprintf("vote %q is not yes/abstain/no", rec[col["vote"]]))
			continue
		}
		key := [2]string{rec[col["country_code"]], rec[col["country"]]}
		code, ok := codeOf[key]
		if !ok {
			c, found := country.LookupISO2(key[0])
			if !found {
				c, found = country.ByName(key[1])
			}
			if found {
				code = c.Code
			}
			codeOf[key] = code
		}
		if code == "" {
			reject(vpath, line, col["country"]+1, fmt.Sprintf("unknown country %q (code %q)", key[1], key[0]))
			continue
		}
		if (o.FromSession > 0 && info.session < o.FromSession) || (o.ToSession > 0 && info.session > o.ToSession) {
			cnt.Filtered++
			continue
		}
		votes = append(votes, vote{id, code, b})
	}
	// Columns: roll calls with a kept vote, by session then rcid.
	used := map[int]bool{}
	cset := map[string]bool{}
	for _, v := range votes {
		used[v.rc] = true
		cset[v.code] = true
	}
	ids := make([]int, 0, len(used))
	for id := range used {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(a, b int) bool {
		ra, rb := rcs[ids[a]], rcs[ids[b]]
		if ra.session != rb.session {
			return ra.session < rb.session
		}
		return ra.id < rb.id
	})
	colOf := make(map[int]int, len(ids))
	cols := make([]score.RollCallColumn, len(ids))
	for j, id := range ids {
		colOf[id] = j
		cols[j] = score.RollCallColumn{ID: strconv.Itoa(id), Period: rcs[id].session, Date: rcs[id].date}
	}
	codes := make([]string, 0, len(cset))
	for c := range cset {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	rowOf := make(map[string]int, len(codes))
	for i, c := range codes {
		rowOf[c] = i
	}
	m := score.NewRollCallMatrix(codes, cols)
	for _, v := range votes {
		i, j := rowOf[v.code], colOf[v.rc]
		if m.At(i, j) != score.BallotMissing {
			// Two rows for one country on one roll call (two names mapped to
			// one code): the first is kept.
			cnt.Rejected++
			if len(msgs) < 20 {
				msgs = append(msgs, fmt.Sprintf("%s: duplicate vote of %s on roll call %d", filepath.Base(vpath), v.code, v.rc))
			}
			continue
		}
		m.Set(i, j, v.b)
		cnt.Kept++
	}
	return m, cnt, msgs, nil
}

// Generate loads the unvotes folder dir, fits every session with the
// default options and writes the compact CSV to w: what the generator
// command commits, and what its test recomputes.
func Generate(dir string, w io.Writer) (*score.IdealPoints, Counts, []string, error) {
	m, cnt, msgs, err := Load(dir, nil)
	if err != nil {
		return nil, cnt, msgs, err
	}
	p, err := score.FitIdealPoints(m, nil)
	if err != nil {
		return nil, cnt, msgs, err
	}
	return p, cnt, msgs, WriteCSV(w, p)
}
