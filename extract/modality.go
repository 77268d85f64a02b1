package extract

// Negation and modality: what keeps a predicate from being a coded event or
// changes its code — a negative subject ("neither …", "no …"), conditions
// ("if", "unless"), speculation (may/might/could), pending conditions, and
// verbs inside a that-clause of a content noun ("reports that …").

// negativeSubject reports whether the clause of p opens with a negative
// quantifier ("neither", "no", "none of", "nobody") before its verb.
func negativeSubject(toks []token, from int, p *predicate) bool {
	k := p.left + 1
	if k < from {
		k = from
	}
	for k < p.at && (toks[k].kind == tkQuote || toks[k].low == ",") {
		k++
	}
	if k >= p.at || p.infin || p.gerund || p.partcl {
		return false
	}
	switch toks[k].low {
	case "neither", "no", "none", "nobody", "nothing":
		return k+1 < p.at && toks[k+1].low != "longer" && toks[k+1].low != "doubt"
	}
	return false
}

// conditionalStarts returns the token indexes of "if", "unless" and
// "whether" in the sentence: the clause each opens is hypothetical.
func conditionalStarts(toks []token, from, to int) []int {
	var out []int
	for k := from; k < to; k++ {
		switch toks[k].low {
		case "if", "unless", "whether":
			out = append(out, k)
		}
	}
	return out
}

// isCond reports whether the verb at k sits in a conditional clause: at
// most 12 tokens after "if". A condition opening the sentence ends at its
// first comma or semicolon ("If Iran closes the strait, the United States
// will respond": the main clause after it is no condition); one after its
// main clause runs on over commas ("… if Hamas, which advocates …, ran").
func isCond(toks []token, from int, starts []int, k int) bool {
	for _, s := range starts {
		if s < k && k-s <= 12 && !(sentenceInitial(toks, from, s) && punctBetween(toks, s, k)) {
			return true
		}
	}
	return false
}

// sentenceInitial reports whether the token at s opens the sentence, after
// at most a quote mark or a conjunction ("But if …").
func sentenceInitial(toks []token, from, s int) bool {
	j := s - 1
	for j >= from && (toks[j].kind == tkQuote || toks[j].low == "but" || toks[j].low == "and" || toks[j].low == "yet") {
		j--
	}
	return j < from
}

// conditionOpens reports whether a condition ("if", "unless") opens the
// sentence at from and a comma closes it before the verb at k.
func conditionOpens(toks []token, from, k int) bool {
	for j := from; j < k && j < from+3; j++ {
		if (toks[j].low == "if" || toks[j].low == "unless") && sentenceInitial(toks, from, j) {
			return punctBetween(toks, j, k)
		}
	}
	return false
}

// punctBetween reports whether a comma or semicolon stands between the
// tokens at a and b.
func punctBetween(toks []token, a, b int) bool {
	for j := a + 1; j < b; j++ {
		if toks[j].low == "," || toks[j].low == ";" {
			return true
		}
	}
	return false
}

// pendingClause reports whether a verb describes a condition that has not
// happened: a present-tense verb or a gerund after "before", "until" or
// "till" ("… must agree before they demobilize", "before allowing aid").
func pendingClause(toks []token, from int, p *predicate) bool {
	for j := p.at - 1; j >= from && j >= p.at-6; j-- {
		switch toks[j].low {
		case "before", "until", "till":
			return p.form == formBase || p.form == formS || p.form == formGerund
		case ",", ";", "and", "but":
			return false
		}
	}
	return false
}

// thatFollows reports whether "that" opens a clause right after the verb
// (or after an adverb or a date: "demanded on Tuesday that"), not after a
// noun ("demanded an admission that …").
func thatFollows(toks []token, k, to int) bool {
	for j := k; j < to && j < k+5; j++ {
		w := toks[j].low
		switch {
		case w == "that":
			return true
		case adverbs[w] || w == "on" || isWeekday(w) || timeWord[w] || w == "," || toks[j].kind == tkNumber:
		default:
			return false
		}
	}
	return false
}

// speculativeBefore reports whether a may/might/could stands earlier in the
// verb's clause ("the pressure may push China to attack …").
func speculativeBefore(toks []token, from int, p *predicate) bool {
	for j := p.at - 1; j >= from && j >= p.at-8 && j > p.left; j-- {
		switch toks[j].low {
		case "may", "might", "could", "likely", "unlikely":
			return true // "is unlikely to accept", "is likely to meet"
		case "plan", "plans", "intention", "intentions", "desire", "interest", "wish":
			if j-1 >= from && (toks[j-1].low == "no" || j-2 >= from && toks[j-2].low == "no") {
				return true // "has no plans to hold talks", "no immediate plans to"
			}
		case ",", ";", "and", "but":
			return false
		}
	}
	return false
}

// nounComplement reports whether a verb sits in a that-clause completing a
// noun ("an admission that forces murdered …", "the allegation that …",
// "its demand that Israel ease …", "an admission by Moscow that …"):
// reported content, not an event.
func nounComplement(toks []token, from int, p *predicate) bool {
	if p.left < from || toks[p.left].low != "that" || p.left-1 < from {
		return false
	}
	k := p.left - 1
	// "its demand today that …", "the warning on Monday that …"
	for k > from && (timeWord[toks[k].low] || isWeekday(toks[k].low) || toks[k].low == "on" || toks[k].low == "," || adverbs[toks[k].low]) {
		k--
	}
	if contentNoun(&toks[k]) {
		return true
	}
	// a short PP between the noun and "that" ("by Moscow", "from Kyiv")
	for j := k; j > from && j >= k-4; j-- {
		t := &toks[j]
		if t.kind != tkWord || looksFinite(t.low) {
			return false
		}
		switch t.low {
		case "by", "from", "of", "in", "on":
			return contentNoun(&toks[j-1])
		}
	}
	return false
}

