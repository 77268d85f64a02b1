package extract

import (
	"strings"

	"github.com/entente/entente/dataset"
)

// Subjects: the source of a predicate — the nearest actor phrase before it in
// its clause, across appositives and relative clauses, shared by coordinated
// verbs, the possessor of an intent noun ("Pakistan's decision to …"), and
// the tests that keep an object or a prepositional phrase from being read
// as a subject.

// intentNouns are nouns whose infinitive is their owner's act ("Pakistan's
// decision to release", "its plan to build", "Moscow's offer to mediate").
var intentNouns = map[string]bool{
	"decision": true, "plan": true, "plans": true, "offer": true, "proposal": true, "move": true,
	"bid": true, "attempt": true, "intention": true, "readiness": true, "willingness": true,
	"commitment": true, "pledge": true, "promise": true, "threat": true, "refusal": true,
	"effort": true, "efforts": true, "agreement": true, "order": true, "call": true, "request": true,
}

// possessorOfNoun returns the mention owning the noun before an
// infinitive predicate ("Pakistan's decision to release": the mention
// "Pakistan's"), or -1.
func possessorOfNoun(toks []token, from int, ms []mention, res [][]dataset.Actor, p *predicate) int {
	if !p.infin || p.at-2 < from || toks[p.at-1].low != "to" || !intentNouns[toks[p.at-2].low] {
		return -1
	}
	n := p.at - 2
	for mi := len(ms) - 1; mi >= 0; mi-- {
		m := &ms[mi]
		if m.to > n || len(res[mi]) == 0 {
			continue
		}
		if (m.poss || m.kind == mkPronoun && isPossPronoun(m.pron)) && possReaches(toks, m.to, n) {
			return mi
		}
		break
	}
	return -1
}

// objectBefore reports whether an actor phrase naming one of tgt ends at
// k (right before an infinitive's "to"), not inside a PP ("an effort by
// both countries to …" is a noun's complement).
func objectBefore(toks []token, ms []mention, res [][]dataset.Actor, k int, tgt []dataset.Actor) bool {
	if len(tgt) == 0 {
		return false
	}
	for mi := range ms {
		if ms[mi].to == k && sharesActor(res[mi], tgt) {
			f := ms[mi].from
			return f == 0 || !prepositions[toks[f-1].low]
		}
	}
	return false
}

