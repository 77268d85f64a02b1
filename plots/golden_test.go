package plots

import (
	"bytes"
	"flag"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"gonum.org/v1/plot/vg"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/score"
)

var update = flag.Bool("update", false, "rewrite the golden PNGs in testdata/")

// goldenSize keeps the golden images small: 8 × 4.5 in at 72 dpi.
var goldenSize = Size{Width: 8 * vg.Inch, Height: 4.5 * vg.Inch, DPI: 72}

// goldenCharts builds one chart of every kind from the fixtures.
func goldenCharts(t *testing.T) map[string]*Chart {
	t.Helper()
	must := func(ch *Chart, err error) *Chart {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		ch.Size = goldenSize
		return ch
	}
	ss, so := indexFixture()
	vals, labels := heatFixture()
	return map[string]*Chart{
		"index":      must(NewIndexChart(ss, so)),
		"level":      must(NewLevelChart(ss[:1], &SeriesOptions{Labels: []string{"China – Russia"}, ChangePoints: so.ChangePoints[:1]})),
		"mix":        must(NewMixChart(mixFixture(), dataset.Month, nil)),
		"mix-share":  must(NewMixChart(mixFixture(), dataset.Month, &MixOptions{Share: true})),
		"timeline":   must(NewTimelineChart(timelineFixture(), &TimelineOptions{Labels: 4})),
		"heatmap":    must(NewHeatmapChart(vals, labels, &HeatmapOptions{ValueLabel: "S score"})),
		"level-thin": must(NewLevelChart([]score.Series{levelThinFixture()}, &SeriesOptions{Labels: []string{"China – Russia"}, Thin: [][]bool{levelThinFlags()}})),
		"multiples":  must(NewSmallMultiples(multiplesFixture(), &SeriesOptions{ChangePoints: []Mark{{Time: month(2020, 1), Dyad: dataset.Dyad{A: "CHN", B: "RUS"}}}})),
	}
}

// TestGolden compares every chart kind with its golden PNG in testdata/
// (regenerate with go test ./plots -update, then look at the images).
// Rasterisation may differ in antialiasing between platforms, so the test
// allows a few pixels to differ slightly: it fails when more than 0.3 % of
// the pixels differ by more than 40/255 in some channel.
func TestGolden(t *testing.T) {
	for name, ch := range goldenCharts(t) {
		t.Run(name, func(t *testing.T) {
			got := ch.PNG()
			path := filepath.Join("testdata", name+".golden.png")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./plots -update to create it)", err)
			}
			frac, err := pngDiff(got, want, 40)
			if err != nil {
				t.Fatal(err)
			}
			if frac > 0.003 {
				out := filepath.Join(os.TempDir(), "entente-"+name+".actual.png")
				os.WriteFile(out, got, 0o644)
				t.Errorf("%.2f %% of pixels differ from %s (actual image: %s)", 100*frac, path, out)
			}
		})
	}
}

// pngDiff returns the fraction of pixels whose colour differs by more than
// tol (0–255) in any channel; images of different size are an error.
func pngDiff(a, b []byte, tol int) (float64, error) {
	ia, err := png.Decode(bytes.NewReader(a))
	if err != nil {
		return 0, err
	}
	ib, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		return 0, err
	}
	if ia.Bounds() != ib.Bounds() {
		return 1, &sizeError{ia.Bounds(), ib.Bounds()}
	}
	r := ia.Bounds()
	diff := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			r1, g1, b1, a1 := ia.At(x, y).RGBA()
			r2, g2, b2, a2 := ib.At(x, y).RGBA()
			if absDiff(r1, r2) > tol || absDiff(g1, g2) > tol || absDiff(b1, b2) > tol || absDiff(a1, a2) > tol {
				diff++
			}
		}
	}
	return float64(diff) / float64(r.Dx()*r.Dy()), nil
}

func absDiff(a, b uint32) int {
	d := int(a>>8) - int(b>>8)
	if d < 0 {
		return -d
	}
	return d
}

type sizeError struct{ got, want image.Rectangle }

func (e *sizeError) Error() string {
	return "image size " + e.got.String() + ", golden " + e.want.String()
}

func TestPNGDiffDetectsChange(t *testing.T) {
	// The comparison must be able to fail: a chart against a different
	// chart differs in far more than 0.3 % of pixels.
	charts := goldenCharts(t)
	frac, err := pngDiff(charts["index"].PNG(), charts["level"].PNG(), 40)
	if err != nil {
		t.Fatal(err)
	}
	if frac < 0.05 {
		t.Fatalf("index vs level differ in only %.2f %% of pixels", 100*frac)
	}
	same, _ := pngDiff(charts["index"].PNG(), charts["index"].PNG(), 0)
	if same != 0 {
		t.Fatalf("a chart differs from itself: %v", same)
	}
}
