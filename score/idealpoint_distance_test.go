package score

import (
	"math"
	"testing"
)

// TestDistanceLaplace, by hand: sd of the difference √(0.3² + 0.4²) = 0.5,
// z = 1.959964 (95 %), so z·sd = 0.979982.
//   - period 1: Δ = 1.0 − 0.2 = 0.8, interval [−0.179982, 1.779982] covers 0
//     → band [0, 1.779982];
//   - period 2: Δ = 0.2 − 3.0 = −2.8, interval [−3.779982, −1.820018]
//     → band [1.820018, 3.779982];
//   - period 3: only A has a point → no distance.
//
// N is the smaller vote count.
func TestDistanceLaplace(t *testing.T) {
	p := &IdealPoints{Level: 0.95, Points: []IdealPoint{
		{Country: "A", Period: 1, Value: 1.0, SD: 0.3, N: 10},
		{Country: "A", Period: 2, Value: 0.2, SD: 0.3, N: 12},
		{Country: "A", Period: 3, Value: 0.1, SD: 0.3, N: 12},
		{Country: "B", Period: 1, Value: 0.2, SD: 0.4, N: 9},
		{Country: "B", Period: 2, Value: 3.0, SD: 0.4, N: 15},
	}}
	got := p.Distance("A", "B")
	want := []IdealDistance{
		{A: "A", B: "B", Period: 1, Value: 0.8, Lower: 0, Upper: 1.779982, N: 9},
		{A: "A", B: "B", Period: 2, Value: 2.8, Lower: 1.820018, Upper: 3.779982, N: 12},
	}
	if len(got) != len(want) {
		t.Fatalf("%d distances, want %d: %+v", len(got), len(want), got)
	}
	for k := range want {
		g, w := got[k], want[k]
		if g.A != w.A || g.B != w.B || g.Period != w.Period || g.N != w.N ||
			math.Abs(g.Value-w.Value) > 1e-12 || math.Abs(g.Lower-w.Lower) > 1e-6 || math.Abs(g.Upper-w.Upper) > 1e-6 {
			t.Errorf("got %+v, want %+v", g, w)
		}
	}
	if d := p.Distance("A", "C"); d != nil {
		t.Errorf("unknown country: %+v, want nil", d)
	}
}
