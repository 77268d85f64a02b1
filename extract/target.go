package extract

import (
	"strings"

	"github.com/entente/entente/dataset"
)

// Targets: the object of a predicate — the first actor phrase its clause names
// after the verb under a preposition the verb accepts (governor), the
// "by"-agent of a passive, the actor inside an object phrase, and the
// domestic reading of roles ("police", "students") of no named state.

func hasMentionIn(ms []mention, res [][]dataset.Actor, from, to int) bool {
	for mi := range ms {
		if ms[mi].from >= from && ms[mi].to <= to && len(res[mi]) > 0 && (ms[mi].head || ms[mi].pair) {
			return true
		}
	}
	return false
}

// agentBy finds the "by"-agent of a passive verb in toks[from:to].
func agentBy(toks []token, ms []mention, res [][]dataset.Actor, from, to int) ([]dataset.Actor, int) {
	for mi := range ms {
		m := &ms[mi]
		if m.from < from || m.from >= to || len(res[mi]) == 0 || !m.head || m.bare {
			continue
		}
		j := m.from - 1
		for j >= from && (toks[j].low == "the" || toks[j].low == "a" || modifierGap[toks[j].low]) {
			j--
		}
		if j >= from && toks[j].low == "by" {
			return res[mi], mi
		}
	}
	return nil, -1
}

// target finds the target of a predicate in toks[from:to]: the first actor
// phrase that is the direct object (if the verb takes one) or the object of
// one of its target prepositions. A pair modifier ("China-Russia ties")
// gives the member that is not the source; a collective ("the two sides")
// gives the pair minus the source.
func (c *Coder) target(x *clauseCtx) ([]dataset.Actor, [2]int) {
	toks, ms, res, from, to, preps, flags, src := x.toks, x.ms, x.res, x.tgtFrom, x.tgtTo, x.tpreps, x.flags, x.src
	takes := func(w string) bool {
		for _, q := range preps {
			if q == w {
				return true
			}
		}
		return false
	}
	// a trailing attribution is the speaker, not the target: "struck the
	// port, Ukraine said", "…, according to the Pentagon"
	for k := from; k < to; k++ {
		if toks[k].low == "," && isAttribution(toks, k+1, len(toks)) {
			to = k
			break
		}
	}
	for mi := range ms {
		m := &ms[mi]
		if m.from < from || m.from >= to || len(res[mi]) == 0 {
			continue
		}
		modifier := !m.head && !m.pair && !m.poss
		if modifier && (m.kind != mkActor || m.bare) {
			continue
		}
		if flags&flPerson != 0 && (m.pair || modifier) {
			continue // "hosting a Russia-China expo" hosts no one
		}
		if modifier && flags&flRecip != 0 && countStates(src) >= 2 {
			continue // "the two governments signed a protocol on Venezuelan debt": a topic
		}
		prep, direct := governor(toks, from, m.from)
		accept := false
		switch {
		case direct:
			accept = takes("obj") && flags&flTopic == 0
			if m.poss && !accept {
				accept = false
			}
		case prep != "":
			accept = takes(prep) || flags&flLoc != 0 && (prep == "in" || prep == "at" || prep == "to")
			if !accept && (prep == "with" || prep == "between") {
				accept = relationBefore(toks, from, prepIndex(toks, from, m.from))
			}
		}
		if !accept {
			// an actor inside an object phrase ("supported Russia's
			// economic needs"): a possessor right after the verb
			if m.poss && direct && takes("obj") {
				accept = true
			} else {
				continue
			}
		}
		actors := res[mi]
		if m.bare {
			if st := locatedState(toks, ms, res, m.to, x.si.to); st != "" && victimRole(actors[0]) && !containsStr(stateCodes(src), st) {
				// "killed 10 people in Gaza": the people of the place, not
				// the source's own
				return []dataset.Actor{makeActor(st, actors[0].Sector, actors[0].Name)}, [2]int{m.from, m.to}
			}
			if st := subjectPlace(x); st != "" && victimRole(actors[0]) && !containsStr(stateCodes(src), st) {
				// "Israeli airstrikes on Gaza killed dozens of people":
				// the people of the place the subject's force hit
				return []dataset.Actor{makeActor(st, actors[0].Sector, actors[0].Name)}, [2]int{m.from, m.to}
			}
			if d := domestic(src, actors[0]); d != nil && !(codeOf(x.code, ccForce) && actors[0].Sector == "GOV" && !nonStateSector[src0(src).Sector]) {
				// (a state's force is not aimed at its own officials:
				// "a Serbian jet shot down a helicopter carrying truce
				// monitors" names no Serbian target)
				return d, [2]int{m.from, m.to}
			}
			continue
		}
		if m.pair || m.kind == mkCollective || len(actors) > 1 && m.kind != mkActor {
			actors = minusSource(actors, src)
			if len(actors) == 0 {
				continue
			}
		}
		if (prep == "in" || prep == "at") && m.kind == mkActor && codeOf(x.code, ccInPlace) && len(actors) == 1 && sameActor(actors[0], src0(src)) {
			// "imposed a curfew in Algiers": coercion in a place of the
			// source's own state acts on its people
			actors = []dataset.Actor{makeActor(actors[0].Country, "CVL", strings.TrimSpace(tokText(toks, m.from, m.to)))}
		}
		return actors, [2]int{m.from, m.to}
	}
	return nil, [2]int{-1, -1}
}

