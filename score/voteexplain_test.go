package score

import (
	"errors"
	"math"
	"testing"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/votes"
)

// The 2014 Crimea resolution (rcid 5309, A/RES/68/262; PROVENANCE.md:
// USA, UKR yes; RUS, VEN no; CHN, IND abstain) is among the roll calls
// that divide Russia and the United States in 2014 at the full distance
// 2, and between China and the United States at distance 1. The
// explanation's totals agree with VoteAlign's s (s = 1 − Distance/N; for
// RUS-USA 2014 s = −20/77 by score/testdata/measures.py, so Distance =
// 97 over N = 77).
func TestExplainVotesCrimea(t *testing.T) {
	s, _, err := votes.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	e, err := ExplainVotes(s, dataset.Dyad{A: "RUS", B: "USA"}, 2014, nil)
	if err != nil {
		t.Fatal(err)
	}
	if e.N != 77 || e.Distance != 97 {
		t.Errorf("N %d distance %d, want 77 and 97", e.N, e.Distance)
	}
	found := false
	for _, r := range e.RollCalls {
		if r.RCID == 5309 {
			found = r.A == votes.No && r.B == votes.Yes && r.Distance == 2 && r.Resolution == "R/68/262"
		}
	}
	if !found || e.RollCalls[0].Distance != 2 {
		t.Errorf("Crimea roll call not listed at distance 2: %+v", e.RollCalls[:3])
	}
	for _, is := range e.Issues {
		if is.Share < 0 || is.Share > 1 || is.N == 0 {
			t.Errorf("issue %+v", is)
		}
	}
	if e.Issues[0].Distance < e.Issues[len(e.Issues)-1].Distance {
		t.Error("issues not sorted by distance")
	}
	c, err := ExplainVotes(s, dataset.Dyad{A: "CHN", B: "USA"}, 2014, nil)
	if err != nil {
		t.Fatal(err)
	}
	// CHN-USA 2014: s = −36/77 (measures.py), so Distance = 77 + 36 = 113.
	if c.N != 77 || c.Distance != 113 || math.Abs(1-float64(c.Distance)/float64(c.N)-(-36.0/77)) > 1e-12 {
		t.Errorf("CHN-USA: N %d distance %d", c.N, c.Distance)
	}
	for _, r := range c.RollCalls {
		if r.RCID == 5309 && (r.A != votes.Abstain || r.Distance != 1) {
			t.Errorf("CHN on 5309: %+v", r)
		}
	}
	if _, err := ExplainVotes(s, dataset.Dyad{A: "CHN", B: "USA"}, 1950, nil); !errors.Is(err, ErrNoPeriod) {
		t.Errorf("CHN 1950: %v", err)
	}
}
