package plots

import (
	"math"
	"strconv"
	"time"

	"gonum.org/v1/plot"
)

// TimeToX returns the x coordinate of t on a chart's time axis: Unix
// seconds (UTC). The zero time maps to NaN.
func TimeToX(t time.Time) float64 {
	if t.IsZero() {
		return math.NaN()
	}
	return unixX(t)
}

// unixX is TimeToX without the zero-time check (0001-01-01 is a valid
// tick on a very long axis).
func unixX(t time.Time) float64 {
	return float64(t.Unix()) + float64(t.Nanosecond())/1e9
}

// XToTime is the inverse of TimeToX (UTC, rounded to the second). NaN and
// infinities map to the zero time.
func XToTime(x float64) time.Time {
	if math.IsNaN(x) || math.IsInf(x, 0) || math.Abs(x) > maxTickX {
		return time.Time{}
	}
	return time.Unix(int64(math.Floor(x+0.5)), 0).UTC()
}

// maxTickX bounds the axis range CalendarTicker handles: ±100,000 years
// around 1970 in seconds. Beyond it (and for NaN or empty ranges) Ticks
// returns nil.
const maxTickX = 100000 * 365.2425 * 86400

// CalendarTicker is a plot.Ticker for time axes in Unix seconds (see
// TimeToX) that puts ticks on calendar boundaries: days, ISO weeks
// (Mondays), months, quarters, half-years and years (1, 2, 5, 10, 20, 50,
// 100… years), choosing the finest step that gives at most MaxTicks
// labelled ticks. Labels read by step:
//
//	years        "2019"
//	half-years   "Jan 2019", "Jul 2019"
//	quarters     "Q3 2019"
//	months       "Mar 2024"
//	days, weeks  "5 Mar 2024" on the first tick and where the year
//	             changes, "12 Mar" elsewhere
//
// Unlabelled minor ticks mark the next finer calendar unit when there are
// not too many of them (months under quarters, quarters under years, …).
type CalendarTicker struct {
	// MaxTicks is the largest number of labelled ticks; 0 means 7.
	MaxTicks int
}

// tickStep is one candidate spacing.
type tickStep struct {
	unit   tickUnit
	n      int     // multiple of the unit
	approx float64 // approximate length in seconds
}

type tickUnit int8

const (
	unitDay tickUnit = iota
	unitWeek
	unitMonth
	unitYear
)

const day = 86400.0

var tickSteps = func() []tickStep {
	s := []tickStep{
		{unitDay, 1, day}, {unitDay, 2, 2 * day},
		{unitWeek, 1, 7 * day}, {unitWeek, 2, 14 * day},
		{unitMonth, 1, 30.44 * day}, {unitMonth, 2, 60.88 * day},
		{unitMonth, 3, 91.31 * day}, {unitMonth, 6, 182.62 * day},
	}
	for _, y := range []int{1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000, 100000} {
		s = append(s, tickStep{unitYear, y, float64(y) * 365.2425 * day})
	}
	return s
}()

// Ticks implements plot.Ticker.
func (t CalendarTicker) Ticks(min, max float64) []plot.Tick {
	if !(min < max) || math.IsInf(min, 0) || math.IsInf(max, 0) || min < -maxTickX || max > maxTickX {
		return nil
	}
	maxTicks := t.MaxTicks
	if maxTicks <= 0 {
		maxTicks = 7
	}
	span := max - min
	for i, st := range tickSteps {
		if span/st.approx > float64(maxTicks)+1 {
			// certainly too many: skip without listing them
			continue
		}
		major := st.times(min, max)
		if len(major) > maxTicks || len(major) == 0 {
			// too many, or no boundary of this step inside the range
			// (a coarser step may still have one: a range from
			// November to February holds no quarter start but a year
			// start).
			continue
		}
		ticks := make([]plot.Tick, 0, len(major)*4)
		prevYear := math.MinInt
		for j, tm := range major {
			ticks = append(ticks, plot.Tick{Value: unixX(tm), Label: st.label(tm, j == 0 || tm.Year() != prevYear)})
			prevYear = tm.Year()
		}
		if i > 0 {
			ticks = append(ticks, minorTicks(st, min, max, maxTicks)...)
		}
		return ticks
	}
	return nil
}

