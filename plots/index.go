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
		drawSeriesBody(c, th, data, o, from, to, ylo, yhi, yl, nil, ch.layoutHook)
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
		drawSeriesBody(c, th, data, o, from, to, LevelMin, LevelMax, yl, grades, ch.layoutHook)
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
	var b80, b95 bool
	for _, d := range data {
		b80 = b80 || d.hasBand80
		b95 = b95 || d.hasBand
	}
	if len(data) > 1 {
		// several series: one band each (see drawSeriesBody), shown
		// behind the series' own line in its own colour
		for i, d := range data {
			e := legendEntry{label: d.label, kind: legendLine, color: SeriesColor(i)}
			if d.hasBand80 || d.hasBand {
				e.kind = legendLineBand
				e.band = multiBandColor(SeriesColor(i))
			}
			out = append(out, e)
		}
		if b80 || b95 {
			var cs []color.Color
			for i := range data {
				cs = append(cs, multiBandColor(SeriesColor(i)))
			}
			lbl := bandName(data, 95)
			if b80 {
				lbl = bandName(data, 80)
			}
			out = append(out, legendEntry{label: lbl, kind: legendBand, colors: cs})
		}
	} else {
		var base color.Color = SeriesColor(0)
		if level {
			base = colorText
		}
		if lines {
			out = append(out, legendEntry{label: data[0].label, kind: legendLine, color: base})
		}
		if b80 {
			out = append(out, legendEntry{label: bandName(data, 80), kind: legendBand, color: bandColor(base, 80)})
		}
		if b95 {
			out = append(out, legendEntry{label: bandName(data, 95), kind: legendBand, color: bandColor(base, 95)})
		}
	}
	for i, d := range data {
		if d.thin != nil {
			// the series' own colour, or grey for several series
			var c color.Color = SeriesColor(i)
			switch {
			case len(data) > 1:
				c = colorSubtle
			case level:
				c = colorText
			}
			out = append(out, legendEntry{label: "thin evidence", kind: legendThin, color: c})
			break
		}
	}
	if len(o.ChangePoints) > 0 {
		out = append(out, legendEntry{label: "change point", kind: legendDashed, color: colorSubtle})
	}
	return out
}

// bandNames names a model's two bands in the legend — {80 % slot, 95 %
// slot} of score.Point (Lower80/Upper80, Lower/Upper) — where they are
// not probability intervals: the level's are evidence bands,
// ±z·3.6/√(N+1) with z = 1.28 and 1.96 (score/level.go).
var bandNames = map[string][2]string{
	"level": {"inner evidence band", "evidence band"},
}

// bandName is the legend's name of the 80 % or 95 % band of the data's
// series: bandNames' when every series has that model, else "80 % band"
// or "95 % band".
func bandName(data []seriesData, level int) string {
	i := 1
	if level == 80 {
		i = 0
	}
	var name string
	for k, d := range data {
		n, ok := bandNames[d.model]
		if !ok || (k > 0 && n[i] != name) {
			return fmt.Sprintf("%d %% band", level)
		}
		name = n[i]
	}
	if name == "" {
		return fmt.Sprintf("%d %% band", level)
	}
	return name
}

// Band opacities. One series draws its 95 % band at alpha95 and its 80 %
// band over it at alpha80. Several series draw one band each (the 80 %
// band, else the 95 %) at alphaMulti with an edge line in the series'
// colour, so that where bands overlap the edges stay legible and the
// faint fills do not mix into a muddy colour.
const (
	alpha95    = 0.13
	alpha80    = 0.2
	alphaMulti = 0.09
)

// bandColor is the opaque look on white of a single series' band: the
// 95 % ribbon alone, or the 80 % ribbon over it — what the legend swatch
// shows.
func bandColor(c color.Color, level int) color.Color {
	if level == 80 {
		return lighten(c, (1-alpha95)*(1-alpha80))
	}
	return lighten(c, 1-alpha95)
}

