package plots

import (
	"fmt"
	"image/color"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/entente/entente/score"
)

// NewSmallMultiples draws one small panel per series in a grid, all on the
// same time axis and the same value scale (SeriesOptions.YMin/YMax, or the
// range of all values and bands), so dyads can be compared at a glance:
// each panel has the series line (broken at NaN), its 95 % band, the zero
// line and the series' change points. Tick labels are written on the left
// column and the bottom row only. Columns sets the grid width (0: chosen
// from the number of panels and the chart's shape).
func NewSmallMultiples(series []score.Series, opts *SeriesOptions) (*Chart, error) {
	o := opts.orDefault()
	data, err := prepareSeries(series, o)
	if err != nil {
		return nil, err
	}
	from, to, g := timeRange(data, o)
	ch := &Chart{Kind: "multiples", Title: o.Title, Subtitle: o.Subtitle, Note: o.Note, Size: o.Size}
	if ch.Title == "" {
		ch.Title = fmt.Sprintf("%d dyads compared", len(data))
	}
	if ch.Subtitle == "" {
		ch.Subtitle = seriesSubtitle(data, from, to, g) + "; one scale for all panels"
	}
	var b95 bool
	for _, d := range data {
		b95 = b95 || d.hasBand
	}
	if b95 {
		// each panel's band is in its series' colour: the swatch shows them all
		var cs []color.Color
		for i := range data {
			if i == len(SeriesColors) {
				break
			}
			cs = append(cs, lighten(SeriesColor(i), 1-alphaPanel))
		}
		ch.legend = append(ch.legend, legendEntry{label: bandName(data, 95), kind: legendBand, colors: cs})
	}
	if len(o.ChangePoints) > 0 {
		ch.legend = append(ch.legend, legendEntry{label: "change point", kind: legendDashed, color: colorSubtle})
	}
	ylo, yhi := o.YMin, o.YMax
	if ylo == yhi {
		ylo, yhi = autoRange(data)
	}
	plo, phi := polesRange(o, false, ylo, yhi)
	yl := withPoles(yLabel(data, o), o.Poles, plo, phi)
	ch.body = func(c draw.Canvas, th theme) {
		n := len(data)
		if n == 0 || from.IsZero() {
			noData(c, th, "no scored periods")
			return
		}
		W, H := c.Max.X-c.Min.X, c.Max.Y-c.Min.Y
		cols := o.Columns
		if cols <= 0 {
			// panels about 1.6 times as wide as high
			cols = int(math.Ceil(math.Sqrt(float64(n) * float64(W/H) / 1.6)))
		}
		if cols > n {
			cols = n
		}
		if cols < 1 {
			cols = 1
		}
		rows := (n + cols - 1) / cols
		// shared y-axis title on the left
		ysty := textStyle(fontRegular, th.label, colorSubtle)
		ysty.XAlign, ysty.YAlign = draw.XCenter, draw.YTop
		ysty.Rotation = math.Pi / 2
		c.FillText(ysty, vg.Point{X: c.Min.X, Y: (c.Min.Y + c.Max.Y) / 2}, yl)
		grid := draw.Crop(c, ysty.Height(yl)+th.tick*0.5, 0, 0, 0)
		gap := th.tick * 0.8
		pw := (grid.Max.X - grid.Min.X - gap*vg.Length(cols-1)) / vg.Length(cols)
		ph := (grid.Max.Y - grid.Min.Y - gap*vg.Length(rows-1)) / vg.Length(rows)
		ticker := calendarTickerFor(pw, th, TimeToX(from), TimeToX(to))
		yt := niceTicks{n: yTicksFor(ph, th)}
		titleSty := textStyle(fontBold, th.tick, colorText)
		titleSty.YAlign = draw.YTop
		for i, d := range data {
			r, k := i/cols, i%cols
			pc := grid
			pc.Min.X = grid.Min.X + vg.Length(k)*(pw+gap)
			pc.Max.X = pc.Min.X + pw
			pc.Max.Y = grid.Max.Y - vg.Length(r)*(ph+gap)
			pc.Min.Y = pc.Max.Y - ph
			clr := SeriesColor(i)
			c.FillText(titleSty, vg.Point{X: pc.Min.X + th.tick*3.5, Y: pc.Max.Y}, d.label)
			pc.Max.Y -= titleSty.Height(d.label) + 2
			p := newPlot(th)
			p.X.Min, p.X.Max = TimeToX(from), TimeToX(to)
			p.Y.Min, p.Y.Max = ylo, yhi
			p.X.Tick.Marker = ticker
			p.Y.Tick.Marker = yt
			// Every panel lays out the same tick labels so the plot areas
			// line up; inner panels draw them transparent.
			if k != 0 {
				p.Y.Tick.Label.Color = color.Transparent
			}
			if r != rows-1 && i+cols < n {
				p.X.Tick.Label.Color = color.Transparent
			}
			p.Add(&grid2{})
			p.Add(&hline{y: 0, style: draw.LineStyle{Color: colorZero, Width: 0.7}})
			if d.hasBand {
				p.Add(&ribbon{xs: d.xs, lo: d.lo95, hi: d.hi95, color: withAlpha(clr, alphaPanel)})
			}
			p.Add(&gapLine{xs: d.xs, ys: d.vals, style: draw.LineStyle{Color: clr, Width: 1.3}})
			dd := d
			p.Add(plotterFunc(func(c draw.Canvas, p *plot.Plot) {
				trX, _ := p.Transforms(&c)
				for _, m := range o.ChangePoints {
					if m.Time.IsZero() || !dd.matches(m.Dyad) {
						continue
					}
					x := trX(TimeToX(dd.gran.Start(m.Time)))
					if x < c.Min.X || x > c.Max.X {
						continue
					}
					c.StrokeLine2(draw.LineStyle{Color: colorSubtle, Width: 0.8, Dashes: []vg.Length{3, 2}}, x, c.Min.Y, x, c.Max.Y)
				}
			}))
			p.Draw(pc)
		}
	}
	return ch, nil
}

// alphaPanel is the opacity of a small multiple's 95 % band.
const alphaPanel = 0.16

// grid2 is a light horizontal and vertical grid at the major ticks.
type grid2 struct{}

func (grid2) Plot(c draw.Canvas, p *plot.Plot) {
	(&grid{style: draw.LineStyle{Color: colorGrid, Width: 0.4}, horizontal: true, vertical: true}).Plot(c, p)
}
