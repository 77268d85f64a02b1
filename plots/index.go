package plots

import (
	"fmt"
	"image/color"
	"math"
	"strings"
	"time"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/score"
)

// NewIndexChart draws the relationship index of one or several dyads over
// time: each series a line in its own colour (broken where the value is
// NaN), its 80 % and 95 % bands as shaded ribbons where the model has them,
// the change points as dashed vertical lines and the annotations (top
// events) as labelled dots on the line. Series with no points give a chart
// with a "no data" note.
func NewIndexChart(series []score.Series, opts *SeriesOptions) (*Chart, error) {
	ch, data, o, from, to, err := newSeriesChart("index", "Relationship index", series, opts, false)
	if err != nil {
		return nil, err
	}
	yl := yLabel(data, o)
	ylo, yhi := o.YMin, o.YMax
	if ylo == yhi {
		ylo, yhi = autoRange(data)
	}
	ch.body = func(c draw.Canvas, th theme) {
		drawSeriesBody(c, th, data, o, from, to, ylo, yhi, yl, nil)
	}
	return ch, nil
}

// NewLevelChart draws the bounded relationship level (−9 … +9) of one or
// several dyads with the six grade bands of score.Grades (confrontation,
// tense, discordant, ordinary, good, friendly) shaded and named beside the
// plot, and its bands, change points and annotations as NewIndexChart does.
func NewLevelChart(series []score.Series, opts *SeriesOptions) (*Chart, error) {
	ch, data, o, from, to, err := newSeriesChart("level", "Relationship level", series, opts, true)
	if err != nil {
		return nil, err
	}
	yl := o.YLabel
	if yl == "" {
		yl = "Level (−9 … +9)"
	}
	grades := score.Grades()
	ch.body = func(c draw.Canvas, th theme) {
		drawSeriesBody(c, th, data, o, from, to, LevelMin, LevelMax, yl, grades)
	}
	return ch, nil
}

// newSeriesChart prepares what the index and level charts share: the
// series, the time range, and the chart with its default title ("<title>:
// CHN-RUS, …"), subtitle and legend; the caller adds the body.
func newSeriesChart(kind, title string, series []score.Series, opts *SeriesOptions, grades bool) (*Chart, []seriesData, *SeriesOptions, time.Time, time.Time, error) {
	o := opts.orDefault()
	data, err := prepareSeries(series, o)
	if err != nil {
		return nil, nil, o, time.Time{}, time.Time{}, err
	}
	from, to, g := timeRange(data, o)
	ch := &Chart{Kind: kind, Title: o.Title, Subtitle: o.Subtitle, Note: o.Note, Size: o.Size}
	if ch.Title == "" {
		ch.Title = title
		if len(data) > 0 {
			ch.Title += ": " + joinLabels(data, 4)
		}
	}
	if ch.Subtitle == "" {
		ch.Subtitle = seriesSubtitle(data, from, to, g)
	}
	ch.legend = seriesLegend(data, o, len(data) > 1, grades)
	return ch, data, o, from, to, nil
}

// seriesSubtitle names the model(s) — every distinct one, in the order of
// the series ("Models: kalman, goldstein") — the granularity and the span.
func seriesSubtitle(data []seriesData, from, to time.Time, g dataset.Granularity) string {
	var models []string
	seen := map[string]bool{}
	for _, d := range data {
		if d.model != "" && !seen[d.model] {
			seen[d.model] = true
			models = append(models, d.model)
		}
	}
	s := periodPhrase(g) + ", " + spanPhrase(from, to, g)
	switch len(models) {
	case 0:
	case 1:
		s = "Model: " + models[0] + "; " + s
	default:
		s = "Models: " + strings.Join(models, ", ") + "; " + s
	}
	return s
}

func yLabel(data []seriesData, o *SeriesOptions) string {
	if o.YLabel != "" {
		return o.YLabel
	}
	if len(data) > 0 && data[0].model != "" {
		return "Score (" + data[0].model + ")"
	}
	return "Score"
}

func seriesLegend(data []seriesData, o *SeriesOptions, lines, level bool) []legendEntry {
	var out []legendEntry
	if lines {
		for i, d := range data {
			out = append(out, legendEntry{label: d.label, kind: legendLine, color: SeriesColor(i)})
		}
	}
	var b80, b95 bool
	for _, d := range data {
		b80 = b80 || d.hasBand80
		b95 = b95 || d.hasBand
	}
	var base color.Color = colorSubtle
	if len(data) == 1 {
		base = SeriesColor(0)
		if level {
			base = colorText
		}
	}
	if b80 {
		out = append(out, legendEntry{label: "80 % band", kind: legendBand, color: bandColor(base, 80)})
	}
	if b95 {
		out = append(out, legendEntry{label: "95 % band", kind: legendBand, color: bandColor(base, 95)})
	}
	if len(o.ChangePoints) > 0 {
		out = append(out, legendEntry{label: "change point", kind: legendDashed, color: colorSubtle})
	}
	return out
}

