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
	// the event so far
	code           string
	noun           *nounEntry
	src            []dataset.Actor
	tgtFrom, tgtTo int
	// the target found so far and its mention's token span ({-1, -1}:
	// none), for the rules that recode the event (code_rules.go)
	tgt     []dataset.Actor
	tgtSpan [2]int
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

// targetRules: where the target of an event is when its clause does not
// name it. The codes live here, not in the interpreter.
var targetRules = []targetRule{
	{name: "visit without destination: the article's partner", codes: []string{"042"},
		find: partnerTarget},
	{name: "intended visit without destination: the article's partner", codes: []string{"036"}, nounCodes: []string{"042"},
		find: partnerTarget},
	// "tariffs on Chinese imports": the state modifying the goods or people
	{name: "target: the state modifying the object", roots: []string{"16", "11", "13"},
		find: func(x *clauseCtx) []dataset.Actor { return modifierTarget(x.ms, x.res, x.tgtFrom, x.tgtTo, x.src) }},
	// "tariffs on $18 billion of imports from China"
	{name: "target: the state the goods come from", roots: []string{"16"},
		find: func(x *clauseCtx) []dataset.Actor {
			return originTarget(x.toks, x.ms, x.res, x.tgtFrom, x.tgtTo, x.src)
		}},
	// "Maduro condemned the measure": the latest earlier event's source of
	// another state
	{name: "the measure: the latest earlier event's source", roots: []string{"11", "12"},
		find: func(x *clauseCtx) []dataset.Actor {
			if !anaphoricAct(x.toks, x.tgtFrom, x.tgtTo) {
				return nil
			}
			for _, prev := range x.d.lastSources {
				if !overlapStates(prev, x.src) {
					return prev
				}
			}
			return nil
		}},
	// "Moscow denounced the plan and vowed to retaliate", "Iran vowed
	// revenge": a retaliation answers the latest earlier act of another
	{name: "retaliation: the latest earlier event's source", roots: []string{"13"},
		find: func(x *clauseCtx) []dataset.Actor {
			if !wordIn(x.toks, x.p.at, x.p.right, retaliationWords) {
				return nil
			}
			for _, prev := range x.d.lastSources {
				if !overlapStates(prev, x.src) && !sameActors(prev, x.src) {
					return prev
				}
			}
			return nil
		}},
	// "threatened to ban voting if Hamas ran", "unless Baghdad accepted"
	{name: "conditional threat: the condition's actor", roots: []string{"13"}, anySource: true,
		find: func(x *clauseCtx) []dataset.Actor {
			return conditionActor(x.toks, x.ms, x.res, x.p.end, x.si.to, x.src)
		}},
	// "to show their disapproval for the United States' policies"
	{name: "protest: an actor named later", roots: []string{"14"}, anySource: true,
		find: func(x *clauseCtx) []dataset.Actor { return laterActor(x.toks, x.ms, x.res, x.p.end, x.si.to, x.src) }},
	// "will provide aid to refugees … in Liberia", "extended the mandate of
	// the force in Lebanon"
	{name: "organisation's cooperation: the state where it takes place", roots: []string{"03", "04", "05", "06", "07", "08"}, anySource: true,
		find: func(x *clauseCtx) []dataset.Actor {
			if !allIGO(x.src) {
				return nil
			}
			return stateOnly(laterActor(x.toks, x.ms, x.res, x.p.end, x.si.to, x.src))
		}},
	{name: "protest without target: the protesters' government", roots: []string{"14"}, anySource: true,
		find: func(x *clauseCtx) []dataset.Actor {
			if sc := stateCodes(x.src); len(sc) == 1 {
				return []dataset.Actor{makeActor(sc[0], "GOV", "")}
			}
			return nil
		}},
}

func partnerTarget(x *clauseCtx) []dataset.Actor {
	if destinationWord(x.toks, x.p.end, x.p.right) {
		return nil
	}
	if partner := x.d.partner(x.src); partner != "" {
		return []dataset.Actor{makeActor(partner, "GOV", "")}
	}
	return nil
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