// governor returns the preposition that governs the phrase starting at k
// (looking back over determiners, numbers, quantities — "more than 100",
// "scores of", "up to 16" — and adjectives to from), or direct = true when
// nothing else stands between from and k.
// predeterminers quantify a noun phrase without governing it: "expel all
// Egyptian workers", "arrested several Kenyan nationals".
var predeterminers = map[string]bool{"all": true, "several": true, "many": true, "most": true, "both": true, "other": true, "fellow": true}

func governor(toks []token, from, k int) (prep string, direct bool) {
	j := k - 1
	for j >= from && j >= k-10 {
		t := &toks[j]
		w := t.low
		switch {
		case t.kind == tkNumber || numberWords[w] > 0 && w != "a" && w != "an":
			j--
			// "about 20", "over 100", "at least 3", "up to 16", "more than 100"
			if j >= from {
				switch toks[j].low {
				case "about", "around", "over", "under", "nearly", "some", "almost", "roughly", "approximately":
					j--
				case "least", "most":
					if j-1 >= from && toks[j-1].low == "at" {
						j -= 2
					}
				case "to":
					if j-1 >= from && toks[j-1].low == "up" {
						j -= 2
					}
				case "than":
					if j-1 >= from && (toks[j-1].low == "more" || toks[j-1].low == "fewer" || toks[j-1].low == "less") {
						j -= 2
					}
				}
			}
			continue
		case w == "of" && j-1 >= from && (quantityWord[toks[j-1].low] || toks[j-1].kind == tkNumber):
			j -= 2 // "scores of", "thousands of", "two of"
			continue
		case t.kind == tkPunct && w == "-" && !t.space:
			j--
			continue
		case determiners[w] && !prepositions[w] || w == "the" || w == "a" || w == "an" || isPossPronoun(w) || modifierGap[w] && !prepositions[w] || predeterminers[w]:
			j--
			continue
		case t.kind == tkWord && !prepositions[w] && !functionWord[w] && !phraseBreak[w] && !looksFinite(w) && !negators[w] && !conjunctions[w] && (!t.cap || j > from && toks[j-1].kind == tkWord && !toks[j-1].cap):
			j-- // an adjective or noun modifier: "neighboring", "war-torn", "Tamil"
			continue
		case attributiveParticiple(toks, from, j):
			j-- // "against besieged Homs", "in the occupied West Bank"
			continue
		case t.kind == tkPunct && (w == "$" || w == "€" || w == "£" || w == "%"):
			j--
			continue
		case w == "of" && j-1 >= from && toks[j-1].kind == tkWord && !placeNoun[nounSingular(toks[j-1].low)] && !prepositions[toks[j-1].low] && !looksFinite(toks[j-1].low):
			// "into the computers of South Korean army officers": the
			// phrase the "of" phrase belongs to
			j -= 2
			continue
		}
		break
	}
	if j < from {
		return "", true
	}
	w := toks[j].low
	if w == "of" && j-1 >= from && placeNoun[nounSingular(toks[j-1].low)] {
		// "to the northeastern city of Harbin": the preposition before
		// the place noun governs the name
		for i := j - 2; i >= from && i >= j-5; i-- {
			if prepositions[toks[i].low] {
				return toks[i].low, false
			}
			if toks[i].kind != tkWord {
				break
			}
		}
		return "", false
	}
	if w == "to" && j+1 < len(toks) && toks[j+1].kind == tkWord && !toks[j+1].cap && infinitiveWord(toks[j+1].low) {
		return "", false // "to democratize Serbia": an infinitive, not a destination
	}
	if in, ok := placePreps[w]; ok {
		return in, false // "an airbase deep inside Russia": a place
	}
	if prepositions[w] {
		return w, false
	}
	return "", false
}

