package plots

import (
	"strings"
	"testing"

	"github.com/entente/entente/cameo"
	"github.com/entente/entente/dataset"
)

func TestTimelineCountsUnplaced(t *testing.T) {
	ch, err := NewTimelineChart(timelineFixture(), &TimelineOptions{Note: "Source: test."})
	if err != nil {
		t.Fatal(err)
	}
	// the fixture has one undated event and one without a weight, and
	// dots of several reports (what a dot gathers is said before)
	if ch.Note != "Source: test. A dot is the events of one day with one weight and class: an act coded both ways is two. 2 event(s) without a date or Goldstein weight are not shown." {
		t.Errorf("note %q", ch.Note)
	}
}

func TestTimelineLabelsTopEvents(t *testing.T) {
	mk := func(date string, g float64, reports int, desc string) dataset.Event {
		e := dataset.NewEvent()
		e.Date = day0(date)
		e.Source.Country, e.Target.Country = "CHN", "VEN"
		e.Goldstein, e.Reports, e.Description, e.Quad = g, reports, desc, cameo.VerbalCoop
		return e
	}
	evs := []dataset.Event{
		mk("2023-09-13", 7.4, 5, "All-weather strategic partnership"), // 5 × 7.4 = 37
		mk("2023-01-10", 1, 2, "Minor statement"),                     // 2
		mk("2023-05-02", -5, 4, "Sanctions criticised"),               // 20
	}
	evs = append(evs, dataset.NewEvent()) // undated, unweighted
	evs[3].Source.Country, evs[3].Target.Country = "CHN", "VEN"
	ch, err := NewTimelineChart(evs, &TimelineOptions{Labels: 2})
	if err != nil {
		t.Fatal(err)
	}
	svg := ch.SVG()
	for _, want := range []string{"All-weather strategic partnership", "Sanctions criticised"} {
		if !strings.Contains(svg, want) {
			t.Errorf("label %q missing", want)
		}
	}
	if strings.Contains(svg, "Minor statement") {
		t.Error("the third event was labelled with Labels: 2")
	}
	if !strings.HasPrefix(ch.Subtitle, "3 events") || !strings.Contains(ch.Note, "1 event(s)") {
		t.Errorf("subtitle %q, note %q", ch.Subtitle, ch.Note)
	}
	if ch.Title != "Event timeline: CHN-VEN" {
		t.Errorf("title %q", ch.Title)
	}
}

func TestTimelineMergesAndPools(t *testing.T) {
	mk := func(date string, code string, reports int) dataset.Event {
		e := dataset.NewEvent()
		e.Date = day0(date)
		e.Source.Country, e.Target.Country = "USA", "VEN"
		e.SetCode(code)
		e.Reports = reports
		return e
	}
	// Two sanctions on one day are one dot of 1 + 2 = 3 reports; the
	// third event differs in day.
	evs := []dataset.Event{mk("2019-01-28", "163", 1), mk("2019-01-28", "163", 2), mk("2019-01-29", "163", 1)}
	ch, _ := NewTimelineChart(evs, nil)
	if ch.Subtitle != "3 events, Goldstein weight by date (+ cooperation, − conflict); dot area: reports at one spot (1 to 3)" || ch.Note != "A dot is the events of one day with one weight and class: an act coded both ways is two." {
		t.Errorf("subtitle %q note %q", ch.Subtitle, ch.Note)
	}
	// With at most one dot, the week of 28 Jan 2019 pools all three.
	ch, _ = NewTimelineChart(evs, &TimelineOptions{MaxDots: 1})
	if ch.Note != "Events of the same week with the same Goldstein weight and quad class are drawn as one dot (1 in all)." {
		t.Errorf("note %q", ch.Note)
	}
	if !strings.Contains(ch.Subtitle, "(1 to 4)") {
		t.Errorf("pooled reports: %q", ch.Subtitle)
	}
}

// A joint act coded in both directions with the same code (a joint
// statement, 057 CHN→RUS and RUS→CHN, one report each, as the chronology
// codes it) is two events drawn as one dot: with one report per event the
// subtitle says the area counts events, 1 to 2 here — not "reports (1 to
// 2)", which read as if an event had two reports — and the note says what
// a dot gathers (issue 11 item 3).
func TestTimelineJointActDot(t *testing.T) {
	mk := func(src, tgt string) dataset.Event {
		e := dataset.NewEvent()
		e.Date = day0("2022-02-04")
		e.Source.Country, e.Target.Country = src, tgt
		e.SetCode("057")
		return e
	}
	other := mk("CHN", "RUS")
	other.Date = day0("2022-03-01")
	ch, err := NewTimelineChart([]dataset.Event{mk("CHN", "RUS"), mk("RUS", "CHN"), other}, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := "3 events, Goldstein weight by date (+ cooperation, − conflict); dot area: events at one spot (1 to 2)"
	if ch.Subtitle != want || !strings.Contains(ch.Note, "an act coded both ways is two") {
		t.Errorf("subtitle %q, want %q; note %q", ch.Subtitle, want, ch.Note)
	}
}
