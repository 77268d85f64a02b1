package report

import (
	"bytes"
	"flag"
	"fmt"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden page PNGs in testdata/pages/")

// goldenDPI keeps the page goldens small (198 × 281 pixels for A4) while
// showing the layout: charts, tables, headings and the footer.
const goldenDPI = 24

// renderPages rasterises every page of a PDF with pdftoppm (grey PNG at
// dpi) and returns the PNG files in page order.
func renderPages(t *testing.T, pdf []byte, dpi int) [][]byte {
	t.Helper()
	ppm := needTool(t, "pdftoppm")
	dir := t.TempDir()
	in := filepath.Join(dir, "r.pdf")
	if err := os.WriteFile(in, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(ppm, "-r", fmt.Sprint(dpi), "-gray", "-png", in, filepath.Join(dir, "p")).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v\n%s", err, out)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "p-*.png"))
	// pdftoppm pads the page number to the width of the last one, so the
	// names sort in page order.
	var out [][]byte
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, b)
	}
	return out
}

// TestGoldenPages compares every page of the fixture report (without the
// UN-vote section, which has its own tests) with its golden PNG in
// testdata/pages/ (regenerate with go test ./report -run GoldenPages
// -update, then look at the images). Rasterisers differ in
// antialiasing, so a page fails when more than 0.5 % of its pixels differ
// by more than 40/255, as plots' chart goldens do.
func TestGoldenPages(t *testing.T) {
	r := goldenReport(t)
	pages := renderPages(t, r.PDFBytes(), goldenDPI)
	dir := filepath.Join("testdata", "pages")
	if *update {
		old, _ := filepath.Glob(filepath.Join(dir, "page-*.golden.png"))
		for _, f := range old {
			os.Remove(f)
		}
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		for i, p := range pages {
			if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("page-%02d.golden.png", i+1)), p, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return
	}
	want, _ := filepath.Glob(filepath.Join(dir, "page-*.golden.png"))
	if len(want) != len(pages) {
		t.Errorf("%d pages, the goldens have %d (go test ./report -run GoldenPages -update to accept)", len(pages), len(want))
	}
	for i := 0; i < len(pages) && i < len(want); i++ {
		golden, err := os.ReadFile(want[i])
		if err != nil {
			t.Fatal(err)
		}
		frac, err := pageDiff(pages[i], golden, 40)
		if err != nil {
			t.Fatalf("page %d: %v", i+1, err)
		}
		if frac > 0.005 {
			out := filepath.Join(os.TempDir(), fmt.Sprintf("entente-page-%02d.actual.png", i+1))
			os.WriteFile(out, pages[i], 0o644)
			t.Errorf("page %d: %.2f %% of pixels differ from %s (actual: %s)", i+1, 100*frac, want[i], out)
		}
	}
}

// goldenReport is the report of TestGoldenPages: the fixture events
// without the UN-vote section.
func goldenReport(t *testing.T) *Report {
	t.Helper()
	evs := fixtureEvents()
	r, err := BuildEvents(evs, &Options{Generated: fixedTime, Version: "test", NoVotes: true,
		Sources: []Source{{Name: "fixture.csv", Format: "csv", Read: 73, Kept: 72, Rejected: 1, Events: 72, First: evs[0].Date, Last: evs[50].Date}}})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// pageDiff returns the fraction of pixels whose grey level differs by
// more than tol (0–255); pages of different size are an error.
func pageDiff(a, b []byte, tol int) (float64, error) {
	ia, err := png.Decode(bytes.NewReader(a))
	if err != nil {
		return 0, err
	}
	ib, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		return 0, err
	}
	if ia.Bounds() != ib.Bounds() {
		return 1, fmt.Errorf("size %v, golden %v", ia.Bounds(), ib.Bounds())
	}
	r := ia.Bounds()
	diff := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if d := grey(ia, x, y) - grey(ib, x, y); d > tol || d < -tol {
				diff++
			}
		}
	}
	return float64(diff) / float64(r.Dx()*r.Dy()), nil
}

// grey is a pixel's grey level, 0 (black) … 255.
func grey(im image.Image, x, y int) int {
	r, g, b, _ := im.At(x, y).RGBA()
	return int((r + g + b) / 3 >> 8)
}

// inkedShare is how far down a page's content reaches: the last row
// above the footer band (the bottom 10 %) with a pixel darker than 200,
// as a share of the page height.
func inkedShare(t *testing.T, page []byte) float64 {
	t.Helper()
	im, err := png.Decode(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	r := im.Bounds()
	limit := r.Min.Y + r.Dy()*90/100
	last := r.Min.Y
	for y := r.Min.Y; y < limit; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if grey(im, x, y) < 200 {
				last = y
				break
			}
		}
	}
	return float64(last-r.Min.Y) / float64(r.Dy())
}
