package extract

import (
	"strconv"
	"strings"
	"time"
)

// Date forms: the date expressions the coder recognises (dateForms, tried in
// order by dateAt — ISO dates, weekdays, month-days, day-months, months
// and years, years, decades, relative dates) and anaphoric dates ("that
// day", "the next day") resolved against the date named before them.

// dateAt parses a date expression starting at toks[k].
func dateAt(toks []token, k, to int, pub time.Time) (dateSpan, bool) {
	t := &toks[k]
	d := dateSpan{from: k, to: k + 1, weekday: -1}
	low := t.low
	switch {
	case t.kind == tkWord && t.cap || t.kind == tkWord && (low == "today" || low == "yesterday" || low == "tomorrow" || low == "tonight"):
	case t.kind == tkNumber:
	case t.kind == tkWord && (low == "last" || low == "this" || low == "next" || low == "earlier" || low == "later" || low == "the" || low == "a" || low == "an" || low == "that" || numberWords[low] > 0):
	default:
		return d, false
	}
	for _, f := range dateForms {
		if x, ok := f.at(toks, k, to, pub); ok {
			return x, true
		}
	}
	return d, false
}

// dateForms are the date expressions dateAt recognises, tried in order
// (the first that matches wins): an anaphor ("that day", "the next day"),
// an ISO date, a weekday, month-day ("May 16"), day-month ("16 May"), a
// month with or without a year, a year, a decade, and relative expressions
// ("last week", "earlier this month", "three days ago").
var dateForms = []struct {
	name string
	at   func(toks []token, k, to int, pub time.Time) (dateSpan, bool)
}{
	{"anaphor", dateAnaphor},
	{"ISO date", dateIsoDate},
	{"weekday", dateWeekday},
	{"month-day", dateMonthDay},
	{"day-month", dateDayMonth},
	{"month and year", dateMonthAndYear},
	{"year", dateYear},
	{"decade", dateDecade},
	{"relative", dateRelative},
}

// dateAnaphor reads an anaphoric date expression ("that day") at toks[k] (see dateAt).
func dateAnaphor(toks []token, k, to int, pub time.Time) (dateSpan, bool) {
	d := dateSpan{from: k, to: k + 1, weekday: -1}
	if shift, unit, end, ok := anaphorAt(toks, k, to); ok {
		d.to, d.anaphor, d.shift, d.unit, d.prec = end, true, shift, unit, unit
		d.relative = true
		return d, true
	}
	return d, false
}

// dateIsoDate reads an ISO date at toks[k] (see dateAt).
func dateIsoDate(toks []token, k, to int, pub time.Time) (dateSpan, bool) {
	t := &toks[k]
	d := dateSpan{from: k, to: k + 1, weekday: -1}
	// ISO date 2024-05-16
	if y, ok := yearNumber(t); ok && k+4 < to && toks[k+1].low == "-" && !toks[k+1].space && toks[k+2].kind == tkNumber && toks[k+3].low == "-" && toks[k+4].kind == tkNumber {
		mo, e1 := strconv.Atoi(toks[k+2].low)
		dd, e2 := strconv.Atoi(toks[k+4].low)
		if e1 == nil && e2 == nil && mo >= 1 && mo <= 12 && validDay(y, time.Month(mo), dd) {
			d.to = k + 5
			d.date = ymd(y, time.Month(mo), dd)
			d.until = d.date
			d.prec = PrecisionDay
			return d, true
		}
	}
	return d, false
}

