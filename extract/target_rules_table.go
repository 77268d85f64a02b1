package extract

import "github.com/entente/entente/dataset"

// targetRules: where the target of an event is when its clause does not
// name it. The codes live here, not in the interpreter.
var targetRules = []targetRule{
	{name: "visit without destination: the article's partner", codes: []string{"042"},
		find: partnerTarget},
	{name: "intended visit without destination: the article's partner", codes: []string{"036"}, nounCodes: []string{"042"},
		find: partnerTarget},
	// "tariffs on Chinese imports": the state modifying the goods or people
	{name: "target: the state modifying the object", roots: []string{"16", "11", "13", "01"},
		find: func(x *clauseCtx) []dataset.Actor { return modifierTarget(x.ms, x.res, x.tgtFrom, x.tgtTo, x.src) }},
	// "tariffs on $18 billion of imports from China"; threatened or
	// refused: "threatened to impose tariffs on goods from the EU",
	// "refused to ease its export restrictions on rare earths to Japan"
	{name: "target: the state the goods come from", roots: []string{"16", "13", "12"},
		find: func(x *clauseCtx) []dataset.Actor {
			return originTarget(x.toks, x.ms, x.res, x.tgtFrom, x.tgtTo, x.src)
		}},
	// "is ready to resume gas deliveries to Moldova": cooperation's
	// goods go to the target
	{name: "cooperation: the state the goods go to", roots: []string{"03", "06", "07", "08"},
		find: func(x *clauseCtx) []dataset.Actor {
			return goodsDestination(x.toks, x.ms, x.res, x.p.end, x.si.to, x.src)
		}},
	// "withdrew from the nuclear deal with Iran", "suspended its
	// participation in the treaty with Russia": the agreement's partner
	{name: "reduced relations: the agreement's partner", roots: []string{"16"},
		find: func(x *clauseCtx) []dataset.Actor { return withPartner(x) }},
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
	// "Pakistan accused India of sponsoring terrorism, a charge New Delhi
	// denied": the source of the act the relative clause is about
	{name: "reaction to the act named before: its source", roots: []string{"11", "12"},
		find: func(x *clauseCtx) []dataset.Actor { return minusSource(x.p.reactTarget, x.src) }},
	// "Canada welcomed the agreement between Armenia and Azerbaijan",
	// "Egypt hailed the ceasefire between Israel and Hamas": praise or
	// criticism of what parties did together is aimed at the parties
	{name: "reaction to an act between parties: the parties", roots: []string{"05", "11", "12"},
		find: func(x *clauseCtx) []dataset.Actor {
			parties, _ := betweenParties(x.toks, x.ms, x.res, x.p.end, x.p.right)
			return minusSource(parties, x.src)
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
	// "opened an investigation into alleged war crimes by Russian
	// forces": the agent of the act investigated
	{name: "investigation of an act: its agent", roots: []string{"09"},
		find: func(x *clauseCtx) []dataset.Actor {
			for mi := range x.ms {
				m := &x.ms[mi]
				if m.from < x.p.end || m.from >= x.p.right || len(x.res[mi]) == 0 || m.bare || m.kind != mkActor {
					continue
				}
				if prep, _ := governor(x.toks, x.p.end, m.from); prep == "by" {
					return dropSame(x.res[mi], x.src)
				}
			}
			return nil
		}},
	// "are investigating whether Moroccan intelligence spied on …": the
	// subject of the clause investigated
	{name: "investigation of whether: the clause's subject", roots: []string{"09"},
		find: func(x *clauseCtx) []dataset.Actor {
			// the clause opener ends the verb's clause (p.right) itself
			for k := x.p.end; k <= x.p.right && k < x.si.to && k < x.p.end+3; k++ {
				if x.toks[k].low == "whether" {
					return stateOnly(laterActor(x.toks, x.ms, x.res, k+1, minInt(k+6, x.si.to), x.src))
				}
			}
			return nil
		}},
	// "threatened to ban voting if Hamas ran", "unless Baghdad accepted";
	// a condition opening the sentence: "If Iran closes the strait, the
	// United States will respond militarily"
	{name: "conditional threat: the condition's actor", roots: []string{"13"}, anySource: true,
		find: func(x *clauseCtx) []dataset.Actor {
			if t := conditionActor(x.toks, x.ms, x.res, x.p.end, x.si.to, x.src); len(t) > 0 {
				return t
			}
			if k := x.si.from; k < x.p.at && conditionOpens(x.toks, x.si.from, x.p.at) {
				return conditionActor(x.toks, x.ms, x.res, k, x.p.at, x.src)
			}
			return nil
		}},
	// "to show their disapproval for the United States' policies"
	{name: "protest: an actor named later", roots: []string{"14"}, anySource: true,
		find: func(x *clauseCtx) []dataset.Actor { return laterActor(x.toks, x.ms, x.res, x.p.end, x.si.to, x.src) }},
	// "Palestinian prisoners in Israeli jails launched a hunger strike":
	// the other state the protesters' own phrase names holds them
	{name: "protest: another state in the protesters' phrase", roots: []string{"14"},
		find: func(x *clauseCtx) []dataset.Actor {
			if len(x.src) == 0 || x.p.infin || x.p.gerund || x.p.partcl {
				return nil // a purpose or participle has no phrase of its own
			}
			return stateOnly(subjectRegionActor(x.toks, x.ms, x.res, x.p.left+1, x.p.at, x.src))
		}},
	// "Putin met Erdogan and signed an agreement", "visited Moscow and
	// held talks": cooperation by a verb coordinated with one that named
	// its partner is with that partner
	{name: "coordinated cooperation: the first verb's target", roots: []string{"03", "04", "05", "06", "07", "08"},
		find: func(x *clauseCtx) []dataset.Actor { return minusSource(x.p.coordTarget, x.src) }},
	// "will provide aid to refugees … in Liberia", "extended the mandate of
	// the force in Lebanon"
	{name: "organisation's cooperation: the state where it takes place", roots: []string{"03", "04", "05", "06", "07", "08"}, anySource: true,
		find: func(x *clauseCtx) []dataset.Actor {
			if !allIGO(x.src) {
				return nil
			}
			return stateOnly(laterActor(x.toks, x.ms, x.res, x.p.end, x.si.to, x.src))
		}},
	// "mobilized troops along the Pakistani border", "massed troops near
	// the border with Lebanon": the state across the border (only for
	// shows of force: an attack names its victims, and a border it is
	// near is where it happens)
	{name: "show of force at a border: the state across it", roots: []string{"15"},
		find: borderTarget},
	// "deployed warships near Taiwan", "massed troops off the coast of
	// Japan": the state the force is shown to
	{name: "show of force near a state: that state", roots: []string{"15"},
		find: nearTarget},
	// "put its forces on high alert after Chinese warships approached
	// the island", "scrambled jets after Russian bombers flew near its
	// airspace": a show of force answers the actor of the clause that
	// prompted it
	{name: "show of force in response: the actor of the after-clause", roots: []string{"15"},
		find: func(x *clauseCtx) []dataset.Actor {
			for k := x.p.end; k < x.si.to; k++ {
				if w := x.toks[k].low; w == "after" || w == "following" {
					return stateOnly(laterActor(x.toks, x.ms, x.res, k+1, x.si.to, x.src))
				}
			}
			return nil
		}},
	// "blew up power lines leading into Kabul", "imposed a curfew in
	// Algiers": the state (or, in the source's own state, the people) of
	// the place where the force is used
	{name: "force without target: the place where it happens", roots: []string{"17", "18", "19", "20"},
		find: placeTarget},
	// "Bangladesh imposed a nationwide curfew", "Turkey threatened to ban
	// the party", "Kazakhstan's president pledged to reform the
	// constitution": administrative sanctions, their threat, the refusal
	// to ease them, and political reform are measures of a state over its
	// own people (CAMEO 172, 132, 1241, 0351, 083, 034)
	{name: "domestic measure without target: the source's own people", codes: domesticMeasureCodes,
		find: func(x *clauseCtx) []dataset.Actor { return ownState(x.src, "CVL") }},
	// "The Kenyan opposition called off its protests": easing dissent, the
	// promise or refusal to, and the threat of protests answer the
	// dissenters' own government (CAMEO 082, 0352, 1242, 133)
	{name: "easing dissent without target: the dissenters' government", codes: []string{"082", "0352", "1242", "133"},
		find: func(x *clauseCtx) []dataset.Actor { return ownState(x.src, "GOV") }},
	{name: "protest without target: the protesters' government", roots: []string{"14"}, anySource: true,
		find: func(x *clauseCtx) []dataset.Actor {
			if sc := stateCodes(x.src); len(sc) == 1 {
				return []dataset.Actor{makeActor(sc[0], "GOV", "")}
			}
			return nil
		}},
}

// domesticMeasureCodes are the codes of a state's measures over its own
// people: administrative sanctions (172x), violent repression (175) and
// the threat of it (137), raising police alert and police power (151,
// 153), lifting a curfew or a state of emergency (0813, 0814), threats of
// them (132x), the intent to ease them and the refusal to (0351, 1241), a
// leader's refusal to step down (1231: "declined to resign"), and
// political reform, done or intended (083x but not a resignation, 0831,
// which has no target; 034x). Easing restrictions (081x) is not among
// them: what is eased is as often a measure on foreigners (validation
// 0.675 → 0.667 with it). Nor is a policy change done (0832): a policy is
// as often foreign ("India changed its position on the Russian invasion"
// was IND→INDCVL 0832), while rights (0833) and institutions (0834) are
// the state's own people's.
var domesticMeasureCodes = []string{"0813", "0814", "137", "151", "153", "172", "175", "1721", "1722", "1723", "1724", "132", "1321", "1322", "1323", "1324",
	"0351", "1241", "1231", "083", "0833", "0834", "034", "0341", "0342", "0343", "0344"}

// ownState is the one state of src with the given sector; nil when src
// names no state or several.
func ownState(src []dataset.Actor, sector string) []dataset.Actor {
	if sc := stateCodes(src); len(sc) == 1 {
		return []dataset.Actor{makeActor(sc[0], sector, "")}
	}
	return nil
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