// subject finds the source mention of predicate pi: the nearest actor
// phrase left of the verb inside its clause that is not inside a
// prepositional phrase; for coordinated and participial verbs, the
// previous verb's subject; for relative clauses, the antecedent.
//
// home is the state of the article's dateline ("" for none): the state of
// a titled person the tables lack when his clause names no place.
func (c *Coder) subject(toks []token, from int, preds []*predicate, pi int, ms []mention, res [][]dataset.Actor, subjects [][]dataset.Actor, home string) ([]dataset.Actor, int) {
	p := preds[pi]
	// an infinitive, a coordinated verb and a participle after a comma take
	// the subject of the verb before them ("X is about to restore ties" has
	// none before it and searches as usual)
	if pi > 0 && !openerBetween(toks, preds[pi-1].end, p.at) && (p.infin || p.partcl && !p.reduced || coordinated(toks, from, preds[pi-1], p)) && !hasSubjectBetween(toks, ms, preds[pi-1].end, p.at) {
		return subjects[pi-1], -1
	}
	// "with Washington urging Beijing …": the phrase right before a gerund
	if p.gerund {
		for mi := len(ms) - 1; mi >= 0; mi-- {
			m := &ms[mi]
			if m.to == p.at && m.head && len(res[mi]) > 0 {
				if m.bare {
					return nil, -1
				}
				return res[mi], mi
			}
		}
	}
	// "Putin's visit, invited by Xi": the phrase before the participle
	if p.reduced {
		for mi := len(ms) - 1; mi >= 0; mi-- {
			m := &ms[mi]
			if m.to <= p.at && p.at-m.to <= 8 && len(res[mi]) > 0 && (m.head || m.poss) && !inPP(toks, from, m.from, p.at) {
				return res[mi], mi
			}
		}
		if k := p.at - 1; k >= from && toks[k].kind == tkWord && !toks[k].cap && !functionWord[toks[k].low] && !inMention(ms, k) {
			// "rescued the crew of a ship attacked by Houthi rebels": the
			// participle describes the noun before it, which is no actor
			return nil, -1
		}
	}
	if mi := appositiveSubject(toks, from, p, preds, ms, res); mi >= 0 {
		return res[mi], mi
	}
	best := -1
	for mi := len(ms) - 1; mi >= 0; mi-- {
		m := &ms[mi]
		if m.to > p.at || m.from <= p.left {
			continue
		}
		if !m.head && !m.poss || m.pair {
			continue
		}
		if len(res[mi]) == 0 || m.bare {
			if m.bare && (adjacentVerb(toks, m.to, p.at) || reducedAfter(toks, preds, m.to, p.at)) && clauseInitial(toks, m.from) && !inPP(toks, from, m.from, p.at) {
				// "Rebels dismissed …": a bare role subject ends the
				// search (its state is unknown) — unless it is one of a
				// state's people acting in that state's places ("Rebels
				// attacked a police station in Colombia": COL REB)
				if len(m.actors) == 1 && (nonStateSector[m.actors[0].Sector] || governmentRole(toks, m)) {
					if st := locatedStateBy(toks, ms, res, m.to, p.right, true); st != "" {
						p.subjRule = "role of no named state: the state of the place"
						return []dataset.Actor{makeActor(st, m.actors[0].Sector, m.actors[0].Name)}, mi
					}
				}
				if m.untabled && len(m.actors) == 1 && actsAtHome(p) {
					// "President Abdelaziz Bouteflicka threatened to
					// institute a curfew in Algiers": a head of state or
					// minister acting in a place of one state, which no
					// other actor of the sentence belongs to, is that
					// state's (not for visits and meetings, which take
					// place abroad)
					if st := locatedStateBy(toks, ms, res, m.to, p.right, true); st != "" && !stateNamedBesides(toks, from, ms, res, mi, st, p.right) {
						p.subjRule = "titled person the tables lack: the state of the place"
						return []dataset.Actor{makeActor(st, m.actors[0].Sector, m.actors[0].Name)}, mi
					}
					if home != "" && locatedStateBy(toks, ms, res, m.to, p.right, false) == "" && !stateNamedBesides(toks, from, ms, res, mi, home, p.right) {
						// "ALGIERS, Jan. 5 (Reuters) - President Abdelaziz
						// Bouteflicka threatened …": the dateline's state
						p.subjRule = "titled person the tables lack: the dateline's state"
						return []dataset.Actor{makeActor(home, m.actors[0].Sector, m.actors[0].Name)}, mi
					}
				}
				return nil, -1
			}
			continue
		}
		if inPP(toks, from, m.from, p.at) && !(subordinator(toks, from, m.from) && adjacentVerb(toks, m.to, p.at)) && !subjectPronoun[toks[m.from].low] {
			continue
		}
		if m.poss && !possSubject(toks, m, p.at) {
			continue
		}
		if coordObject(toks, from, m, p) {
			// "he embraced Zelensky and called for dialogue": the object
			// of a verb the lexicon lacks, coordinated with this one,
			// is not its subject
			continue
		}
		best = mi
		break
	}
	if best >= 0 {
		if pr := best - 1; pr >= 0 && ms[pr].kind == mkPronoun && subjectPronoun[ms[pr].pron] && len(res[pr]) > 0 && ms[pr].from > p.left && conjOnly(toks, ms[pr].to, ms[best].from) {
			// "where he and Chinese President Xi Jinping signed …"
			return uniqueActors(append(append([]dataset.Actor(nil), res[pr]...), res[best]...)), pr
		}
		return res[best], best
	}
	// relative pronoun: "X, who visited Y"
	if p.left >= from && p.left < len(toks) {
		w := toks[p.left].low
		if w == "who" || w == "which" || w == "that" {
			for mi := len(ms) - 1; mi >= 0; mi-- {
				m := &ms[mi]
				if m.to <= p.left && p.left-m.to <= 2 && len(res[mi]) > 0 && m.head {
					return res[mi], mi
				}
			}
		}
	}
	// coordination or participle: the previous verb's subject
	if pi > 0 && (p.partcl || p.gerund || p.reduced || coordinated(toks, from, preds[pi-1], p) || p.infin) {
		if p.reduced {
			// "Putin, invited by Xi": the noun before the participle
			for mi := len(ms) - 1; mi >= 0; mi-- {
				m := &ms[mi]
				if m.to <= p.at && p.at-m.to <= 2 && len(res[mi]) > 0 {
					return res[mi], mi
				}
			}
		}
		return subjects[pi-1], -1
	}
	if start := maxInt(p.left+1, from); !p.passive && p.at > start {
		// "Russian shelling killed five civilians", "Turkish strikes on
		// Kurdish positions killed …": the state whose force the subject
		// names (a force noun with a target of its own is coded by
		// forceSubjects)
		if src, mi, withTarget := c.forceModifier(toks, ms, res, start, p.at); mi >= 0 && !withTarget {
			p.subjRule = "force noun as subject: the modifying state acts"
			return src, mi
		}
	}
	if p.partcl && pi == 0 {
		// "Pointing to …, Putin added": the main clause's subject follows
		for mi := range ms {
			m := &ms[mi]
			if m.from > p.right && m.head && len(res[mi]) > 0 {
				return res[mi], mi
			}
		}
	}
	return nil, -1
}

