package plots

import (
	"testing"
	"time"

	"gonum.org/v1/plot/vg"
)

// checkChangeLayout checks layoutChangePoints' rule on the geometry it
// returns: no two labels overlap (their boxes less the 1 pt padding) and
// no label's box is crossed by a drawn stretch of another mark's line.
func checkChangeLayout(t *testing.T, ms []changeMark) {
	t.Helper()
	var boxes []vg.Rectangle
	for k, m := range ms {
		if !m.placed {
			continue
		}
		boxes = append(boxes, m.box)
		for j, o := range ms {
			if j == k || o.x < m.box.Min.X || o.x > m.box.Max.X {
				continue
			}
			for _, s := range o.segs {
				if s[0] < m.box.Max.Y && s[1] > m.box.Min.Y {
					t.Errorf("label %d %q (%v) is crossed by the line of change %d at x=%v, y %v…%v", k+1, m.text, m.box, j+1, o.x, s[0], s[1])
				}
			}
		}
	}
	checkNoOverlap(t, boxes)
}

// TestChangeLabelsClearOfLines: two change points six months apart, as
// Russia–Ukraine's of March and September 2014 were (shifts −6.8 and
// +1.9, the default report of chronology v6 before its kind-6 rows; since
// then February and September, −6.4 and +1.8), on a 2012–2025 axis, at the widths of a
// column, a print page and a screen chart: six months are 11–25 pt there,
// less than or about a label's width, so the March label written right of
// its line (as it once always was) is crossed by September's. Both labels
// must be placed, crossed by no line and overlap none, with both lines
// whole (each label has a free side, so none needs breaking).
func TestChangeLabelsClearOfLines(t *testing.T) {
	marks := []Mark{
		{Time: month(2014, time.March), Label: "−6.8", Dyad: dyCHNRUS},
		{Time: month(2014, time.September), Label: "+1.9", Dyad: dyCHNRUS},
		{Time: month(2015, time.September), Label: "−1.6", Dyad: dyCHNRUS},
		{Time: month(2016, time.May), Label: "+1.5", Dyad: dyCHNRUS},
	}
	data := []seriesData{{dyad: dyCHNRUS, gran: 0}}
	for _, w := range []vg.Length{SizeColumn.Width, SizePrint.Width, SizeScreen.Width} {
		th := themeFor(w)
		p := newPlot(th)
		p.X.Min, p.X.Max = TimeToX(month(2012, 1)), TimeToX(month(2026, 1))
		p.Y.Min, p.Y.Max = -9, 9
		ms := layoutChangePoints(goldenCanvas(w, 200), p, th, data, marks)
		if len(ms) != len(marks) {
			t.Fatalf("width %v: %d marks laid out, want %d", w, len(ms), len(marks))
		}
		checkChangeLayout(t, ms)
		for k, m := range ms {
			if !m.placed {
				t.Errorf("width %v: label %q left out", w, m.text)
			}
			if len(m.segs) != 1 {
				t.Errorf("width %v: line %d broken into %d stretches, want it whole", w, k+1, len(m.segs))
			}
		}
		// the rule's point: March's label is not right of its line when
		// September's line would cross it there
		march, sep := ms[0], ms[1]
		sty := textStyle(fontRegular, th.small, colorSubtle)
		if right := march.x + 2 + sty.Width(march.text) + 1; right >= sep.x && march.box.Min.X > march.x {
			t.Errorf("width %v: March's label sits right of its line (%v) though September's line at %v crosses that spot", w, march.box, sep.x)
		}
	}
}

// TestChangeLabelsTooClose: twelve changes in twelve consecutive months
// leave no side of any line free of the others; every label is still
// placed (300 pt hold twelve rows), none overlaps another and the lines
// that would cross a label are broken behind it.
func TestChangeLabelsTooClose(t *testing.T) {
	th, p, data, marks := twelveMonthlyChanges()
	ms := layoutChangePoints(goldenCanvas(400, 300), p, th, data, marks)
	broken := 0
	for _, m := range ms {
		if !m.placed {
			t.Errorf("label of %v left out", m.x)
		}
		if len(m.segs) > 1 {
			broken++
		}
	}
	if broken == 0 {
		t.Error("no line broken behind a label, though labels wider than a month must cross some")
	}
	checkChangeLayout(t, ms)
}
