package extract

import (
	"strings"
	"time"

	"github.com/entente/entente/country"
	"github.com/entente/entente/dataset"
)

// mentionKind classifies an actor mention.
type mentionKind uint8

const (
	mkActor      mentionKind = iota // resolved from names, adjectives, seats, roles
	mkPronoun                       // he, she, it, they, we: resolved by the coder
	mkCollective                    // "the two leaders", "both sides": the article's pair
)

// mention is an actor phrase in a sentence: tokens [from, to).
type mention struct {
	from, to int
	actors   []dataset.Actor
	kind     mentionKind
	head     bool   // can be an argument; false for modifiers ("Chinese imports", "the Ukraine crisis")
	poss     bool   // a possessor ("Russia's economic needs")
	pair     bool   // a hyphenated pair modifier ("China-Russia ties")
	person   bool   // a single person (he/she antecedent)
	plural   bool   // a group or several actors (they antecedent)
	pron     string // the pronoun, for mkPronoun
	ofPerson bool   // "his country": the country of the pronoun's referent
	bare     bool   // a role without a state ("students", "the opposition"): actors hold the sector only
	count    int    // "the three countries": the number of states a collective names (0: the article's pair)
}

func (m *mention) countries() []string {
	var out []string
	for _, a := range m.actors {
		c := a.Country
		if c == "" {
			c = a.Code
		}
		if c != "" && !containsStr(out, c) {
			out = append(out, c)
		}
	}
	return out
}