// conjOnly reports whether only "and" (or ", and") stands in toks[from:to].
func conjOnly(toks []token, from, to int) bool {
	and := false
	for k := from; k < to; k++ {
		switch toks[k].low {
		case "and":
			and = true
		case ",":
		default:
			return false
		}
	}
	return and
}

// appositiveSubject finds the subject before a parenthetical phrase set
// off by commas right before the verb: "Pakistan, a key U.S. ally in the
// war, has refused …", "Britain, along with France, condemned …". The
// phrase must open with a determiner or a preposition and hold no verb;
// the subject is the actor phrase right before its first comma.
func appositiveSubject(toks []token, from int, p *predicate, preds []*predicate, ms []mention, res [][]dataset.Actor) int {
	c2 := p.at - 1
	for c2 >= from && (haveForms[toks[c2].low] || beForms[toks[c2].low] || modals[toks[c2].low] || adverbs[toks[c2].low]) {
		c2--
	}
	if c2 <= from || toks[c2].low != "," {
		return -1
	}
	c1 := c2 - 1
	for c1 > from && c2-c1 < 25 && toks[c1].low != "," {
		switch toks[c1].kind {
		case tkWord, tkNumber:
		default:
			if toks[c1].low != "." && toks[c1].low != "'s" && toks[c1].low != "-" {
				return -1
			}
		}
		c1--
	}
	if c1 <= from || toks[c1].low != "," || c2-c1 < 2 {
		return -1
	}
	first := toks[c1+1].low
	// a non-restrictive relative clause between the subject and its verb
	// ("Russia, which invaded Ukraine in 2022, accused …") has verbs of
	// its own
	relative := first == "which" || first == "who" || first == "whose"
	if !(relative || first == "a" || first == "an" || first == "the" || first == "along" || first == "together" || first == "like" || first == "unlike" || first == "including" || first == "alongside" || first == "one" || first == "itself" || first == "himself" || first == "herself") {
		return -1
	}
	for _, q := range preds {
		if q.at > c1 && q.at < c2 && !relative {
			return -1
		}
	}
	for mi := len(ms) - 1; mi >= 0; mi-- {
		m := &ms[mi]
		if m.to != c1 {
			continue
		}
		if !m.head || m.pair || len(res[mi]) == 0 || m.bare || inPP(toks, from, m.from, c1) {
			return -1
		}
		return mi
	}
	return -1
}

// possSubject: a possessor is the subject only when its noun is a role
// ("Russia's foreign minister said") — handled by the matcher — so a bare
// possessor before a verb is the subject when nothing but the possessed
// noun stands between ("China's close ties with Russia have been" is not).
func possSubject(toks []token, m *mention, at int) bool {
	return false
}

// inPP reports whether the mention starting at k is the object of a
// preposition whose phrase does not end before the verb at v ("In an
// interview with X, Putin said": X is in a PP).
func inPP(toks []token, from, k, v int) bool {
	j := k - 1
	for j >= from && (toks[j].low == "the" || toks[j].low == "a" || toks[j].low == "an" || modifierGap[toks[j].low] && toks[j].low != "state") {
		j--
	}
	if j < from {
		return false
	}
	w := toks[j].low
	if !prepositions[w] || w == "as" {
		return false
	}
	// "a group of X", "thousands of X", "one third of X": the quantity is
	// transparent
	if w == "of" {
		q := j - 1
		for q >= from && (toks[q].kind == tkNumber || quantityWord[toks[q].low] || toks[q].low == "of") {
			q--
		}
		if q < j-1 {
			return inPP(toks, from, q+1, v)
		}
	}
	// "according to X" attributions and all other PPs: not a subject
	return true
}

// coordinated reports whether q is coordinated with p: only "and", "but",
// "or" (and a comma) stand between p's object region and q, with no new
// subject.
func coordinated(toks []token, from int, p, q *predicate) bool {
	// "… and European leaders met": a noun phrase right before q is its
	// own subject, even when the matcher could not resolve it
	k := q.at - 1
	for k >= p.end && (adverbs[toks[k].low] || modals[toks[k].low] || beForms[toks[k].low] || haveForms[toks[k].low] || negators[toks[k].low]) {
		k--
	}
	if k >= p.end && k > from {
		if t := &toks[k]; t.kind == tkWord && pluralNoun(t) && !timeWord[t.low] && !isWeekday(t.low) {
			if b := toks[k-1].low; b != "and" && b != "but" && b != "or" || !looksVerb(t.low) {
				return false
			}
		}
	}
	for j := q.at - 1; j >= p.end && j >= q.at-12; j-- {
		w := toks[j].low
		if w == "and" || w == "but" || w == "or" || w == "then" {
			return true
		}
		if w == "who" || w == "which" || w == "that" || w == "when" || w == "while" || w == "as" || w == "after" || w == "because" || w == "if" {
			return false
		}
	}
	return false
}

