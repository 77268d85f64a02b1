package plots

import (
	"errors"
	"testing"
	"time"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/score"
)

// polesRange: level charts and automatic axes span zero (−1, 1); a fixed
// axis gives its own range. maxLabels: 0 or less means 8.
func TestPolesRangeAndMaxLabels(t *testing.T) {
	if lo, hi := polesRange(&SeriesOptions{}, false, 0, 1); lo != -1 || hi != 1 {
		t.Errorf("automatic axis: %v, %v", lo, hi)
	}
	if lo, hi := polesRange(&SeriesOptions{YMin: 0, YMax: 1}, true, 0, 1); lo != -1 || hi != 1 {
		t.Errorf("level chart: %v, %v", lo, hi)
	}
	if lo, hi := polesRange(&SeriesOptions{YMin: 0, YMax: 1}, false, 0, 1); lo != 0 || hi != 1 {
		t.Errorf("fixed axis: %v, %v", lo, hi)
	}
	for n, want := range map[int]int{-1: 8, 0: 8, 3: 3} {
		if got := (&SeriesOptions{MaxLabels: n}).maxLabels(); got != want {
			t.Errorf("maxLabels(%d) = %d, want %d", n, got, want)
		}
	}
	if (*SeriesOptions)(nil).orDefault() == nil {
		t.Error("nil options have no default")
	}
}

// prepareSeries: x is the period's midpoint, points with a zero Start are
// left out, bands and thin flags are carried, and the span is first start
// … end of the last period.
func TestPrepareSeries(t *testing.T) {
	jan := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	s := score.Series{Dyad: dyCHNRUS, Model: "kalman", Granularity: dataset.Month}
	for i := 0; i < 3; i++ {
		p := score.NewPoint(jan.AddDate(0, i, 0))
		p.Value = float64(i)
		if i == 1 {
			p.Lower80, p.Upper80 = 0, 2 // an 80 % band only
		}
		s.Points = append(s.Points, p)
	}
	s.Points = append(s.Points, score.NewPoint(time.Time{})) // no start: skipped
	data, err := prepareSeries([]score.Series{s}, &SeriesOptions{Thin: [][]bool{{false, true}}})
	if err != nil {
		t.Fatal(err)
	}
	d := data[0]
	if len(d.xs) != 3 || d.label != "CHN-RUS" || d.hasBand || !d.hasBand80 {
		t.Fatalf("%d points, label %q, band %v, band80 %v", len(d.xs), d.label, d.hasBand, d.hasBand80)
	}
	// January's midpoint: halfway between 1 January and 1 February.
	if want := (TimeToX(jan) + TimeToX(jan.AddDate(0, 1, 0))) / 2; d.xs[0] != want {
		t.Errorf("x of January %v, want %v", d.xs[0], want)
	}
	if !d.first.Equal(jan) || !d.lastEnd.Equal(jan.AddDate(0, 3, 0)) {
		t.Errorf("span %v – %v, want January – 1 April", d.first, d.lastEnd)
	}
	if len(d.thin) != 3 || d.thin[0] || !d.thin[1] || d.thin[2] {
		t.Errorf("thin %v, want [false true false] (a short Thin slice marks nothing after it)", d.thin)
	}
	// No thin point: nil.
	data, _ = prepareSeries([]score.Series{s}, &SeriesOptions{Thin: [][]bool{{false}}})
	if data[0].thin != nil {
		t.Errorf("thin %v, want nil", data[0].thin)
	}
	if _, err := prepareSeries([]score.Series{s}, &SeriesOptions{Labels: []string{"a", "b"}}); !errors.Is(err, ErrShape) {
		t.Errorf("two labels for one series: %v, want ErrShape", err)
	}
	data, _ = prepareSeries([]score.Series{s}, &SeriesOptions{Labels: []string{"China – Russia"}})
	if data[0].label != "China – Russia" {
		t.Errorf("label %q", data[0].label)
	}
}

// timeRange: the union of the series' spans, or From/To rounded out to
// whole periods; nothing when the range is empty.
func TestTimeRange(t *testing.T) {
	a := synthSeries(dyCHNRUS, month(2020, 3), 4, 0, 0, 0) // Mar – Jun 2020
	b := synthSeries(dyCIVTUR, month(2020, 1), 3, 0, 0, 0) // Jan – Mar 2020
	data, _ := prepareSeries([]score.Series{a, b}, &SeriesOptions{})
	from, to, g := timeRange(data, &SeriesOptions{})
	if !from.Equal(month(2020, 1)) || !to.Equal(month(2020, 7)) || g != dataset.Month {
		t.Errorf("range %v – %v %v, want Jan – Jul 2020 (exclusive)", from, to, g)
	}
	from, to, _ = timeRange(data, &SeriesOptions{From: time.Date(2020, 2, 14, 0, 0, 0, 0, time.UTC), To: time.Date(2020, 4, 2, 0, 0, 0, 0, time.UTC)})
	if !from.Equal(month(2020, 2)) || !to.Equal(month(2020, 5)) {
		t.Errorf("restricted %v – %v, want Feb – May 2020 (exclusive)", from, to)
	}
	from, to, _ = timeRange(data, &SeriesOptions{From: month(2021, 1), To: month(2020, 1)})
	if !from.IsZero() || !to.IsZero() {
		t.Errorf("inverted range gave %v – %v", from, to)
	}
	if from, _, _ := timeRange(nil, &SeriesOptions{}); !from.IsZero() {
		t.Error("no data gave a range")
	}
}

