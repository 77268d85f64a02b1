package score

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/entente/entente/dataset"
)

func TestLevelPathHand(t *testing.T) {
	// g = 4, (none), −2 with n = 1, 0, 3; start 0, defaults (gain 0.25,
	// centre 0, HalfN 1, Proportional), by hand:
	//   p₁ = 0.25·4·1/(1+1) = 0.5     L₁ = 9 − 9·exp(−0.5/18)
	//   quiet month                    L₂ = L₁
	//   p₃ = 0.25·(−2)·3/(3+1) = −0.375 L₃ = −9 + (L₁ + 9)·exp(−0.375/18)
	nan := math.NaN()
	g := []float64{nan, 4, nan, -2}
	n := []float64{0, 1, 0, 3}
	got := LevelPath(g, n, 0, nil)
	l1 := 9 - 9*math.Exp(-0.5/18)
	l3 := -9 + (l1+9)*math.Exp(-0.375/18)
	if !math.IsNaN(got[0]) || !near(got[1], l1, 1e-12) || got[2] != got[1] || !near(got[3], l3, 1e-12) {
		t.Fatalf("path = %v, want [NaN %v %v %v]", got, l1, l1, l3)
	}
	// With Decay 0.5 toward baseline 0 the quiet month halves the level.
	got = LevelPath(g, n, 0, &LevelOptions{Decay: 0.5})
	if !near(got[2], l1/2, 1e-12) {
		t.Fatalf("decayed = %v, want %v", got[2], l1/2)
	}
	// HalfN < 0 switches the damping off: p₁ = 1.
	got = LevelPath(g, n, 0, &LevelOptions{HalfN: -1})
	if !near(got[1], 9-9*math.Exp(-1.0/18), 1e-12) {
		t.Fatalf("undamped = %v", got[1])
	}
}

func TestLevelScoreEstimatesStart(t *testing.T) {
	// Two months pooled for the start (StartPeriods 2): Σw·g/Σw =
	// (3 + 1 + 5)/3 = 3, so L₀ = 0.9·3 = 2.7; then January pushes with
	// p = 0.25·2·2/3 = 1/3 (mean of 3 and 1 is 2, n = 2).
	p := mustPanel([]dataset.DyadPeriod{
		row("CHN", "RUS", month(2020, 1), coop(3), coop(1)),
		row("CHN", "RUS", month(2020, 2), coop(5)),
		row("CHN", "RUS", month(2020, 4), conf(-9)),
	}, nil)
	s, err := (&LevelOptions{StartPeriods: 2}).Score(p, dataset.Dyad{A: "CHN", B: "RUS"})
	if err != nil {
		t.Fatal(err)
	}
	start, _ := s.Param("start")
	if !near(start, 2.7, 1e-12) {
		t.Fatalf("start = %v, want 2.7", start)
	}
	want := Proportional{}.Step(2.7, 0.25*2*2.0/3)
	if !near(s.Points[0].Value, want, 1e-12) || s.Points[2].Value != s.Points[1].Value {
		t.Fatalf("level = %v, want %v first and March = February", s.Values(), want)
	}
	if Grade(s.Points[3].Value) != "ordinary" || s.Model != "level" {
		t.Errorf("April grade %q (level %v)", Grade(s.Points[3].Value), s.Points[3].Value)
	}
	// A fixed start, and AutoCenter (pooled mean (3+1+5−9)/4 = 0).
	s, _ = (&LevelOptions{FixedStart: true, Start: -4, AutoCenter: true}).Score(p, dataset.Dyad{A: "CHN", B: "RUS"})
	if c, _ := s.Param("center"); c != 0 {
		t.Errorf("auto centre = %v", c)
	}
	if st, _ := s.Param("start"); st != -4 {
		t.Errorf("fixed start = %v", st)
	}
}

func TestLevelNeverLeavesBounds(t *testing.T) {
	// Property (issue 4): whatever the pushes — huge, tiny, alternating —
	// and whatever the saturation, the level stays in [−9, 9].
	r := rand.New(rand.NewPCG(42, 1))
	for _, sat := range []Saturation{Proportional{}, Linear{}, Logistic{}} {
		for trial := 0; trial < 200; trial++ {
			T := 1 + r.IntN(200)
			g := make([]float64, T)
			n := make([]float64, T)
			for i := range g {
				g[i] = (r.Float64()*2 - 1) * math.Pow(10, float64(r.IntN(6)))
				n[i] = float64(r.IntN(100))
				if n[i] == 0 {
					g[i] = math.NaN()
				}
			}
			opts := &LevelOptions{Saturation: sat, Gain: r.Float64() * 10, Decay: r.Float64() * 0.9, Baseline: r.Float64()*18 - 9}
			for _, l := range LevelPath(g, n, r.Float64()*18-9, opts) {
				if l < -9 || l > 9 {
					t.Fatalf("%s: level %v out of bounds", sat.Name(), l)
				}
			}
		}
	}
}