func containsStr(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

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

// caseOK checks capitalisation: names must be capitalised (or the text in
// capitals), acronyms written in capitals; role nouns match in any case.
func caseOK(toks []token, from, to int, e *entity) bool {
	if e.kind == entAgent {
		return true
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
			if t.kind == tkWord && !t.cap && !nameParticles[t.low] && t.low != "'s" && !(e.kind == entGroup && (t.low == "of" || t.low == "for" || t.low == "and" || t.low == "the")) {
				return false
			}
		}
	}
	return true
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

// prepositions and other words that end an actor phrase.
var phraseBreak = map[string]bool{
	"and": true, "or": true, "but": true, "nor": true, "to": true, "with": true, "on": true, "at": true,
	"for": true, "by": true, "against": true, "over": true, "into": true, "as": true, "than": true,
	"that": true, "which": true, "who": true, "whom": true, "whose": true, "while": true, "when": true,
	"after": true, "before": true, "since": true, "because": true, "if": true, "during": true,
	"about": true, "between": true, "among": true, "under": true, "via": true, "toward": true,
	"towards": true, "without": true, "within": true, "across": true, "through": true, "upon": true,
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "has": true,
	"have": true, "had": true, "will": true, "would": true, "can": true, "could": true, "may": true,
	"might": true, "should": true, "must": true, "shall": true, "not": true, "n't": true, "do": true,
	"does": true, "did": true, "also": true, "said": true, "says": true, "says.": true,
}

// modifierGap are words that may stand between a country word and a role
// noun ("Chinese state media", "Russian newly appointed defence minister",
// "senior Hungarian officials").
var modifierGap = map[string]bool{
	"senior": true, "top": true, "new": true, "newly": true, "appointed": true, "acting": true,
	"interim": true, "visiting": true, "then": true, "current": true, "outgoing": true, "incoming": true,
	"own": true, "local": true, "regional": true, "federal": true, "national": true, "foreign": true,
	"policy": true, "high-ranking": true, "ranking": true, "high": true, "chief": true, "deputy": true,
	"former": true, "ex": true, "retired": true, "elected": true, "re-elected": true, "newly-elected": true,
	"first": true, "second": true, "powerful": true, "influential": true, "leading": true, "main": true,
	"ruling": true, "state": true, "state-run": true, "state-owned": true, "official": true,
	"two": true, "three": true, "four": true, "several": true, "some": true, "many": true, "hundreds": true,
	"thousands": true, "dozens": true, "of": false, "security": true, "defence": true, "defense": true,
	"military": true, "armed": true, "pro-government": true, "anti-government": true, "radical": true,
	"islamist": true, "moderate": true, "hardline": true, "angry": true, "young": true, "veteran": true,
	"special": true, "permanent": true, "unidentified": true, "suspected": true, "alleged": true,
	"aid": true, "human": true, "rights": true, "peacekeeping": true, "riot": true, "border": true,
	"naval": true, "air": true, "ground": true, "elite": true, "opposition": true, "rebel": true,
	"government": true, "civilian": true, "ethnic": true, "minority": true, "majority": true,
	"prominent": true, "key": true, "fellow": true, "interior": true, "finance": true, "trade": true,
	"economy": true, "energy": true, "justice": true, "health": true, "education": true, "culture": true,
	"news": true, "media": true, "party": true, "communist": true, "democratic": true,
}

// phrase is an actor phrase being assembled.
type phrase struct {
	from, to  int
	codes     []string // state or organisation codes (compound adjectives give several)
	sector    string   // from a role noun
	person    *Official
	group     *Official
	kinds     []entKind
	name      string
	single    bool
	plural    bool
	former    bool
	possessor bool         // a person before "'s" owns what follows ("Putin's defence minister", "bin Laden's al-Qaeda")
	dict      []*dictEntry // dictionary actors of the phrase
	hasAgent  bool
	hasEntity bool
	poss      bool
}

// actorMatcher finds actor mentions in sentences.
type actorMatcher struct {
	gaz *gazetteer
}

// match finds the actor mentions of toks[from:to] on day d (zero: undated).
func (am *actorMatcher) match(toks []token, keys []string, from, to int, d time.Time) []mention {
	year := 0
	if !d.IsZero() {
		year = d.Year()
	}
	atoms := am.gaz.findAtoms(toks, keys, from, to)
	pairs := pairModifiers(toks, atoms, year)
	if len(pairs) > 0 {
		// the members of a pair are not mentions of their own
		kept := atoms[:0:0]
		for _, a := range atoms {
			in := false
			for _, pm := range pairs {
				if a.from >= pm.from && a.to <= pm.to {
					in = true
					break
				}
			}
			if !in {
				kept = append(kept, a)
			}
		}
		atoms = kept
	}
	out := pairs
	i := 0
	for i < len(atoms) {
		p, next := am.assemble(toks, atoms, i, to, year)
		i = next
		if m, ok := am.finish(toks, &p, from, to, d, year); ok {
			out = append(out, m)
			for i < len(atoms) && atoms[i].from < m.to {
				i++ // absorbed by the mention ("… Petroleum Corporation")
			}
		}
	}
	out = append(out, pronounMentions(toks, from, to, atoms)...)
	sortMentions(out)
	out = coordinate(toks, from, to, ofActor(toks, out))
	for i := range out {
		if out[i].kind == mkActor && separatistBefore(toks, from, out[i].from) {
			out[i].actors = asRebels(out[i].actors)
		}
	}
	return out
}

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
// Lithuanian parliament".
func ofActor(toks []token, ms []mention) []mention {
	out := ms[:0:0]
	for i := 0; i < len(ms); i++ {
		m := ms[i]
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

func uniqueActors(as []dataset.Actor) []dataset.Actor {
	out := as[:0:0]
	for _, a := range as {
		dup := false
		for _, b := range out {
			if a == b {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, a)
		}
	}
	return out
}

// assemble groups atoms[i:] into one actor phrase and returns it with the
// index of the first atom not used.
func (am *actorMatcher) assemble(toks []token, atoms []atom, i, to, year int) (phrase, int) {
	p := phrase{from: atoms[i].from, to: atoms[i].to}
	add := func(a atom) {
		e := a.ent
		p.kinds = append(p.kinds, e.kind)
		switch e.kind {
		case entAgent:
			p.sector = e.sector
			p.hasAgent = true
			p.single = e.single
			p.plural = e.plural
			if e.sector == "ELI" {
				p.former = true
			}
		case entPerson:
			p.person = e.off
			p.hasEntity = true
			p.single = true
			p.name = e.off.Name
		case entGroup:
			p.group = e.off
			p.hasEntity = true
			if p.name == "" {
				p.name = e.off.Name
			}
		case entDict:
			p.dict = append(p.dict, e.dict)
			p.hasEntity = true
			if p.name == "" {
				p.name = e.name
			}
		default:
			if c := resolveCode(e, year); c != "" && !containsStr(p.codes, c) {
				p.codes = append(p.codes, c)
			}
			if e.kind == entSeat && p.sector == "" {
				p.sector = e.sector
			}
			if e.kind == entPlace && p.sector == "" {
				p.sector = e.sector
			}
			if e.plural {
				p.plural = true
			}
			p.hasEntity = true
		}
		if a.to > p.to {
			p.to = a.to
		}
	}
	add(atoms[i])
	j := i + 1
	for j < len(atoms) {
		a := atoms[j]
		gap := toks[p.to:a.from]
		last := atoms[j-1].ent.kind
		switch {
		case len(gap) == 0 && a.ent.kind == entAgent:
			// "Chinese President", "army officers", "Arnor cleric"
		case len(gap) == 0 && (a.ent.kind == entPerson || a.ent.kind == entDict) && (last == entAgent || last == entAdj || last == entCountry || last == entSeat || last == entDict) && !(a.ent.kind == entDict && last == entDict):
			// "President Xi Jinping", "Kremlin adviser Yuri Ushakov"
		case len(gap) == 0 && a.ent.kind == entGroup && (last == entAdj || last == entCountry):
			// "Russian Gazprom"
		case possessiveGap(gap) && p.person != nil && !p.possessor && (a.ent.kind == entAgent || a.ent.kind == entGroup):
			// "Putin's defence minister", "bin Laden's al-Qaeda network"
			p.possessor = true
		case possessiveGap(gap) && p.person == nil && (a.ent.kind == entAgent || a.ent.kind == entPerson || a.ent.kind == entGroup || a.ent.kind == entDict):
			// "Niger's ambassador", "Russia's RIA Novosti"
		case onlyModifiers(gap) && a.ent.kind == entAgent && !p.hasAgent:
			// "Chinese state media", "Kremlin foreign policy adviser"
		case onlyModifiers(gap) && a.ent.kind == entPerson && p.hasAgent && p.person == nil:
			// "defence minister, Andrei Belousov" is handled by apposition below
		case appositionGap(gap) && a.ent.kind == entPerson && p.hasAgent && (p.person == nil || p.possessor):
			// "his visiting Venezuelan counterpart, Nicolas Maduro",
			// "Putin's defence minister, Andrei Belousov"
			p.person, p.possessor = nil, false
		case len(p.codes) == 0 && len(p.dict) == 0 && p.hasAgent && p.person == nil && ofGap(gap) && (gap[0].low == "of" || clauseInitial(toks, p.from)) && (a.ent.kind == entCountry || a.ent.kind == entSeat || a.ent.kind == entPlace || a.ent.kind == entAdj || a.ent.kind == entGroup || a.ent.kind == entDict || a.ent.kind == entPerson && gap[0].low == "of"):
			// ("supporters of former President Ahmed Ben Bella")
			// "the ambassadors of Arnor", "rebels in the Ivory Coast",
			// "doctors from two American aid groups"
		case coordAdjGap(gap) && last == entAdj && a.ent.kind == entAdj && nextIsAgent(atoms, j, toks):
			// "Hungarian and Romanian officials"
		default:
			return p, j
		}
		add(a)
		j++
		// after "of X" the phrase ends unless X is followed by a role or
		// person ("Romania's new government")
	}
	return p, j
}

func possessiveGap(gap []token) bool {
	if len(gap) == 0 || gap[0].low != "'s" && !(gap[0].kind == tkQuote && gap[0].low == "'") {
		return false
	}
	rest := gap[1:]
	if len(rest) > 0 && rest[0].kind == tkWord && rest[0].cap {
		rest = rest[1:] // "Nicaragua's Sandinista government"
	}
	return onlyModifiers(rest)
}

// onlyModifiers accepts up to three words between a state's name or
// adjective and a role noun: adjectives and noun modifiers ("Chinese state
// media", "Nigerian junior foreign minister", "Vietnamese-led forces").
func onlyModifiers(gap []token) bool {
	if len(gap) > 3 {
		return false
	}
	for i := range gap {
		t := &gap[i]
		switch {
		case t.kind == tkPunct && t.low == "-" && !t.space:
		case t.kind == tkWord && modifierGap[t.low]:
		case t.kind == tkWord && hyphenParticiple[t.low] && i > 0 && gap[i-1].low == "-":
		case t.kind == tkWord && !t.cap && !prepositions[t.low] && !functionWord[t.low] && !phraseBreak[t.low] && !conjunctions[t.low] && !looksFinite(t.low):
		default:
			return false
		}
	}
	return true
}

// hyphenParticiple are the participles of "X-led forces" compounds.
var hyphenParticiple = map[string]bool{
	"led": true, "backed": true, "sponsored": true, "allied": true, "aligned": true, "based": true,
	"funded": true, "owned": true, "run": true, "controlled": true, "dominated": true, "trained": true,
	"armed": true, "supported": true, "born": true,
}

func appositionGap(gap []token) bool {
	return len(gap) == 1 && gap[0].low == ","
}

// ofGap accepts "of", "in", "from", "of the", "in the", "from two American
// aid" (a preposition, then modifiers).
func ofGap(gap []token) bool {
	if len(gap) == 0 {
		return false
	}
	switch gap[0].low {
	case "of", "in", "from":
	default:
		return false
	}
	rest := gap[1:]
	if len(rest) > 0 && (rest[0].low == "the" || rest[0].low == "a") {
		rest = rest[1:]
	}
	if len(rest) > 3 {
		return false
	}
	for i := range rest {
		t := &rest[i]
		if t.kind == tkNumber || t.kind == tkPunct && t.low == "-" && !t.space {
			continue
		}
		if t.kind != tkWord || t.cap || prepositions[t.low] || functionWord[t.low] && !modifierGap[t.low] || phraseBreak[t.low] {
			return false
		}
	}
	return true
}

// clauseInitial reports whether the phrase at k stands at the start of its
// clause (nothing but determiners, quantities and modifiers before it since
// the sentence start or the last comma): "Rebels in the Ivory Coast
// dismissed" attaches "in the Ivory Coast", "withdraw troops from Chad" does
// not.
func clauseInitial(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		t := &toks[j]
		if t.nl > 0 && j < k-1 {
			return true
		}
		switch {
		case t.low == "," || t.low == ";" || t.kind == tkQuote || t.low == "(":
			return true
		case t.kind == tkNumber || numberWords[t.low] > 0 || t.low == "the" || t.low == "a" || t.low == "an" || modifierGap[t.low] || quantityWord[t.low] || t.low == "of" || t.low == "up" || t.low == "about" || t.low == "some" || t.low == "to" && j > 0 && toks[j-1].low == "up":
		case isPossPronoun(t.low):
			return false
		default:
			if t.cap && t.kind == tkWord && j == k-1 {
				continue
			}
			return false
		}
		if t.nl > 0 || j == 0 {
			return true
		}
	}
	return k == 0 || k <= 8
}

// quantityWord are nouns of quantity and groups that make "of" transparent:
// "a group of Moroccan diplomats", "thousands of Nigerians", "members of".
var quantityWord = map[string]bool{
	"group": true, "groups": true, "number": true, "team": true, "delegation": true, "member": true,
	"members": true, "hundreds": true, "thousands": true, "dozens": true, "scores": true, "millions": true,
	"tens": true, "some": true, "most": true, "many": true, "several": true, "one": true, "two": true,
	"three": true, "third": true, "half": true, "all": true, "majority": true, "part": true, "each": true,
	"none": true, "both": true, "handful": true, "batch": true, "crowd": true, "contingent": true,
	"unit": true, "units": true, "band": true, "party": false,
}

func coordAdjGap(gap []token) bool {
	if len(gap) == 1 && (gap[0].low == "and" || gap[0].low == "," || gap[0].low == "&") {
		return true
	}
	return len(gap) == 2 && gap[0].low == "," && gap[1].low == "and"
}

// nextIsAgent reports whether the run of adjectives from atoms[j] ends in
// a role noun ("Hungarian and Romanian officials").
func nextIsAgent(atoms []atom, j int, toks []token) bool {
	for k := j; k < len(atoms); k++ {
		if atoms[k].ent.kind == entAgent {
			return k == j || atoms[k].from-atoms[k-1].to <= 2
		}
		if atoms[k].ent.kind != entAdj {
			return false
		}
	}
	return false
}

// finish turns an assembled phrase into a mention, deciding whether it can
// be an argument.
func (am *actorMatcher) finish(toks []token, p *phrase, from, to int, d time.Time, year int) (mention, bool) {
	m := mention{from: p.from, to: p.to, kind: mkActor}
	next := ""
	nextTok := (*token)(nil)
	if p.to < to {
		nextTok = &toks[p.to]
		next = nextTok.low
	}
	m.poss = next == "'s" || nextTok != nil && nextTok.kind == tkQuote && nextTok.low == "'" && !nextTok.space
	// glued to a word by a hyphen: a modifier ("anti-US", "U.S.-led")
	glued := p.to+1 < to && next == "-" && !nextTok.space && !toks[p.to+1].space ||
		p.from-1 > from && toks[p.from-1].low == "-" && !toks[p.from-1].space && !toks[p.from].space
	if p.to+1 < to && next == "-" && !nextTok.space && hyphenParticiple[toks[p.to+1].low] {
		// "the Syrian-backed Amal militia": the sponsor of another actor
		return m, false
	}
	if p.from > from && toks[p.from-1].low == "ethnic" && p.person == nil && p.group == nil {
		// "ethnic Albanians", "ethnic Turks": a people, not a state
		p.codes = nil
	}
	var actors []dataset.Actor
	sector := p.sector
	switch {
	case len(p.dict) > 0:
		// dictionary actors: their code on the day, with a role's sector
		for _, de := range p.dict {
			for _, code := range strings.Split(de.codeOn(d), "/") {
				code = strings.TrimSpace(code)
				if code == "" || strings.HasPrefix(code, "---") || code == "+++" || code == "###" {
					continue
				}
				a := dictActor(code, strings.TrimSpace(tokText(toks, p.from, p.to)))
				if p.hasAgent && sector != "" && len(code) == 3 {
					a = dictActor(code+sector, a.Name)
				}
				actors = append(actors, a)
			}
		}
		if len(actors) == 0 {
			return m, false
		}
		m.plural = len(actors) > 1
	case p.person != nil && p.possessor && p.group == nil:
		// "Putin's defence minister": the minister of the person's state
		code, _, _ := p.person.At(d)
		if nonState(code) {
			actors = append(actors, makeActor(code, "", p.person.Name))
		} else {
			actors = append(actors, makeActor(code, sector, strings.TrimSpace(tokText(toks, p.from, p.to))))
		}
		m.person = p.single
	case p.person != nil && !(p.possessor && p.group != nil):
		code, sec, in := p.person.At(d)
		if !in && p.hasAgent && !p.former && p.sector != "" {
			// "President Obama" in an article dated before his term:
			// the title says what he is
			sec = p.sector
			code = p.person.Home
		} else if p.former {
			sec = "ELI"
		}
		if len(p.codes) == 1 && !nonState(code) && p.codes[0] != code && !in {
			code = p.codes[0]
		}
		actors = append(actors, makeActor(code, sec, p.person.Name))
		m.person = true
	case p.group != nil:
		code, sec := groupAt(p.group, d)
		if p.hasAgent && sector != "" {
			sec = sector
		}
		actors = append(actors, makeActor(code, sec, p.group.Name))
		m.plural = true
	case len(p.codes) > 0:
		if sector == "" && p.plural && len(p.kinds) == 1 && p.kinds[0] == entAdj {
			// a plural demonym on its own ("Kenyans", "thousands of
			// Venezuelans") is the people, not the state or its government
			sector = "CVL"
		}
		name := strings.TrimSpace(tokText(toks, p.from, p.to))
		m.person = p.hasAgent && p.single && len(p.codes) == 1
		if m.person && !m.poss && p.person == nil {
			// "Algerian President Abdelaziz Bouteflicka": a title with a
			// name the tables do not know; the name is the person's, so
			// that "Bouteflicka" alone and "he" find him later
			if e := titledName(toks, p.to, to); e > p.to {
				name = strings.TrimSpace(tokText(toks, p.to, e))
				m.to = e
				m.poss = e < to && toks[e].low == "'s"
			}
		}
		for _, c := range p.codes {
			actors = append(actors, makeActor(c, sector, name))
		}
		m.plural = len(p.codes) > 1 || p.plural
	default:
		// a role noun without a country: not an actor, except a plural
		// role after "the two", "both" or "the" ("the leaders", "both
		// sides"): the article's pair
		if p.plural && len(p.kinds) == 1 && p.kinds[0] == entAgent && p.from > from {
			w := toks[p.from-1].low
			// "two" alone counts ("fired two missiles", "two soldiers
			// were killed"); "the two" is the pair
			theTwo := w == "two" && p.from-2 >= from && toks[p.from-2].low == "the"
			if theTwo || w == "both" || w == "the" && collectiveNouns[toks[p.to-1].low] {
				m.kind = mkCollective
				m.head = true
				m.plural = true
				if w == "two" && p.from-2 >= from && toks[p.from-2].low == "the" {
					m.from = p.from - 2
				} else {
					m.from = p.from - 1
				}
				return m, true
			}
		}
		// a bare role: usable as the target of an actor of a known state
		// ("Turkish police prevented a demonstration by students")
		if allAgents(p.kinds) && p.sector != "" {
			m.bare = true
			m.head = true
			m.plural = p.plural
			m.actors = []dataset.Actor{{Sector: p.sector, Name: strings.TrimSpace(tokText(toks, p.from, p.to))}}
			return m, true
		}
		return m, false
	}
	if n := companyName(toks, p.to, to); n > p.to && len(p.codes) > 0 && p.person == nil && p.group == nil && len(p.dict) == 0 {
		// "China National Petroleum Corporation", "Bank of China" style
		// names: a company of the state
		name := strings.TrimSpace(tokText(toks, p.from, n))
		actors = actors[:0]
		for _, c := range p.codes {
			actors = append(actors, makeActor(c, "BUS", name))
		}
		m.to = n
		p.to = n
		nextTok = nil
		if n < to && toks[n].low == "'s" {
			m.poss = true
		}
	}
	m.actors = actors
	m.head = !glued
	last := p.kinds[len(p.kinds)-1]
	if last == entAdj && !p.plural {
		// "Chinese imports": an adjective heads no phrase, unless used as a
		// noun ("the Chinese said")
		m.head = p.from > 0 && toks[p.from-1].low == "the" && (nextTok == nil || !isNounish(nextTok))
	}
	if last == entGroup && nextTok != nil && isNounish(nextTok) {
		// "the Islamic Jihad movement", "al-Qaeda terror network"
		for k := p.to; k < to && k < p.to+3; k++ {
			if orgNouns[toks[k].low] {
				m.to = k + 1
				if m.to < to && toks[m.to].low == "'s" {
					m.poss = true
				}
				nextTok = nil
				break
			}
			if !isNounish(&toks[k]) {
				break
			}
		}
	}
	if (last == entCountry || last == entSeat || last == entPlace || last == entGroup) && !m.poss && nextTok != nil && isNounish(nextTok) && !verbBeforeDeterminer(toks, p.to, to) {
		// "the Ukraine crisis", "Beijing authorities" (handled as an agent
		// above), "China trade"
		m.head = false
	}
	return m, true
}

// groupAt returns a group's code and sector on day d; outside its terms the
// nearest term applies (a group does not become "former").
func groupAt(g *Official, d time.Time) (string, string) {
	if len(g.Terms) == 0 {
		return g.Home, ""
	}
	if d.IsZero() {
		t := g.Terms[len(g.Terms)-1]
		return t.Code, t.Sector
	}
	for i := len(g.Terms) - 1; i >= 0; i-- {
		if t := g.Terms[i]; t.covers(d) {
			return t.Code, t.Sector // the latest: a handover day belongs to the new term
		}
	}
	if d.Before(g.Terms[0].From) {
		return g.Terms[0].Code, g.Terms[0].Sector
	}
	t := g.Terms[len(g.Terms)-1]
	return t.Code, t.Sector
}

// makeActor builds a dataset.Actor: Country is the state code (empty for
// organisations), Code the full code (country or organisation + sector).
func makeActor(code, sector, name string) dataset.Actor {
	a := dataset.Actor{Name: name, Sector: sector}
	if nonState(code) {
		a.Code = code
		if sector != "" && sector != "IGO" && sector != "NGO" && sector != "REB" && !strings.HasSuffix(code, sector) {
			a.Code = code + sector
		}
		return a
	}
	a.Country = code
	a.Code = code + sector
	return a
}

func tokText(toks []token, from, to int) string {
	if from >= to {
		return ""
	}
	var b strings.Builder
	for k := from; k < to; k++ {
		if k > from && toks[k].space {
			b.WriteByte(' ')
		}
		b.WriteString(toks[k].text)
	}
	return b.String()
}

// isNounish guesses whether a token following a name is a noun the name
// modifies: a lower-case word that is not a verb form, function word,
// adverb, number or time word ("crisis", "ties", "imports", "oil").
func isNounish(t *token) bool {
	if t.kind != tkWord || t.cap && !t.upper {
		return false
	}
	w := t.low
	if phraseBreak[w] || w == "'s" || strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") {
		return false
	}
	if functionWord[w] || numberWords[w] > 0 || timeWord[w] || placeNoun[w] || prepositions[w] || clauseOpeners[w] ||
		adverbs[w] || modals[w] || beForms[w] || haveForms[w] || conjunctions[w] {
		return false
	}
	// a known verb form reads as the verb: "China relies", "Russia exported"
	if looksVerb(t.low) {
		return false
	}
	return true
}

// functionWord lists determiners, pronouns and other closed-class words.
var functionWord = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true,
	"he": true, "she": true, "it": true, "they": true, "we": true, "i": true, "you": true, "his": true,
	"her": true, "its": true, "their": true, "our": true, "my": true, "your": true, "him": true,
	"them": true, "us": true, "there": true, "here": true, "where": true, "what": true, "how": true,
	"why": true, "all": true, "both": true, "each": true, "every": true, "no": true, "any": true,
	"some": true, "such": true, "so": true, "too": true, "very": true, "now": true, "then": true,
	"still": true, "yet": true, "already": true, "again": true, "only": true, "even": true, "just": true,
	"in": true, "of": true, "from": true, "out": true, "up": true, "down": true, "off": true,
	"per": true, "like": true, "unlike": true, "until": true, "till": true, "amid": true, "despite": true,
}

