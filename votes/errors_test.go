package votes

import (
	"errors"
	"strings"
	"testing"
)

// The sentinels are distinct and bare (the *dataset.ParseError that wraps
// them names the file, line and column); where each is raised is tested
// beside its reader (ErrUnknownRollCall: TestReadIssues).
func TestSentinelsDistinct(t *testing.T) {
	all := []error{ErrBadVote, ErrUnknownRollCall, ErrDuplicateVote, ErrConflict}
	for i, e := range all {
		if msg := e.Error(); msg == "" || strings.HasPrefix(msg, "votes:") {
			t.Errorf("sentinel %d: text %q", i, msg)
		}
		for j, f := range all {
			if errors.Is(e, f) != (i == j) {
				t.Errorf("errors.Is(sentinel %d, sentinel %d) = %v", i, j, i != j)
			}
		}
	}
}
