package extract

import (
	"time"

	"github.com/entente/entente/dataset"
)

// Event assembly: one predicate of a clause becomes events. events runs the
// code phase (event_code.go), finds the target (target.go, target rules),
// applies the clause rules (passive, reciprocity, negation, background) and
// crosses every source with every target (cross, pairEvents); sidesOK says
// which pairs of sides are worth an event.

// events codes one predicate.
func (c *Coder) events(d *docState, si *sentInfo, p *predicate, subj []dataset.Actor, subjIdx int, ms []mention, res [][]dataset.Actor) (out []dataset.Event) {
	// the one clause context: what every phase below reads and fills in
	x := &clauseCtx{d: d, si: si, toks: d.toks, ms: ms, res: res, p: p, subj: subj, subjIdx: subjIdx, tgtSpan: [2]int{-1, -1}}
	toks := x.toks
	e := p.entry
	rule := ruleTrace{entryRule("verb", e.key, e.src)}
	defer func() { stampRule(out, rule.String()) }()
	if p.subjRule != "" {
		rule.add(p.subjRule)
	}
	objTo := p.right
	if p.comp != nil && p.comp.at < objTo {
		objTo = p.comp.at
	}
	if p.nextAt > p.end && p.nextAt < objTo {
		objTo = p.nextAt // patterns look at this verb's objects only
	}
	// a temporal or background adjunct ends the object: "made a statement
	// days before the invasion" names no attack
	adjTo := adjunctCut(toks, p.end, p.right)
	if adjTo < objTo {
		objTo = adjTo
	}
	if e.fam == famSay && !e.has(flLight) {
		if pc, found := matchPattern(toks, e.pats, p.end, objTo); !found || pc == "" {
			return c.obligationEvents(x)
		}
		// a verb of saying with an object pattern: "added Iranian firms
		// to its sanctions list" is a sanction, not speech
	}
	if p.passive && (e.fam == famIntent || e.fam == famThreat || e.fam == famRefuse || e.fam == famPrepare || e.fam == famDecide) {
		return nil // "was aimed at", "was threatened with": not the subject's act
	}
	cc, outcome := c.clauseCode(x, objTo, &rule)
	switch outcome {
	case codeNone:
		return nil
	case codeSpeech:
		return c.obligationEvents(x)
	}
	x.code, x.noun, x.tgtFrom, x.tgtTo, x.tpreps, x.flags = cc.code, cc.noun, cc.tgtFrom, cc.tgtTo, cc.tpreps, cc.flags
	noun, nounAt, flags := cc.noun, cc.nounAt, cc.flags
	// actors
	x.src = subj
	if len(x.tgt) == 0 && noun != nil && codeOf(noun.code, ccAppeal) {
		// "reiterated its demand that Israel ease …"
		if t := thatSubject(toks, ms, res, nounAt, minInt(nounAt+12, si.to)); t >= 0 {
			x.tgt = res[t]
		}
	}
	// a purpose infinitive acts on the previous verb's target ("will visit
	// Mauritania and Senegal to mediate")
	if len(x.tgt) == 0 && p.infin && p.prevTarget != nil {
		x.tgt = p.prevTarget
	}
	if p.passive && (e.key == "engage in" || e.key == "engage") {
		p.passive = false // "were engaged in ethnic cleansing"
	}
	if p.passive && !p.reduced {
		// "X was attacked by Y": Y acts on X
		if ag, mi := agentBy(toks, ms, res, p.end, p.right); mi >= 0 {
			x.tgt, x.src = subj, ag
			x.tgtSpan = [2]int{ms[mi].from, ms[mi].to}
			rule.add("passive: the by-agent acts on the subject")
			if len(subj) == 0 {
				// "Sanctions were imposed on North Korea by the UN": the
				// subject is the act, its target follows the verb
				if t, span := c.target(x); len(t) > 0 && !sharesActor(t, ag) {
					x.tgt, x.tgtSpan = t, span
					rule.add("passive with an act for subject: the target after the verb")
				}
			}
		} else if ag, mi, _ := c.forceModifier(toks, ms, res, p.end+1, p.right); mi >= 0 && toks[p.end].low == "by" {
			// "were killed by Pakistani fire": the state whose force it was
			x.tgt, x.src = subj, ag
			x.tgtSpan = [2]int{ms[mi].from, ms[mi].to}
			rule.add("passive: the state of the force in the by-phrase acts on the subject")
		} else if host, mi := placeHost(toks, ms, res, p.end, p.right, subj); e.has(flPerson) && codeOf(x.code, ccHosted) && mi >= 0 {
			// "Trump … was received in Beijing": the place's state hosts
			x.tgt, x.src = subj, host
			x.tgtSpan = [2]int{ms[mi].from, ms[mi].to}
			rule.add("passive hosting: the place's state hosts")
		} else if dest, mi := destination(toks, ms, res, p.end, p.right, subj); mi >= 0 && allSector(subj, "MIL") && codeOf(x.code, ccSentForces) {
			// "Russian troops were deployed to Belarus", "Indian
			// peacekeepers were deployed to South Sudan": forces sent
			// are their own state's act on the destination
			x.src, x.tgt = subj, dest
			x.tgtSpan = [2]int{ms[mi].from, ms[mi].to}
			rule.add("passive sending of forces: their state acts on the destination")
		} else if st, name := passivePlaceAgent(x); st != "" {
			// "A Japanese citizen was detained in China", "the Russian
			// ambassador was expelled from Moldova": the state of the place
			x.tgt, x.src = subj, []dataset.Actor{makeActor(st, "GOV", "")}
			rule.add(name)
		} else {
			x.tgt, x.src = subj, nil
			rule.add("passive without agent: the subject is the target")
		}
	} else if p.passive && p.reduced {
		// "Putin, invited by Xi": Xi acts on Putin; but a participle
		// describing the object acts on the subject only when it
		// mediates what the subject agreed to ("agreed to a ceasefire
		// brokered by Washington"): "welcomed the agreement signed by
		// India and Pakistan" is no signing with Japan
		if p.onObject && !codeOf(x.code, ccMediation) {
			return nil
		}
		if ag, mi := agentBy(toks, ms, res, p.end, p.right); mi >= 0 {
			x.tgt, x.src = subj, ag
			x.tgtSpan = [2]int{ms[mi].from, ms[mi].to}
			rule.add("reduced passive: the by-agent acts")
		} else {
			// "a loan backed by frozen Russian assets", "the treaty,
			// signed in 2001": a participle describing a noun is no act
			// of the sentence's subject
			return nil
		}
	} else if len(x.tgt) == 0 {
		x.tgt, x.tgtSpan = c.target(x)
	}
	if p.passive && len(x.tgt) == 0 && len(subj) == 0 {
		// "A camp for Congolese refugees was attacked by …": an actor
		// inside the subject phrase
		x.tgt = subjectRegionActor(toks, ms, res, p.left+1, p.at, x.src)
		if len(x.tgt) > 0 {
			rule.add("passive: target inside the subject phrase")
		}
	}
	// a person verb whose object pattern recoded it takes a thing for
	// object ("welcomed the agreement signed by India": 051, not 043)
	personObj := flags&flPerson != 0 && !(e.code != "" && x.code != e.code)
	if len(x.tgt) == 0 && !p.passive && flags&flTopic == 0 && !personObj && !(flags&flRecip != 0 && countStates(x.src) >= 2) {
		// "rejected an Indian proposal", "demolished Palestinian homes",
		// "welcomed President Reagan's statement": the state the object
		// belongs to
		x.tgt = objectActor(toks, ms, res, x.tgtFrom, x.tgtTo, x.src, codeOf(x.code, ccForce))
		if len(x.tgt) > 0 {
			rule.add("target: the state the object belongs to")
		}
	}
	if len(x.tgt) > 0 && !p.passive && (codeOf(x.code, ccReaction) || codeOf(x.code, ccAppeal)) && subsetStates(x.tgt, x.src) {
		// "Germany condemned the arrest of a German journalist in
		// Turkey", "called for the release of a French researcher held
		// in Russia": a reaction to (or appeal about) an act on one's own
		// nationals aims at the state where it happened, not at oneself
		if host, mi := placeHost(toks, ms, res, p.end, p.right, x.src); mi >= 0 && objectNamesAgent(toks, p.end, p.right) {
			// "condemned the killing of American soldiers in Iraq by
			// Islamic State militants": the act has its agent, not the
			// place's state; no target from the place
			x.tgt, x.tgtSpan = nil, [2]int{-1, -1}
			rule.add("reaction to an act by a named agent: no target from the place")
		} else if mi >= 0 {
			x.tgt, x.tgtSpan = host, [2]int{ms[mi].from, ms[mi].to}
			rule.add("reaction to an act on one's own people: the state of the place")
		}
	}
	if flags&flNoTarget != 0 {
		x.tgt = nil
	}
	if len(x.tgt) > 0 && x.tgtSpan[1] > 0 && x.tgtSpan[1] < si.to && modals[toks[x.tgtSpan[1]].low] && subsetStates(x.tgt, x.src) {
		// "The Kremlin warned it would take counter-measures": "it" is
		// the subject of the reported clause, the speaker itself, not a
		// target
		x.tgt, x.tgtSpan = nil, [2]int{-1, -1}
		rule.add("own clause subject: no target")
	}
	if len(x.tgt) > 0 && flags&flRecip != 0 && countStates(x.src) >= 2 && subsetStates(x.tgt, x.src) {
		// "the two governments signed a protocol … to Russia": the
		// object is one of the parties, so the event is between them
		x.tgt = nil
	}
	// rules that recode the event from its arguments (code_rules_table.go)
	for _, name := range applyCodeRules(x) {
		rule.add(name)
	}
	if x.code == "" {
		return nil // a code rule found no event ("troops marched toward Moscow")
	}
	// reciprocal events of a compound subject without a target
	if len(x.tgt) == 0 && flags&flRecip != 0 && countStates(x.src) >= 2 {
		rule.add("reciprocal with a compound subject: both directions")
		return c.pairEvents(d, si, p, x.code, x.src, subjIdx, ms)
	}
	// agentless reciprocal events between named parties ("a ceasefire
	// was agreed between Israel and Hamas", "talks between Serbia and
	// Kosovo were held")
	if len(x.src) == 0 && len(x.tgt) == 0 && flags&flRecip != 0 && (p.passive || noun != nil) && codeOf(x.code, ccAgentlessPair) {
		parties, _ := betweenParties(toks, ms, res, p.end, p.right)
		if parties == nil && nounAt >= 0 && nounAt < p.at {
			parties, _ = betweenParties(toks, ms, res, nounAt+1, p.at) // "Talks between Serbia and Kosovo were held"
		}
		if parties != nil {
			rule.add("agentless reciprocal: the parties after between, both directions")
			return c.pairEvents(d, si, p, x.code, parties, -1, ms)
		}
	}
	// agentless reciprocal events ("a joint statement was signed"): the
	// article's pair
	if len(x.src) == 0 && len(x.tgt) == 0 && flags&flRecip != 0 && len(d.pair) == 2 && (p.passive || noun != nil) && codeOf(x.code, ccAgentlessPair) {
		rule.add("agentless reciprocal: the article's pair, both directions")
		return c.pairEvents(d, si, p, x.code, d.pairActors(), -1, ms)
	}
	// a crowd of no named state: the people of the place ("Hundreds
	// protested outside the Russian embassy in Berlin")
	if len(x.src) == 0 && !p.passive && codeOf(x.code, ccCrowd) && crowdSubject(toks, p.left+1, p.at) {
		if st := locatedState(toks, ms, res, p.end, si.to); st != "" {
			x.src = []dataset.Actor{makeActor(st, "CVL", "")}
			rule.add("crowd: the people of the place")
		}
	}
	// a target the clause did not name: the target rules, in order
	if len(x.tgt) == 0 {
		var name string
		if x.tgt, name = findTarget(x); name != "" {
			rule.add(name)
		}
	}
	if len(x.tgt) > 0 && stateless(x.tgt, isWeapon) {
		// "a helicopter that was captured by the Sudanese authorities": a
		// weapon of no named state is no target
		x.tgt = nil
		rule.add("weapon of no state: no target")
	}
	if len(x.src) == 0 && (p.infin || p.coordInfin) && !p.passive {
		// "a resolution that aims to impose a blockade": an infinitive
		// whose agent is no actor reports no act
		return nil
	}
	if !sidesOK(x.code, x.src, x.tgt) {
		return nil
	}
	p.target = x.tgt
	if c.opts.RequireDyad && (len(x.src) == 0 || len(x.tgt) == 0) {
		return nil
	}
	date, bg, dprec := c.eventDate(d, si, p)
	if p.bgRule != "" {
		rule.add("background: " + p.bgRule)
	}
	spanFrom, spanTo := p.at, p.end
	if subjIdx >= 0 && ms[subjIdx].from < spanFrom {
		spanFrom = ms[subjIdx].from
	}
	if x.tgtSpan[1] > spanTo {
		spanTo = x.tgtSpan[1]
	}
	if x.tgtSpan[0] >= 0 && x.tgtSpan[0] < spanFrom {
		spanFrom = x.tgtSpan[0]
	}
	return c.cross(d, si, x.code, x.src, x.tgt, date, bg, dprec, spanFrom, spanTo)
}

