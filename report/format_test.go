package report

import (
	"math"
	"math/rand"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/score"
)

func TestNum(t *testing.T) {
	tests := []struct {
		v    float64
		prec int
		want string
	}{
		{1.234, 2, "1.23"}, {-1.235, 1, "−1.2"}, {-0.001, 2, "0.00"}, {0, 0, "0"},
		{math.NaN(), 2, "–"}, {math.Inf(1), 1, "–"},
	}
	for _, tt := range tests {
		if got := num(tt.v, tt.prec); got != tt.want {
			t.Errorf("num(%v, %d) = %q, want %q", tt.v, tt.prec, got, tt.want)
		}
	}
	for _, tt := range []struct {
		v    float64
		want string
	}{{0.42, "+0.42"}, {-0.42, "−0.42"}, {0, "0.00"}, {-0.001, "0.00"}, {math.NaN(), "–"}} {
		if got := signed(tt.v, 2); got != tt.want {
			t.Errorf("signed(%v) = %q, want %q", tt.v, got, tt.want)
		}
	}
}

func TestPeriodFormats(t *testing.T) {
	d := time.Date(2024, 5, 13, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		g    dataset.Granularity
		want string
	}{
		{dataset.Month, "May 2024"}, {dataset.Quarter, "Q2 2024"}, {dataset.Year, "2024"},
		{dataset.Week, "week of 13 May 2024"}, {dataset.Day, "13 May 2024"},
	}
	for _, tt := range tests {
		if got := period(tt.g.Start(d), tt.g); got != tt.want {
			t.Errorf("period(%v) = %q, want %q", tt.g, got, tt.want)
		}
	}
	if got := period(time.Time{}, dataset.Month); got != "–" {
		t.Errorf("zero period %q", got)
	}
	from := time.Date(2012, 1, 1, 0, 0, 0, 0, time.UTC)
	to := time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC)
	if got := span(from, to, dataset.Month); got != "Jan 2012 – Dec 2025" {
		t.Errorf("span = %q", got)
	}
	if got := span(from, from.AddDate(0, 0, 30), dataset.Month); got != "Jan 2012" {
		t.Errorf("one-period span = %q", got)
	}
}

func TestThousands(t *testing.T) {
	for _, tt := range []struct {
		n    int64
		want string
	}{{0, "0"}, {999, "999"}, {1000, "1,000"}, {1234567, "1,234,567"}, {-12345, "−12,345"}} {
		if got := thousands(tt.n); got != tt.want {
			t.Errorf("thousands(%d) = %q, want %q", tt.n, got, tt.want)
		}
	}
}

// TestRoundingRule: format.go's rule says which values print to 0.1 and
// which to 0.01; the examples are the models' documented ranges
// (score.ModelAbout: level −9..9, goldstein −10..10, netcoop −1..1) and
// the vote measures (agreement a share; idealdist in Assembly SDs).
func TestRoundingRule(t *testing.T) {
	for name, want := range map[string]int{
		"level": 1, "kalman": 1, "goldstein": 1, "trend": 1, "idealdist": 1, "ideal-point": 1,
		"netcoop": 2, "share-material-conflict": 2, "volume": 2, "agreement": 2, "s": 2, "kappa": 2, "un-agreement": 2,
	} {
		if got := decimals(name); got != want {
			t.Errorf("decimals(%q) = %d, want %d", name, got, want)
		}
	}
	// paramText: the starting level 4.3291 → 4.3 (0.1), a setting (gain
	// 0.35, prior scale 0.125) to three significant digits, whole numbers
	// whole; a fitted estimate to two, trailing zeros kept: q 0.012345 →
	// 0.012, σ² 12.5 → 13 (half away from zero), mean log ψ −2.99 → −3.0;
	// digits counted after rounding: 9.96 → 10, 0.0996 → 0.10, 99.6 → 100
	// (two significant digits each, not "10.0", "0.100", "100.0").
	for _, tt := range []struct {
		name string
		v    float64
		want string
	}{{"start", 4.3291, "4.3"}, {"start", -0.923, "−0.9"}, {"gain", 0.35, "0.35"}, {"prior_scale", 0.125, "0.125"},
		{"q", 0.012345, "0.012"}, {"sigma2", 12.5, "13"}, {"mean_log_psi", -2.99, "−3.0"}, {"scale", 10, "10"}, {"decay", 0.04, "0.04"},
		{"sigma2", 9.96, "10"}, {"q", 0.0996, "0.10"}, {"sigma2", 99.6, "100"}, {"mean_log_psi", -9.96, "−10"}} {
		if got := paramText(tt.name, tt.v); got != tt.want {
			t.Errorf("paramText(%q, %v) = %q, want %q", tt.name, tt.v, got, tt.want)
		}
	}
}

