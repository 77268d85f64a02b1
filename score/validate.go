package score

import (
	"errors"
	"hash/fnv"
	"math"
	"time"

	"github.com/entente/entente/dataset"
)

// TurningPoint is one documented change in a relationship, for validating
// a model: in the period containing Month, relations between the dyad's
// states warmed (Direction +1) or cooled (Direction −1). Label names it in
// results ("CHN-IND 2020-06 Galwan"). The list the project validates on is
// chronology.TurningPoints, converted by ChronologyTurningPoints.
type TurningPoint struct {
	Dyad      dataset.Dyad
	Month     time.Time
	Direction float64
	Label     string
}

// HeldApart reports whether the point belongs to the held-apart half of a
// list: the FNV-1a hash (32 bits) of "A-B YYYY-MM" (the undirected dyad
// and the month) is odd. The split depends only on the row, so adding
// rows never moves others between the halves. Models are chosen and tuned
// on the other half (the tuning half); the held-apart figure is the one to
// quote.
func (tp TurningPoint) HeldApart() bool {
	h := fnv.New32a()
	h.Write([]byte(tp.Dyad.Undirected().String() + " " + tp.Month.Format("2006-01")))
	return h.Sum32()%2 == 1
}

// Default windows and threshold of ValidateOptions.
const (
	DefaultValidateBefore = 3
	DefaultValidateAfter  = 3
	DefaultValidateMove   = 0.05
	// DefaultChangeWithin is ValidateOptions.ChangeWithin's default.
	DefaultChangeWithin = 1
)

// ValidateOptions say when a series "moves the right way" at a turning
// point. A nil *ValidateOptions, and every zero field, means the default.
//
// With t the period containing the point's Month, the move is
//
//	Δ = mean(x_t … x_{t+After−1}) − mean(x_{t−Before} … x_{t−1})
//
// over the series' non-NaN values (a window cut by the end of the series
// uses what it has; an empty window fails the point), and the point holds
// when sign(Δ) is the point's Direction and |Δ| ≥ MinMove · R, R the range
// (max − min) of the dyad's whole series. The "after" window starts at the
// month of the act, since a period's value includes its events. A series
// that never changes (R = 0) holds at no point.
//
// The same check asks whether the series' change points (SeriesShifts with
// Shifts) put a change at the point: the point has its change when a
// change point whose shift (After − Before) has the point's Direction is
// dated within ChangeWithin periods of t, before or after (a change is
// dated at its onset: an escalation can start the month before the
// documented act, and a record can date the act a month late). It
// measures whether the change-point table names the documented turning
// points in the right months; it does not enter Held.
type ValidateOptions struct {
	// Before and After are the window lengths in periods (default 3 and 3).
	Before, After int
	// MinMove is the smallest move as a share of the range (default 0.05).
	MinMove float64
	// ChangeWithin is the most periods between a point and a change point
	// of its direction (default DefaultChangeWithin = 1; negative: the
	// point's own period only).
	ChangeWithin int
	// Shifts configures the change points (nil: SeriesShifts' defaults,
	// as the report finds them).
	Shifts *ShiftOptions
}

func (o *ValidateOptions) options() ValidateOptions {
	var v ValidateOptions
	if o != nil {
		v = *o
	}
	if v.Before < 0 || v.After < 0 || v.MinMove < 0 || math.IsNaN(v.MinMove) {
		panic("score: ValidateOptions: windows and MinMove must not be negative")
	}
	if v.Before == 0 {
		v.Before = DefaultValidateBefore
	}
	if v.After == 0 {
		v.After = DefaultValidateAfter
	}
	if v.MinMove == 0 {
		v.MinMove = DefaultValidateMove
	}
	switch {
	case v.ChangeWithin == 0:
		v.ChangeWithin = DefaultChangeWithin
	case v.ChangeWithin < 0:
		v.ChangeWithin = 0
	}
	return v
}

// PointCheck is the outcome of one turning point on one series.
type PointCheck struct {
	Point TurningPoint
	// Before and After are the window means, Move their difference and
	// Range the series' range (NaN when a window is empty or the period
	// is outside the series).
	Before, After, Move, Range float64
	// Held reports whether the series moved the right way (see
	// ValidateOptions).
	Held bool
	// Changed reports whether a change point of the point's direction is
	// dated within ChangeWithin periods of it; Change is the nearest such
	// change point (the zero ChangePoint when none).
	Changed bool
	Change  ChangePoint
}

// CheckPoint checks one turning point on a series of its dyad (the caller
// matches dyads; the series' grid must contain the point's month for it
// to hold), its change points included (SeriesShifts with o.Shifts,
// computed for this call: Validate computes them once per dyad).
func (o *ValidateOptions) CheckPoint(s *Series, tp TurningPoint) PointCheck {
	return o.checkPoint(s, tp, SeriesShifts(s, o.shifts()))
}

func (o *ValidateOptions) shifts() *ShiftOptions {
	if o == nil {
		return nil
	}
	return o.Shifts
}

// periodIndex is the index of the series' point whose period contains
// month, or −1.
func periodIndex(s *Series, month time.Time) int {
	start := s.Granularity.Start(month)
	for i := range s.Points {
		if s.Points[i].Start.Equal(start) {
			return i
		}
	}
	return -1
}

