package report

import (
	"math"
	"testing"
	"time"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/score"
)

// monthly builds a monthly series from 2023-01 with the given values and
// one event per period with a value.
func monthly(model string, vals ...float64) *score.Series {
	s := &score.Series{Dyad: dataset.Dyad{A: "CHN", B: "RUS"}, Model: model, Granularity: dataset.Month}
	for i, v := range vals {
		p := score.NewPoint(time.Date(2023, time.Month(1+i), 1, 0, 0, 0, 0, time.UTC))
		p.Value = v
		if !math.IsNaN(v) {
			p.N = 1
		}
		s.Points = append(s.Points, p)
	}
	return s
}

func TestSummarize(t *testing.T) {
	n := math.NaN()
	// 14 months, Jan 2023 – Feb 2024, value = month index i (0…13),
	// with Feb 2024 (i = 13) the last. Hand results: 3 months before Feb
	// 2024 is Nov 2023 (i = 10) → change 3; 12 months before is Feb 2023
	// (i = 1) → change 12. The last 12 months lie on a line of slope 1 a
	// month: 12 a year, far above 5 % of the range 20 → "rising".
	vals := make([]float64, 14)
	for i := range vals {
		vals[i] = float64(i)
	}
	main := monthly("kalman", vals...)
	level := monthly("level", append(make([]float64, 13), 4.5)...)
	s := Summarize(main, level, -10, 10)
	if s.Value != 13 || !s.Period.Equal(time.Date(2024, 2, 1, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("value %v in %v", s.Value, s.Period)
	}
	if s.Change3 != 3 || s.Change12 != 12 {
		t.Errorf("changes %v, %v; want 3, 12", s.Change3, s.Change12)
	}
	if s.Trend != "rising" || math.Abs(s.Slope-12) > 0.3 { // months differ in length: ≈ 12
		t.Errorf("trend %q slope %v (≈ 12 a year)", s.Trend, s.Slope)
	}
	if s.Level != 4.5 || s.Grade != "good" { // 4.5 in [3, 6): good
		t.Errorf("level %v grade %q", s.Level, s.Grade)
	}
	if s.Events != 14 || s.Periods != 14 || s.Model != "kalman" {
		t.Errorf("events %d periods %d model %q", s.Events, s.Periods, s.Model)
	}
	// The last value is found by skipping back over NaN; a missing month 3
	// months earlier gives NaN, never 0.
	// Jan 1, Feb NaN, Mar 3, Apr 4, May 5, Jun NaN: the last value is
	// May's; 3 months before is February, missing.
	main = monthly("goldstein", 1, n, 3, 4, 5, n)
	s = Summarize(main, nil, -10, 10)
	if s.Value != 5 || !math.IsNaN(s.Change3) || !math.IsNaN(s.Change12) {
		t.Errorf("value %v change3 %v change12 %v", s.Value, s.Change3, s.Change12)
	}
	if !math.IsNaN(s.Level) || s.Grade != "" {
		t.Errorf("no level series: %v %q", s.Level, s.Grade)
	}
	// nothing to summarise
	s = Summarize(monthly("kalman", n, n), nil, 0, 0)
	if !math.IsNaN(s.Value) || s.Trend != "" || !s.Period.IsZero() {
		t.Errorf("empty summary %+v", s)
	}
}

func TestTrendOf(t *testing.T) {
	end := time.Date(2023, 12, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		vals []float64
		thr  float64
		want string
	}{
		{"flat", []float64{2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2}, 1, "stable"},
		// slope 1/12 a month = 1 a year: change over 12 months 1 ≥ 1
		{"just rising", []float64{0, 1. / 12, 2. / 12, 3. / 12, 4. / 12, 5. / 12, 6. / 12, 7. / 12, 8. / 12, 9. / 12, 10. / 12, 11. / 12}, 0.9, "rising"},
		{"small rise", []float64{0, 1. / 12, 2. / 12, 3. / 12, 4. / 12, 5. / 12, 6. / 12, 7. / 12, 8. / 12, 9. / 12, 10. / 12, 11. / 12}, 1.2, "stable"},
		{"falling", []float64{6, 5, 4, 3, 2, 1, 0, -1, -2, -3, -4, -5}, 1, "falling"},
		{"too few values", []float64{math.NaN(), math.NaN(), 1, math.NaN(), math.NaN(), math.NaN(), math.NaN(), math.NaN(), math.NaN(), math.NaN(), math.NaN(), 2}, 1, ""},
	}
	for _, tt := range tests {
		s := monthly("x", tt.vals...)
		_, word := TrendOf(s, end, dataset.Month, tt.thr)
		if word != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, word, tt.want)
		}
	}
	// The window is the 12 months up to end: an earlier value does not
	// count. 13 values, the first far off, the last 12 flat → stable.
	s := monthly("x", append([]float64{100}, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2)...)
	if _, w := TrendOf(s, time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), dataset.Month, 1); w != "stable" {
		t.Errorf("window leaks: %q", w)
	}
}

