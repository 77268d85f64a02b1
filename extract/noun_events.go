package extract

import (
	"strings"

	"github.com/entente/entente/dataset"
)

// Nominal events: event nouns no verb of the sentence coded ("Putin's visit
// to China", "the talks between X and Y"), their determiners and possessors,
// and force nouns as subjects ("Russian strikes on Kyiv killed …",
// "thousands of protesters clashed with police").

// nounEvents codes event nouns that no verb of the sentence coded:
// visits with a possessor or a subject ("Putin's two-day state visit to
// China", "Maduro is in China for a one-week visit"), and meetings named in
// a prepositional phrase ("said following a meeting with X", "in a meeting
// in Moscow", "during their meeting").
func (c *Coder) nounEvents(d *docState, si *sentInfo, preds []*predicate, subjects [][]dataset.Actor, ms []mention, res [][]dataset.Actor, inQuote []bool) []dataset.Event {
	toks := d.toks
	var out []dataset.Event
	for k := si.from; k < si.to; k++ {
		t := &toks[k]
		if t.kind != tkWord || inQuote[k-si.from] {
			continue
		}
		n := c.lex.nouns[t.low]
		if n == nil {
			n = c.lex.nouns[nounSingular(t.low)]
		}
		if n == nil || classOf(n.code)&(ccVisit|ccMeeting) == 0 || covered(toks, preds, k) || isPredicate(preds, k) {
			continue
		}
		if k > si.from && (toks[k-1].low == "to" || modals[toks[k-1].low]) {
			continue // an infinitive, not a noun
		}
		visit := codeOf(n.code, ccVisit) // a visit takes a destination; a meeting a partner
		det := nounDeterminer(toks, si.from, k)
		if det < 0 && k > si.from && prepositions[toks[k-1].low] && toks[k-1].low != "to" && strings.HasSuffix(t.low, "s") {
			det = k // a bare plural after a preposition: "after talks at the Great Hall"
		}
		if det < 0 {
			continue // not a noun phrase ("visit" as a verb)
		}
		if kind, _ := nounAdjunct(toks, si.from, det); kind == adjBefore {
			continue // "ahead of his visit to China": it has not happened
		}
		if awaited(toks, si.from, det) {
			continue // "said it was ready for talks with Kyiv": not held
		}
		if expectedAfter(toks, k, si.to) {
			continue // "a meeting between Putin and Xi is expected later this year"
		}
		var src []dataset.Actor
		srcFrom := k
		pronoun := false
		// a possessor: "Putin's … visit", "his … trip"
		for mi := range ms {
			m := &ms[mi]
			if (m.poss || m.kind == mkPronoun && isPossPronoun(m.pron)) && m.to <= k && possReaches(toks, m.to, k) && len(res[mi]) > 0 {
				src, srcFrom = res[mi], m.from
				pronoun = m.kind == mkPronoun
			}
		}
		governed := k > 0 && governingPrep(toks, si.from, det) != ""
		if pairBefore(ms, det, k) {
			continue // "U.S.-Soviet talks": a reference to others' talks
		}
		if src == nil && !visit {
			// "the first meeting in five years between Modi and Xi":
			// the parties after "between"
			if parties, mi := betweenParties(toks, ms, res, k+1, si.to); mi >= 0 && !unrealized(toks, si.from, det) {
				src, srcFrom = parties, k
				governed = true
			}
		}
		if src == nil {
			if !governed {
				continue
			}
			src = clauseSubject(preds, subjects, k)
			if len(src) == 0 {
				continue
			}
			if reactedTo(toks, si.from, det, preds, k) {
				continue // "protested to Japan over the visit": the topic, not the subject's act
			}
			srcFrom = k
			if !visit && countStates(src) < 2 && !(k+1 < si.to && toks[k+1].low == "with") {
				continue // a meeting needs its partner: "a meeting with X" or a compound subject
			}
		}
		// the target: "visit to X", "meeting with X"; "in China for a visit"
		var tgt []dataset.Actor
		span := [2]int{-1, -1}
		dest := false
		for mj := range ms {
			o := &ms[mj]
			if o.from <= k || o.from > k+8 || len(res[mj]) == 0 || !o.head {
				continue
			}
			prep, _ := governor(toks, k+1, o.from)
			if containsStr(n.tpreps, prep) && (visit || prep == "with") {
				tgt, span, dest = minusSource(res[mj], src), [2]int{o.from, o.to}, true
			}
			break
		}
		if k+1 < si.to && containsStr(n.tpreps, toks[k+1].low) {
			dest = true
		}
		if len(tgt) == 0 && visit && !dest {
			// "Maduro is in China for a one-week visit"
			for mj := range ms {
				o := &ms[mj]
				if o.to <= k && o.from > srcFrom && o.head && len(res[mj]) > 0 {
					if prep, _ := governor(toks, si.from, o.from); prep == "in" || prep == "to" {
						tgt, span = minusSource(res[mj], src), [2]int{o.from, o.to}
					}
				}
			}
		}
		if len(tgt) == 0 && visit && !dest && !pronoun {
			if partner := d.partner(src); partner != "" {
				tgt = []dataset.Actor{makeActor(partner, "GOV", "")}
			}
		}
		pseudo := &predicate{at: k, end: k + 1, left: si.from - 1, right: si.to}
		for _, p := range preds {
			if p.left < k && p.right > k {
				pseudo.left, pseudo.right = p.left, p.right
			}
		}
		nrule := entryRule("noun event", n.key, n.src) + " with its own source"
		if len(tgt) == 0 && countStates(src) >= 2 && n.flags&flRecip != 0 {
			evs := c.pairEvents(d, si, pseudo, n.code, src, -1, ms)
			stampRule(evs, nrule+"; reciprocal: both directions")
			out = append(out, evs...)
			continue
		}
		if len(tgt) == 0 || !sidesOK(n.code, src, tgt) {
			continue
		}
		date, bg, prec := c.eventDate(d, si, pseudo)
		if kind, o := nounAdjunct(toks, si.from, det); kind == adjAfter || kind == adjSince {
			// "days after his visit to Beijing", "since Xi's visit"
			base, basePrec := mainDate(d, si, o, k+1)
			if dt, b, pr, ok := relativeDate(toks, si.from, o, base, basePrec, d.pub); ok {
				date, bg, prec = dt, b, pr
			}
		}
		from, to := srcFrom, k+1
		if span[1] > to {
			to = span[1]
		}
		if span[0] >= 0 && span[0] < from {
			from = span[0]
		}
		evs := c.cross(d, si, n.code, src, tgt, date, bg, prec, from, to)
		stampRule(evs, nrule)
		out = append(out, evs...)
	}
	return out
}

