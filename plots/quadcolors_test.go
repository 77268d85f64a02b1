package plots

import (
	"image/color"
	"testing"

	"github.com/entente/entente/cameo"
)

// The quad colours are the Okabe–Ito palette (Okabe & Ito 2008, "Color
// Universal Design": orange #E69F00, sky blue #56B4E9, bluish green
// #009E73, vermillion #D55E00) plus two greys; cooperation is green/blue,
// conflict orange/red, as QuadColor's comment says.
func TestQuadColor(t *testing.T) {
	want := map[cameo.Quad]color.RGBA{
		cameo.MaterialCoop:     {0x00, 0x9e, 0x73, 0xff},
		cameo.VerbalCoop:       {0x56, 0xb4, 0xe9, 0xff},
		cameo.Neutral:          {0xa0, 0xa0, 0xa0, 0xff},
		cameo.VerbalConflict:   {0xe6, 0x9f, 0x00, 0xff},
		cameo.MaterialConflict: {0xd5, 0x5e, 0x00, 0xff},
		cameo.QuadUnknown:      {0xd4, 0xd4, 0xd4, 0xff},
	}
	for q, w := range want {
		r, g, b, a := QuadColor(q).RGBA()
		wr, wg, wb, wa := w.RGBA()
		if r != wr || g != wg || b != wb || a != wa {
			t.Errorf("QuadColor(%v) = %v, want %v", q, QuadColor(q), w)
		}
	}
	// A value outside the classes is drawn as unknown.
	if QuadColor(cameo.Quad(42)) != QuadColor(cameo.QuadUnknown) {
		t.Error("an out-of-range quad is not drawn as unknown")
	}
}

// quadOrder stacks every class exactly once, cooperation at the bottom,
// unknown on top; quadLabel names each, unknown as "uncoded".
func TestQuadOrderAndLabels(t *testing.T) {
	want := []cameo.Quad{cameo.MaterialCoop, cameo.VerbalCoop, cameo.Neutral, cameo.VerbalConflict, cameo.MaterialConflict, cameo.QuadUnknown}
	if len(quadOrder) != len(want) {
		t.Fatalf("quadOrder = %v", quadOrder)
	}
	seen := map[string]bool{}
	for i, q := range quadOrder {
		if q != want[i] {
			t.Errorf("quadOrder[%d] = %v, want %v", i, q, want[i])
		}
		l := quadLabel(q)
		if l == "" || seen[l] {
			t.Errorf("quadLabel(%v) = %q: empty or repeated", q, l)
		}
		seen[l] = true
	}
	if quadLabel(cameo.QuadUnknown) != "uncoded" || quadLabel(cameo.VerbalConflict) != cameo.VerbalConflict.String() {
		t.Errorf("labels %q, %q", quadLabel(cameo.QuadUnknown), quadLabel(cameo.VerbalConflict))
	}
}