func TestValueMonthsBefore(t *testing.T) {
	// Quarterly: 3 months before is the previous quarter; yearly series
	// have no value 3 months before.
	q := &score.Series{Granularity: dataset.Quarter}
	for i, v := range []float64{1, 2, 3} {
		p := score.NewPoint(time.Date(2023, time.Month(1+3*i), 1, 0, 0, 0, 0, time.UTC))
		p.Value = v
		q.Points = append(q.Points, p)
	}
	if v := valueMonthsBefore(q, time.Date(2023, 7, 1, 0, 0, 0, 0, time.UTC), 3); v != 2 {
		t.Errorf("quarter: %v", v)
	}
	y := &score.Series{Granularity: dataset.Year, Points: []score.Point{{Start: time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC), Value: 1}, {Start: time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC), Value: 2}}}
	if v := valueMonthsBefore(y, time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC), 3); !math.IsNaN(v) {
		t.Errorf("year, 3 months: %v", v)
	}
	if v := valueMonthsBefore(y, time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC), 12); v != 1 {
		t.Errorf("year, 12 months: %v", v)
	}
}

// Thin evidence and events per year (issue 11): 36 months, one event in
// each of the first 30 and none since (Jan 2023 … Dec 2025). The 24 months
// up to the last value (Jan 2024 … Dec 2025) hold the events of months 13
// to 30: 18, not thin. With events only in the first 16 months, 4 fall in
// the window (months 13–16): thin. Events per year: 30 events over 3 years
// = 10; 16 over 3 = 5.33.
func TestSummarizeThinEvidence(t *testing.T) {
	vals := make([]float64, 36)
	for i := range vals {
		vals[i] = 1
	}
	for _, c := range []struct {
		active int
		thin   bool
		perYr  float64
	}{{30, false, 10}, {16, true, 16.0 / 3}} {
		s := monthly("level", vals...)
		for i := range s.Points {
			s.Points[i].N = 0
			if i < c.active {
				s.Points[i].N = 1
			}
		}
		sm := Summarize(s, s, -9, 9)
		if sm.Thin != c.thin || math.Abs(sm.EventsPerYear-c.perYr) > 0.01 {
			t.Errorf("active %d: thin %v, %v events/yr; want %v, %v", c.active, sm.Thin, sm.EventsPerYear, c.thin, c.perYr)
		}
	}
}

// TestThinEvidence: the rule by hand on 30 months from Jan 2023 with 5
// events in Jan 2023 and 1 in Jun 2024, none otherwise. A month's window
// is the 24 months up to it (after its start minus 24 months). Jan 2023:
// 5 < 6, thin; Jun 2024: 5 + 1 = 6, not thin, and so up to Dec 2024 (Jan
// 2023 is still after Dec 2022); Jan 2025: the window no longer holds Jan
// 2023, 1 event, thin again. Summarize flags its last value by the same
// rule.
func TestThinEvidence(t *testing.T) {
	vals := make([]float64, 30)
	s := monthly("level", vals...)
	for i := range s.Points {
		s.Points[i].N = 0
	}
	s.Points[0].N, s.Points[17].N = 5, 1
	got := ThinEvidence(s)
	for i, thin := range got {
		want := i < 17 || i >= 24
		if thin != want {
			t.Errorf("%s: thin %v, want %v", s.Points[i].Start.Format("2006-01"), thin, want)
		}
	}
	for _, n := range []int{18, 24, 25} {
		c := *s
		c.Points = s.Points[:n]
		if sm := Summarize(&c, &c, -9, 9); sm.Thin != got[n-1] {
			t.Errorf("Summarize up to %s: thin %v, ThinEvidence %v", c.Points[n-1].Start.Format("2006-01"), sm.Thin, got[n-1])
		}
	}
	if ThinEvidence(nil) != nil {
		t.Error("ThinEvidence(nil) is not nil")
	}
}
