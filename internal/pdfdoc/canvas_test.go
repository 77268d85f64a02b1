package pdfdoc

import (
	"bytes"
	"image/color"
	"strings"
	"testing"

	"codeberg.org/go-pdf/fpdf"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

func TestRGBA(t *testing.T) {
	// a premultiplied half-transparent red comes out as full red at 0.5
	// (128 of 255 alpha: 128/255 = 0.502)
	r, g, b, a := rgba(color.RGBA{128, 0, 0, 128})
	if r != 255 || g != 0 || b != 0 || a < 0.50 || a > 0.51 {
		t.Errorf("rgba = %d %d %d %v", r, g, b, a)
	}
	if r, g, b, a := rgba(color.Transparent); r|g|b != 0 || a != 0 {
		t.Errorf("transparent = %d %d %d %v", r, g, b, a)
	}
}

// TestCanvasContent draws into an uncompressed millimetre document and
// reads the content stream: circles become Bézier curves (c), text uses a
// Type0 (Identity-H) UTF-8 font, and the drawing is wrapped in a saved
// graphics state.
func TestCanvasContent(t *testing.T) {
	doc := fpdf.New("P", "mm", "A4", "")
	doc.SetCompression(false)
	doc.AddPage()
	c := NewCanvas(doc, 20, 30, 100, 50)
	w, h := c.Size()
	// 100 mm and 50 mm in points: 100 × 72/25.4 = 283.46…
	if d := float64(w) - 283.4645669; d > 1e-6 || d < -1e-6 {
		t.Errorf("canvas width %v pt", w)
	}
	if d := float64(h) - 141.7322835; d > 1e-6 || d < -1e-6 {
		t.Errorf("canvas height %v pt", h)
	}
	dc := draw.New(c)
	dc.DrawGlyph(draw.GlyphStyle{Color: color.RGBA{0, 0x72, 0xb2, 0xff}, Radius: 10, Shape: draw.CircleGlyph{}}, vg.Point{X: 50, Y: 50})
	face := textFonts.Lookup(font.Font{Typeface: "Liberation", Variant: "Sans"}, 10)
	c.FillString(face, vg.Point{X: 10, Y: 10}, "São Tomé")
	c.Finish()
	var buf bytes.Buffer
	if err := doc.Output(&buf); err != nil {
		t.Fatal(err)
	}
	pdf := buf.String()
	if !strings.Contains(pdf, " c\n") && !strings.Contains(pdf, " c ") {
		t.Error("no Bézier curve operator for the circle")
	}
	if !strings.Contains(pdf, "/Identity-H") {
		t.Error("text font is not a UTF-8 (Identity-H) font")
	}
	if strings.Count(pdf, " q\n")+strings.Count(pdf, "\nq\n") == 0 {
		t.Error("no graphics state saved around the drawing")
	}
}

// TestFontOnce: Font and FaceFont name the same family for the same face,
// so a document embeds Liberation Sans once per variant.
func TestFontOnce(t *testing.T) {
	doc := New(200, 100)
	doc.AddPage()
	fam, style := Font(doc, false, true)
	face := textFonts.Lookup(font.Font{Typeface: "Liberation", Variant: "Sans"}, 12)
	fam2, style2 := FaceFont(doc, face)
	if fam != fam2 || style != "I" || style2 != "" {
		t.Errorf("Font = %q %q, FaceFont = %q %q", fam, style, fam2, style2)
	}
	if err := doc.Error(); err != nil {
		t.Fatal(err)
	}
}
