package extract

import (
	"strconv"
	"strings"
	"time"
)

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

// futureFrames are words that put a following "to"-infinitive after the
// time of writing or of the governing verb: "is due to travel", "plans to
// visit", "agreed to meet".
var futureFrames = map[string]bool{
	"due": true, "expected": true, "scheduled": true, "set": true, "slated": true, "poised": true,
	"going": true, "plan": true, "plans": true, "planned": true, "planning": true, "intend": true,
	"intends": true, "intended": true, "aim": true, "aims": true, "aimed": true, "hope": true,
	"hopes": true, "hoped": true, "agree": true, "agrees": true, "agreed": true, "promise": true,
	"promised": true, "promises": true, "pledge": true, "pledged": true, "pledges": true, "vow": true,
	"vowed": true, "vows": true, "decide": true, "decided": true, "decides": true, "prepare": true,
	"prepares": true, "prepared": true, "preparing": true, "ready": true, "likely": true,
	"is": true, "are": true, "am": true, "was": true, "were": true, "invited": true, "want": true,
	"wants": true, "wanted": true, "seek": true, "seeks": true, "sought": true,
}

// tenseStops end the clause a date expression belongs to.
var tenseStops = map[string]bool{
	";": true, ":": true, "—": true, "(": true, ")": true, "that": true, "which": true, "who": true,
	"when": true, "while": true, "because": true, "if": true, "unless": true, "but": true, "after": true,
	"before": true, "since": true, "as": true, "where": true, "whereas": true, "although": true,
}

// clauseTense reports the tense of the clause a date expression at
// toks[df:dt] belongs to: +1 for the future or a schedule ("will",
// "would", "'ll", "shall"; "is due/expected/scheduled/set to", "plans to",
// "agreed to meet"; a progressive "is travelling"; a present tense outside
// headlines: "the parade takes place on Friday"), −1 for the past (a past
// tense, "had", "has" + participle, "earlier"), 0 when it is not told (no
// verb; a headline's present tense). The verb group nearest the date on
// its left decides, else the first on its right (a fronted date: "On
// Friday, Putin will travel …").
func clauseTense(toks []token, from, to, df, dt int, title bool) int {
	for k := df; k < dt; k++ {
		switch toks[k].low {
		case "earlier":
			return -1
		}
	}
	// left: back to the clause start
	for j := df - 1; j >= from && j >= df-16; j-- {
		w := toks[j].low
		if tenseStops[w] || w == "," {
			break
		}
		if t, ok := verbGroupTense(toks, from, j, title); ok {
			return t
		}
	}
	// right: the first verb group after the date (over the comma of a
	// fronted date)
	for j := dt; j < to && j < dt+12; j++ {
		w := toks[j].low
		if tenseStops[w] || w == "." || w == "," && j > dt {
			break
		}
		if t, ok := verbGroupTense(toks, from, j, title); ok {
			return t
		}
	}
	return 0
}

