package extract

import "github.com/entente/entente/dataset"

// clauseCtx is what the rules of a clause look at: the sentence, its
// tokens, actor mentions and their resolutions, the predicate, and the
// event being built (code, event noun, source, and the span where its
// target may be named). One value instead of the same tuple passed to
// every rule.
type clauseCtx struct {
	d    *docState
	si   *sentInfo
	toks []token
	ms   []mention
	res  [][]dataset.Actor
	p    *predicate
	// the predicate's subject and its mention (-1: none or inherited)
	subj    []dataset.Actor
	subjIdx int
	// the event so far
	code           string
	noun           *nounEntry
	src            []dataset.Actor
	tgtFrom, tgtTo int
	// the prepositions that introduce the target and the lexicon flags of
	// the verb and its noun (clauseCode)
	tpreps []string
	flags  lexFlag
	// the target found so far and its mention's token span ({-1, -1}:
	// none), for the rules that recode the event (code_rules_table.go)
	tgt     []dataset.Actor
	tgtSpan [2]int
	// compCode is the code of the complement a family verb governs, on
	// its own ("ordered the newspaper to suspend publication": 1721), ""
	// for none
	compCode string
}

// targetRule is a named rule that finds the target of an event whose clause
// named none. The rules are tried in order; the first that applies and
// finds a target wins, and its name goes into the event's rule. A rule
// applies to the events whose CAMEO code is one of codes or starts with one
// of roots (both empty: every code), made with an event noun of one of
// nounCodes when that is set, and with a known source unless anySource.
type targetRule struct {
	name      string
	codes     []string
	roots     []string
	nounCodes []string
	anySource bool
	find      func(x *clauseCtx) []dataset.Actor
}

// applies reports whether rule r may find the target of the event in x.
func (r *targetRule) applies(x *clauseCtx) bool {
	if !r.anySource && len(x.src) == 0 {
		return false
	}
	if len(r.nounCodes) > 0 && (x.noun == nil || !containsStr(r.nounCodes, x.noun.code)) {
		return false
	}
	if len(r.codes) == 0 && len(r.roots) == 0 {
		return true
	}
	if containsStr(r.codes, x.code) {
		return true
	}
	for _, root := range r.roots {
		if len(x.code) >= len(root) && x.code[:len(root)] == root {
			return true
		}
	}
	return false
}

// findTarget runs the target rules and returns the first target found and
// the name of the rule that found it.
func findTarget(x *clauseCtx) ([]dataset.Actor, string) {
	for i := range targetRules {
		r := &targetRules[i]
		if !r.applies(x) {
			continue
		}
		if t := r.find(x); len(t) > 0 {
			return t, r.name
		}
	}
	return nil, ""
}

// retaliationWords name an answer to an earlier act.
var retaliationWords = map[string]bool{
	"retaliate": true, "retaliation": true, "revenge": true, "reprisal": true, "reprisals": true,
	"retribution": true, "avenge": true, "response": true, "respond": true, "counter-measures": true,
	"countermeasures": true, "retaliatory": true,
}

// wordIn reports whether a word of the set stands in toks[from:to]
// (lower-case, or its lemma for regular verb forms).
func wordIn(toks []token, from, to int, set map[string]bool) bool {
	for k := from; k < to && k < len(toks); k++ {
		if set[toks[k].low] {
			return true
		}
		cands, _, n := verbCandidates(toks[k].low)
		for i := 0; i < n; i++ {
			if set[cands[i]] {
				return true
			}
		}
	}
	return false
}

// sameActors reports whether two actor lists share an actor code.
func sameActors(a, b []dataset.Actor) bool {
	for _, x := range a {
		for _, y := range b {
			if x.Code != "" && x.Code == y.Code {
				return true
			}
		}
	}
	return false
}

// withPartner finds the partner of the agreement or relation a clause's
// object names: an actor after "with" in the clause, before a trailing
// attribution ("withdrew from the nuclear deal with Iran").
func withPartner(x *clauseCtx) []dataset.Actor {
	to := x.p.right
	for k := x.p.end; k < to; k++ {
		if x.toks[k].low == "," {
			to = k
			break
		}
	}
	for mi := range x.ms {
		m := &x.ms[mi]
		if m.from < x.p.end || m.from >= to || len(x.res[mi]) == 0 || !m.head || m.bare || m.from == 0 {
			continue
		}
		if prep, _ := governor(x.toks, x.p.end, m.from); prep != "with" {
			continue
		}
		if t := dropSame(x.res[mi], x.src); len(t) > 0 && !overlapStates(t, x.src) {
			return t
		}
	}
	return nil
}
