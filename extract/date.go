package extract

import (
	"strconv"
	"strings"
	"time"
)

// Dates: Precision, the exported DateExpr and FindDates, the date spans of a
// sentence and their resolution against the publication day (years of
// yearless dates, weekdays, ISO weeks).

// Precision is how precisely a date expression places an event.
type Precision uint8

const (
	PrecisionNone   Precision = iota // not a date, or unresolvable (no publication date)
	PrecisionDay                     // "on Thursday", "May 16", "yesterday"
	PrecisionWeek                    // "last week", "this week"
	PrecisionMonth                   // "in February 2022", "last month"
	PrecisionYear                    // "in 2023", "last year"
	PrecisionDecade                  // "in the 2010s"
)

var precisionNames = [...]string{"none", "day", "week", "month", "year", "decade"}

// String returns "day", "week", "month", "year", "decade" or "none".
func (p Precision) String() string {
	if int(p) < len(precisionNames) {
		return precisionNames[p]
	}
	return "none"
}

// DateExpr is a date expression found in a text and resolved against the
// publication date.
//
// Start and End are byte offsets in the text. Date is the first day of the
// period the expression names (UTC midnight) and Until its last day
// ("May 16 to 17" → May 16 … May 17; "last week" → Monday … Sunday); both
// are zero when the expression cannot be resolved (a weekday or "last week"
// in an undated article). Relative marks expressions resolved against the
// publication date (weekdays, "yesterday", "last month", month-days
// without a year). Anchor is false for expressions that bound a state
// rather than date an event ("since February 2022", "by 2030", "until
// 2030").
type DateExpr struct {
	Start, End int
	Text       string
	Date       time.Time
	Until      time.Time
	Precision  Precision
	Relative   bool
	Anchor     bool
}

// FindDates finds the date expressions in text and resolves them against
// published (the zero time for an undated article: relative expressions
// then stay unresolved, with a zero Date). It recognises weekdays ("on
// Thursday", "earlier on Thursday", "last Monday" — the last such day on or
// before publication; "next Monday" after it; a bare weekday in a clause
// about the future or a schedule — "will meet on Friday", "is due to
// travel on Friday", "the parade takes place on Friday" — the first such
// day on or after publication), explicit dates and ranges
// ("May 16", "16 May 2024", "Sept. 5, 2024", "May 16 to 17", "May 16-17",
// "Thursday (May 8)", "2024-05-16"), months ("in February 2022", "in
// March" — the last March not after publication), years ("in 2023"),
// decades ("in the 2010s", "the '90s"), and relative expressions ("today",
// "yesterday", "tomorrow", "last week", "this week", "last month", "last
// year", "earlier this year", "three days ago", "two weeks ago") and
// anaphoric ones resolved against the last date before them in the text
// ("that day", "the same day", "the next day", "later that year"). A month
// or month-day without a year takes the year of an earlier date of its
// sentence, else the last one not after publication.
//
// It never fails and never panics; text that holds no date gives nil.
func FindDates(text string, published time.Time) []DateExpr {
	toks := tokenize(text)
	found := findDates(toks, 0, len(toks), published, false)
	var last dateSpan
	resolveAnaphora(found, &last)
	out := make([]DateExpr, len(found))
	for i, d := range found {
		out[i] = d.expr(text, toks)
	}
	return out
}

// dateSpan is a date expression over tokens [from, to).
type dateSpan struct {
	from, to  int
	date      time.Time
	until     time.Time
	prec      Precision
	relative  bool
	anchor    bool
	weekday   int // 0..6 for a bare weekday (re-resolved for future clauses), -1 otherwise
	direction int // -1 "last", +1 "next", 0 unmarked
	// an anaphoric date ("that day", "the next day", "later that year")
	// is resolved against the last date before it: shift units of
	// precision unit (anaphor)
	anaphor bool
	shift   int
	unit    Precision
	// yearless: a month or a month-day without its year ("in April",
	// "on May 10"), given the year of an earlier date of its sentence
	yearless bool
}

func (d *dateSpan) expr(text string, toks []token) DateExpr {
	s, e := toks[d.from].start, toks[d.to-1].end
	return DateExpr{Start: s, End: e, Text: text[s:e], Date: d.date, Until: d.until, Precision: d.prec, Relative: d.relative, Anchor: d.anchor}
}

var monthNames = map[string]time.Month{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
	"september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
	"oct": 10, "nov": 11, "dec": 12,
}

var weekdayNames = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

// monthAt returns the month a token names, requiring a capital (so the
// modal "may" and the noun "march" are not months).
func monthAt(toks []token, k int) (time.Month, bool) {
	if k < 0 || k >= len(toks) || toks[k].kind != tkWord || !toks[k].cap {
		return 0, false
	}
	m, ok := monthNames[trimPeriod(toks[k].low)]
	if !ok {
		return 0, false
	}
	// "Jan." style abbreviations may be followed by a separate "."
	return m, true
}

