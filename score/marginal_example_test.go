package score_test

import (
	"fmt"
	"math"

	"github.com/entente/entente/score"
)

// The prior of the marginalised index is a setting like any other: a
// tighter half-Cauchy scale expects slower change. Three observed months
// and a quiet one: the quiet month keeps the mean and widens the band.
func ExampleKalmanPrior() {
	nan := math.NaN()
	y := []float64{2, 3, nan, -4}
	n := []float64{1, 1, 0, 1}
	for _, scale := range []float64{0.1, 0.01} {
		f, err := score.FitKalman(y, n, &score.KalmanOptions{Observation: score.ObserveMean, Push: -1, Prior: &score.KalmanPrior{Scale: scale}})
		if err != nil {
			fmt.Println(err)
			return
		}
		for _, p := range f.Series.Points {
			fmt.Printf("%+.2f±%.2f ", p.Value, (p.Upper-p.Lower)/2)
		}
		fmt.Println()
	}
	// The first month is its own value with the prior's σ² = 16 (band
	// 1.96·4 = 7.84); the tighter prior moves less at the fall to −4.
	// Output:
	// +2.00±7.84 +2.52±4.65 +2.52±5.29 -0.02±4.82
	// +2.00±7.84 +2.50±4.57 +2.50±4.64 +0.29±4.46
}
