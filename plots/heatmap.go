package plots

import (
	"fmt"
	"image/color"
	"math"

	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/entente/entente/score"
)

// HeatmapOptions configures NewHeatmapChart. The zero value (or nil) means
// the defaults given per field.
type HeatmapOptions struct {
	// Title, Subtitle and Note; an empty Title gets a default.
	Title, Subtitle, Note string
	// ValueLabel names the values on the colour bar ("S score"); empty
	// means "value".
	ValueLabel string
	// Min and Max fix the colour scale; equal values (the zero value) mean
	// automatic: symmetric around 0, ±the largest absolute finite value,
	// so that 0 is the neutral colour. Values outside are drawn in the end
	// colours.
	Min, Max float64
	// KeepOrder draws rows and columns in the given order instead of the
	// average-linkage clustering order.
	KeepOrder bool
	// HideValues leaves the numbers out of the cells (they are written
	// when the cells are large enough for them).
	HideValues bool
	// Size is the chart size; zero means SizeScreen.
	Size Size
}

// tolBuRd is Paul Tol's BuRd diverging scheme, red (low) to blue (high),
// colour-blind safe; missing values get his "bad data" yellow.
var tolBuRd = []color.RGBA{
	hexRGBA(0xb2182b), hexRGBA(0xd6604d), hexRGBA(0xf4a582), hexRGBA(0xfddbc7), hexRGBA(0xf7f7f7),
	hexRGBA(0xd1e5f0), hexRGBA(0x92c5de), hexRGBA(0x4393c3), hexRGBA(0x2166ac),
}

// divergingColor maps t in [0, 1] onto tolBuRd (linear in sRGB between
// the scheme's colours); t outside is clamped, NaN is the missing colour.
func divergingColor(t float64) color.RGBA {
	if math.IsNaN(t) {
		return colorMissing
	}
	t = math.Max(0, math.Min(1, t))
	f := t * float64(len(tolBuRd)-1)
	i := int(f)
	if i >= len(tolBuRd)-1 {
		return tolBuRd[len(tolBuRd)-1]
	}
	u := f - float64(i)
	a, b := tolBuRd[i], tolBuRd[i+1]
	mix := func(x, y uint8) uint8 { return uint8(float64(x)*(1-u) + float64(y)*u + 0.5) }
	return color.RGBA{mix(a.R, b.R), mix(a.G, b.G), mix(a.B, b.B), 0xff}
}

