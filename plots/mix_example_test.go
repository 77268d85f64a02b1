package plots_test

import (
	"fmt"
	"math"
	"time"

	"github.com/entente/entente/cameo"
	"github.com/entente/entente/dataset"
	"github.com/entente/entente/plots"
)

// The event mix of one dyad: one stacked bar per month.
func ExampleNewMixChart() {
	var rows []dataset.DyadPeriod
	for i, n := range []int{3, 0, 5} { // February has no events
		start := time.Date(2024, time.Month(1+i), 1, 0, 0, 0, 0, time.UTC)
		r := dataset.DyadPeriod{Dyad: dataset.Dyad{A: "RUS", B: "USA"}, Start: start}
		for k := 0; k < n; k++ {
			r.Stats.AddValues(dataset.EventValues{Date: start, Weight: 1, Goldstein: -4, Quad: cameo.VerbalConflict, Tone: math.NaN(), Reports: 1})
		}
		if n > 0 {
			rows = append(rows, r)
		}
	}
	ch, _ := plots.NewMixChart(rows, dataset.Month, nil)
	fmt.Println(ch.Title)
	fmt.Println(ch.Subtitle)
	// Output:
	// Event mix by quad class: RUS-USA
	// monthly, Jan 2024 – Mar 2024
}