// TestSummaryChangePointsCell: the summary lists a dyad's number of change
// points and the latest with its shift (the section lists them all); the
// shift 5.3 − 3.1 = 2.2 (by hand) prints +2.2 by the level's 0.1 rule;
// none is "–".
func TestSummaryChangePointsCell(t *testing.T) {
	d := &DyadSection{Summary: Summary{Model: "level"}, ChangePoints: []ChangePoint{
		{Time: time.Date(2014, 3, 1, 0, 0, 0, 0, time.UTC), Before: 1, After: 0},
		{Time: time.Date(2021, 6, 1, 0, 0, 0, 0, time.UTC), Before: 3.1, After: 5.3},
	}}
	if got, want := d.summaryCells(dataset.Month).changePoints, "2 · latest Jun 2021 (+2.2)"; got != want {
		t.Errorf("change points cell %q, want %q", got, want)
	}
	d.ChangePoints = nil
	if got := d.summaryCells(dataset.Month).changePoints; got != dash {
		t.Errorf("no change points: %q, want %q", got, dash)
	}
}

// The summary row's cells (issue 11 item 3): the band alone, the events
// per year in a cell of their own (flagged when thin), and the grade
// alone when the level is the headline (its value is the headline's
// cell), with the level's value when another model is. Values: United
// States–Venezuela in the default report of chronology v5.
func TestSummaryCellsSeparate(t *testing.T) {
	d := &DyadSection{Summary: Summary{Model: "level", Value: -8.264801, Lower: -9, Upper: -6.706328, Level: -8.264801, Grade: "confrontation", EventsPerYear: 6.1421304}}
	c := d.summaryCells(dataset.Month)
	if c.band != "−9.0 … −6.7" || c.perYear != "6.1" || c.level != "confrontation" {
		t.Errorf("level headline: band %q, per year %q, level %q", c.band, c.perYear, c.level)
	}
	d.Summary.Model, d.Summary.Thin = "kalman", true
	c = d.summaryCells(dataset.Month)
	if c.perYear != "6.1 (thin evidence)" || c.level != "−8.3 confrontation" {
		t.Errorf("kalman headline: per year %q, level %q", c.perYear, c.level)
	}
	if h := levelHeader("level"); h != "Grade" {
		t.Errorf("level header %q", h)
	}
	// "65 periods" said what they are: months with events.
	d.Summary.Events, d.Summary.Periods = 192, 65
	if l := d.summaryLine(dataset.Month); !strings.HasPrefix(l, "192 events in 65 months with events.") {
		t.Errorf("summary line %q", l)
	}
}

// levelNum writes a level to 0.1 unless the rounded value would read in
// another grade (cut points −6, −3, 0, 3, 6; score.Grades): Russia–United
// States ended 2025 at −3.018, tense, which "−3.0" would make discordant
// (review).
func TestLevelNum(t *testing.T) {
	for _, c := range []struct {
		v    float64
		want string
	}{
		{-3.018, "−3.02"}, // tense; −3.0 is discordant
		{-2.96, "−3.0"},   // discordant, and so is −3.0
		{-4.62, "−4.6"},
		{5.96, "5.96"}, // good; 6.0 is friendly
		{6.04, "6.0"},
		{-0.04, "−0.04"}, // discordant; 0.0 reads ordinary
		{0.04, "0.0"},
		{math.NaN(), "–"},
	} {
		if got := levelNum(c.v); got != c.want {
			t.Errorf("levelNum(%v) = %q, want %q", c.v, got, c.want)
		}
	}
}

