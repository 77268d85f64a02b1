package score_test

import (
	"fmt"
	"time"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/score"
)

func ExampleSeries_Last() {
	s := &score.Series{Dyad: dataset.Dyad{A: "CHN", B: "RUS"}, Directed: true}
	for m := 1; m <= 3; m++ {
		p := score.NewPoint(time.Date(2024, time.Month(m), 1, 0, 0, 0, 0, time.UTC))
		if m < 3 { // March has no events: its value stays NaN
			p.Value = float64(m)
		}
		s.Points = append(s.Points, p)
	}
	last, _ := s.Last()
	fmt.Println(s.Label(), s.Values(), last.Start.Format("2006-01"), last.Value)
	// Output: CHN→RUS [1 2 NaN] 2024-02 2
}
