package plots

import (
	"image/color"
	"strings"
	"unicode"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

var colorWhite = color.RGBA{0xff, 0xff, 0xff, 0xff}

// legendKind is how a legend entry's swatch is drawn.
type legendKind int8

const (
	legendLine legendKind = iota
	legendDashed
	legendThin // a series' stretch on thin evidence (thinStyle)
	legendBox
	legendDot
	legendBand
	legendLineBand // a line over its band
)

type legendEntry struct {
	label string
	kind  legendKind
	color color.Color
	// band is the band colour behind a legendLineBand line; colors, if
	// set, draw a legendBand swatch as stripes of several series' bands.
	band   color.Color
	colors []color.Color
}

// drawFrame draws the white background, the header (title, subtitle,
// legend), the note and the chart body.
func drawFrame(c draw.Canvas, ch *Chart, th theme) {
	c.SetColor(colorWhite)
	c.Fill(c.Rectangle.Path())
	pad := th.tick * 1.2
	c = draw.Crop(c, pad, -pad, pad, -pad)
	width := c.Max.X - c.Min.X
	top := c.Max.Y
	if ch.Title != "" {
		sty := textStyle(fontBold, th.title, colorText)
		sty.YAlign = draw.YTop
		for _, line := range wrapText(sty, ch.Title, width) {
			c.FillText(sty, vg.Point{X: c.Min.X, Y: top}, line)
			top -= sty.Height(line) * 1.05
		}
		top -= th.title * 0.2
	}
	if ch.Subtitle != "" {
		sty := textStyle(fontRegular, th.subtitle, colorSubtle)
		sty.YAlign = draw.YTop
		for _, line := range wrapText(sty, ch.Subtitle, width) {
			c.FillText(sty, vg.Point{X: c.Min.X, Y: top}, line)
			top -= sty.Height(line) * 1.05
		}
		top -= th.subtitle * 0.3
	}
	if len(ch.legend) > 0 {
		top = drawLegend(c, ch.legend, th, top)
		top -= th.tick * 0.4
	}
	bottom := c.Min.Y
	if ch.Note != "" {
		sty := textStyle(fontRegular, th.note, colorNote)
		lines := wrapText(sty, ch.Note, width)
		for i := len(lines) - 1; i >= 0; i-- {
			c.FillText(sty, vg.Point{X: c.Min.X, Y: bottom}, lines[i])
			bottom += sty.Height(lines[i]) * 1.1
		}
		bottom += th.note * 0.6
	}
	body := c
	body.Min.Y = bottom
	body.Max.Y = top
	if body.Max.Y-body.Min.Y < 20 || ch.body == nil {
		return
	}
	ch.body(body, th)
}

// drawLegend draws the entries left to right from (c.Min.X, top), wrapping
// lines, and returns the y below the legend.
func drawLegend(c draw.Canvas, entries []legendEntry, th theme, top vg.Length) vg.Length {
	sty := textStyle(fontRegular, th.tick, colorText)
	sty.YAlign = draw.YCenter
	sw := th.tick * 1.8 // swatch width
	gap := th.tick * 0.5
	lineH := sty.Height("Ag") * 1.4
	x := c.Min.X
	y := top - lineH/2
	for _, e := range entries {
		w := sw + gap + sty.Width(e.label) + th.tick*1.4
		if x > c.Min.X && x+w > c.Max.X {
			x = c.Min.X
			y -= lineH
		}
		drawSwatch(c, e, vg.Point{X: x, Y: y}, sw, th)
		c.FillText(sty, vg.Point{X: x + sw + gap, Y: y}, e.label)
		x += w
	}
	return y - lineH/2
}

// drawSwatch draws a legend swatch of width w whose left middle is at pt.
func drawSwatch(c draw.Canvas, e legendEntry, pt vg.Point, w vg.Length, th theme) {
	h := th.tick * 0.8
	switch e.kind {
	case legendLine, legendDashed, legendThin:
		ls := draw.LineStyle{Color: e.color, Width: 1.8}
		switch e.kind {
		case legendDashed:
			ls.Width = 1
			ls.Dashes = []vg.Length{3, 2}
		case legendThin:
			ls = thinStyle(e.color)
		}
		c.StrokeLine2(ls, pt.X, pt.Y, pt.X+w, pt.Y)
	case legendBox, legendBand:
		r := vg.Rectangle{Min: vg.Point{X: pt.X, Y: pt.Y - h/2}, Max: vg.Point{X: pt.X + w, Y: pt.Y + h/2}}
		if len(e.colors) > 0 {
			sw := w / vg.Length(len(e.colors))
			for i, clr := range e.colors {
				s := r
				s.Min.X = r.Min.X + vg.Length(i)*sw
				s.Max.X = s.Min.X + sw
				c.SetColor(clr)
				c.Fill(s.Path())
			}
			return
		}
		c.SetColor(e.color)
		c.Fill(r.Path())
	case legendLineBand:
		r := vg.Rectangle{Min: vg.Point{X: pt.X, Y: pt.Y - h/2}, Max: vg.Point{X: pt.X + w, Y: pt.Y + h/2}}
		c.SetColor(e.band)
		c.Fill(r.Path())
		c.StrokeLine2(draw.LineStyle{Color: e.color, Width: 1.8}, pt.X, pt.Y, pt.X+w, pt.Y)
	case legendDot:
		c.DrawGlyph(draw.GlyphStyle{Color: e.color, Radius: h / 2, Shape: draw.CircleGlyph{}}, vg.Point{X: pt.X + w/2, Y: pt.Y})
	}
}

// wrapText splits s into lines no wider than width at its spaces (a
// single word wider than width gets a line of its own); a no-break space
// (U+00A0) joins what it separates. Explicit newlines are kept.
func wrapText(sty text.Style, s string, width vg.Length) []string {
	var out []string
	for _, para := range strings.Split(s, "\n") {
		words := strings.FieldsFunc(para, func(r rune) bool { return r != '\u00a0' && unicode.IsSpace(r) })
		if len(words) == 0 {
			out = append(out, "")
			continue
		}
		line := words[0]
		for _, w := range words[1:] {
			if sty.Width(line+" "+w) > width {
				out = append(out, line)
				line = w
				continue
			}
			line += " " + w
		}
		out = append(out, line)
	}
	return out
}

// noData writes a centred grey note in c (an empty chart's body).
func noData(c draw.Canvas, th theme, msg string) {
	sty := textStyle(fontItalic, th.label, colorNote)
	sty.XAlign, sty.YAlign = draw.XCenter, draw.YCenter
	c.FillText(sty, c.Center(), msg)
}

// drawPlot draws p into c with its value-axis label fitted to the height
// of the plot (fitYLabel).
func drawPlot(p *plot.Plot, c draw.Canvas) {
	fitYLabel(p, c)
	p.Draw(c)
}

// fitYLabel wraps each line of p's (rotated) y-axis label that is longer
// than the plot's height less its x axis, so that a label on a short
// chart (a half-width chart in the PDF) is never drawn into the title,
// legend or note above and below it; a single word longer than that still
// gets its own line.
func fitYLabel(p *plot.Plot, c draw.Canvas) {
	if p.Y.Label.Text == "" {
		return
	}
	avail := c.Max.Y - c.Min.Y - 2*p.X.Tick.Label.Height("0") - p.X.Tick.Length - p.X.Padding
	if avail <= 0 {
		return
	}
	var lines []string
	for _, line := range strings.Split(p.Y.Label.Text, "\n") {
		lines = append(lines, wrapText(p.Y.Label.TextStyle, line, avail)...)
	}
	p.Y.Label.Text = strings.Join(lines, "\n")
}