// dateWeekday reads a weekday date expression at toks[k] (see dateAt).
func dateWeekday(toks []token, k, to int, pub time.Time) (dateSpan, bool) {
	t := &toks[k]
	d := dateSpan{from: k, to: k + 1, weekday: -1}
	low := t.low
	// weekday
	if wd, ok := weekdayNames[low]; ok && t.cap {
		d.weekday = int(wd)
		d.prec = PrecisionDay
		d.relative = true
		dir := 0
		if k > 0 {
			switch toks[k-1].low {
			case "last", "past", "previous":
				dir = -1
				d.from = k - 1
			case "next", "coming":
				dir = 1
				d.from = k - 1
			case "this":
				d.from = k - 1
			}
		}
		d.direction = dir
		if !pub.IsZero() {
			d.date = lastWeekday(pub, wd, dir)
			d.until = d.date
		}
		// "Thursday night/morning"
		if k+1 < to && (toks[k+1].low == "night" || toks[k+1].low == "morning" || toks[k+1].low == "evening" || toks[k+1].low == "afternoon") {
			d.to = k + 2
		}
		// "Thursday (May 8)" or "Thursday, May 8"
		j := d.to
		paren := false
		if j < to && (toks[j].low == "(" || toks[j].low == ",") {
			paren = toks[j].low == "("
			j++
		}
		if j < to {
			if x, ok := monthDayAt(toks, j, to, pub); ok {
				d.date, d.until, d.relative = x.date, x.until, x.relative
				d.weekday = -1
				d.to = x.to
				if paren && d.to < to && toks[d.to].low == ")" {
					d.to++
				}
			}
		}
		return d, true
	}
	return d, false
}

// dateMonthDay reads a month-day date expression at toks[k] (see dateAt).
func dateMonthDay(toks []token, k, to int, pub time.Time) (dateSpan, bool) {
	d := dateSpan{from: k, to: k + 1, weekday: -1}
	if x, ok := monthDayAt(toks, k, to, pub); ok {
		return x, true
	}
	return d, false
}

// dateDayMonth reads a day-month date expression at toks[k] (see dateAt).
func dateDayMonth(toks []token, k, to int, pub time.Time) (dateSpan, bool) {
	t := &toks[k]
	d := dateSpan{from: k, to: k + 1, weekday: -1}
	low := t.low
	// day-month: "16 May", "16 May 2024", "16-17 May"
	if dd, ok := dayNumber(t); ok && t.kind != tkWord || ok && strings.HasSuffix(low, "th") {
		j := k + 1
		dd2 := 0
		if j+1 < to && (toks[j].low == "-" || toks[j].low == "—" || toks[j].low == "to") {
			if d2, ok := dayNumber(&toks[j+1]); ok && d2 > dd {
				dd2 = d2
				j += 2
			}
		}
		if m, ok := monthAt(toks, j); ok {
			j++
			if j < to && toks[j].low == "." {
				j++
			}
			y := 0
			if j < to {
				if yy, ok := yearNumber(&toks[j]); ok {
					y = yy
					j++
				}
			}
			var date time.Time
			rel := false
			if y > 0 && validDay(y, m, dd) {
				date = ymd(y, m, dd)
			} else if y == 0 {
				date, _ = nearYear(pub, m, dd)
				rel = true
			}
			if !date.IsZero() || rel {
				d.to = j
				d.prec = PrecisionDay
				d.relative = rel
				d.yearless = rel
				d.date = date
				d.until = date
				if dd2 > 0 && !date.IsZero() && validDay(date.Year(), m, dd2) {
					d.until = ymd(date.Year(), m, dd2)
				}
				return d, true
			}
		}
	}
	return d, false
}

// dateMonthAndYear reads a month and year date expression at toks[k] (see dateAt).
func dateMonthAndYear(toks []token, k, to int, pub time.Time) (dateSpan, bool) {
	d := dateSpan{from: k, to: k + 1, weekday: -1}
	// month [year]: "February 2022", "in March"
	if m, ok := monthAt(toks, k); ok {
		j := k + 1
		if j < to && toks[j].low == "." {
			j++
		}
		if j < to {
			if y, ok := yearNumber(&toks[j]); ok {
				d.to = j + 1
				d.date = ymd(y, m, 1)
				d.until = d.date.AddDate(0, 1, -1)
				d.prec = PrecisionMonth
				return d, true
			}
		}
		// a bare month needs a governing word to be read as a date
		if k > 0 {
			switch toks[k-1].low {
			case "in", "since", "until", "by", "during", "early", "late", "mid", "mid-", "last", "next", "this", "of", "from", "before", "after", "through":
				d.prec = PrecisionMonth
				d.relative = true
				d.yearless = toks[k-1].low != "last" && toks[k-1].low != "next" && toks[k-1].low != "this"
				if !pub.IsZero() {
					p := day(pub)
					y := p.Year()
					if m > p.Month() {
						y--
					}
					if toks[k-1].low == "next" {
						y = p.Year()
						if m <= p.Month() {
							y++
						}
					}
					d.date = ymd(y, m, 1)
					d.until = d.date.AddDate(0, 1, -1)
				}
				return d, true
			}
		}
		return d, false
	}
	return d, false
}

