package report

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"testing"
	"time"

	"github.com/entente/entente/chronology"
	"github.com/entente/entente/dataset"
)

// benchEvents is a deterministic synthetic data set for the issue's
// performance target: 6 dyads × 120 months (2015–2024), 20 to 49 events a
// dyad-month (so that the monthly mix of codes, cycling through
// cooperation and conflict, varies) with 1–12 reports each: 24,840
// events.
func benchEvents() []dataset.Event {
	dyads := [][2]string{{"CHN", "RUS"}, {"CHN", "USA"}, {"RUS", "USA"}, {"USA", "VEN"}, {"CHN", "VEN"}, {"RUS", "UKR"}}
	codes := []string{"042", "043", "051", "057", "036", "112", "163", "138", "190", "061"}
	var evs []dataset.Event
	for di, d := range dyads {
		for m := 0; m < 120; m++ {
			for k := 0; k < 20+(m*13+di*7)%30; k++ {
				e := dataset.NewEvent()
				e.Date = time.Date(2015, time.Month(1+m), 1+(k*7+di)%28, 0, 0, 0, 0, time.UTC)
				e.Source.Country, e.Target.Country = d[0], d[1]
				if k%2 == 1 {
					e.Source.Country, e.Target.Country = d[1], d[0]
				}
				// drift the mix with the dyad and the month
				e.SetCode(codes[(k+m/12+di*3)%len(codes)])
				e.Reports = 1 + (k*m+di)%12
				e.Description = fmt.Sprintf("Synthetic event %d of %s-%s, month %d", k, d[0], d[1], m+1)
				evs = append(evs, e)
			}
		}
	}
	return evs
}

func buildBench(b *testing.B, evs []dataset.Event) *Report {
	b.Helper()
	r, err := BuildEvents(evs, &Options{Generated: fixedTime, Version: "bench", NoDedup: true})
	if err != nil {
		b.Fatal(err)
	}
	return r
}

// renderAll renders what `report` writes: the PDF, the HTML and a PNG
// and an SVG of every chart.
func renderAll(b *testing.B, r *Report) (pdfBytes int) {
	var pdf bytes.Buffer
	if err := r.WritePDF(&pdf); err != nil {
		b.Fatal(err)
	}
	if err := r.WriteHTML(io.Discard); err != nil {
		b.Fatal(err)
	}
	for _, cf := range r.ChartFiles() {
		if err := cf.Chart.WritePNG(io.Discard); err != nil {
			b.Fatal(err)
		}
		if err := cf.Chart.WriteSVG(io.Discard); err != nil {
			b.Fatal(err)
		}
	}
	return pdf.Len()
}

// BenchmarkRender is the target: rendering the full report (PDF +
// HTML + PNG and SVG of every chart) for 6 dyads over 10 years of monthly
// periods, at most 3 s on one core (go test -bench Render -cpu 1), with
// the PDF under 3 MB (reported as pdf-MB).
func BenchmarkRender(b *testing.B) {
	r := buildBench(b, benchEvents())
	b.ResetTimer()
	var n int
	for i := 0; i < b.N; i++ {
		n = renderAll(b, r)
	}
	b.ReportMetric(float64(n)/1e6, "pdf-MB")
}

// BenchmarkRenderDefault renders the default report: the embedded
// chronology, the six busiest dyads, 2012–2025.
func BenchmarkRenderDefault(b *testing.B) {
	evs, err := chronology.Events()
	if err != nil {
		b.Fatal(err)
	}
	r, err := BuildEvents(evs, &Options{Generated: fixedTime, Version: "bench"})
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	var n int
	for i := 0; i < b.N; i++ {
		n = renderAll(b, r)
	}
	b.ReportMetric(float64(n)/1e6, "pdf-MB")
}

// BenchmarkBuild is the pipeline before rendering (dedup, aggregation,
// the models with their maximum-likelihood fits, change points, charts
// set up) on the same 28,800 events.
func BenchmarkBuild(b *testing.B) {
	evs := benchEvents()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := BuildEvents(evs, &Options{Generated: fixedTime}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWriteDir is the whole output step of `report`, files included.
func BenchmarkWriteDir(b *testing.B) {
	r := buildBench(b, benchEvents())
	dir := b.TempDir()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := r.WriteDir(filepath.Join(dir, "out"), nil); err != nil {
			b.Fatal(err)
		}
	}
}
