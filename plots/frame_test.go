package plots

import (
	"reflect"
	"strings"
	"testing"

	"gonum.org/v1/plot/vg"
)

func TestWrapText(t *testing.T) {
	sty := textStyle(fontRegular, 10, colorText)
	w := sty.Width("Côte d'Ivoire and")
	got := wrapText(sty, "Côte d'Ivoire and Türkiye sign an agreement\nSecond line", w)
	want := []string{"Côte d'Ivoire and", "Türkiye sign an", "agreement", "Second line"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("wrapText = %q, want %q", got, want)
	}
	for _, line := range got {
		if sty.Width(line) > w {
			t.Errorf("line %q wider than the limit", line)
		}
	}
	// a word wider than the width gets its own line
	if got := wrapText(sty, "a Supercalifragilistic b", sty.Width("abc")); !reflect.DeepEqual(got, []string{"a", "Supercalifragilistic", "b"}) {
		t.Errorf("long word: %q", got)
	}
	// a no-break space joins: the arrow stays with its word (the width
	// holds "(+) cooperation" but not the arrow after it)
	if got := wrapText(sty, "(+) cooperation\u00a0→", sty.Width("(+) cooperation")); !reflect.DeepEqual(got, []string{"(+)", "cooperation\u00a0→"}) {
		t.Errorf("no-break space: %q", got)
	}
}

// TestFitYLabel: on a plot too short for its value-axis label (a
// half-width chart of the PDF, about 100 pt high), each line of the label
// is wrapped to the plot's height less its x axis; a tall plot keeps it.
func TestFitYLabel(t *testing.T) {
	label := withPoles("Events (each counted once)", nil, -1, 1)
	for _, h := range []vg.Length{100, 600} {
		p := newPlot(themeFor(240))
		p.Y.Label.Text = label
		c := goldenCanvas(240, h)
		fitYLabel(p, c)
		avail := h - 2*p.X.Tick.Label.Height("0") - p.X.Tick.Length - p.X.Padding
		lines := strings.Split(p.Y.Label.Text, "\n")
		for _, line := range lines {
			if w := p.Y.Label.TextStyle.Width(line); w > avail && strings.Contains(line, " ") {
				t.Errorf("height %v: label line %q is %v pt long, the plot %v pt", h, line, w, avail)
			}
		}
		if strings.Join(strings.Fields(strings.Join(lines, " ")), " ") != strings.Join(strings.Fields(label), " ") {
			t.Errorf("height %v: label %q lost words of %q", h, p.Y.Label.Text, label)
		}
		if wrapped := len(lines) > 2; wrapped != (h == 100) {
			t.Errorf("height %v: %d lines %q", h, len(lines), p.Y.Label.Text)
		}
	}
}
