package dataset

import (
	"testing"
	"time"
)

func TestGranularityStart(t *testing.T) {
	// 2024-05-16 is a Thursday (calendar); its ISO week starts Monday 2024-05-13.
	at := time.Date(2024, 5, 16, 13, 45, 0, 0, time.UTC)
	tests := []struct {
		g    Granularity
		want time.Time
		next time.Time
	}{
		{Day, day(2024, 5, 16), day(2024, 5, 17)},
		{Week, day(2024, 5, 13), day(2024, 5, 20)},
		{Month, day(2024, 5, 1), day(2024, 6, 1)},
		{Quarter, day(2024, 4, 1), day(2024, 7, 1)},
		{Year, day(2024, 1, 1), day(2025, 1, 1)},
	}
	for _, tt := range tests {
		got := tt.g.Start(at)
		if !got.Equal(tt.want) {
			t.Errorf("%v.Start = %v, want %v", tt.g, got, tt.want)
		}
		if n := tt.g.Next(got); !n.Equal(tt.next) {
			t.Errorf("%v.Next = %v, want %v", tt.g, n, tt.next)
		}
		back, err := ParseGranularity(tt.g.String())
		if err != nil || back != tt.g {
			t.Errorf("ParseGranularity(%q) = %v, %v", tt.g.String(), back, err)
		}
	}
	// A Sunday belongs to the week that started six days earlier.
	if got := Week.Start(day(2024, 5, 19)); !got.Equal(day(2024, 5, 13)) {
		t.Errorf("week of Sunday 2024-05-19 starts %v", got)
	}
	if !Month.Start(time.Time{}).IsZero() {
		t.Error("zero time should stay zero")
	}
	if _, err := ParseGranularity("fortnight"); err == nil {
		t.Error("fortnight accepted")
	}
	var zero Granularity
	if zero != Month {
		t.Error("zero value must be Month")
	}
}

func TestPeriods(t *testing.T) {
	ps := Quarter.Periods(day(2023, 11, 5), day(2024, 5, 16))
	want := []time.Time{day(2023, 10, 1), day(2024, 1, 1), day(2024, 4, 1)}
	if len(ps) != len(want) {
		t.Fatalf("got %v", ps)
	}
	for i := range ps {
		if !ps[i].Equal(want[i]) {
			t.Errorf("period %d = %v, want %v", i, ps[i], want[i])
		}
	}
	if Month.Periods(day(2024, 2, 1), day(2024, 1, 1)) != nil {
		t.Error("reversed range should give nil")
	}
}
