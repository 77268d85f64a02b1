package extract

import (
	"strings"

	"github.com/entente/entente/dataset"
)

// Target finders: the functions the target rules (target_rules_table.go) call
// when a clause names no target — the partner of a visit or agreement, the
// state modifying the object, the origin of sanctioned goods, the act
// referred back to ("the measure"), the condition's actor, the state across a
// border or near a show of force, and the place where force is used.

// modifierTarget returns the first state named as a modifier in
// toks[from:to] that is not the source ("Chinese imports").
func modifierTarget(ms []mention, res [][]dataset.Actor, from, to int, src []dataset.Actor) []dataset.Actor {
	for mi := range ms {
		m := &ms[mi]
		if m.from < from || m.from >= to || m.head || m.kind != mkActor || len(res[mi]) != 1 {
			continue
		}
		if t := minusSource(res[mi], src); len(t) == 1 && t[0].Country != "" {
			return []dataset.Actor{makeActor(t[0].Country, "", t[0].Name)}
		}
	}
	return nil
}

// placeHost returns the state of the place a visitor was received in
// ("was received in Beijing", "was welcomed at the Kremlin"): the first
// actor phrase after "in" or "at" in toks[from:to] of another state than
// the guest's, as its government.
func placeHost(toks []token, ms []mention, res [][]dataset.Actor, from, to int, guest []dataset.Actor) ([]dataset.Actor, int) {
	for mi := range ms {
		m := &ms[mi]
		if m.from < from || m.from >= to || len(res[mi]) == 0 || m.kind != mkActor || m.bare || !m.head {
			continue
		}
		if prep, _ := governor(toks, from, m.from); prep != "in" && prep != "at" {
			continue
		}
		if sc := stateCodes(res[mi]); len(sc) == 1 && !containsStr(stateCodes(guest), sc[0]) {
			return []dataset.Actor{makeActor(sc[0], "GOV", res[mi][0].Name)}, mi
		}
		return nil, -1
	}
	return nil, -1
}

// actNouns name an act already reported ("condemned the measure").
var actNouns = map[string]bool{
	"measure": true, "measures": true, "move": true, "step": true, "steps": true, "decision": true,
	"sanctions": true, "sanction": true, "action": true, "actions": true, "designation": true,
	"tariffs": true, "attack": true, "attacks": true, "strikes": true, "invasion": true, "order": true,
	"ban": true, "announcement": true, "policy": true, "plan": true,
	"criticism": true, "accusation": true, "accusations": true, "allegation": true, "allegations": true,
	"remarks": true, "remark": true, "comments": true, "charges": true, "arrests": true, "arrest": true,
	"seizure": true, "expulsion": true, "expulsions": true, "raid": true, "raids": true, "threat": true, "threats": true,
}

// anaphoricAct reports whether the object in toks[from:to] is a definite
// act without a named actor: "the measure", "this step", "the new
// sanctions" (not "the measure by X", which names its actor).
func anaphoricAct(toks []token, from, to int) bool {
	k := from
	if k >= to {
		return false
	}
	switch toks[k].low {
	case "the", "this", "these", "that", "those":
	default:
		return false
	}
	for k++; k < to && k < from+4; k++ {
		w := toks[k].low
		if actNouns[w] {
			return k+1 >= to || toks[k+1].kind == tkPunct || !prepositions[toks[k+1].low] || toks[k+1].low == "as"
		}
		if toks[k].kind != tkWord || toks[k].cap || prepositions[w] {
			return false
		}
	}
	return false
}

// destination returns the actor after "into", "to" or "in" in
// toks[from:to] that is not the source's ("ordered troops into Ukraine").
func destination(toks []token, ms []mention, res [][]dataset.Actor, from, to int, src []dataset.Actor) ([]dataset.Actor, int) {
	if from < 0 {
		return nil, -1
	}
	for mi := range ms {
		m := &ms[mi]
		if m.from <= from || m.from >= to || m.from == 0 || len(res[mi]) == 0 || !m.head {
			continue
		}
		switch toks[m.from-1].low {
		case "into", "to", "in":
			if t := minusSource(res[mi], src); len(t) > 0 {
				return t, mi
			}
		}
	}
	return nil, -1
}

