package score_test

import (
	"fmt"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/score"
)

func ExampleIndexOptions_Score() {
	p, _ := score.NewPanel([]dataset.DyadPeriod{
		monthRow("CHN", "RUS", 2024, 5, 7, 4, -2),
		monthRow("CHN", "USA", 2024, 5, -4, 2, -6),
		monthRow("CHN", "RUS", 2024, 7, 3),
	}, nil)
	for _, m := range []*score.IndexOptions{
		{},                              // weighted mean Goldstein
		{Measure: score.MeasureNetCoop}, // (coop − conflict)/total
		{Measure: score.MeasureVolume},  // share of CHN's and RUS's activity
		{Measure: score.MeasureSum, Normalize: true},
	} {
		s, _ := m.Score(p, dataset.Dyad{A: "RUS", B: "CHN"})
		fmt.Printf("%-15s %s\n", s.Model, fmtValues(s.Values()))
	}
	// Output:
	// goldstein       [3 NaN 3]
	// netcoop         [0.333 NaN 1]
	// volume          [0.5 NaN 1]
	// goldstein-norm  [1.5 NaN 3]
}

func fmtValues(v []float64) string {
	s := "["
	for i, x := range v {
		if i > 0 {
			s += " "
		}
		s += fmt.Sprintf("%.3g", x)
	}
	return s + "]"
}