// looksVerb reports whether w is an inflected or base form of a verb in the
// lexicon or an auxiliary.
func looksVerb(w string) bool {
	if irr, ok := irregular[w]; ok && irr.form != formBase {
		return true // "ran", "sent", "were": an inflected verb
	}
	if pastAsBase[w] {
		return true // "Japan cut ties", "Russia hit Kyiv": a past tense
	}
	cands, forms, n := verbCandidates(w)
	for i := 0; i < n; i++ {
		if _, ok := builtin.verbs[cands[i]]; ok {
			if forms[i] != formBase || len(w) > 3 {
				return true
			}
		}
		if commonVerbs[cands[i]] && (forms[i] != formBase) {
			return true
		}
	}
	return false
}

// pastAsBase are short lexicon verbs whose past tense is their base form
// ("cut", "hit"): after a state's name they are its verb, not a noun the
// name modifies ("Japan cut ties with …" is no "Japan cut"). Longer verbs
// are told apart by looksVerb's length test; these three-letter ones are
// not, so they are listed.
var pastAsBase = map[string]bool{"cut": true, "hit": true, "put": true, "set": true, "shut": true, "quit": true}

// commonVerbs are frequent verbs outside the event lexicon, used to tell a
// verb after a name from a noun the name modifies.
var commonVerbs = map[string]bool{
	"rely": true, "remain": true, "become": true, "seem": true, "appear": true, "continue": true,
	"want": true, "need": true, "try": true, "use": true, "see": true, "look": true, "keep": true,
	"face": true, "hold": true, "be": true, "have": true, "do": true, "get": true, "include": true,
	"lead": true, "play": true, "serve": true, "show": true, "produce": true, "plan": true,
	"increase": true, "grow": true, "rise": true, "fall": true, "drop": true, "reach": true, "share": true,
	"account": true, "own": true, "control": true, "emerge": true, "act": true, "move": true,
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

// collectiveNouns follow "the two" / "both" in collective actor phrases.
var collectiveNouns = map[string]bool{
	"leaders": true, "sides": true, "countries": true, "nations": true, "governments": true,
	"presidents": true, "states": true, "men": true, "neighbours": true, "neighbors": true,
	"allies": true, "capitals": true, "parties": true, "delegations": true, "ministers": true,
	"heads": true, "peoples": true, "powers": true, "partners": true, "premiers": true,
}

// pronounMentions finds pronouns and collective phrases not covered by
// atoms: "he", "they", "the two leaders", "both sides", "the pair", "his
// country".
func pronounMentions(toks []token, from, to int, atoms []atom) []mention {
	covered := func(k int) bool {
		for _, a := range atoms {
			if k >= a.from && k < a.to {
				return true
			}
		}
		return false
	}
	var out []mention
	for k := from; k < to; k++ {
		t := &toks[k]
		if t.kind != tkWord || covered(k) {
			continue
		}
		switch t.low {
		case "he", "she", "him", "his", "her", "it", "its", "they", "them", "their", "we", "our", "us", "i", "my":
			if t.low == "us" && t.upper {
				continue
			}
			m := mention{from: k, to: k + 1, kind: mkPronoun, pron: t.low, head: true}
			switch t.low {
			case "his", "her", "its", "their", "our", "my":
				// "his country", "their countries": the referent's state
				if k+1 < to && (toks[k+1].low == "country" || toks[k+1].low == "countries" || toks[k+1].low == "nation" || toks[k+1].low == "government" || toks[k+1].low == "governments") {
					m.to = k + 2
					m.ofPerson = true
					k++
				} else {
					m.head = false // a determiner: "his counterpart"
				}
			}
			out = append(out, m)
		case "the", "both":
			// "the two leaders", "both sides", "the pair", "both countries"
			j := k + 1
			if t.low == "the" && j < to && (toks[j].low == "two" || toks[j].low == "both") {
				j++
			} else if t.low == "the" && j < to && toks[j].low == "pair" {
				out = append(out, mention{from: k, to: j + 1, kind: mkCollective, head: true, plural: true})
				k = j
				continue
			} else if t.low == "the" && j < to && (toks[j].low == "country" || toks[j].low == "nation") && !covered(j) && !(j+1 < to && (toks[j+1].low == "'s" || isNounish(&toks[j+1]))) {
				// "said the country was breaking off relations": the state
				// named or represented before it
				out = append(out, mention{from: k, to: j + 1, kind: mkPronoun, pron: "country", head: true})
				k = j
				continue
			} else if t.low == "the" && j+1 < to && numberWords[toks[j].low] >= 3 && numberWords[toks[j].low] <= 12 && stateNouns[toks[j+1].low] && !covered(j) {
				n := numberWords[toks[j].low]
				// "the three countries": the last three states the article
				// named
				out = append(out, mention{from: k, to: j + 2, kind: mkCollective, head: true, plural: true, count: n})
				k = j + 1
				continue
			} else if t.low == "the" {
				continue
			}
			if j < to && collectiveNouns[toks[j].low] && !covered(j) {
				end := j + 1
				if toks[j].low == "heads" && end+1 < to && toks[end].low == "of" {
					end += 2
				}
				out = append(out, mention{from: k, to: end, kind: mkCollective, head: true, plural: true})
				k = end - 1
			}
		}
	}
	return out
}

// stateNouns are the nouns of a numbered collective of states.
var stateNouns = map[string]bool{"countries": true, "nations": true, "states": true, "governments": true, "capitals": true}

func sortMentions(ms []mention) {
	// insertion sort: mentions per sentence are few
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].from < ms[j-1].from; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

// timeWord are words that follow a name without being modified by it
// ("Russia today", "Nigeria yesterday").
var timeWord = map[string]bool{
	"today": true, "yesterday": true, "tomorrow": true, "tonight": true, "now": true, "again": true,
	"once": true, "twice": true, "first": true, "last": true, "next": true, "hundred": true, "thousand": true,
	"million": true, "billion": true, "dozen": true, "dozens": true, "hundreds": true, "thousands": true,
}

// conjunctions and other words that never continue a noun phrase.
var conjunctions = map[string]bool{
	"and": true, "or": true, "but": true, "nor": true, "yet": true, "so": true, "unless": true, "if": true,
	"whether": true, "because": true, "although": true, "though": true, "while": true, "whereas": true,
	"where": true, "when": true, "than": true, "either": true, "neither": true, "thus": true, "hence": true,
	"therefore": true, "however": true, "including": true, "except": true, "plus": true, "instead": true,
	"too": true, "also": true, "alone": true, "itself": true, "themselves": true, "himself": true, "herself": true,
}

// orgNouns are generic nouns for organisations that a group's name
// modifies ("the Islamic Jihad movement", "al-Qaeda terror network").
var orgNouns = map[string]bool{
	"movement": true, "network": true, "group": true, "organization": true, "organisation": true,
	"faction": true, "militia": true, "party": true, "front": true, "alliance": true, "coalition": true,
	"regime": true, "forces": true, "army": true, "wing": true, "leadership": true, "council": true,
}

// companyWords end the proper name of a company.
var companyWords = map[string]bool{
	"corporation": true, "corp": true, "company": true, "co": true, "group": false, "holdings": true,
	"industries": true, "inc": true, "ltd": true, "limited": true, "plc": true, "airlines": true,
	"airways": true, "petroleum": true, "telecom": true, "telecommunications": true, "railways": true,
	"bank": true, "energy": false,
}

// companyName returns the end of a company name that continues a state's
// name at k: capitalised words up to a company word ("National Petroleum
// Corporation" after "China"), or k when none follows.
func companyName(toks []token, k, to int) int {
	end := k
	for j := k; j < to && j < k+5; j++ {
		t := &toks[j]
		if t.kind != tkWord || !t.cap {
			break
		}
		if companyWords[t.low] {
			end = j + 1
		}
	}
	return end
}

// prefixWord are prefixes that turn a glued state name into an attitude.
var prefixWord = map[string]bool{"pro": true, "anti": true, "non": true, "ex": true, "neo": true, "post": true, "pre": true}

func allAgents(ks []entKind) bool {
	for _, k := range ks {
		if k != entAgent {
			return false
		}
	}
	return len(ks) > 0
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

// dictActor turns a dictionary code into an actor: the first three letters
// are the state (or IGO/NGO/IMG), the rest the sector.
func dictActor(code, name string) dataset.Actor {
	code = strings.ToUpper(code)
	if nonState(code) || len(code) < 3 {
		return dataset.Actor{Code: code, Name: name}
	}
	return dataset.Actor{Code: code, Country: code[:3], Sector: code[3:], Name: name}
}

// Mention is an actor named in a text: its byte span and text, and the
// actors it stands for (several for "China and Russia"). Kind is "actor"
// (a state, organisation, person or role of a state), "pair" (a hyphenated
// pair modifier: "China-Russia ties"), "role" (a role of no named state:
// "students"), "pronoun" or "collective" ("the two leaders"); pronouns and
// collectives have no actors here (the coder resolves them in context).
// Head is false for modifiers ("Chinese imports").
type Mention struct {
	Start, End int
	Text       string
	Kind       string
	Head       bool
	Actors     []dataset.Actor
}

// Mentions returns the actors named in text on day d (zero: undated; used
// for officials' offices and for historical names), in text order. It
// never fails: any string gives mentions whose spans lie within it.
func (c *Coder) Mentions(text string, d time.Time) []Mention {
	toks := tokenize(text)
	keys := tokKeys(toks)
	var out []Mention
	for _, sp := range splitTokens(text, toks) {
		for _, m := range c.matcher.match(toks, keys, sp.from, sp.to, day0(d)) {
			x := Mention{Start: toks[m.from].start, End: toks[m.to-1].end, Head: m.head, Actors: append([]dataset.Actor(nil), m.actors...)}
			x.Text = text[x.Start:x.End]
			switch {
			case m.kind == mkPronoun:
				x.Kind = "pronoun"
			case m.kind == mkCollective:
				x.Kind = "collective"
			case m.pair:
				x.Kind = "pair"
			case m.bare:
				x.Kind = "role"
			default:
				x.Kind = "actor"
			}
			out = append(out, x)
		}
	}
	return out
}

// verbBeforeDeterminer reports whether the word at k is followed by a
// determiner or possessive, so that it reads as a verb with its object
// ("that North Korea forsake its program") rather than a noun the name
// modifies ("the Ukraine crisis").
func verbBeforeDeterminer(toks []token, k, to int) bool {
	if k+1 >= to {
		return false
	}
	switch toks[k+1].low {
	case "the", "a", "an", "its", "his", "her", "their", "our", "any", "all", "this", "these", "those":
		return true
	}
	return false
}

// titledName returns the end of a person's name of two or three
// capitalised words right after a title at toks[from:] ("President
// Abdelaziz Bouteflicka"), or from when none stands there: no month,
// weekday or function word, and a lone capitalised word is too weak (it may
// begin the next phrase).
func titledName(toks []token, from, to int) int {
	e := from
	for e < to && e < from+3 {
		t := &toks[e]
		if t.kind != tkWord || !t.cap || len(t.low) < 2 || stopCap[t.low] {
			break
		}
		if _, ok := monthNames[trimPeriod(t.low)]; ok {
			break
		}
		if _, ok := weekdayNames[t.low]; ok {
			break
		}
		e++
	}
	if e-from < 2 {
		return from
	}
	return e
}

// stopCap are capitalised words that begin no name after a title.
var stopCap = map[string]bool{"the": true, "a": true, "an": true, "on": true, "in": true, "and": true, "of": true,
	"said": true, "says": true, "told": true, "to": true, "at": true, "for": true, "with": true, "by": true}
