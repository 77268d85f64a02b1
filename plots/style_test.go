package plots

import (
	"image/color"
	"testing"

	"github.com/entente/entente/cameo"
)

func TestSeriesColor(t *testing.T) {
	if SeriesColor(0) != OkabeBlue || SeriesColor(1) != OkabeVermillion {
		t.Error("first series colours are not Okabe–Ito blue and vermillion")
	}
	n := len(SeriesColors)
	if SeriesColor(n) != SeriesColor(0) || SeriesColor(-1) != SeriesColor(1) {
		t.Error("SeriesColor does not cycle")
	}
	for _, c := range SeriesColors {
		if c == OkabeYellow {
			t.Error("yellow is too light for lines on white")
		}
	}
}

func TestLightenAndAlpha(t *testing.T) {
	// halfway from black to white: 127.5 rounds to 128
	if got := lighten(color.Black, 0.5); got != (color.RGBA{128, 128, 128, 255}) {
		t.Errorf("lighten(black, .5) = %v", got)
	}
	if got := lighten(OkabeBlue, 0); got != OkabeBlue {
		t.Errorf("lighten(c, 0) = %v", got)
	}
	// premultiplied: 0xd5 × 0.2 = 42.6 → 43, alpha 255 × 0.2 = 51
	if got := withAlpha(OkabeVermillion, 0.2); got != (color.RGBA{43, 19, 0, 51}) {
		t.Errorf("withAlpha = %v", got)
	}
}

func TestQuadColors(t *testing.T) {
	seen := map[color.Color]cameo.Quad{}
	for q := cameo.Quad(0); q < cameo.NumQuads; q++ {
		c := QuadColor(q)
		if p, dup := seen[c]; dup {
			t.Errorf("quads %v and %v share a colour", p, q)
		}
		seen[c] = q
	}
	if quadLabel(cameo.QuadUnknown) != "uncoded" || quadLabel(cameo.MaterialConflict) != "material conflict" {
		t.Error("quad labels")
	}
	if len(quadOrder) != cameo.NumQuads {
		t.Error("quadOrder does not list every class")
	}
}
