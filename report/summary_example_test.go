package report_test

import (
	"fmt"
	"time"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/report"
	"github.com/entente/entente/score"
)

// A year of an index rising by half a point a month: the fitted change
// over 12 months (about 6) is far above 5 % of the Goldstein range (1).
func ExampleTrendOf() {
	s := &score.Series{Model: "kalman", Granularity: dataset.Month}
	start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; i < 12; i++ {
		p := score.NewPoint(start.AddDate(0, i, 0))
		p.Value = 0.5 * float64(i)
		s.Points = append(s.Points, p)
	}
	slope, word := report.TrendOf(s, start.AddDate(0, 11, 0), dataset.Month, report.StableShare*20)
	fmt.Printf("%s, %.1f a year\n", word, slope)
	// Output:
	// rising, 6.0 a year
}
