package plots

import (
	"image/color"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/entente/entente/dataset"
)

// changeMark is a change point laid out on a chart: its dashed line at x,
// drawn as the vertical stretches segs (bottom to top), its label text in
// box (with 1 pt of padding left and right; placed false when the label
// found no room and the line stands alone) and their colour.
type changeMark struct {
	x      vg.Length
	color  color.Color
	text   string
	box    vg.Rectangle
	placed bool
	segs   [][2]vg.Length
}

// layoutChangePoints places the change points' lines and labels on the
// plot canvas c. A mark's line stands at the start of its period, over the
// plot's height. Its label is written at the top, beside the line: right
// of it, or left where the right side is taken. The rule, in order:
//
//  1. a label is never crossed by another change's line nor overlaps
//     another label: of the spots beside its line from the top row down,
//     right before left, the first where no other line passes through the
//     label and no label placed before it is in the way (two changes a few
//     months apart put their labels on their free sides: the earlier one
//     left of its line, the later one right of its own);
//  2. where changes stand so close that no spot beside the line is free of
//     the others' lines (their gap narrower than the label), the first
//     spot free of other labels, and the lines it would cross are broken
//     behind it, so that it is still crossed by none;
//  3. a label with no such spot inside the canvas is left out (its line
//     stays; the report's tables give the shift).
//
// Labels are placed in the marks' order; marks off the time axis or of no
// drawn series are skipped.
func layoutChangePoints(c draw.Canvas, p *plot.Plot, th theme, data []seriesData, marks []Mark) []changeMark {
	trX, _ := p.Transforms(&c)
	sty := textStyle(fontRegular, th.small, colorSubtle)
	var ms []changeMark
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
		label := m.Label
		if label == "" {
			label = m.Time.Format("Jan 2006")
		}
		ms = append(ms, changeMark{x: x, color: clr, text: label})
	}
	// crossed says whether a line of another mark than k passes through box.
	crossed := func(k int, box vg.Rectangle) bool {
		for j := range ms {
			if j != k && ms[j].x >= box.Min.X && ms[j].x <= box.Max.X {
				return true
			}
		}
		return false
	}
	var boxes []vg.Rectangle
	for k := range ms {
		m := &ms[k]
		w, h := sty.Width(m.text), sty.Height(m.text)
	passes:
		for _, avoidLines := range []bool{true, false} {
			for y := c.Max.Y - 1; y-h >= c.Min.Y; y -= h + 1 {
				for _, lx := range []vg.Length{m.x + 2, m.x - 2 - w} {
					box := vg.Rectangle{Min: vg.Point{X: lx - 1, Y: y - h}, Max: vg.Point{X: lx + w + 1, Y: y}}
					if box.Min.X < c.Min.X || box.Max.X > c.Max.X {
						continue
					}
					text := vg.Rectangle{Min: vg.Point{X: lx, Y: y - h}, Max: vg.Point{X: lx + w, Y: y}}
					if overlapsAny(text, boxes) || avoidLines && crossed(k, box) {
						continue
					}
					m.box, m.placed = box, true
					boxes = append(boxes, box)
					break passes
				}
			}
		}
	}
	for k := range ms {
		ms[k].segs = lineSegments(ms[k].x, c.Min.Y, c.Max.Y, k, ms)
	}
	return ms
}

// lineSegments are the stretches of the vertical line at x from lo to hi
// (bottom to top) that pass through no placed label of another mark than
// k.
func lineSegments(x, lo, hi vg.Length, k int, ms []changeMark) [][2]vg.Length {
	segs := [][2]vg.Length{{lo, hi}}
	for j, o := range ms {
		if j == k || !o.placed || x < o.box.Min.X || x > o.box.Max.X {
			continue
		}
		var out [][2]vg.Length
		for _, s := range segs {
			if s[0] < o.box.Min.Y {
				out = append(out, [2]vg.Length{s[0], minLength(s[1], o.box.Min.Y)})
			}
			if s[1] > o.box.Max.Y {
				out = append(out, [2]vg.Length{maxLength(s[0], o.box.Max.Y), s[1]})
			}
		}
		segs = out
	}
	return segs
}

func minLength(a, b vg.Length) vg.Length {
	if a < b {
		return a
	}
	return b
}

func maxLength(a, b vg.Length) vg.Length {
	if a > b {
		return a
	}
	return b
}

// drawChangePoints draws the marks as layoutChangePoints places them:
// dashed vertical lines at the start of their period, each label on a
// white ground beside its line, all lines before the labels. It returns
// the labels' boxes (for the annotations to keep clear of).
func drawChangePoints(c draw.Canvas, p *plot.Plot, th theme, data []seriesData, marks []Mark) []vg.Rectangle {
	if len(marks) == 0 {
		return nil
	}
	ms := layoutChangePoints(c, p, th, data, marks)
	for _, m := range ms {
		for _, s := range m.segs {
			c.StrokeLine2(draw.LineStyle{Color: m.color, Width: 0.9, Dashes: []vg.Length{4, 2.5}}, m.x, s[0], m.x, s[1])
		}
	}
	sty := textStyle(fontRegular, th.small, colorSubtle)
	sty.YAlign = draw.YTop
	var boxes []vg.Rectangle
	for _, m := range ms {
		if !m.placed {
			continue
		}
		boxes = append(boxes, m.box)
		c.SetColor(withAlpha(colorWhite, 0.8))
		c.Fill(m.box.Path())
		ts := sty
		ts.Color = m.color
		c.FillText(ts, vg.Point{X: m.box.Min.X + 1, Y: m.box.Max.Y}, m.text)
	}
	return boxes
}
