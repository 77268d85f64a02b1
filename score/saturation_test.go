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
		// Sticky (λ = 0.5): p = 12·ln 3 makes exp(1.5p/18) = 3.
		{Sticky{}, 0, 12 * math.Log(3), 36.0 / 7, "R = 3: 9·2/3.5"},
		{Sticky{}, 0, -12 * math.Log(3), -36.0 / 7, "symmetric"},
		{Sticky{}, -9, 12 * math.Log(3), -1.8, "R = (9 − 4.5)/18·3 = 0.75: 9·(−0.25)/1.25"},
		{Sticky{}, 9, 5, 9, "at the bound a push toward it does nothing"},
		{Sticky{}, 2, math.NaN(), 2, "NaN push leaves the level"},
		{Sticky{Stickiness: 0.25}, 0, 18 / 1.25 * math.Log(2), 4, "λ = 0.25, R = 2: 9·1/2.25"},
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

func TestStickyShrinksTowardBound(t *testing.T) {
	// dL/dp = (9 − L)(9 + λL)/162 for a cooperative push: it falls to 0
	// as L nears +9 and is largest at L = −9(1 − λ)/(2λ) (−4.5 for
	// λ = 0.5), where it is (13.5·6.75)/162 = 0.5625; at −9 and at 0 it
	// is 1/2 (hand). Small pushes measure it.
	s := Sticky{}
	const p = 1e-6
	for l := -4.5; l < 9; l += 0.5 {
		if up, next := (s.Step(l, p)-l)/p, (s.Step(l+0.5, p)-l-0.5)/p; !(next < up) {
			t.Errorf("cooperative effect %v at %v does not shrink toward +9 (%v at %v)", up, l, next, l+0.5)
		}
	}
	for _, c := range []struct{ l, want float64 }{{-9, 0.5}, {-4.5, 0.5625}, {0, 0.5}, {8.9, 0.1 * 13.45 / 162}} {
		if got := (s.Step(c.l, p) - c.l) / p; !near(got, c.want, 1e-5) {
			t.Errorf("dL/dp at %v = %v, want %v", c.l, got, c.want)
		}
		// and the mirror image for a conflictual push
		if got := (-c.l - s.Step(-c.l, -p)) / p; !near(got, c.want, 1e-5) {
			t.Errorf("−dL/dp at %v = %v, want %v", -c.l, got, c.want)
		}
	}
	// At L = −7 a cooperative push has 16·5.5/162 = 0.543 of its effect
	// and a conflictual one 2·12.5/162 = 0.154 (documented; Proportional:
	// 16/18 and 2/18).
	if up, down := (s.Step(-7, p)+7)/p, (-7-s.Step(-7, -p))/p; !near(up, 0.5432, 1e-4) || !near(down, 0.1543, 1e-4) {
		t.Errorf("at −7: up %v down %v", up, down)
	}
}

func TestStickyComposes(t *testing.T) {
	// Like Proportional, pushes of one sign compose exactly.
	for _, lam := range []float64{0, 0.2, 0.9} {
		s := Sticky{Stickiness: lam}
		for _, l := range []float64{-8, -3, 0, 2.5, 8.9} {
			for _, pq := range [][2]float64{{0.3, 1.2}, {-2, -0.4}, {7, 11}} {
				a := s.Step(s.Step(l, pq[0]), pq[1])
				b := s.Step(l, pq[0]+pq[1])
				if !near(a, b, 1e-9) {
					t.Errorf("λ %v level %v pushes %v: %v vs %v", lam, l, pq, a, b)
				}
			}
		}
	}
}

func TestStickyPanics(t *testing.T) {
	for _, lam := range []float64{1, 1.5, -0.1, math.NaN()} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("Stickiness %v: no panic", lam)
				}
			}()
			Sticky{Stickiness: lam}.Step(0, 1)
		}()
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
	for _, name := range SaturationNames() {
		s, ok := SaturationByName(name)
		if !ok || s.Name() != name {
			t.Errorf("%q: %v %v", name, s, ok)
		}
	}
	if s, ok := SaturationByName(""); !ok || s.Name() != "sticky" || SaturationNames()[0] != "sticky" {
		t.Errorf("default saturation %v %v, names %v", s, ok, SaturationNames())
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
		for _, s := range []Saturation{Sticky{}, Sticky{Stickiness: 0.99}, Proportional{}, Linear{}, Logistic{}} {
			if l := s.Step(level, push); l < -9 || l > 9 || math.IsNaN(l) {
				t.Fatalf("%s.Step(%v, %v) = %v", s.Name(), level, push, l)
			}
		}
	})
}
