package report

import (
	"errors"
	"fmt"
	"math"
	"time"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/plots"
	"github.com/entente/entente/score"
)

// FromScores builds a report from scored series alone, without the events
// behind them: for example the scores.csv of an earlier report, or the
// output of `report score`, re-rendered. Each dyad of the set gets a
// section whose main index is the Options.Index model when the set has it
// for that dyad (else the dyad's first series), with its summary, its
// change points (found in the main series in its own units by
// score.SeriesShifts, as Build finds them) and the index and level charts.
// Without events there is no event mix, timeline, top events or alignment,
// and the report says so on its methods page. Options.Dyads, when given,
// selects and orders the dyads by PickScores' rule (each the pair's
// undirected series, else that direction's; a dyad without series is
// skipped, ErrNoDyads when none has any; MaxDyads does not cut them); a
// caller that picks directions (render's "CHN→RUS") calls PickScores and
// passes its set without Options.Dyads. From and To restrict the periods;
// Granularity is taken from the series. The set's series must share one
// granularity (else an error wrapping ErrMixedGranularity).
func FromScores(set *score.SeriesSet, opts *Options) (*Report, error) {
	o := opts.withDefaults()
	if set == nil || len(set.Series) == 0 {
		return nil, ErrNoDyads
	}
	g := set.Series[0].Granularity
	for _, s := range set.Series {
		if s.Granularity != g {
			return nil, fmt.Errorf("%w: %s %s is %sly, %s %s %sly", ErrMixedGranularity,
				set.Series[0].Label(), set.Series[0].Model, g, s.Label(), s.Model, s.Granularity)
		}
	}
	if len(o.Dyads) > 0 {
		// Options.Dyads carries no direction: each picks the pair's
		// undirected series, else that direction's (PickScores)
		picks := make([]DyadPick, len(o.Dyads))
		for i, d := range o.Dyads {
			picks[i] = DyadPick{Dyad: d}
		}
		if set, _ = PickScores(set, picks); len(set.Series) == 0 {
			return nil, ErrNoDyads
		}
	}
	type dyadSeries struct {
		dyad   dataset.Dyad
		series []*score.Series
		// whole holds each series of series up to To, uncut at From:
		// the thin-evidence flags and the change points are read on
		// it, as Build reads them on the history before From
		whole []*score.Series
	}
	// a directed series of A→B and the undirected series of the pair are
	// separate sections (the key says which)
	type key struct {
		d        dataset.Dyad
		directed bool
	}
	var order []key
	by := map[key]*dyadSeries{}
	for _, s := range set.Series {
		k := key{s.Dyad, s.Directed}
		if !s.Directed {
			k.d = k.d.Undirected()
		}
		ds := by[k]
		if ds == nil {
			ds = &dyadSeries{dyad: k.d}
			by[k] = ds
			order = append(order, k)
		}
		w := restrict(s, g, time.Time{}, o.To)
		c := restrict(w, g, o.From, time.Time{})
		ds.series = append(ds.series, c)
		ds.whole = append(ds.whole, w)
	}
	if len(o.Dyads) == 0 && len(order) > o.MaxDyads {
		order = order[:o.MaxDyads]
	}
	r := &Report{Generated: o.Generated, Version: o.Version, Granularity: g, Sources: o.Sources, Scores: &score.SeriesSet{}}
	r.history = map[*score.Series]*score.Series{}
	var mains []score.Series
	var names []string
	for _, k := range order {
		ds := by[k]
		d := k.d
		sec := &DyadSection{Dyad: d, Directed: k.directed, Name: dyadName(d)}
		if k.directed {
			sec.Name = countryName(d.A) + " → " + countryName(d.B)
		}
		main := ds.series[0]
		var level *score.Series
		for _, s := range ds.series {
			switch s.Model {
			case o.Index:
				main = s
			}
			if s.Model == "level" {
				level = s
			}
			r.Scores.Add(s)
			if len(s.Points) > 0 {
				first, last := s.Points[0].Start, g.Next(s.Points[len(s.Points)-1].Start).AddDate(0, 0, -1)
				if r.From.IsZero() || first.Before(r.From) {
					r.From = first
				}
				if last.After(r.To) {
					r.To = last
				}
			}
		}
		if main.Model != o.Index {
			sec.Fallback = fmt.Sprintf("the scores hold no %s series for this dyad; the index is %s", o.Index, main.Model)
		}
		if main == level && main.Model != o.Index && len(ds.series) > 1 {
			for _, s := range ds.series {
				if s != level {
					main = s
					break
				}
			}
		}
		// the whole series (up to To) of main and level: their history
		hmain, hlevel := main, level
		for i, s := range ds.series {
			if ds.whole[i] != s {
				r.history[s] = ds.whole[i]
			}
			if s == main {
				hmain = ds.whole[i]
			}
			if s == level {
				hlevel = ds.whole[i]
			}
		}
		// the change points of the whole series that fall in the
		// periods shown, as Build finds them on its history
		for _, c := range score.SeriesShifts(hmain, nil) {
			if len(main.Points) == 0 || c.Date.Before(main.Points[0].Start) {
				continue
			}
			sec.ChangePoints = append(sec.ChangePoints, ChangePoint{Time: c.Date, Before: c.Before, After: c.After, Confidence: c.Prob, From: c.From, To: c.To})
		}
		var rlo, rhi float64
		if m, err := score.ModelByName(main.Model); err == nil {
			rlo, rhi = modelRange(m)
		}
		sec.Summary = Summarize(main, level, rlo, rhi)
		if hmain != main && !math.IsNaN(sec.Summary.Value) {
			// the changes, trend and thin flag of the last value read
			// from the whole series, as windowSummary reads Build's
			if h := Summarize(hmain, hlevel, rlo, rhi); h.Period.Equal(sec.Summary.Period) {
				sec.Summary.Change3, sec.Summary.Change12, sec.Summary.Slope, sec.Summary.Trend, sec.Summary.Thin = h.Change3, h.Change12, h.Slope, h.Trend, h.Thin
			}
		}
		sec.main, sec.level = main, level
		r.Dyads = append(r.Dyads, sec)
		mains = append(mains, *main)
		names = append(names, sec.Name)
	}
	for _, sec := range r.Dyads {
		sec.Charts = scoreCharts(r, sec, &o)
	}
	if len(r.Dyads) > 1 {
		ch, err := overviewChart(r, mains, names, &o)
		if err != nil {
			return nil, err
		}
		r.Overview = append(r.Overview, ch)
	}
	r.Title = o.Title
	if r.Title == "" {
		r.Title = defaultTitle(r.Dyads)
	}
	r.Subtitle = o.Subtitle
	if r.Subtitle == "" {
		r.Subtitle = fmt.Sprintf("%s, %sly periods; rendered from scores", span(r.From, r.To, g), g)
	}
	r.Aggregation = Aggregation{}
	r.Methods = []Method{{Heading: "Rendered from scores", Text: "This report was drawn from scored series alone (the tidy CSV of dyad, period, model, value, 95 % band and event count), without the events behind them: it has no event mix, timeline, top events, alignment or deduplication account, the bands are the outer bands only (95 % bands; the level's is its evidence band), and the change points are found in each dyad's main series in its own units, as in the report that produced the scores, without their drivers. See the report that produced the scores for the data and models."}}
	return r, nil
}

