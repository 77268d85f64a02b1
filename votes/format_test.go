package votes

import (
	"compress/gzip"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/entente/entente/dataset"
)

// splitHeader takes the first line, drops a byte-order mark and a CR, picks
// the delimiter the line has most of and lower-cases the trimmed names.
func TestSplitHeader(t *testing.T) {
	tests := []struct {
		head  string
		want  []string
		delim rune
	}{
		{"rcid,country,vote\n1,a,b\n", []string{"rcid", "country", "vote"}, ','},
		{"\ufeffRCID\tCountry Code\tVOTE\r\n", []string{"rcid", "country code", "vote"}, '\t'},
		{"Resolution;Date;Country;Vote", []string{"resolution", "date", "country", "vote"}, ';'},
		{`"a,b";c;d` + "\n", []string{"a,b", "c", "d"}, ';'}, // 2 semicolons beat 1 comma
		{"", nil, ','},
	}
	for _, tt := range tests {
		got, d := splitHeader([]byte(tt.head))
		if !reflect.DeepEqual(got, tt.want) || d != tt.delim {
			t.Errorf("splitHeader(%q) = %q, %q; want %q, %q", tt.head, got, d, tt.want, tt.delim)
		}
	}
}

// indexOf returns the column of the first name in preference order, not
// the first column that matches.
func TestIndexOf(t *testing.T) {
	h := []string{"country", "iso3", "vote"}
	if got := indexOf(h, roles.country...); got != 1 {
		t.Errorf("country column %d, want 1 (iso3)", got)
	}
	if got := indexOf(h, "VOTE"); got != 2 {
		t.Errorf("VOTE: %d, want 2", got)
	}
	if got := indexOf(h, "date"); got != -1 {
		t.Errorf("date: %d, want -1", got)
	}
}

// DetectFile reads plain and gzip'd files alike and reports an open error.
func TestDetectFile(t *testing.T) {
	dir := t.TempDir()
	plain := filepath.Join(dir, "votes.csv")
	if err := os.WriteFile(plain, []byte("rcid,country,country_code,vote\n1,France,FR,yes\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	zipped := filepath.Join(dir, "rc.csv.gz")
	f, err := os.Create(zipped)
	if err != nil {
		t.Fatal(err)
	}
	zw := gzip.NewWriter(f)
	zw.Write([]byte("rcid,short_name,issue\n5309,hr,Human rights\n"))
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	for path, want := range map[string]Format{plain: FormatUNVotes, zipped: FormatIssues} {
		if got, err := DetectFile(path); err != nil || got != want {
			t.Errorf("DetectFile(%s) = %q, %v; want %q", filepath.Base(path), got, err, want)
		}
	}
	if got, err := DetectFile(filepath.Join(dir, "absent.csv")); err == nil || got != dataset.FormatAuto {
		t.Errorf("absent file: %q, %v; want an error", got, err)
	}
	// A directory is not a regular file: not looked at, no error.
	if got, err := DetectFile(dir); err != nil || got != dataset.FormatAuto {
		t.Errorf("directory: %q, %v", got, err)
	}
}

func TestDetectFormat(t *testing.T) {
	for head, want := range map[string]Format{
		"rcid,country,country_code,vote\n":                               FormatUNVotes,
		"rcid,ccode,member,vote,session\n":                               FormatVoeten,
		"undl_id\tdate\tms_code\tms_vote\n":                              FormatVotesCSV,
		"rcid,session,importantvote,date,unres,amend,para,short,descr\n": FormatRollCalls,
		"rcid,short_name,issue\n":                                        FormatIssues,
		"date,source,target,code\n2020-01-01,CHN,USA,042\n":              dataset.FormatAuto,
		"": dataset.FormatAuto,
		"GLOBALEVENTID\tSQLDATE\tMonthYear\tYear\tFractionDate\tActor1Code\t\n": dataset.FormatAuto,
	} {
		if got := DetectFormat([]byte(head)); got != want {
			t.Errorf("%q: %q, want %q", head, got, want)
		}
	}
	if _, err := NewReader(strings.NewReader("date,source,target,code\n"), "e.csv", nil); !errors.Is(err, dataset.ErrUnknownFormat) {
		t.Errorf("events file: %v", err)
	}
}
