package plots_test

import (
	"bytes"
	"fmt"
	"image/png"
	"strings"
	"time"

	"gonum.org/v1/plot/vg"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/plots"
	"github.com/entente/entente/score"
)

// The preset sizes and their pixel dimensions.
func ExampleSize_Pixels() {
	for _, s := range []plots.Size{plots.SizeScreen, plots.SizePrint, plots.SizeColumn, {Width: 4 * vg.Inch, DPI: 100}} {
		w, h := s.Pixels()
		fmt.Printf("%g in wide at %g dpi: %d × %d px\n", float64(s.Width/vg.Inch), s.DPI, w, h)
	}
	// Output:
	// 10 in wide at 96 dpi: 960 × 540 px
	// 6.5 in wide at 300 dpi: 1950 × 1200 px
	// 3.5 in wide at 300 dpi: 1050 × 780 px
	// 4 in wide at 100 dpi: 400 × 225 px
}

// A chart renders to PNG, SVG and PDF at its Size.
func ExampleChart() {
	s := score.Series{Dyad: dataset.Dyad{A: "CHN", B: "VEN"}, Model: "goldstein", Granularity: dataset.Month}
	start := time.Date(2023, 4, 1, 0, 0, 0, 0, time.UTC)
	for i, v := range []float64{2.1, 3.4, 3.0, 5.2, 4.8, 6.1} {
		p := score.NewPoint(start.AddDate(0, i, 0))
		p.Value = v
		s.Points = append(s.Points, p)
	}
	ch, err := plots.NewIndexChart([]score.Series{s}, &plots.SeriesOptions{Labels: []string{"China – Venezuela"}})
	if err != nil {
		panic(err)
	}
	ch.Size = plots.Size{Width: 6 * vg.Inch, Height: 3 * vg.Inch, DPI: 100}
	cfg, _ := png.DecodeConfig(bytes.NewReader(ch.PNG()))
	fmt.Println(ch.Kind, "|", ch.Title)
	fmt.Println(ch.Subtitle)
	fmt.Println("PNG:", cfg.Width, "×", cfg.Height)
	fmt.Println("SVG:", strings.HasPrefix(ch.InlineSVG(), "<svg"))
	fmt.Println("PDF:", bytes.HasPrefix(ch.PDFBytes(), []byte("%PDF-")))
	// Output:
	// index | Relationship index: China – Venezuela
	// Model: goldstein; monthly, Apr 2023 – Sep 2023
	// PNG: 600 × 300
	// SVG: true
	// PDF: true
}
