package plots

import (
	"fmt"
	"math"
	"time"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/entente/entente/cameo"
	"github.com/entente/entente/dataset"
)

// MixOptions configures NewMixChart. The zero value (or nil) means the
// defaults given per field.
type MixOptions struct {
	// Title, Subtitle and Note; an empty Title or Subtitle gets a default.
	Title, Subtitle, Note string
	// YLabel labels the value axis; empty means "Events (weighted)" or,
	// with Share, "Share of events".
	YLabel string
	// Share draws each class's share of the period's total weight (bars
	// of height 1) instead of the weights.
	Share bool
	// From and To restrict the time axis to the periods containing them;
	// zero means the range of the rows.
	From, To time.Time
	// Size is the chart size; zero means SizeScreen.
	Size Size
}

// NewMixChart draws the event mix per period: one bar per period of
// granularity g, stacked by quad class (material and verbal cooperation,
// neutral, verbal and material conflict, and uncoded events), each class's
// height its weight Σw (dataset.Stats.Quad) or, with Share, its share of
// the period's weight. Rows of several dyads in the same period are added
// together; periods without rows are drawn as empty (no bar). Only classes
// present in the data appear in the legend.
func NewMixChart(rows []dataset.DyadPeriod, g dataset.Granularity, opts *MixOptions) (*Chart, error) {
	o := opts
	if o == nil {
		o = &MixOptions{}
	}
	bars, from, to, dyads := mixBars(rows, g, o)
	present := [cameo.NumQuads]bool{}
	ymax := 0.0
	for _, b := range bars {
		sum := 0.0
		for q, v := range b.h {
			sum += v
			if v > 0 {
				present[q] = true
			}
		}
		ymax = math.Max(ymax, sum)
	}
	ch := &Chart{Kind: "mix", Title: o.Title, Subtitle: o.Subtitle, Note: o.Note, Size: o.Size}
	if ch.Title == "" {
		ch.Title = "Event mix by quad class"
		if len(dyads) == 1 {
			ch.Title += ": " + dyads[0].String()
		}
	}
	if ch.Subtitle == "" {
		ch.Subtitle = periodPhrase(g) + ", " + spanPhrase(from, to, g)
		if len(dyads) > 1 {
			ch.Subtitle = fmt.Sprintf("%d dyads combined; %s", len(dyads), ch.Subtitle)
		}
	}
	for _, q := range quadOrder {
		if present[q] {
			ch.legend = append(ch.legend, legendEntry{label: quadLabel(q), kind: legendBox, color: QuadColor(q)})
		}
	}
	yl := o.YLabel
	if yl == "" {
		yl = "Events (weighted)"
		if o.Share {
			yl = "Share of events"
		}
	}
	ch.body = func(c draw.Canvas, th theme) {
		p := newPlot(th)
		p.Y.Label.Text = yl
		if len(bars) == 0 {
			p.X.Min, p.X.Max, p.Y.Min, p.Y.Max = 0, 1, 0, 1
			p.X.Tick.Marker = plot.ConstantTicks(nil)
			drawPlot(p, c)
			noData(p.DataCanvas(c), th, "no events")
			return
		}
		p.X.Min, p.X.Max = TimeToX(from), TimeToX(to)
		p.Y.Min, p.Y.Max = 0, ymax*1.04
		if o.Share {
			p.Y.Max = 1
		}
		p.X.Tick.Marker = calendarTickerFor(c.Max.X-c.Min.X, th, p.X.Min, p.X.Max)
		p.Y.Tick.Marker = niceTicks{n: yTicksFor(c.Max.Y-c.Min.Y, th)}
		p.Y.Padding = 0
		p.Add(&grid{style: draw.LineStyle{Color: colorGrid, Width: 0.5}, horizontal: true})
		p.Add(plotterFunc(func(c draw.Canvas, p *plot.Plot) {
			trX, trY := p.Transforms(&c)
			for _, b := range bars {
				x0, x1 := trX(b.x0), trX(b.x1)
				gap := (x1 - x0) * 0.12
				if gap > 3 {
					gap = 3
				}
				if x1-x0-2*gap < 0.6 {
					gap = 0
				}
				x0, x1 = x0+gap, x1-gap
				y := 0.0
				for _, q := range quadOrder {
					h := b.h[q]
					if h <= 0 {
						continue
					}
					r := vg.Rectangle{Min: vg.Point{X: x0, Y: trY(y)}, Max: vg.Point{X: x1, Y: trY(y + h)}}
					c.SetColor(QuadColor(q))
					c.Fill(r.Path())
					y += h
				}
			}
		}))
		drawPlot(p, c)
	}
	return ch, nil
}

// mixBar is one period's bar: its x extent and the height per quad class.
type mixBar struct {
	start  time.Time
	x0, x1 float64
	h      [cameo.NumQuads]float64
}

// mixBars adds the rows up by period of g and returns the bars of the
// periods that have rows (weights or, with Share, shares), the axis range
// [from, to) and the number of dyads seen.
func mixBars(rows []dataset.DyadPeriod, g dataset.Granularity, o *MixOptions) (bars []mixBar, from, to time.Time, dyads []dataset.Dyad) {
	byStart := map[time.Time]*dataset.Stats{}
	seen := map[dataset.Dyad]bool{}
	for i := range rows {
		r := &rows[i]
		if r.Start.IsZero() {
			continue
		}
		st := g.Start(r.Start)
		s := byStart[st]
		if s == nil {
			s = &dataset.Stats{}
			byStart[st] = s
		}
		s.Merge(&r.Stats)
		if !seen[r.Dyad] {
			seen[r.Dyad] = true
			dyads = append(dyads, r.Dyad)
		}
		if from.IsZero() || st.Before(from) {
			from = st
		}
		if next := g.Next(st); next.After(to) {
			to = next
		}
	}
	if !o.From.IsZero() {
		from = g.Start(o.From)
	}
	if !o.To.IsZero() {
		to = g.Next(g.Start(o.To))
	}
	if from.IsZero() || !to.After(from) {
		return nil, time.Time{}, time.Time{}, dyads
	}
	for p := from; p.Before(to); p = g.Next(p) {
		s := byStart[p]
		if s == nil {
			continue
		}
		b := mixBar{start: p, x0: TimeToX(p), x1: TimeToX(g.Next(p))}
		for q := 0; q < cameo.NumQuads; q++ {
			v := s.Quad[q].Float()
			if o.Share {
				v = s.QuadShare(cameo.Quad(q))
				if math.IsNaN(v) {
					v = 0
				}
			}
			b.h[q] = v
		}
		bars = append(bars, b)
	}
	return bars, from, to, dyads
}
