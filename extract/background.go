package extract

// backgroundCue is a named rule that places a clause's event in the past
// context of an article rather than on its news day: a sequence of words
// anywhere in the clause, and whether it fires only on a verb in a perfect
// tense ("Washington has slapped numerous sanctions" is the record of
// years; "Russia launched numerous missiles overnight" is news).
//
// A clause that fires one of them and has no date of its own gives an
// undated Background event (never the article's day); the cue's name is
// recorded in the event's rule.
type backgroundCue struct {
	name    string
	words   []string // lower-case words in sequence
	perfect bool     // only with has/have/had + participle
}

// backgroundCues are the rules, in the order they are tried.
var backgroundCues = []backgroundCue{
	// the past as such
	{"historically", []string{"historically"}, false},
	{"previously", []string{"previously"}, false},
	{"formerly", []string{"formerly"}, false},
	{"decades", []string{"decades"}, false},
	{"ago", []string{"ago"}, false},
	{"since then", []string{"since", "then"}, false},
	{"in the past", []string{"in", "the", "past"}, false},
	{"over the years", []string{"over", "the", "years"}, false},
	{"for years", []string{"for", "years"}, false},
	{"in recent years", []string{"recent", "years"}, false},
	{"has long", []string{"has", "long"}, false},
	{"have long", []string{"have", "long"}, false},
	{"had long", []string{"had", "long"}, false},
	{"for decades", []string{"for", "decades"}, false},
	{"for months", []string{"for", "months"}, false},
	{"over the past", []string{"over", "the", "past"}, false},
	{"over the last", []string{"over", "the", "last"}, false},
	// an ongoing policy, not a new act: "as Washington continues to
	// impose sanctions on Moscow"
	{"ongoing: continues to", []string{"continues", "to"}, false},
	{"ongoing: continue to", []string{"continue", "to"}, false},
	{"ongoing: keeps", []string{"keeps"}, false},
	// a perfect of repetition or duration: "has slapped numerous
	// sanctions", "has repeatedly accused", "has increasingly supported
	// … since the start of the conflict"
	{"perfect: numerous", []string{"numerous"}, true},
	{"perfect: repeatedly", []string{"repeatedly"}, true},
	{"perfect: increasingly", []string{"increasingly"}, true},
	{"perfect: several times", []string{"several", "times"}, true},
	{"perfect: many times", []string{"many", "times"}, true},
	{"perfect: a series of", []string{"a", "series", "of"}, true},
	{"perfect: multiple", []string{"multiple"}, true},
	{"perfect: since", []string{"since"}, true},
	{"perfect: so far", []string{"so", "far"}, true},
	{"perfect: to date", []string{"to", "date"}, true},
	{"perfect: always", []string{"always"}, true},
}

// backgroundCueIn returns the name of the first background cue in the
// clause of p, or "".
func backgroundCueIn(toks []token, p *predicate) string {
	lo, hi := p.left+1, p.right
	if lo < 0 {
		lo = 0
	}
	if hi > len(toks) {
		hi = len(toks)
	}
	for ci := range backgroundCues {
		bc := &backgroundCues[ci]
		if bc.perfect && !p.perfect {
			continue
		}
		for k := lo; k+len(bc.words) <= hi; k++ {
			if toks[k].low != bc.words[0] {
				continue
			}
			ok := true
			for j := 1; j < len(bc.words); j++ {
				if toks[k+j].low != bc.words[j] {
					ok = false
					break
				}
			}
			if ok {
				return bc.name
			}
		}
	}
	return ""
}

// backgroundRule names why an undated clause is past context, or "": a
// background cue, the past perfect (unless reported: "the Pentagon said US
// forces had struck …" is the reported news, its tense shifted back by
// "said"), a perfect with a stretch of time ("has grown since 2014"), or a
// clause about a period ("months in which Russia massed troops").
func backgroundRule(toks []token, from int, p *predicate, durative, reported bool) string {
	if name := backgroundCueIn(toks, p); name != "" {
		return name
	}
	switch {
	case p.pastPerf && !reported:
		return "past perfect"
	case durative && p.perfect:
		return "perfect with a stretch of time"
	case periodClause(toks, from, p):
		return "clause about a period"
	}
	return ""
}

// reportedAfterSay reports whether the clause of p is the complement of a
// verb of saying in the past tense ("said (that) …", "told reporters …"):
// a verb of the say family within the ten words before p's subject,
// without a sentence break between.
func (c *Coder) reportedAfterSay(toks []token, from int, p *predicate) bool {
	for k := p.at - 1; k >= from && k >= p.at-10; k-- {
		w := toks[k].low
		if w == ";" || w == ":" || w == "." {
			return false
		}
		if !pastForm(w) {
			continue
		}
		cands, _, n := verbCandidates(w)
		for i := 0; i < n; i++ {
			if e := c.lex.verbs[cands[i]]; e != nil && e.fam == famSay {
				return true
			}
		}
	}
	return false
}
