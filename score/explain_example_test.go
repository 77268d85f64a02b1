package score_test

import (
	"fmt"
	"time"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/score"
)

func ExampleExplain() {
	mk := func(src, dst, code string, d int, desc string) dataset.Event {
		e := dataset.NewEvent()
		e.Date = time.Date(2024, 5, d, 0, 0, 0, 0, time.UTC)
		e.Source.Country, e.Target.Country = src, dst
		e.SetCode(code) // GDELT Goldstein weight and quad class
		e.Description = desc
		return e
	}
	events := []dataset.Event{
		mk("RUS", "CHN", "042", 16, "Putin arrives in Beijing for a state visit"),
		mk("CHN", "RUS", "043", 16, "Xi hosts Putin"),
		mk("CHN", "RUS", "057", 16, "Joint statement on deepening the partnership"),
		mk("USA", "CHN", "163", 14, "Tariffs on Chinese electric vehicles"),
	}
	x, err := score.Explain(events, dataset.Dyad{A: "RUS", B: "CHN"}, events[0].Date, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%s %s %.3f from %d events\n", x.Dyad, x.Period.Format("2006-01"), x.Value, x.Events)
	for _, c := range x.ByValue {
		fmt.Printf("%+.3f  %s %s  %s\n", c.Contribution, c.Event.Code, c.Event.Source.Country, c.Event.Description)
	}
	// Output:
	// CHN-RUS 2024-05 4.233 from 3 events
	// +2.667  057 CHN  Joint statement on deepening the partnership
	// +0.933  043 CHN  Xi hosts Putin
	// +0.633  042 RUS  Putin arrives in Beijing for a state visit
}
