package score_test

import (
	"fmt"
	"time"

	"github.com/entente/entente/cameo"
	"github.com/entente/entente/dataset"
	"github.com/entente/entente/score"
)

// monthRow is a hand-made dyad-period with weight-one events of the given
// Goldstein weights (positive ones cooperative, negative conflictual).
func monthRow(a, b string, y int, m time.Month, gs ...float64) dataset.DyadPeriod {
	start := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	r := dataset.DyadPeriod{Dyad: dataset.Dyad{A: a, B: b}, Start: start}
	for _, g := range gs {
		q := cameo.VerbalCoop
		if g < 0 {
			q = cameo.VerbalConflict
		}
		r.AddValues(dataset.EventValues{Date: start, Weight: 1, Goldstein: g, Quad: q, Tone: 0, Reports: 1})
	}
	return r
}

func ExampleNewPanel() {
	rows := []dataset.DyadPeriod{
		monthRow("CHN", "RUS", 2024, 5, 7, 4, 3),
		monthRow("CHN", "USA", 2024, 5, -4, 2),
		monthRow("CHN", "RUS", 2024, 7, 3),
	}
	p, err := score.NewPanel(rows, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(p.NumPeriods(), "periods,", len(p.Dyads()), "dyads,", p.Countries())
	fmt.Println("CHN's volume in May:", p.Volume("CHN", 0))
	// Output:
	// 3 periods, 2 dyads, [CHN RUS USA]
	// CHN's volume in May: 5
}

// A panel straight from events, with the lasting states they open: two
// sanctions rounds a month apart put the pair under sanctions; a month of
// talks, an agreement and a prisoner exchange lifts the level above the
// state's ceiling (−1.5), and the state pulls it back (half the excess a
// month) where without it the level would stay ordinary.
func ExamplePanelFromEvents() {
	var events []dataset.Event
	for _, r := range []struct{ day, src, dst, code string }{
		{"2024-01-10", "USA", "RUS", "163"}, {"2024-02-12", "RUS", "USA", "163"},
		{"2024-03-05", "USA", "RUS", "046"}, {"2024-03-06", "RUS", "USA", "046"},
		{"2024-03-07", "USA", "RUS", "057"}, {"2024-03-07", "RUS", "USA", "057"},
		{"2024-03-08", "USA", "RUS", "0841"}, {"2024-03-08", "RUS", "USA", "0841"},
		{"2024-06-01", "USA", "RUS", "041"},
	} {
		e := dataset.NewEvent()
		e.Date, _ = time.Parse("2006-01-02", r.day)
		e.Source, e.Target = dataset.Actor{Country: r.src}, dataset.Actor{Country: r.dst}
		e.SetCode(r.code)
		events = append(events, e)
	}
	p, err := score.PanelFromEvents(events, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	d := dataset.Dyad{A: "RUS", B: "USA"}
	spans, _ := (&score.LevelOptions{}).Lasting(p, d)
	for _, s := range spans {
		fmt.Printf("%s from %s, ceiling %+.1f\n", s.State, s.From.Format("2006-01"), s.Ceiling)
	}
	with, _ := (&score.LevelOptions{}).Score(p, d)
	without, _ := (&score.LevelOptions{NoLasting: true}).Score(p, d)
	for i, pt := range with.Points {
		fmt.Printf("%s %+5.2f (without the state %+5.2f)\n", pt.Start.Format("2006-01"), pt.Value, without.Points[i].Value)
	}
	// Output:
	// sanctions from 2024-02, ceiling -1.5
	// 2024-01 +1.07 (without the state +1.07)
	// 2024-02 -1.87 (without the state -0.79)
	// 2024-03 +1.59 (without the state +2.48)
	// 2024-04 -0.02 (without the state +2.34)
	// 2024-05 -0.79 (without the state +2.23)
	// 2024-06 -0.98 (without the state +2.27)
}