// ErrMixedGranularity is returned by FromScores for series of different
// period lengths.
var ErrMixedGranularity = errors.New("report: the series have different granularities")

// restrict returns s limited to the periods containing from … to (zero:
// unbounded).
func restrict(s *score.Series, g dataset.Granularity, from, to time.Time) *score.Series {
	if from.IsZero() && to.IsZero() {
		return s
	}
	c := *s
	c.Points = nil
	for _, p := range s.Points {
		if !from.IsZero() && p.Start.Before(g.Start(from)) {
			continue
		}
		if !to.IsZero() && p.Start.After(g.Start(to)) {
			continue
		}
		c.Points = append(c.Points, p)
	}
	return &c
}

// scoreCharts draws the index and level charts of a section built from
// scores.
func scoreCharts(r *Report, sec *DyadSection, o *Options) []*plots.Chart {
	var marks []plots.Mark
	for _, c := range sec.ChangePoints {
		marks = append(marks, plots.Mark{Time: c.Time, Label: c.shiftText(decimals(sec.Summary.Model))})
	}
	labels := []string{sec.Name}
	note := "Shaded: the 95 % band."
	if sec.Fallback != "" {
		note = "Note: " + sec.Fallback + "."
	}
	if sec.level == nil && sec.main.Model != "level" {
		ch, err := plots.NewIndexChart([]score.Series{*sec.main}, &plots.SeriesOptions{
			Title: sec.Name + ": relationship index", Labels: labels, YLabel: yLabel(sec.main.Model),
			From: r.From, To: r.To, ChangePoints: marks, Note: note, Size: o.ChartSize,
		})
		if err != nil {
			return nil
		}
		return []*plots.Chart{ch}
	}
	return headlineCharts(r, sec, labels, marks, nil, note, "", o.ChartSize)
}
