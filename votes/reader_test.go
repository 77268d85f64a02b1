package votes

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/internal/sharedtest"
)

// Reading ../shared/data/unvotes/un_votes.csv.gz dates its votes from the
// roll-calls file beside it and gives the same matrix as the embedded
// votes.
func TestReadSharedEqualsEmbedded(t *testing.T) {
	path := sharedtest.Path(t, "data/unvotes/un_votes.csv.gz")
	s, rep, err := ReadFile(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(s.DatesFrom, "un_roll_calls.csv.gz") {
		t.Errorf("dates from %q", s.DatesFrom)
	}
	if rep.Format != FormatUNVotes || rep.Read != 870109 || rep.Kept != 870109 || rep.Rejected != 0 || !rep.Balanced() {
		t.Errorf("%s %s", rep.Format, rep.RowsLine())
	}
	e, _, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(s.Countries, ",") != strings.Join(e.Countries, ",") || len(s.RollCalls) != len(e.RollCalls) {
		t.Fatalf("%d×%d vs embedded %d×%d", len(s.RollCalls), len(s.Countries), len(e.RollCalls), len(e.Countries))
	}
	for i := range s.RollCalls {
		a, b := s.RollCalls[i], e.RollCalls[i]
		if a.RCID != b.RCID || !a.Date.Equal(b.Date) || a.Session != b.Session || strings.Join(a.Issues, ",") != strings.Join(b.Issues, ",") {
			t.Fatalf("roll call %d: %+v vs %+v", i, a, b)
		}
		for j := range s.Countries {
			if s.Vote(i, j) != e.Vote(i, j) {
				t.Fatalf("rcid %d %s: %v vs %v", a.RCID, s.Countries[j], s.Vote(i, j), e.Vote(i, j))
			}
		}
	}
}

// Voeten's numeric layout: COW numbers, 1/2/3/8/9. Rows are made up
// around the real roll call 5309 (A/RES/68/262): USA (2) yes, RUS (365)
// no, CHN (710) abstain, and dated by the embedded table.
func TestReadVoeten(t *testing.T) {
	in := "rcid,ccode,member,vote\n" +
		"5309,2,1,1\n" +
		"5309,365,1,3\n" +
		"5309,710,1,2\n" +
		"5309,20,1,8\n" + // Canada absent: kept as Absent, not a recorded vote
		"5309,999,1,1\n" + // line 6: unknown COW number: kept, counted as unknown
		"5309,101,1,7\n" + // line 7: 7 is no vote code
		"5309,2,1,3\n" + // line 8: the USA twice
		"99999999,2,1,1\n" + // line 9: not in the roll-call table
		"5309,750\n" // line 10: too few fields
	s, rep, err := ReadBytes([]byte(in), "v.csv", nil)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Format != FormatVoeten || s.DatesFrom != "embedded roll calls" {
		t.Errorf("format %s, dates from %q", rep.Format, s.DatesFrom)
	}
	if rep.RowsLine() != "rows: read=9 kept=5 rejected=4 filtered=0" || rep.UnknownNames["999"] != 1 {
		t.Errorf("%s unknown %v", rep.RowsLine(), rep.UnknownNames)
	}
	i := s.RollCallIndex(5309)
	for c, want := range map[string]Vote{"USA": Yes, "RUS": No, "CHN": Abstain, "CAN": Absent} {
		if got := s.Vote(i, s.CountryIndex(c)); got != want {
			t.Errorf("%s: %v want %v", c, got, want)
		}
	}
	wantErr := []struct {
		line   int
		column string
		err    error
	}{{7, "vote", ErrBadVote}, {8, "ccode", ErrDuplicateVote}, {9, "rcid", ErrUnknownRollCall}, {10, "", dataset.ErrColumnCount}}
	for k, w := range wantErr {
		pe := rep.Samples[k]
		if pe.Line != w.line || pe.Column != w.column || !errors.Is(pe, w.err) || pe.File != "v.csv" {
			t.Errorf("sample %d: %v (line %d column %q), want line %d column %q %v", k, pe, pe.Line, pe.Column, w.line, w.column, w.err)
		}
	}
	// Strict: the first bad row ends the reading with its ParseError.
	_, _, err = ReadBytes([]byte(in), "v.csv", &ReadOptions{Strict: true})
	var pe *dataset.ParseError
	if !errors.As(err, &pe) || pe.Line != 7 || !errors.Is(err, ErrBadVote) {
		t.Errorf("strict: %v", err)
	}
	// Rejects: each rejected row, with where and why.
	var rej bytes.Buffer
	if _, _, err := ReadBytes([]byte(in), "v.csv", &ReadOptions{Rejects: &rej}); err != nil {
		t.Fatal(err)
	}
	if got := strings.Count(rej.String(), "\n"); got != 4 || !strings.HasPrefix(rej.String(), "v.csv:7,vote: invalid vote,5309,101,1,7\n") {
		t.Errorf("rejects:\n%s", rej.String())
	}
}

// A vote file of another layout, read through the recognised column
// names: UN Digital Library style letters (Y, N, A; X not voting),
// country names and ISO3 codes, a resolution symbol as roll-call key and
// dates in the file. Semicolon-delimited.
func TestReadMapped(t *testing.T) {
	in := "Resolution;Date;Country;Vote\n" +
		"A/RES/68/262;2014-03-27;UNITED STATES;Y\n" +
		"A/RES/68/262;2014-03-27;Russian Federation;N\n" +
		"A/RES/68/262;2014-03-27;CHN;A\n" +
		"A/RES/68/262;2014-03-27;Venezuela;X\n" +
		"A/RES/68/100;2013-12-05;UNITED STATES;Y\n" +
		"A/RES/68/100;2013-12-06;Russian Federation;Y\n" + // line 7: another date
		"A/RES/68/100;2013-12-05;Atlantis;Y\n" // line 8: unknown name: counted
	s, rep, err := ReadBytes([]byte(in), "undl.csv", nil)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Format != FormatVotesCSV || s.DatesFrom != "file" || rep.RowsLine() != "rows: read=7 kept=6 rejected=1 filtered=0" {
		t.Fatalf("%s %s from %q", rep.Format, rep.RowsLine(), s.DatesFrom)
	}
	if rep.UnknownNames["Atlantis"] != 1 || !errors.Is(rep.Samples[0], ErrConflict) || rep.Samples[0].Line != 7 {
		t.Errorf("unknown %v, samples %v", rep.UnknownNames, rep.Samples)
	}
	if len(s.RollCalls) != 2 || s.RollCalls[0].Resolution != "A/RES/68/262" || s.RollCalls[0].Date.Format("2006-01-02") != "2014-03-27" {
		t.Errorf("roll calls %+v", s.RollCalls)
	}
	if s.Vote(0, s.CountryIndex("RUS")) != No || s.Vote(0, s.CountryIndex("VEN")) != Absent || s.Vote(0, s.CountryIndex("CHN")) != Abstain {
		t.Errorf("votes %v over %v", s.Row(0), s.Countries)
	}
	// An explicit mapping with a column that is not there is an error.
	_, _, err = ReadBytes([]byte(in), "undl.csv", &ReadOptions{Columns: &ColumnMapping{Vote: "ballot"}})
	if !errors.Is(err, dataset.ErrMissingField) {
		t.Errorf("missing mapped column: %v", err)
	}
}

func FuzzReader(f *testing.F) {
	f.Add([]byte("rcid,country,country_code,vote\n5309,United States,US,yes\n5309,Russia,RU,no\n"))
	f.Add([]byte("rcid,ccode,vote\n5309,2,1\n5309,365,9\n"))
	f.Add([]byte("Resolution;Date;Country;Vote\nA/1;2014-03-27;USA;Y\nA/1;bad;RUS;\"N\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := NewReader(bytes.NewReader(b), "fuzz", nil)
		if err != nil {
			return
		}
		defer r.Close()
		s, err := Read(r)
		rep := r.Report()
		if !rep.Balanced() {
			t.Fatalf("unbalanced: %s", rep.RowsLine())
		}
		if err == nil && s.NumVotes() > int(rep.Kept) {
			t.Fatalf("%d votes from %d kept rows", s.NumVotes(), rep.Kept)
		}
	})
}

func FuzzReadRollCalls(f *testing.F) {
	f.Add([]byte("rcid,session,importantvote,date,unres,amend,para,short,descr\n5309,68,1,2014-03-27,R/68/262,0,0,x,\"y\"\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		rcs, rep, _ := ReadRollCalls(bytes.NewReader(b), "fuzz", nil)
		if !rep.Balanced() || int64(len(rcs)) != rep.Kept {
			t.Fatalf("%s with %d roll calls", rep.RowsLine(), len(rcs))
		}
	})
}

func FuzzReadIssues(f *testing.F) {
	f.Add([]byte("rcid,short_name,issue\n5309,hr,Human rights\n5309,xx,?\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		rcs := []RollCall{{RCID: 5309}}
		rep, _ := ReadIssues(bytes.NewReader(b), "fuzz", rcs, nil)
		if !rep.Balanced() || len(rcs[0].Issues) > len(IssueCodes()) {
			t.Fatalf("%s, issues %v", rep.RowsLine(), rcs[0].Issues)
		}
	})
}