// valueAt finds the period containing t; matches takes the zero dyad for
// every series and either order for an undirected one.
func TestValueAtAndMatches(t *testing.T) {
	s := synthSeries(dyCHNRUS, month(2020, 1), 3, 0, 0, 0)
	data, _ := prepareSeries([]score.Series{s}, &SeriesOptions{})
	d := &data[0]
	if x, v, ok := d.valueAt(time.Date(2020, 2, 17, 0, 0, 0, 0, time.UTC)); !ok || x != d.xs[1] || v != d.vals[1] {
		t.Errorf("valueAt(17 Feb) = %v, %v, %v; want February's point", x, v, ok)
	}
	if _, _, ok := d.valueAt(month(2020, 4)); ok {
		t.Error("valueAt found April outside the series")
	}
	rev := dataset.Dyad{A: "RUS", B: "CHN"}
	if !d.matches(dataset.Dyad{}) || !d.matches(dyCHNRUS) || !d.matches(rev) || d.matches(dyCIVTUR) {
		t.Error("undirected matches wrong")
	}
	d.directed = true
	if d.matches(rev) || !d.matches(dyCHNRUS) {
		t.Error("directed CHN→RUS matches RUS→CHN")
	}
}

func TestPhrases(t *testing.T) {
	for g, want := range map[dataset.Granularity]string{dataset.Day: "daily", dataset.Week: "weekly",
		dataset.Month: "monthly", dataset.Quarter: "quarterly", dataset.Year: "yearly"} {
		if got := periodPhrase(g); got != want {
			t.Errorf("periodPhrase(%v) = %q, want %q", g, got, want)
		}
	}
	d := func(y int, m time.Month, day int) time.Time { return time.Date(y, m, day, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		from, to time.Time // to exclusive
		g        dataset.Granularity
		want     string
	}{
		{d(2012, 1, 1), d(2026, 1, 1), dataset.Month, "Jan 2012 – Dec 2025"},
		{d(2024, 5, 1), d(2024, 6, 1), dataset.Month, "May 2024"},
		{d(2020, 1, 1), d(2025, 1, 1), dataset.Year, "2020 – 2024"},
		{d(2023, 4, 1), d(2024, 4, 1), dataset.Quarter, "Q2 2023 – Q1 2024"},
		{d(2024, 2, 26), d(2024, 3, 11), dataset.Week, "26 Feb 2024 – 10 Mar 2024"},
		{time.Time{}, time.Time{}, dataset.Month, "no data"},
	}
	for _, tt := range tests {
		if got := spanPhrase(tt.from, tt.to, tt.g); got != tt.want {
			t.Errorf("spanPhrase(%v, %v, %v) = %q, want %q", tt.from, tt.to, tt.g, got, tt.want)
		}
	}
	data := []seriesData{{label: "a"}, {label: "b"}, {label: "c"}, {label: "d"}}
	for max, want := range map[int]string{1: "a and 3 more", 3: "a, b, c and 1 more", 4: "a, b, c, d", 9: "a, b, c, d"} {
		if got := joinLabels(data, max); got != want {
			t.Errorf("joinLabels(max %d) = %q, want %q", max, got, want)
		}
	}
}

// TestWithPoles: the poles line of an axis label; its arrows are joined
// to their words by a no-break space, so that a wrapped label never
// leaves an arrow on a line of its own (wrapText).
func TestWithPoles(t *testing.T) {
	tests := []struct {
		label  string
		p      *Poles
		lo, hi float64
		want   string
	}{
		{"Index", nil, -3, 4, "Index\n←\u00a0conflict (−)  ·  (+) cooperation\u00a0→"},
		{"Agreement", nil, 0, 1, "Agreement"}, // the axis does not span zero
		{"Index", &Poles{}, -3, 4, "Index"},
		{"S", &Poles{Negative: "opposed", Positive: "aligned"}, 0, 1, "S\n←\u00a0opposed (−)  ·  (+) aligned\u00a0→"},
		// a range touching zero does not span it, an empty label is the
		// poles line alone, a one-sided Poles writes its side
		{"share", nil, -1, 0, "share"},
		{"", nil, -3, 3, "←\u00a0conflict (−)  ·  (+) cooperation\u00a0→"},
		{"index", &Poles{Positive: "agreement"}, 0, 1, "index\n(+) agreement\u00a0→"},
		{"index", &Poles{Negative: "apart"}, -1, 1, "index\n←\u00a0apart (−)"},
	}
	for _, tt := range tests {
		if got := withPoles(tt.label, tt.p, tt.lo, tt.hi); got != tt.want {
			t.Errorf("withPoles(%q, %v, %v, %v) = %q, want %q", tt.label, tt.p, tt.lo, tt.hi, got, tt.want)
		}
	}
}
