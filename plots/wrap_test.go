package plots

import (
	"bytes"
	"image/png"
	"testing"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
)

func TestNewPlotChart(t *testing.T) {
	p := plot.New()
	p.Title.Text = "bars"
	bars, err := plotter.NewBarChart(plotter.Values{1, 3, 2}, 20)
	if err != nil {
		t.Fatal(err)
	}
	p.Add(bars)
	ch := NewPlotChart(p, Size{Width: 300, Height: 200, DPI: 72})
	img, err := png.Decode(bytes.NewReader(ch.PNG()))
	if err != nil {
		t.Fatal(err)
	}
	// 300 × 200 pt at 72 dpi is 300 × 200 pixels
	if b := img.Bounds(); b.Dx() != 300 || b.Dy() != 200 {
		t.Errorf("PNG %v, want 300 × 200", b)
	}
	if len(ch.PDFBytes()) == 0 || len(ch.SVG()) == 0 {
		t.Error("no PDF or SVG")
	}
	if got := (&Image{Data: []byte{1, 2}}).PNG(); !bytes.Equal(got, []byte{1, 2}) {
		t.Errorf("Image.PNG = %v", got)
	}
}