// dateYear reads a year date expression at toks[k] (see dateAt).
func dateYear(toks []token, k, to int, pub time.Time) (dateSpan, bool) {
	t := &toks[k]
	d := dateSpan{from: k, to: k + 1, weekday: -1}
	// year: "in 2023", "2019"
	if y, ok := yearNumber(t); ok {
		if k > 0 && (toks[k-1].low == "$" || toks[k-1].low == "€" || toks[k-1].low == "£") {
			return d, false
		}
		if k+1 < to {
			switch nounSingular(toks[k+1].low) {
			case "billion", "million", "trillion", "km", "kilometer", "kilometre", "mile", "ton", "tonne", "troop", "soldier", "people", "dollar", "euro", "barrel", "metre", "meter", "person", "%", "percent", "member", "kg", "year-old":
				return d, false
			}
		}
		d.date = ymd(y, 1, 1)
		d.until = ymd(y, 12, 31)
		d.prec = PrecisionYear
		// "2019-2020": keep the first year
		if k+2 < to && toks[k+1].low == "-" {
			if y2, ok := yearNumber(&toks[k+2]); ok && y2 > y {
				d.to = k + 3
				d.until = ymd(y2, 12, 31)
			}
		}
		return d, true
	}
	return d, false
}

// dateDecade reads a decade date expression at toks[k] (see dateAt).
func dateDecade(toks []token, k, to int, pub time.Time) (dateSpan, bool) {
	t := &toks[k]
	d := dateSpan{from: k, to: k + 1, weekday: -1}
	low := t.low
	// decades: "the 2010s", "the '90s", "the 1990s"
	if low == "the" && k+1 < to {
		j := k + 1
		if toks[j].kind == tkQuote && j+1 < to {
			j++
		}
		w := toks[j].low
		if strings.HasSuffix(w, "s") && (len(w) == 5 || len(w) == 3) {
			if n, err := strconv.Atoi(w[:len(w)-1]); err == nil && n%10 == 0 {
				if len(w) == 3 {
					if n >= 30 {
						n += 1900
					} else {
						n += 2000
					}
				}
				if n >= 1800 && n < 2200 {
					d.to = j + 1
					d.date = ymd(n, 1, 1)
					d.until = ymd(n+9, 12, 31)
					d.prec = PrecisionDecade
					return d, true
				}
			}
		}
		return d, false
	}
	return d, false
}

