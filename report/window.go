package report

// The window a report shows and the history its scores read: Options.From
// and Options.To choose the periods shown; the filtered models (level,
// kalman) read every period of the history up to the window's end, so a
// value in the window does not depend on where the window starts.

import (
	"errors"
	"fmt"
	"io"
	"math"
	"time"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/score"
)

// window is what Build (and PickDyads) read and show of a table under the
// options: the history scored is the table's periods in [histFrom, hi),
// the window shown is [lo, hi); a zero bound is open (the data's first or
// last period). tail is the sparse tail left out when the report's period
// starts where it does because of it (Options.From zero; nil otherwise).
type window struct {
	histFrom, lo, hi time.Time
	tail             *SparseTail
}

// window applies the options to t: hi is the period after To's (the
// history ends with the window: nothing after To is scored); the sparse
// tail of the periods up to hi (FindSparseTail, unless KeepSparseTail) is
// left out of the history unless From reaches into it, and is the
// window's start when From is zero.
func (o *Options) window(t *dataset.Table) window {
	g := o.Granularity
	var w window
	if !o.From.IsZero() {
		w.lo = g.Start(o.From)
	}
	if !o.To.IsZero() {
		w.hi = g.Next(g.Start(o.To))
	}
	if o.KeepSparseTail || t == nil {
		return w
	}
	upto := t
	if !w.hi.IsZero() {
		upto = t.Between(time.Time{}, w.hi)
	}
	tail := FindSparseTail(upto, g)
	if tail == nil || (!w.lo.IsZero() && w.lo.Before(tail.From)) {
		return w
	}
	w.histFrom = tail.From
	if w.lo.IsZero() {
		w.lo, w.tail = tail.From, tail
	}
	return w
}

// cutSeries returns s's points in [from, to) (a zero bound is open),
// sharing them with s; s itself when nothing is cut.
func cutSeries(s *score.Series, from, to time.Time) *score.Series {
	i, j := 0, len(s.Points)
	for i < j && !from.IsZero() && s.Points[i].Start.Before(from) {
		i++
	}
	for j > i && !to.IsZero() && !s.Points[j-1].Start.Before(to) {
		j--
	}
	if i == 0 && j == len(s.Points) {
		return s
	}
	c := *s
	c.Points = s.Points[i:j:j]
	return &c
}

// ScoresRows are scored series cut to the periods a report or `report
// score` shows, each point with its thin-evidence flag (ThinEvidence)
// computed on the whole series it was cut from, so that a period shown
// keeps the flag the history gives it: the rows of scores.csv.
type ScoresRows struct {
	Set *score.SeriesSet
	// Thin holds the flags of Set.Series[i]'s points in Thin[i].
	Thin [][]bool
}

// CutScores cuts every series of set to the periods from … to (the
// periods starting in [from, to]; a zero bound is open) and, unless grid,
// to its first period with an event (N > 0) onward — counted over the
// whole series, so that a window starting after a dyad's first event
// begins at the window's start. The thin-evidence flags are those of the
// whole series. With zero bounds it gives the rows FromFirstEvent (grid:
// every period) and WriteScoresThin write.
func CutScores(set *score.SeriesSet, from, to time.Time, grid bool) *ScoresRows {
	out := &ScoresRows{Set: &score.SeriesSet{}}
	if set == nil {
		return out
	}
	for _, s := range set.Series {
		thin := ThinEvidence(s)
		lo := 0
		if !grid {
			lo = len(s.Points)
			for i, p := range s.Points {
				if p.N > 0 {
					lo = i
					break
				}
			}
		}
		hi := len(s.Points)
		for lo < hi && !from.IsZero() && s.Points[lo].Start.Before(from) {
			lo++
		}
		for hi > lo && !to.IsZero() && s.Points[hi-1].Start.After(to) {
			hi--
		}
		c := *s
		c.Points = s.Points[lo:hi:hi]
		out.Set.Add(&c)
		out.Thin = append(out.Thin, thin[lo:hi:hi])
	}
	return out
}

// WriteCSV writes the rows as WriteScoresThin does, with their own
// thin-evidence flags.
func (r *ScoresRows) WriteCSV(w io.Writer) error {
	return writeScoresFlags(w, r.Set, r.Thin)
}

// ErrEmptyPeriod is wrapped (with ErrNoDyads) by the *EmptyPeriodError
// Build returns when the report's period holds no dated event between two
// states.
var ErrEmptyPeriod = errors.New("report: no events between two states in the report's period")

// EmptyPeriodError is Build's error when the periods From–To hold no
// dated event between two states although the input has some: it says
// where the input's events are. errors.Is(err, ErrNoDyads) and
// errors.Is(err, ErrEmptyPeriod) hold.
type EmptyPeriodError struct {
	// From and To are the report's period asked for (To exclusive: the
	// start of the period after it; a zero bound is open).
	From, To time.Time
	// Before and After count the dated events between two states before
	// From (read for the scores) and from To on (none when the reader's
	// filter already removed them); Tail those of a sparse tail left out.
	Before, After, Tail int64
	// First and Last are the first and last periods with such events
	// (zero: none).
	First, Last time.Time
	Granularity dataset.Granularity
}

