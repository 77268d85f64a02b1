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
	// with Feb 2024 (i = 13) the last. Hand results: the changes compare
	// 3-month means. The mean up to Feb 2024 is that of i = 11, 12, 13:
	// 12; 3 months before, up to Nov 2023, of i = 8, 9, 10: 9 → change 3;
	// 12 months before, up to Feb 2023, of i = 0, 1 (Dec 2022 has no
	// value): 0.5 → change 11.5, far above 5 % of the range 20 → "rising",
	// at 11.5 a year.
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
	if s.Change3 != 3 || s.Change12 != 11.5 {
		t.Errorf("changes %v, %v; want 3, 11.5", s.Change3, s.Change12)
	}
	if s.Trend != "rising" || s.Slope != 11.5 {
		t.Errorf("trend %q slope %v (11.5 a year)", s.Trend, s.Slope)
	}
	if s.Level != 4.5 || s.Grade != "good" { // 4.5 in [3, 6): good
		t.Errorf("level %v grade %q", s.Level, s.Grade)
	}
	if s.Events != 14 || s.Periods != 14 || s.Model != "kalman" {
		t.Errorf("events %d periods %d model %q", s.Events, s.Periods, s.Model)
	}
	// The last value is found by skipping back over NaN; a 3-month window
	// without a value gives NaN, never 0. Jan 1, Feb NaN, Mar 3, Apr 4,
	// May 5, Jun NaN: the last value is May's; the mean up to May is 4
	// (Mar, Apr, May), up to February 1 (January's alone) → change 3; the
	// 3 months up to May 2022 hold nothing → no 12-month change, no trend.
	main = monthly("goldstein", 1, n, 3, 4, 5, n)
	s = Summarize(main, nil, -10, 10)
	if s.Value != 5 || s.Change3 != 3 || !math.IsNaN(s.Change12) || s.Trend != "" || !math.IsNaN(s.Slope) {
		t.Errorf("value %v change3 %v change12 %v trend %q slope %v", s.Value, s.Change3, s.Change12, s.Trend, s.Slope)
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
	end := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC) // the 13th month from Jan 2023
	ramp := make([]float64, 13)                        // i/12: the means up to Jan 2024 (i = 10, 11, 12) and Jan 2023 (i = 0) differ by 11/12
	for i := range ramp {
		ramp[i] = float64(i) / 12
	}
	n := math.NaN()
	tests := []struct {
		name string
		vals []float64
		thr  float64
		want string
	}{
		{"flat", []float64{2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2}, 1, "stable"},
		{"just rising", ramp, 0.9, "rising"}, // 11/12 = 0.917 ≥ 0.9
		{"small rise", ramp, 1, "stable"},    // 0.917 < 1
		// means −5 (−4, −5, −6) and 6: −11
		{"falling", []float64{6, 5, 4, 3, 2, 1, 0, -1, -2, -3, -4, -5, -6}, 1, "falling"},
		// rising over the year, falling in its last 3 months: the mean up
		// to Jan 2024 is (5 + 4 + 3)/3 = 4, a year before 0 → rising, as
		// the 12-month change beside it says
		{"rising, last months falling", []float64{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 5, 4, 3}, 1, "rising"},
		{"no value a year before", []float64{n, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2}, 1, ""},
	}
	for _, tt := range tests {
		s := monthly("x", tt.vals...)
		slope, word := TrendOf(s, end, tt.thr)
		if word != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, word, tt.want)
		}
		if c := ChangeOf(s, end, TrendWindow); word != "" && slope != c {
			t.Errorf("%s: slope %v a year, 12-month change %v", tt.name, slope, c)
		}
	}
}

// ChangeOf on other granularities: a quarterly series' 3-month change is
// the previous quarter's (one period per window); a yearly series has no
// 3-month change and its 12-month change is the previous year's.
func TestChangeOfGranularities(t *testing.T) {
	q := &score.Series{Granularity: dataset.Quarter}
	for i, v := range []float64{1, 2, 4} {
		p := score.NewPoint(time.Date(2023, time.Month(1+3*i), 1, 0, 0, 0, 0, time.UTC))
		p.Value = v
		q.Points = append(q.Points, p)
	}
	if v := ChangeOf(q, time.Date(2023, 7, 1, 0, 0, 0, 0, time.UTC), 3); v != 2 {
		t.Errorf("quarter: %v, want 4 − 2", v)
	}
	if v := ChangeOf(q, time.Date(2023, 7, 1, 0, 0, 0, 0, time.UTC), 4); !math.IsNaN(v) {
		t.Errorf("quarter, 4 months: %v", v)
	}
	y := &score.Series{Granularity: dataset.Year, Points: []score.Point{{Start: time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC), Value: 1}, {Start: time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC), Value: 2}}}
	if v := ChangeOf(y, time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC), 3); !math.IsNaN(v) {
		t.Errorf("year, 3 months: %v", v)
	}
	if v := ChangeOf(y, time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC), 12); v != 1 {
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

// The trend word agrees with the Δ columns beside it in the default report
// (issue 11 item 3). Before, on chronology v5, Russia–Ukraine read
// "falling" with Δ 12 +0.1, China–India "stable" with Δ 12 −1.9 and
// China–United States "rising" at 4.73 a year with Δ 12 +1.41: the word
// came from a least-squares line, the changes from single months. Now the
// word is the sign of Δ 12 beyond 5 % of the range (0.9 on the level's
// −9…+9) and the slope is Δ 12 a year, for every dyad and these three.
func TestTrendAgreesWithChanges(t *testing.T) {
	r := defaultReport(t)
	thr := StableShare * 2 * score.MaxLevel
	seen := map[string]bool{}
	for _, d := range r.Dyads {
		s := d.Summary
		if s.Model != "level" {
			t.Fatalf("%s: headline %q, want level", d.Name, s.Model)
		}
		if c := ChangeOf(d.main, s.Period, 12); c != s.Change12 || ChangeOf(d.main, s.Period, 3) != s.Change3 {
			t.Errorf("%s: changes %v, %v are not ChangeOf's", d.Name, s.Change3, s.Change12)
		}
		want := "stable"
		switch {
		case s.Change12 >= thr:
			want = "rising"
		case s.Change12 <= -thr:
			want = "falling"
		}
		if s.Trend != want || s.Slope != s.Change12 {
			t.Errorf("%s: %q at %.2f a year with Δ 12 %+.2f (Δ 3 %+.2f); want %q", d.Name, s.Trend, s.Slope, s.Change12, s.Change3, want)
		}
		seen[d.Dyad.String()] = true
	}
	for _, d := range []string{"RUS-UKR", "CHN-IND", "CHN-USA"} {
		if !seen[d] {
			t.Errorf("%s not in the default report", d)
		}
	}
}