// betweenParties returns the actors of a compound phrase of at least two
// states after "between" within a few words of from ("talks between the
// two governments", "meeting in five years between Modi and Xi").
func betweenParties(toks []token, ms []mention, res [][]dataset.Actor, from, to int) ([]dataset.Actor, int) {
	for k := from; k < to && k < from+8; k++ {
		w := toks[k].low
		if w == "," || w == ";" || toks[k].kind == tkWord && looksFinite(w) {
			return nil, -1
		}
		if w != "between" {
			continue
		}
		for mi := range ms {
			m := &ms[mi]
			if m.from > k && m.from <= k+3 && (m.head || m.kind == mkCollective) && countStates(res[mi]) >= 2 {
				return res[mi], mi
			}
		}
		return nil, -1
	}
	return nil, -1
}

// unrealized reports whether the noun phrase opening at det names an event
// that has not happened ("planned talks", "no meeting", "a possible
// visit", "future talks").
func unrealized(toks []token, from, det int) bool {
	for k := det; k < det+4 && k < len(toks); k++ {
		switch toks[k].low {
		case "no", "planned", "proposed", "possible", "future", "upcoming", "potential", "scheduled", "expected", "next", "any", "further":
			return true
		}
	}
	return false
}

// awaitWords govern a meeting or visit that is awaited, not held: "ready
// for talks", "open to a meeting", "hopes for a visit".
var awaitWords = map[string]bool{
	"ready": true, "prepared": true, "open": true, "willing": true, "eager": true, "readiness": true,
	"hope": true, "hopes": true, "hoped": true, "hoping": true, "wait": true, "waits": true, "waited": true, "waiting": true,
	"push": true, "pushed": true, "pushing": true, "pushes": true, "prospect": true, "prospects": true,
	"preparation": true, "preparations": true, "plea": true, "appeal": true, "appeals": true,
}