// dayNumber parses "16", "16th", "1st" as a day of month.
func dayNumber(t *token) (int, bool) {
	s := t.low
	for _, suf := range [...]string{"st", "nd", "rd", "th"} {
		if strings.HasSuffix(s, suf) && len(s) > 2 {
			s = s[:len(s)-2]
			break
		}
	}
	if len(s) == 0 || len(s) > 2 {
		return 0, false
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > 31 {
		return 0, false
	}
	return n, true
}

// yearNumber parses a four-digit year between 1800 and 2199.
func yearNumber(t *token) (int, bool) {
	if t.kind != tkNumber || len(t.low) != 4 {
		return 0, false
	}
	n, err := strconv.Atoi(t.low)
	if err != nil || n < 1800 || n > 2199 {
		return 0, false
	}
	return n, true
}

func ymd(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// validDay reports whether d is a day of month m in year y.
func validDay(y int, m time.Month, d int) bool {
	return d >= 1 && ymd(y, m, d).Month() == m
}

// day returns t's calendar day at UTC midnight.
func day(t time.Time) time.Time {
	y, m, d := t.Date()
	return ymd(y, m, d)
}

// nearYear picks the year for a month-day given without one: the latest
// such date no later than 31 days after publication.
func nearYear(pub time.Time, m time.Month, d int) (time.Time, bool) {
	if pub.IsZero() {
		return time.Time{}, false
	}
	p := day(pub)
	for y := p.Year() + 1; y >= p.Year()-1; y-- {
		if !validDay(y, m, d) {
			continue
		}
		t := ymd(y, m, d)
		if !t.After(p.AddDate(0, 0, 31)) {
			return t, true
		}
	}
	return time.Time{}, false
}

// lastWeekday returns the last day with weekday wd on or before pub
// (dir <= 0), or the first one after pub (dir > 0).
func lastWeekday(pub time.Time, wd time.Weekday, dir int) time.Time {
	p := day(pub)
	if dir > 0 {
		diff := (int(wd) - int(p.Weekday()) + 7) % 7
		if diff == 0 {
			diff = 7
		}
		return p.AddDate(0, 0, diff)
	}
	diff := (int(p.Weekday()) - int(wd) + 7) % 7
	if dir < 0 && diff == 0 {
		diff = 7 // "last Thursday" written on a Thursday is a week ago
	}
	return p.AddDate(0, 0, -diff)
}

// mondayOf returns the Monday of t's ISO week.
func mondayOf(t time.Time) time.Time {
	wd := (int(t.Weekday()) + 6) % 7
	return day(t).AddDate(0, 0, -wd)
}

var numberWords = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "few": 3, "a few": 3,
}

// findDates finds date expressions in toks[from:to].
// title says the text is a headline, whose present tense tells the past
// ("Putin arrives in Beijing").
func findDates(toks []token, from, to int, pub time.Time, title bool) []dateSpan {
	var out []dateSpan
	for k := from; k < to; k++ {
		d, ok := dateAt(toks, k, to, pub)
		if !ok {
			continue
		}
		// extend left over a governing preposition or modifier; a date
		// after "since", "until", "by", "before", "after" bounds a state or
		// a goal and does not date the event of its clause
		d.anchor = !boundedBefore(toks, from, d.from)
	extend:
		for d.from > from {
			switch toks[d.from-1].low {
			case "since", "until", "till", "by", "before", "after", "through":
				d.anchor = false
				d.from--
				break extend
			case "from", "on", "in", "during", "earlier", "later", "late", "early", "mid", "mid-", "of", "at":
				d.from--
			default:
				break extend
			}
		}
		if d.weekday >= 0 && d.direction == 0 && !pub.IsZero() && clauseTense(toks, from, to, d.from, d.to, title) > 0 {
			// "is due to travel on Friday", "will meet on Monday": the
			// weekday on or after publication
			d.date = nextWeekday(pub, time.Weekday(d.weekday))
			d.until = d.date
		}
		out = append(out, d)
		k = d.to - 1
	}
	sentenceYear(out)
	return out
}

// sentenceYear gives a month or month-day without a year the year of an
// earlier date of the same sentence ("a sharp turn from 2017, when Trump
// hosted Xi … in April" is April 2017, not the last April before
// publication).
func sentenceYear(spans []dateSpan) {
	year := 0
	for i := range spans {
		ds := &spans[i]
		switch {
		case ds.yearless && year > 0 && !ds.date.IsZero():
			m, dd := ds.date.Month(), ds.date.Day()
			if !validDay(year, m, dd) {
				continue
			}
			days := int(ds.until.Sub(ds.date).Hours() / 24)
			ds.date = ymd(year, m, dd)
			ds.until = ds.date.AddDate(0, 0, days)
			if ds.prec == PrecisionMonth {
				ds.until = ds.date.AddDate(0, 1, -1)
			}
		case !ds.relative && !ds.date.IsZero() && ds.prec >= PrecisionDay && ds.prec <= PrecisionYear:
			year = ds.date.Year()
		}
	}
}

// nextWeekday returns the first day with weekday wd on or after pub.
func nextWeekday(pub time.Time, wd time.Weekday) time.Time {
	p := day(pub)
	return p.AddDate(0, 0, (int(wd)-int(p.Weekday())+7)%7)
}

// boundedBefore reports whether a date at k sits in a "since …" or "until
// …" phrase that starts a few words earlier ("since beginning his fifth
// term in office last week", "until at least 2030").
func boundedBefore(toks []token, from, k int) bool {
	for j := k - 1; j >= from && j >= k-8; j-- {
		switch toks[j].low {
		case "since", "until", "till":
			return true
		case ",", ";", "and", "but", "when", "while", "which", "who":
			return false
		}
	}
	return false
}
