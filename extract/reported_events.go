package extract

import "github.com/entente/entente/dataset"

// Reported events: obligations in reported speech ("X said Y must do Z") coded
// as the speaker's demand on Y, and the subject of a that-clause.

// obligationEvents codes reported obligations: "X said (that) Y must do Z"
// is a demand by X on Y (10x), "… Y should do Z" an appeal (02x); the code
// is refined by Z ("must release" → 1053).
func (c *Coder) obligationEvents(x *clauseCtx) []dataset.Event {
	d, si, p, subj, subjIdx, ms, res := x.d, x.si, x.p, x.subj, x.subjIdx, x.ms, x.res
	if len(subj) == 0 || p.passive {
		return nil
	}
	toks := d.toks
	told := -1 // "told Lebanon to rein in Hezbollah": the told party is ordered
	if containsStr(p.entry.preps, "obj") {
		for mi := range ms {
			m := &ms[mi]
			if m.from == p.end && m.head && !m.bare && len(res[mi]) > 0 && m.to+1 < si.to && toks[m.to].low == "to" && toks[m.to+1].kind == tkWord && !toks[m.to+1].cap && !functionWord[toks[m.to+1].low] && !determiners[toks[m.to+1].low] {
				told = m.to
			}
		}
	}
	for k := p.end; k < si.to && k < p.end+30; k++ {
		w := toks[k].low
		fam := famNone
		switch {
		case k == told:
			fam = famDemand
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
		if k == told {
			rule = ruleTrace{entryRule("verb", p.entry.key, p.entry.src), "told to: a demand → " + code}
		}
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