// cross builds the events of every source towards every target (one side
// may be empty), skipping an actor acting on itself.
func (c *Coder) cross(d *docState, si *sentInfo, code string, src, tgt []dataset.Actor, date time.Time, bg bool, prec Precision, from, to int) []dataset.Event {
	var out []dataset.Event
	if len(src) == 0 {
		src = []dataset.Actor{{}}
	}
	if len(tgt) == 0 {
		tgt = []dataset.Actor{{}}
	}
	for _, s := range src {
		for _, t := range tgt {
			if sameActor(s, t) {
				continue
			}
			if c.opts.RequireDyad && (s.IsZero() || t.IsZero()) {
				continue
			}
			ev, ok := c.newEvent(d, si, code, s, t, from, to)
			if !ok {
				continue
			}
			ev.Date = date
			ev.Background = bg
			if prec > PrecisionDay && !date.IsZero() {
				ev.DatePrecision = prec.String()
			}
			out = append(out, ev)
		}
	}
	return out
}

// sameActor reports whether an event would have one actor act on itself:
// the same state with the same (or no) sector, or the same organisation.
func sameActor(a, b dataset.Actor) bool {
	if a.IsZero() || b.IsZero() {
		return false
	}
	if a.Country != "" && a.Country == b.Country {
		if a.Sector == b.Sector {
			return true
		}
		// a state and its government are one actor; a state and its
		// rebels, opposition or citizens are not
		return a.Sector == "" && (b.Sector == "GOV" || b.Sector == "") || b.Sector == "" && a.Sector == "GOV"
	}
	return a.Country == "" && b.Country == "" && a.Code == b.Code
}

