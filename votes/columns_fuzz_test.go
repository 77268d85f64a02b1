package votes

import (
	"errors"
	"strings"
	"testing"

	"github.com/entente/entente/dataset"
)

// FuzzParseColumnMapping: ParseColumnMapping never panics; a refusal wraps
// dataset.ErrSyntax; a blank string gives nil; a mapping it accepts is
// written back as ROLE=COLUMN pairs and reads back to the same mapping.
func FuzzParseColumnMapping(f *testing.F) {
	for _, s := range []string{"rollcall=undl_id,country=ms_code,vote=ms_vote,date=date", "", " ", "vote", "VOTE = v ",
		"vote=", "vote=a,vote=b", "colour=red", "name=a=b,year=y,session=s", ",", "vote=v,"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, err := ParseColumnMapping(s)
		if err != nil {
			if !errors.Is(err, dataset.ErrSyntax) {
				t.Fatalf("ParseColumnMapping(%q): %v does not wrap ErrSyntax", s, err)
			}
			return
		}
		if m == nil {
			if strings.TrimSpace(s) != "" {
				t.Fatalf("ParseColumnMapping(%q) = nil", s)
			}
			return
		}
		var pairs []string
		for _, p := range []struct{ role, col string }{{"rollcall", m.RollCall}, {"date", m.Date}, {"session", m.Session},
			{"year", m.Year}, {"country", m.Country}, {"name", m.CountryName}, {"vote", m.Vote}} {
			if p.col != strings.TrimSpace(p.col) || strings.Contains(p.col, ",") {
				t.Fatalf("ParseColumnMapping(%q): column %q of %s", s, p.col, p.role)
			}
			if p.col != "" {
				pairs = append(pairs, p.role+"="+p.col)
			}
		}
		if len(pairs) == 0 {
			t.Fatalf("ParseColumnMapping(%q) = an empty mapping", s)
		}
		back, err := ParseColumnMapping(strings.Join(pairs, ","))
		if err != nil || back == nil || *back != *m {
			t.Fatalf("ParseColumnMapping(%q) = %+v; written back reads %+v, %v", s, *m, back, err)
		}
	})
}
