package cameo

import "testing"

// TestMarks checks the table against the code names: every code is valid,
// and the marks of a code are those of the states listing it (0874
// "Retreat or surrender militarily" closes both an occupation and a war,
// as the table says).
func TestMarks(t *testing.T) {
	for i, s := range LastingStates() {
		for _, c := range append(append([]string(nil), s.Open...), s.Close...) {
			if !Valid(c) {
				t.Errorf("%s: %q is not a CAMEO code", s.Name, c)
			}
		}
		for _, c := range s.Open {
			if !Marks(c).Has(Mark(2 * i)) {
				t.Errorf("Marks(%q) lacks %s", c, MarkName(Mark(2*i)))
			}
		}
		for _, c := range s.Close {
			if !Marks(c).Has(Mark(2*i + 1)) {
				t.Errorf("Marks(%q) lacks %s", c, MarkName(Mark(2*i+1)))
			}
		}
	}
	if got, want := Marks("0874"), MarkSet(1<<7|1<<9); got != want {
		t.Errorf("Marks(0874) = %b, want occupation close and war close %b", got, want)
	}
	for _, c := range []string{"042", "", "16", "1630", "191x"} {
		if Marks(c) != 0 {
			t.Errorf("Marks(%q) = %b, want none", c, Marks(c))
		}
	}
	if MarkName(0) != "sanctions open" || MarkName(NumMarks-1) != "war close" || MarkName(NumMarks) != "" {
		t.Errorf("MarkName: %q %q %q", MarkName(0), MarkName(NumMarks-1), MarkName(NumMarks))
	}
}
