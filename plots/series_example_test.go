package plots_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/plots"
	"github.com/entente/entente/score"
)

// SeriesOptions.Poles says in words what the value axis's directions mean:
// nil gives DefaultPoles on an axis that spans zero, &Poles{} nothing. A
// share from 0 to 1 (a fixed axis) gets its own words.
func ExampleSeriesOptions() {
	s := score.Series{Dyad: dataset.Dyad{A: "CHN", B: "RUS"}, Model: "netcoop", Granularity: dataset.Year}
	for y := 0; y < 3; y++ {
		p := score.NewPoint(time.Date(2020+y, 1, 1, 0, 0, 0, 0, time.UTC))
		p.Value = 0.2 + 0.1*float64(y)
		s.Points = append(s.Points, p)
	}
	for _, o := range []*plots.SeriesOptions{
		nil,
		{YMin: 0, YMax: 1, Poles: &plots.Poles{Negative: "apart", Positive: "together"}},
		{YMin: 0, YMax: 1},
	} {
		ch, err := plots.NewIndexChart([]score.Series{s}, o)
		if err != nil {
			panic(err)
		}
		svg := ch.SVG()
		fmt.Println(strings.Contains(svg, plots.DefaultPoles.Positive), strings.Contains(svg, "together"))
	}
	// Output:
	// true false
	// false true
	// false false
}
