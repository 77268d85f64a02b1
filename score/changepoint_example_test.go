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

// A level near the bottom of the scale: a war takes a relationship from 0
// to −8 in July 2020, a further blow takes it to −8.3 in January 2021. The
// saturation shrinks the blow's move to 0.3 (under 5 % of the range);
// SeriesShifts undoes it — the same push would move a level at 0 by 2.06
// — and reports the blow in the level's units (ShiftOptions.Unsaturate; by
// default the moves are read as they are).
func ExampleSeriesShifts_saturation() {
	s := &score.Series{Saturation: score.Sticky{}}
	for i := 0; i < 18; i++ {
		p := score.NewPoint(time.Date(2020, time.Month(1+i), 1, 0, 0, 0, 0, time.UTC))
		p.Value, p.N = []float64{0, -8, -8.3}[i/6], 1
		s.Points = append(s.Points, p)
	}
	for _, c := range score.SeriesShifts(s, &score.ShiftOptions{Unsaturate: true}) {
		fmt.Printf("%s %+.2f → %+.2f\n", c.Date.Format("2006-01"), c.Before, c.After)
	}
	fmt.Println("as they are:", len(score.SeriesShifts(s, nil)), "change point")
	// Output:
	// 2020-07 +0.00 → -8.00
	// 2021-01 -8.00 → -8.30
	// as they are: 1 change point
}
