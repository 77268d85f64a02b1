package cameo

import (
	"strings"
	"testing"
)

// FuzzNormalizePLOVER: NormalizePLOVER never panics; its result is upper
// case, trimmed and a fixed point; ValidPLOVER and PLOVERQuad agree on the
// name and on its normal form; a valid name's normal form is one of the
// sixteen categories.
func FuzzNormalizePLOVER(f *testing.F) {
	for _, s := range []string{"AGREE", " consult ", "Demand", "DISAPPROVE", "investigate", "fight", "", "PROTEST\n", "ǆ", "\xff"} {
		f.Add(s)
	}
	valid := map[string]bool{}
	for _, c := range []string{AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT,
		THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT} {
		valid[c] = true
	}
	if len(valid) != 16 {
		f.Fatalf("%d categories, want PLOVER's sixteen", len(valid))
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := NormalizePLOVER(s)
		if c != strings.TrimSpace(c) || c != strings.ToUpper(c) {
			t.Fatalf("NormalizePLOVER(%q) = %q: not trimmed upper case", s, c)
		}
		if again := NormalizePLOVER(c); again != c {
			t.Fatalf("NormalizePLOVER(%q) = %q, then %q", s, c, again)
		}
		if PLOVERQuad(s) != PLOVERQuad(c) || ValidPLOVER(s) != ValidPLOVER(c) {
			t.Fatalf("%q and its normal form %q disagree", s, c)
		}
		if ValidPLOVER(s) != valid[c] {
			t.Fatalf("ValidPLOVER(%q) = %v; normal form %q", s, ValidPLOVER(s), c)
		}
	})
}