// awaited reports whether the noun phrase opening at det follows "for" or
// "to" after an awaitWords word ("ready for talks with Kyiv").
func awaited(toks []token, from, det int) bool {
	j := det - 1
	if j-1 < from || toks[j].low != "for" && toks[j].low != "to" {
		return false
	}
	return awaitWords[toks[j-1].low]
}

// nounDeterminer returns the index of the determiner or possessive that
// opens the noun phrase ending in the noun at k ("a one-week visit",
// "Putin's two-day state visit", "their meeting"), or -1.
func nounDeterminer(toks []token, from, k int) int {
	for j := k - 1; j >= from && j >= k-6; j-- {
		w := toks[j].low
		switch {
		case w == "a" || w == "an" || w == "the" || w == "'s" || isPossPronoun(w) || w == "this" || w == "that" || w == "their":
			return j
		case toks[j].kind == tkWord && !prepositions[w] && !looksFinite(w) || w == "-" || toks[j].kind == tkNumber || toks[j].kind == tkQuote:
		default:
			return -1
		}
	}
	return -1
}

// possReaches reports whether only modifiers stand between a possessor
// ending at from and the noun at k.
func possReaches(toks []token, from, k int) bool {
	if from < len(toks) && toks[from].low == "'s" {
		from++
	}
	if k-from > 6 {
		return false
	}
	for j := from; j < k; j++ {
		t := &toks[j]
		if t.kind == tkWord && (prepositions[t.low] || looksFinite(t.low) || t.low == "and") || t.kind == tkPunct && t.low != "-" {
			return false
		}
	}
	return true
}

// governingPrep returns the preposition before a noun phrase starting at
// det ("following a meeting", "in a meeting", "for a visit").
func governingPrep(toks []token, from, det int) string {
	if det-1 < from {
		return ""
	}
	w := toks[det-1].low
	if prepositions[w] {
		return w
	}
	return ""
}

// clauseSubject returns the subject of the predicate whose clause holds
// token k, else of the first predicate after k (a fronted phrase: "During
// their meeting, X and Y discussed …"), else of the last one before it.
func clauseSubject(preds []*predicate, subjects [][]dataset.Actor, k int) []dataset.Actor {
	for i, p := range preds {
		if p.left < k && p.right > k && p.at < k && len(subjects[i]) > 0 {
			return subjects[i]
		}
	}
	for i, p := range preds {
		if p.at > k && len(subjects[i]) > 0 {
			return subjects[i]
		}
	}
	for i := len(preds) - 1; i >= 0; i-- {
		if preds[i].at < k && len(subjects[i]) > 0 {
			return subjects[i]
		}
	}
	return nil
}

func isPredicate(preds []*predicate, k int) bool {
	for _, p := range preds {
		if k >= p.at && k < p.end {
			return true
		}
	}
	return false
}

