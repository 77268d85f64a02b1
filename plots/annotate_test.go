package plots

import (
	"strings"
	"testing"
	"time"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/recorder"
)

// crowdedAnnotations are eight events in eight consecutive months of one
// series — the crowding seen on the report's Russia–Ukraine chart — with
// labels longer than a chart is wide.
func crowdedAnnotations() []Annotation {
	var out []Annotation
	for i := 0; i < 8; i++ {
		out = append(out, Annotation{
			Time:  month(2022, time.Month(1+i)).AddDate(0, 0, 14),
			Label: "Event " + string(rune('A'+i)) + ": a joint statement on international relations entering a new era and the global sustainable development of both countries",
			Dyad:  dyCHNRUS,
		})
	}
	return out
}

// checkLayout checks what the issue asks of labels: every marker placed,
// inside the plot, no two overlapping, none on a series line (the fixtures
// leave room for all), and the key under the plot with every label in
// full (its wrapped lines joined give the label back; no "…").
func checkLayout(t *testing.T, lay labelLayout, labels []string, avoidSoft bool) {
	t.Helper()
	if lay.leftOut != 0 || len(lay.markers) != len(labels) {
		t.Errorf("%d markers placed, %d left out; want %d placed", len(lay.markers), lay.leftOut, len(labels))
	}
	for i, a := range lay.markers {
		if !inside(a, lay.plotArea) {
			t.Errorf("marker %d %v outside the plot %v", i+1, a, lay.plotArea)
		}
		for j := i + 1; j < len(lay.markers); j++ {
			if overlapsAny(a, []vg.Rectangle{lay.markers[j]}) {
				t.Errorf("markers %d and %d overlap: %v %v", i+1, j+1, a, lay.markers[j])
			}
		}
		if avoidSoft && overlapsAny(a, lay.soft) {
			t.Errorf("marker %d %v lies on a series line", i+1, a)
		}
	}
	for i, a := range lay.keyLines {
		if a.Max.Y > lay.plotArea.Min.Y {
			t.Errorf("key line %d %v reaches into the plot %v", i, a, lay.plotArea)
		}
		if a.Max.X > lay.keyRegion.Max.X+0.01 {
			t.Errorf("key line %d %v runs past the chart's right edge %v", i, a, lay.keyRegion.Max.X)
		}
		for j := i + 1; j < len(lay.keyLines); j++ {
			if overlapsAny(a, []vg.Rectangle{lay.keyLines[j]}) {
				t.Errorf("key lines %d and %d overlap", i, j)
			}
		}
	}
	if len(lay.keyTexts) != len(labels) {
		t.Fatalf("key has %d entries, want %d", len(lay.keyTexts), len(labels))
	}
	// entries are in date order, as are the labels the callers pass
	for i, lines := range lay.keyTexts {
		got := strings.Join(lines, " ")
		if !strings.HasSuffix(got, " — "+labels[i]) || strings.Contains(got, "…") {
			t.Errorf("key entry %d = %q, want the date and the full label %q", i+1, got, labels[i])
		}
	}
}

func TestIndexChartLabelsDoNotOverlap(t *testing.T) {
	ss, _ := indexFixture()
	notes := crowdedAnnotations()
	var labels []string
	for _, a := range notes {
		labels = append(labels, a.Label)
	}
	for _, size := range []Size{SizeScreen, SizePrint, goldenSize} {
		ch, err := NewIndexChart(ss, &SeriesOptions{
			Annotations:  notes,
			ChangePoints: []Mark{{Time: month(2022, 1), Label: "+2.0", Dyad: dyCHNRUS}},
			Size:         size,
		})
		if err != nil {
			t.Fatal(err)
		}
		var lay labelLayout
		calls := 0
		ch.layoutHook = func(l labelLayout) { lay = l; calls++ }
		ch.PNG()
		if calls != 1 {
			t.Fatalf("layout hook called %d times", calls)
		}
		checkLayout(t, lay, labels, true)
	}
}

func TestTimelineLabelsDoNotOverlap(t *testing.T) {
	evs := timelineFixture()
	ch, err := NewTimelineChart(evs, &TimelineOptions{Labels: 6, Size: SizePrint})
	if err != nil {
		t.Fatal(err)
	}
	var lay labelLayout
	ch.layoutHook = func(l labelLayout) { lay = l }
	ch.PNG()
	if len(lay.keyTexts) != 6 {
		t.Fatalf("%d key entries, want 6", len(lay.keyTexts))
	}
	var labels []string
	for _, lines := range lay.keyTexts {
		s := strings.Join(lines, " ")
		labels = append(labels, s[strings.Index(s, " — ")+len(" — "):])
	}
	// dots are many: markers may cover some, but never each other
	checkLayout(t, lay, labels, false)
}

func TestPlaceMarkersCrowded(t *testing.T) {
	// Twenty anchors at one spot in a 400 × 200 pt area: discs of about
	// 12 pt fit around it (hand count: the seven rings hold many more).
	c := goldenCanvas(400, 200)
	sty := keyStyle(themeFor(400))
	anchors := make([]vg.Point, 20)
	for i := range anchors {
		anchors[i] = vg.Point{X: 200 + vg.Length(i), Y: 100}
	}
	ml := placeMarkers(c, sty, anchors, len(anchors), nil, nil)
	var boxes []vg.Rectangle
	for i, ok := range ml.placed {
		if !ok {
			t.Errorf("marker %d not placed", i+1)
			continue
		}
		if overlapsAny(ml.boxes[i], boxes) {
			t.Errorf("marker %d overlaps an earlier one", i+1)
		}
		boxes = append(boxes, ml.boxes[i])
	}
	// A canvas smaller than a disc places none, and says so.
	tiny := goldenCanvas(6, 6)
	ml = placeMarkers(tiny, sty, anchors[:3], 3, nil, nil)
	for i, ok := range ml.placed {
		if ok {
			t.Errorf("marker %d placed on a 6 × 6 pt canvas", i+1)
		}
	}
}

