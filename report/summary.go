package report

import (
	"math"
	"time"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/score"
)

// TrendWindow is the span TrendOf fits: the last 12 months.
const TrendWindow = 12

// StableShare is the share of the model's range below which a fitted
// change over the trend window counts as stable: 5 % (1 point on the
// Goldstein scale −10…10, 0.9 on the level −9…9, 0.1 on net cooperation
// −1…1).
const StableShare = 0.05

// ThinEvents and ThinWindow define thin evidence (Summary.Thin): fewer
// than 6 events in the 24 months up to the headline's period — about one a
// season, below which a level or index says little about the present.
const (
	ThinEvents = 6
	ThinWindow = 24
)

// Summarize computes a dyad's summary row from its main index and its
// level series (either may be nil). rangeLo and rangeHi are the main
// model's value range, used for the trend threshold (equal values: the
// range of the series' values).
func Summarize(main, level *score.Series, rangeLo, rangeHi float64) Summary {
	s := Summary{Value: nan, Lower: nan, Upper: nan, Level: nan, Change3: nan, Change12: nan, Slope: nan, EventsPerYear: nan, Thin: true}
	if main == nil {
		return s
	}
	s.Model = main.Model
	last, ok := main.Last()
	if !ok {
		s.Trend = ""
		return s
	}
	s.Value, s.Period = last.Value, last.Start
	s.Lower, s.Upper = last.Lower, last.Upper
	g := main.Granularity
	s.Change3 = last.Value - valueMonthsBefore(main, last.Start, 3)
	s.Change12 = last.Value - valueMonthsBefore(main, last.Start, 12)
	if level != nil {
		for _, p := range level.Points {
			if p.Start.Equal(last.Start) {
				s.Level = p.Value
			}
		}
		if math.IsNaN(s.Level) {
			if lp, ok := level.Last(); ok && !lp.Start.After(last.Start) {
				s.Level = lp.Value
			}
		}
		s.Grade = score.Grade(s.Level)
	}
	if rangeLo == rangeHi {
		rangeLo, rangeHi = math.Inf(1), math.Inf(-1)
		for _, p := range main.Points {
			if !math.IsNaN(p.Value) {
				rangeLo, rangeHi = math.Min(rangeLo, p.Value), math.Max(rangeHi, p.Value)
			}
		}
	}
	s.Slope, s.Trend = TrendOf(main, last.Start, g, StableShare*(rangeHi-rangeLo))
	var first time.Time
	for _, p := range main.Points {
		s.Events += p.N
		if p.N > 0 {
			s.Periods++
			if first.IsZero() {
				first = p.Start
			}
		}
	}
	thin := ThinEvidence(main)
	for i, p := range main.Points {
		if p.Start.Equal(last.Start) {
			s.Thin = thin[i]
		}
	}
	if !first.IsZero() {
		end := main.Points[len(main.Points)-1].Start
		years := math.Max(1, g.Next(end).Sub(first).Hours()/24/365.2425)
		s.EventsPerYear = float64(s.Events) / years
	}
	return s
}

// ThinEvidence flags each point of s whose dyad-period has thin evidence:
// fewer than ThinEvents events (the points' N) in the periods that start
// within the ThinWindow months up to it (after its start minus ThinWindow
// months, up to its start). It is the one rule of thin evidence: the
// summary's Thin (at the headline's last value), scores.csv's
// thin_evidence column and the level chart's thin stretches all read it.
// The points must be in period order, as score writes them.
func ThinEvidence(s *score.Series) []bool {
	if s == nil {
		return nil
	}
	out := make([]bool, len(s.Points))
	var sum int64
	j := 0 // the first point inside the window of point i
	for i, p := range s.Points {
		sum += p.N
		since := p.Start.AddDate(0, -ThinWindow, 0)
		for j < i && !s.Points[j].Start.After(since) {
			sum -= s.Points[j].N
			j++
		}
		out[i] = sum < ThinEvents
	}
	return out
}

// valueMonthsBefore returns the series' value in the period that starts k
// months before t, or NaN if there is none (or the periods are longer
// than k months, or the value is missing).
func valueMonthsBefore(s *score.Series, t time.Time, k int) float64 {
	g := s.Granularity
	if (g == dataset.Year && k < 12) || (g == dataset.Quarter && k%3 != 0) {
		return nan
	}
	want := g.Start(t.AddDate(0, -k, 0))
	for _, p := range s.Points {
		if p.Start.Equal(want) {
			return p.Value
		}
	}
	return nan
}

// TrendOf fits a least-squares line to the series' values over the
// TrendWindow months up to and including the period starting at end
// (NaN values skipped; at least 3 values needed) and returns its slope per
// year and a word: "rising" or "falling" if the fitted change over the
// window is at least threshold in size, else "stable"; "" and NaN when it
// cannot be fitted.
func TrendOf(s *score.Series, end time.Time, g dataset.Granularity, threshold float64) (slope float64, word string) {
	from := end.AddDate(0, -TrendWindow, 0)
	var n, sx, sy, sxx, sxy float64
	for _, p := range s.Points {
		if !p.Start.After(from) || p.Start.After(end) || math.IsNaN(p.Value) {
			continue
		}
		x := p.Start.Sub(end).Hours() / 24 / 365.2425 // years, ≤ 0
		n++
		sx += x
		sy += p.Value
		sxx += x * x
		sxy += x * p.Value
	}
	if n < 3 {
		return nan, ""
	}
	den := n*sxx - sx*sx
	if den == 0 {
		return nan, ""
	}
	slope = (n*sxy - sx*sy) / den
	change := slope * float64(TrendWindow) / 12
	switch {
	case math.Abs(change) < threshold || math.IsNaN(threshold):
		return slope, "stable"
	case change > 0:
		return slope, "rising"
	default:
		return slope, "falling"
	}
}
