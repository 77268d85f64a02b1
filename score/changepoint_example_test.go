package score_test

import (
	"fmt"
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