func TestCalendarTickerForNarrowPanels(t *testing.T) {
	// A small multiple of the PDF overview: a quarter of the A4 text
	// width (483 pt) less the gaps, about 115 pt, 2012–2025. The labels
	// "2015", "2020", "2025" (about 18 pt each at 8 pt) are 5/14 of the
	// about 90 pt of data width apart, 32 pt: they fit; a single tick is
	// what the issue reported.
	th := themeFor(SizePrint.Width)
	lo, hi := TimeToX(month(2012, 1)), TimeToX(month(2026, 1))
	tk := calendarTickerFor(115, th, lo, hi)
	n := 0
	for _, x := range tk.Ticks(lo, hi) {
		if x.Label != "" {
			n++
		}
	}
	if n < 3 {
		t.Errorf("a 115 pt panel over 14 years gets %d labelled ticks, want at least 3", n)
	}
	// A wide chart over two years gets month or quarter labels, at most 12.
	lo, hi = TimeToX(month(2022, 1)), TimeToX(month(2024, 1))
	ticks := calendarTickerFor(SizeScreen.Width, themeFor(SizeScreen.Width), lo, hi).Ticks(lo, hi)
	n = 0
	for _, x := range ticks {
		if x.Label != "" {
			n++
		}
	}
	if n < 6 || n > 12 {
		t.Errorf("a screen-wide chart over two years gets %d labelled ticks, want 6 to 12", n)
	}
}

// goldenCanvas is a recorder canvas of w × h points.
func goldenCanvas(w, h vg.Length) draw.Canvas { return draw.NewCanvas(&recorder.Canvas{}, w, h) }

func TestIndexChartManyAnnotations(t *testing.T) {
	// 49 annotations (what the report once passed for one dyad): the
	// first 8 (MaxLabels' default) are numbered, the chart says the rest
	// were not, and the plot keeps its room.
	ss, _ := indexFixture()
	var notes []Annotation
	for i := 0; i < 49; i++ {
		notes = append(notes, Annotation{Time: month(2019, 1).AddDate(0, i, 3), Label: "A rather long description of an event that took place", Dyad: dyCHNRUS})
	}
	ch, err := NewIndexChart(ss[:1], &SeriesOptions{Labels: []string{"China – Russia"}, Annotations: notes, Size: SizePrint})
	if err != nil {
		t.Fatal(err)
	}
	var lay labelLayout
	ch.layoutHook = func(l labelLayout) { lay = l }
	ch.PNG()
	if len(lay.keyTexts) != 8 || lay.unlabelled != 41 {
		t.Errorf("%d numbered, %d not; want 8 and 41", len(lay.keyTexts), lay.unlabelled)
	}
	if h := lay.plotArea.Max.Y - lay.plotArea.Min.Y; !(h > 100) {
		t.Errorf("plot area %v pt high, want more than 100", h)
	}
}

// TestChangePointLabelsDoNotOverlap: twelve change points in twelve
// consecutive months (their labels far wider than a month on a 400 pt
// plot of 2012–2025) are stacked from the top so that no two labels'
// boxes overlap (the stacking once stopped after eight rows and drew the
// rest on each other); on a plot too short for twelve rows the labels
// without room are left out, never overlapped.
func TestChangePointLabelsDoNotOverlap(t *testing.T) {
	th, p, data, marks := twelveMonthlyChanges()
	for _, h := range []vg.Length{300, 40} {
		boxes := drawChangePoints(goldenCanvas(400, h), p, th, data, marks)
		// 300 pt holds all twelve rows (a row is about 8 pt); 40 pt a few
		if h == 300 && len(boxes) != len(marks) || len(boxes) == 0 {
			t.Errorf("height %v: %d labels for %d marks", h, len(boxes), len(marks))
		}
		checkNoOverlap(t, boxes)
	}
}

func checkNoOverlap(t *testing.T, boxes []vg.Rectangle) {
	t.Helper()
	for i := range boxes {
		// the stored boxes have 1 pt of padding left and right
		a := boxes[i]
		a.Min.X, a.Max.X = a.Min.X+1, a.Max.X-1
		for j := i + 1; j < len(boxes); j++ {
			b := boxes[j]
			b.Min.X, b.Max.X = b.Min.X+1, b.Max.X-1
			if overlapsAny(a, []vg.Rectangle{b}) {
				t.Errorf("change-point labels %d and %d overlap: %v %v", i+1, j+1, a, b)
			}
		}
	}
}

// twelveMonthlyChanges is a 400-pt theme and a 2012–2025 level plot of
// China–Russia with a change point in each month of 2022: more changes
// than the plot has room for side by side.
func twelveMonthlyChanges() (theme, *plot.Plot, []seriesData, []Mark) {
	th := themeFor(400)
	p := newPlot(th)
	p.X.Min, p.X.Max = TimeToX(month(2012, 1)), TimeToX(month(2026, 1))
	p.Y.Min, p.Y.Max = -9, 9
	data := []seriesData{{dyad: dyCHNRUS, gran: 0}}
	var marks []Mark
	for i := 0; i < 12; i++ {
		marks = append(marks, Mark{Time: month(2022, time.Month(1+i)), Label: "+1.0 (Jan 2022)", Dyad: dyCHNRUS})
	}
	return th, p, data, marks
}