// minorTicks returns unlabelled ticks at the next finer calendar unit, if
// there are at most 6 per labelled tick.
func minorTicks(st tickStep, min, max float64, maxTicks int) []plot.Tick {
	var fine tickStep
	switch {
	case st.unit == unitDay:
		fine = tickStep{unitDay, 1, day}
	case st.unit == unitWeek:
		fine = tickStep{unitDay, 1, day}
	case st.unit == unitMonth && st.n == 1:
		return nil
	case st.unit == unitMonth && st.n <= 3:
		fine = tickStep{unitMonth, 1, 30.44 * day}
	case st.unit == unitMonth:
		fine = tickStep{unitMonth, 3, 91.31 * day}
	case st.unit == unitYear && st.n == 1:
		fine = tickStep{unitMonth, 3, 91.31 * day}
	default:
		// 2 → 1, 5 → 1, 10 → 2 (5 sub-ticks), 20 → 5 …
		n := st.n / 5
		if st.n%5 != 0 {
			n = st.n / 2
		}
		if n < 1 {
			n = 1
		}
		fine = tickStep{unitYear, n, float64(n) * 365.2425 * day}
	}
	if fine.unit == st.unit && fine.n == st.n {
		return nil
	}
	if (max-min)/fine.approx > float64(6*maxTicks) {
		return nil
	}
	var out []plot.Tick
	for _, tm := range fine.times(min, max) {
		if !st.aligned(tm) {
			out = append(out, plot.Tick{Value: unixX(tm)})
		}
	}
	return out
}

// times returns the step's boundaries within [min, max].
func (st tickStep) times(min, max float64) []time.Time {
	var out []time.Time
	switch st.unit {
	case unitDay, unitWeek:
		n := int64(st.n)
		off := int64(0)
		if st.unit == unitWeek {
			n *= 7
			off = 4 // 1970-01-05 was a Monday: day index d is a Monday when (d-4) % 7 == 0
		}
		d := int64(math.Ceil(min / day))
		d += floorMod(off-d, n)
		for ; float64(d)*day <= max; d += n {
			out = append(out, time.Unix(d*86400, 0).UTC())
		}
	case unitMonth:
		t0 := XToTime(min)
		m := int64(t0.Year())*12 + int64(t0.Month()) - 1
		m += floorMod(-m, int64(st.n))
		for ; ; m += int64(st.n) {
			tm := time.Date(int(floorDiv(m, 12)), time.Month(floorMod(m, 12)+1), 1, 0, 0, 0, 0, time.UTC)
			x := unixX(tm)
			if x > max {
				break
			}
			if x >= min {
				out = append(out, tm)
			}
		}
	case unitYear:
		y := int64(XToTime(min).Year())
		y += floorMod(-y, int64(st.n))
		for ; ; y += int64(st.n) {
			tm := time.Date(int(y), 1, 1, 0, 0, 0, 0, time.UTC)
			x := unixX(tm)
			if x > max {
				break
			}
			if x >= min {
				out = append(out, tm)
			}
		}
	}
	return out
}

// aligned reports whether tm is one of the step's boundaries.
func (st tickStep) aligned(tm time.Time) bool {
	switch st.unit {
	case unitDay:
		return floorMod(tm.Unix()/86400, int64(st.n)) == 0
	case unitWeek:
		return floorMod(tm.Unix()/86400-4, int64(7*st.n)) == 0
	case unitMonth:
		return tm.Day() == 1 && floorMod(int64(tm.Month())-1, int64(st.n)) == 0
	default:
		return tm.Day() == 1 && tm.Month() == time.January && floorMod(int64(tm.Year()), int64(st.n)) == 0
	}
}

// label formats a boundary for the step.
func (st tickStep) label(tm time.Time, withYear bool) string {
	switch {
	case st.unit == unitYear:
		return strconv.Itoa(tm.Year())
	case st.unit == unitMonth && st.n == 3:
		return "Q" + strconv.Itoa((int(tm.Month())-1)/3+1) + " " + strconv.Itoa(tm.Year())
	case st.unit == unitMonth:
		return tm.Format("Jan 2006")
	case withYear:
		return tm.Format("2 Jan 2006")
	default:
		return tm.Format("2 Jan")
	}
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

func floorMod(a, b int64) int64 {
	m := a % b
	if m < 0 {
		m += b
	}
	return m
}
