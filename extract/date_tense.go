package extract

import "strings"

// The tense of a date's clause: whether a weekday or a date without a year
// lies before or after publication is read from the verb group of its
// clause ("met Xi on Friday" is the past, "is due to travel on Friday" the
// future).

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
			x.kind == tkWord && pluralNoun(x) && (!looksVerb(x.low) || j-2 >= from && (determiners[toks[j-2].low] || numberWords[toks[j-2].low] > 0)) ||
			singularSubjectBefore(toks, from, j)
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

// singularSubjectBefore reports whether toks[j], an -s form, follows a
// singular noun that follows a determiner: the noun is its subject and the
// -s form its present tense ("the parade takes place on Friday", "a
// spokesman says"). The noun must be no determiner, adjective-like
// modifier (determiners lists "military", "peace", "trade"), function word
// or verb form, and the -s form must not be a plural noun first
// (sNounsFirst: "the summit talks").
func singularSubjectBefore(toks []token, from, j int) bool {
	w := toks[j].low
	if j-2 < from || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || sNounsFirst[w] || actNouns[w] {
		return false
	}
	x := &toks[j-1]
	if x.kind != tkWord || x.cap || strings.HasSuffix(x.low, "s") || determiners[x.low] || functionWord[x.low] ||
		prepositions[x.low] || looksVerb(x.low) || commonVerbs[x.low] {
		return false
	}
	return determiners[toks[j-2].low]
}

// sNounsFirst are -s forms read as a plural noun, not a present tense,
// after a singular noun ("the summit talks", "the border forces").
var sNounsFirst = map[string]bool{"talks": true, "forces": true, "troops": true, "arms": true, "funds": true}

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