// multiBandColor is the look on white of a band of a chart with several
// series.
func multiBandColor(c color.Color) color.Color {
	return lighten(c, 1-alphaMulti*2.5) // swatch a little stronger than the fill, to be seen
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
func drawSeriesBody(c draw.Canvas, th theme, data []seriesData, o *SeriesOptions, from, to time.Time, ylo, yhi float64, ylabel string, grades []score.GradeRange, hook func(labelLayout)) {
	p := newPlot(th)
	plo, phi := polesRange(o, grades != nil, ylo, yhi)
	p.Y.Label.Text = withPoles(ylabel, o.Poles, plo, phi)
	if from.IsZero() {
		p.X.Min, p.X.Max = 0, 1
		p.Y.Min, p.Y.Max = ylo, yhi
		p.X.Tick.Marker = plot.ConstantTicks(nil)
		drawPlot(p, c)
		noData(p.DataCanvas(c), th, "no scored periods")
		return
	}
	body := c
	entries, key, unlabelled := fitKey(th, annotationEntries(data, o, from, to), o.maxLabels(), c.Max.X-c.Min.X, c.Max.Y-c.Min.Y)
	var keyRegion draw.Canvas
	if len(entries) > 0 {
		keyRegion = c
		keyRegion.Max.Y = c.Min.Y + key.height()
		body.Min.Y += key.height()
	}
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
	p.X.Tick.Marker = calendarTickerFor(body.Max.X-body.Min.X, th, p.X.Min, p.X.Max)
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
		if len(data) == 1 {
			if d.hasBand {
				p.Add(&ribbon{xs: d.xs, lo: d.lo95, hi: d.hi95, color: withAlpha(clr, alpha95)})
			}
			if d.hasBand80 {
				p.Add(&ribbon{xs: d.xs, lo: d.lo80, hi: d.hi80, color: withAlpha(clr, alpha80)})
			}
			continue
		}
		lo, hi := d.lo95, d.hi95
		if d.hasBand80 {
			lo, hi = d.lo80, d.hi80
		} else if !d.hasBand {
			continue
		}
		p.Add(&ribbon{xs: d.xs, lo: lo, hi: hi, color: withAlpha(clr, alphaMulti)})
		edge := draw.LineStyle{Color: withAlpha(clr, 0.7), Width: 0.6, Dashes: []vg.Length{2.5, 1.5}}
		p.Add(&gapLine{xs: d.xs, ys: lo, style: edge})
		p.Add(&gapLine{xs: d.xs, ys: hi, style: edge})
	}
	for i, d := range data {
		style := draw.LineStyle{Color: colorOf(i), Width: 1.6}
		if d.thin != nil {
			p.Add(&thinLine{xs: d.xs, ys: d.vals, thin: d.thin, style: style})
			continue
		}
		p.Add(&gapLine{xs: d.xs, ys: d.vals, style: style})
	}
	var cpBoxes []vg.Rectangle
	p.Add(plotterFunc(func(c draw.Canvas, p *plot.Plot) { cpBoxes = drawChangePoints(c, p, th, data, o.ChangePoints) }))
	var lay labelLayout
	p.Add(plotterFunc(func(c draw.Canvas, p *plot.Plot) {
		lay = drawAnnotations(c, p, th, data, entries, cpBoxes)
		lay.unlabelled = unlabelled
	}))
	drawPlot(p, body)
	if len(entries) > 0 {
		lay.keyLines = drawKey(keyRegion, th, entries, key)
		lay.keyTexts = key.lines
		lay.keyRegion = keyRegion.Rectangle
	}
	if hook != nil {
		hook(lay)
	}
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

// calendarTickerFor is the CalendarTicker with the most labelled ticks
// (at most 12) whose labels, at the theme's tick size, stand side by side
// on an axis of about width from lo to hi with at least 0.6 em between
// neighbours: the density adapts to the labels' format (years, "Q3 2019",
// "Mar 2024") and to narrow panels, so that even a small multiple gets
// several dates.
func calendarTickerFor(width vg.Length, th theme, lo, hi float64) CalendarTicker {
	sty := textStyle(fontRegular, th.tick, colorSubtle)
	data := width - th.tick*3 // the value axis' tick labels ("−10") take some of the width
	best := CalendarTicker{MaxTicks: 2}
	if !(hi > lo) || data <= 0 {
		return best
	}
	for n := 2; n <= 12; n++ {
		t := CalendarTicker{MaxTicks: n}
		var xs []vg.Length
		var ws []vg.Length
		for _, tk := range t.Ticks(lo, hi) {
			if tk.Label == "" {
				continue
			}
			xs = append(xs, vg.Length((tk.Value-lo)/(hi-lo))*data)
			ws = append(ws, sty.Width(tk.Label))
		}
		fits := len(xs) > 0
		for i := 1; i < len(xs) && fits; i++ {
			fits = xs[i]-xs[i-1] >= (ws[i]+ws[i-1])/2+th.tick*0.6
		}
		if fits {
			best = t
		}
	}
	return best
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

// annotationEntries are the annotations that fall on a drawn period of
// their series inside [from, to), in the caller's order (most important
// first).
func annotationEntries(data []seriesData, o *SeriesOptions, from, to time.Time) []keyEntry {
	var es []keyEntry
	for _, a := range o.Annotations {
		if a.Time.IsZero() || a.Time.Before(from) || !a.Time.Before(to) {
			continue
		}
		idx := 0
		if a.Dyad != (dataset.Dyad{}) {
			idx = -1
			for i := range data {
				if data[i].matches(a.Dyad) {
					idx = i
					break
				}
			}
		}
		if idx < 0 || idx >= len(data) {
			continue
		}
		x, v, ok := data[idx].valueAt(a.Time)
		if !ok {
			continue
		}
		if math.IsNaN(v) {
			v = 0
		}
		es = append(es, keyEntry{x: x, y: v, series: idx, date: a.Time, text: shortenKey(a.Label, o.LabelLength), color: SeriesColor(idx)})
	}
	return es
}

// shortenKey shortens a key text to n characters at a word boundary when
// n > 0; 0 keeps it whole.
func shortenKey(s string, n int) string {
	if n <= 0 {
		return s
	}
	return ShortLabel(s, n)
}

// drawAnnotations places and draws the numbered markers of the entries
// clear of the series lines and of each other, and says in the corner how
// many found no room (none, in practice).
func drawAnnotations(c draw.Canvas, p *plot.Plot, th theme, data []seriesData, es []keyEntry, taken []vg.Rectangle) labelLayout {
	lay := labelLayout{plotArea: c.Rectangle}
	if len(es) == 0 {
		return lay
	}
	trX, trY := p.Transforms(&c)
	var soft []vg.Rectangle
	for _, d := range data {
		soft = append(soft, lineObstacles(c, trX, trY, d.xs, d.vals, 2)...)
	}
	anchors := make([]vg.Point, len(es))
	for i, e := range es {
		anchors[i] = vg.Point{X: trX(e.x), Y: trY(e.y)}
	}
	sty := keyStyle(th)
	ml := placeMarkers(c, sty, anchors, len(es), taken, soft)
	drawMarkers(c, sty, es, ml)
	lay.anchors, lay.soft = anchors, soft
	for i, ok := range ml.placed {
		if ok {
			lay.markers = append(lay.markers, ml.boxes[i])
		} else {
			lay.leftOut++
		}
	}
	if lay.leftOut > 0 {
		msg := fmt.Sprintf("%d of %d markers left out for space", lay.leftOut, len(es))
		ts := textStyle(fontItalic, th.small, colorNote)
		ts.XAlign, ts.YAlign = draw.XRight, draw.YBottom
		c.FillText(ts, vg.Point{X: c.Max.X - 2, Y: c.Min.Y + 2}, msg)
	}
	return lay
}
