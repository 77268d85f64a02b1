package plots_test

import (
	"fmt"
	"time"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/plots"
	"github.com/entente/entente/score"
)

// An index chart with a change point and an annotated event. The default
// title names the dyads, the subtitle the model and period.
func ExampleNewIndexChart() {
	d := dataset.Dyad{A: "CHN", B: "RUS"}
	s := score.Series{Dyad: d, Model: "kalman", Granularity: dataset.Quarter}
	start := time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC)
	for i, v := range []float64{3.1, 3.3, 3.0, 3.4, 5.8, 6.0, 5.9, 6.2} {
		p := score.NewPoint(start.AddDate(0, 3*i, 0))
		p.Value, p.Lower, p.Upper = v, v-1, v+1
		s.Points = append(s.Points, p)
	}
	ch, err := plots.NewIndexChart([]score.Series{s}, &plots.SeriesOptions{
		ChangePoints: []plots.Mark{{Time: time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC), Label: "+2.4"}},
		Annotations:  []plots.Annotation{{Time: time.Date(2022, 2, 4, 0, 0, 0, 0, time.UTC), Label: "“No limits” joint statement"}},
	})
	if err != nil {
		panic(err)
	}
	fmt.Println(ch.Title)
	fmt.Println(ch.Subtitle)
	// Output:
	// Relationship index: CHN-RUS
	// Model: kalman; quarterly, Q1 2021 – Q4 2022
}
