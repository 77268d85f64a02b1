package plots

import (
	"bytes"
	"image/color"
	"strings"
	"testing"

	"codeberg.org/go-pdf/fpdf"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

func TestPDFRGBA(t *testing.T) {
	// a premultiplied half-transparent red comes out as full red at 0.5
	r, g, b, a := pdfRGBA(color.RGBA{128, 0, 0, 128})
	if r != 255 || g != 0 || b != 0 || a < 0.50 || a > 0.51 {
		t.Errorf("pdfRGBA = %d %d %d %v", r, g, b, a)
	}
	if r, g, b, a := pdfRGBA(color.Transparent); r|g|b != 0 || a != 0 {
		t.Errorf("transparent = %d %d %d %v", r, g, b, a)
	}
}

// TestPDFCanvasContent draws into an uncompressed millimetre document and
// reads the content stream: circles become Bézier curves (c), text uses a
// Type0 (Identity-H) UTF-8 font, and nothing lands outside the box.
func TestPDFCanvasContent(t *testing.T) {
	doc := fpdf.New("P", "mm", "A4", "")
	doc.SetCompression(false)
	doc.AddPage()
	c := newPDFCanvas(doc, 20, 30, 100, 50)
	w, h := c.Size()
	// 100 mm and 50 mm in points: 100 × 72/25.4 = 283.46…
	if d := float64(w) - 283.4645669; d > 1e-6 || d < -1e-6 {
		t.Errorf("canvas width %v pt", w)
	}
	if d := float64(h) - 141.7322835; d > 1e-6 || d < -1e-6 {
		t.Errorf("canvas height %v pt", h)
	}
	dc := draw.New(c)
	dc.DrawGlyph(draw.GlyphStyle{Color: OkabeBlue, Radius: 10, Shape: draw.CircleGlyph{}}, vg.Point{X: 50, Y: 50})
	dc.FillText(textStyle(fontRegular, 10, colorText), vg.Point{X: 10, Y: 10}, "São Tomé")
	c.finish()
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
		t.Error("no graphics state saved around the chart")
	}
}

func TestPDFFontSharedWithCharts(t *testing.T) {
	doc := NewPDF(400, 300)
	doc.AddPage()
	fam, style := PDFFont(doc, true, false)
	if style != "B" {
		t.Errorf("bold style %q", style)
	}
	doc.SetFont(fam, style, 12)
	doc.Text(20, 20, "Türkiye")
	ch, _ := NewTimelineChart(nil, &TimelineOptions{Title: "Côte d'Ivoire"})
	ch.DrawPDF(doc, 0, 40, 400, 260)
	var buf bytes.Buffer
	if err := doc.Output(&buf); err != nil {
		t.Fatal(err)
	}
	// one embedded bold face: the chart title reuses the text's font
	if n := strings.Count(buf.String(), "/BaseFont /"+"utf8"+fam+"B"); n > 2 {
		t.Errorf("bold font embedded %d times", n)
	}
	text := pdfText(t, buf.Bytes())
	if !strings.Contains(text, "Türkiye") || !strings.Contains(text, "Côte d'Ivoire") {
		t.Errorf("text: %q", text)
	}
}
