package plots

import (
	"image/color"
	"math"
	"strings"
	"testing"

	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/vgimg"
)

// inkRight draws s with fill at 72 dpi (1 pt = 1 pixel) from x = 10 pt
// and returns the rightmost column holding ink.
func inkRight(t *testing.T, s string, fill func(c *vgimg.Canvas, f font.Face, pt vg.Point, s string)) (int, font.Face) {
	t.Helper()
	c := vgimg.NewWith(vgimg.UseWH(400, 30), vgimg.UseDPI(72), vgimg.UseBackgroundColor(color.White))
	f := font.DefaultCache.Lookup(fontRegular, 10)
	c.SetColor(color.Black)
	fill(c, f, vg.Point{X: 10, Y: 10}, s)
	im := c.Image()
	right := -1
	b := im.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			if r, _, _, _ := im.At(x, y).RGBA(); r < 0x8000 && x > right {
				right = x
			}
		}
	}
	return right, f
}

// TestPNGKerning: PNG text ends where gonum/plot's measure (font.Face.Width,
// which lays the chart out) says it does. The string has 14 kerning pairs
// of Liberation Sans ("space A" and "A space", −113/2048 em each: 0.55 pt
// at 10 pt); drawn by vgimg directly each is kerned as at 32 pixels per em
// (golang/go#46727: 1.77 pixels), about 17 pixels short in all; pngCanvas
// ends within 2 pixels of the measure (the last glyph's side bearing and
// anti-aliasing).
func TestPNGKerning(t *testing.T) {
	s := strings.Repeat("A ", 7) + "Ax"
	got, f := inkRight(t, s, func(c *vgimg.Canvas, f font.Face, pt vg.Point, s string) { pngCanvas{c}.FillString(f, pt, s) })
	want := 10 + f.Width(s).Points()
	if math.Abs(float64(got)-want) > 2 {
		t.Errorf("%q ends at pixel %d, the measure at %.1f", s, got, want)
	}
	raw, _ := inkRight(t, s, func(c *vgimg.Canvas, f font.Face, pt vg.Point, s string) { c.FillString(f, pt, s) })
	t.Logf("vgimg alone ends at pixel %d (the measure %.1f)", raw, want)
}

// TestKernRuns: the runs give back the string, start where the measure
// places their first rune, and hold no kerning pair; a string without one
// is one run.
func TestKernRuns(t *testing.T) {
	f := font.DefaultCache.Lookup(fontRegular, 12)
	for _, s := range []string{"General Assembly — A test", "Россия — Ukraine", "", "A"} {
		runs := kernRuns(f, s)
		var b strings.Builder
		for i, r := range runs {
			b.WriteString(r.text)
			if i > 0 && !(r.x > runs[i-1].x) {
				t.Errorf("%q: run %d %q at %v, not after run %d at %v", s, i, r.text, r.x, i-1, runs[i-1].x)
			}
			if w := f.Width(r.text); i+1 < len(runs) && math.Abs(float64(runs[i+1].x-r.x-w)) < 1e-9 {
				t.Errorf("%q: runs %q and %q split where nothing is kerned", s, r.text, runs[i+1].text)
			}
		}
		if b.String() != s {
			t.Errorf("runs of %q give %q", s, b.String())
		}
	}
	if runs := kernRuns(f, "General Assembly"); len(runs) < 2 || !strings.HasPrefix(runs[len(runs)-1].text, "A") {
		t.Errorf("General Assembly: runs %v, want a split before the kerned A", runs)
	}
	if runs := kernRuns(f, "lllll"); len(runs) != 1 {
		t.Errorf("lllll: %d runs, want 1 (no kerning pair)", len(runs))
	}
}
