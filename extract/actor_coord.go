package extract

import (
	"strings"

	"github.com/entente/entente/dataset"
)

// Coordination and belonging: actor phrases joined by "and" or commas into
// one compound mention (unless the second opens a clause of its own), bare
// roles given the state they belong to ("the country's foreign minister"),
// separatist entities as their state's rebels, hyphenated pairs
// ("China-Russia ties").

// separatistWords mark a place or state named after them as a separatist
// entity ("the self-proclaimed Donetsk and Luhansk people's republics",
// "breakaway Abkhazia"): its rebels, not its state.
var separatistWords = map[string]bool{
	"proclaimed": true, "breakaway": true, "separatist": true, "secessionist": true, "rebel": true,
	"unrecognised": true, "unrecognized": true, "rebel-held": true, "separatist-held": true, "renegade": true,
}

// separatistBefore reports whether a separatist word stands right before
// the phrase at k ("the self-proclaimed …").
func separatistBefore(toks []token, from, k int) bool {
	for j := k - 1; j >= from && j >= k-3; j-- {
		w := toks[j].low
		if separatistWords[w] {
			return true
		}
		if w != "the" && w != "-" && w != "so-called" && w != "so" && w != "called" {
			return false
		}
	}
	return false
}

// asRebels turns the state actors of a separatist entity into the rebels
// of their state (sector REB).
func asRebels(as []dataset.Actor) []dataset.Actor {
	out := make([]dataset.Actor, len(as))
	for i, a := range as {
		if a.Country != "" && (a.Sector == "" || a.Sector == "CVL" || a.Sector == "GOV") {
			a = makeActor(a.Country, "REB", a.Name)
		}
		out[i] = a
	}
	return out
}

// ofActor gives a bare role the state of the actor it belongs to:
// "supporters of former President Ahmed Ben Bella", "members of the
// Lithuanian parliament". A phrase headed by an outsider's role
// (outsiderRoles: "supporters of the Lithuanian parliament") keeps the
// role's sector, not that of what it is "of" (LTUCVL, not LTULEG).
func ofActor(toks []token, ms []mention) []mention {
	out := ms[:0:0]
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if sec := outsiderHead(toks, &m); sec != "" {
			as := make([]dataset.Actor, len(m.actors))
			for k, a := range m.actors {
				if c := a.Country; c != "" && a.Sector != sec {
					a = makeActor(c, sec, a.Name)
				}
				as[k] = a
			}
			m.actors = as
		}
		if m.bare && i+1 < len(ms) {
			n := &ms[i+1]
			gap := toks[m.to:n.from]
			if n.kind == mkActor && !n.bare && !n.pair && len(gap) >= 1 && len(gap) <= 2 && gap[0].low == "of" && (len(gap) == 1 || gap[1].low == "the") {
				if sc := stateCodes(n.actors); len(sc) == 1 {
					m.actors = []dataset.Actor{makeActor(sc[0], m.actors[0].Sector, strings.TrimSpace(tokText(toks, m.from, n.to)))}
					m.bare = false
					m.to = n.to
					m.poss = n.poss
					out = append(out, m)
					i++
					continue
				}
			}
		}
		out = append(out, m)
	}
	return out
}

// coordinate merges actor phrases joined by "and", commas or "as well as"
// into compound mentions ("China and Russia", "Xi and his visiting
// Venezuelan counterpart, Nicolas Maduro", "Mordor, Rohan, Fornost and
// Bree"). A possessive pronoun inside the span ("his") is absorbed. Two
// phrases joined by ", and" stay apart when the second opens a clause of
// its own ("…against Beijing, and Caracas has paid …").
func coordinate(toks []token, from, to int, ms []mention) []mention {
	out := ms[:0:0]
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if !coordinable(&m) {
			out = append(out, m)
			continue
		}
		j := i + 1
		conj, commaJoin := false, false
		lastConj := i
		merged := m
		for j < len(ms) {
			// skip an absorbed possessive pronoun between the two
			k := j
			if ms[k].kind == mkPronoun && !ms[k].ofPerson && ms[k].pron != "" && isPossPronoun(ms[k].pron) && k+1 < len(ms) {
				k++
			}
			n := &ms[k]
			bare := n.kind == mkActor && n.bare && n.head
			if !coordinable(n) && !bare {
				break
			}
			comma, and, ok := coordGap(toks, merged.to, n.from)
			if !ok {
				break
			}
			if comma && clauseAfter(toks, n.to, to) && !clauseStart(toks, from, m.from) {
				break
			}
			if and && !comma && (clauseAfter(toks, n.to, to) || n.to < to && pastForm(toks[n.to].low)) && objectOfVerb(toks, from, m.from) {
				// "rebels captured Damascus and Assad fled to Moscow": an
				// object, then a clause of its own
				break
			}
			if bare {
				if !and {
					break
				}
				// "Laurent Fabius and a group of deputies": the same
				// state's deputies
				sc := stateCodes(merged.actors)
				if len(sc) != 1 {
					break
				}
				merged.actors = append(append([]dataset.Actor(nil), merged.actors...), makeActor(sc[0], n.actors[0].Sector, n.actors[0].Name))
			} else {
				merged.actors = append(append([]dataset.Actor(nil), merged.actors...), n.actors...)
			}
			merged.to = n.to
			merged.plural = true
			merged.person = false
			merged.poss = n.poss
			j = k + 1
			if and {
				conj = true
				lastConj = j
			}
			if comma {
				commaJoin = true
			}
		}
		if conj && commaJoin && clauseAfter(toks, merged.to, to) && !clauseStart(toks, from, m.from) {
			// a list that is a clause's subject opens the clause; a phrase
			// ending a fronted adjunct before the comma is not part of it
			// ("weeks before Russia invaded Ukraine, Putin and Xi
			// signed …")
			conj = false
		}
		if !conj {
			// a comma alone is an apposition ("Pakistan, a key U.S.
			// ally"), not a list
			out = append(out, m)
			continue
		}
		_ = lastConj
		if len(merged.actors) > 1 {
			merged.actors = uniqueActors(merged.actors)
		}
		out = append(out, merged)
		i = j - 1
	}
	return out
}

