package extract

import (
	"strconv"
	"time"
)

// Temporal and background adjuncts.
//
// A sentence places its event in time against other events: "weeks before
// Russia launched its invasion of Ukraine, Putin and Xi signed a joint
// statement", "days after the invasion", "since the start of the conflict
// in Ukraine", "ahead of his visit to China". The event named inside such
// an adjunct is not an act of the sentence's subject towards its object,
// and it does not happen on the sentence's date:
//
//   - an object region ends where an adjunct starts, so that a light
//     verb's event noun or an object pattern is never read from it
//     ("made a statement days before the invasion" is no attack);
//   - a clause opened by a subordinator before its main clause ends at
//     the comma before the main clause (subClauseEnd);
//   - the event of a clause opened by "N days/weeks/months/years
//     before/after" is dated N units from the main clause's date when N is
//     given ("two days after", "a week before"), else undated background
//     ("weeks before", "days after"); a clause opened by "since" is
//     undated background (it bounds a state); an unquantified "before" or
//     "after" keeps the main clause's day ("welcomed Putin … before the
//     two leaders held talks");
//   - an event noun inside "before", "ahead of", "on the eve of" or "in
//     the run-up to" has not happened yet and is not coded; inside
//     "after", "following", "since" or "in the wake of" it is dated like a
//     clause.

// adjunctKind says how an adjunct places its event against the sentence's.
type adjunctKind uint8

const (
	adjNone   adjunctKind = iota
	adjBefore             // the adjunct's event comes later: "before", "ahead of", "on the eve of"
	adjAfter              // it came earlier: "after", "following", "in the wake of"
	adjSince              // it started a state that lasts: "since"
	adjOther              // background or cause: "amid", "despite", "in response to", "until"
)

// adjunctAt reports whether an adjunct opens at toks[k] and of what kind,
// and the index of its first word after the opener.
func adjunctAt(toks []token, from, k, to int) (adjunctKind, int) {
	w := toks[k].low
	switch w {
	case "before":
		return adjBefore, k + 1
	case "after":
		return adjAfter, k + 1
	case "since":
		return adjSince, k + 1
	case "until", "till", "amid", "amidst", "despite":
		return adjOther, k + 1
	case "following":
		// a preposition after a noun or a comma ("a statement following
		// the talks"), not "the following" or a verb ("is following")
		if k > from && (determiners[toks[k-1].low] || beForms[toks[k-1].low]) {
			return adjNone, k
		}
		if k+1 < to && toks[k+1].kind == tkWord {
			return adjAfter, k + 1
		}
	case "ahead":
		if k+1 < to && toks[k+1].low == "of" {
			return adjBefore, k + 2
		}
	case "in", "on", "at":
		// "in the wake of", "on the eve of", "in the run-up to", "in the
		// aftermath of", "in response to", "in retaliation for"
		if k+3 < to && toks[k+1].low == "the" {
			switch toks[k+2].low + " " + toks[k+3].low {
			case "wake of", "aftermath of":
				return adjAfter, k + 4
			case "eve of":
				return adjBefore, k + 4
			}
			if k+4 < to && toks[k+2].low == "run" && toks[k+3].low == "-" && toks[k+4].low == "up" {
				return adjBefore, k + 5
			}
			if toks[k+2].low == "run-up" {
				return adjBefore, k + 3
			}
		}
		if k+2 < to && w == "in" {
			switch toks[k+1].low + " " + toks[k+2].low {
			case "response to", "retaliation for", "reaction to":
				return adjOther, k + 3
			}
		}
	}
	return adjNone, k
}

// adjunctCut returns the first index in toks[from:to] where a temporal or
// background adjunct opens (see adjunctAt), or to.
func adjunctCut(toks []token, from, to int) int {
	for k := from; k < to; k++ {
		if toks[k].kind != tkWord {
			continue
		}
		if kind, _ := adjunctAt(toks, from, k, to); kind != adjNone {
			return k
		}
	}
	return to
}

// nounAdjunct returns the kind of temporal adjunct the noun at k sits in
// ("days before the invasion", "ahead of his visit to China", "since the
// start of the conflict") and the index of its opener: the nearest opener
// to the noun's left within its phrase (no verb, comma or clause opener
// between).
func nounAdjunct(toks []token, from, k int) (adjunctKind, int) {
	for j := k - 1; j >= from && j >= k-10; j-- {
		t := &toks[j]
		if t.kind == tkPunct && t.low != "-" && t.low != "'s" || t.kind == tkQuote {
			return adjNone, -1
		}
		if t.kind != tkWord {
			continue
		}
		if kind, next := adjunctAt(toks, from, j, k+1); kind != adjNone && next <= k {
			return kind, j
		}
		if clauseOpeners[t.low] || looksFinite(t.low) && !determiners[t.low] {
			return adjNone, -1
		}
	}
	return adjNone, -1
}

