package plots

import (
	"math"
	"reflect"
	"testing"
	"time"
)

func day0(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func calendarLabels(from, to string, max int) (labels []string, minor int) {
	for _, tk := range (CalendarTicker{MaxTicks: max}).Ticks(TimeToX(day0(from)), TimeToX(day0(to))) {
		if tk.Label == "" {
			minor++
			continue
		}
		labels = append(labels, tk.Label)
	}
	return labels, minor
}

// The expected labels are the calendar boundaries inside each range,
// counted by hand: the ticker takes the finest step (day, 2 days, week,
// 2 weeks, month, 2 months, quarter, half-year, 1/2/5/10… years) giving at
// most MaxTicks labels.
func TestCalendarTickerLabels(t *testing.T) {
	tests := []struct {
		name, from, to string
		max            int
		want           []string
		minor          int
	}{
		{"14 years → 2-year steps", "2012-01-01", "2025-12-31", 7,
			[]string{"2012", "2014", "2016", "2018", "2020", "2022", "2024"}, 7}, // odd years as minor ticks
		{"14 years, room for 14", "2012-01-01", "2026-01-01", 15,
			[]string{"2012", "2013", "2014", "2015", "2016", "2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024", "2025", "2026"}, 42}, // quarter starts: 3 a year × 14
		{"one year → 2-month steps", "2019-01-01", "2020-01-01", 7,
			[]string{"Jan 2019", "Mar 2019", "May 2019", "Jul 2019", "Sep 2019", "Nov 2019", "Jan 2020"}, 6}, // the even months
		{"two years → quarters", "2019-01-01", "2020-12-31", 8,
			[]string{"Q1 2019", "Q2 2019", "Q3 2019", "Q4 2019", "Q1 2020", "Q2 2020", "Q3 2020", "Q4 2020"}, 16}, // 2 months per quarter
		{"three years → half-years", "2018-01-01", "2020-12-31", 7,
			[]string{"Jan 2018", "Jul 2018", "Jan 2019", "Jul 2019", "Jan 2020", "Jul 2020"}, 6}, // Apr and Oct of each year
		{"four months → months", "2024-03-01", "2024-06-30", 7,
			[]string{"Mar 2024", "Apr 2024", "May 2024", "Jun 2024"}, 0},
		{"six weeks → ISO weeks (Mondays)", "2024-03-01", "2024-04-15", 7,
			[]string{"4 Mar 2024", "11 Mar", "18 Mar", "25 Mar", "1 Apr", "8 Apr", "15 Apr"}, 0}, // 45 days > 6 per label: no day ticks
		{"days across New Year", "2023-12-29", "2024-01-03", 7,
			[]string{"29 Dec 2023", "30 Dec", "31 Dec", "1 Jan 2024", "2 Jan", "3 Jan"}, 0},
		{"mid-November to February, one label: the 2-month boundary", "2015-11-15", "2016-02-10", 1,
			[]string{"Jan 2016"}, 2}, // 1 Dec and 1 Feb as minor ticks
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, minor := calendarLabels(tt.from, tt.to, tt.max)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("labels = %q, want %q", got, tt.want)
			}
			if minor != tt.minor {
				t.Errorf("%d minor ticks, want %d", minor, tt.minor)
			}
		})
	}
}

func TestCalendarTickerDefaultMax(t *testing.T) {
	// MaxTicks 0 means 7: 2012–2025 gives 2-year steps as above.
	got, _ := calendarLabels("2012-01-01", "2025-12-31", 0)
	if len(got) != 7 || got[0] != "2012" {
		t.Fatalf("default MaxTicks: %q", got)
	}
}

func TestCalendarTickerInvalidRanges(t *testing.T) {
	tk := CalendarTicker{}
	for _, r := range [][2]float64{
		{math.NaN(), 1}, {0, math.NaN()}, {1, 1}, {2, 1},
		{math.Inf(-1), 0}, {0, math.Inf(1)}, {-1e18, 1e18},
	} {
		if got := tk.Ticks(r[0], r[1]); got != nil {
			t.Errorf("Ticks(%v, %v) = %v, want nil", r[0], r[1], got)
		}
	}
}

func TestCalendarTickerTicksOnBoundaries(t *testing.T) {
	// Every tick, major or minor, is at 00:00 UTC: never an arbitrary
	// time of day as plot.TimeTicks gives.
	for _, r := range [][2]string{{"2012-01-01", "2025-12-31"}, {"2024-03-01", "2024-04-15"}, {"2019-02-13", "2020-07-30"}} {
		for _, tk := range (CalendarTicker{}).Ticks(TimeToX(day0(r[0])), TimeToX(day0(r[1]))) {
			tm := XToTime(tk.Value)
			if tm.Hour() != 0 || tm.Minute() != 0 || tm.Second() != 0 {
				t.Errorf("%v: tick at %v is not midnight", r, tm)
			}
		}
	}
}

func TestTimeToX(t *testing.T) {
	if x := TimeToX(day0("1970-01-02")); x != 86400 {
		t.Errorf("TimeToX(1970-01-02) = %v, want 86400 (one day of seconds)", x)
	}
	if !math.IsNaN(TimeToX(time.Time{})) {
		t.Error("TimeToX(zero) is not NaN")
	}
	if got := XToTime(TimeToX(day0("2024-02-29"))); !got.Equal(day0("2024-02-29")) {
		t.Errorf("round trip: %v", got)
	}
	if !XToTime(math.NaN()).IsZero() || !XToTime(math.Inf(1)).IsZero() {
		t.Error("XToTime of NaN/Inf is not the zero time")
	}
}

func FuzzCalendarTicker(f *testing.F) {
	f.Add(TimeToX(day0("2012-01-01")), TimeToX(day0("2025-12-31")), 7)
	f.Add(0.0, 1.0, 3)
	f.Add(-1e12, 1e12, 10)
	f.Add(1.7e9, 1.7e9+3600, 0)
	f.Add(-62135596800.0, -62135596800.0+86400*400, 5)
	f.Fuzz(func(t *testing.T, min, max float64, maxTicks int) {
		if maxTicks > 1000 || maxTicks < -1000 {
			return
		}
		ticks := CalendarTicker{MaxTicks: maxTicks}.Ticks(min, max)
		limit := maxTicks
		if limit <= 0 {
			limit = 7
		}
		major := 0
		for i, tk := range ticks {
			if tk.Value < min || tk.Value > max || math.IsNaN(tk.Value) {
				t.Fatalf("tick %v outside [%v, %v]", tk.Value, min, max)
			}
			if tk.Label != "" {
				major++
				if i > 0 && ticks[i-1].Label != "" && ticks[i-1].Value >= tk.Value {
					t.Fatalf("labelled ticks not increasing: %v then %v", ticks[i-1].Value, tk.Value)
				}
			}
		}
		if major > limit {
			t.Fatalf("%d labelled ticks, limit %d", major, limit)
		}
		if len(ticks) > 7*limit+7 {
			t.Fatalf("%d ticks in all for limit %d", len(ticks), limit)
		}
	})
}