// covered reports whether token k is inside a predicate's object region
// that already coded an event noun: a light verb's or a verb of ending's
// object, or a noun one of the verb's object patterns names.
func covered(toks []token, preds []*predicate, k int) bool {
	for _, p := range preds {
		if p.passive || k < p.end || k >= p.right {
			continue
		}
		if p.entry.has(flLight) || p.entry.has(flStop) {
			return true
		}
		if p.entry.has(flCompNoun) && p.entry.fam != famNone && k < adjunctCut(toks, p.end, p.right) {
			// "pressed for talks with the United States", "called for
			// a meeting with X": the meeting is asked for, not held
			return true
		}
		// a pattern of the verb names the noun in its object: "broke off
		// talks with the EU" (164) is no meeting of its own (not in an
		// adjunct: "agreed …, after talks at the Great Hall")
		if k >= adjunctCut(toks, p.end, p.right) {
			continue
		}
		w := nounSingular(toks[k].low)
		for _, pat := range p.entry.pats {
			for _, alt := range pat.words {
				if alt[len(alt)-1] == w || alt[len(alt)-1] == toks[k].low {
					return true
				}
			}
		}
	}
	return false
}

// pairBefore reports whether a pair modifier stands in the noun phrase
// before the noun at k ("U.S.-Soviet nuclear talks").
func pairBefore(ms []mention, det, k int) bool {
	for i := range ms {
		if ms[i].pair && ms[i].from >= det && ms[i].to <= k {
			return true
		}
	}
	return false
}

// forceSubjects codes an event noun of force that is the subject of its
// clause, with a state modifying it and its target after one of its
// prepositions: "Russian strikes on Kyiv killed five civilians", "an
// Israeli airstrike on Rafah destroyed …" are Russia → Ukraine and Israel →
// Palestine, though their verb has no actor for a subject. The noun phrase
// must open the sentence (or follow a comma) and be followed by the verb
// whose subject it is, so that a noun in an adjunct ("after Russian
// strikes on Kyiv, …") is not coded here. Event nouns whose lexicon code
// is not force (a "strike" is a labour strike, 143) are left alone.
func (c *Coder) forceSubjects(d *docState, si *sentInfo, preds []*predicate, subjects [][]dataset.Actor, ms []mention, res [][]dataset.Actor) []dataset.Event {
	toks := d.toks
	var out []dataset.Event
	for pi, p := range preds {
		if len(subjects[pi]) > 0 || p.passive || p.at <= si.from {
			continue
		}
		start := si.from
		if pi > 0 {
			start = preds[pi-1].right
		}
		// the phrase before the verb: [start, p.at); its first word after
		// the determiner is the state modifier
		for k := start; k < p.at; k++ {
			if toks[k].low == "," {
				start = k + 1
			}
		}
		var src []dataset.Actor
		srcMi := -1
		for mi := range ms {
			m := &ms[mi]
			if m.from >= start && m.from <= start+1 && m.to < p.at && len(res[mi]) > 0 && m.kind == mkActor && !m.bare {
				src, srcMi = res[mi], mi
				break
			}
		}
		if srcMi < 0 {
			continue
		}
		// the force noun right after the modifier (one word may stand
		// between: "Russian missile strike")
		k := ms[srcMi].to
		if k-1 > ms[srcMi].from {
			k-- // "Russian missile strike": the mention's last word may begin the noun
		}
		var n *nounEntry
		at := -1
		for j := k; j < p.at && j <= ms[srcMi].to+2; j++ {
			cand := c.forceNounAt(toks, j, p.at)
			if j+1 < p.at {
				two := toks[j].low + " " + nounSingular(toks[j+1].low)
				if c2 := c.lex.nouns[two]; c2 != nil {
					cand, j = c2, j+1
				}
			}
			if cand != nil {
				n, at = cand, j
				break
			}
		}
		if n == nil || !codeOf(n.code, ccForce) {
			continue
		}
		var tgt []dataset.Actor
		span := [2]int{-1, -1}
		for mj := range ms {
			o := &ms[mj]
			if o.from <= at || o.from >= p.at || len(res[mj]) == 0 || o.bare {
				continue
			}
			if prep, _ := governor(toks, at+1, o.from); containsStr(n.tpreps, prep) {
				tgt, span = minusSource(res[mj], src), [2]int{o.from, o.to}
			}
			break
		}
		if len(tgt) == 0 || !sidesOK(n.code, src, tgt) {
			continue
		}
		pseudo := &predicate{at: at, end: at + 1, left: p.left, right: p.right}
		date, bg, prec := c.eventDate(d, si, pseudo)
		evs := c.cross(d, si, n.code, src, tgt, date, bg, prec, ms[srcMi].from, span[1])
		stampRule(evs, entryRule("noun event", n.key, n.src)+"; subject of its clause: the modifying state acts on the target of its noun")
		out = append(out, evs...)
	}
	return out
}

