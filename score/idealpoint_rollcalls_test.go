package score

import (
	"strings"
	"testing"
)

func TestBallotString(t *testing.T) {
	for b, want := range map[Ballot]string{BallotMissing: "missing", BallotYes: "yes", BallotAbstain: "abstain", BallotNo: "no", 7: "Ballot(7)"} {
		if got := b.String(); got != want {
			t.Errorf("%d: %q, want %q", int8(b), got, want)
		}
	}
}

// TestResample: a replicate keeps each period's number of roll calls, draws
// its columns (ballots included) from the same period, marks repeats with
// "#k", and is a function of the seed.
func TestResample(t *testing.T) {
	m, _ := simRollCalls(2, 10, 4, 25, 0.2, 0.1)
	r1, r2, r3 := m.Resample(9), m.Resample(9), m.Resample(10)
	if len(r1.RollCalls) != len(m.RollCalls) {
		t.Fatalf("%d roll calls, want %d", len(r1.RollCalls), len(m.RollCalls))
	}
	byID := map[string]int{}
	for j, c := range m.RollCalls {
		byID[c.ID] = j
	}
	per := map[int]int{}
	repeats, same := 0, true
	for k, c := range r1.RollCalls {
		per[c.Period]++
		id := c.ID
		if i := strings.IndexByte(id, '#'); i >= 0 {
			id = id[:i]
			repeats++
		}
		j, ok := byID[id]
		if !ok || m.RollCalls[j].Period != c.Period {
			t.Fatalf("column %+v is not from its period", c)
		}
		for i := range m.Countries {
			if r1.At(i, k) != m.At(i, j) {
				t.Fatalf("column %s: ballots differ from the original's", c.ID)
			}
		}
		if k > 0 && r1.RollCalls[k-1].Period > c.Period {
			t.Fatal("periods out of order")
		}
		if r2.RollCalls[k] != c {
			t.Fatal("the same seed gave another replicate")
		}
		same = same && r3.RollCalls[k] == c
	}
	for p := 1; p <= 4; p++ {
		if per[p] != 25 {
			t.Errorf("period %d has %d roll calls, want 25", p, per[p])
		}
	}
	if repeats == 0 || same {
		t.Errorf("%d repeats, seed 10 identical to seed 9: %v", repeats, same)
	}
}
