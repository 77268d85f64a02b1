package score

import (
	"math"
	"time"

	"github.com/entente/entente/cameo"
	"github.com/entente/entente/dataset"
)

// ev is one hand-made event for a dyad-period row: weight w, Goldstein
// weight g (NaN unknown), quad class q and tone (NaN unknown).
type ev struct {
	w, g float64
	q    cameo.Quad
	tone float64
}

// row builds a DyadPeriod by hand from events.
func row(a, b string, start time.Time, events ...ev) dataset.DyadPeriod {
	r := dataset.DyadPeriod{Dyad: dataset.Dyad{A: a, B: b}, Start: start}
	for _, e := range events {
		r.AddValues(dataset.EventValues{Date: start.AddDate(0, 0, 3), Weight: e.w, Goldstein: e.g, Quad: e.q, Tone: e.tone, Reports: 1})
	}
	return r
}

// coop and conf are weight-one events of a Goldstein weight with the
// matching GDELT-style quad class and no tone.
func coop(g float64) ev { return ev{1, g, cameo.VerbalCoop, math.NaN()} }
func conf(g float64) ev { return ev{1, g, cameo.VerbalConflict, math.NaN()} }

func mustPanel(rows []dataset.DyadPeriod, opts *PanelOptions) *Panel {
	p, err := NewPanel(rows, opts)
	if err != nil {
		panic(err)
	}
	return p
}

// event makes a dataset.Event with a code (which sets the GDELT quad and
// Goldstein weight) on a day.
func event(src, dst, code string, day time.Time) dataset.Event {
	e := dataset.NewEvent()
	e.Date = day
	e.Source = dataset.Actor{Code: src, Country: src}
	e.Target = dataset.Actor{Code: dst, Country: dst}
	e.SetCode(code)
	return e
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
