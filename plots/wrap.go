package plots

import (
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg/draw"
)

// NewPlotChart wraps a gonum plot drawn by hand as a *Chart, so that it
// renders like entente's own charts: PNG, SVG, HTML (notebooks), PDF with
// UTF-8 text, Save. The plot draws its own title and legend; the chart
// adds a white background and Size (zero: SizeScreen). A nil plot panics.
func NewPlotChart(p *plot.Plot, size Size) *Chart {
	if p == nil {
		panic("plots: NewPlotChart of a nil *plot.Plot")
	}
	ch := &Chart{Kind: "plot", Title: "", Size: size}
	ch.body = func(c draw.Canvas, th theme) { p.Draw(c) }
	return ch
}

// Image is a picture already encoded as PNG — a report page rendered by
// pdftoppm, a figure read from a file — that renders in a notebook
// through its PNG method.
type Image struct {
	Data []byte
}

// PNG returns the image's PNG bytes.
func (im *Image) PNG() []byte {
	if im == nil {
		return nil
	}
	return im.Data
}
