package plots

import (
	"fmt"
	"math"
	"sort"
	"time"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/entente/entente/cameo"
	"github.com/entente/entente/dataset"
)

// TimelineOptions configures NewTimelineChart. The zero value (or nil)
// means the defaults given per field.
type TimelineOptions struct {
	// Title, Subtitle and Note; an empty Title or Subtitle gets a default.
	// The note always ends with the number of events that could not be
	// placed (no date or no Goldstein weight), if any.
	Title, Subtitle, Note string
	// From and To restrict the time axis (From's day to the end of To's
	// day); zero means the range of the events.
	From, To time.Time
	// Labels is how many events to label, chosen by weight: reports ×
	// |Goldstein|, ties broken by date. 0 labels none. A labelled event
	// gets a numbered marker and a line in the key under the plot with its
	// date and its Description (else its CAMEO name), in full.
	Labels int
	// LabelLength, if positive, shortens the key's texts to that many
	// characters at a word boundary; 0 writes them in full.
	LabelLength int
	// MaxDots bounds the number of dots (default DefaultMaxDots): beyond
	// it, events of the same week (then month, quarter, year) with the
	// same Goldstein weight and quad class are pooled into one dot, and
	// the note says so.
	MaxDots int
	// Size is the chart size; zero means SizeScreen.
	Size Size
}

// DefaultMaxDots is the most dots a timeline draws before pooling events
// by week: more are unreadable at any chart size and make large files.
const DefaultMaxDots = 1500