// NewHeatmapChart draws an N×N matrix (an alignment matrix: values[i][j]
// between countries i and j) as coloured cells, rows and columns ordered by
// average-linkage clustering of the rows (distance −similarity, see
// score.AverageLinkage) so that aligned countries sit together, with a colour
// bar and a distinct colour for missing (NaN) cells. labels name the rows
// and columns. A matrix that is not square, or labels of another length,
// is an ErrShape error; an empty matrix gives a "no data" chart.
func NewHeatmapChart(values [][]float64, labels []string, opts *HeatmapOptions) (*Chart, error) {
	o := opts
	if o == nil {
		o = &HeatmapOptions{}
	}
	n := len(values)
	for i, row := range values {
		if len(row) != n {
			return nil, fmt.Errorf("%w: heatmap row %d has %d values, want %d", ErrShape, i, len(row), n)
		}
	}
	if len(labels) != n {
		return nil, fmt.Errorf("%w: %d labels for a %d×%d matrix", ErrShape, len(labels), n, n)
	}
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	if !o.KeepOrder && n > 2 {
		dist := make([][]float64, n)
		for i := range dist {
			dist[i] = make([]float64, n)
			for j := range dist[i] {
				dist[i][j] = -values[i][j]
			}
		}
		d, err := score.AverageLinkage(dist)
		if err != nil {
			return nil, err
		}
		order = d.Order
	}
	lo, hi := o.Min, o.Max
	missing := 0
	if lo == hi {
		m := 0.0
		for i := range values {
			for _, v := range values[i] {
				if math.IsNaN(v) || math.IsInf(v, 0) {
					continue
				}
				m = math.Max(m, math.Abs(v))
			}
		}
		if m == 0 {
			m = 1
		}
		lo, hi = -m, m
	}
	for i := range values {
		for _, v := range values[i] {
			if math.IsNaN(v) {
				missing++
			}
		}
	}
	vl := o.ValueLabel
	if vl == "" {
		vl = "value"
	}
	ch := &Chart{Kind: "heatmap", Title: o.Title, Subtitle: o.Subtitle, Note: o.Note, Size: o.Size}
	if ch.Title == "" {
		ch.Title = "Alignment"
	}
	if ch.Subtitle == "" {
		ch.Subtitle = fmt.Sprintf("%d countries", n)
		if !o.KeepOrder && n > 2 {
			ch.Subtitle += ", ordered by average-linkage clustering"
		}
	}
	ch.body = func(c draw.Canvas, th theme) {
		if n == 0 {
			noData(c, th, "no data")
			return
		}
		lab := textStyle(fontRegular, th.tick, colorText)
		maxW := vg.Length(0)
		for _, l := range labels {
			if w := lab.Width(l); w > maxW {
				maxW = w
			}
		}
		// colour bar on the right
		barW := th.tick * 1.2
		tickSty := textStyle(fontRegular, th.tick, colorSubtle)
		ticks := niceTicks{n: 5}.Ticks(lo, hi)
		var tickW vg.Length
		for _, tk := range ticks {
			if w := tickSty.Width(tk.Label); w > tickW {
				tickW = w
			}
		}
		right := barW + tickW + th.tick*3
		if w := tickSty.Width(vl); w+th.tick > right {
			right = w + th.tick
		}
		missLabel := "missing"
		if missing > 0 {
			missLabel = fmt.Sprintf("missing (%d)", missing)
		}
		if w := barW + 5 + tickSty.Width(missLabel); w+th.tick*2 > right {
			right = w + th.tick*2
		}
		left := maxW + th.tick*0.8
		availW := c.Max.X - c.Min.X - left - right
		H := c.Max.Y - c.Min.Y
		// Column labels horizontal if they fit under their cells, else
		// rotated by 45°.
		textH := lab.Height("Ag")
		bottom := textH + th.tick*0.6
		cell := vg.Length(math.Min(float64(availW), float64(H-bottom))) / vg.Length(n)
		rotate := false
		if maxW+th.tick*0.4 > cell {
			rotate = true
			bottom = (maxW+textH)*0.71 + th.tick*0.6
			cell = vg.Length(math.Min(float64(availW), float64(H-bottom))) / vg.Length(n)
		}
		if cell <= 0 {
			return
		}
		// centre the block (labels, grid, colour bar) horizontally
		used := left + vg.Length(n)*cell + right
		c.Min.X += (c.Max.X - c.Min.X - used) / 2
		gx := c.Min.X + left
		gtop := c.Max.Y
		// cells
		showVals := !o.HideValues
		valSty := textStyle(fontRegular, th.small, colorText)
		valSty.XAlign, valSty.YAlign = draw.XCenter, draw.YCenter
		if showVals && (cell < valSty.Width("−0.00")+4 || cell < valSty.Height("0")*1.6) {
			showVals = false
		}
		for r, i := range order {
			for k, j := range order {
				v := values[i][j]
				t := (v - lo) / (hi - lo)
				clr := divergingColor(t)
				rect := vg.Rectangle{
					Min: vg.Point{X: gx + vg.Length(k)*cell, Y: gtop - vg.Length(r+1)*cell},
					Max: vg.Point{X: gx + vg.Length(k+1)*cell, Y: gtop - vg.Length(r)*cell},
				}
				c.SetColor(clr)
				c.Fill(rect.Path())
				if showVals && !math.IsNaN(v) {
					vs := valSty
					if luminance(clr) < 0.45 {
						vs.Color = colorWhite
					}
					c.FillText(vs, vg.Point{X: (rect.Min.X + rect.Max.X) / 2, Y: (rect.Min.Y + rect.Max.Y) / 2}, formatNumber(v, 2))
				}
			}
		}
		// thin white cell borders when cells are large enough
		if cell > 6 {
			ls := draw.LineStyle{Color: colorWhite, Width: 0.6}
			for k := 0; k <= n; k++ {
				x := gx + vg.Length(k)*cell
				c.StrokeLine2(ls, x, gtop, x, gtop-vg.Length(n)*cell)
				y := gtop - vg.Length(k)*cell
				c.StrokeLine2(ls, gx, y, gx+vg.Length(n)*cell, y)
			}
		}
		// row labels
		rs := lab
		rs.XAlign, rs.YAlign = draw.XRight, draw.YCenter
		for r, i := range order {
			c.FillText(rs, vg.Point{X: gx - th.tick*0.4, Y: gtop - (vg.Length(r)+0.5)*cell}, labels[i])
		}
		// column labels
		cs := lab
		gbottom := gtop - vg.Length(n)*cell
		if rotate {
			cs.XAlign, cs.YAlign = draw.XRight, draw.YCenter
			cs.Rotation = math.Pi / 4
		} else {
			cs.XAlign, cs.YAlign = draw.XCenter, draw.YTop
		}
		for k, j := range order {
			x := gx + (vg.Length(k)+0.5)*cell
			c.FillText(cs, vg.Point{X: x, Y: gbottom - th.tick*0.4}, labels[j])
		}
		// colour bar
		bx := gx + vg.Length(n)*cell + th.tick*1.5
		title := tickSty
		title.YAlign = draw.YTop
		c.FillText(title, vg.Point{X: bx, Y: gtop}, vl)
		btop := gtop - title.Height(vl) - th.tick*1.2
		bh := vg.Length(n)*cell*0.7 - title.Height(vl)
		if bh < th.tick*5 {
			bh = th.tick * 5
		}
		bbot := btop - bh
		const steps = 64
		for s := 0; s < steps; s++ {
			y0 := bbot + bh*vg.Length(s)/steps
			y1 := bbot + bh*vg.Length(s+1)/steps
			c.SetColor(divergingColor((float64(s) + 0.5) / steps))
			c.Fill(vg.Rectangle{Min: vg.Point{X: bx, Y: y0}, Max: vg.Point{X: bx + barW, Y: y1 + 0.2}}.Path())
		}
		ts := tickSty
		ts.YAlign = draw.YCenter
		for _, tk := range ticks {
			y := bbot + bh*vg.Length((tk.Value-lo)/(hi-lo))
			c.StrokeLine2(draw.LineStyle{Color: colorSubtle, Width: 0.5}, bx+barW, y, bx+barW+3, y)
			c.FillText(ts, vg.Point{X: bx + barW + 5, Y: y}, tk.Label)
		}
		// missing swatch, always shown so the reader knows the colour
		my := bbot - th.tick*2.2
		c.SetColor(colorMissing)
		c.Fill(vg.Rectangle{Min: vg.Point{X: bx, Y: my - barW/2}, Max: vg.Point{X: bx + barW, Y: my + barW/2}}.Path())
		ms := tickSty
		ms.YAlign = draw.YCenter
		c.FillText(ms, vg.Point{X: bx + barW + 5, Y: my}, missLabel)
	}
	return ch, nil
}

// luminance is the relative luminance of c (0 black … 1 white), for
// choosing a readable text colour on a cell.
func luminance(c color.RGBA) float64 {
	lin := func(v uint8) float64 {
		x := float64(v) / 255
		if x <= 0.04045 {
			return x / 12.92
		}
		return math.Pow((x+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(c.R) + 0.7152*lin(c.G) + 0.0722*lin(c.B)
}
