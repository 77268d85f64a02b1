package votes

import "testing"

// The Crimea roll call as a frame: one row per country with a record,
// typed columns, Namibia under its ISO3 code NAM.
func TestFrameCrimea(t *testing.T) {
	s, _, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	i := s.RollCallIndex(5309)
	n := 0
	for _, v := range s.Row(i) {
		if v != Missing {
			n++
		}
	}
	f := s.Frame(&Selection{Session: 68, Issue: ""})
	crimea := f.Filter(dataframeEq("rcid", 5309))
	if crimea.Nrow() != n || crimea.Ncol() != len(FrameColumns) {
		t.Fatalf("%d×%d, want %d rows", crimea.Nrow(), crimea.Ncol(), n)
	}
	for k := 0; k < crimea.Nrow(); k++ {
		c := crimea.Col("country").Elem(k)
		if c.IsNA() {
			t.Fatalf("row %d: country NA", k)
		}
		if c.String() == "RUS" && crimea.Col("vote").Elem(k).String() != "no" {
			t.Errorf("RUS voted %s", crimea.Col("vote").Elem(k))
		}
		if crimea.Col("date").Elem(k).String() != "2014-03-27" {
			t.Fatalf("date %s", crimea.Col("date").Elem(k))
		}
	}
	if f.Filter(dataframeEqS("country", "NAM")).Nrow() == 0 {
		t.Error("Namibia (NAM) lost")
	}
}