// bandColor is the opaque look of a band on white (the ribbons are drawn
// translucent so that overlapping dyads stay visible).
func bandColor(c color.Color, level int) color.Color {
	if level == 80 {
		return lighten(c, 0.62)
	}
	return lighten(c, 0.82)
}

// autoRange is the value range of the data and bands, padded by 8 % and
// always including 0.
func autoRange(data []seriesData) (lo, hi float64) {
	lo, hi = 0, 0
	for _, d := range data {
		a, b := finiteRange(d.vals, d.lo95, d.hi95, d.lo80, d.hi80)
		if a <= b {
			lo, hi = math.Min(lo, a), math.Max(hi, b)
		}
	}
	if hi-lo < 1e-9 {
		return -1, 1
	}
	pad := (hi - lo) * 0.08
	if lo < 0 {
		lo -= pad
	}
	if hi > 0 {
		hi += pad
	}
	return lo, hi
}

// Level bounds of the bounded relationship level (score.MaxLevel).
const (
	LevelMin = -score.MaxLevel
	LevelMax = score.MaxLevel
)

// gradeColors shade the grade bands: Tol's BuRd, light, red for
// confrontation to blue for friendly.
var gradeColors = []color.Color{
	hexRGBA(0xf9d9cc), hexRGBA(0xfce8df), hexRGBA(0xfef4ef),
	hexRGBA(0xf1f6fa), hexRGBA(0xe2eef6), hexRGBA(0xd0e4f1),
}

// drawSeriesBody draws the plot of scored series into c.
func drawSeriesBody(c draw.Canvas, th theme, data []seriesData, o *SeriesOptions, from, to time.Time, ylo, yhi float64, ylabel string, grades []score.GradeRange) {
	p := newPlot(th)
	p.Y.Label.Text = ylabel
	if from.IsZero() {
		p.X.Min, p.X.Max = 0, 1
		p.Y.Min, p.Y.Max = ylo, yhi
		p.X.Tick.Marker = plot.ConstantTicks(nil)
		p.Draw(c)
		noData(p.DataCanvas(c), th, "no scored periods")
		return
	}
	body := c
	var gradeMargin vg.Length
	if grades != nil {
		sty := textStyle(fontItalic, th.tick, colorSubtle)
		for _, gr := range grades {
			if w := sty.Width(gr.Name); w > gradeMargin {
				gradeMargin = w
			}
		}
		gradeMargin += th.tick
		body.Max.X -= gradeMargin
	}
	p.X.Min, p.X.Max = TimeToX(from), TimeToX(to)
	p.Y.Min, p.Y.Max = ylo, yhi
	p.X.Tick.Marker = CalendarTicker{MaxTicks: maxTicksFor(body.Max.X-body.Min.X, th)}
	p.Y.Tick.Marker = niceTicks{n: yTicksFor(body.Max.Y-body.Min.Y, th)}
	if grades != nil {
		var ticks []plot.Tick
		for _, gr := range grades {
			ticks = append(ticks, plot.Tick{Value: gr.Lower, Label: formatNumber(gr.Lower, 0)})
		}
		last := grades[len(grades)-1]
		ticks = append(ticks, plot.Tick{Value: last.Upper, Label: formatNumber(last.Upper, 0)})
		p.Y.Tick.Marker = plot.ConstantTicks(ticks)
		p.Add(plotterFunc(func(c draw.Canvas, p *plot.Plot) {
			_, trY := p.Transforms(&c)
			for i, gr := range grades {
				r := vg.Rectangle{Min: vg.Point{X: c.Min.X, Y: trY(gr.Lower)}, Max: vg.Point{X: c.Max.X, Y: trY(gr.Upper)}}
				c.SetColor(gradeColors[i%len(gradeColors)])
				c.Fill(r.Path())
			}
		}))
	}
	p.Add(&grid{style: draw.LineStyle{Color: colorGrid, Width: 0.5}, vertical: true, horizontal: grades == nil})
	p.Add(&hline{y: 0, style: draw.LineStyle{Color: colorZero, Width: 0.8}})
	colorOf := SeriesColor
	if grades != nil && len(data) == 1 {
		colorOf = func(int) color.Color { return colorText }
	}
	for i, d := range data {
		clr := colorOf(i)
		if d.hasBand {
			p.Add(&ribbon{xs: d.xs, lo: d.lo95, hi: d.hi95, color: withAlpha(clr, 0.13)})
		}
		if d.hasBand80 {
			p.Add(&ribbon{xs: d.xs, lo: d.lo80, hi: d.hi80, color: withAlpha(clr, 0.2)})
		}
	}
	for i, d := range data {
		p.Add(&gapLine{xs: d.xs, ys: d.vals, style: draw.LineStyle{Color: colorOf(i), Width: 1.6}})
	}
	p.Add(plotterFunc(func(c draw.Canvas, p *plot.Plot) { drawChangePoints(c, p, th, data, o.ChangePoints) }))
	p.Add(plotterFunc(func(c draw.Canvas, p *plot.Plot) { drawAnnotations(c, p, th, data, o) }))
	p.Draw(body)
	if grades != nil {
		dc := p.DataCanvas(body)
		sty := textStyle(fontItalic, th.tick, colorSubtle)
		sty.YAlign = draw.YCenter
		for _, gr := range grades {
			y := dc.Min.Y + vg.Length(p.Y.Norm((gr.Lower+gr.Upper)/2))*(dc.Max.Y-dc.Min.Y)
			c.FillText(sty, vg.Point{X: dc.Max.X + th.tick*0.6, Y: y}, gr.Name)
		}
	}
}