func countStates(as []dataset.Actor) int {
	var cs []string
	for _, a := range as {
		k := a.Country
		if k == "" {
			k = a.Code
		}
		if k != "" && !containsStr(cs, k) {
			cs = append(cs, k)
		}
	}
	return len(cs)
}

// pairEvents codes a reciprocal event among the members of a compound
// actor: every member towards every other.
func (c *Coder) pairEvents(d *docState, si *sentInfo, p *predicate, code string, actors []dataset.Actor, subjIdx int, ms []mention) []dataset.Event {
	date, bg, prec := c.eventDate(d, si, p)
	from, to := p.at, p.end
	if subjIdx >= 0 && ms[subjIdx].from < from {
		from = ms[subjIdx].from
	}
	var out []dataset.Event
	for i, a := range actors {
		for j, b := range actors {
			if i == j || sameActor(a, b) || a.Country != "" && a.Country == b.Country {
				continue
			}
			out = append(out, c.cross(d, si, code, []dataset.Actor{a}, []dataset.Actor{b}, date, bg, prec, from, to)...)
		}
	}
	return out
}

// partner returns the other state of the article's pair, or "".
func (d *docState) partner(src []dataset.Actor) string {
	if len(d.pair) != 2 || len(src) == 0 {
		return ""
	}
	s := src[0].Country
	switch s {
	case d.pair[0]:
		return d.pair[1]
	case d.pair[1]:
		return d.pair[0]
	}
	return ""
}