// verbGroupTense reports whether toks[j] ends or starts a verb group
// (a modal, an auxiliary or a verb form) and, if so, its tense (+1, −1 or
// 0) read from the group's words around j (see clauseTense).
func verbGroupTense(toks []token, from, j int, title bool) (int, bool) {
	t := &toks[j]
	if t.kind != tkWord || t.cap && j > from && !modals[t.low] {
		return 0, false
	}
	w := t.low
	verbal := modals[w] || beForms[w] || haveForms[w] || looksVerb(w) || commonVerbs[w] || futureFrames[w] && w != "set"
	if !verbal {
		return 0, false
	}
	if !modals[w] && !beForms[w] && !haveForms[w] && !pastForm(w) && !strings.HasSuffix(w, "ing") && j > from {
		// a base or -s form is a verb only after its subject or an
		// auxiliary: "the talks", "a military parade", "held talks" are
		// nouns
		x := &toks[j-1]
		ok := modals[x.low] || beForms[x.low] || haveForms[x.low] || x.low == "to" || subjectPronoun[x.low] ||
			x.low == "who" || x.low == "which" || x.low == "that" || adverbs[x.low] && !determiners[x.low] ||
			x.kind == tkWord && x.cap && !determiners[x.low] ||
			x.kind == tkWord && pluralNoun(x) && (!looksVerb(x.low) || j-2 >= from && (determiners[toks[j-2].low] || numberWords[toks[j-2].low] > 0))
		if !ok {
			return 0, false
		}
	}
	// the group: j and the auxiliaries, adverbs, "to" and frames left of it
	lo := j
	for lo-1 >= from && lo > j-6 {
		x := toks[lo-1].low
		if modals[x] || beForms[x] || haveForms[x] || adverbs[x] || negators[x] || x == "to" || futureFrames[x] || x == "going" {
			lo--
			continue
		}
		break
	}
	// and right of it ("will", "is due to travel" seen from "is")
	hi := j + 1
	for hi < len(toks) && hi < j+5 {
		x := toks[hi].low
		if modals[x] || beForms[x] || haveForms[x] || adverbs[x] || negators[x] || x == "to" || futureFrames[x] {
			hi++
			continue
		}
		if toks[hi].kind == tkWord && !toks[hi].cap && hi > 0 && (toks[hi-1].low == "to" || modals[toks[hi-1].low] || beForms[toks[hi-1].low] || haveForms[toks[hi-1].low]) && looksVerbForm(toks[hi].low) {
			hi++
		}
		break
	}
	if toks[lo].low == "to" && lo+1 < hi {
		// an infinitive: the word governing it, over an object or a date
		// ("agreed on Monday to meet again on Friday")
		for k := lo - 1; k >= from && k >= lo-8; k-- {
			x := toks[k].low
			if tenseStops[x] || x == "," {
				break
			}
			if futureFrames[x] || x == "will" || x == "would" || x == "'ll" {
				return 1, true
			}
			if toks[k].kind == tkWord && !toks[k].cap && looksVerb(x) {
				break
			}
		}
	}
	past, present := false, false
	for k := lo; k < hi; k++ {
		x := toks[k].low
		switch {
		case x == "will" || x == "'ll" || x == "shall" || x == "would" || x == "wo" || x == "'d":
			return 1, true
		case x == "to" && k > lo && futureFrames[toks[k-1].low] && k+1 < hi:
			return 1, true
		case (x == "is" || x == "are" || x == "am" || x == "'re") && k+1 < hi && strings.HasSuffix(toks[k+1].low, "ing"):
			return 1, true // a progressive with a time: "is travelling on Friday"
		case x == "had" || x == "was" || x == "were" || x == "did":
			past = true
		case x == "has" || x == "have":
			if k+1 < hi {
				past = true
			} else {
				present = true
			}
		case x == "is" || x == "are" || x == "am" || x == "does" || x == "do":
			present = true
		default:
			if pastForm(x) || pastAsBase[x] && k == lo && k > from {
				// "Chad cut ties on Monday": a bare "cut" after its
				// subject is a past tense
				past = true
			}
		}
	}
	switch {
	case past:
		return -1, true
	case present && !title:
		return 1, true
	}
	if !title && lo == j && !pastForm(w) && !strings.HasSuffix(w, "ing") {
		return 1, true // a present tense: "the parade takes place on Friday", "the two sides meet on Friday"
	}
	return 0, true
}

// looksVerbForm reports whether w can be a verb form after an auxiliary:
// a known verb, or an -ed, -en or -ing word.
func looksVerbForm(w string) bool {
	return looksVerb(w) || len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "en"))
}

// pastForm reports whether w is a past-tense or participle form of a verb
// (irregular, or a regular -ed form of a known verb).
func pastForm(w string) bool {
	if irr, ok := irregular[w]; ok {
		return irr.form == formPast || irr.form == formPart
	}
	if len(w) <= 3 || !strings.HasSuffix(w, "ed") {
		return false
	}
	cands, forms, n := verbCandidates(w)
	for i := 0; i < n; i++ {
		if forms[i] == formPast {
			if _, ok := builtin.verbs[cands[i]]; ok || commonVerbs[cands[i]] {
				return true
			}
		}
	}
	return len(w) > 5 // an unknown -ed word after its subject: most likely a past tense
}

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