// nominalSubjects codes an event noun of sanctions or force that opens its
// sentence as the subject of a verb in the past, with its source named
// inside its own phrase: a possessor ("Russia's shelling of Ukrainian
// cities drew condemnation", "Britain's sanctions on Russia took effect"),
// a by-phrase ("The bombing of Belgrade by NATO continued") or, for a
// reciprocal noun, its parties after "between", in the phrase ("Clashes
// between Armenian and Azerbaijani forces killed 15 soldiers") or right
// after the verb ("Fighting broke out between Sudanese and Chadian
// troops"), both ways. The target is the noun's own, after one of its
// target prepositions. The verb need not be an event verb, but it must
// report an occurrence: a past tense ("drew", "continued", "was
// condemned"); a present or perfect ("remain in place", "have hurt") is
// a state of affairs, not news, and is left alone. A state modifying the
// noun ("Russian strikes on Kyiv") is forceSubjects'.
func (c *Coder) nominalSubjects(d *docState, si *sentInfo, ms []mention, res [][]dataset.Actor) []dataset.Event {
	toks := d.toks
	from, to := si.from, si.to
	k := from
	if k < to && (toks[k].low == "the" || toks[k].low == "a" || toks[k].low == "an") {
		k++
	}
	var src []dataset.Actor
	possMi := -1
	for mi := range ms {
		if m := &ms[mi]; m.from == k && m.poss && m.kind == mkActor && !m.bare && len(res[mi]) > 0 {
			src, possMi = res[mi], mi
			k = m.to
			if k < to && toks[k].low == "'s" {
				k++
			}
			break
		}
	}
	var n *nounEntry
	at := -1
	for j := k; j < to && j <= k+2; j++ {
		if toks[j].kind != tkWord {
			break
		}
		cand := c.forceNounAt(toks, j, to)
		if j+1 < to {
			if c2 := c.lex.nouns[toks[j].low+" "+nounSingular(toks[j+1].low)]; c2 != nil {
				cand, j = c2, j+1
			}
		}
		if cand != nil {
			n, at = cand, j
			break
		}
	}
	if n == nil || !codeOf(n.code, ccNominalAct) || unrealized(toks, from, from) || expectedAfter(toks, at, to) {
		return nil
	}
	vAt := pastVerbAfter(toks, ms, at+1, to)
	if vAt < 0 {
		return nil
	}
	recip := n.flags&flRecip != 0
	var pair []dataset.Actor
	span := [2]int{at, at + 1}
	if src == nil && recip {
		// "Clashes between X and Y killed …", "Fighting broke out between X and Y"
		if parties, mi := betweenParties(toks, ms, res, at+1, vAt); mi >= 0 {
			pair, span[1] = parties, ms[mi].to
		} else if parties, mi := betweenParties(toks, ms, res, vAt+1, to); mi >= 0 && ms[mi].from <= vAt+4 {
			pair, span[1] = parties, ms[mi].to
		}
	}
	rule := entryRule("noun event", n.key, n.src) + "; subject of its clause with its own source: "
	pseudo := &predicate{at: at, end: at + 1, left: from - 1, right: to}
	if pair != nil {
		evs := c.pairEvents(d, si, pseudo, n.code, pair, -1, ms)
		stampRule(evs, rule+"the parties between which it took place, both ways")
		return evs
	}
	how := "the possessor"
	if src == nil {
		ag, mi := agentBy(toks, ms, res, at+1, vAt)
		if mi < 0 {
			return nil
		}
		src, how = ag, "the by-agent"
		span[1] = ms[mi].to
	}
	var tgt []dataset.Actor
	for mj := range ms {
		o := &ms[mj]
		if o.from <= at || o.from >= vAt || len(res[mj]) == 0 || o.bare || mj == possMi {
			continue
		}
		if prep, _ := governor(toks, at+1, o.from); containsStr(n.tpreps, prep) {
			tgt = minusSource(res[mj], src)
			if o.to > span[1] {
				span[1] = o.to
			}
		}
		break
	}
	if len(tgt) == 0 || !sidesOK(n.code, src, tgt) {
		return nil
	}
	if possMi >= 0 {
		span[0] = ms[possMi].from
	}
	date, bg, prec := c.eventDate(d, si, pseudo)
	evs := c.cross(d, si, n.code, src, tgt, date, bg, prec, span[0], span[1])
	stampRule(evs, rule+how)
	if rn, reactor, rspan := c.reactionFrom(toks, ms, res, vAt, to); rn != nil && sidesOK(rn.code, reactor, src) {
		// "… drew a protest from New Delhi": the reactor acts on the
		// act's source
		revs := c.cross(d, si, rn.code, reactor, src, date, bg, prec, vAt, rspan[1])
		stampRule(revs, entryRule("noun event", rn.key, rn.src)+"; reaction drawn from its source by the act of the sentence's subject")
		evs = append(evs, revs...)
	}
	return evs
}