// subordinator reports whether the word before the phrase at k can open a
// clause ("before he sent", "after Putin arrived").
func subordinator(toks []token, from, k int) bool {
	j := k - 1
	for j >= from && (toks[j].low == "the" || toks[j].low == "a") {
		j--
	}
	if j < from {
		return false
	}
	switch toks[j].low {
	case "after", "before", "since", "until", "as", "when", "while", "because", "once", "though", "although":
		return true
	}
	return false
}

// adjacentVerb reports whether only auxiliaries, adverbs and negation stand
// between a phrase ending at k and the verb at v.
// reducedAfter reports whether a reduced passive with its by-agent stands
// between the phrase ending at k and the verb at v ("Government troops
// backed by tanks attacked …").
func reducedAfter(toks []token, preds []*predicate, k, v int) bool {
	for _, q := range preds {
		if q.at == k && reducedBy(toks, q, v) {
			return true
		}
	}
	return false
}

func adjacentVerb(toks []token, k, v int) bool {
	for j := k; j < v; j++ {
		w := toks[j].low
		if !(adverbs[w] || modals[w] || beForms[w] || haveForms[w] || negators[w]) {
			return false
		}
	}
	return true
}

// hasSubjectBetween reports whether an actor phrase between from and the
// verb at v is the subject of a clause of its own: directly before the verb
// ("… and Caracas paid") or before another finite verb ("as Washington
// continues to impose").
func hasSubjectBetween(toks []token, ms []mention, from, v int) bool {
	for i := range ms {
		m := &ms[i]
		if m.from < from || m.to > v || !m.head || m.kind == mkPronoun && isPossPronoun(m.pron) {
			continue
		}
		if adjacentVerb(toks, m.to, v) {
			return true
		}
		if m.to < v {
			w := toks[m.to].low
			if modals[w] || beForms[w] || haveForms[w] || finiteForm(w) {
				return true
			}
		}
	}
	return false
}

// finiteForm guesses whether w is a finite verb form: a known verb in the
// past or third person, or an unknown word ending in -s or -ed that follows
// a subject ("continues", "remained").
func finiteForm(w string) bool {
	if looksFinite(w) {
		return true
	}
	return len(w) > 3 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "es")) && !functionWord[w]
}

// openerBetween reports whether a subordinate clause opens between two
// verbs ("… supported Russia, as Washington continues to impose").
func openerBetween(toks []token, from, to int) bool {
	for j := from; j < to; j++ {
		w := toks[j].low
		if clauseOpeners[w] || w == ";" || (w == "as" || w == "after" || w == "before" || w == "since") && clauseFollows(toks, j+1, to+1) {
			return true
		}
	}
	return false
}

// coordObject reports whether the actor phrase m is the object of a verb
// coordinated with p ("embraced Zelensky and called for …"): only "and"
// stands between m and p, and a lower-case past-tense verb right before m
// (a verb the lexicon lacks; lexicon verbs share their subject through
// coordinated).
func coordObject(toks []token, from int, m *mention, p *predicate) bool {
	if m.from-1 < from || !conjOnly(toks, m.to, p.at) || p.form != formPast {
		return false
	}
	v := &toks[m.from-1]
	return v.kind == tkWord && !v.cap && !prepositions[v.low] && !functionWord[v.low] && pastForm(v.low)
}

// actsAtHome reports whether the act of predicate p (or of the
// complement it governs) happens where its subject is at home: not a
// visit, an arrival, a meeting or a hosting (verbs with a place target or
// reciprocal ones), which place the subject abroad.
func actsAtHome(p *predicate) bool {
	for q := p; q != nil; q = q.comp {
		if q.entry.has(flLoc) || q.entry.has(flRecip) || codeOf(q.entry.code, ccHosted) {
			return false
		}
	}
	return true
}

// stateNamedBesides reports whether an actor mention other than ms[skip],
// up to to, belongs to state st other than as a place governed by "in"
// or "at" (another actor of that state makes st no clue to the subject's).
func stateNamedBesides(toks []token, from int, ms []mention, res [][]dataset.Actor, skip int, st string, to int) bool {
	for mi := range ms {
		if mi == skip || ms[mi].from >= to || ms[mi].bare || len(res[mi]) == 0 || !containsStr(stateCodes(res[mi]), st) {
			continue
		}
		if prep, _ := governor(toks, from, ms[mi].from); prep == "in" || prep == "at" {
			continue
		}
		return true
	}
	return false
}

// governmentRole reports whether a bare role opens with "government"
// ("Government troops", "government forces"): the forces of the state
// whose places the clause names, like a state's own people.
func governmentRole(toks []token, m *mention) bool {
	return m.from < len(toks) && toks[m.from].low == "government" && m.to-m.from > 1
}
