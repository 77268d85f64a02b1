package report_test

import (
	"fmt"
	"time"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/report"
	"github.com/entente/entente/score"
)

// A year and a month of an index rising by half a point a month: the
// mean of its last 3 months (5, 5.5, 6) minus that of the 3 months up to a
// year before (its first value, 0) is 5.5, far above 5 % of the Goldstein
// range (1).
func ExampleTrendOf() {
	s := &score.Series{Model: "kalman", Granularity: dataset.Month}
	start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; i < 13; i++ {
		p := score.NewPoint(start.AddDate(0, i, 0))
		p.Value = 0.5 * float64(i)
		s.Points = append(s.Points, p)
	}
	slope, word := report.TrendOf(s, start.AddDate(0, 12, 0), report.StableShare*20)
	fmt.Printf("%s, %.1f a year\n", word, slope)
	// Output:
	// rising, 5.5 a year
}

// The change over 3 months compares 3-month means: the mean of May, June
// and July (4, 5, 9: 6) minus that of February, March and April (1, 2, 3:
// 2) is 4, where July alone against April would say 6.
func ExampleChangeOf() {
	s := &score.Series{Model: "level", Granularity: dataset.Month}
	start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for i, v := range []float64{0, 1, 2, 3, 4, 5, 9} {
		p := score.NewPoint(start.AddDate(0, i, 0))
		p.Value = v
		s.Points = append(s.Points, p)
	}
	fmt.Println(report.ChangeOf(s, start.AddDate(0, 6, 0), 3))
	// Output:
	// 4
}
