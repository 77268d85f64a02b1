package score_test

import (
	"fmt"
	"math"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/score"
)

func ExampleLevelPath() {
	nan := math.NaN()
	g := []float64{4, 5, nan, -8, 2} // mean Goldstein weight per month
	n := []float64{3, 6, 0, 2, 4}    // effective number of events
	for i, l := range score.LevelPath(g, n, 1.5, nil) {
		fmt.Printf("month %d: %.3f %s\n", i+1, l, score.Grade(l))
	}
	// Output:
	// month 1: 1.806 ordinary
	// month 2: 2.222 ordinary
	// month 3: 2.222 ordinary
	// month 4: 1.421 ordinary
	// month 5: 1.587 ordinary
}

func ExampleLevelOptions_Score() {
	p, _ := score.NewPanel([]dataset.DyadPeriod{
		monthRow("RUS", "UKR", 2022, 1, -2, 1),
		monthRow("RUS", "UKR", 2022, 2, -10, -10, -9, -8),
		monthRow("RUS", "UKR", 2022, 3, -10, -10, -10),
	}, nil)
	s, _ := (&score.LevelOptions{Gain: 1}).Score(p, dataset.Dyad{A: "RUS", B: "UKR"})
	start, _ := s.Param("start")
	fmt.Printf("start %.2f\n", start)
	for _, pt := range s.Points {
		fmt.Printf("%s %.2f %s\n", pt.Start.Format("2006-01"), pt.Value, score.Grade(pt.Value))
	}
	// Output:
	// start -6.80
	// 2022-01 -6.84 confrontation
	// 2022-02 -7.57 confrontation
	// 2022-03 -8.06 confrontation
}
