package report

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/score"
)

// dash is written for a value that cannot be computed.
const dash = "–"

// Rounding. Every number the PDF, the HTML page, the Markdown summary and
// the notebook tables print follows one rule, by what the number measures
// (the CSV files keep eight significant digits, see CSVResolution):
//
//   - a value on a relationship scale (the level −9 … +9, an index or a
//     Goldstein weight −10 … +10, their changes, shifts and contributions),
//     an event weight, an ideal point or distance (Assembly SD): 0.1
//     (scaleDecimals), because their 95 % bands are rarely narrower than
//     ±0.3, so a second decimal would claim a precision the models do not
//     have;
//   - a share, a similarity or a correlation on 0 … 1 or −1 … +1 (net
//     cooperation, quad shares, vote agreement, S, κ, alignment, r): 0.01
//     (unitDecimals); their bands are about ±0.05 at best;
//   - a probability or a share written as a percentage: whole per cent;
//   - counts (events, reports, roll calls, years): integers;
//   - a model's parameters: three significant digits (settings), two for
//     a value fitted to a dyad's data (the state-space index's variances
//     and their ratio, whose uncertainty is far wider than a third
//     digit), its starting level 0.1 as a scale value (paramText).
//
// A number is rounded half away from zero (rounded) before it is written,
// so that a difference printed beside its terms is the difference of the
// printed terms: a change point's shift is its printed after minus its
// printed before (shiftText: 5.24 → 5.76 prints 5.2, 5.8 and +0.6, not the
// unrounded +0.5), in every table and chart label; the CSVs keep the
// unrounded means and shift.
//
// decimals says which rule a series (by its model name) or a measure
// follows.
const (
	scaleDecimals = 1
	unitDecimals  = 2
)

// unitModels are the models and measures whose values are shares,
// similarities or correlations (unitDecimals); every other one is on a
// relationship scale (scaleDecimals).
var unitModels = map[string]bool{
	"netcoop": true, "netcoop-norm": true, "conflict-ratio": true, "volume": true,
	"share-verbal-coop": true, "share-material-coop": true, "share-verbal-conflict": true,
	"share-material-conflict": true, "share-neutral": true,
	"un-agreement": true, "agreement": true, "s": true, "s2": true, "kappa": true, "pi": true, "coincidence": true,
}

// decimals is the number of decimals printed for a value of the model or
// measure named name (see the rounding rule above).
func decimals(name string) int {
	if unitModels[name] {
		return unitDecimals
	}
	return scaleDecimals
}

// rounded is v rounded to prec decimals, half away from zero: the value
// num writes.
func rounded(v float64, prec int) float64 {
	f := math.Pow10(prec)
	return math.Round(v*f) / f
}

// num formats v with prec decimals (rounded) and a true minus sign; NaN is
// "–".
func num(v float64, prec int) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return dash
	}
	s := strconv.FormatFloat(rounded(v, prec), 'f', prec, 64)
	if strings.HasPrefix(s, "-") {
		if strings.Trim(s[1:], "0.") == "" {
			return s[1:]
		}
		return "−" + s[1:]
	}
	return s
}

// signed formats a change with an explicit sign: "+1.2", "−0.4", "0.0".
func signed(v float64, prec int) string {
	s := num(v, prec)
	if s == dash || strings.HasPrefix(s, "−") || strings.Trim(s, "0.") == "" {
		return s
	}
	return "+" + s
}

// shiftText formats a change from before to after with an explicit sign as
// the difference of the two as num prints them with prec decimals, so that
// a table's Shift column is its After minus its Before as printed (see the
// rounding rule above); "–" when either is missing.
func shiftText(before, after float64, prec int) string {
	if math.IsNaN(before) || math.IsNaN(after) || math.IsInf(before, 0) || math.IsInf(after, 0) {
		return dash
	}
	return signed(rounded(after, prec)-rounded(before, prec), prec)
}

// shiftText is the change's shift as its table prints it: After minus
// Before as printed with prec decimals (shiftText).
func (c ChangePoint) shiftText(prec int) string { return shiftText(c.Before, c.After, prec) }

// period formats the period starting at t: "2024", "Q2 2024", "Mar 2024",
// "week of 6 May 2024", "16 May 2024".
func period(t time.Time, g dataset.Granularity) string {
	if t.IsZero() {
		return dash
	}
	switch g {
	case dataset.Year:
		return t.Format("2006")
	case dataset.Quarter:
		return fmt.Sprintf("Q%d %d", (int(t.Month())-1)/3+1, t.Year())
	case dataset.Week:
		return "week of " + t.Format("2 Jan 2006")
	case dataset.Day:
		return t.Format("2 Jan 2006")
	default:
		return t.Format("Jan 2006")
	}
}

