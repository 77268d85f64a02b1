package extract

import "time"

// Event dates: the date of a predicate's event — its clause's own date
// expression, a relative adjunct ("two days after"), the main clause's date,
// the story day — and whether it is background (past context, never the
// article's day; the cues are in background.go).

// eventDate dates a predicate's event: the anchoring date expression of its
// clause (or of its sentence), else the article's news day; past context
// (a date long before publication, "in the past", past perfect) marks the
// event as background.
func (c *Coder) eventDate(d *docState, si *sentInfo, p *predicate) (time.Time, bool, Precision) {
	if o := p.sub - 1; o >= si.from && o < p.at {
		// an adverbial clause without a date of its own is dated against
		// its main clause ("weeks before Russia launched …")
		own := false
		for i := range si.dates {
			if ds := &si.dates[i]; ds.from > o && ds.from < p.right {
				own = true
				break
			}
		}
		if !own {
			base, basePrec := mainDate(d, si, o, p.right)
			if date, bg, prec, ok := relativeDate(d.toks, si.from, o, base, basePrec, d.pub); ok {
				return date, bg, prec
			}
		}
	}
	if ds := whenDate(d.toks, si, p); ds != nil {
		// "since 2014, when Russia annexed Crimea", "in April, when …":
		// a clause opened by "when" right after a date is at that date
		end := ds.until
		if end.IsZero() {
			end = ds.date
		}
		return ds.date, !d.pub.IsZero() && d.pub.Sub(end) > 7*24*time.Hour, ds.prec
	}
	var best *dateSpan
	bestDist := 1 << 30
	durative := false
	for i := range si.dates {
		ds := &si.dates[i]
		inClause := ds.from > p.left && ds.from < p.right
		if !ds.anchor {
			if inClause {
				durative = true
			}
			continue
		}
		dist := ds.from - p.at
		if dist < 0 {
			dist = -dist
			if conjBetween(d.toks, ds.to, p.at) {
				// "hosted Xi … in April and was received in Beijing …
				// in November": a date before "and" is the first verb's
				dist += 500
			}
		}
		if !inClause {
			dist += 1000
		}
		if dist < bestDist {
			best, bestDist = ds, dist
		}
	}
	pub := d.pub
	if p.future && best != nil && bestDist < 1000 && best.date.After(pub) {
		// "will visit China next Monday": the intention is the news of the
		// day; the planned date is what it is about
		return d.story, false, PrecisionDay
	}
	if best != nil && (bestDist < 1000 || len(si.dates) == 1) {
		date := best.date
		if best.weekday >= 0 && best.direction == 0 && p.future && !pub.IsZero() {
			date = nextWeekday(pub, time.Weekday(best.weekday))
		}
		if p.future && !pub.IsZero() && date.After(pub) {
			return d.story, false, PrecisionDay
		}
		if date.IsZero() {
			return time.Time{}, false, PrecisionNone
		}
		bg := false
		switch best.prec {
		case PrecisionDecade:
			return time.Time{}, true, PrecisionDecade
		case PrecisionDay, PrecisionWeek:
			bg = !pub.IsZero() && pub.Sub(best.until) > 7*24*time.Hour
		default:
			bg = !pub.IsZero() && pub.Sub(best.until) > 7*24*time.Hour
		}
		return date, bg, best.prec
	}
	if r := backgroundRule(d.toks, si.from, p, durative, p.pastPerf && c.reportedAfterSay(d.toks, si.from, p)); r != "" {
		p.bgRule = r
		return time.Time{}, true, PrecisionNone
	}
	if d.prevBackground && !p.future && (p.form == formPast || p.perfect) && si.s.Index > 0 {
		return d.prevBgDate, true, PrecisionNone
	}
	return d.story, false, PrecisionDay
}

// conjBetween reports whether "and" or "but" stands in toks[from:to].
func conjBetween(toks []token, from, to int) bool {
	for k := from; k < to; k++ {
		if toks[k].low == "and" || toks[k].low == "but" {
			return true
		}
	}
	return false
}

// mainDate is the date of a sentence's main clause for an adverbial
// clause over toks[o:end): the sentence's first anchoring date outside the
// clause, else the story day.
func mainDate(d *docState, si *sentInfo, o, end int) (time.Time, Precision) {
	for i := range si.dates {
		ds := &si.dates[i]
		if ds.anchor && (ds.from < o || ds.from >= end) && !ds.date.IsZero() && ds.prec >= PrecisionDay && ds.prec <= PrecisionYear {
			return ds.date, ds.prec
		}
	}
	if d.story.IsZero() {
		return time.Time{}, PrecisionNone
	}
	return d.story, PrecisionDay
}

// periodClause reports whether the verb's clause describes a stretch of
// time named before it ("followed months in which Russia massed troops",
// "the years when …"): its events are spread over that period, which is
// not the article's day.
func periodClause(toks []token, from int, p *predicate) bool {
	l := p.left
	if l <= from || l >= len(toks) {
		return false
	}
	switch toks[l].low {
	case "which", "when", "during":
	default:
		return false
	}
	j := l - 1
	if toks[l].low == "which" && (toks[j].low == "in" || toks[j].low == "during" || toks[j].low == "over") {
		j--
	}
	if j < from {
		return false
	}
	switch toks[j].low {
	case "days", "weeks", "months", "years", "decades", "period", "periods", "era", "decade":
		return true
	}
	return false
}

// whenDate returns the date expression that ends right before the ", when"
// opening p's clause, or nil (also when the clause has a date of its own).
func whenDate(toks []token, si *sentInfo, p *predicate) *dateSpan {
	k := p.left
	if k <= si.from || k >= p.at || toks[k].low != "when" {
		return nil
	}
	j := k - 1
	if toks[j].low == "," {
		j--
	}
	var at *dateSpan
	for i := range si.dates {
		ds := &si.dates[i]
		if ds.anchor && ds.from > k && ds.from < p.right {
			return nil // its own date: "from 2017, when Trump hosted Xi … in April"
		}
		if ds.to-1 == j && !ds.date.IsZero() {
			at = ds
		}
	}
	return at
}
