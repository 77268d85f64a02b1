package plots

import (
	"io"
	"testing"
)

// BenchmarkChart renders every chart kind of the golden fixtures at
// SizeScreen to PNG, SVG and PDF (one sub-benchmark per kind and format).
func BenchmarkChart(b *testing.B) {
	t := &testing.T{}
	charts := goldenCharts(t)
	for _, kind := range []string{"index", "level", "mix", "timeline", "heatmap", "multiples"} {
		ch := charts[kind]
		ch.Size = SizeScreen
		for _, f := range []struct {
			name  string
			write func(io.Writer) error
		}{{"png", ch.WritePNG}, {"svg", ch.WriteSVG}, {"pdf", ch.WritePDF}} {
			b.Run(kind+"/"+f.name, func(b *testing.B) {
				for i := 0; i < b.N; i++ {
					if err := f.write(io.Discard); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
