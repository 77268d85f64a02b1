package plots

import (
	"strings"
	"testing"

	"github.com/entente/entente/score"
)

func legendLabels(ch *Chart) []string {
	var out []string
	for _, e := range ch.legend {
		out = append(out, e.label)
	}
	return out
}

// The legend has a band entry only when a series has a band, and a change
// point entry only when change points are given; titles default to the
// number of dyads and the shared scale.
func TestSmallMultiplesLegendAndTitles(t *testing.T) {
	ss := multiplesFixture()
	ch, err := NewSmallMultiples(ss, &SeriesOptions{ChangePoints: []Mark{{Time: month(2018, 3)}}})
	if err != nil {
		t.Fatal(err)
	}
	// kalman's 95 % band is called "95 % band" (bandNames).
	if got := strings.Join(legendLabels(ch), "|"); got != "95 % band|change point" {
		t.Errorf("legend %q, want band and change point", got)
	}
	if ch.Title != "6 dyads compared" || !strings.HasSuffix(ch.Subtitle, "; one scale for all panels") ||
		!strings.Contains(ch.Subtitle, "Jan 2015 – Dec 2024") {
		t.Errorf("title %q subtitle %q", ch.Title, ch.Subtitle)
	}
	// Without bands and change points: no legend; given titles are kept.
	for i := range ss {
		for k := range ss[i].Points {
			ss[i].Points[k].Lower, ss[i].Points[k].Upper = nanF, nanF
		}
	}
	ch, err = NewSmallMultiples(ss[:2], &SeriesOptions{Title: "T", Subtitle: "S"})
	if err != nil {
		t.Fatal(err)
	}
	if len(ch.legend) != 0 || ch.Title != "T" || ch.Subtitle != "S" {
		t.Errorf("legend %v title %q subtitle %q", legendLabels(ch), ch.Title, ch.Subtitle)
	}
}

// Every panel is titled with its label; the poles line is written on an
// automatic axis and left out on a fixed one that does not span zero.
func TestSmallMultiplesPanels(t *testing.T) {
	ss := multiplesFixture()[:3]
	labels := []string{"China – Russia", "China – United States", "Russia – United States"}
	for _, tt := range []struct {
		opts  SeriesOptions
		poles bool
	}{
		{SeriesOptions{Labels: labels}, true},
		{SeriesOptions{Labels: labels, YMin: 0, YMax: 1, Columns: 1}, false},
		{SeriesOptions{Labels: labels, YMin: -5, YMax: 5, Columns: 3}, true},
	} {
		ch, err := NewSmallMultiples(ss, &tt.opts)
		if err != nil {
			t.Fatal(err)
		}
		svg := ch.SVG()
		for _, l := range labels {
			if !strings.Contains(svg, l) {
				t.Errorf("%+v: no panel titled %q", tt.opts, l)
			}
		}
		if got := strings.Contains(svg, DefaultPoles.Positive); got != tt.poles {
			t.Errorf("YMin %v YMax %v: poles written %v, want %v", tt.opts.YMin, tt.opts.YMax, got, tt.poles)
		}
	}
}

// One series, more columns than series, and an all-empty series render.
func TestSmallMultiplesEdges(t *testing.T) {
	ss := multiplesFixture()
	for _, tt := range []struct {
		name string
		ss   []score.Series
		cols int
	}{
		{"one", ss[:1], 0},
		{"cols > n", ss[:2], 5},
		{"empty series", []score.Series{{Dyad: dyCHNRUS, Model: "kalman"}}, 0},
	} {
		ch, err := NewSmallMultiples(tt.ss, &SeriesOptions{Columns: tt.cols})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if svg := ch.SVG(); len(svg) == 0 || strings.Contains(svg, "NaN") {
			t.Errorf("%s: SVG empty or with NaN coordinates", tt.name)
		}
	}
}
