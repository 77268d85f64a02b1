package cameo

import (
	"math"
	"strings"
	"testing"
)

// The invariants of codeTable, the transcription of the CAMEO 1.1b3
// codebook (codes_test.go diffs it against the lookup files themselves).
func TestCodeTableInvariants(t *testing.T) {
	seen := map[string]bool{}
	for i, r := range codeTable {
		if i > 0 && codeTable[i-1].code >= r.code {
			t.Errorf("row %d: %s after %s: not sorted or not unique", i, r.code, codeTable[i-1].code)
		}
		seen[r.code] = true
		if n := len(r.code); n < 2 || n > 4 || strings.Trim(r.code, "0123456789") != "" {
			t.Errorf("row %d: code %q is not 2–4 digits", i, r.code)
		}
		if r.name == "" || strings.TrimSpace(r.name) != r.name || strings.Contains(r.name, "  ") {
			t.Errorf("%s: name %q is empty or badly spaced", r.code, r.name)
		}
		// The Goldstein (1992) scale runs from −10 to +10 (doc.go).
		for col, w := range []float64{r.gdelt, r.icews} {
			if math.IsNaN(w) {
				continue
			}
			if w < -10 || w > 10 {
				t.Errorf("%s: weight %v (column %d) outside [−10, 10]", r.code, w, col)
			}
		}
		// Only 1213 lacks a weight, and only in GDELT's table (goldstein.go).
		if math.IsNaN(r.icews) || math.IsNaN(r.gdelt) != (r.code == "1213") {
			t.Errorf("%s: weights (%v, %v): only GDELT's 1213 may be NaN", r.code, r.gdelt, r.icews)
		}
	}
	for _, r := range codeTable {
		// Every base and full code sits under a listed root and base.
		if len(r.code) >= 3 && !seen[r.code[:2]] {
			t.Errorf("%s: root %s not in the table", r.code, r.code[:2])
		}
		if len(r.code) == 4 && !seen[r.code[:3]] {
			t.Errorf("%s: base %s not in the table", r.code, r.code[:3])
		}
		// Every root has its "0" base code ("04" → "040"), which ToPLOVER relies on.
		if len(r.code) == 2 && !seen[r.code+"0"] {
			t.Errorf("root %s has no base code %s0", r.code, r.code)
		}
	}
}

// A root carries the weight of its "0" base code in both tables, except
// root 13: CAMEO.goldsteinscale.txt has "02 3.0" and "020 3.0", "19 -10.0"
// and "190 -10.0", but "13 -6.0" and "130 -4.4".
func TestCodeTableRootWeightIsItsZeroBase(t *testing.T) {
	for _, r := range codeTable {
		if len(r.code) != 2 {
			continue
		}
		b := codeTable[index[r.code+"0"]]
		if r.code == "13" {
			if r.gdelt != -6 || b.gdelt != -4.4 {
				t.Errorf("root 13 weight %v, base 130 %v; the lookup file has −6.0 and −4.4", r.gdelt, b.gdelt)
			}
			continue
		}
		if r.gdelt != b.gdelt || r.icews != b.icews {
			t.Errorf("root %s weights (%v, %v), base %s0 (%v, %v)", r.code, r.gdelt, r.icews, r.code, b.gdelt, b.icews)
		}
	}
}
