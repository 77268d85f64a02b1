package plots_test

import (
	"fmt"
	"time"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/plots"
	"github.com/entente/entente/score"
)

// Small multiples put every dyad on one scale.
func ExampleNewSmallMultiples() {
	var ss []score.Series
	for i, name := range []string{"CHN-RUS", "CHN-USA", "RUS-USA", "USA-VEN"} {
		d, _ := dataset.ParseDyad(name)
		s := score.Series{Dyad: d, Model: "netcoop", Granularity: dataset.Year}
		for y := 0; y < 5; y++ {
			p := score.NewPoint(time.Date(2020+y, 1, 1, 0, 0, 0, 0, time.UTC))
			p.Value = float64(i) - float64(y)*0.1
			s.Points = append(s.Points, p)
		}
		ss = append(ss, s)
	}
	ch, _ := plots.NewSmallMultiples(ss, nil)
	fmt.Println(ch.Title)
	fmt.Println(ch.Subtitle)
	// Output:
	// 4 dyads compared
	// Model: netcoop; yearly, 2020 – 2024; one scale for all panels
}