// placeObject reports whether the phrase at k is a place or a state named
// as the object (not a person, a group or the owner of goods).
func placeObject(ms []mention, res [][]dataset.Actor, k int, tgt []dataset.Actor) bool {
	for mi := range ms {
		if ms[mi].from != k {
			continue
		}
		if !ms[mi].head || ms[mi].poss || ms[mi].person || ms[mi].kind != mkActor {
			return false
		}
		for _, a := range res[mi] {
			if a.Country == "" || a.Sector != "" && a.Sector != "CVL" {
				return false
			}
		}
		return len(res[mi]) > 0
	}
	return false
}

// leaveAfter reports whether "to leave", "to depart" or "to quit"
// completes a verb in toks[from:to] ("ordered the diplomats to leave").
func leaveAfter(toks []token, from, to int) bool {
	for k := from; k+1 < to && k < from+10; k++ {
		if toks[k].low == "to" {
			switch toks[k+1].low {
			case "leave", "depart", "quit", "exit":
				return true
			}
		}
	}
	return false
}

// diplomatName reports whether an actor's text names diplomats.
func diplomatName(n string) bool {
	n = strings.ToLower(n)
	for _, w := range []string{"diplomat", "ambassador", "envoy", "embassy", "consul", "attache", "attaché", "chargé", "charge d"} {
		if strings.Contains(n, w) {
			return true
		}
	}
	return false
}

// originTarget returns the first state named with "from" or "of" in
// toks[from:to] that is not the source: the origin of sanctioned goods or
// the owner of frozen assets ("imports from China", "assets of Russia").
func originTarget(toks []token, ms []mention, res [][]dataset.Actor, from, to int, src []dataset.Actor) []dataset.Actor {
	for mi := range ms {
		m := &ms[mi]
		if m.from < from || m.from >= to || len(res[mi]) == 0 || m.kind != mkActor || m.bare || m.from == 0 {
			continue
		}
		prep, _ := governor(toks, from, m.from)
		if prep != "from" && prep != "of" && !(prep == "to" && wordIn(toks, from, m.from, exportWords)) {
			continue
		}
		if t := minusSource(res[mi], src); len(t) > 0 && t[0].Country != "" {
			return []dataset.Actor{makeActor(t[0].Country, "", t[0].Name)}
		} else if len(t) > 0 && strings.HasPrefix(t[0].Code, "IGO") {
			return t[:1] // "goods from the European Union"
		}
	}
	return nil
}

// exportWords make "to X" the destination of goods ("export restrictions
// on rare earths to Japan"): X is the state the measure hits.
var exportWords = map[string]bool{"export": true, "exports": true, "shipment": true, "shipments": true, "sale": true, "sales": true, "supply": true, "supplies": true, "delivery": true, "deliveries": true}

// goodsDestination returns the state after "to" that the goods of an
// export word before it go to ("resume gas deliveries to Moldova").
func goodsDestination(toks []token, ms []mention, res [][]dataset.Actor, from, to int, src []dataset.Actor) []dataset.Actor {
	for mi := range ms {
		m := &ms[mi]
		if m.from < from || m.from >= to || len(res[mi]) == 0 || m.kind != mkActor || m.bare || !m.head {
			continue
		}
		if prep, _ := governor(toks, from, m.from); prep == "to" && wordIn(toks, from, m.from, exportWords) {
			return stateOnly(dropSame(res[mi], src))
		}
	}
	return nil
}