// parseNum reads back a number num or signed wrote (true minus, "+").
func parseNum(t *testing.T, s string) float64 {
	t.Helper()
	s = strings.Replace(strings.TrimPrefix(s, "+"), "−", "-", 1)
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatalf("cannot read printed number %q: %v", s, err)
	}
	return v
}

// TestShiftIsPrintedDifference: every printed change table (the PDF's
// changeTable, the HTML section's rows, the notebook's ChangeTable) and the
// summary's latest shift print the shift as the printed After minus the
// printed Before (format.go's rounding rule). The brief's case: 5.16 →
// 5.84 prints 5.2 and 5.8, so +0.6, where the unrounded shift 0.68 would
// print +0.7; 0.25 → 0.35 (both binary halves) and −1.05 → 1.05 check the
// half cases; the rest are drawn at random (seeded) and checked against
// the printed terms, never against a hard-coded shift.
func TestShiftIsPrintedDifference(t *testing.T) {
	pairs := [][2]float64{{5.16, 5.84}, {0.25, 0.35}, {-1.05, 1.05}, {-8.96, -3.04}, {0.149, 0.151}}
	rng := rand.New(rand.NewSource(11))
	for i := 0; i < 200; i++ {
		pairs = append(pairs, [2]float64{rng.Float64()*18 - 9, rng.Float64()*18 - 9})
	}
	if got := shiftText(5.16, 5.84, 1); got != "+0.6" {
		t.Errorf("shiftText(5.16, 5.84) = %q, want +0.6 (5.8 − 5.2, by hand)", got)
	}
	check := func(where string, before, after, shift string) {
		t.Helper()
		want := signed(parseNum(t, after)-parseNum(t, before), 1)
		if shift != want {
			t.Errorf("%s: printed %s → %s with shift %s, want %s", where, before, after, shift, want)
		}
	}
	start := time.Date(2014, 3, 1, 0, 0, 0, 0, time.UTC)
	var cps []ChangePoint
	res := &score.ChangeResult{}
	for i, p := range pairs {
		tm := start.AddDate(0, i, 0)
		cps = append(cps, ChangePoint{Time: tm, Before: p[0], After: p[1], Confidence: math.NaN()})
		res.Points = append(res.Points, score.ChangePoint{Index: i, Date: tm, From: tm, To: tm, Before: p[0], After: p[1], Prob: 0.5})
	}
	_, rows := changeTable(cps, dataset.Month, 1)
	for _, r := range rows {
		check("PDF", r[1], r[2], r[3])
	}
	tab := ChangeTable(res)
	for _, r := range tab.Rows {
		check("ChangeTable", r[1], r[2], r[3])
	}
	rep := &Report{Granularity: dataset.Month, Dyads: []*DyadSection{{Name: "A – B", Summary: Summary{Model: "level"}, ChangePoints: cps}}}
	hd := rep.htmlData().Dyads[0]
	for _, r := range hd.ChangePoints {
		check("HTML", r[1].Text, r[2].Text, r[3].Text)
	}
	if len(hd.ChangePoints) != len(pairs) || len(rows) != len(pairs) || len(tab.Rows) != len(pairs) {
		t.Fatalf("rows: PDF %d, HTML %d, ChangeTable %d, want %d", len(rows), len(hd.ChangePoints), len(tab.Rows), len(pairs))
	}
	last := pairs[len(pairs)-1]
	cell := rep.Dyads[0].summaryCells(dataset.Month).changePoints
	if !strings.HasSuffix(cell, "("+shiftText(last[0], last[1], 1)+")") {
		t.Errorf("summary cell %q does not end in the table's shift %s", cell, shiftText(last[0], last[1], 1))
	}
}
