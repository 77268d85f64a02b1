package score

import (
	"math"
	"math/rand/v2"
	"testing"
)

// The filtered reading uses only the past: changing the data after period
// t leaves every value up to t unchanged (weights included), while the
// smoothed reading changes (issue 11).
func TestMarginalFilteredUsesOnlyThePast(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	_, y, n := simulate(r, 120, 0.3, 9, 1)
	y2 := append([]float64(nil), y...)
	for i := 80; i < len(y2); i++ {
		if !math.IsNaN(y2[i]) {
			y2[i] = -y2[i] - 5
		}
	}
	for _, smooth := range []bool{false, true} {
		a, err := FitKalman(y, n, &KalmanOptions{Smoothed: smooth})
		if err != nil {
			t.Fatal(err)
		}
		b, err := FitKalman(y2, n, &KalmanOptions{Smoothed: smooth})
		if err != nil {
			t.Fatal(err)
		}
		same := true
		for i := 0; i < 80; i++ {
			pa, pb := a.Series.Points[i], b.Series.Points[i]
			if !(pa.Value == pb.Value || math.IsNaN(pa.Value) && math.IsNaN(pb.Value)) || !(pa.Upper == pb.Upper || math.IsNaN(pa.Upper)) {
				same = false
			}
		}
		if same == smooth {
			t.Errorf("smoothed=%v: the first 80 periods unchanged = %v", smooth, same)
		}
	}
}

// The mixture's weights are a proper posterior over the grid: they sum to
// one, and with a one-point grid the index is that point's filter
// (LevelFilter with Q = ψσ², σ² known).
func TestMarginalOnePointGridIsLevelFilter(t *testing.T) {
	y := []float64{1, 2, math.NaN(), 4, 3}
	n := []float64{2, 1, 0, 3, 1}
	p := KalmanPrior{Scale: 1, GridSize: 1, GridMin: 0.25, GridMax: 0.25, Sigma2Weight: 2}
	mean := make([]float64, 5)
	v := make([]float64, 5)
	var w MarginalWork
	marginalLevel(y, n, nil, false, &p, 16, 4, false, mean, v, &w)
	m2 := make([]float64, 5)
	v2 := make([]float64, 5)
	(&LevelFilter{Q: 1, Sigma2: 4, Smooth: false}).Run(m2, v2, y, n) // q = 0.25 × 4
	for i := range y {
		if !near(mean[i], m2[i], 1e-12) || !near(v[i], v2[i], 1e-12) {
			t.Errorf("period %d: %v ± %v, LevelFilter %v ± %v", i, mean[i], v[i], m2[i], v2[i])
		}
	}
	var sum float64
	for _, x := range w.w {
		sum += x
	}
	if !near(sum, 1, 1e-12) {
		t.Errorf("weights sum to %v", sum)
	}
}