// timeDistance reads the distance before a subordinator or adjunct opener
// at o: "two days", "a week", "10 years", "weeks", "days", "the day" (one
// day), "hours", "shortly", "just". n is the number of units (0 when not
// given: "weeks before"), unit the precision the distance gives, ok whether
// a distance of at least a day is stated. "hours", "moments", "shortly",
// "soon", "just", "immediately" and no distance at all give ok = false
// (the same day).
func timeDistance(toks []token, from, o int) (n int, unit Precision, ok bool) {
	j := o - 1
	// "just days before", "only weeks after"
	if j < from {
		return 0, PrecisionNone, false
	}
	u := nounSingular(toks[j].low)
	switch u {
	case "day":
		unit = PrecisionDay
	case "week":
		unit = PrecisionWeek
	case "month":
		unit = PrecisionMonth
	case "year":
		unit = PrecisionYear
	case "decade":
		unit = PrecisionDecade
	default:
		return 0, PrecisionNone, false
	}
	if j-1 >= from {
		q := &toks[j-1]
		switch {
		case q.kind == tkNumber:
			if v, err := strconv.Atoi(q.low); err == nil && v > 0 && v <= 1000 {
				n = v
			}
		case q.low == "the" || q.low == "a" || q.low == "an" || q.low == "one":
			n = 1 // "the day before", "a week after"
		case numberWords[q.low] > 0 && q.low != "several" && q.low != "few":
			n = numberWords[q.low]
		}
	}
	return n, unit, true
}

// shiftDate moves a date by n units (days, weeks, months, years) in
// direction dir (+1 later, −1 earlier).
func shiftDate(t time.Time, n int, unit Precision, dir int) time.Time {
	switch unit {
	case PrecisionDay:
		return t.AddDate(0, 0, dir*n)
	case PrecisionWeek:
		return t.AddDate(0, 0, 7*dir*n)
	case PrecisionMonth:
		return t.AddDate(0, dir*n, 0)
	case PrecisionYear:
		return t.AddDate(dir*n, 0, 0)
	}
	return time.Time{}
}

// periodStart returns the first day of the period of precision prec that
// holds t: the day, the ISO week's Monday, the month's 1st, January 1.
func periodStart(t time.Time, prec Precision) time.Time {
	switch prec {
	case PrecisionWeek:
		return mondayOf(t)
	case PrecisionMonth:
		return ymd(t.Year(), t.Month(), 1)
	case PrecisionYear:
		return ymd(t.Year(), 1, 1)
	}
	return day(t)
}

// relativeDate dates the event of a clause opened by a subordinator at o
// ("weeks before Russia launched …", "two days after Putin arrived …")
// against the main clause's date base (precision basePrec). handled is
// false when the clause keeps the main clause's day (an unquantified
// "before"/"after", "shortly after"): the caller dates it as usual.
func relativeDate(toks []token, from, o int, base time.Time, basePrec Precision, pub time.Time) (date time.Time, bg bool, prec Precision, handled bool) {
	var dir int
	switch toks[o].low {
	case "since":
		return time.Time{}, true, PrecisionNone, true
	case "before":
		dir = 1 // the clause's event comes after the main clause's
	case "after":
		dir = -1
	default:
		return time.Time{}, false, PrecisionNone, false
	}
	n, unit, ok := timeDistance(toks, from, o)
	if !ok {
		return time.Time{}, false, PrecisionNone, false
	}
	if n == 0 || base.IsZero() || unit == PrecisionDecade {
		return time.Time{}, true, PrecisionNone, true
	}
	prec = unit
	if basePrec > prec {
		prec = basePrec
	}
	date = periodStart(shiftDate(base, n, unit, dir), prec)
	if !pub.IsZero() && date.After(pub) {
		// a past clause cannot be after publication: the distance or
		// the base was misread
		return time.Time{}, true, PrecisionNone, true
	}
	bg = pub.IsZero() || pub.Sub(date) > 7*24*time.Hour
	return date, bg, prec, true
}
