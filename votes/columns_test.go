package votes

import (
	"errors"
	"strings"
	"testing"

	"github.com/entente/entente/dataset"
)

func TestParseColumnMapping(t *testing.T) {
	m, err := ParseColumnMapping(" rollcall=undl_id, Country=ms_code ,vote=ms_vote,date=Date,name=ms_name")
	if err != nil {
		t.Fatal(err)
	}
	want := ColumnMapping{RollCall: "undl_id", Country: "ms_code", Vote: "ms_vote", Date: "Date", CountryName: "ms_name"}
	if *m != want {
		t.Errorf("got %+v, want %+v", *m, want)
	}
	if m, err := ParseColumnMapping("  "); m != nil || err != nil {
		t.Errorf("empty: %v, %v", m, err)
	}
	for _, bad := range []string{"rollcall", "colour=x", "vote=", "vote=a,vote=b"} {
		if _, err := ParseColumnMapping(bad); !errors.Is(err, dataset.ErrSyntax) {
			t.Errorf("%q: %v, want ErrSyntax", bad, err)
		}
	}
}

// TestColumnMappingReadsUnknownHeader: a vote CSV whose header names
// nothing the reader recognises reads through a mapping. Three votes on
// roll call 5309 (the Crimea resolution, dated 2014-03-27 in the embedded
// roll-call table): USA and UKR yes, RUS no, as PROVENANCE.md records.
func TestColumnMappingReadsUnknownHeader(t *testing.T) {
	data := "res_no,state,ballot\n5309,USA,Y\n5309,UKR,Y\n5309,RUS,N\n"
	if _, _, err := ReadBytes([]byte(data), "x.csv", nil); err == nil {
		t.Fatal("an unrecognised header read without a mapping")
	}
	m, err := ParseColumnMapping("rollcall=res_no,country=state,vote=ballot")
	if err != nil {
		t.Fatal(err)
	}
	s, _, err := ReadBytes([]byte(data), "x.csv", &ReadOptions{Format: FormatVotesCSV, Columns: m})
	if err != nil {
		t.Fatal(err)
	}
	i := s.RollCallIndex(5309)
	if i < 0 {
		t.Fatal("roll call 5309 missing")
	}
	var got []string
	for _, c := range []string{"USA", "UKR", "RUS"} {
		got = append(got, c+"="+s.Vote(i, s.CountryIndex(c)).String())
	}
	if g := strings.Join(got, " "); g != "USA=yes UKR=yes RUS=no" {
		t.Errorf("votes %s", g)
	}
}