// reactionVerbs are verbs whose subject, an act, draws a reaction from
// someone: "drew a protest from New Delhi", "prompted condemnation from".
var reactionVerbs = map[string]bool{"draw": true, "prompt": true, "spark": true, "trigger": true, "provoke": true, "earn": true}

// reactionFrom reads "drew a protest from X" at the verb at v: the event
// noun of a reaction (demands, criticism, rejection, threats, protests:
// ccReaction) within a few words after the verb and the actor after
// "from" right after it. It returns the noun, the reactor and its span, or
// a nil noun.
func (c *Coder) reactionFrom(toks []token, ms []mention, res [][]dataset.Actor, v, to int) (*nounEntry, []dataset.Actor, [2]int) {
	cands, forms, nc := verbCandidates(toks[v].low)
	ok := false
	for i := 0; i < nc; i++ {
		if forms[i] == formPast && reactionVerbs[cands[i]] {
			ok = true
		}
	}
	if !ok {
		return nil, nil, [2]int{}
	}
	for k := v + 1; k < to && k <= v+4; k++ {
		n := c.lex.nouns[toks[k].low]
		if n == nil {
			n = c.lex.nouns[nounSingular(toks[k].low)]
		}
		if n == nil {
			continue
		}
		if !codeOf(n.code, ccReaction) || k+1 >= to || toks[k+1].low != "from" {
			return nil, nil, [2]int{}
		}
		for mi := range ms {
			if m := &ms[mi]; m.from > k+1 && m.from <= k+3 && len(res[mi]) > 0 && !m.bare && m.kind == mkActor {
				return n, res[mi], [2]int{m.from, m.to}
			}
		}
		return nil, nil, [2]int{}
	}
	return nil, nil, [2]int{}
}

