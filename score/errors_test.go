package score

import (
	"errors"
	"strings"
	"testing"
)

// The sentinels are distinct (errors.Is tells them apart) and their texts
// are bare phrases: the functions that wrap them add the "score: " prefix
// and the detail (where each is raised is tested beside that function, e.g.
// TestModelByName for ErrUnknownModel).
func TestSentinelsDistinct(t *testing.T) {
	all := []error{ErrTooFewObservations, ErrUndirected, ErrUnknownModel, ErrUnknownMethod,
		ErrBadRow, ErrNoPeriod, ErrUnknownCountry, ErrDegenerate, ErrBadValue}
	texts := map[string]bool{}
	for i, e := range all {
		msg := e.Error()
		if msg == "" || strings.HasPrefix(msg, "score:") || texts[msg] || strings.ToLower(msg[:1]) != msg[:1] {
			t.Errorf("sentinel %d: text %q is empty, prefixed, capitalised or repeated", i, msg)
		}
		texts[msg] = true
		for j, f := range all {
			if errors.Is(e, f) != (i == j) {
				t.Errorf("errors.Is(sentinel %d, sentinel %d) = %v", i, j, i != j)
			}
		}
	}
}
