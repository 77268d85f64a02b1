package plots

import (
	"image/color"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// finiteRuns returns the [start, end) index ranges over which every one of
// the slices has a finite value: the pieces a line or ribbon is drawn in.
// NaN (or ±Inf) in any slice ends a run.
func finiteRuns(cols ...[]float64) [][2]int {
	if len(cols) == 0 {
		return nil
	}
	n := len(cols[0])
	ok := func(i int) bool {
		for _, c := range cols {
			if i >= len(c) || math.IsNaN(c[i]) || math.IsInf(c[i], 0) {
				return false
			}
		}
		return true
	}
	var out [][2]int
	start := -1
	for i := 0; i < n; i++ {
		if ok(i) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, [2]int{start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, [2]int{start, n})
	}
	return out
}

// finiteRange returns the min and max of the finite values of the slices,
// or (+Inf, −Inf) if there are none.
func finiteRange(cols ...[]float64) (lo, hi float64) {
	lo, hi = math.Inf(1), math.Inf(-1)
	for _, c := range cols {
		for _, v := range c {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				continue
			}
			lo = math.Min(lo, v)
			hi = math.Max(hi, v)
		}
	}
	return lo, hi
}

// gapLine draws a line through (xs, ys) that breaks at every NaN: each run
// of finite values is a separate polyline, and a run of one point (a value
// with missing neighbours) is drawn as a dot so it does not vanish.
type gapLine struct {
	xs, ys []float64
	style  draw.LineStyle
}

func (l *gapLine) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	for _, r := range finiteRuns(l.xs, l.ys) {
		if r[1]-r[0] == 1 {
			pt := vg.Point{X: trX(l.xs[r[0]]), Y: trY(l.ys[r[0]])}
			if c.Contains(pt) {
				c.DrawGlyph(draw.GlyphStyle{Color: l.style.Color, Radius: l.style.Width * 1.3, Shape: draw.CircleGlyph{}}, pt)
			}
			continue
		}
		pts := make([]vg.Point, 0, r[1]-r[0])
		for i := r[0]; i < r[1]; i++ {
			pts = append(pts, vg.Point{X: trX(l.xs[i]), Y: trY(l.ys[i])})
		}
		c.StrokeLines(l.style, c.ClipLinesXY(pts)...)
	}
}

func (l *gapLine) DataRange() (xmin, xmax, ymin, ymax float64) {
	xmin, xmax = finiteRange(l.xs)
	ymin, ymax = finiteRange(l.ys)
	return
}

// thinStyle is how a series' line is drawn into a point on thin evidence:
// thinner, dashed and lighter than the series' own line (width 1.6).
func thinStyle(c color.Color) draw.LineStyle {
	return draw.LineStyle{Color: lighten(c, 0.45), Width: 1.3, Dashes: []vg.Length{2.5, 1.8}}
}

// thinLine is gapLine with the segments into a point on thin evidence
// (thin[k]) drawn in the thin style: each finite run is cut into stretches
// of one style, stroked as polylines, so that the dashes run on.
type thinLine struct {
	xs, ys []float64
	thin   []bool
	style  draw.LineStyle
}

func (l *thinLine) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	faint := thinStyle(l.style.Color)
	pt := func(i int) vg.Point { return vg.Point{X: trX(l.xs[i]), Y: trY(l.ys[i])} }
	for _, r := range finiteRuns(l.xs, l.ys) {
		if r[1]-r[0] == 1 {
			sty := l.style
			if l.thin[r[0]] {
				sty = faint
			}
			if q := pt(r[0]); c.Contains(q) {
				c.DrawGlyph(draw.GlyphStyle{Color: sty.Color, Radius: l.style.Width * 1.3, Shape: draw.CircleGlyph{}}, q)
			}
			continue
		}
		// segment k-1 → k takes the style of point k
		start := r[0]
		for k := r[0] + 1; k < r[1]; k++ {
			if k+1 < r[1] && l.thin[k+1] == l.thin[k] {
				continue
			}
			pts := make([]vg.Point, 0, k-start+1)
			for i := start; i <= k; i++ {
				pts = append(pts, pt(i))
			}
			sty := l.style
			if l.thin[k] {
				sty = faint
			}
			c.StrokeLines(sty, c.ClipLinesXY(pts)...)
			start = k
		}
	}
}

func (l *thinLine) DataRange() (xmin, xmax, ymin, ymax float64) {
	xmin, xmax = finiteRange(l.xs)
	ymin, ymax = finiteRange(l.ys)
	return
}

// ribbon fills the area between lo and hi over xs, breaking at NaN like
// gapLine; a single-period band is drawn as a narrow bar.
type ribbon struct {
	xs, lo, hi []float64
	color      color.Color
}

func (r *ribbon) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	for _, run := range finiteRuns(r.xs, r.lo, r.hi) {
		var pts []vg.Point
		if run[1]-run[0] == 1 {
			i := run[0]
			x := trX(r.xs[i])
			pts = []vg.Point{{X: x - 2, Y: trY(r.lo[i])}, {X: x + 2, Y: trY(r.lo[i])}, {X: x + 2, Y: trY(r.hi[i])}, {X: x - 2, Y: trY(r.hi[i])}}
		} else {
			pts = make([]vg.Point, 0, 2*(run[1]-run[0]))
			for i := run[0]; i < run[1]; i++ {
				pts = append(pts, vg.Point{X: trX(r.xs[i]), Y: trY(r.lo[i])})
			}
			for i := run[1] - 1; i >= run[0]; i-- {
				pts = append(pts, vg.Point{X: trX(r.xs[i]), Y: trY(r.hi[i])})
			}
		}
		c.FillPolygon(r.color, c.ClipPolygonXY(pts))
	}
}

func (r *ribbon) DataRange() (xmin, xmax, ymin, ymax float64) {
	xmin, xmax = finiteRange(r.xs)
	ymin, ymax = finiteRange(r.lo, r.hi)
	return
}

// hline draws a horizontal line across the data area at y.
type hline struct {
	y     float64
	style draw.LineStyle
}

func (h *hline) Plot(c draw.Canvas, p *plot.Plot) {
	_, trY := p.Transforms(&c)
	y := trY(h.y)
	if y < c.Min.Y || y > c.Max.Y {
		return
	}
	c.StrokeLine2(h.style, c.Min.X, y, c.Max.X, y)
}

// grid draws light grid lines at the major ticks.
type grid struct {
	style                draw.LineStyle
	vertical, horizontal bool
}

func (g *grid) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	if g.horizontal {
		for _, tk := range p.Y.Tick.Marker.Ticks(p.Y.Min, p.Y.Max) {
			if tk.IsMinor() {
				continue
			}
			y := trY(tk.Value)
			if y < c.Min.Y-0.01 || y > c.Max.Y+0.01 {
				continue
			}
			c.StrokeLine2(g.style, c.Min.X, y, c.Max.X, y)
		}
	}
	if g.vertical {
		for _, tk := range p.X.Tick.Marker.Ticks(p.X.Min, p.X.Max) {
			if tk.IsMinor() {
				continue
			}
			x := trX(tk.Value)
			if x < c.Min.X-0.01 || x > c.Max.X+0.01 {
				continue
			}
			c.StrokeLine2(g.style, x, c.Min.Y, x, c.Max.Y)
		}
	}
}

// plotterFunc adapts a function to plot.Plotter.
type plotterFunc func(c draw.Canvas, p *plot.Plot)

func (f plotterFunc) Plot(c draw.Canvas, p *plot.Plot) { f(c, p) }
