package extract

import (
	"strings"
	"time"

	"github.com/entente/entente/cameo"
	"github.com/entente/entente/dataset"
)

// codeOf determines the code a predicate expresses by itself: an object
// pattern, an event noun of a light verb, or the verb's default. ok is
// false when a pattern suppresses the event. nounAt is the token of the
// event noun used (-1 if none) and noun its entry.
func (c *Coder) codeOf(toks []token, p *predicate, objFrom, objTo int) (code string, noun *nounEntry, nounAt int, ok bool) {
	e := p.entry
	nounAt = -1
	if e.dict != nil {
		left := p.left + 1
		if left < 0 {
			left = 0
		}
		code = e.dict.match(toks, left, p.at, p.end, objTo)
		return code, nil, -1, code != ""
	}
	pc, found := matchPattern(toks, e.pats, objFrom, objTo)
	if !found && p.passive && !p.reduced {
		// the object of a passive verb is its subject: "Three Russian
		// diplomats were expelled", "Sanctions were imposed on …"
		pc, found = matchPattern(toks, e.pats, maxInt(p.left+1, 0), p.at)
	}
	if found {
		if pc == "" {
			return "", nil, -1, false
		}
		code = pc
		if e.has(flLight) || e.code == "" {
			if n, at := c.findNoun(toks, objFrom, objTo); n != nil {
				noun, nounAt = n, at
			}
		}
		return code, noun, nounAt, true
	}
	if e.has(flLight) || e.code == "" || e.has(flCompNoun) {
		n, at := c.findNoun(toks, objFrom, objTo)
		if n == nil && p.passive && !p.reduced && e.has(flLight) {
			// "Talks between Serbia and Kosovo were held": the light
			// verb's event noun is its passive subject
			n, at = c.findNoun(toks, maxInt(p.left+1, 0), p.at)
		}
		if n != nil {
			if e.has(flStop) {
				// "suspended their obligations under the treaty": the
				// ended event's opposite
				if sc := stoppedCode(n.code); sc != "" {
					return sc, nil, -1, true
				}
				return "", nil, -1, false
			}
			if e.has(flLight) || e.code == "" {
				return n.code, n, at, true
			}
			noun, nounAt = n, at
		}
	}
	return e.code, noun, nounAt, true
}

// stoppedCode is the code of ending an event of code c that a verb of
// ending's patterns do not name: ending cooperation (roots 03–08) reduces
// relations (160), ending a protest is 082, ending the use of force (roots
// 15, 17–20) de-escalates (087); ending anything else is no event.
func stoppedCode(c string) string {
	if len(c) < 2 {
		return ""
	}
	return stoppedByRoot[c[:2]]
}

// matchPattern returns the code of the pattern whose word occurs first in
// toks[from:to] (lemmatised: plural nouns singular).
func matchPattern(toks []token, pats []objPattern, from, to int) (string, bool) {
	if len(pats) == 0 {
		return "", false
	}
	for k := from; k < to && k < from+12; k++ {
		t := &toks[k]
		if t.kind != tkWord {
			continue
		}
		w := nounSingular(t.low)
		for pi := range pats {
			for _, alt := range pats[pi].words {
				if alt[0] != w && alt[0] != t.low {
					continue
				}
				if matchSeq(toks, k, to, alt) {
					return pats[pi].code, true
				}
			}
		}
	}
	return "", false
}

func matchSeq(toks []token, k, to int, words []string) bool {
	j := k
	for _, w := range words {
		for j < to && toks[j].low == "-" && !toks[j].space {
			j++
		}
		if j >= to {
			return false
		}
		if toks[j].low != w && nounSingular(toks[j].low) != w {
			return false
		}
		j++
	}
	return true
}

