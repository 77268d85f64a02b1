package score

import (
	"fmt"
	"math"
	"sort"
	"time"

	"github.com/entente/entente/dataset"
)

// DefaultTop is the number of contributions an Explanation lists.
const DefaultTop = 10

// ExplainOptions configure Explain. A nil *ExplainOptions, and every zero
// field, means the default: the weighted mean Goldstein weight of monthly,
// undirected, weight-one aggregation, ten events per list.
type ExplainOptions struct {
	// Aggregate must match the aggregation the scores came from
	// (granularity, direction, weight, Goldstein table, quad mapping), so
	// that the explained value is the scored one.
	Aggregate dataset.AggregateOptions
	// Measure is MeasureMean (default), MeasureSum or MeasureNetCoop;
	// other measures panic.
	Measure Measure
	// Top is how many events each list keeps (default DefaultTop;
	// negative keeps every event).
	Top int
}

// Contribution is one event's part in a dyad-period's value and in its
// change from the previous period with events.
//
// For the weighted mean (MeasureMean; for MeasureNetCoop read g_i as s_i,
// +1 for a cooperative event, −1 for a conflictual one, 0 otherwise, and
// Σw over every event) with V_t the value and V_p the previous value:
//
//	Contribution_i = w_i·g_i / Σw                V_t = Σ_i Contribution_i
//	Change_i       = w_i·(g_i − V_p) / Σw        V_t − V_p = Σ_i Change_i
//
// — an event moves the value by how far it lies from the previous level.
// For the sum (MeasureSum) Contribution_i = w_i·g_i; its change is the
// current events' w_i·g_i and the previous period's events' −w_i·g_i
// (Previous set).
type Contribution struct {
	// Index is the event's position in the slice given to Explain, and
	// Event points into it (Evidence, URL and Description are there).
	Index int
	Event *dataset.Event
	// Weight is w_i and Value g_i (or s_i).
	Weight, Value float64
	// Contribution and Change as above; Change is NaN when there is no
	// previous period with events.
	Contribution, Change float64
	// Previous marks an event of the previous period (sum measure's
	// change list only).
	Previous bool
}

// Explanation lists the events behind one dyad-period value.
type Explanation struct {
	Dyad     dataset.Dyad
	Directed bool
	Period   time.Time
	// Previous is the start of the last earlier period with events (zero
	// if none).
	Previous time.Time
	Measure  string
	// Value, PreviousValue and Change (= Value − PreviousValue); NaN where
	// there is nothing to compute them from.
	Value, PreviousValue, Change float64
	// Events is the number of the dyad's events in the period and
	// Unscored those without a value for the measure (no Goldstein
	// weight), which do not contribute.
	Events, Unscored int
	// ByValue holds the largest contributions to Value and ByChange to
	// Change, by absolute size (ties: see topBy — by the events'
	// content, so that the order they were given in does not matter).
	ByValue, ByChange []Contribution
}