func (e *EmptyPeriodError) Error() string {
	s := ErrEmptyPeriod.Error()
	switch {
	case !e.From.IsZero() && !e.To.IsZero():
		s += fmt.Sprintf(" (%s to %s)", e.From.Format("2006-01-02"), e.To.AddDate(0, 0, -1).Format("2006-01-02"))
	case !e.From.IsZero():
		s += fmt.Sprintf(" (from %s)", e.From.Format("2006-01-02"))
	case !e.To.IsZero():
		s += fmt.Sprintf(" (to %s)", e.To.AddDate(0, 0, -1).Format("2006-01-02"))
	}
	s += fmt.Sprintf(": %s before it, %s after it", countNoun(e.Before, "event"), countNoun(e.After, "event"))
	if e.Tail > 0 {
		s += fmt.Sprintf(", %s in a sparse tail", countNoun(e.Tail, "event"))
	}
	if !e.First.IsZero() {
		s += fmt.Sprintf("; the data's events run from %s to %s", e.First.Format("2006-01-02"), e.Granularity.Next(e.Last).AddDate(0, 0, -1).Format("2006-01-02"))
	}
	return s
}

// Is makes errors.Is(err, ErrNoDyads) and errors.Is(err, ErrEmptyPeriod)
// hold.
func (e *EmptyPeriodError) Is(target error) bool {
	return target == ErrNoDyads || target == ErrEmptyPeriod
}

// emptyPeriod is the EmptyPeriodError of a window w that holds no event of
// all (its dated dyadic events counted by where they lie).
func emptyPeriod(all *dataset.Table, w window, g dataset.Granularity) *EmptyPeriodError {
	e := &EmptyPeriodError{From: w.lo, To: w.hi, Granularity: g}
	for start, n := range all.PeriodEvents() {
		start = g.Start(start)
		if e.First.IsZero() || start.Before(e.First) {
			e.First = start
		}
		if start.After(e.Last) {
			e.Last = start
		}
		switch {
		case !w.hi.IsZero() && !start.Before(w.hi):
			e.After += n
		case !w.histFrom.IsZero() && start.Before(w.histFrom):
			e.Tail += n
		case !w.lo.IsZero() && start.Before(w.lo):
			e.Before += n
		}
	}
	return e
}

// scoresRows are the rows of r's scores.csv: each series of r.Scores cut
// from its first event on, with the thin-evidence flags of the history it
// was cut from (Build keeps it: r.history) — the full run's flags for the
// periods shown.
func (r *Report) scoresRows() *ScoresRows {
	out := &ScoresRows{Set: &score.SeriesSet{}}
	if r.Scores == nil {
		return out
	}
	for _, s := range r.Scores.Series {
		var x *ScoresRows
		if h := r.history[s]; h != nil && len(s.Points) > 0 {
			x = CutScores(&score.SeriesSet{Series: []*score.Series{h}}, s.Points[0].Start, s.Points[len(s.Points)-1].Start, false)
		} else {
			x = CutScores(&score.SeriesSet{Series: []*score.Series{s}}, time.Time{}, time.Time{}, false)
		}
		out.Set.Add(x.Set.Series...)
		out.Thin = append(out.Thin, x.Thin...)
	}
	return out
}

// thin is the thin-evidence flags of s's points (ThinEvidence), from the
// history s was cut from when Build kept it.
func (r *Report) thin(s *score.Series) []bool {
	if h := r.history[s]; h != nil && len(s.Points) > 0 {
		return CutScores(&score.SeriesSet{Series: []*score.Series{h}}, s.Points[0].Start, s.Points[len(s.Points)-1].Start, true).Thin[0]
	}
	return ThinEvidence(s)
}

// windowSummary is the summary of the series shown (main and level, cut
// from hmain and hlevel, scored over the history up to hi): the events,
// periods and events per year of the periods shown, and the changes over
// 3 and 12 months, the trend and the thin-evidence flag of the window's
// last value read from the history, as the full run reads them.
func windowSummary(main, level, hmain, hlevel *score.Series, hi time.Time, rlo, rhi float64) Summary {
	s := Summarize(main, level, rlo, rhi)
	if main == hmain || math.IsNaN(s.Value) {
		return s
	}
	h := Summarize(cutSeries(hmain, time.Time{}, hi), cutSeries(hlevel, time.Time{}, hi), rlo, rhi)
	if h.Period.Equal(s.Period) {
		s.Change3, s.Change12, s.Slope, s.Trend, s.Thin = h.Change3, h.Change12, h.Slope, h.Trend, h.Thin
	}
	return s
}

// lastingShown keeps the lasting states still in force in the periods
// from from on (zero: all), each with its true opening (Onset, From), also
// when it lies before them.
func lastingShown(spans []score.LastingSpan, from time.Time) []score.LastingSpan {
	if from.IsZero() {
		return spans
	}
	var out []score.LastingSpan
	for _, sp := range spans {
		if !sp.To.Before(from) {
			out = append(out, sp)
		}
	}
	return out
}

// FirstPeriod returns the start of the first period of g with an event in
// t (zero: none), read from the table's cells (so also for a table loaded
// from stats files, whose cells carry no event dates).
func FirstPeriod(t *dataset.Table, g dataset.Granularity) time.Time {
	var first time.Time
	for start := range t.PeriodEvents() {
		if start = g.Start(start); first.IsZero() || start.Before(first) {
			first = start
		}
	}
	return first
}
