package score_test

import (
	"fmt"

	"github.com/entente/entente/score"
)

// A yearly index against a yearly share of agreeing UN votes: they agree
// but in 2019, when the index fell and the votes did not (r checked with
// Python's statistics.correlation: −0.2209).
func ExampleCompareYearly() {
	years := []int{2015, 2016, 2017, 2018, 2019, 2020}
	index := []float64{2.0, 2.5, 3.1, 3.0, -1.0, 3.2}
	votes := []float64{0.70, 0.72, 0.78, 0.77, 0.80, 0.79}
	c := score.CompareYearly(years, index, votes)
	fmt.Printf("r = %.2f over %d years; disagree in %v\n", c.Correlation, c.N, c.Disagree)
	// Output:
	// r = -0.22 over 6 years; disagree in [2019]
}
