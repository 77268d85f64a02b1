package report

import (
	"math"
	"time"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/score"
)

// TrendWindow is the span TrendOf reads: the last 12 months.
const TrendWindow = 12

// MeanWindow is the span of the means the changes compare (ChangeOf):
// the 3 months up to a period, so that one month's jolt does not make
// the change, and the trend word, by itself.
const MeanWindow = 3

// StableShare is the share of the model's range below which the
// 12-month change between 3-month means (ChangeOf; for periods longer
// than a month, between the periods themselves) counts as stable: 5 % (1 point on the
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
	s.Change3 = ChangeOf(main, last.Start, 3)
	s.Change12 = ChangeOf(main, last.Start, TrendWindow)
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
	s.Slope, s.Trend = TrendOf(main, last.Start, StableShare*(rangeHi-rangeLo))
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

// recentMean is the mean of the series' values in the periods that start
// within the MeanWindow months up to the period starting at t (after t
// minus MeanWindow months, up to t): the months t−2, t−1 and t of a monthly
// series, the one period of a quarterly or yearly one. NaN values are
// skipped; NaN when none is left.
func recentMean(s *score.Series, t time.Time) float64 {
	since := t.AddDate(0, -MeanWindow, 0)
	var sum float64
	n := 0
	for _, p := range s.Points {
		if !p.Start.After(since) || p.Start.After(t) || math.IsNaN(p.Value) {
			continue
		}
		sum += p.Value
		n++
	}
	if n == 0 {
		return nan
	}
	return sum / float64(n)
}

// ChangeOf is the series' change over the k months up to the period
// starting at t, between 3-month means (MeanWindow): the mean over the 3
// months up to t minus the mean over the 3 months up to k months before
// t. NaN when either mean has no value, or when the periods are longer
// than k months (a yearly series has no 3-month change) or k is not a
// whole number of them. The summary's changes (Summary.Change3,
// Change12) and its trend word (TrendOf) are this change, so that they
// agree by construction.
func ChangeOf(s *score.Series, t time.Time, k int) float64 {
	g := s.Granularity
	if (g == dataset.Year && k%12 != 0) || (g == dataset.Quarter && k%3 != 0) {
		return nan
	}
	before := g.Start(t.AddDate(0, -k, 0))
	return recentMean(s, t) - recentMean(s, before)
}

// TrendOf reads the series' trend over the TrendWindow months up to the
// period starting at end: its change over them between 3-month means
// (ChangeOf(s, end, TrendWindow), the summary's Change12) as a rate per
// year, and a word: "rising" or "falling" when that change is at least
// threshold in size, else "stable"; NaN and "" when it cannot be read (no
// value in either 3-month window). The word therefore always has the sign
// of the 12-month change beside it.
//
// It once fitted a least-squares line to the 12 months; that slope could
// disagree with the changes on the same row (China–United States "rising"
// at +4.7 a year against a 12-month change of +1.4 and a 3-month change
// of −1.5, on chronology v5).
func TrendOf(s *score.Series, end time.Time, threshold float64) (slope float64, word string) {
	change := ChangeOf(s, end, TrendWindow)
	if math.IsNaN(change) {
		return nan, ""
	}
	slope = change * (12 / float64(TrendWindow)) // exactly change for 12 months
	switch {
	case math.Abs(change) < threshold || math.IsNaN(threshold):
		return slope, "stable"
	case change > 0:
		return slope, "rising"
	default:
		return slope, "falling"
	}
}