// dateRelative reads a relative date expression at toks[k] (see dateAt).
func dateRelative(toks []token, k, to int, pub time.Time) (dateSpan, bool) {
	t := &toks[k]
	d := dateSpan{from: k, to: k + 1, weekday: -1}
	low := t.low
	// relative expressions
	p := day(pub)
	resolve := func(from, until time.Time, prec Precision, end int) (dateSpan, bool) {
		d.to = end
		d.prec = prec
		d.relative = true
		if !pub.IsZero() {
			d.date, d.until = from, until
		}
		return d, true
	}
	switch low {
	case "today", "tonight":
		return resolve(p, p, PrecisionDay, k+1)
	case "yesterday":
		return resolve(p.AddDate(0, 0, -1), p.AddDate(0, 0, -1), PrecisionDay, k+1)
	case "tomorrow":
		return resolve(p.AddDate(0, 0, 1), p.AddDate(0, 0, 1), PrecisionDay, k+1)
	case "last", "this", "next", "earlier", "later":
		j := k + 1
		if (low == "earlier" || low == "later") && j < to && toks[j].low == "this" {
			j++
		} else if (low == "earlier" || low == "later") && j+2 < to && toks[j].low == "in" && toks[j+1].low == "the" {
			j += 2 // "later in the week", "earlier in the year"
		}
		if j >= to {
			return d, false
		}
		dir := 0
		switch low {
		case "last":
			dir = -1
		case "next":
			dir = 1
		}
		switch toks[j].low {
		case "week":
			m := mondayOf(p).AddDate(0, 0, 7*dir)
			return resolve(m, m.AddDate(0, 0, 6), PrecisionWeek, j+1)
		case "weekend":
			sat := lastWeekday(p, time.Saturday, -1)
			if dir > 0 {
				sat = lastWeekday(p, time.Saturday, 1)
			}
			return resolve(sat, sat.AddDate(0, 0, 1), PrecisionDay, j+1)
		case "month":
			m := ymd(p.Year(), p.Month(), 1).AddDate(0, dir, 0)
			return resolve(m, m.AddDate(0, 1, -1), PrecisionMonth, j+1)
		case "year":
			y := ymd(p.Year()+dir, 1, 1)
			return resolve(y, ymd(y.Year(), 12, 31), PrecisionYear, j+1)
		case "night":
			if low == "last" {
				return resolve(p.AddDate(0, 0, -1), p.AddDate(0, 0, -1), PrecisionDay, j+1)
			}
		case "morning", "afternoon", "evening":
			if low == "this" {
				return resolve(p, p, PrecisionDay, j+1)
			}
		}
		return d, false
	}
	// "three days ago", "two weeks ago", "a month ago"
	if n, ok := numberWords[low]; ok || t.kind == tkNumber {
		if !ok {
			v, err := strconv.Atoi(low)
			if err != nil || v <= 0 || v > 100 {
				return d, false
			}
			n = v
		}
		if k+2 < to && toks[k+2].low == "ago" {
			switch nounSingular(toks[k+1].low) {
			case "day":
				x := p.AddDate(0, 0, -n)
				return resolve(x, x, PrecisionDay, k+3)
			case "week":
				x := mondayOf(p.AddDate(0, 0, -7*n))
				return resolve(x, x.AddDate(0, 0, 6), PrecisionWeek, k+3)
			case "month":
				x := ymd(p.Year(), p.Month(), 1).AddDate(0, -n, 0)
				return resolve(x, x.AddDate(0, 1, -1), PrecisionMonth, k+3)
			case "year":
				x := ymd(p.Year()-n, 1, 1)
				return resolve(x, ymd(x.Year(), 12, 31), PrecisionYear, k+3)
			}
		}
	}
	return d, false
}

// dateUnits are the nouns of anaphoric dates.
var dateUnits = map[string]Precision{"day": PrecisionDay, "week": PrecisionWeek, "month": PrecisionMonth, "year": PrecisionYear}

// anaphorAt parses an anaphoric date at toks[k]: "that day", "the same
// day", "that same week", "the next day", "the following month", "the
// previous year", "later that year", "earlier that day", "the day after"
// or "the day before" at the end of a phrase. shift is the number of units
// from the date it refers to.
func anaphorAt(toks []token, k, to int) (shift int, unit Precision, end int, ok bool) {
	w := func(i int) string {
		if i < to {
			return toks[i].low
		}
		return ""
	}
	j := k
	if w(j) == "later" || w(j) == "earlier" {
		j++
		if w(j) != "that" {
			return 0, 0, 0, false
		}
	}
	switch w(j) {
	case "that":
		j++
		if w(j) == "same" {
			j++
		}
		if u, ok := dateUnits[w(j)]; ok {
			return 0, u, j + 1, true
		}
	case "the":
		j++
		switch w(j) {
		case "same":
			if u, ok := dateUnits[w(j+1)]; ok {
				return 0, u, j + 2, true
			}
		case "next", "following":
			if u, ok := dateUnits[w(j+1)]; ok {
				return 1, u, j + 2, true
			}
		case "previous", "preceding":
			if u, ok := dateUnits[w(j+1)]; ok {
				return -1, u, j + 2, true
			}
		case "day":
			// "the day before," but not "the day before the invasion"
			if (w(j+1) == "before" || w(j+1) == "after") && (j+2 >= to || toks[j+2].kind == tkPunct) {
				if w(j+1) == "before" {
					return -1, PrecisionDay, j + 2, true
				}
				return 1, PrecisionDay, j + 2, true
			}
		}
	}
	return 0, 0, 0, false
}