// placeTarget finds the state where an act of force without a target
// happens: a place governed by "in", "near", "into", "at", "outside",
// "around" after the verb ("blew up power lines leading into Kabul",
// "attacked a base in northern Mali"). A place of the source's own state
// stands for its people (CVL): "imposed a curfew in Algiers" acts on
// Algiers' population, not on the government imposing it.
func placeTarget(x *clauseCtx) []dataset.Actor {
	to := x.si.to
	for k := x.p.end; k < to; k++ {
		if x.toks[k].low == "," && isAttribution(x.toks, k+1, x.si.to) {
			to = k
			break
		}
	}
	for mi := range x.ms {
		m := &x.ms[mi]
		if m.from < x.p.end || m.from >= to || m.from > x.p.right+8 || len(x.res[mi]) == 0 || m.bare || m.kind != mkActor || !m.head {
			continue
		}
		prep, _ := governor(x.toks, x.p.end, m.from)
		switch prep {
		case "in", "near", "into", "at", "outside", "around":
		default:
			continue
		}
		sc := stateCodes(x.res[mi])
		if len(sc) != 1 {
			continue
		}
		if overlapStates(x.res[mi], x.src) {
			return []dataset.Actor{makeActor(sc[0], "CVL", strings.TrimSpace(tokText(x.toks, m.from, m.to)))}
		}
		if t := dropSame(x.res[mi], x.src); len(t) > 0 {
			return t
		}
	}
	return nil
}

// borderWords name a border.
var borderWords = map[string]bool{"border": true, "borders": true, "frontier": true, "boundary": true, "border-line": true}

// lineOf reports whether the word at k ends a line between forces ("the
// Line of Control", "the line of contact"), a border for borderTarget.
func lineOf(toks []token, from, k int) bool {
	switch toks[k].low {
	case "control", "contact", "demarcation":
		return k-2 >= from && toks[k-1].low == "of" && toks[k-2].low == "line"
	}
	return false
}

// borderTarget finds the state across a border the clause names after its
// verb: the state modifying the border word ("along the Pakistani
// border") or the one after "with" ("near the border with Lebanon"),
// unless it is the source's own state.
func borderTarget(x *clauseCtx) []dataset.Actor {
	to := x.si.to
	for k := x.p.end; k < to; k++ {
		if x.toks[k].low == "," {
			to = k
			break
		}
	}
	for k := x.p.end; k < to; k++ {
		if !borderWords[x.toks[k].low] && !lineOf(x.toks, x.p.end, k) {
			continue
		}
		for mi := range x.ms {
			m := &x.ms[mi]
			if len(x.res[mi]) == 0 || m.bare || m.kind != mkActor {
				continue
			}
			before := m.to == k || m.to == k-1 && x.toks[k-1].low == "'s"
			after := m.from >= k+2 && m.from <= k+3 && x.toks[k+1].low == "with"
			if !before && !after {
				continue
			}
			if t := stateOnly(dropSame(x.res[mi], x.src)); len(t) > 0 && !overlapStates(t, x.src) {
				return t
			}
		}
	}
	return nil
}

// nearTarget finds the state a show of force is near: a state (not a
// place inside the source's own) after "near", "around", "off", "close to"
// or "along" in the clause ("deployed warships near Taiwan").
func nearTarget(x *clauseCtx) []dataset.Actor {
	for mi := range x.ms {
		m := &x.ms[mi]
		if m.from <= x.p.end || m.from >= x.p.right || len(x.res[mi]) == 0 || m.bare || m.kind != mkActor || !m.head {
			continue
		}
		prep, _ := governor(x.toks, x.p.end, m.from)
		if prep == "to" && m.from >= 2 && x.toks[m.from-2].low == "close" {
			prep = "close to"
		}
		switch prep {
		case "near", "around", "off", "close to", "along":
		default:
			continue
		}
		if t := stateOnly(dropSame(x.res[mi], x.src)); len(t) > 0 && !overlapStates(t, x.src) {
			return t
		}
	}
	return nil
}

// destinationWord reports whether a visit verb names its destination by an
// adverb ("go there", "return home") or a place that is not a state.
func destinationWord(toks []token, from, to int) bool {
	for k := from; k < to && k < from+4; k++ {
		switch toks[k].low {
		case "there", "here", "home", "abroad", "back":
			return true
		case "to":
			return true
		}
	}
	return false
}