// date formats a day: "16 May 2024"; zero is "–".
func date(t time.Time) string {
	if t.IsZero() {
		return dash
	}
	return t.Format("2 Jan 2006")
}

// span formats a range of periods: "Jan 2012 – Dec 2025".
func span(from, to time.Time, g dataset.Granularity) string {
	if from.IsZero() || to.IsZero() {
		return dash
	}
	a, b := period(from, g), period(g.Start(to), g)
	if a == b {
		return a
	}
	return a + " – " + b
}

// thousands formats an integer with thin-space-free comma grouping:
// 12,345.
func thousands(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	if neg {
		s = s[1:]
	}
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "−" + b.String()
	}
	return b.String()
}

// summaryCells are the formatted cells of one dyad's summary row, shared by
// the PDF and HTML summary tables: the band (the level's evidence band,
// another model's 95 % band), the events per year behind the dyad in a
// cell of their own (marked "(thin evidence)" when Summary.Thin), the
// level's grade — with the level's value before it only when the headline
// is another model, since a level headline shows the same number in its
// own column —, the number of change points and the latest with its shift
// ("7 · latest Jun 2021 (+0.4)"; the dyad's section lists them all, with
// their drivers), and the trend ("—" where absent).
type summaryCells struct {
	band, perYear, level, changePoints, trend string
}

func (d *DyadSection) summaryCells(g dataset.Granularity) summaryCells {
	sm := d.Summary
	c := summaryCells{band: dash, perYear: dash, level: dash, changePoints: dash, trend: dash}
	if !math.IsNaN(sm.Lower) && !math.IsNaN(sm.Upper) {
		dec := decimals(sm.Model)
		c.band = num(sm.Lower, dec) + " … " + num(sm.Upper, dec)
	}
	if !math.IsNaN(sm.EventsPerYear) {
		c.perYear = num(sm.EventsPerYear, 1)
	}
	if sm.Thin {
		c.perYear += " (thin evidence)"
	}
	if !math.IsNaN(sm.Level) {
		c.level = sm.Grade
		if sm.Model != "level" {
			c.level = levelNum(sm.Level) + " " + sm.Grade
		}
	}
	if n := len(d.ChangePoints); n > 0 {
		cp := d.ChangePoints[n-1]
		c.changePoints = fmt.Sprintf("%d · latest %s (%s)", n, period(cp.Time, g), cp.shiftText(decimals(sm.Model)))
	}
	if sm.Trend != "" {
		c.trend = sm.Trend
	}
	return c
}

// levelHeader is the summary table's header of the level column: the
// grade alone when the level is the headline (its value is in the
// headline column), else the level and its grade.
func levelHeader(model string) string {
	if model == "level" {
		return "Grade"
	}
	return "Level, grade"
}

// perYearHeader is the summary table's header of the events-per-year
// column.
const perYearHeader = "Events per year"

// summaryLine is the sentence that opens a dyad's section: its events and
// periods, the headline's last value and trend, and the relationship
// level with its grade (said once when the level is the headline).
func (d *DyadSection) summaryLine(g dataset.Granularity) string {
	s := d.Summary
	line := fmt.Sprintf("%s events in %d %s with events.", thousands(s.Events), s.Periods, periodsWord(g, s.Periods))
	if !math.IsNaN(s.Value) {
		name := "Relationship index (" + s.Model + ")"
		if s.Model == "level" {
			name = "Relationship level"
		}
		line += fmt.Sprintf(" %s %s in %s", name, s.valueText(decimals(s.Model)), period(s.Period, g))
		if s.Model == "level" && s.Grade != "" {
			line += " (" + s.Grade + ")"
		}
		if s.Trend != "" {
			line += ", " + s.Trend + " over the last 12 months"
		}
		line += "."
	}
	if s.Grade != "" && s.Model != "level" {
		line += fmt.Sprintf(" Relationship level %s: %s.", levelNum(s.Level), s.Grade)
	}
	return line
}

// periodsWord names n periods of granularity g: "months", "1 month",
// "quarters", "days".
func periodsWord(g dataset.Granularity, n int) string {
	w := g.String()
	if n != 1 {
		w += "s"
	}
	return w
}

// levelNum writes a relationship level as the report writes scale values
// (to 0.1), with one more decimal when the rounded value would sit in
// another grade than the level (Grade): −3.018, tense, is "−3.02", not
// "−3.0", which reads discordant by the grades' cut points (review).
func levelNum(v float64) string {
	if score.Grade(rounded(v, scaleDecimals)) != score.Grade(v) {
		return num(v, scaleDecimals+1)
	}
	return num(v, scaleDecimals)
}

// valueText writes the summary's headline value with dec decimals, a
// level as levelNum does.
func (s Summary) valueText(dec int) string {
	if s.Model == "level" {
		return levelNum(s.Value)
	}
	return num(s.Value, dec)
}
