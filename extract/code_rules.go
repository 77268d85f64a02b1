package extract

import "github.com/entente/entente/dataset"

// codeRule is a named rule that recodes an event from its arguments once
// the verb, its object and its target are known: "ordered US diplomats to
// leave" is an expulsion, not a demand; "seized Crimea" occupies territory
// rather than property. Every rule whose condition holds fires, in order,
// and its name ("order to leave: expulsion → 161") goes into the event's
// rule. A rule applies to a demand verb without a complement when demand
// is set, and to the events of one of codes when codes is set.
type codeRule struct {
	name   string
	demand bool
	codes  []string
	// apply changes x.code (and x.tgt, x.tgtSpan) and reports whether it
	// fired
	apply func(x *clauseCtx) bool
}

// applyCodeRules runs codeRules on x and returns the names of the rules that
// fired, each with the code it set.
func applyCodeRules(x *clauseCtx) []string {
	var fired []string
	for i := range codeRules {
		r := &codeRules[i]
		if r.demand && (x.p.entry.fam != famDemand || x.p.comp != nil) {
			continue
		}
		if len(r.codes) > 0 && !containsStr(r.codes, x.code) {
			continue
		}
		if r.apply(x) {
			fired = append(fired, r.name+" → "+x.code)
		}
	}
	return fired
}

// leftOrganisation finds the international organisation an act of leaving
// leaves: the first actor phrase after the verb (or its event noun: "its
// withdrawal from ECOWAS"), as its direct object or after "from" or "of"
// ("pulled out of NATO"), when that actor is an IGO. mi is its mention, -1
// for none.
func leftOrganisation(x *clauseCtx) ([]dataset.Actor, int) {
	from := x.p.end
	if x.noun != nil && x.tgtFrom > from {
		from = x.tgtFrom
	}
	for mi := range x.ms {
		m := &x.ms[mi]
		if m.from < from || m.from >= x.p.right || len(x.res[mi]) == 0 || !m.head {
			continue
		}
		if m.from > from+8 {
			break
		}
		prep, direct := governor(x.toks, from, m.from)
		if !direct && prep != "from" && prep != "of" {
			return nil, -1
		}
		if !allIGO(x.res[mi]) {
			return nil, -1
		}
		return x.res[mi], mi
	}
	return nil, -1
}

// subjectForceNoun returns the lexicon's force noun that heads the subject
// phrase of the clause ("an Israeli airstrike", "Russian shelling": the
// subject mention's last word or one of the two after it), or nil.
func subjectForceNoun(x *clauseCtx) *nounEntry {
	if x.subjIdx < 0 || x.subjIdx >= len(x.ms) {
		return nil
	}
	m := &x.ms[x.subjIdx]
	for j := m.to - 1; j < m.to+2 && j < x.p.at; j++ {
		if j < m.from {
			continue
		}
		n := builtin.nouns[x.toks[j].low]
		if n == nil {
			n = builtin.nouns[nounSingular(x.toks[j].low)]
		}
		if n != nil && codeOf(n.code, ccForce) {
			return n
		}
	}
	return nil
}

// ownNonState reports whether src is a state or its government and every
// actor of tgt belongs to that state outside its government and forces
// (media, parties, opposition, companies, people).
func ownNonState(src, tgt []dataset.Actor) bool {
	if len(src) != 1 || len(tgt) == 0 || src[0].Country == "" || src[0].Sector != "" && src[0].Sector != "GOV" {
		return false
	}
	for _, a := range tgt {
		if a.Country != src[0].Country {
			return false
		}
		switch a.Sector {
		case "", "GOV", "MIL", "COP", "SPY", "LEG", "JUD":
			return false
		}
	}
	return true
}

// ownForcesAddressed reports whether the addressee of a demand verb — the
// actor phrases between the verb and its complement — is the source's own
// military: its states' forces ("ordered Russian troops to …"), a force
// noun of no state ("ordered troops to …") or one after a pronoun that
// stands for the source ("ordered its troops to …").
func ownForcesAddressed(x *clauseCtx) bool {
	if len(x.src) == 0 || x.p.comp == nil {
		return false
	}
	forces := false
	for mi := range x.ms {
		m := &x.ms[mi]
		if m.from < x.p.end || m.to > x.p.comp.at {
			continue
		}
		as := x.res[mi]
		switch {
		case len(as) == 0:
			return false
		case m.kind == mkPronoun && subsetStates(as, x.src):
			// "its": the source's
		case allSector(as, "MIL") && (m.bare || subsetStates(as, x.src)):
			forces = true
		default:
			return false // "ordered Ukrainian troops to withdraw": a demand
		}
	}
	return forces
}

// negatedInfinitive reports whether the infinitive verb at k is negated
// before its "to" ("ordered its troops not to withdraw").
func negatedInfinitive(toks []token, k int) bool {
	j := k - 1
	for j > 0 && toks[j].kind == tkWord && adverbs[toks[j].low] {
		j--
	}
	return j > 0 && toks[j].low == "to" && negators[toks[j-1].low]
}

// protestCause returns the cause digit (protestCauses) of the first cause
// word in the 15 tokens after a protest verb ending at from, within the
// sentence (to); "" when none is named. The cause is read only where a
// protest names it: in the verb's object ("protested the fuel tax", up to
// its first preposition) or after a word that opens it (protestCauseOpeners:
// "against the fuel tax", "to demand the resignation of …"), up to the
// next punctuation. Elsewhere the words are the protest's setting ("in
// Belgrade right after the election", "as police cut off roads", "in
// defiance of martial law"). A cause may be a word pair ("right to").
func protestCause(toks []token, from, to int) string {
	inObject, open := true, false
	for k := from; k < to && k < from+15; k++ {
		t := toks[k]
		switch {
		case t.kind == tkPunct || t.kind == tkQuote:
			inObject, open = false, false
			continue
		case protestCauseOpeners[t.low]:
			inObject, open = false, true
			continue
		case prepositions[t.low] || t.low == "while" || t.low == "when":
			inObject = false
		}
		if !inObject && !open || t.kind != tkWord {
			continue
		}
		if k+1 < to {
			if d, ok := protestCauses[t.low+" "+toks[k+1].low]; ok {
				return d
			}
		}
		if d, ok := protestCauses[t.low]; ok {
			return d
		}
	}
	return ""
}
