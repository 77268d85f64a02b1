package plots

import (
	"image/color"
	"math"
	"strings"
	"testing"
)

func TestDivergingColor(t *testing.T) {
	tests := []struct {
		t    float64
		want color.RGBA
	}{
		{0, hexRGBA(0xb2182b)},   // Tol BuRd low end
		{0.5, hexRGBA(0xf7f7f7)}, // neutral middle
		{1, hexRGBA(0x2166ac)},   // high end
		{-3, hexRGBA(0xb2182b)},  // clamped
		{7, hexRGBA(0x2166ac)},   // clamped
		{math.NaN(), colorMissing},
		// halfway between the first two colours: (0xb2+0xd6)/2 = 0xc4,
		// (0x18+0x60)/2 = 0x3c, (0x2b+0x4d)/2 = 0x3c
		{1.0 / 16, color.RGBA{0xc4, 0x3c, 0x3c, 0xff}},
	}
	for _, tt := range tests {
		if got := divergingColor(tt.t); got != tt.want {
			t.Errorf("divergingColor(%v) = %v, want %v", tt.t, got, tt.want)
		}
	}
}

func TestHeatmapOrder(t *testing.T) {
	vals, labels := heatFixture()
	// Clustered: China, Russia and Venezuela (mutual S ≥ 0.6) form one
	// block, Ukraine and the United States another.
	ch, err := NewHeatmapChart(vals, labels, nil)
	if err != nil {
		t.Fatal(err)
	}
	svg := ch.SVG()
	pos := func(s string) int { return strings.Index(svg, ">"+s+"<") }
	if !(pos("China") < pos("Russia") && pos("Russia") < pos("Venezuela") && pos("Venezuela") < pos("Ukraine")) {
		t.Errorf("row labels not in cluster order: China %d, Russia %d, Venezuela %d, Ukraine %d", pos("China"), pos("Russia"), pos("Venezuela"), pos("Ukraine"))
	}
	// KeepOrder: the input order (Ukraine before Venezuela).
	ch, _ = NewHeatmapChart(vals, labels, &HeatmapOptions{KeepOrder: true})
	svg = ch.SVG()
	if !(pos("Ukraine") < pos("Venezuela")) {
		t.Error("KeepOrder did not keep the input order")
	}
	if strings.Contains(ch.Subtitle, "clustering") {
		t.Errorf("KeepOrder subtitle %q mentions clustering", ch.Subtitle)
	}
}

func TestHeatmapValuesInCells(t *testing.T) {
	vals, labels := heatFixture()
	ch, _ := NewHeatmapChart(vals, labels, nil)
	if svg := ch.SVG(); !strings.Contains(svg, ">−0.6<") || !strings.Contains(svg, ">0.8<") {
		t.Error("cell values missing from the SVG")
	}
	ch, _ = NewHeatmapChart(vals, labels, &HeatmapOptions{HideValues: true})
	if svg := ch.SVG(); strings.Contains(svg, ">0.8<") {
		t.Error("HideValues still writes the values")
	}
}

func TestLuminance(t *testing.T) {
	if l := luminance(color.RGBA{255, 255, 255, 255}); math.Abs(l-1) > 1e-12 {
		t.Errorf("white %v", l)
	}
	if l := luminance(color.RGBA{0, 0, 0, 255}); l != 0 {
		t.Errorf("black %v", l)
	}
}
