package report

import (
	"strings"
	"testing"
	"time"
)

// China–Russia in the default report (chronology v5): its heaviest acts
// are its joint statements and agreements (057, +8), about one a year.
// Ranked by weight with ties to the earliest, the five were 2012–2015's;
// spread over the years (topevents.go), they span 2012–2025 in five
// different years and include the "no limits" statement of 4 February
// 2022, listed once (↔) although coded both ways (issue 11 item 3).
func TestTopEventsSpanChinaRussia(t *testing.T) {
	r := defaultReport(t)
	var top []TopEvent
	for _, d := range r.Dyads {
		if d.Dyad.String() == "CHN-RUS" {
			top = d.TopEvents
		}
	}
	if len(top) != DefaultTopEvents {
		t.Fatalf("%d top events", len(top))
	}
	years := map[int]bool{}
	first, last := top[0].Date, top[0].Date
	noLimits := false
	for _, e := range top {
		years[e.Date.Year()] = true
		if e.Date.Before(first) {
			first = e.Date
		}
		if e.Date.After(last) {
			last = e.Date
		}
		if e.Date.Equal(time.Date(2022, 2, 4, 0, 0, 0, 0, time.UTC)) && strings.Contains(e.Description, "no limits") {
			noLimits = e.Mutual && e.Code == "057"
		}
	}
	if len(years) != DefaultTopEvents || first.Year() != 2012 || last.Year() != 2025 || !noLimits {
		t.Errorf("years %v (%s – %s), no limits listed once: %v", years, first.Format("2006-01"), last.Format("2006-01"), noLimits)
	}
}

// The rule by hand: acts of weight 8 in 2012, 2013, 2014 and 2020 (one
// each), a −10 in 2013 and a second 8 in 2020. Three are listed: the −10
// first (heaviest; its year 2013 is then taken), then among the 8s of the
// other years the one farthest from 2013 — 2020, 7 years away (2012 is 1,
// 2014 1) — then the farthest from 2013 and 2020: 2012 and 2014 are both
// 1 from 2013, and the latest, 2014, wins. 2020's second act waits for
// every year to have one. Shown heaviest first, then by date.
func TestSpreadOverYears(t *testing.T) {
	d := func(y, m int) time.Time { return time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC) }
	acts := []TopEvent{
		{Date: d(2013, 5), Weight: -10, Code: "190", Reports: 1},
		{Date: d(2012, 3), Weight: 8, Code: "057", Reports: 1},
		{Date: d(2013, 2), Weight: 8, Code: "057", Reports: 1},
		{Date: d(2014, 7), Weight: 8, Code: "057", Reports: 1},
		{Date: d(2020, 1), Weight: 8, Code: "057", Reports: 1},
		{Date: d(2020, 9), Weight: 8, Code: "057", Reports: 1},
	}
	got := spreadOverYears(acts, 3)
	var dates []string
	for _, e := range got {
		dates = append(dates, e.Date.Format("2006-01"))
	}
	if want := "2013-05 2020-01 2014-07"; strings.Join(dates, " ") != want {
		t.Errorf("spread %v, want %s", dates, want)
	}
	// Six: every year once (2013, 2020, 2014, 2012), then the second
	// round: 2013's 8 and 2020's second — the round starts with no year
	// taken, so among equal weights and reports the more recent, 2020, first.
	got = spreadOverYears(acts, 6)
	dates = dates[:0]
	for _, e := range got {
		dates = append(dates, e.Date.Format("2006-01"))
	}
	if want := "2013-05 2020-01 2014-07 2012-03 2020-09 2013-02"; strings.Join(dates, " ") != want {
		t.Errorf("spread %v, want %s", dates, want)
	}
}
