package plots

import (
	"math"
	"unicode/utf8"

	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/vgimg"
)

// pngCanvas is the raster canvas PNGs are drawn on: a vgimg canvas whose
// FillString places the glyphs of a kerning pair itself.
//
// vgimg draws text through golang.org/x/image/font/opentype, whose
// Face.Kern returns the kerning of a 32-pixels-per-em face whatever the
// face's size (it passes the font's units per em as the size:
// golang/go#46727). At the 9–14 pt of a chart's text that kerning is two
// to three times too strong, and Liberation Sans kerns "space A", "A
// space" and the like: "General Assembly" rendered as "GeneralAssembly",
// "— A" as "—A". gonum/plot measures text (font.Face.Width, which the
// layout uses) with the kerning of the face's own size, so the PNG's text
// also drew narrower than the space laid out for it. pngCanvas draws a
// string in runs that hold no kerning pair (within a run the wrong kerning
// is zero as the right one is) and starts each run where the measured
// string puts it, so PNG text has the kerning the layout measured, as the
// SVG and PDF outputs have.
type pngCanvas struct {
	*vgimg.Canvas
}

// FillString draws str at pt in runs split at its kerning pairs.
func (c pngCanvas) FillString(f font.Face, pt vg.Point, str string) {
	runs := kernRuns(f, str)
	if len(runs) == 1 {
		c.Canvas.FillString(f, pt, str)
		return
	}
	for _, r := range runs {
		c.Canvas.FillString(f, vg.Point{X: pt.X + r.x, Y: pt.Y}, r.text)
	}
}

// kernRun is a part of a string that holds no kerning pair, and where it
// starts (x, from the string's start, kerning included).
type kernRun struct {
	text string
	x    vg.Length
}

// kernRuns splits s before every rune that the font kerns against the
// rune before it. A run starts at the width of the string up to and
// including its first rune, less that rune's own width: where the font's
// measure (font.Face.Width, kerning included) places it.
func kernRuns(f font.Face, s string) []kernRun {
	if f.Face == nil || utf8.RuneCountInString(s) < 2 {
		return []kernRun{{text: s}}
	}
	starts := []int{0}
	prev, prevSize := utf8.DecodeRuneInString(s)
	for i := prevSize; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		a, b := string(prev), string(r)
		if math.Abs(float64(f.Width(a+b)-f.Width(a)-f.Width(b))) > 1e-9 {
			starts = append(starts, i)
		}
		prev = r
		i += size
	}
	runs := make([]kernRun, len(starts))
	for k, at := range starts {
		end := len(s)
		if k+1 < len(starts) {
			end = starts[k+1]
		}
		runs[k].text = s[at:end]
		if at > 0 {
			first, size := utf8.DecodeRuneInString(s[at:])
			runs[k].x = f.Width(s[:at+size]) - f.Width(string(first))
		}
	}
	return runs
}