// placePreps are prepositions of place that govern a name as "in" does.
var placePreps = map[string]string{"inside": "in"}

// placeNoun are nouns that introduce a place name with "of" ("the city of
// Harbin", "the capital of Sudan").
var placeNoun = map[string]bool{
	"city": true, "town": true, "capital": true, "region": true, "province": true, "port": true,
	"village": true, "district": true, "island": true, "republic": true, "area": true, "territory": true,
	"state": true, "kingdom": true, "enclave": true, "outskirt": true, "suburb": true, "county": true,
}

// relationNoun are nouns whose "with"/"between" phrase names the partner
// of the relation ("hailed relations with Venezuela").
var relationNoun = map[string]bool{
	"relation": true, "relations": true, "tie": true, "ties": true, "relationship": true, "partnership": true,
	"cooperation": true, "friendship": true, "link": true, "links": true, "trade": true, "alliance": true,
	"contact": true, "contacts": true, "dialogue": true, "exchange": true, "exchanges": true, "bond": true,
	"war": true, "conflict": true, "dispute": true, "fighting": true, "clash": true, "clashes": true,
}

// relationBefore reports whether the preposition at j follows a relation
// noun ("relations with", "ties between").
func relationBefore(toks []token, from, j int) bool {
	for i := j - 1; i >= from && i >= j-3; i-- {
		w := toks[i].low
		if relationNoun[w] || relationNoun[nounSingular(w)] {
			return true
		}
		if !(modifierGap[w] || determiners[w]) {
			return false
		}
	}
	return false
}

// objectActor finds an actor inside the object phrase of a verb
// (toks[from:to] up to the first preposition other than "of" and "by",
// and for violence also "for"): a modifier, a possessor or a head, other
// than the source.
func objectActor(toks []token, ms []mention, res [][]dataset.Actor, from, to int, src []dataset.Actor, violence bool) []dataset.Actor {
	end := to
	for k := from; k < to && k < from+12; k++ {
		w := toks[k].low
		if violence && w == "for" && k > from {
			continue // "attacked a camp for Congolese refugees": the victims
		}
		if prepositions[w] && w != "of" && w != "by" && w != "from" || w == "," || w == ";" || w == "that" || w == "which" || w == "who" {
			end = k
			break
		}
	}
	for mi := range ms {
		m := &ms[mi]
		if m.from < from || m.from >= end || len(res[mi]) == 0 || m.kind != mkActor {
			continue
		}
		if m.bare {
			if d := domestic(src, res[mi][0]); d != nil && !(violence && res[mi][0].Sector == "GOV" && !nonStateSector[src0(src).Sector]) {
				return d
			}
			continue
		}
		if t := dropSame(res[mi], src); len(t) > 0 {
			return t
		}
	}
	return nil
}