func (o *ValidateOptions) checkPoint(s *Series, tp TurningPoint, cps []ChangePoint) PointCheck {
	opt := o.options()
	nan := math.NaN()
	c := PointCheck{Point: tp, Before: nan, After: nan, Move: nan, Range: nan}
	t := periodIndex(s, tp.Month)
	if t < 0 {
		return c
	}
	best := -1
	for _, cp := range cps {
		d := cp.Index - t
		if d < 0 {
			d = -d
		}
		if d <= opt.ChangeWithin && cp.Shift()*tp.Direction > 0 && (!c.Changed || d < best) {
			c.Changed, c.Change, best = true, cp, d
		}
	}
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, p := range s.Points {
		if !math.IsNaN(p.Value) {
			lo = math.Min(lo, p.Value)
			hi = math.Max(hi, p.Value)
		}
	}
	if lo > hi {
		return c
	}
	c.Range = hi - lo
	c.Before = windowMean(s.Points, t-opt.Before, t)
	c.After = windowMean(s.Points, t, t+opt.After)
	c.Move = c.After - c.Before
	c.Held = c.Range > 0 && c.Move*tp.Direction > 0 && math.Abs(c.Move) >= opt.MinMove*c.Range
	return c
}

func windowMean(pts []Point, from, to int) float64 {
	if from < 0 {
		from = 0
	}
	if to > len(pts) {
		to = len(pts)
	}
	var s float64
	n := 0
	for i := from; i < to; i++ {
		if v := pts[i].Value; !math.IsNaN(v) {
			s += v
			n++
		}
	}
	if n == 0 {
		return math.NaN()
	}
	return s / float64(n)
}

// Validation is one model's record on a list of turning points.
type Validation struct {
	Model  string
	Checks []PointCheck
	// Held and Total count the points that held and all points; the
	// Tuning and HeldApart pairs count the two halves (TurningPoint.HeldApart).
	Held, Total                   int
	TuningHeld, TuningTotal       int
	HeldApartHeld, HeldApartTotal int
	// Changed counts the points that have their change point
	// (PointCheck.Changed), in all and in each half (out of Total,
	// TuningTotal and HeldApartTotal).
	Changed, TuningChanged, HeldApartChanged int
	// ChangePoints counts the change points of the series of the points'
	// dyads, and AtPoints those of them dated within ChangeWithin periods
	// of a point of their dyad and direction. The list of points is not
	// every change a relationship went through, so ChangePoints −
	// AtPoints are changes the list does not name, not necessarily false
	// alarms.
	ChangePoints, AtPoints int
}

// Validate scores model m on every turning point: each point's dyad is
// scored on the panel (undirected) and checked with opts. A dyad the
// panel does not hold scores NaN and fails its points; an error from the
// model (other than ErrTooFewObservations or ErrDegenerate, which fail the
// dyad's points) is returned.
func Validate(m Model, p *Panel, tps []TurningPoint, opts *ValidateOptions) (*Validation, error) {
	v := &Validation{Model: m.Name()}
	type scored struct {
		s   *Series
		cps []ChangePoint
	}
	series := map[dataset.Dyad]scored{}
	var order []dataset.Dyad
	for _, tp := range tps {
		d := tp.Dyad.Undirected()
		sc, ok := series[d]
		if !ok {
			s, err := m.Score(p, d)
			if err != nil {
				if !isDataShortage(err) {
					return nil, err
				}
				s = nil
			}
			sc.s = s
			if s != nil {
				sc.cps = SeriesShifts(s, opts.shifts())
			}
			series[d] = sc
			order = append(order, d)
		}
		c := PointCheck{Point: tp, Before: math.NaN(), After: math.NaN(), Move: math.NaN(), Range: math.NaN()}
		if sc.s != nil {
			c = opts.checkPoint(sc.s, tp, sc.cps)
		}
		v.add(c)
	}
	within := opts.options().ChangeWithin
	for _, d := range order {
		sc := series[d]
		for _, cp := range sc.cps {
			v.ChangePoints++
			for _, tp := range tps {
				if tp.Dyad.Undirected() != d || cp.Shift()*tp.Direction <= 0 {
					continue
				}
				if t := periodIndex(sc.s, tp.Month); t >= 0 && abs(cp.Index-t) <= within {
					v.AtPoints++
					break
				}
			}
		}
	}
	return v, nil
}

func abs(i int) int {
	if i < 0 {
		return -i
	}
	return i
}

func (v *Validation) add(c PointCheck) {
	v.Checks = append(v.Checks, c)
	v.Total++
	held := 0
	if c.Held {
		held = 1
	}
	changed := 0
	if c.Changed {
		changed = 1
	}
	v.Held += held
	v.Changed += changed
	if c.Point.HeldApart() {
		v.HeldApartTotal++
		v.HeldApartHeld += held
		v.HeldApartChanged += changed
	} else {
		v.TuningTotal++
		v.TuningHeld += held
		v.TuningChanged += changed
	}
}

func isDataShortage(err error) bool {
	return errors.Is(err, ErrTooFewObservations) || errors.Is(err, ErrDegenerate)
}
