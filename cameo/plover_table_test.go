package cameo

import (
	"strings"
	"testing"
)

// The invariants of ploverTable, the transcription of the PLOVER project's
// CAMEO2PLOVER crosswalk (plover_test.go diffs it against the file).
func TestPLOVERTableInvariants(t *testing.T) {
	cats := map[string]bool{}
	for _, c := range PLOVERCategories() {
		cats[c] = true
	}
	for i, r := range ploverTable {
		if i > 0 && ploverTable[i-1].code >= r.code {
			t.Errorf("row %d: %s after %s: not sorted or not unique", i, r.code, ploverTable[i-1].code)
		}
		// The crosswalk has one row CAMEO 1.1b3 lacks: 1214 (TestToPLOVER).
		if !Valid(r.code) && r.code != "1214" {
			t.Errorf("row %d: %s is not a CAMEO code", i, r.code)
		}
		// Roots map through their "0" base code (ToPLOVER), so no row is a root;
		// the crosswalk has no rows for roots 01 and 02 (plover.go).
		if len(r.code) < 3 || r.code[:2] == "01" || r.code[:2] == "02" {
			t.Errorf("row %d: %s should not be in the table", i, r.code)
		}
		if !cats[r.event] {
			t.Errorf("%s: event %q is not one of the sixteen categories", r.code, r.event)
		}
		for _, s := range []string{r.mode, r.context} {
			if strings.TrimSpace(s) != s || strings.ToLower(s) != s || strings.Contains(s, " ") {
				t.Errorf("%s: mode/context %q is not a lower-case token", r.code, s)
			}
		}
		if r.context != "" {
			for _, part := range strings.Split(r.context, ";") {
				if part == "" {
					t.Errorf("%s: context %q has an empty part", r.code, r.context)
				}
			}
		}
	}
}

// Every CAMEO code outside roots 01 and 02 has a crosswalk row (its own, or
// its "0" base code's for a root), so ToPLOVER never falls through for 03–20.
func TestPLOVERTableCoversCodes(t *testing.T) {
	for _, in := range Codes() {
		if in.Root == "01" || in.Root == "02" {
			continue
		}
		code := in.Code
		if in.Level == LevelRoot {
			code += "0"
		}
		if _, ok := ploverIndex[code]; !ok {
			t.Errorf("CAMEO %s has no crosswalk row", in.Code)
		}
	}
}