// subjectRegionActor finds an actor inside the subject phrase of a passive
// verb (toks[from:to]).
func subjectRegionActor(toks []token, ms []mention, res [][]dataset.Actor, from, to int, src []dataset.Actor) []dataset.Actor {
	for mi := range ms {
		m := &ms[mi]
		if m.from < from || m.to > to || len(res[mi]) == 0 || m.kind != mkActor || m.bare {
			continue
		}
		if t := dropSame(res[mi], src); len(t) > 0 {
			return t
		}
	}
	return nil
}

// prepIndex returns the index of the preposition governing the phrase at k.
func prepIndex(toks []token, from, k int) int {
	j := k - 1
	for j >= from && !prepositions[toks[j].low] {
		j--
	}
	return j
}

// domestic resolves a role of no named state ("students", "the
// opposition", "demonstrators") as a group of the source's own state when
// the source is an institution of one state ("Turkish police prevented a
// demonstration by students"). Refugees are never assumed domestic.
func domestic(src []dataset.Actor, role dataset.Actor) []dataset.Actor {
	if strings.Contains(strings.ToLower(role.Name), "peacekeep") {
		// peacekeepers come from elsewhere too ("opposed the deployment
		// of a regional peacekeeping force")
		return nil
	}
	switch role.Sector {
	case "REF":
		// refugees come from elsewhere
		return nil
	case "MIL", "COP":
		// troops and police are what a state sends, not whom it acts
		// on — unless the source is not the state: "opposition
		// supporters clashed with police", "rebels attacked soldiers";
		// weapons never ("fired rockets")
		if len(src) != 1 || !nonStateSector[src[0].Sector] || isWeapon(role) {
			return nil
		}
	}
	if len(src) != 1 || src[0].Country == "" || src[0].Sector == "" || src[0].Sector == role.Sector {
		return nil
	}
	return []dataset.Actor{makeActor(src[0].Country, role.Sector, role.Name)}
}

// nonStateSector: the sectors of a state's people who are not the state —
// its rebels, opposition, civilians — and so may act on its troops and
// police.
var nonStateSector = map[string]bool{"REB": true, "OPP": true, "CVL": true, "INS": true, "PTY": true, "LAB": true, "EDU": true, "REL": true, "ETH": true}

// infinitiveWord guesses whether a word after "to" is a verb: a lexicon
// verb in its base form, or a word with a verb-forming suffix
// ("democratize", "liberate", "clarify", "strengthen").
func infinitiveWord(w string) bool {
	if _, ok := builtin.verbs[w]; ok {
		return true
	}
	if commonVerbs[w] {
		return true
	}
	for _, suf := range [...]string{"ize", "ise", "ate", "ify", "en"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// isWeapon reports whether a role names a weapon (weaponNouns: "rockets",
// "fighter jets").
func isWeapon(a dataset.Actor) bool {
	f := strings.Fields(strings.ToLower(a.Name))
	if len(f) == 0 {
		return false
	}
	w := f[len(f)-1]
	return weaponNouns[w] || weaponNouns[nounSingular(w)]
}

// victimRole reports whether a bare role can be people an act is aimed at
// ("people", "civilians", "students", "protesters"): not troops, police or
// weapons, which a state sends ("fired drones"), nor refugees, who come
// from elsewhere.
func victimRole(a dataset.Actor) bool {
	switch a.Sector {
	case "MIL", "COP", "REF", "":
		return false
	}
	return true
}

// subjectPlace returns the one state named under "on", "in" or "against"
// between the subject phrase and the verb ("Israeli airstrikes on Gaza
// killed …": PSE), or "".
func subjectPlace(x *clauseCtx) string {
	if x.subjIdx < 0 || x.subjIdx >= len(x.ms) {
		return ""
	}
	from := x.ms[x.subjIdx].to
	st := ""
	for mi := range x.ms {
		m := &x.ms[mi]
		if m.from < from || m.from >= x.p.at || len(x.res[mi]) == 0 || m.bare || m.kind != mkActor {
			continue
		}
		switch prep, _ := governor(x.toks, from, m.from); prep {
		case "on", "in", "against":
		default:
			continue
		}
		for _, c := range stateCodes(x.res[mi]) {
			if st != "" && st != c {
				return ""
			}
			st = c
		}
	}
	return st
}
