package plots

import (
	"testing"

	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/recorder"
)

func TestShortLabel(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"Talks in São Tomé", 36, "Talks in São Tomé"},
		{"Joint statement on international relations entering a new era", 36, "Joint statement on international…"},
		{"Supercalifragilisticexpialidocious", 10, "Supercali…"}, // no space: cut at n−1 runes
		{"Côte d'Ivoire, Türkiye sign", 16, "Côte d'Ivoire…"},    // trailing comma dropped
		{"short", 0, "short"}, // 0 means 40
	}
	for _, tt := range tests {
		if got := ShortLabel(tt.in, tt.n); got != tt.want {
			t.Errorf("ShortLabel(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}

func TestPlaceLabelsNoOverlap(t *testing.T) {
	c := draw.NewCanvas(&recorder.Canvas{}, 400, 200)
	sty := textStyle(fontRegular, 8, colorText)
	// ten labels anchored at nearly the same point
	var specs []labelSpec
	for i := 0; i < 10; i++ {
		specs = append(specs, labelSpec{anchor: vg.Point{X: 200 + vg.Length(i), Y: 100}, text: "Label number"})
	}
	placed, dropped := placeLabels(c, specs, sty, nil)
	if len(placed)+dropped != len(specs) {
		t.Fatalf("%d placed + %d dropped != %d", len(placed), dropped, len(specs))
	}
	if len(placed) < 6 {
		t.Errorf("only %d of 10 labels placed in a 400×200 pt area", len(placed))
	}
	for i, a := range placed {
		if !inside(a.box, c.Rectangle) {
			t.Errorf("label %d outside the canvas: %v", i, a.box)
		}
		for j := i + 1; j < len(placed); j++ {
			if overlapsAny(a.box, []vg.Rectangle{placed[j].box}) {
				t.Errorf("labels %d and %d overlap", i, j)
			}
		}
	}
	// A canvas too small for any label drops them all, and says so.
	c.Rectangle = vg.Rectangle{Max: vg.Point{X: 20, Y: 10}}
	placed, dropped = placeLabels(c, specs[:3], sty, nil)
	if len(placed) != 0 || dropped != 3 {
		t.Errorf("tiny canvas: %d placed, %d dropped", len(placed), dropped)
	}
}