// sidesOK says whether an event with these sides is worth coding: most
// events need a source (only the victims of violence, roots 17–20, may be
// known alone); interactions — consultations, diplomatic and material
// cooperation, aid, criticism (roots 04–07, 11) — need a target too.
func sidesOK(code string, src, tgt []dataset.Actor) bool {
	if len(src) == 0 && len(tgt) == 0 {
		return false
	}
	if len(src) == 0 {
		// only the victims of violence may be known alone
		return codeOf(code, ccForce)
	}
	if len(tgt) == 0 {
		// statements, appeals, intentions, concessions, refusals, threats
		// and shows of force may have no target ("Vietnam is committed to
		// opening up", "rebels declared a ceasefire", "Oman urged
		// restraint", "Iran vowed revenge"); other interactions need one
		// (measured on the train split: appeals and threats without a
		// target gained recall on entente's gold and cost nothing on
		// PLOVER's; demands, criticism and sanctions cost precision)
		return codeOf(code, ccTargetless)
	}
	return true
}

// stateCodes returns the distinct states of actors.
func stateCodes(as []dataset.Actor) []string {
	var out []string
	for _, a := range as {
		if a.Country != "" && !containsStr(out, a.Country) {
			out = append(out, a.Country)
		}
	}
	return out
}

// passivePlaceAgent returns the state that acts in an agentless passive of
// coercion done in one state's places ("was detained in China":
// CHN) or of an expulsion from a state ("was expelled from Moldova": MDA),
// when that state is not the subject's own, and the rule's name; "" when
// none applies.
func passivePlaceAgent(x *clauseCtx) (string, string) {
	if len(x.subj) == 0 {
		return "", ""
	}
	own := stateCodes(x.subj)
	if codeOf(x.code, ccCoercion) {
		if st := locatedStateBy(x.toks, x.ms, x.res, x.p.end, x.p.right, true); st != "" && !containsStr(own, st) {
			return st, "passive without agent: the state of the place acts"
		}
	}
	if containsStr(x.p.entry.preps, "from") && codeOf(x.code, ccExpulsion) {
		for mi := range x.ms {
			m := &x.ms[mi]
			if m.from != x.p.end+1 || x.toks[x.p.end].low != "from" || !m.head || len(x.res[mi]) == 0 {
				continue
			}
			if sc := stateCodes(x.res[mi]); len(sc) == 1 && !containsStr(own, sc[0]) {
				return sc[0], "passive expulsion: the state expelled from acts"
			}
		}
	}
	return "", ""
}

// agentNouns are the non-state agents whose act, named in a reaction's
// object ("the killing of soldiers in Iraq by militants"), keeps the
// reaction from aiming at the place's state (events.go, "own people
// abroad").
var agentNouns = map[string]bool{
	"militant": true, "gunman": true, "rebel": true, "insurgent": true, "terrorist": true,
	"jihadist": true, "extremist": true, "attacker": true, "bandit": true, "pirate": true, "kidnapper": true,
}

// objectNamesAgent reports whether toks[from:to] names the agent of its
// act: a "by" phrase or an agent noun (agentNouns).
func objectNamesAgent(toks []token, from, to int) bool {
	for k := from; k < to && k < len(toks); k++ {
		// an agent noun after the act's noun ("the killing of soldiers
		// by militants", "the attack on Americans, blamed on militants"),
		// never the object's own head ("attacked rebel positions")
		if toks[k].low == "by" || k > from+1 && agentNouns[nounSingular(toks[k].low)] && toks[k-1].low != "of" {
			return true
		}
	}
	return false
}