// Explain returns the events of dyad d (either direction unless
// opts.Aggregate.Directed) in the period containing period that
// contributed most to its value, and those that contributed most to the
// change from the previous period with events. It returns an error
// wrapping ErrNoPeriod when the dyad has no event in that period.
// Non-dyadic and undated events are ignored.
func Explain(events []dataset.Event, d dataset.Dyad, period time.Time, opts *ExplainOptions) (*Explanation, error) {
	var o ExplainOptions
	if opts != nil {
		o = *opts
	}
	switch o.Measure {
	case MeasureMean, MeasureSum, MeasureNetCoop:
	default:
		panic("score: Explain supports MeasureMean, MeasureSum and MeasureNetCoop, not " + o.Measure.String())
	}
	if o.Top == 0 {
		o.Top = DefaultTop
	}
	ag := o.Aggregate
	g := ag.Granularity
	start := g.Start(period)
	if start.IsZero() {
		return nil, fmt.Errorf("score: Explain: %w: zero period", ErrNoPeriod)
	}
	if !ag.Directed {
		d = d.Undirected()
	}
	match := func(e *dataset.Event) bool {
		if !e.Dyadic() || e.Date.IsZero() {
			return false
		}
		a, b := e.Source.Country, e.Target.Country
		if !ag.Directed && b < a {
			a, b = b, a
		}
		return a == d.A && b == d.B
	}
	// value of an event for the measure (NaN: does not count)
	eventValue := func(e *dataset.Event) float64 {
		switch o.Measure {
		case MeasureNetCoop:
			q := e.Quad
			if ag.Quads != nil {
				q = ag.Quads.Quad(e.Code)
			}
			switch {
			case q.Cooperative():
				return 1
			case q.Conflictual():
				return -1
			}
			return 0
		default:
			gw := e.Goldstein
			if ag.Goldstein != nil {
				gw = ag.Goldstein.Weight(e.Code)
			}
			if math.IsInf(gw, 0) {
				return math.NaN()
			}
			return gw
		}
	}
	x := &Explanation{Dyad: d, Directed: ag.Directed, Period: start, Measure: (&IndexOptions{Measure: o.Measure}).Name(),
		Value: math.NaN(), PreviousValue: math.NaN(), Change: math.NaN()}
	var cur, prev []Contribution
	for i := range events {
		e := &events[i]
		if !match(e) {
			continue
		}
		ps := g.Start(e.Date)
		v := eventValue(e)
		switch {
		case ps.Equal(start):
			x.Events++
			if math.IsNaN(v) {
				x.Unscored++
				continue
			}
			cur = append(cur, Contribution{Index: i, Event: e, Weight: ag.Weight.Of(e), Value: v})
		case ps.Before(start) && !math.IsNaN(v) && !ps.Before(x.Previous):
			if ps.After(x.Previous) {
				x.Previous, prev = ps, prev[:0]
			}
			prev = append(prev, Contribution{Index: i, Event: e, Weight: ag.Weight.Of(e), Value: v})
		}
	}
	if x.Events == 0 {
		return nil, fmt.Errorf("score: Explain: %w: %s has no events in the %s of %s", ErrNoPeriod, d, g, start.Format("2006-01-02"))
	}
	value := func(cs []Contribution) (v, W float64) {
		var s float64
		for _, c := range cs {
			s += c.Weight * c.Value
			W += c.Weight
		}
		if o.Measure == MeasureSum {
			if len(cs) == 0 {
				return math.NaN(), W
			}
			return s, W
		}
		if W == 0 {
			return math.NaN(), W
		}
		return s / W, W
	}
	var W float64
	x.Value, W = value(cur)
	if len(prev) > 0 {
		x.PreviousValue, _ = value(prev)
		x.Change = x.Value - x.PreviousValue
	}
	for i := range cur {
		c := &cur[i]
		if o.Measure == MeasureSum {
			c.Contribution = c.Weight * c.Value
			c.Change = math.NaN()
			if !math.IsNaN(x.PreviousValue) {
				c.Change = c.Contribution
			}
			continue
		}
		c.Contribution = c.Weight * c.Value / W
		c.Change = c.Weight * (c.Value - x.PreviousValue) / W
	}
	x.ByValue = topBy(cur, o.Top, func(c *Contribution) float64 { return c.Contribution })
	changes := append([]Contribution(nil), cur...)
	if o.Measure == MeasureSum && !math.IsNaN(x.PreviousValue) {
		for _, c := range prev {
			c.Contribution = 0
			c.Change = -c.Weight * c.Value
			c.Previous = true
			changes = append(changes, c)
		}
	}
	if !math.IsNaN(x.Change) {
		x.ByChange = topBy(changes, o.Top, func(c *Contribution) float64 { return c.Change })
	}
	return x, nil
}

// topBy returns the n contributions largest in absolute key (all for
// n < 0); ties: the period's own events before the previous period's,
// then by the event's content (date, source, target, code, then
// its first report's URL and description), so that the same events listed
// in another order (read from raw files or from evidence files) give the
// same list; then in input order.
func topBy(cs []Contribution, n int, key func(*Contribution) float64) []Contribution {
	out := append([]Contribution(nil), cs...)
	sort.SliceStable(out, func(i, j int) bool {
		a, b := math.Abs(key(&out[i])), math.Abs(key(&out[j]))
		if a != b {
			return a > b
		}
		if out[i].Previous != out[j].Previous {
			return !out[i].Previous
		}
		return eventBefore(out[i].Event, out[j].Event)
	})
	if n >= 0 && n < len(out) {
		out = out[:n]
	}
	return out
}

// eventBefore orders two events by content: date, source and target
// country, code, URL, description. A nil event sorts last.
func eventBefore(a, b *dataset.Event) bool {
	if a == nil || b == nil {
		return a != nil && b == nil
	}
	switch {
	case !a.Date.Equal(b.Date):
		return a.Date.Before(b.Date)
	case a.Source.Country != b.Source.Country:
		return a.Source.Country < b.Source.Country
	case a.Target.Country != b.Target.Country:
		return a.Target.Country < b.Target.Country
	case a.Code != b.Code:
		return a.Code < b.Code
	case a.URL != b.URL:
		return a.URL < b.URL
	}
	return a.Description < b.Description
}
