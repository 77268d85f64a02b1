package plots

import (
	"math"
	"strings"
	"testing"

	"github.com/entente/entente/score"
)

func TestGradeColours(t *testing.T) {
	// one shade per grade of the level model
	if len(gradeColors) != len(score.Grades()) {
		t.Fatalf("%d colours for %d grades", len(gradeColors), len(score.Grades()))
	}
}

func TestAutoRange(t *testing.T) {
	// values 1…3, bands 0.5…4: padded by 8 % of 4 − 0 (0 is included) on
	// the positive side only.
	d := seriesData{vals: []float64{1, 3, math.NaN()}, lo95: []float64{0.5}, hi95: []float64{4}}
	lo, hi := autoRange([]seriesData{d})
	if lo != 0 || math.Abs(hi-4.32) > 1e-12 {
		t.Errorf("autoRange = %v, %v; want 0, 4.32", lo, hi)
	}
	lo, hi = autoRange([]seriesData{{vals: []float64{math.NaN()}}})
	if lo != -1 || hi != 1 {
		t.Errorf("no data: %v, %v; want −1, 1", lo, hi)
	}
}

func TestSeriesDefaults(t *testing.T) {
	s := synthSeries(dyCHNRUS, month(2020, 1), 12, 0, 0, 0)
	s.Model = "goldstein"
	ch, err := NewIndexChart([]score.Series{s}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if ch.Title != "Relationship index: CHN-RUS" || ch.Subtitle != "Model: goldstein; monthly, Jan 2020 – Dec 2020" {
		t.Errorf("title %q subtitle %q", ch.Title, ch.Subtitle)
	}
	// Series of different models: the subtitle names every model once, in
	// series order.
	k := synthSeries(dyCHNRUS, month(2020, 1), 12, 0, 0, 0)
	k.Model = "kalman"
	both, err := NewIndexChart([]score.Series{k, s, k}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if both.Subtitle != "Models: kalman, goldstein; monthly, Jan 2020 – Dec 2020" {
		t.Errorf("subtitle of mixed models %q", both.Subtitle)
	}
	// one series: no line entry, just the bands
	if len(ch.legend) != 2 || ch.legend[0].label != "80 % band" {
		t.Errorf("legend %+v", ch.legend)
	}
	if !strings.Contains(ch.SVG(), "Score (goldstein)") {
		t.Error("default y label missing")
	}
}

func TestMarksAndAnnotationsMatchDyads(t *testing.T) {
	ss, o := indexFixture()
	// an annotation for a dyad not in the chart is ignored, one outside
	// the time range too; the reversed dyad of an undirected series
	// matches.
	o.Annotations = append(o.Annotations,
		Annotation{Time: month(2020, 5), Label: "Not charted", Dyad: dyCHNRUS.Reverse()},
		Annotation{Time: month(2030, 1), Label: "Outside", Dyad: dyCHNRUS},
	)
	o.Annotations[len(o.Annotations)-2].Dyad.A = "USA"
	o.Annotations = append(o.Annotations, Annotation{Time: month(2020, 7), Label: "Reversed dyad", Dyad: dyCIVTUR.Reverse()})
	ch, err := NewIndexChart(ss, o)
	if err != nil {
		t.Fatal(err)
	}
	svg := ch.SVG()
	if strings.Contains(svg, "Not charted") || strings.Contains(svg, "Outside") {
		t.Error("annotation for another dyad or outside the range drawn")
	}
	if !strings.Contains(svg, "Reversed dyad") {
		t.Error("annotation for the reversed undirected dyad not drawn")
	}
}

// TestBandLegendNames: the level's bands are evidence bands
// (±z·3.6/√(N+1), score/level.go), not probability intervals, and the
// legend says so on the level, index and small-multiple charts; other
// models keep "80 % band" and "95 % band" (issue 11, review). Thin
// flags add a "thin evidence" entry.
func TestBandLegendNames(t *testing.T) {
	labels := func(ch *Chart) string {
		var out []string
		for _, e := range ch.legend {
			out = append(out, e.label)
		}
		return strings.Join(out, "|")
	}
	lvl := levelThinFixture()
	kal, _ := indexFixture()
	for _, c := range []struct {
		name string
		ch   func() (*Chart, error)
		want string
	}{
		{"level", func() (*Chart, error) { return NewLevelChart([]score.Series{lvl}, nil) }, "inner evidence band|evidence band"},
		{"level thin", func() (*Chart, error) {
			return NewLevelChart([]score.Series{lvl}, &SeriesOptions{Thin: [][]bool{levelThinFlags()}})
		}, "inner evidence band|evidence band|thin evidence"},
		{"level, no thin point", func() (*Chart, error) {
			return NewLevelChart([]score.Series{lvl}, &SeriesOptions{Thin: [][]bool{make([]bool, len(lvl.Points))}})
		}, "inner evidence band|evidence band"},
		{"index of a level", func() (*Chart, error) { return NewIndexChart([]score.Series{lvl}, nil) }, "inner evidence band|evidence band"},
		{"kalman", func() (*Chart, error) { return NewIndexChart(kal[:1], nil) }, "80 % band|95 % band"},
		{"multiples of levels", func() (*Chart, error) { return NewSmallMultiples([]score.Series{lvl, lvl}, nil) }, "evidence band"},
		{"multiples of kalman", func() (*Chart, error) { return NewSmallMultiples(kal, nil) }, "95 % band"},
		{"level and kalman", func() (*Chart, error) { return NewIndexChart([]score.Series{lvl, kal[1]}, nil) }, "|80 % band"},
	} {
		ch, err := c.ch()
		if err != nil {
			t.Fatal(err)
		}
		if got := labels(ch); !strings.HasSuffix(got, c.want) || (c.want != "" && !strings.Contains(c.want, "%") && strings.Contains(got, "%")) {
			t.Errorf("%s: legend %q, want it to end %q", c.name, got, c.want)
		}
	}
}