// resolveAnaphora dates the anaphoric spans of a sentence (in text order)
// against the last resolved anchoring date before each: *last carries it
// across sentences. An anaphor with nothing to refer to stays undated.
func resolveAnaphora(spans []dateSpan, last *dateSpan) {
	for i := range spans {
		ds := &spans[i]
		if ds.anaphor {
			if last.date.IsZero() {
				continue
			}
			prec := ds.unit
			if last.prec > prec {
				prec = last.prec
			}
			ds.date = periodStart(shiftDate(last.date, ds.shift, ds.unit, 1), prec)
			ds.prec = prec
			switch prec {
			case PrecisionDay:
				ds.until = ds.date
			case PrecisionWeek:
				ds.until = ds.date.AddDate(0, 0, 6)
			case PrecisionMonth:
				ds.until = ds.date.AddDate(0, 1, -1)
			case PrecisionYear:
				ds.until = ymd(ds.date.Year(), 12, 31)
			}
			if ds.anchor {
				*last = *ds // "That day …. The next day …" chains
			}
			continue
		}
		if ds.anchor && !ds.date.IsZero() && ds.prec >= PrecisionDay && ds.prec <= PrecisionYear {
			*last = *ds
		}
	}
}

// monthDayAt parses "May 16", "May 16, 2024", "Sept. 5", "May 16 to 17",
// "May 16-17", "May 16th" at toks[k].
func monthDayAt(toks []token, k, to int, pub time.Time) (dateSpan, bool) {
	d := dateSpan{from: k, to: k + 1, weekday: -1}
	m, ok := monthAt(toks, k)
	if !ok {
		return d, false
	}
	j := k + 1
	if j < to && toks[j].low == "." {
		j++
	}
	if j >= to {
		return d, false
	}
	dd, ok := dayNumber(&toks[j])
	if !ok || toks[j].kind == tkWord && !strings.HasSuffix(toks[j].low, "th") && !strings.HasSuffix(toks[j].low, "st") && !strings.HasSuffix(toks[j].low, "nd") && !strings.HasSuffix(toks[j].low, "rd") {
		return d, false
	}
	j++
	dd2 := 0
	if j+1 < to && (toks[j].low == "-" || toks[j].low == "—" || toks[j].low == "to" || toks[j].low == "and") {
		if d2, ok := dayNumber(&toks[j+1]); ok && d2 > dd && toks[j+1].kind == tkNumber {
			dd2 = d2
			j += 2
		}
	}
	y := 0
	jj := j
	if jj < to && toks[jj].low == "," {
		jj++
	}
	if jj < to {
		if yy, ok := yearNumber(&toks[jj]); ok {
			y = yy
			j = jj + 1
		}
	}
	d.to = j
	d.prec = PrecisionDay
	if y > 0 {
		if !validDay(y, m, dd) {
			return d, false
		}
		d.date = ymd(y, m, dd)
	} else {
		d.relative = true
		d.yearless = true
		d.date, _ = nearYear(pub, m, dd)
	}
	d.until = d.date
	if dd2 > 0 && !d.date.IsZero() && validDay(d.date.Year(), m, dd2) {
		d.until = ymd(d.date.Year(), m, dd2)
	}
	return d, true
}
