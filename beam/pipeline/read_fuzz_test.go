package pipeline

import (
	"errors"
	"testing"
	"time"

	"github.com/entente/entente/dataset"
)

// FuzzParseCellKey: parseCellKey never panics; a refusal wraps
// dataset.ErrSyntax (not three parts) or dataset.ErrBadDate; a key it
// accepts is the cellKey of what it returns.
func FuzzParseCellKey(f *testing.F) {
	f.Add(cellKey(dataset.Dyad{A: "NAM", B: "ZAF"}, time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC)))
	f.Add("x")
	f.Add("A\x00B\x002023-02-29")
	f.Add("A\x00B\x00C\x002024-01-01")
	f.Add("\x00\x000001-01-01")
	f.Fuzz(func(t *testing.T, k string) {
		d, start, err := parseCellKey(k)
		if err != nil {
			if !errors.Is(err, dataset.ErrSyntax) && !errors.Is(err, dataset.ErrBadDate) {
				t.Fatalf("parseCellKey(%q): %v", k, err)
			}
			return
		}
		if back := cellKey(d, start); back != k {
			t.Fatalf("parseCellKey(%q) = %v, %v; cellKey gives %q", k, d, start, back)
		}
	})
}

// TestParseCellKeyErrors: the two refusals wrap their sentinels.
func TestParseCellKeyErrors(t *testing.T) {
	if _, _, err := parseCellKey("x"); !errors.Is(err, dataset.ErrSyntax) {
		t.Errorf("one part: %v", err)
	}
	if _, _, err := parseCellKey("A\x00B\x002023-02-29"); !errors.Is(err, dataset.ErrBadDate) {
		t.Errorf("no 29 February in 2023: %v", err)
	}
}
