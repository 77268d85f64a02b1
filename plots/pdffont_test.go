package plots

import (
	"bytes"
	"strings"
	"testing"

	"github.com/entente/entente/internal/pdfdoc"
)

// TestPDFFontSharedWithCharts: text set with pdfdoc.Font (as package
// report sets its pages) and a chart drawn with DrawPDF share one embedded
// bold face, and both write real UTF-8 text.
func TestPDFFontSharedWithCharts(t *testing.T) {
	doc := pdfdoc.New(400, 300)
	doc.AddPage()
	fam, style := pdfdoc.Font(doc, true, false)
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
