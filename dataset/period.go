package dataset

import (
	"fmt"
	"strings"
	"time"
)

// Granularity is the length of an aggregation period. The zero value is
// Month, the default of every model in entente.
type Granularity int8

const (
	Month Granularity = iota
	Day
	Week // ISO weeks, starting on Monday
	Quarter
	Year
)

var granularityNames = [...]string{Month: "month", Day: "day", Week: "week", Quarter: "quarter", Year: "year"}

// String returns "day", "week", "month", "quarter" or "year".
func (g Granularity) String() string {
	if g < 0 || int(g) >= len(granularityNames) {
		return fmt.Sprintf("Granularity(%d)", int8(g))
	}
	return granularityNames[g]
}

// ParseGranularity parses the names String returns (case-insensitive).
func ParseGranularity(s string) (Granularity, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	for g, name := range granularityNames {
		if s == name {
			return Granularity(g), nil
		}
	}
	return Month, badValue("dataset: unknown granularity %q (want day, week, month, quarter or year)", s)
}

// Start returns the first day (00:00 UTC) of the period that contains t.
// The zero time maps to the zero time.
func (g Granularity) Start(t time.Time) time.Time {
	if t.IsZero() {
		return time.Time{}
	}
	y, m, d := t.Date()
	switch g {
	case Day:
		return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	case Week:
		day := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		off := (int(day.Weekday()) + 6) % 7 // Monday = 0
		return day.AddDate(0, 0, -off)
	case Quarter:
		return time.Date(y, m-(m-1)%3, 1, 0, 0, 0, 0, time.UTC)
	case Year:
		return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
	default:
		return time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	}
}

// Next returns the start of the period after the one that starts at start.
func (g Granularity) Next(start time.Time) time.Time {
	switch g {
	case Day:
		return start.AddDate(0, 0, 1)
	case Week:
		return start.AddDate(0, 0, 7)
	case Quarter:
		return start.AddDate(0, 3, 0)
	case Year:
		return start.AddDate(1, 0, 0)
	default:
		return start.AddDate(0, 1, 0)
	}
}

// Periods returns the starts of every period from the one containing from to
// the one containing to, inclusive. It returns nil if either is zero or
// to is before from.
func (g Granularity) Periods(from, to time.Time) []time.Time {
	if from.IsZero() || to.IsZero() || to.Before(from) {
		return nil
	}
	var out []time.Time
	end := g.Start(to)
	for p := g.Start(from); !p.After(end); p = g.Next(p) {
		out = append(out, p)
	}
	return out
}
