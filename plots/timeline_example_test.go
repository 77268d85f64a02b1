package plots_test

import (
	"fmt"
	"time"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/plots"
)

// Events without a Goldstein weight cannot be placed; the note counts them.
func ExampleNewTimelineChart() {
	var evs []dataset.Event
	for i, code := range []string{"042", "057", "163", ""} {
		e := dataset.NewEvent()
		e.Date = time.Date(2024, 5, 16+i, 0, 0, 0, 0, time.UTC)
		e.Source.Country, e.Target.Country = "RUS", "CHN"
		e.SetCode(code) // "" is not a code: no Goldstein weight
		evs = append(evs, e)
	}
	ch, _ := plots.NewTimelineChart(evs, nil)
	fmt.Println(ch.Title)
	fmt.Println(ch.Subtitle)
	fmt.Println(ch.Note)
	// Output:
	// Event timeline: CHN-RUS
	// 3 events, Goldstein weight by date (+ cooperation, − conflict); dot area: events at one spot (1 to 1)
	// 1 event(s) without a date or Goldstein weight are not shown.
}
