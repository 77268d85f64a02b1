package plots

import (
	"image/color"
	"unicode/utf8"

	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// labelSpec is a label to place near an anchor point.
type labelSpec struct {
	anchor vg.Point
	text   string
	color  color.Color
}

type placedLabel struct {
	labelSpec
	box vg.Rectangle
}

// placeLabels places labels greedily in the given order (most important
// first): each goes to the nearest candidate position around its anchor —
// right or left of it, level with it or one to four lines above or below —
// that lies inside c and overlaps neither a label already placed nor an
// obstacle (the anchors themselves, a legend). A label with no free
// position is left out; the number left out is returned.
func placeLabels(c draw.Canvas, specs []labelSpec, sty text.Style, obstacles []vg.Rectangle) (placed []placedLabel, dropped int) {
	padX, padY := sty.Font.Size*0.35, sty.Font.Size*0.2
	busy := append([]vg.Rectangle(nil), obstacles...)
	for _, s := range specs {
		w := sty.Width(s.text) + 2*padX
		h := sty.Height(s.text) + 2*padY
		step := h + 2
		gap := vg.Length(6)
		var found bool
		for _, dy := range []float64{1, -1, 2, -2, 3, -3, 4, -4, 0} {
			for _, right := range []bool{true, false} {
				x := s.anchor.X + gap
				if !right {
					x = s.anchor.X - gap - w
				}
				yc := s.anchor.Y + vg.Length(dy)*step
				box := vg.Rectangle{Min: vg.Point{X: x, Y: yc - h/2}, Max: vg.Point{X: x + w, Y: yc + h/2}}
				if !inside(box, c.Rectangle) || overlapsAny(box, busy) {
					continue
				}
				placed = append(placed, placedLabel{labelSpec: s, box: box})
				busy = append(busy, box)
				found = true
				break
			}
			if found {
				break
			}
		}
		if !found {
			dropped++
		}
	}
	return placed, dropped
}

// drawLabels draws placed labels: a leader line from the anchor to the
// box, a white box with a thin border in the label colour, and the text.
func drawLabels(c draw.Canvas, labels []placedLabel, sty text.Style) {
	for _, l := range labels {
		clr := l.color
		if clr == nil {
			clr = colorText
		}
		// leader from the anchor to the nearest point of the box
		tx := clampLen(l.anchor.X, l.box.Min.X, l.box.Max.X)
		ty := clampLen(l.anchor.Y, l.box.Min.Y, l.box.Max.Y)
		c.StrokeLine2(draw.LineStyle{Color: colorAxis, Width: 0.6}, l.anchor.X, l.anchor.Y, tx, ty)
	}
	for _, l := range labels {
		clr := l.color
		if clr == nil {
			clr = colorText
		}
		c.SetColor(withAlpha(colorWhite, 0.9))
		c.Fill(l.box.Path())
		c.SetLineWidth(0.5)
		c.SetColor(lighten(clr, 0.3))
		c.Stroke(l.box.Path())
		ts := sty
		ts.XAlign, ts.YAlign = draw.XCenter, draw.YCenter
		ts.Color = colorText
		c.FillText(ts, vg.Point{X: (l.box.Min.X + l.box.Max.X) / 2, Y: (l.box.Min.Y + l.box.Max.Y) / 2}, l.text)
	}
	for _, l := range labels {
		clr := l.color
		if clr == nil {
			clr = colorText
		}
		c.DrawGlyph(draw.GlyphStyle{Color: colorWhite, Radius: 3.2, Shape: draw.CircleGlyph{}}, l.anchor)
		c.DrawGlyph(draw.GlyphStyle{Color: clr, Radius: 3.2, Shape: draw.RingGlyph{}}, l.anchor)
	}
}

func clampLen(v, lo, hi vg.Length) vg.Length {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}

func inside(r, outer vg.Rectangle) bool {
	return r.Min.X >= outer.Min.X && r.Max.X <= outer.Max.X && r.Min.Y >= outer.Min.Y && r.Max.Y <= outer.Max.Y
}

func overlapsAny(r vg.Rectangle, others []vg.Rectangle) bool {
	for _, o := range others {
		if r.Min.X < o.Max.X && o.Min.X < r.Max.X && r.Min.Y < o.Max.Y && o.Min.Y < r.Max.Y {
			return true
		}
	}
	return false
}

// ShortLabel shortens s to at most n characters (runes), cutting at a word
// boundary where possible and ending with "…". n < 2 means 40.
func ShortLabel(s string, n int) string {
	if n < 2 {
		n = 40
	}
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)[:n-1]
	cut := len(r)
	for i := len(r) - 1; i > n/2; i-- {
		if r[i] == ' ' {
			cut = i
			break
		}
	}
	out := string(r[:cut])
	for len(out) > 0 && (out[len(out)-1] == ' ' || out[len(out)-1] == ',' || out[len(out)-1] == ';' || out[len(out)-1] == ':') {
		out = out[:len(out)-1]
	}
	return out + "…"
}