// findNoun returns the first event noun in toks[from:to] (multiword nouns
// first) and its token index.
func (c *Coder) findNoun(toks []token, from, to int) (*nounEntry, int) {
	for k := from; k < to && k < from+10; k++ {
		t := &toks[k]
		if t.kind != tkWord {
			continue
		}
		if seqs, ok := c.lex.nounSeqs[t.low]; ok {
			for _, ws := range seqs {
				if matchSeq(toks, k, to, ws) {
					if n := c.lex.nouns[joinWords(ws)]; n != nil {
						return n, k
					}
				}
			}
		}
		if n := c.lex.nouns[t.low]; n != nil {
			return n, k
		}
		if s := nounSingular(t.low); s != t.low {
			if n := c.lex.nouns[s]; n != nil {
				return n, k
			}
			if seqs, ok := c.lex.nounSeqs[s]; ok {
				for _, ws := range seqs {
					if matchSeq(toks, k, to, ws) {
						if n := c.lex.nouns[joinWords(ws)]; n != nil {
							return n, k
						}
					}
				}
			}
		}
		// stop at a clause-internal verb: "announced that …"
		if t.low == "that" || t.low == "which" || t.low == "who" {
			break
		}
		// a noun that is not an event, with a topic after it: "gave
		// details of the treaty", "made progress on the deal"; quantities
		// are transparent ("a wave of attacks", "rounds of talks")
		if k+1 < to && topicPrep[toks[k+1].low] && !quantityWord[t.low] && !eventSeries[nounSingular(t.low)] && !determiners[t.low] && !functionWord[t.low] && t.kind == tkWord {
			break
		}
	}
	return nil, -1
}

// topicPrep are prepositions that attach a topic to a noun.
var topicPrep = map[string]bool{"of": true, "on": true, "about": true, "over": true, "regarding": true, "concerning": true}

// eventSeries are nouns of number and sequence that leave the event noun
// after their "of" the object: "a wave of attacks", "a round of talks".
var eventSeries = map[string]bool{
	"wave": true, "round": true, "series": true, "spate": true, "string": true, "barrage": true,
	"volley": true, "flurry": true, "campaign": true, "program": true, "programme": true, "package": true,
	"set": true, "pair": true, "couple": true, "day": true, "week": true, "month": true, "year": true,
	"lot": true, "kind": true, "type": true, "form": true, "act": true, "exchange": true, "resumption": true,
	"start": true, "beginning": true, "launch": true, "continuation": true, "escalation": true,
}

func joinWords(ws []string) string {
	n := 0
	for _, w := range ws {
		n += len(w) + 1
	}
	b := make([]byte, 0, n)
	for i, w := range ws {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, w...)
	}
	return string(b)
}

// compCode is the code of a complement predicate on its own (its pattern,
// event noun or default), before any family of its own applies.
func (c *Coder) compCode(toks []token, q *predicate) string {
	code, _, _, ok := c.codeOf(toks, q, q.end, q.right)
	if !ok {
		return ""
	}
	if code == "" && q.entry.fam != famNone && q.entry.fam != famSay {
		return familyDefault(q.entry.fam)
	}
	return code
}