// pastVerbAfter returns the first verb in a past tense in toks[from:to]
// outside actor phrases, the end of a subject noun phrase starting before
// from: a past form of the lexicon or of a common verb ("killed",
// "drew", "took"), "was"/"were", or a word in -ed before a determiner, a
// number, a preposition, a particle or punctuation ("continued.",
// "escalated on Monday"), not a participle modifying a noun ("armed
// groups"). It returns -1 at a comma or semicolon, at a present or
// perfect verb, and when none is found.
func pastVerbAfter(toks []token, ms []mention, from, to int) int {
	inMention := func(j int) bool {
		for i := range ms {
			if j >= ms[i].from && j < ms[i].to {
				return true
			}
		}
		return false
	}
	for j := from; j < to && j < from+14; j++ {
		t := &toks[j]
		if t.low == "," || t.low == ";" {
			return -1
		}
		if t.kind != tkWord || t.cap || inMention(j) {
			continue
		}
		w := t.low
		switch {
		case w == "was" || w == "were":
			return j
		case beForms[w] || haveForms[w] || modals[w]:
			return -1 // "is", "have hurt", "will": no past occurrence
		}
		if irr, ok := irregular[w]; ok && irr.form == formPast {
			return j
		}
		if len(w) > 3 && strings.HasSuffix(w, "ed") {
			if looksFinite(w) {
				return j
			}
			if j+1 >= to {
				return j
			}
			nx := &toks[j+1]
			if nx.kind != tkWord || determiners[nx.low] || prepositions[nx.low] || particleWords[nx.low] {
				return j
			}
			continue
		}
		if looksFinite(w) {
			return -1 // a present tense: "remain", "continues"
		}
	}
	return -1
}

// crowdWords open a subject that is a crowd of people of no named state.
var crowdWords = map[string]bool{"hundreds": true, "thousands": true, "dozens": true, "scores": true,
	"tens": true, "crowds": true, "crowd": true, "millions": true, "protesters": true, "demonstrators": true,
	"rioters": true, "mob": true}

// crowdNouns are crowd words that name the crowd itself, which a demonym or
// an adjective may open ("Nigerien protesters", "angry rioters"); the
// quantities ("thousands") take only "of" and other quantities.
var crowdNouns = map[string]bool{"protesters": true, "demonstrators": true, "rioters": true, "mob": true, "crowd": true, "crowds": true}

// crowdModifiers are the adjectives that may open a crowd noun.
var crowdModifiers = map[string]bool{"angry": true, "opposition": true, "anti-government": true, "student": true, "masked": true}

// crowdSubject reports whether the subject region toks[from:to] opens with a
// crowd word ("Hundreds", "Tens of thousands", "Crowds of protesters"), or
// a crowd noun after a demonym or an adjective ("Kenyan rioters").
func crowdSubject(toks []token, from, to int) bool {
	if from < 0 {
		from = 0
	}
	for k := from; k < to && k < from+3; k++ {
		if toks[k].kind != tkWord {
			return false
		}
		if crowdWords[toks[k].low] {
			return true
		}
		if k+1 < to && crowdNouns[toks[k+1].low] && (toks[k].cap || crowdModifiers[toks[k].low]) {
			return true // "Nigerien protesters", "angry rioters"
		}
		if !quantityWord[toks[k].low] && toks[k].low != "of" {
			return false
		}
	}
	return false
}

// reactedTo reports whether the event noun at k (its phrase opening at det)
// is what its clause's subject reacts to rather than the subject's own act:
// governed by "over", "about", "regarding", "concerning" or "against"
// ("protested over the visit"), or a definite "for the …" after a verb of
// demand, criticism, rejection, threat or protest ("condemned Tokyo for
// the visit").
func reactedTo(toks []token, from, det int, preds []*predicate, k int) bool {
	switch governingPrep(toks, from, det) {
	case "over", "about", "regarding", "concerning", "against":
		return true
	case "for":
		if toks[det].low != "the" && toks[det].low != "this" && toks[det].low != "that" {
			return false
		}
		for _, p := range preds {
			if p.at < k && p.right > k && codeOf(p.entry.code, ccReaction) {
				return true
			}
		}
	}
	return false
}

