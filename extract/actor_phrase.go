package extract

import (
	"strings"
	"time"

	"github.com/entente/entente/dataset"
)

// Actor phrases: atoms assembled into one phrase ("Russian Foreign Minister
// Sergei Lavrov", "Vietnamese-led forces", "the Islamic Jihad movement")
// and turned into a mention (finish) — whether it heads a phrase or
// modifies a noun ("China trade"), companies, titled names — and the word
// classes that decide it.

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
		case onlyModifiers(gap) && a.ent.kind == entAgent && !p.hasAgent && !subjunctiveAfterThat(toks, 0, p.from, p.to):
			// "Chinese state media", "Kremlin foreign policy adviser"; not
			// "demanded that Romania send troops", where "send" is the
			// subjunctive's verb
		case onlyModifiers(gap) && a.ent.kind == entPerson && p.hasAgent && p.person == nil:
			// "defence minister, Andrei Belousov" is handled by apposition below
		case appositionGap(gap) && a.ent.kind == entPerson && p.hasAgent && (p.person == nil || p.possessor):
			// "his visiting Venezuelan counterpart, Nicolas Maduro",
			// "Putin's defence minister, Andrei Belousov"
			p.person, p.possessor = nil, false
		case len(p.codes) == 0 && len(p.dict) == 0 && p.hasAgent && p.person == nil && ofGap(gap) && (gap[0].low == "of" || gap[0].low != "for" && clauseInitial(toks, p.from) || gap[0].low == "for" && spokesRoles[toks[p.to-1].low]) && (a.ent.kind == entCountry || a.ent.kind == entSeat || a.ent.kind == entPlace || a.ent.kind == entAdj || a.ent.kind == entGroup || a.ent.kind == entDict || a.ent.kind == entPerson && gap[0].low == "of"):
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
		case t.kind == tkWord && hyphenParticiple[t.low] && !sponsorParticiple[t.low] && i > 0 && gap[i-1].low == "-":
		case t.kind == tkWord && i >= 2 && gap[i-1].low == "-" && !gap[i-1].space && !t.space && prefixWord[gap[i-2].low]:
			// "Moldova's pro-Western president": an attitude (findAtoms
			// makes no actor of it)
		case t.kind == tkWord && !t.cap && !prepositions[t.low] && !functionWord[t.low] && !phraseBreak[t.low] && !conjunctions[t.low] && !looksFinite(t.low) && !pastAsBase[t.low]:
			// ("Washington cut military aid": "cut" is the verb)
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

// sponsorParticiple are the hyphen participles whose state is another
// actor's sponsor, not the actor ("Russian-backed separatists", "Iranian-
// funded militias"): the phrase does not run over them, so the state
// stays a modifier. The others ("Vietnamese-led forces", "state-run
// media") name the state's own.
var sponsorParticiple = map[string]bool{
	"backed": true, "sponsored": true, "funded": true, "supported": true, "armed": true, "trained": true,
	"allied": true, "aligned": true,
}

// ownerParticiple are the hyphen participles of ownership: a
// "British-owned ship" is Britain's as a "Greek-flagged" one is Greece's,
// a modifier naming the owner, not the sponsor of another actor.
var ownerParticiple = map[string]bool{"owned": true, "operated": true, "registered": true}

func appositionGap(gap []token) bool {
	return len(gap) == 1 && gap[0].low == ","
}

// spokesRoles speak for what follows "for": "a spokesman for the Indian
// foreign ministry" is the ministry's (ofGap).
var spokesRoles = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true, "spokesmen": true}

// ofGap accepts "of", "in", "from", "for" (after a spokes-role only, by its
// caller), "of the", "in the", "from two American aid" (a preposition, then
// modifiers).
func ofGap(gap []token) bool {
	if len(gap) == 0 {
		return false
	}
	switch gap[0].low {
	case "of", "in", "from", "for":
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
		case t.low == "," || t.low == ";" || t.kind == tkQuote || t.low == "(" || (t.low == "—" || t.low == "-") && t.space:
			return true // also after a spaced dash: a dateline's, a parenthesis'

		case t.kind == tkNumber || numberWords[t.low] > 0 || t.low == "the" || t.low == "a" || t.low == "an" || modifierGap[t.low] || quantityWord[t.low] || t.low == "of" || t.low == "up" || t.low == "about" || t.low == "some" || t.low == "to" && j > 0 && toks[j-1].low == "up":
		case isPossPronoun(t.low):
			return false
		case sponsorParticiple[t.low] && j >= 2 && toks[j-1].low == "-" && toks[j-2].cap:
			// "Iranian-backed militias": the sponsor's compound is a
			// modifier of the phrase
			j -= 2
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
	if p.to+1 < to && next == "-" && !nextTok.space && hyphenParticiple[toks[p.to+1].low] && !ownerParticiple[toks[p.to+1].low] {
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
			name := strings.TrimSpace(tokText(toks, p.from, p.to))
			if p.single && !p.plural && personTitles[strings.ToLower(name)] {
				// "President Abdelaziz Bouteflicka": a titled person the
				// tables lack, with no state named; the name is the
				// person's (subject gives him the state of his place)
				if e := titledName(toks, p.to, to); e > p.to {
					name = strings.TrimSpace(tokText(toks, p.to, e))
					m.to = e
					m.poss = e < to && toks[e].low == "'s"
					m.person = true
					m.untabled = true
				}
			}
			m.actors = []dataset.Actor{{Sector: p.sector, Name: name}}
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
	if (last == entCountry || last == entSeat || last == entPlace || last == entGroup) && !m.poss && nextTok != nil && isNounish(nextTok) && !verbBeforeDeterminer(toks, p.to, to) && !subjunctiveAfterThat(toks, from, p.from, p.to) {
		// "the Ukraine crisis", "Beijing authorities" (handled as an agent
		// above), "China trade"
		m.head = false
	}
	return m, true
}

// subjunctiveAfterThat reports whether the name at toks[k:e] opens a
// that-clause and the word after it is a verb of the lexicon in its base
// form: the subject of a subjunctive ("demanded that Kuwait pay
// compensation", "insisted that Israel halt …"), not a noun's modifier.
func subjunctiveAfterThat(toks []token, from, k, e int) bool {
	if k-1 < from || toks[k-1].low != "that" || e >= len(toks) || toks[e].kind != tkWord || toks[e].cap {
		return false
	}
	_, ok := builtin.verbs[toks[e].low]
	return ok
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
	"bloc": true, "union": true, "community": true, "grouping": true,
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
