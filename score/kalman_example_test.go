package score_test

import (
	"fmt"
	"math"

	"github.com/entente/entente/score"
)

// Two observed months around an empty one: the filtered variance grows by
// q in the gap, and the smoother pulls the first month toward the last.
func ExampleLevelFilter_Run() {
	y := []float64{1, math.NaN(), 3}
	n := []float64{1, 0, 1}
	mean := make([]float64, 3)
	variance := make([]float64, 3)
	ll, m := (&score.LevelFilter{Q: 0.5, Sigma2: 1, Smooth: false}).Run(mean, variance, y, n)
	fmt.Printf("filtered  %.3f %.3f  loglik %.4f (%d terms)\n", mean, variance, ll, m)
	(&score.LevelFilter{Q: 0.5, Sigma2: 1, Smooth: true}).Run(mean, variance, y, n)
	fmt.Printf("smoothed  %.3f %.3f\n", mean, variance)
	// Output:
	// filtered  [1.000 1.000 2.333] [1.000 1.500 0.667]  loglik -2.1349 (1 terms)
	// smoothed  [1.667 2.000 2.333] [0.667 0.750 0.667]
}

func ExampleTrendFilter_Run() {
	y := []float64{1, 2, 4, 5, 7}
	n := []float64{1, 1, 1, 1, 1}
	mean := make([]float64, 5)
	variance := make([]float64, 5)
	slope := make([]float64, 5)
	f := &score.TrendFilter{Sigma2: 1, Smooth: true} // no state noise: a straight line
	f.Run(&score.TrendState{Mean: mean, Variance: variance, Slope: slope}, y, n, nil)
	fmt.Printf("%.2f slope %.2f\n", mean, slope[0])
	// Output:
	// [0.80 2.30 3.80 5.30 6.80] slope 1.50
}
