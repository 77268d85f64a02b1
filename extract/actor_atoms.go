package extract

import (
	"strings"

	"github.com/entente/entente/country"
)

// Gazetteer atoms: the names of states, places, persons, groups and roles
// matched over tokens (findAtoms), with their capitalisation checks and the
// code of an entity valid in a year.

// atom is a gazetteer match over tokens [from, to).
type atom struct {
	from, to int
	ent      *entity
}

// tokKeys returns the country.Normalize form of every token ("" for "the",
// punctuation and quotes).
func tokKeys(toks []token) []string {
	keys := make([]string, len(toks))
	for i := range toks {
		t := &toks[i]
		if t.kind != tkWord && t.kind != tkNumber {
			continue
		}
		if simpleKey(t.low) {
			if t.low != "the" {
				keys[i] = t.low
			}
			continue
		}
		keys[i] = country.Normalize(t.text)
	}
	return keys
}

// simpleKey reports whether a lower-case token is its own normalised key:
// ASCII letters and digits only.
func simpleKey(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// nameParticles may be lower case inside a person's name.
var nameParticles = map[string]bool{
	"al": true, "el": true, "bin": true, "ibn": true, "de": true, "da": true, "do": true, "dos": true,
	"von": true, "van": true, "der": true, "den": true, "la": true, "le": true, "du": true, "di": true,
	"abu": true, "ad": true, "arap": true, "y": true, "e": true, "jr": true,
}

// findAtoms returns the longest gazetteer matches in toks[from:to], left to
// right, without overlaps.
func (g *gazetteer) findAtoms(toks []token, keys []string, from, to int) []atom {
	var out []atom
	for k := from; k < to; k++ {
		if keys[k] == "" {
			continue
		}
		cands := g.byFirst[keys[k]]
		if g.stemmed != nil {
			// a dictionary stem ("ARGENTIN") matches the words it begins
			w := keys[k]
			for n := len(w) - 1; n >= 3; n-- {
				if st, ok := g.stemmed[w[:n]]; ok {
					cands = append(append([]gazEntry(nil), cands...), st...)
					break
				}
			}
		}
		for _, c := range cands {
			end, ok := matchWords(toks, keys, k, to, c.words)
			if !ok && c.ent.stem {
				end, ok = matchStem(toks, keys, k, to, c.words)
			}
			if !ok || !caseOK(toks, k, end, c.ent) {
				continue
			}
			if k >= 2 && toks[k-1].low == "-" && !toks[k-1].space && !toks[k].space && prefixWord[toks[k-2].low] {
				// "pro-Iranian", "anti-US": an attitude, not an actor
				k = end - 1
				break
			}
			out = append(out, atom{from: k, to: end, ent: c.ent})
			k = end - 1
			break
		}
	}
	return out
}

// matchWords matches words against the token keys from k, skipping glued
// hyphens and "the" inside the phrase. It returns the end token.
func matchWords(toks []token, keys []string, k, to int, words []string) (int, bool) {
	j := k
	for wi, w := range words {
		if wi > 0 {
			for j < to && keys[j] == "" && (toks[j].low == "-" && !toks[j].space || toks[j].low == "the" || toks[j].kind == tkQuote && !toks[j].space || toks[j].low == "&" && w == "and") {
				if toks[j].low == "&" {
					break
				}
				j++
			}
		}
		if j >= to {
			return 0, false
		}
		// one token may normalise to several words ("St." → "saint"; a
		// token never holds spaces, so compare directly)
		if keys[j] != w {
			if toks[j].low == "&" && w == "and" {
				j++
				continue
			}
			return 0, false
		}
		j++
	}
	return j, true
}

// particleName reports whether the name at toks[k] opens with a
// lower-case particle and a hyphen: "al-Qaeda", "el-Sisi", "ad-Din".
func particleName(toks []token, k int) bool {
	if !nameParticles[toks[k].low] || k+2 >= len(toks) {
		return false
	}
	h, n := &toks[k+1], &toks[k+2]
	return h.low == "-" && !h.space && !n.space && n.cap
}

// infinitiveNext reports whether toks[k] can open the complement of an
// infinitive: a determiner, a preposition, a particle or "ahead" ("to press
// for talks", "to police the border", "to press ahead"), or a name ("to
// press Iran"); not a common noun ("to press reports") or the sentence's
// end.
func infinitiveNext(toks []token, k int) bool {
	if k >= len(toks) || toks[k].kind != tkWord {
		return false
	}
	t := &toks[k]
	return determiners[t.low] || prepositions[t.low] || particleWords[t.low] || t.low == "ahead" || t.cap
}

// caseOK checks capitalisation: names must be capitalised (or the text in
// capitals), acronyms written in capitals; role nouns match in any case.
func caseOK(toks []token, from, to int, e *entity) bool {
	if e.kind == entAgent {
		// "used the meeting to press for talks", "to police the
		// border": a one-word agent noun right after "to" that is a
		// lexicon verb and opens its complement (infinitiveNext) is the
		// infinitive, not an agent ("spoke to reporters" keeps its
		// agent: "reporters" is no verb; "according to press reports",
		// "spoke to press." keep theirs: no complement follows)
		return !(to == from+1 && from > 0 && toks[from-1].low == "to" && looksVerb(toks[from].low) && infinitiveNext(toks, to))
	}
	first := &toks[from]
	if e.acronym {
		for k := from; k < to; k++ {
			t := &toks[k]
			if t.kind == tkWord && !(t.upper || len(t.text) == 1 && t.cap || t.cap && strings.Count(t.text, ".") > 0) {
				return false
			}
		}
		return true
	}
	if !first.cap && first.kind != tkNumber && !particleName(toks, from) {
		return false
	}
	if e.kind == entPerson || e.kind == entGroup {
		for k := from + 1; k < to; k++ {
			t := &toks[k]
			if t.kind == tkWord && !t.cap && !nameParticles[t.low] && t.low != "'s" && !hyphenTail(toks, from, k) && !(e.kind == entGroup && (t.low == "of" || t.low == "for" || t.low == "and" || t.low == "the")) {
				return false
			}
		}
	}
	return true
}

// hyphenTail reports whether the word at k ends a hyphenated name part
// after a capitalised word ("Lee Jae-myung", "Lai Ching-te", "Tsai
// Ing-wen"): written without spaces, its second half is in lower case.
func hyphenTail(toks []token, from, k int) bool {
	if k-2 < from {
		return false
	}
	h, w := &toks[k-1], &toks[k-2]
	return h.low == "-" && !h.space && !toks[k].space && w.cap && w.kind == tkWord
}

// resolveCode picks the code of an entity valid in year (0 = any), or ""
// when it is ambiguous or a region.
func resolveCode(e *entity, year int) string {
	var pick string
	n := 0
	for _, c := range e.codes {
		if year != 0 && (c.from != 0 && year < c.from || c.until != 0 && year > c.until) {
			continue
		}
		if c.region {
			return ""
		}
		if pick != c.code {
			n++
			pick = c.code
		}
	}
	if n == 1 {
		return pick
	}
	if n == 0 && year != 0 {
		// the name is not a state in that year ("Serbia" in 2000, inside
		// Yugoslavia): the text named it, so use it if it is unambiguous
		return resolveCode(e, 0)
	}
	return ""
}

// matchStem matches a phrase whose last word is a stem: every word exact but
// the last, which the token must begin with.
func matchStem(toks []token, keys []string, k, to int, words []string) (int, bool) {
	if len(words) > 1 {
		end, ok := matchWords(toks, keys, k, to, words[:len(words)-1])
		if !ok || end >= to {
			return 0, false
		}
		k = end
	}
	last := words[len(words)-1]
	if k < to && keys[k] != "" && strings.HasPrefix(keys[k], last) {
		return k + 1, true
	}
	return 0, false
}
