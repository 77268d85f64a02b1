package plots

import (
	"bytes"
	"encoding/xml"
	"errors"
	"image/png"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"codeberg.org/go-pdf/fpdf"
	"gonum.org/v1/plot/vg"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/score"
)

func TestSizePixels(t *testing.T) {
	tests := []struct {
		name string
		s    Size
		w, h int
	}{
		{"screen: 10 in × 96 dpi", SizeScreen, 960, 540},
		{"print: 6.5 in × 300 dpi", SizePrint, 1950, 1200},
		{"column: 3.5 in × 300 dpi", SizeColumn, 1050, 780},
		{"zero is screen", Size{}, 960, 540},
		{"zero size keeps DPI", Size{DPI: 192}, 1920, 1080},
		{"width only: 16:9", Size{Width: 4 * vg.Inch, DPI: 100}, 400, 225},
		{"height only: 16:9", Size{Height: 9 * vg.Inch, DPI: 10}, 160, 90},
		{"zero DPI is 96", Size{Width: 1 * vg.Inch, Height: 1 * vg.Inch}, 96, 96},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w, h := tt.s.Pixels()
			if w != tt.w || h != tt.h {
				t.Errorf("Pixels() = %d×%d, want %d×%d", w, h, tt.w, tt.h)
			}
		})
	}
}

func TestNegativeSizePanics(t *testing.T) {
	defer func() {
		r := recover()
		if s, ok := r.(string); !ok || !strings.HasPrefix(s, "plots: ") {
			t.Fatalf("recovered %v, want a plots: panic", r)
		}
	}()
	Size{Width: -1}.Pixels()
}

func TestPNGHasSize(t *testing.T) {
	for name, ch := range goldenCharts(t) {
		ch.Size = Size{Width: 5 * vg.Inch, Height: 3 * vg.Inch, DPI: 50}
		cfg, err := png.DecodeConfig(bytes.NewReader(ch.PNG()))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if cfg.Width != 250 || cfg.Height != 150 {
			t.Errorf("%s: %d×%d, want 250×150 (5 in and 3 in at 50 dpi)", name, cfg.Width, cfg.Height)
		}
	}
}

// TestSVGIsXML parses every chart's SVG and checks the root, the names
// with non-ASCII letters and the font fallbacks.
func TestSVGIsXML(t *testing.T) {
	for name, ch := range goldenCharts(t) {
		t.Run(name, func(t *testing.T) {
			svg := ch.SVG()
			dec := xml.NewDecoder(strings.NewReader(svg))
			var root string
			var text strings.Builder
			for {
				tok, err := dec.Token()
				if err == io.EOF {
					break
				}
				if err != nil {
					t.Fatalf("SVG is not well-formed XML: %v", err)
				}
				switch tk := tok.(type) {
				case xml.StartElement:
					if root == "" {
						root = tk.Name.Local
					}
				case xml.CharData:
					text.Write(tk)
				}
			}
			if root != "svg" {
				t.Fatalf("root element %q", root)
			}
			if !strings.Contains(text.String(), ch.Title) {
				t.Errorf("title %q not in the SVG text", ch.Title)
			}
			if !strings.Contains(svg, "font-family:"+svgFontFamily) {
				t.Errorf("SVG lacks the font fallback list")
			}
			if strings.Contains(svg, "font-family:Liberation Sans;") {
				t.Errorf("SVG still names Liberation Sans alone")
			}
		})
	}
}

func TestSVGNonASCII(t *testing.T) {
	ch := goldenCharts(t)["index"]
	svg := ch.SVG()
	for _, want := range []string{"Côte d&#39;Ivoire – Türkiye", "Talks in São Tomé", "−3.0"} {
		if !strings.Contains(svg, want) {
			t.Errorf("SVG lacks %q", want)
		}
	}
	h := ch.HTML()
	if !strings.HasPrefix(h, `<figure class="entente-chart" data-kind="index"`) || !strings.Contains(h, "<svg") || strings.Contains(h, "<?xml") {
		t.Errorf("HTML() is not an inline-SVG figure: %.120s", h)
	}
}

// needTool returns the path of a poppler tool, skipping the test when it
// is missing (failing under CI=true, where scripts/test.sh installs it).
func needTool(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is missing (install poppler-utils)", name)
		}
		t.Skipf("%s not installed (Debian: poppler-utils)", name)
	}
	return p
}

