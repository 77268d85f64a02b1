package plots

import (
	"fmt"
	"image/color"
	"math"
	"sort"
	"strconv"
	"time"

	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Labelled events (the top events of an index chart or a timeline) are
// drawn as numbered markers: a small numbered disc beside the event's point,
// joined to it by a leader line, and a key under the plot that gives each
// number's date and full text, wrapped to the chart's width. Nothing is cut
// short, the markers are small enough to be placed clear of each other and
// of the series lines, and the key never overlaps the plot.

// keyEntry is one labelled event: its number in the key, where it is
// drawn, its date and text, and the colour of its series or class.
type keyEntry struct {
	num    int
	x, y   float64 // data coordinates of the anchor
	series int     // index of the series the anchor lies on; −1 none
	date   time.Time
	text   string
	color  color.Color
}

// fitKey keeps the first entries (the most important: callers list them
// so) that are at most max and whose key takes at most 40 % of height,
// then numbers them in date order. It returns how many were left out.
func fitKey(th theme, es []keyEntry, max int, width, height vg.Length) ([]keyEntry, keyLayout, int) {
	n := len(es)
	if max > 0 && n > max {
		n = max
	}
	for ; n > 0; n-- {
		kept := append([]keyEntry(nil), es[:n]...)
		numberEntries(kept)
		l := layoutKey(th, kept, width)
		if l.height() <= height*0.4 {
			if left := len(es) - n; left > 0 {
				l.more = fmt.Sprintf("The %d most important of %d labelled events are numbered.", n, len(es))
				if l.height() > height*0.4 && n > 1 {
					continue
				}
			}
			return kept, l, len(es) - n
		}
	}
	return nil, keyLayout{}, len(es)
}

// numberEntries sorts the entries by date (then text) and numbers them
// from 1, so the key reads in time order.
func numberEntries(es []keyEntry) {
	sort.SliceStable(es, func(i, j int) bool {
		if !es[i].date.Equal(es[j].date) {
			return es[i].date.Before(es[j].date)
		}
		return es[i].x < es[j].x
	})
	for i := range es {
		es[i].num = i + 1
	}
}

// keyStyle is the text style of the key and of the markers.
func keyStyle(th theme) text.Style { return textStyle(fontRegular, th.small, colorText) }

// keyLayout is the key wrapped to width: per entry, its lines.
type keyLayout struct {
	lines  [][]string
	more   string    // a last line saying how many events were not numbered
	indent vg.Length // width of the number disc column and the date
	lineH  vg.Length
}

// layoutKey wraps the entries' "date — text" to width.
func layoutKey(th theme, es []keyEntry, width vg.Length) keyLayout {
	sty := keyStyle(th)
	l := keyLayout{lineH: sty.Height("Ag") * 1.25}
	l.indent = badgeSize(sty, len(es)) + th.small*0.6
	for _, e := range es {
		l.lines = append(l.lines, wrapText(sty, keyText(e), width-l.indent))
	}
	return l
}

// keyText is an entry's line in the key: "12 Mar 2024 — Text".
func keyText(e keyEntry) string {
	if e.date.IsZero() {
		return e.text
	}
	return e.date.Format("2 Jan 2006") + " — " + e.text
}

// height is the key's height, with a gap above it.
func (l keyLayout) height() vg.Length {
	n := 0
	for _, ls := range l.lines {
		n += len(ls)
	}
	if l.more != "" {
		n++
	}
	if n == 0 {
		return 0
	}
	return vg.Length(n)*l.lineH + l.lineH*0.5
}

// drawKey draws the key in the bottom of c: each entry's numbered disc
// in its colour and its wrapped text. It returns the boxes of the text
// lines (for tests).
func drawKey(c draw.Canvas, th theme, es []keyEntry, l keyLayout) []vg.Rectangle {
	sty := keyStyle(th)
	sty.YAlign = draw.YCenter
	y := c.Min.Y + l.height() - l.lineH*0.5 - l.lineH/2
	var boxes []vg.Rectangle
	for i, e := range es {
		drawBadge(c, sty, vg.Point{X: c.Min.X + badgeSize(sty, len(es))/2, Y: y}, e.num, e.color)
		for _, line := range l.lines[i] {
			x := c.Min.X + l.indent
			c.FillText(sty, vg.Point{X: x, Y: y}, line)
			boxes = append(boxes, vg.Rectangle{Min: vg.Point{X: x, Y: y - l.lineH/2}, Max: vg.Point{X: x + sty.Width(line), Y: y + l.lineH/2}})
			y -= l.lineH
		}
	}
	if l.more != "" {
		ns := textStyle(fontItalic, th.small, colorNote)
		ns.YAlign = draw.YCenter
		c.FillText(ns, vg.Point{X: c.Min.X + l.indent, Y: y}, l.more)
		boxes = append(boxes, vg.Rectangle{Min: vg.Point{X: c.Min.X + l.indent, Y: y - l.lineH/2}, Max: vg.Point{X: c.Min.X + l.indent + ns.Width(l.more), Y: y + l.lineH/2}})
	}
	return boxes
}

// badgeSize is the diameter of the numbered discs for n entries.
func badgeSize(sty text.Style, n int) vg.Length {
	return sty.Width(strconv.Itoa(max(n, 9))) + sty.Font.Size*0.7
}

// drawBadge draws a white disc with a ring in clr and the number inside.
func drawBadge(c draw.Canvas, sty text.Style, at vg.Point, num int, clr color.Color) {
	if clr == nil {
		clr = colorText
	}
	r := badgeSize(sty, num) / 2
	c.DrawGlyph(draw.GlyphStyle{Color: colorWhite, Radius: r, Shape: draw.CircleGlyph{}}, at)
	c.DrawGlyph(draw.GlyphStyle{Color: clr, Radius: r, Shape: draw.RingGlyph{}}, at)
	ts := textStyle(fontBold, sty.Font.Size*0.95, colorText)
	ts.XAlign, ts.YAlign = draw.XCenter, draw.YCenter
	c.FillText(ts, at, strconv.Itoa(num))
}

// markerLayout is where the numbered markers of a plot went.
type markerLayout struct {
	anchors []vg.Point
	boxes   []vg.Rectangle // the discs; zero for a marker left out
	placed  []bool
}

// placeMarkers places one numbered disc per entry near its anchor: at
// increasing distances in twelve directions (straight up and down first),
// inside c, overlapping no disc placed before and no hard obstacle (the
// anchors, the boxes already taken), and, if at all possible, none of the soft obstacles (the
// series lines, dots). A disc with no free spot at all is left out.
func placeMarkers(c draw.Canvas, sty text.Style, anchors []vg.Point, n int, taken, soft []vg.Rectangle) markerLayout {
	d := badgeSize(sty, n)
	ml := markerLayout{anchors: anchors, boxes: make([]vg.Rectangle, len(anchors)), placed: make([]bool, len(anchors))}
	hard := append(make([]vg.Rectangle, 0, len(taken)+2*len(anchors)), taken...)
	for _, a := range anchors {
		hard = append(hard, vg.Rectangle{Min: vg.Point{X: a.X - 3.5, Y: a.Y - 3.5}, Max: vg.Point{X: a.X + 3.5, Y: a.Y + 3.5}})
	}
	// directions in degrees from straight up, alternating sides
	dirs := []float64{0, 180, 30, -30, 150, -150, 60, -60, 120, -120, 90, -90}
	for pass := 0; pass < 2; pass++ {
		for i, a := range anchors {
			if ml.placed[i] {
				continue
			}
		search:
			for _, dist := range []vg.Length{d * 1.2, d * 1.8, d * 2.5, d * 3.3, d * 4.2, d * 5.5, d * 7} {
				for _, deg := range dirs {
					rad := deg * math.Pi / 180
					cx := a.X + dist*vg.Length(math.Sin(rad))
					cy := a.Y + dist*vg.Length(math.Cos(rad))
					box := vg.Rectangle{Min: vg.Point{X: cx - d/2, Y: cy - d/2}, Max: vg.Point{X: cx + d/2, Y: cy + d/2}}
					if !inside(box, c.Rectangle) || overlapsAny(box, hard) {
						continue
					}
					if pass == 0 && overlapsAny(box, soft) {
						continue
					}
					ml.boxes[i], ml.placed[i] = box, true
					hard = append(hard, box)
					break search
				}
			}
		}
	}
	return ml
}

// drawMarkers draws the leader lines, the anchor rings and the discs.
func drawMarkers(c draw.Canvas, sty text.Style, es []keyEntry, ml markerLayout) {
	for i, a := range ml.anchors {
		if !ml.placed[i] {
			continue
		}
		b := ml.boxes[i]
		ctr := vg.Point{X: (b.Min.X + b.Max.X) / 2, Y: (b.Min.Y + b.Max.Y) / 2}
		r := (b.Max.X - b.Min.X) / 2
		dx, dy := float64(ctr.X-a.X), float64(ctr.Y-a.Y)
		dist := math.Hypot(dx, dy)
		if dist > float64(r) {
			end := vg.Point{X: ctr.X - r*vg.Length(dx/dist), Y: ctr.Y - r*vg.Length(dy/dist)}
			c.StrokeLine2(draw.LineStyle{Color: colorAxis, Width: 0.6}, a.X, a.Y, end.X, end.Y)
		}
	}
	for i, a := range ml.anchors {
		clr := es[i].color
		if clr == nil {
			clr = colorText
		}
		c.DrawGlyph(draw.GlyphStyle{Color: colorWhite, Radius: 3.2, Shape: draw.CircleGlyph{}}, a)
		c.DrawGlyph(draw.GlyphStyle{Color: clr, Radius: 3.2, Shape: draw.RingGlyph{}}, a)
	}
	for i := range ml.anchors {
		if !ml.placed[i] {
			continue
		}
		b := ml.boxes[i]
		drawBadge(c, sty, vg.Point{X: (b.Min.X + b.Max.X) / 2, Y: (b.Min.Y + b.Max.Y) / 2}, es[i].num, es[i].color)
	}
}

// lineObstacles are small boxes along the visible polylines of xs, ys (in
// canvas coordinates after trX, trY), every few points: what a marker
// should not cover.
func lineObstacles(c draw.Canvas, trX, trY func(float64) vg.Length, xs, ys []float64, halfWidth vg.Length) []vg.Rectangle {
	var out []vg.Rectangle
	add := func(p vg.Point) {
		if c.Contains(p) {
			out = append(out, vg.Rectangle{Min: vg.Point{X: p.X - halfWidth, Y: p.Y - halfWidth}, Max: vg.Point{X: p.X + halfWidth, Y: p.Y + halfWidth}})
		}
	}
	for _, r := range finiteRuns(xs, ys) {
		prev := vg.Point{X: trX(xs[r[0]]), Y: trY(ys[r[0]])}
		add(prev)
		for i := r[0] + 1; i < r[1]; i++ {
			p := vg.Point{X: trX(xs[i]), Y: trY(ys[i])}
			steps := int(math.Ceil(math.Hypot(float64(p.X-prev.X), float64(p.Y-prev.Y)) / float64(halfWidth)))
			for k := 1; k <= steps; k++ {
				f := vg.Length(k) / vg.Length(steps)
				add(vg.Point{X: prev.X + (p.X-prev.X)*f, Y: prev.Y + (p.Y-prev.Y)*f})
			}
			prev = p
		}
	}
	return out
}

// labelLayout records where a chart put its markers and key (tests read
// it through Chart.layoutHook).
type labelLayout struct {
	markers  []vg.Rectangle // discs placed
	anchors  []vg.Point
	soft     []vg.Rectangle // the line/dot boxes the discs avoid
	keyLines []vg.Rectangle // text lines of the key
	keyTexts [][]string
	plotArea vg.Rectangle
	leftOut  int // markers with no free spot
	// unlabelled annotations: beyond MaxLabels or the key's room
	unlabelled int
	keyRegion  vg.Rectangle
}