// conditionActor returns the subject of an "if"/"unless" clause after the
// verb.
func conditionActor(toks []token, ms []mention, res [][]dataset.Actor, from, to int, src []dataset.Actor) []dataset.Actor {
	for k := from; k < to; k++ {
		if toks[k].low != "if" && toks[k].low != "unless" {
			continue
		}
		for mi := range ms {
			m := &ms[mi]
			if m.from > k && m.from <= k+6 && m.head && !m.bare && len(res[mi]) > 0 {
				if t := dropSame(res[mi], src); len(t) > 0 {
					return t
				}
			}
		}
		return nil
	}
	return nil
}

// laterActor returns the first actor after from that is not the source,
// stopping at an attribution (", officials said").
func laterActor(toks []token, ms []mention, res [][]dataset.Actor, from, to int, src []dataset.Actor) []dataset.Actor {
	for k := from; k < to; k++ {
		if toks[k].low == "," && isAttribution(toks, k+1, to) {
			to = k
			break
		}
	}
	for mi := range ms {
		m := &ms[mi]
		if m.from < from || m.from >= to || len(res[mi]) == 0 || m.bare || m.kind != mkActor {
			continue
		}
		if t := dropSame(res[mi], src); len(t) > 0 && !overlapStates(t, src) {
			return t
		}
	}
	return nil
}

// locationStop words open a clause or condition whose places are not where
// the act happens ("if war starts in Iraq").
var locationStop = map[string]bool{"if": true, "unless": true, "when": true, "because": true, "while": true,
	"whereas": true, "that": true, "which": true, "who": true, "where": true, ";": true}

// locatedState returns the one state whose places toks[from:to] names as a
// location — a place or state after "in", "near", "at", "outside",
// "around", "across", "throughout" ("in Gaza", "in northern Mali") — or ""
// when there is none or more than one. A trailing attribution (", officials
// in Kyiv said") is not a location.
func locatedState(toks []token, ms []mention, res [][]dataset.Actor, from, to int) string {
	return locatedStateBy(toks, ms, res, from, to, false)
}

// locatedStateBy is locatedState; with inOnly only "in" places ("fired at
// Israel" names a target, not where the act happens).
func locatedStateBy(toks []token, ms []mention, res [][]dataset.Actor, from, to int, inOnly bool) string {
	for k := from; k < to; k++ {
		if toks[k].low == "," && isAttribution(toks, k+1, len(toks)) || locationStop[toks[k].low] {
			to = k
			break
		}
	}
	if a := adjunctCut(toks, from, to); a < to {
		to = a // "in retaliation for a strike on its consulate in Damascus"
	}
	st := ""
	for mi := range ms {
		m := &ms[mi]
		if m.from < from || m.from >= to || len(res[mi]) == 0 || m.bare || m.kind != mkActor || !m.head {
			continue
		}
		prep, _ := governor(toks, from, m.from)
		if (prep == "" || prep == "on") && placeOf(toks, from, m.from) {
			// "bombed rebel-held areas of Idlib", "on the outskirts of
			// Aleppo": the place noun's place
			prep = "in"
		}
		switch prep {
		case "in":
		case "near", "at", "outside", "around", "across", "throughout":
			if inOnly {
				continue
			}
		default:
			continue
		}
		for _, c := range stateCodes(res[mi]) {
			if st != "" && st != c {
				return ""
			}
			st = c
		}
	}
	return st
}

// placeOf reports whether the phrase at k follows "of" after a place noun
// ("rebel-held areas of Idlib", "the outskirts of Aleppo"): a place.
func placeOf(toks []token, from, k int) bool {
	j := k - 1
	for j > from && (toks[j].low == "the" || toks[j].low == "a") {
		j--
	}
	return j > from && toks[j].low == "of" && placeNoun[nounSingular(toks[j-1].low)]
}
