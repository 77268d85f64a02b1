package score_test

import (
	"fmt"
	"time"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/score"
)

// Does a series move the right way at a documented turning point? The
// mean over the month and the two after it, minus the mean over the three
// before, must have the expected sign and be at least 5 % of the series'
// range.
func ExampleValidateOptions_CheckPoint() {
	s := &score.Series{Granularity: dataset.Month}
	for i, v := range []float64{6, 6.2, 6.1, 2.0, 1.5, 1.8, 2.2} {
		p := score.NewPoint(time.Date(2020, time.Month(3+i), 1, 0, 0, 0, 0, time.UTC))
		p.Value = v
		s.Points = append(s.Points, p)
	}
	galwan := score.TurningPoint{Dyad: dataset.Dyad{A: "CHN", B: "IND"}, Month: time.Date(2020, 6, 1, 0, 0, 0, 0, time.UTC), Direction: -1}
	c := (*score.ValidateOptions)(nil).CheckPoint(s, galwan)
	fmt.Printf("before %.2f after %.2f move %+.2f range %.2f held %v\n", c.Before, c.After, c.Move, c.Range, c.Held)
	fmt.Println("held apart:", galwan.HeldApart())
	// The series' own change points (SeriesShifts) date the fall in June:
	// a change point of the point's direction within a month of it.
	fmt.Printf("change point: %v, %s, shift %+.2f\n", c.Changed, c.Change.Date.Format("Jan 2006"), c.Change.Shift())
	// Output:
	// before 6.10 after 1.77 move -4.33 range 4.70 held true
	// held apart: true
	// change point: true, Jun 2020, shift -4.33
}