// forceModifier finds, in toks[from:to] right after from (over a
// determiner), a state named as a modifier and a force noun after it, at
// most one word between ("Russian shelling", "Pakistani fire", "Turkish
// strikes"): the state uses the force. It returns the state's actors, its
// mention and the noun's entry and token, or mi -1. withTarget says
// whether the noun names its own target ("strikes on Kyiv"), which
// forceSubjects codes.
func (c *Coder) forceModifier(toks []token, ms []mention, res [][]dataset.Actor, from, to int) (src []dataset.Actor, mi int, withTarget bool) {
	for i := range ms {
		m := &ms[i]
		if m.from < from || m.from > from+1 || m.head || m.bare || m.kind != mkActor || len(res[i]) == 0 || len(stateCodes(res[i])) != 1 {
			continue
		}
		if m.from == from+1 && !determiners[toks[from].low] {
			continue
		}
		for j := m.to; j < to && j <= m.to+1; j++ {
			n := c.forceNounAt(toks, j, to)
			if n == nil {
				continue
			}
			if !codeOf(n.code, ccForce) {
				break
			}
			for mj := range ms {
				o := &ms[mj]
				if o.from <= j || o.from >= to || len(res[mj]) == 0 || o.bare {
					continue
				}
				prep, _ := governor(toks, j+1, o.from)
				withTarget = containsStr(n.tpreps, prep)
				break
			}
			return res[i], i, withTarget
		}
		break
	}
	return nil, -1, false
}

// expectedAfter reports whether the event noun at k is the subject of "is
// expected", "was planned", "is due", "is likely": an event that has not
// happened. The verb group is the first form of "be" within eight words.
func expectedAfter(toks []token, k, to int) bool {
	for j := k + 1; j < to && j <= k+8; j++ {
		w := toks[j].low
		if w == "," || w == ";" || prepositions[w] && w != "between" && w != "with" && w != "of" && w != "to" && w != "in" {
			return false
		}
		if !beForms[w] {
			continue
		}
		if j+1 < to && toks[j+1].low == "not" {
			j++
		}
		if j+1 < to {
			switch toks[j+1].low {
			case "expected", "planned", "scheduled", "due", "likely", "unlikely", "set", "slated", "possible", "proposed":
				return true
			}
		}
		return false
	}
	return false
}

// militaryReading maps nouns whose lexicon entry is not force but that name
// force when aimed "on" or "against" something ("Russian strikes on Kyiv",
// not a workers' strike) to the noun read instead.
var militaryReading = map[string]string{"strike": "attack"}

// forceNounAt returns the lexicon's noun at toks[j] (or its singular),
// read as force where militaryReading says so, or nil.
func (c *Coder) forceNounAt(toks []token, j, to int) *nounEntry {
	w := nounSingular(toks[j].low)
	n := c.lex.nouns[toks[j].low]
	if n == nil {
		n = c.lex.nouns[w]
	}
	if n != nil && !codeOf(n.code, ccForce) && militaryReading[w] != "" && j+1 < to && (toks[j+1].low == "on" || toks[j+1].low == "against") {
		if m := c.lex.nouns[militaryReading[w]]; m != nil {
			return m
		}
	}
	return n
}

// appendNewMeetings appends the noun events to the verb events out, but
// for a meeting noun (ccMeeting) of a dyad whose meeting a verb has
// already coded: "the foreign ministers met at a summit in Washington" is
// one meeting per direction (044), not a 044 of "met" and a 040 of
// "summit".
func appendNewMeetings(out, nouns []dataset.Event) []dataset.Event {
	verbs := len(out)
	for _, e := range nouns {
		same := false
		for i := 0; i < verbs && classOf(e.Code)&ccMeeting != 0; i++ {
			b := &out[i]
			if containsStr(meetCodes, b.Code) && actorKey(b.Source) == actorKey(e.Source) && actorKey(b.Target) == actorKey(e.Target) {
				same = true
				break
			}
		}
		if !same {
			out = append(out, e)
		}
	}
	return out
}