// outsiderHead returns the sector of the outsider's role that heads an
// actor phrase of a state and an "of" ("Supporters of the Lithuanian
// parliament"), or "" for none. The role is the phrase's first word, after
// "the" or a quantity ("thousands of supporters of …").
func outsiderHead(toks []token, m *mention) string {
	if m.kind != mkActor || m.bare || len(m.actors) == 0 {
		return ""
	}
	for k := m.from; k+1 < m.to; k++ {
		w := toks[k].low
		if sec := outsiderSector[w]; sec != "" {
			if toks[k+1].low == "of" {
				return sec
			}
			return ""
		}
		if w != "the" && w != "of" && !modifierGap[w] && numberWords[w] == 0 && toks[k].kind != tkNumber {
			return ""
		}
	}
	return ""
}

func isPossPronoun(p string) bool {
	return p == "his" || p == "her" || p == "its" || p == "their" || p == "our" || p == "my"
}

func coordinable(m *mention) bool {
	return m.kind == mkActor && m.head && !m.pair && !m.bare && len(m.actors) > 0
}

// coordGap accepts the words between two coordinated phrases: "and", ",",
// ", and", "&", "as well as", with determiners, possessive pronouns and
// modifiers after them.
func coordGap(toks []token, from, to int) (comma, conj, ok bool) {
	k := from
	for k < to {
		w := toks[k].low
		switch {
		case w == ",":
			comma = true
		case w == "and" || w == "&" || w == "nor":
			conj = true
		case w == "as" && k+2 < to && toks[k+1].low == "well" && toks[k+2].low == "as":
			conj = true
			k += 2
		case (w == "group" || w == "number" || w == "delegation" || w == "members") && k+1 < to && toks[k+1].low == "of" && conj:
			k++ // "and a group of deputies"
		case w == "the" || w == "a" || isPossPronoun(w) || modifierGap[w] && w != "of":
			if !conj {
				return false, false, false // an apposition: "Pakistan, a key ally"
			}
		default:
			return false, false, false
		}
		k++
	}
	return comma, conj, conj || comma
}

// clauseAfter reports whether a finite verb or auxiliary follows the
// token k (a phrase opening a clause of its own).
func clauseAfter(toks []token, k, to int) bool {
	for j := k; j < to && j < k+3; j++ {
		w := toks[j].low
		if adverbs[w] {
			continue
		}
		return modals[w] || beForms[w] || haveForms[w] || looksFinite(w)
	}
	return false
}

// objectOfVerb reports whether the phrase at k is a verb's direct object:
// a past-tense verb right before it, over a determiner ("captured
// Damascus", "met the Chinese president").
func objectOfVerb(toks []token, from, k int) bool {
	j := k - 1
	if j >= from && determiners[toks[j].low] {
		j--
	}
	return j >= from && toks[j].kind == tkWord && !toks[j].cap && !prepositions[toks[j].low] && !functionWord[toks[j].low] && pastForm(toks[j].low)
}

// clauseStart reports whether the phrase at k opens its clause.
func clauseStart(toks []token, from, k int) bool {
	j := k - 1
	for j >= from && (toks[j].low == "the" || toks[j].low == "both" || toks[j].low == "neither" || toks[j].low == "either") {
		j--
	}
	return j < from || toks[j].low == "," || toks[j].low == ";" || toks[j].kind == tkQuote
}

// pairModifiers finds hyphenated country pairs ("China-Russia ties",
// "Venezuela-China", "US-China trade war") in toks[from:to].
func pairModifiers(toks []token, atoms []atom, year int) []mention {
	var out []mention
	for i := 0; i+1 < len(atoms); i++ {
		a, b := atoms[i], atoms[i+1]
		if b.from != a.to+1 || toks[a.to].low != "-" || toks[a.to].space || toks[b.from].space {
			continue
		}
		ca, cb := resolveCode(a.ent, year), resolveCode(b.ent, year)
		if ca == "" || cb == "" || ca == cb {
			continue
		}
		if a.ent.kind == entAgent || b.ent.kind == entAgent || a.ent.kind == entPerson || b.ent.kind == entPerson {
			continue
		}
		out = append(out, mention{from: a.from, to: b.to, kind: mkActor, pair: true,
			actors: []dataset.Actor{makeActor(ca, "", a.ent.name), makeActor(cb, "", b.ent.name)}})
		i++
	}
	return out
}

// headlineList merges a headline's opening "X, Y" before a verb into one
// compound mention: a headline writes "and" as a comma ("Russia, China
// sign energy deal", "Modi, Xi hold talks").
func headlineList(toks []token, from, to int, ms []mention) []mention {
	if len(ms) < 2 {
		return ms
	}
	a, b := &ms[0], &ms[1]
	if a.from != from || !coordinable(a) || !coordinable(b) || b.from != a.to+1 || toks[a.to].low != "," || b.to >= to || !(clauseAfter(toks, b.to, to) || !toks[b.to].cap && (looksVerb(toks[b.to].low) || toks[b.to].low == "to")) {
		return ms
	}
	merged := *a
	merged.actors = uniqueActors(append(append([]dataset.Actor(nil), a.actors...), b.actors...))
	merged.to = b.to
	merged.plural = true
	merged.person = false
	merged.poss = b.poss
	return append([]mention{merged}, ms[2:]...)
}