func pdfText(t *testing.T, pdf []byte) string {
	t.Helper()
	tool := needTool(t, "pdftotext")
	path := filepath.Join(t.TempDir(), "chart.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(tool, "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return string(out)
}

// TestPDFText checks with pdftotext that the PDF text is real UTF-8 text,
// names with diacritics included (gonum/plot's vgpdf would write
// "CÃ´te").
func TestPDFText(t *testing.T) {
	charts := goldenCharts(t)
	tests := []struct {
		chart string
		want  []string
	}{
		{"index", []string{"Relationship index: China – Russia, Côte d'Ivoire – Türkiye", "Talks in São Tomé", "80 % band", "change point", "2022", "−5"}},
		{"level", []string{"Relationship level", "confrontation", "discordant", "friendly"}},
		{"heatmap", []string{"Côte d'Ivoire", "United States", "S score", "missing (2)"}},
		{"timeline", []string{"Event timeline: CIV-TUR", "2 event(s) without a date or Goldstein weight"}},
		{"mix", []string{"Event mix by quad class", "material conflict"}},
		{"multiples", []string{"CHN-RUS", "RUS-UKR", "6 dyads compared"}},
	}
	for _, tt := range tests {
		t.Run(tt.chart, func(t *testing.T) {
			pdf := charts[tt.chart].PDFBytes()
			if !bytes.HasPrefix(pdf, []byte("%PDF-")) {
				t.Fatalf("not a PDF: %.20q", pdf)
			}
			text := pdfText(t, pdf)
			for _, w := range tt.want {
				if !strings.Contains(text, w) {
					t.Errorf("pdftotext output lacks %q:\n%s", w, text)
				}
			}
		})
	}
}

// TestPDFRenders rasterises a chart PDF with pdftoppm and checks the page
// is not blank.
func TestPDFRenders(t *testing.T) {
	tool := needTool(t, "pdftoppm")
	dir := t.TempDir()
	in := filepath.Join(dir, "c.pdf")
	if err := os.WriteFile(in, goldenCharts(t)["index"].PDFBytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(tool, "-r", "30", "-png", in, filepath.Join(dir, "page")).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v\n%s", err, out)
	}
	matches, _ := filepath.Glob(filepath.Join(dir, "page*.png"))
	if len(matches) != 1 {
		t.Fatalf("pages rendered: %v", matches)
	}
	data, _ := os.ReadFile(matches[0])
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	// 8 × 4.5 in at 30 dpi
	if b := img.Bounds(); b.Dx() != 240 || b.Dy() != 135 {
		t.Errorf("page is %v, want 240×135", b)
	}
	nonWhite := 0
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			if r < 0xf000 || g < 0xf000 || bl < 0xf000 {
				nonWhite++
			}
		}
	}
	if nonWhite < b.Dx()*b.Dy()/20 {
		t.Errorf("only %d non-white pixels: the chart did not render", nonWhite)
	}
}

func TestDrawPDFIntoPage(t *testing.T) {
	// Two charts on one A4 page in millimetres: DrawPDF must work in any
	// document unit.
	doc := fpdf.New("P", "mm", "A4", "")
	doc.AddPage()
	ss, so := indexFixture()
	idx, _ := NewIndexChart(ss, so)
	lvl, _ := NewLevelChart(ss[:1], &SeriesOptions{Labels: []string{"China – Russia"}})
	idx.DrawPDF(doc, 15, 15, 180, 110)
	lvl.DrawPDF(doc, 15, 140, 180, 110)
	var buf bytes.Buffer
	if err := doc.Output(&buf); err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, buf.Bytes())
	for _, w := range []string{"Relationship index", "Relationship level: China – Russia", "Türkiye"} {
		if !strings.Contains(text, w) {
			t.Errorf("page lacks %q", w)
		}
	}
}

func TestDeterministic(t *testing.T) {
	a, b := goldenCharts(t), goldenCharts(t)
	for name := range a {
		if !bytes.Equal(a[name].PNG(), b[name].PNG()) {
			t.Errorf("%s: PNG differs between renders", name)
		}
		if a[name].SVG() != b[name].SVG() {
			t.Errorf("%s: SVG differs between renders", name)
		}
		if !bytes.Equal(a[name].PDFBytes(), b[name].PDFBytes()) {
			t.Errorf("%s: PDF differs between renders", name)
		}
	}
}

func TestSave(t *testing.T) {
	ch := goldenCharts(t)["mix"]
	dir := t.TempDir()
	for _, ext := range []string{".png", ".svg", ".pdf", ".PNG"} {
		p := filepath.Join(dir, "mix"+ext)
		if err := ch.Save(p); err != nil {
			t.Fatalf("Save(%s): %v", p, err)
		}
		data, err := os.ReadFile(p)
		if err != nil || len(data) < 100 {
			t.Fatalf("%s: %d bytes, %v", p, len(data), err)
		}
	}
	if err := ch.Save(filepath.Join(dir, "mix.jpg")); err == nil || !strings.Contains(err.Error(), ".jpg") {
		t.Errorf("Save(.jpg) error = %v, want unknown format", err)
	}
	if err := ch.Save(filepath.Join(dir, "no", "such", "dir.png")); err == nil {
		t.Error("Save into a missing directory succeeded")
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp-") {
			t.Errorf("temporary file left behind: %s", e.Name())
		}
	}
}

