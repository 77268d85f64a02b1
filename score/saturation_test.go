package score

import (
	"math"
	"testing"
)

func TestSaturationHand(t *testing.T) {
	ln2 := math.Ln2
	tests := []struct {
		sat         Saturation
		level, push float64
		want        float64
		why         string
	}{
		{Proportional{}, 0, 18 * ln2, 4.5, "9 − 9·exp(−ln 2) = 4.5"},
		{Proportional{}, 0, -18 * ln2, -4.5, "−9 + 9·exp(−ln 2)"},
		{Proportional{}, 9, -18 * ln2, 0, "from the top: −9 + 18·½ = 0"},
		{Proportional{}, 9, 5, 9, "at the bound a push toward it does nothing"},
		{Proportional{}, 3, math.NaN(), 3, "NaN push leaves the level"},
		{Linear{}, 0, 2, 1, "0 + 2·9/18"},
		{Linear{}, 6, -3, 6 - 3*15.0/18, "6 − 3·(6+9)/18"},
		{Linear{}, 8, 100, 9, "overshoot clamped"},
		{Logistic{}, 0, 18 * math.Atanh(0.5), 4.5, "9·tanh(atanh 0.5)"},
		{Logistic{}, 9, -18 * math.Atanh(0.5), 9 * math.Tanh(math.Atanh(1-1e-9/9)-math.Atanh(0.5)), "kept off the bound, so it can move back"},
	}
	for _, tc := range tests {
		if got := tc.sat.Step(tc.level, tc.push); !near(got, tc.want, 1e-9) {
			t.Errorf("%s.Step(%v, %v) = %v, want %v (%s)", tc.sat.Name(), tc.level, tc.push, got, tc.want, tc.why)
		}
	}
}

func TestSaturationShrinksTowardBound(t *testing.T) {
	// The requirement: the effect of a push shrinks as the level
	// nears the bound it pushes toward (and, for Proportional and Linear,
	// grows as it moves away from the other). Logistic shrinks near both
	// bounds (documented), so it is checked on the upper half only.
	for _, sat := range []Saturation{Proportional{}, Linear{}, Logistic{}} {
		prevUp, prevDown := math.Inf(1), 0.0
		for l := -8.0; l <= 8; l += 0.5 {
			up := sat.Step(l, 1) - l
			if !(up > 0 && up < prevUp) && !(sat.Name() == "logistic" && l <= 0) {
				t.Errorf("%s: cooperative effect %v at %v not shrinking (before %v)", sat.Name(), up, l, prevUp)
			}
			prevUp = up
			down := l - sat.Step(l, -1)
			if !(down > prevDown) && !(sat.Name() == "logistic" && l > 0) {
				t.Errorf("%s: conflictual effect %v at %v not growing away from −9", sat.Name(), down, l)
			}
			prevDown = down
		}
	}
}

func TestProportionalComposes(t *testing.T) {
	// Two pushes of the same sign equal their sum in one step, so weekly
	// and monthly updates agree.
	for _, l := range []float64{-8, -3, 0, 2.5, 8.9} {
		for _, pq := range [][2]float64{{0.3, 1.2}, {-2, -0.4}} {
			a := Proportional{}.Step(Proportional{}.Step(l, pq[0]), pq[1])
			b := Proportional{}.Step(l, pq[0]+pq[1])
			if !near(a, b, 1e-12) {
				t.Errorf("level %v pushes %v: %v vs %v", l, pq, a, b)
			}
		}
	}
}

func TestSaturationByName(t *testing.T) {
	for _, name := range []string{"proportional", "linear", "logistic"} {
		s, ok := SaturationByName(name)
		if !ok || s.Name() != name {
			t.Errorf("%q: %v %v", name, s, ok)
		}
	}
	if _, ok := SaturationByName("cubic"); ok {
		t.Error("unknown saturation accepted")
	}
}

func FuzzSaturation(f *testing.F) {
	f.Add(0.0, 1.0)
	f.Add(9.0, -1e300)
	f.Add(-9.0, 1e-300)
	f.Fuzz(func(t *testing.T, level, push float64) {
		if math.IsNaN(level) || level < -9 || level > 9 || math.IsInf(push, 0) {
			return
		}
		for _, s := range []Saturation{Proportional{}, Linear{}, Logistic{}} {
			if l := s.Step(level, push); l < -9 || l > 9 || math.IsNaN(l) {
				t.Fatalf("%s.Step(%v, %v) = %v", s.Name(), level, push, l)
			}
		}
	})
}