// maxTicksFor is the number of calendar labels that fit in width.
func maxTicksFor(width vg.Length, th theme) int {
	n := int(width / (th.tick * 6))
	if n < 2 {
		n = 2
	}
	if n > 12 {
		n = 12
	}
	return n
}

// yTicksFor is the number of value ticks that suit a plot height.
func yTicksFor(height vg.Length, th theme) int {
	n := int(height / (th.tick * 4))
	if n < 3 {
		n = 3
	}
	if n > 9 {
		n = 9
	}
	return n
}

// drawChangePoints draws the marks as dashed vertical lines at the start of
// their period, labelled at the top; labels that would overlap move down.
func drawChangePoints(c draw.Canvas, p *plot.Plot, th theme, data []seriesData, marks []Mark) {
	if len(marks) == 0 {
		return
	}
	trX, _ := p.Transforms(&c)
	sty := textStyle(fontRegular, th.small, colorSubtle)
	sty.YAlign = draw.YTop
	var boxes []vg.Rectangle
	for _, m := range marks {
		if m.Time.IsZero() {
			continue
		}
		var clr color.Color = colorSubtle
		g := dataset.Month
		idx := -1
		for i := range data {
			if data[i].matches(m.Dyad) {
				idx = i
				g = data[i].gran
				break
			}
		}
		if idx < 0 {
			continue
		}
		if m.Dyad != (dataset.Dyad{}) && len(data) > 1 {
			clr = SeriesColor(idx)
		}
		x := trX(TimeToX(g.Start(m.Time)))
		if x < c.Min.X || x > c.Max.X {
			continue
		}
		c.StrokeLine2(draw.LineStyle{Color: clr, Width: 0.9, Dashes: []vg.Length{4, 2.5}}, x, c.Min.Y, x, c.Max.Y)
		label := m.Label
		if label == "" {
			label = m.Time.Format("Jan 2006")
		}
		w, h := sty.Width(label), sty.Height(label)
		y := c.Max.Y - 1
		lx := x + 2
		if lx+w > c.Max.X {
			lx = x - 2 - w
		}
		for k := 0; k < 8; k++ {
			box := vg.Rectangle{Min: vg.Point{X: lx, Y: y - h}, Max: vg.Point{X: lx + w, Y: y}}
			if !overlapsAny(box, boxes) {
				break
			}
			y -= h + 1
		}
		box := vg.Rectangle{Min: vg.Point{X: lx - 1, Y: y - h}, Max: vg.Point{X: lx + w + 1, Y: y}}
		boxes = append(boxes, box)
		c.SetColor(withAlpha(colorWhite, 0.8))
		c.Fill(box.Path())
		ts := sty
		ts.Color = clr
		c.FillText(ts, vg.Point{X: lx, Y: y}, label)
	}
}

// drawAnnotations places and draws the annotations; it returns how many
// did not fit.
func drawAnnotations(c draw.Canvas, p *plot.Plot, th theme, data []seriesData, o *SeriesOptions) int {
	if len(o.Annotations) == 0 || len(data) == 0 {
		return 0
	}
	trX, trY := p.Transforms(&c)
	n := o.LabelLength
	if n <= 0 {
		n = 36
	}
	var specs []labelSpec
	var anchors []vg.Rectangle
	for _, a := range o.Annotations {
		idx := 0
		if a.Dyad != (dataset.Dyad{}) {
			idx = -1
			for i := range data {
				if data[i].matches(a.Dyad) {
					idx = i
					break
				}
			}
			if idx < 0 {
				continue
			}
		}
		x, v, ok := data[idx].valueAt(a.Time)
		if !ok {
			continue
		}
		if math.IsNaN(v) {
			v = 0
		}
		pt := vg.Point{X: trX(x), Y: trY(v)}
		if !c.Contains(pt) {
			continue
		}
		clr := SeriesColor(idx)
		specs = append(specs, labelSpec{anchor: pt, text: ShortLabel(a.Label, n), color: clr})
		anchors = append(anchors, vg.Rectangle{Min: vg.Point{X: pt.X - 4, Y: pt.Y - 4}, Max: vg.Point{X: pt.X + 4, Y: pt.Y + 4}})
	}
	sty := textStyle(fontRegular, th.small, colorText)
	placed, dropped := placeLabels(c, specs, sty, anchors)
	drawLabels(c, placed, sty)
	if dropped > 0 {
		msg := fmt.Sprintf("%d of %d labels left out for space", dropped, len(specs))
		ts := textStyle(fontItalic, th.small, colorNote)
		ts.XAlign, ts.YAlign = draw.XRight, draw.YBottom
		c.FillText(ts, vg.Point{X: c.Max.X - 2, Y: c.Min.Y + 2}, msg)
	}
	return dropped
}