// TestEmptyInputs: charts of nothing still render, saying so.
func TestEmptyInputs(t *testing.T) {
	empty := score.Series{Dyad: dyCHNRUS, Model: "goldstein"}
	charts := map[string]func() (*Chart, error){
		"index":     func() (*Chart, error) { return NewIndexChart(nil, nil) },
		"index1":    func() (*Chart, error) { return NewIndexChart([]score.Series{empty}, nil) },
		"level":     func() (*Chart, error) { return NewLevelChart([]score.Series{empty}, nil) },
		"mix":       func() (*Chart, error) { return NewMixChart(nil, dataset.Month, nil) },
		"timeline":  func() (*Chart, error) { return NewTimelineChart(nil, nil) },
		"heatmap":   func() (*Chart, error) { return NewHeatmapChart(nil, nil, nil) },
		"multiples": func() (*Chart, error) { return NewSmallMultiples(nil, nil) },
	}
	for name, mk := range charts {
		ch, err := mk()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		svg := ch.SVG()
		if !strings.Contains(svg, "no ") && !strings.Contains(svg, "no data") {
			t.Errorf("%s: empty chart does not say there is no data", name)
		}
		if len(ch.PNG()) == 0 || len(ch.PDFBytes()) == 0 {
			t.Errorf("%s: empty chart did not render", name)
		}
	}
}

func TestAllNaNSeries(t *testing.T) {
	// A series whose every value is NaN keeps its axis range and draws no
	// line: no panic, no NaN coordinates in the SVG.
	s := synthSeries(dyCHNRUS, month(2020, 1), 6, 0, 0, 0, 0, 1, 2, 3, 4, 5)
	for i := range s.Points {
		s.Points[i].Lower, s.Points[i].Upper = nanF, nanF
		s.Points[i].Lower80, s.Points[i].Upper80 = nanF, nanF
	}
	ch, err := NewIndexChart([]score.Series{s}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if svg := ch.SVG(); strings.Contains(svg, "NaN") {
		t.Error("SVG has NaN coordinates")
	}
}

func TestShapeErrors(t *testing.T) {
	ss, _ := indexFixture()
	_, err := NewIndexChart(ss, &SeriesOptions{Labels: []string{"only one"}})
	if !errors.Is(err, ErrShape) {
		t.Errorf("labels mismatch: %v", err)
	}
	_, err = NewSmallMultiples(ss, &SeriesOptions{Labels: []string{"a", "b", "c"}})
	if !errors.Is(err, ErrShape) {
		t.Errorf("multiples labels mismatch: %v", err)
	}
	_, err = NewHeatmapChart([][]float64{{1, 2}, {3}}, []string{"A", "B"}, nil)
	if !errors.Is(err, ErrShape) {
		t.Errorf("ragged matrix: %v", err)
	}
	_, err = NewHeatmapChart([][]float64{{1}}, []string{"A", "B"}, nil)
	if !errors.Is(err, ErrShape) {
		t.Errorf("label count: %v", err)
	}
}

func TestDefaultTitles(t *testing.T) {
	c := goldenCharts(t)
	tests := map[string][2]string{
		"index": {"Relationship index: China – Russia, Côte d'Ivoire – Türkiye", "Model: kalman; monthly, Jan 2019 – Dec 2024"},
		"mix":   {"Event mix by quad class: CHN-RUS", "monthly, Jan 2021 – Dec 2023"},
		// timelineFixture: each of 24 months has, for q = 1…4,
		// 1 + (i+q) mod 2 events: two q with 2 and two with 1, 6 a month,
		// 144 placed (the undated and the unweighted one are not).
		"timeline": {"Event timeline: CIV-TUR", "144 events, Goldstein weight by date (+ cooperation, − conflict); dot area: reports at one spot (1 to 12)"},
		"heatmap":  {"Alignment", "6 countries, ordered by average-linkage clustering"},
	}
	for name, want := range tests {
		if c[name].Title != want[0] || c[name].Subtitle != want[1] {
			t.Errorf("%s: title %q / %q, want %q / %q", name, c[name].Title, c[name].Subtitle, want[0], want[1])
		}
	}
}

var nanF = math.NaN()

func TestNilChartPanics(t *testing.T) {
	defer func() {
		if r := recover(); r == nil || !strings.HasPrefix(r.(string), "plots: ") {
			t.Fatalf("recovered %v", r)
		}
	}()
	var ch *Chart
	ch.PNG()
}
