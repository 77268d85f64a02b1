package score_test

import (
	"fmt"
	"math"
	"time"

	"github.com/entente/entente/score"
)

func ExampleChangePoints() {
	y := []float64{2.1, 1.8, 2.4, 2.0, 1.7, 2.2, -1.9, -2.3, -1.6, -2.2, -2.0, -1.8}
	times := make([]time.Time, len(y))
	for i := range times {
		times[i] = time.Date(2021, time.Month(i+1), 1, 0, 0, 0, 0, time.UTC)
	}
	r, err := score.ChangePoints(times, y, nil, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range r.Points {
		fmt.Printf("%s: %.2f → %.2f, prob %.3f, located %s–%s\n", c.Date.Format("2006-01"), c.Before, c.After,
			c.Prob, c.From.Format("2006-01"), c.To.Format("2006-01"))
	}
	// Output:
	// 2021-07: 2.03 → -1.97, prob 1.000, located 2021-07–2021-07
}

// The change points of a level path, in the level's own units: a month of
// strikes, then a round of talks, in a relationship that was good.
func ExampleSeriesShifts() {
	nan := math.NaN()
	sums := []float64{9.1, nan, nan, nan, -45, nan, nan, nan, nan, nan, 9.1, nan, nan}
	s := &score.Series{}
	for i, v := range score.LevelPath(sums, 4, nil) {
		p := score.NewPoint(time.Date(2021, time.Month(1+i), 1, 0, 0, 0, 0, time.UTC))
		p.Value = v
		s.Points = append(s.Points, p)
	}
	for _, c := range score.SeriesShifts(s, nil) {
		fmt.Printf("%s %+.2f → %+.2f (%+.2f)\n", c.Date.Format("2006-01"), c.Before, c.After, c.Shift())
	}
	// Before and After are the means of the three months before and the
	// three from the change on, the windows of the turning-point harness.
	// Output:
	// 2021-05 +4.52 → -0.01 (-4.53)
	// 2021-11 -0.01 → +1.31 (+1.32)
}