// NewTimelineChart draws every event as a dot at its date and Goldstein
// weight (−10 … +10), coloured by quad class, the dot's area proportional
// to the number of reports behind it (Event.ReportCount). Events on the
// same day with the same weight and class would cover each other: they
// are one dot with their reports summed (an act coded in both directions
// with the same code is two events, one dot of two reports): the subtitle
// says what the area counts (events when every event has one report, else
// reports) and the note what a dot gathers. Dots are translucent so that
// crowded days show as darker spots; past MaxDots, events are pooled by
// week (or longer), as the note then says.
// Events without a date or without a Goldstein weight cannot be placed;
// they are counted in the note, never dropped silently.
func NewTimelineChart(events []dataset.Event, opts *TimelineOptions) (*Chart, error) {
	o := opts
	if o == nil {
		o = &TimelineOptions{}
	}
	type dot struct {
		x, y    float64
		reports int
		quad    cameo.Quad
		label   string
		date    time.Time
		// events merged into the dot and the largest report count
		// among them (whose label the dot carries)
		events, topReports int
	}
	var dots []dot
	unplaced := 0
	maxReports := 1
	oneReport := true // every placed event has one report: a dot's area counts events
	var from, to time.Time
	dyads := map[dataset.Dyad]bool{}
	present := [cameo.NumQuads]bool{}
	for i := range events {
		e := &events[i]
		if e.Date.IsZero() || math.IsNaN(e.Goldstein) || math.IsInf(e.Goldstein, 0) {
			unplaced++
			continue
		}
		d := e.Date.UTC()
		day := time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC)
		if !o.From.IsZero() && day.Before(dataset.Day.Start(o.From)) {
			continue
		}
		if !o.To.IsZero() && day.After(dataset.Day.Start(o.To)) {
			continue
		}
		label := e.Description
		if label == "" {
			label = cameo.Name(e.Code)
		}
		q := e.Quad
		if q < 0 || int(q) >= cameo.NumQuads {
			q = cameo.QuadUnknown
		}
		present[q] = true
		dots = append(dots, dot{x: TimeToX(day.Add(12 * time.Hour)), y: e.Goldstein, reports: e.ReportCount(), quad: q, label: label, date: day})
		if e.ReportCount() > maxReports {
			maxReports = e.ReportCount()
		}
		oneReport = oneReport && e.ReportCount() == 1
		if from.IsZero() || day.Before(from) {
			from = day
		}
		if day.After(to) {
			to = day
		}
		dyads[dataset.Dyad{A: e.Source.Country, B: e.Target.Country}.Undirected()] = true
	}
	// Axis range: whole months around the events (or From/To).
	if !o.From.IsZero() {
		from = dataset.Day.Start(o.From)
	}
	if !o.To.IsZero() {
		to = dataset.Day.Start(o.To)
	}
	var x0, x1 float64
	if !from.IsZero() {
		x0 = TimeToX(dataset.Month.Start(from))
		x1 = TimeToX(dataset.Month.Next(dataset.Month.Start(to)))
		if !o.From.IsZero() {
			x0 = TimeToX(from)
		}
		if !o.To.IsZero() {
			x1 = TimeToX(to.AddDate(0, 0, 1))
		}
	}
	// Events at the same spot (same day, weight and class) are one dot;
	// when there are more than MaxDots, events of the same week (month,
	// quarter, year) are pooled likewise.
	maxDots := o.MaxDots
	if maxDots <= 0 {
		maxDots = DefaultMaxDots
	}
	pooled := dataset.Day
	type dotKey struct {
		start int64
		y     float64
		q     cameo.Quad
	}
	merge := func(g dataset.Granularity) []dot {
		idx := map[dotKey]int{}
		var out []dot
		for _, d := range dots {
			start := g.Start(d.date)
			k := dotKey{start.Unix(), d.y, d.quad}
			if i, ok := idx[k]; ok {
				out[i].reports += d.reports
				out[i].events++
				if d.reports > out[i].topReports {
					// the label is the most reported event's
					out[i].label, out[i].topReports = d.label, d.reports
				}
				continue
			}
			idx[k] = len(out)
			nd := d
			nd.events, nd.topReports = 1, d.reports
			if g != dataset.Day {
				nd.x = (TimeToX(start) + TimeToX(g.Next(start))) / 2
			}
			out = append(out, nd)
		}
		return out
	}
	merged := merge(dataset.Day)
	for _, g := range []dataset.Granularity{dataset.Week, dataset.Month, dataset.Quarter, dataset.Year} {
		if len(merged) <= maxDots {
			break
		}
		merged = merge(g)
		pooled = g
	}
	nEvents := len(dots)
	dots = merged
	maxReports = 1
	for _, d := range dots {
		if d.reports > maxReports {
			maxReports = d.reports
		}
	}
	// Big dots first so small ones stay visible on top; ties in time
	// order (deterministic).
	sort.SliceStable(dots, func(i, j int) bool { return dots[i].reports > dots[j].reports })

	ch := &Chart{Kind: "timeline", Title: o.Title, Subtitle: o.Subtitle, Note: o.Note, Size: o.Size}
	if ch.Title == "" {
		ch.Title = "Event timeline"
		if len(dyads) == 1 {
			for d := range dyads {
				ch.Title += ": " + d.String()
			}
		}
	}
	// A dot stands for every event of its day (or pooled period) with its
	// weight and class — an act coded in both directions with one code is
	// two events and one dot — so its area counts the reports summed over
	// them; with one report each, the events. The subtitle says which, the
	// note what a dot gathers.
	if ch.Subtitle == "" {
		what := "reports"
		if oneReport {
			what = "events"
		}
		ch.Subtitle = fmt.Sprintf("%d events, Goldstein weight by date (+ cooperation, − conflict); dot area: %s at one spot (1 to %d)", nEvents, what, maxReports)
	}
	msg := ""
	switch {
	case pooled != dataset.Day:
		msg = fmt.Sprintf("Events of the same %s with the same Goldstein weight and quad class are drawn as one dot (%d in all).", pooled, len(dots))
	case maxReports > 1:
		msg = "A dot is the events of one day with one weight and class: an act coded both ways is two."
	}
	if msg != "" {
		if ch.Note != "" {
			ch.Note += " " + msg
		} else {
			ch.Note = msg
		}
	}
	if unplaced > 0 {
		msg := fmt.Sprintf("%d event(s) without a date or Goldstein weight are not shown.", unplaced)
		if ch.Note != "" {
			ch.Note += " " + msg
		} else {
			ch.Note = msg
		}
	}
	for _, q := range quadOrder {
		if present[q] {
			ch.legend = append(ch.legend, legendEntry{label: quadLabel(q), kind: legendDot, color: QuadColor(q)})
		}
	}
	// Labelled events: most reports × |weight| first.
	type cand struct {
		i     int
		score float64
	}
	var cands []cand
	if o.Labels > 0 {
		for i, d := range dots {
			cands = append(cands, cand{i, float64(d.reports) * math.Abs(d.y)})
		}
		sort.SliceStable(cands, func(a, b int) bool {
			if cands[a].score != cands[b].score {
				return cands[a].score > cands[b].score
			}
			return dots[cands[a].i].date.Before(dots[cands[b].i].date)
		})
		if len(cands) > o.Labels {
			cands = cands[:o.Labels]
		}
	}
	var entries []keyEntry
	for _, cd := range cands {
		d := dots[cd.i]
		entries = append(entries, keyEntry{x: d.x, y: d.y, series: -1, date: d.date, text: shortenKey(d.label, o.LabelLength), color: QuadColor(d.quad)})
	}
	ch.body = func(c draw.Canvas, th theme) {
		p := newPlot(th)
		var lay labelLayout
		entries, key, unlabelled := fitKey(th, entries, 0, c.Max.X-c.Min.X, c.Max.Y-c.Min.Y)
		lay.unlabelled = unlabelled
		var keyRegion draw.Canvas
		if len(entries) > 0 && len(dots) > 0 {
			keyRegion = c
			keyRegion.Max.Y = c.Min.Y + key.height()
			c.Min.Y += key.height()
		}
		// the poles are in the subtitle: beside the event mix the chart
		// is half a page wide, and a two-line axis label wrapped into five
		// and squeezed the years together (review)
		p.Y.Label.Text = "Goldstein weight"
		p.Y.Min, p.Y.Max = -10.5, 10.5
		p.Y.Tick.Marker = plot.ConstantTicks([]plot.Tick{
			{Value: -10, Label: "−10"}, {Value: -5, Label: "−5"}, {Value: 0, Label: "0"}, {Value: 5, Label: "5"}, {Value: 10, Label: "10"},
		})
		if len(dots) == 0 {
			p.X.Min, p.X.Max = 0, 1
			p.X.Tick.Marker = plot.ConstantTicks(nil)
			drawPlot(p, c)
			noData(p.DataCanvas(c), th, "no events with a date and Goldstein weight")
			return
		}
		p.X.Min, p.X.Max = x0, x1
		p.X.Tick.Marker = calendarTickerFor(c.Max.X-c.Min.X, th, p.X.Min, p.X.Max)
		p.Add(&grid{style: draw.LineStyle{Color: colorGrid, Width: 0.5}, horizontal: true, vertical: true})
		p.Add(&hline{y: 0, style: draw.LineStyle{Color: colorZero, Width: 0.8}})
		unit := th.tick * 0.32 // radius of a one-report dot
		radius := func(r int) vg.Length {
			rr := unit * vg.Length(math.Sqrt(float64(r)))
			if max := th.tick * 2.2; rr > max {
				rr = max
			}
			return rr
		}
		p.Add(plotterFunc(func(c draw.Canvas, p *plot.Plot) {
			trX, trY := p.Transforms(&c)
			for _, d := range dots {
				pt := vg.Point{X: trX(d.x), Y: trY(d.y)}
				r := radius(d.reports)
				c.DrawGlyph(draw.GlyphStyle{Color: withAlpha(QuadColor(d.quad), 0.6), Radius: r, Shape: draw.CircleGlyph{}}, pt)
				if len(dots) <= 500 { // outlines help few dots; many only add weight
					c.DrawGlyph(draw.GlyphStyle{Color: withAlpha(QuadColor(d.quad), 0.9), Radius: r, Shape: draw.RingGlyph{}}, pt)
				}
			}
			if len(entries) == 0 {
				return
			}
			var soft []vg.Rectangle
			for _, d := range dots {
				pt := vg.Point{X: trX(d.x), Y: trY(d.y)}
				r := radius(d.reports)
				soft = append(soft, vg.Rectangle{Min: vg.Point{X: pt.X - r, Y: pt.Y - r}, Max: vg.Point{X: pt.X + r, Y: pt.Y + r}})
			}
			anchors := make([]vg.Point, len(entries))
			for i, e := range entries {
				anchors[i] = vg.Point{X: trX(e.x), Y: trY(e.y)}
			}
			sty := keyStyle(th)
			// Markers keep clear of the dots where they can; on a busy
			// timeline they may have to cover some.
			ml := placeMarkers(c, sty, anchors, len(entries), nil, soft)
			drawMarkers(c, sty, entries, ml)
			lay.plotArea, lay.anchors, lay.soft = c.Rectangle, anchors, soft
			for i, ok := range ml.placed {
				if ok {
					lay.markers = append(lay.markers, ml.boxes[i])
				} else {
					lay.leftOut++
				}
			}
			if lay.leftOut > 0 {
				ts := textStyle(fontItalic, th.small, colorNote)
				ts.XAlign, ts.YAlign = draw.XRight, draw.YBottom
				c.FillText(ts, vg.Point{X: c.Max.X - 2, Y: c.Min.Y + 2}, fmt.Sprintf("%d of %d markers left out for space", lay.leftOut, len(entries)))
			}
		}))
		drawPlot(p, c)
		if len(entries) > 0 && len(dots) > 0 {
			lay.keyLines = drawKey(keyRegion, th, entries, key)
			lay.keyTexts = key.lines
			lay.keyRegion = keyRegion.Rectangle
		}
		if ch.layoutHook != nil {
			ch.layoutHook(lay)
		}
	}
	return ch, nil
}