// contentNoun reports whether t is a noun whose that-clause is reported
// content ("admission", "allegation", "demand").
func contentNoun(t *token) bool {
	if t.kind != tkWord || looksFinite(t.low) || prepositions[t.low] || timeWord[t.low] || isWeekday(t.low) {
		return false
	}
	return contentNouns[nounSingular(t.low)]
}

var contentNouns = map[string]bool{
	"admission": true, "allegation": true, "claim": true, "report": true, "fact": true, "belief": true,
	"evidence": true, "news": true, "suspicion": true, "accusation": true, "charge": true, "demand": true,
	"rumor": true, "rumour": true, "assertion": true, "fear": true, "concern": true, "hope": true,
	"idea": true, "notion": true, "assurance": true, "promise": true, "pledge": true, "warning": true,
	"threat": true, "statement": true, "announcement": true, "insistence": true, "condition": true,
	"proposal": true, "suggestion": true, "impression": true, "view": true, "argument": true,
	"possibility": true,
}

// hypotheticalWould reports whether the verb at p is a journalist's
// hypothetical: "would" before it and an "if" or "unless" clause after
// it in a sentence with no verb of saying, threat or intent to report it
// ("China would attack Taiwan if it declared independence"). The same
// clause reported ("Russia said it would strike … if …", "warned it
// would …", "…, officials say") or attributed ("…, according to Israeli
// officials") is the speaker's conditional threat or intent and is coded.
func hypotheticalWould(toks []token, from, to int, p *predicate, preds []*predicate) bool {
	k := p.at - 1
	for k > from && adverbs[toks[k].low] {
		k--
	}
	if k < from || toks[k].low != "would" && toks[k].low != "'d" {
		return false
	}
	cond := false
	for j := p.end; j < to; j++ {
		if toks[j].low == "if" || toks[j].low == "unless" {
			cond = true
			break
		}
	}
	if !cond {
		return false
	}
	for _, q := range preds {
		if q != p && q.entry.fam != famNone {
			return false // reported, threatened or intended by someone
		}
	}
	for j := from; j+1 < to; j++ {
		if toks[j].low == "according" && toks[j+1].low == "to" {
			return false // attributed: "…, according to Israeli officials"
		}
	}
	return true
}

// abandonWords are the verbs of giving up a plan or an effort, and
// planNouns the plans: what an abandoned plan was to do did not happen
// ("Turkey abandoned plans to attack Syria", "shelved its bid to …").
var abandonWords = map[string]bool{
	"abandon": true, "abandoned": true, "abandons": true, "abandoning": true,
	"drop": true, "dropped": true, "drops": true, "dropping": true,
	"shelve": true, "shelved": true, "shelves": true, "shelving": true,
	"scrap": true, "scrapped": true, "scraps": true, "scrapping": true,
	"ditch": true, "ditched": true, "ditches": true, "ditching": true,
	"cancel": true, "cancelled": true, "canceled": true, "cancels": true, "cancelling": true,
	"postpone": true, "postponed": true, "postpones": true, "postponing": true,
	"suspend": true, "suspended": true, "suspends": true, "suspending": true,
	"freeze": true, "froze": true, "frozen": true, "freezes": true,
	"halt": true, "halted": true, "halts": true, "halting": true,
}

// abandonParticles are the particle verbs of giving up, with their
// particle: "gave up efforts to", "called off plans to". Without the
// particle right after it the verb is no giving up ("gave final approval
// to plans to send tanks", "gave its backing to efforts to broker",
// "called for plans to …"), nor is another particle ("stepped up efforts
// to", "kicked off a campaign to").
var abandonParticles = map[string]string{
	"give": "up", "gave": "up", "given": "up", "gives": "up", "giving": "up",
	"call": "off", "called": "off", "calls": "off", "calling": "off",
}

var planNouns = map[string]bool{
	"plan": true, "plans": true, "effort": true, "efforts": true, "attempt": true, "attempts": true,
	"bid": true, "bids": true, "idea": true, "proposal": true, "proposals": true, "intention": true,
	"push": true, "drive": true, "campaign": true, "move": true, "project": true,
}

// abandonedPlan reports whether the infinitive at p completes a plan noun
// that a verb of giving up governs: "abandoned (its) plans to attack",
// "gave up efforts to capture".
func abandonedPlan(toks []token, from int, p *predicate) bool {
	if !p.infin || p.at-2 < from || toks[p.at-1].low != "to" || !planNouns[toks[p.at-2].low] {
		return false
	}
	for j := p.at - 3; j >= from && j >= p.at-6; j-- {
		if abandonWords[toks[j].low] {
			return true
		}
		if part, ok := abandonParticles[toks[j].low]; ok && j+1 < p.at && toks[j+1].low == part {
			return true
		}
		if toks[j].kind != tkWord {
			return false
		}
	}
	return false
}