// events codes one predicate.
func (c *Coder) events(d *docState, si *sentInfo, p *predicate, subj []dataset.Actor, subjIdx int, ms []mention, res [][]dataset.Actor) (out []dataset.Event) {
	// the one clause context: what every phase below reads and fills in
	x := &clauseCtx{d: d, si: si, toks: d.toks, ms: ms, res: res, p: p, subj: subj, subjIdx: subjIdx, tgtSpan: [2]int{-1, -1}}
	toks := x.toks
	e := p.entry
	rule := ruleTrace{entryRule("verb", e.key, e.src)}
	defer func() { stampRule(out, rule.String()) }()
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
		return c.obligationEvents(x)
	}
	if p.passive && (e.fam == famIntent || e.fam == famThreat || e.fam == famRefuse || e.fam == famPrepare) {
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
		} else if host, mi := placeHost(toks, ms, res, p.end, p.right, subj); e.has(flPerson) && codeOf(x.code, ccHosted) && mi >= 0 {
			// "Trump … was received in Beijing": the place's state hosts
			x.tgt, x.src = subj, host
			x.tgtSpan = [2]int{ms[mi].from, ms[mi].to}
			rule.add("passive hosting: the place's state hosts")
		} else {
			x.tgt, x.src = subj, nil
			rule.add("passive without agent: the subject is the target")
		}
	} else if p.passive && p.reduced {
		// "Putin, invited by Xi": Xi acts on Putin
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
	if len(x.tgt) == 0 && !p.passive && flags&(flTopic|flPerson) == 0 && !(flags&flRecip != 0 && countStates(x.src) >= 2) {
		// "rejected an Indian proposal", "demolished Palestinian homes",
		// "welcomed President Reagan's statement": the state the object
		// belongs to
		x.tgt = objectActor(toks, ms, res, x.tgtFrom, x.tgtTo, x.src, codeOf(x.code, ccForce))
		if len(x.tgt) > 0 {
			rule.add("target: the state the object belongs to")
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

// clauseCode is what the code phase of events decides about a predicate:
// the CAMEO code, the event noun that set it (and its token), the verb's
// family as it applies, where and through which prepositions the target is
// looked for, and the lexicon flags of the verb and its noun.
type clauseCode struct {
	code           string
	noun           *nounEntry
	nounAt         int
	fam            family
	tgtFrom, tgtTo int
	tpreps         []string
	flags          lexFlag
}

// The outcomes of clauseCode.
const (
	codeNone   = iota // no event
	codeOK            // an event of cc.code
	codeSpeech        // a verb of saying: the reported clause may hold an obligation
)

// clauseCode is the code phase of events: the verb's object pattern or
// event noun, its complement family ("agreed to visit" → 036), the future
// ("will visit" → 036) and negation ("did not meet" → 125). Each step that
// fires is added to rule.
func (c *Coder) clauseCode(x *clauseCtx, objTo int, rule *ruleTrace) (cc clauseCode, outcome int) {
	si, p, ms, res, toks := x.si, x.p, x.ms, x.res, x.toks
	e := p.entry
	code, noun, nounAt, ok := c.codeOf(toks, p, p.end, objTo)
	if !ok {
		return cc, codeNone
	}
	byPattern := false // an object pattern set the code
	switch {
	case e.dict != nil:
		rule.add("PETRARCH verb pattern → " + code)
	case noun != nil && code == noun.code:
		rule.add(entryRule("event noun", noun.key, noun.src))
	default:
		if pc, found := matchPattern(toks, e.pats, p.end, objTo); found && pc == code {
			rule.add("object pattern → " + code)
			byPattern = true
		} else if pc, found := matchPattern(toks, e.pats, maxInt(p.left+1, 0), p.at); found && p.passive && !p.reduced && pc == code {
			rule.add("passive: subject pattern → " + code)
			byPattern = true
		}
	}
	fam := e.fam
	if fam == famSay {
		fam = famNone
		if noun == nil && code == e.code {
			// "announced that …": speech
			return cc, codeSpeech
		}
	}
	// the complement decides the code of a family verb
	tgtFrom, tgtTo := p.end, p.right
	var tpreps []string
	if p.comp != nil && fam != famNone {
		compc := c.compCode(toks, p.comp)
		if dc, ok := derive(fam, compc); ok {
			code = dc
			rule.add("complement " + entryRule("verb", p.comp.entry.key, p.comp.entry.src) + " → " + code)
		} else if e.has(flWeak) && noun == nil {
			return cc, codeNone // "aiming to counterbalance …": no event
		} else {
			code = familyDefault(fam)
			rule.add("family default → " + code)
		}
		if p.comp.neg {
			code = ""
		}
		switch fam {
		case famIntent, famThreat, famRefuse, famPrepare:
			// "pledged to work with Putin": the complement's target;
			// "threatened X with …": the object first
			if !hasMentionIn(ms, res, p.end, p.comp.at) {
				tgtFrom, tgtTo = p.comp.end, p.comp.right
				tpreps = p.comp.entry.preps
			}
		default:
			tgtTo = p.comp.at // "urged Beijing to …": the object
			if t := thatSubject(toks, ms, res, p.end, p.comp.at); t >= 0 {
				// "demanded that the US cancel …"
				tgtFrom, tgtTo = ms[t].from, ms[t].to
				tpreps = []string{"obj"}
			} else if !hasMentionIn(ms, res, p.end, p.comp.at) {
				tgtFrom, tgtTo = p.comp.end, p.comp.right
				tpreps = p.comp.entry.preps
			}
		}
	} else if fam != famNone {
		if (fam == famDemand || fam == famAppeal) && thatFollows(toks, p.end, si.to) {
			// "demanded that the DPRK forsake …": the clause's subject
			if t := thatSubject(toks, ms, res, p.end, minInt(p.end+14, si.to)); t >= 0 {
				tgtFrom, tgtTo = ms[t].from, ms[t].to
				tpreps = []string{"obj"}
			}
		}
		if noun != nil && (e.has(flCompNoun) || e.code == "") {
			if dc, ok := derive(fam, noun.code); ok && noun.code != code {
				code = dc
				rule.add("family of " + entryRule("noun", noun.key, noun.src) + " → " + code)
			}
		} else if e.has(flWeak) && !byPattern {
			return cc, codeNone // "sought to …" without a coded complement; "sought asylum" has its pattern
		}
		if code == "" {
			code = familyDefault(fam)
			rule.add("family default → " + code)
		}
	}
	if code == "" && p.future && fam == famNone && e.dict == nil && e.has(flRecip) && hasMentionIn(ms, res, p.end, p.right) {
		// "was ready to work closely with China": an intention to
		// cooperate
		code = codeReadiness
		rule.add("readiness to cooperate → " + code)
	}
	if code == "" {
		return cc, codeNone
	}
	if p.future && fam == famNone && e.dict == nil {
		if dc, ok := derive(famIntent, code); ok {
			code = dc
			rule.add("future: intention → " + code)
		}
	}
	if p.neg {
		if fam == famRefuse {
			return cc, codeNone
		}
		code = negated(code)
		if code == "" {
			return cc, codeNone
		}
		rule.add("negated cooperation: refusal → " + code)
	}
	if codeOf(code, ccStatement) && !c.opts.Statements {
		return cc, codeNone
	}
	if tpreps == nil {
		tpreps = e.preps
		if noun != nil {
			tpreps = append(append([]string(nil), e.preps...), noun.tpreps...)
		}
	}
	flags := e.flags
	if noun != nil {
		flags |= noun.flags
	}
	if e.dict != nil {
		flags &^= flPerson // a verb dictionary's patterns decide
	}
	if p.comp != nil && (fam == famIntent || fam == famRefuse || fam == famPrepare) {
		flags |= p.comp.entry.flags & (flRecip | flLoc | flTopic)
	}
	return clauseCode{code: code, noun: noun, nounAt: nounAt, fam: fam, tgtFrom: tgtFrom, tgtTo: tgtTo, tpreps: tpreps, flags: flags}, codeOK
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
			if d := domestic(src, actors[0]); d != nil {
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

// src0 is the first source actor, or the zero actor.
func src0(src []dataset.Actor) dataset.Actor {
	if len(src) == 0 {
		return dataset.Actor{}
	}
	return src[0]
}

// minusSource removes the source's states from a set of actors.
func minusSource(as, src []dataset.Actor) []dataset.Actor {
	var out []dataset.Actor
	for _, a := range as {
		self := false
		for _, s := range src {
			if s.Country != "" && s.Country == a.Country || s.Country == "" && s.Code != "" && s.Code == a.Code {
				self = true
				break
			}
		}
		if !self {
			out = append(out, a)
		}
	}
	return out
}

// governor returns the preposition that governs the phrase starting at k
// (looking back over determiners, numbers, quantities — "more than 100",
// "scores of", "up to 16" — and adjectives to from), or direct = true when
// nothing else stands between from and k.
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
		case determiners[w] && !prepositions[w] || w == "the" || w == "a" || w == "an" || isPossPronoun(w) || modifierGap[w] && !prepositions[w]:
			j--
			continue
		case t.kind == tkWord && !prepositions[w] && !functionWord[w] && !phraseBreak[w] && !looksFinite(w) && !negators[w] && !conjunctions[w] && (!t.cap || j > from && toks[j-1].kind == tkWord && !toks[j-1].cap):
			j-- // an adjective or noun modifier: "neighboring", "war-torn", "Tamil"
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
	if prepositions[w] {
		return w, false
	}
	return "", false
}

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

// eventDate dates a predicate's event: the anchoring date expression of its
// clause (or of its sentence), else the article's news day; past context
// (a date long before publication, "in the past", past perfect) marks the
// event as background.
func (c *Coder) eventDate(d *docState, si *sentInfo, p *predicate) (time.Time, bool, Precision) {
	if o := p.sub - 1; o >= si.from && o < p.at {
		// an adverbial clause without a date of its own is dated against
		// its main clause ("weeks before Russia launched …")
		own := false
		for i := range si.dates {
			if ds := &si.dates[i]; ds.from > o && ds.from < p.right {
				own = true
				break
			}
		}
		if !own {
			base, basePrec := mainDate(d, si, o, p.right)
			if date, bg, prec, ok := relativeDate(d.toks, si.from, o, base, basePrec, d.pub); ok {
				return date, bg, prec
			}
		}
	}
	var best *dateSpan
	bestDist := 1 << 30
	durative := false
	for i := range si.dates {
		ds := &si.dates[i]
		inClause := ds.from > p.left && ds.from < p.right
		if !ds.anchor {
			if inClause {
				durative = true
			}
			continue
		}
		dist := ds.from - p.at
		if dist < 0 {
			dist = -dist
			if conjBetween(d.toks, ds.to, p.at) {
				// "hosted Xi … in April and was received in Beijing …
				// in November": a date before "and" is the first verb's
				dist += 500
			}
		}
		if !inClause {
			dist += 1000
		}
		if dist < bestDist {
			best, bestDist = ds, dist
		}
	}
	pub := d.pub
	if p.future && best != nil && bestDist < 1000 && best.date.After(pub) {
		// "will visit China next Monday": the intention is the news of the
		// day; the planned date is what it is about
		return d.story, false, PrecisionDay
	}
	if best != nil && (bestDist < 1000 || len(si.dates) == 1) {
		date := best.date
		if best.weekday >= 0 && best.direction == 0 && p.future && !pub.IsZero() {
			date = nextWeekday(pub, time.Weekday(best.weekday))
		}
		if p.future && !pub.IsZero() && date.After(pub) {
			return d.story, false, PrecisionDay
		}
		if date.IsZero() {
			return time.Time{}, false, PrecisionNone
		}
		bg := false
		switch best.prec {
		case PrecisionDecade:
			return time.Time{}, true, PrecisionDecade
		case PrecisionDay, PrecisionWeek:
			bg = !pub.IsZero() && pub.Sub(best.until) > 7*24*time.Hour
		default:
			bg = !pub.IsZero() && pub.Sub(best.until) > 7*24*time.Hour
		}
		return date, bg, best.prec
	}
	if r := backgroundRule(d.toks, si.from, p, durative); r != "" {
		p.bgRule = r
		return time.Time{}, true, PrecisionNone
	}
	if d.prevBackground && !p.future && (p.form == formPast || p.perfect) && si.s.Index > 0 {
		return d.prevBgDate, true, PrecisionNone
	}
	return d.story, false, PrecisionDay
}

// conjBetween reports whether "and" or "but" stands in toks[from:to].
func conjBetween(toks []token, from, to int) bool {
	for k := from; k < to; k++ {
		if toks[k].low == "and" || toks[k].low == "but" {
			return true
		}
	}
	return false
}

// mainDate is the date of a sentence's main clause for an adverbial
// clause over toks[o:end): the sentence's first anchoring date outside the
// clause, else the story day.
func mainDate(d *docState, si *sentInfo, o, end int) (time.Time, Precision) {
	for i := range si.dates {
		ds := &si.dates[i]
		if ds.anchor && (ds.from < o || ds.from >= end) && !ds.date.IsZero() && ds.prec >= PrecisionDay && ds.prec <= PrecisionYear {
			return ds.date, ds.prec
		}
	}
	if d.story.IsZero() {
		return time.Time{}, PrecisionNone
	}
	return d.story, PrecisionDay
}

// periodClause reports whether the verb's clause describes a stretch of
// time named before it ("followed months in which Russia massed troops",
// "the years when …"): its events are spread over that period, which is
// not the article's day.
func periodClause(toks []token, from int, p *predicate) bool {
	l := p.left
	if l <= from || l >= len(toks) {
		return false
	}
	switch toks[l].low {
	case "which", "when", "during":
	default:
		return false
	}
	j := l - 1
	if toks[l].low == "which" && (toks[j].low == "in" || toks[j].low == "during" || toks[j].low == "over") {
		j--
	}
	if j < from {
		return false
	}
	switch toks[j].low {
	case "days", "weeks", "months", "years", "decades", "period", "periods", "era", "decade":
		return true
	}
	return false
}

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
		if n == nil || classOf(n.code)&(ccVisit|ccMeeting) == 0 || covered(preds, k) || isPredicate(preds, k) {
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
// that already coded an event noun.
func covered(preds []*predicate, k int) bool {
	for _, p := range preds {
		if p.entry.has(flLight) && !p.passive && k >= p.end && k < p.right {
			return true
		}
	}
	return false
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
			if d := domestic(src, res[mi][0]); d != nil {
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

// dropSame removes the actors identical to a source (same state and sector).
func dropSame(as, src []dataset.Actor) []dataset.Actor {
	var out []dataset.Actor
	for _, a := range as {
		same := false
		for _, s := range src {
			if sameActor(a, s) {
				same = true
				break
			}
		}
		if !same {
			out = append(out, a)
		}
	}
	return out
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

// allSector reports whether every actor has the sector.
func allSector(as []dataset.Actor, sector string) bool {
	for _, a := range as {
		if a.Sector != sector {
			return false
		}
	}
	return len(as) > 0
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
		if w := toks[m.from-1].low; w != "from" && w != "of" {
			continue
		}
		if t := minusSource(res[mi], src); len(t) > 0 && t[0].Country != "" {
			return []dataset.Actor{makeActor(t[0].Country, "", t[0].Name)}
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

// obligationEvents codes reported obligations: "X said (that) Y must do Z"
// is a demand by X on Y (10x), "… Y should do Z" an appeal (02x); the code
// is refined by Z ("must release" → 1053).
func (c *Coder) obligationEvents(x *clauseCtx) []dataset.Event {
	d, si, p, subj, subjIdx, ms, res := x.d, x.si, x.p, x.subj, x.subjIdx, x.ms, x.res
	if len(subj) == 0 || p.passive {
		return nil
	}
	toks := d.toks
	for k := p.end; k < si.to && k < p.end+30; k++ {
		w := toks[k].low
		fam := famNone
		switch {
		case w == "must" || (w == "has" || w == "have" || w == "need" || w == "needs") && k+1 < si.to && toks[k+1].low == "to":
			fam = famDemand
		case w == "should" || w == "ought":
			fam = famAppeal
		case w == ";" || w == "." || toks[k].kind == tkQuote:
			return nil
		}
		if fam == famNone {
			continue
		}
		// the obliged party: the actor right before the modal
		var tgt []dataset.Actor
		span := [2]int{-1, -1}
		for mi := len(ms) - 1; mi >= 0; mi-- {
			m := &ms[mi]
			if m.to <= k && m.from >= p.end && len(res[mi]) > 0 && m.head && !m.bare {
				tgt, span = res[mi], [2]int{m.from, m.to}
				break
			}
		}
		if len(tgt) == 0 || sharesActor(tgt, subj) {
			// "both countries must …" said by one of them: a shared
			// intention, not a demand
			return nil
		}
		code := familyDefault(fam)
		rule := ruleTrace{entryRule("verb", p.entry.key, p.entry.src), "reported obligation \"" + w + "\" → " + code}
		// the verb after the modal refines the code
		cands := findPredicates(toks, k+1, si.to, c.lex, nil, false)
		if len(cands) > 0 && cands[0].at <= k+4 {
			q := cands[0]
			clauseBoundaries(toks, k+1, si.to, cands, nil)
			if dc, ok := derive(fam, c.compCode(toks, q)); ok {
				code = dc
				rule.add("complement " + entryRule("verb", q.entry.key, q.entry.src) + " → " + code)
			}
		}
		date, bg, prec := c.eventDate(d, si, p)
		from := p.at
		if subjIdx >= 0 && ms[subjIdx].from < from {
			from = ms[subjIdx].from
		}
		evs := c.cross(d, si, code, subj, tgt, date, bg, prec, from, span[1])
		stampRule(evs, rule.String())
		return evs
	}
	return nil
}

// ploverOf returns the PLOVER category of a CAMEO code: the published
// crosswalk (cameo.ToPLOVER), except where PLOVER's own event definitions
// and its gold-standard records place a code elsewhere: sanctions and
// embargoes (163) are SANCTION, destroying property (1712) is COERCE,
// easing a curfew or a state of emergency (0813, 0814) is CONCEDE like the
// rest of 081.
func ploverOf(code string) string {
	if p, ok := ploverOverrides[code]; ok {
		return p
	}
	m, _ := cameo.ToPLOVER(code)
	return m.Event
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

// thatSubject returns the index of the actor phrase that is the subject of
// a that-clause between from and the clause's verb at v, or -1.
func thatSubject(toks []token, ms []mention, res [][]dataset.Actor, from, v int) int {
	that := -1
	for j := from; j < v; j++ {
		if toks[j].low == "that" {
			that = j
			break
		}
	}
	if that < 0 {
		return -1
	}
	best := -1
	for mi := range ms {
		m := &ms[mi]
		if m.from > that && m.to <= v && len(res[mi]) > 0 && (m.head || m.kind == mkCollective) && !m.bare {
			best = mi
			break // the first: later ones belong to the clause's predicate
		}
	}
	return best
}

// domestic resolves a role of no named state ("students", "the
// opposition", "demonstrators") as a group of the source's own state when
// the source is an institution of one state ("Turkish police prevented a
// demonstration by students"). Refugees are never assumed domestic.
func domestic(src []dataset.Actor, role dataset.Actor) []dataset.Actor {
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
		if !borderWords[x.toks[k].low] {
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

// subsetStates reports whether every state of a is one of b's.
func subsetStates(a, b []dataset.Actor) bool {
	bs := stateCodes(b)
	as := stateCodes(a)
	if len(as) == 0 {
		return false
	}
	for _, x := range as {
		if !containsStr(bs, x) {
			return false
		}
	}
	return true
}

// overlapStates reports whether two actor lists share a state.
func overlapStates(a, b []dataset.Actor) bool {
	for _, x := range stateCodes(a) {
		if containsStr(stateCodes(b), x) {
			return true
		}
	}
	return false
}

// sharesActor reports whether one actor of a is the same as one of b.
func sharesActor(a, b []dataset.Actor) bool {
	for _, x := range a {
		for _, y := range b {
			if sameActor(x, y) {
				return true
			}
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

// allIGO reports whether every actor is an international organisation.
func allIGO(as []dataset.Actor) bool {
	for _, a := range as {
		if a.Country != "" || !strings.HasPrefix(a.Code, "IGO") {
			return false
		}
	}
	return len(as) > 0
}

// stateOnly keeps the actors that are states.
func stateOnly(as []dataset.Actor) []dataset.Actor {
	var out []dataset.Actor
	for _, a := range as {
		if a.Country != "" {
			out = append(out, a)
		}
	}
	return out
}

func maxInt(a, b int) int {
	if a > b {
		return a
	}
	return b
}

func minInt(a, b int) int {
	if a < b {
		return a
	}
	return b
}

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
		switch prep {
		case "in", "near", "at", "outside", "around", "across", "throughout":
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
			cand := c.lex.nouns[toks[j].low]
			if cand == nil {
				cand = c.lex.nouns[nounSingular(toks[j].low)]
			}
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

// crowdWords open a subject that is a crowd of people of no named state.
var crowdWords = map[string]bool{"hundreds": true, "thousands": true, "dozens": true, "scores": true,
	"tens": true, "crowds": true, "crowd": true, "millions": true, "protesters": true, "demonstrators": true}

// crowdSubject reports whether the subject region toks[from:to] opens with a
// crowd word ("Hundreds", "Tens of thousands", "Crowds of protesters").
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
		if !quantityWord[toks[k].low] && toks[k].low != "of" {
			return false
		}
	}
	return false
}
