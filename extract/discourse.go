package extract

import (
	"strings"
	"sync"
	"time"

	"github.com/entente/entente/dataset"
)

// Discourse: the state of one article while it is coded (docState) — the
// actors named so far, the article's pair of states, surnames and titles
// referring back, pronouns and collectives resolved (resolve), the speaker
// of a quotation.

// sentInfo is a sentence of a document being coded.
type sentInfo struct {
	from, to int // tokens
	s        Sentence
	boiler   bool
	title    bool
	question bool
	dates    []dateSpan
	mentions []mention
}

// docState is the discourse state of one article.
type docState struct {
	a     Article
	doc   string
	toks  []token
	keys  []string
	sents []sentInfo
	pub   time.Time
	story time.Time // the article's news day: first recent day-precise date, else publication
	pair  []string  // the article's main pair of countries
	home  string    // the state of the dateline's place ("ALGIERS, Jan. 5 -"), "" without one
	// antecedents for pronouns
	lastPerson  []dataset.Actor
	lastThing   []dataset.Actor
	lastPlural  []dataset.Actor
	lastSpeaker []dataset.Actor
	// the state of the previous sentence's subject, for "the government"
	lastSubjState string
	// background context of the previous sentence
	prevBackground bool
	prevBgDate     time.Time
	// the sources of the events of the sentences before, latest first:
	// who took "the measure" a later sentence condemns
	lastSources [][]dataset.Actor
}

func (c *Coder) newDoc(a Article, doc string) *docState {
	d := &docState{a: a, doc: doc, pub: day0(a.Published)}
	d.toks = tokenize(doc)
	d.keys = tokKeys(d.toks)
	spans := splitTokens(doc, d.toks)
	boilerFrom := len(spans)
	if !c.opts.KeepBoilerplate {
		for i, sp := range spans {
			if isBoilerplateMarker(d.toks, sp.from, sp.to) {
				boilerFrom = i
				break
			}
		}
	}
	for i, sp := range spans {
		s := Sentence{Index: i, Start: d.toks[sp.from].start, End: d.toks[sp.to-1].end, Title: sp.title}
		s.Text = doc[s.Start:s.End]
		si := sentInfo{from: sp.from, to: sp.to, s: s, title: sp.title, boiler: i >= boilerFrom}
		last := &d.toks[sp.to-1]
		si.question = last.low == "?" || sp.to >= 2 && last.kind == tkQuote && d.toks[sp.to-2].low == "?"
		d.sents = append(d.sents, si)
	}
	// prescan: dates, mentions, the story date and the article's pair
	var lastDate dateSpan                    // the last anchoring date, for "that day"
	surnames := map[string][]dataset.Actor{} // persons named in full, for their surname alone
	for i := range d.sents {
		si := &d.sents[i]
		if si.boiler {
			continue
		}
		si.dates = findDates(d.toks, si.from, si.to, d.pub, si.title)
		if !si.title {
			resolveAnaphora(si.dates, &lastDate)
		}
		si.mentions = c.matcher.match(d.toks, d.keys, si.from, si.to, d.pub)
		si.mentions = surnameMentions(d.toks, si.from, si.to, si.mentions, surnames)
		if si.title {
			si.mentions = headlineList(d.toks, si.from, si.to, si.mentions)
		}
		if d.story.IsZero() && !d.pub.IsZero() {
			for _, ds := range si.dates {
				if ds.anchor && ds.prec == PrecisionDay && !ds.date.IsZero() && !ds.date.After(d.pub) && d.pub.Sub(ds.date) <= 14*24*time.Hour {
					d.story = ds.date
					break
				}
			}
		}
		if len(d.pair) < 2 {
			d.addPair(si.mentions)
		}
	}
	if d.story.IsZero() {
		d.story = d.pub
	}
	if dlFrom, dlTo := datelineRange(d.toks); dlTo > dlFrom {
		// the dateline's place: the state of one place, else none
		for _, m := range c.matcher.match(d.toks, d.keys, dlFrom, dlTo, d.pub) {
			if sc := stateCodes(m.actors); len(sc) == 1 && m.kind == mkActor && d.home == "" {
				d.home = sc[0]
			}
		}
	}
	return d
}

// surnameMentions adds the mentions of persons named earlier in the
// article by their surname alone ("President Raúl Castro … Obama and
// Castro held talks", "Secretary of State John Kerry … Kerry said"), then
// records the persons the sentence names in full. A surname shared by two
// persons of the article names neither.
func surnameMentions(toks []token, from, to int, ms []mention, surnames map[string][]dataset.Actor) []mention {
	if len(surnames) > 0 {
		added := false
		for k := from; k < to; k++ {
			t := &toks[k]
			if t.kind != tkWord || !t.cap || k > from && toks[k-1].kind == tkWord && toks[k-1].cap || k+1 < to && toks[k+1].kind == tkWord && toks[k+1].cap {
				continue
			}
			as, ok := surnames[t.text]
			if !ok || len(as) != 1 || inMention(ms, k) {
				continue
			}
			m := mention{from: k, to: k + 1, kind: mkActor, head: true, person: true, actors: as}
			m.poss = k+1 < to && toks[k+1].low == "'s"
			ms = append(ms, m)
			added = true
		}
		if added {
			sortMentions(ms)
			ms = coordinate(toks, from, to, ms)
		}
	}
	for i := range ms {
		m := &ms[i]
		if m.kind != mkActor {
			continue
		}
		for _, a := range m.actors {
			if !(m.person && len(m.actors) == 1 || officialName(a.Name)) {
				continue
			}
			f := strings.Fields(a.Name)
			if len(f) < 2 || a.Country == "" {
				continue
			}
			sur := f[len(f)-1]
			if prev, ok := surnames[sur]; ok && (len(prev) != 1 || prev[0] != a) {
				surnames[sur] = nil // two persons share it: ambiguous
				continue
			}
			surnames[sur] = []dataset.Actor{a}
		}
	}
	return ms
}

// officialName reports whether n is the full name of an official of the
// built-in table.
func officialName(n string) bool {
	officialNamesOnce.Do(func() {
		officialNames = map[string]bool{}
		for _, o := range builtinOfficials {
			officialNames[o.Name] = true
		}
	})
	return officialNames[n]
}

var (
	officialNamesOnce sync.Once
	officialNames     map[string]bool
)

func inMention(ms []mention, k int) bool {
	for i := range ms {
		if k >= ms[i].from && k < ms[i].to {
			return true
		}
	}
	return false
}

// addPair takes the first two distinct states that head actor phrases in
// one sentence as the article's main pair.
func (d *docState) addPair(ms []mention) {
	var cs []string
	for i := range ms {
		m := &ms[i]
		if m.kind != mkActor || !(m.head || m.pair || m.poss) {
			continue
		}
		for _, c := range m.countries() {
			if !nonState(c) && !containsStr(cs, c) {
				cs = append(cs, c)
			}
		}
	}
	if len(cs) >= 2 {
		d.pair = cs[:2]
	}
}

// remember updates the discourse state after a sentence.
func (d *docState) remember(ms []mention, res [][]dataset.Actor, preds []*predicate, subjects [][]dataset.Actor, toks []token) {
	for mi := range ms {
		m := &ms[mi]
		if len(res[mi]) == 0 || !m.head || m.kind == mkPronoun || m.bare {
			continue
		}
		switch {
		case m.person:
			d.lastPerson = res[mi]
		case len(res[mi]) > 1 || m.plural:
			d.lastPlural = res[mi]
		default:
			d.lastThing = res[mi]
		}
	}
	for pi, p := range preds {
		if p.entry.fam == famSay && len(subjects[pi]) > 0 {
			d.lastSpeaker = subjects[pi]
		}
	}
	// the subject of the sentence's first verb is the preferred
	// antecedent of the next sentence's pronouns
	for pi := range preds {
		if sc := stateCodes(subjects[pi]); len(sc) == 1 {
			d.lastSubjState = sc[0]
			break
		} else if len(sc) > 1 {
			d.lastSubjState = ""
			break
		}
	}
	for pi := range preds {
		if sj := subjects[pi]; len(sj) == 1 {
			if sj[0].Name != "" && isPersonName(sj[0].Name) {
				d.lastPerson = sj
			} else {
				d.lastThing = sj
			}
			break
		} else if len(sj) > 1 {
			d.lastPlural = sj
			break
		}
	}
}

// resolve returns the actors of a mention: pronouns and collectives are
// resolved against the sentence and the article.
func (d *docState) resolve(m *mention, ms []mention, mi int, toks []token, inQuote []bool, from int) []dataset.Actor {
	switch m.kind {
	case mkActor:
		if m.pair {
			return m.actors
		}
		if m.bare && !m.plural && m.from > from && toks[m.from-1].low == "the" && len(m.actors) == 1 && personTitles[strings.ToLower(m.actors[0].Name)] && !specified(toks, m.to) {
			// "the president", "the foreign minister": the person the
			// article last named, when the title's sector is his
			if lp := d.lastPerson; len(lp) == 1 && lp[0].Country != "" && lp[0].Sector == m.actors[0].Sector {
				m.bare = false
				m.person = true
				return lp
			}
		}
		if m.bare && !m.plural && m.from > from && toks[m.from-1].low == "the" && len(m.actors) == 1 && institutionTitles[strings.ToLower(m.actors[0].Name)] && !specified(toks, m.to) && d.lastSubjState != "" {
			// "the government", "the ministry": of the state the
			// previous sentence was about (its subject's)
			m.bare = false
			return []dataset.Actor{makeActor(d.lastSubjState, m.actors[0].Sector, m.actors[0].Name)}
		}
		return m.actors
	case mkCollective:
		if m.count > 0 {
			return d.recentStates(m.count, from)
		}
		return d.pairActors()
	}
	// pronouns: the nearest fitting antecedent earlier in the sentence,
	// else the article's
	quoted := inQuote != nil && m.from-from < len(inQuote) && inQuote[m.from-from]
	switch m.pron {
	case "we", "our", "us", "i", "my":
		if !quoted {
			return nil
		}
		sp := d.speakerFor(ms, mi, toks)
		if m.pron == "we" || m.pron == "our" || m.pron == "us" {
			return stateOf(sp)
		}
		return sp
	case "he", "she", "him", "his", "her":
		for j := mi - 1; j >= 0; j-- {
			if m.pron == "him" && !verbBetween(toks, ms[j].to, m.from) {
				continue // an object pronoun is not its own clause's object
			}
			if ms[j].kind == mkActor && ms[j].person && ms[j].head && !ms[j].bare {
				return withOf(ms[j].actors, m.ofPerson)
			}
		}
		return withOf(d.lastPerson, m.ofPerson)
	case "it", "its":
		for j := mi - 1; j >= 0; j-- {
			if ms[j].kind == mkActor && !ms[j].person && ms[j].head && !ms[j].bare && len(ms[j].actors) == 1 {
				return ms[j].actors
			}
		}
		if len(d.lastThing) > 0 {
			return d.lastThing
		}
		return nil
	case "country":
		// "the country": the state of the nearest actor before it
		for j := mi - 1; j >= 0; j-- {
			if ms[j].kind == mkActor && ms[j].head && !ms[j].bare && len(stateCodes(ms[j].actors)) == 1 {
				return []dataset.Actor{makeActor(stateCodes(ms[j].actors)[0], "", "")}
			}
		}
		for _, prev := range [][]dataset.Actor{d.lastThing, d.lastPerson} {
			if sc := stateCodes(prev); len(sc) == 1 {
				return []dataset.Actor{makeActor(sc[0], "", "")}
			}
		}
		return nil
	case "they", "them", "their":
		for j := mi - 1; j >= 0; j-- {
			if m.pron == "them" && !verbBetween(toks, ms[j].to, m.from) {
				continue // "ordered Russian troops into them": not the troops
			}
			if ms[j].kind == mkActor && ms[j].head && !ms[j].bare && (len(ms[j].actors) > 1 || ms[j].plural) {
				return withOf(ms[j].actors, m.ofPerson)
			}
		}
		if len(d.lastPlural) > 0 {
			return withOf(d.lastPlural, m.ofPerson)
		}
		return withOf(d.pairActors(), m.ofPerson)
	}
	return nil
}

// specified reports whether a title ending at k is followed by what says
// whose it is — "the leader of the opposition", "the president, Juan
// Guaidó", "the president's" — so that it does not refer back.
func specified(toks []token, k int) bool {
	if k >= len(toks) {
		return false
	}
	switch toks[k].low {
	case "of", ",", "'s", "(", "-":
		return true
	}
	return toks[k].kind == tkWord && toks[k].cap
}

// verbBetween reports whether a verb form stands in toks[from:to].
func verbBetween(toks []token, from, to int) bool {
	for k := from; k < to; k++ {
		if toks[k].kind == tkWord && !toks[k].cap && (looksFinite(toks[k].low) || looksVerb(toks[k].low)) {
			return true
		}
	}
	return false
}

// speakerFor finds who speaks a quotation: the subject of a verb of saying
// in the sentence, else the article's last speaker.
func (d *docState) speakerFor(ms []mention, mi int, toks []token) []dataset.Actor {
	for j := range ms {
		if j != mi && ms[j].kind == mkActor && ms[j].person && ms[j].head {
			// a person outside the quote in the same sentence
			return ms[j].actors
		}
	}
	return d.lastSpeaker
}

// stateOf reduces actors to their states' governments ("we" in a leader's
// quote is the state).
func stateOf(as []dataset.Actor) []dataset.Actor {
	var out []dataset.Actor
	for _, a := range as {
		if a.Country != "" {
			out = append(out, makeActor(a.Country, "GOV", a.Name))
		}
	}
	return out
}

func withOf(as []dataset.Actor, of bool) []dataset.Actor {
	if !of {
		return as
	}
	return stateOf(as)
}

// recentStates returns the states of "the three countries": the first n
// distinct states named as actors in the latest sentence before token from
// that names at least n ("Spain, Ireland and Norway recognised a
// Palestinian state. Israel recalled its ambassadors from the three
// countries" names Spain, Ireland and Norway), or nil when no sentence
// names so many.
func (d *docState) recentStates(n, from int) []dataset.Actor {
	for i := len(d.sents) - 1; i >= 0; i-- {
		si := &d.sents[i]
		if si.to > from {
			continue
		}
		var out []dataset.Actor
		var seen []string
		for mi := range si.mentions {
			m := &si.mentions[mi]
			if m.kind != mkActor {
				continue
			}
			for _, a := range m.actors {
				if a.Country != "" && !containsStr(seen, a.Country) {
					seen = append(seen, a.Country)
					out = append(out, makeActor(a.Country, "GOV", ""))
				}
			}
		}
		if len(out) >= n {
			return out[:n]
		}
	}
	return nil
}

func (d *docState) pairActors() []dataset.Actor {
	var out []dataset.Actor
	for _, c := range d.pair {
		out = append(out, makeActor(c, "GOV", ""))
	}
	return out
}

// isPersonName reports whether an actor name looks like a person's (two or
// more capitalised words, not a role phrase): used to prefer persons as
// antecedents of "he" and "she".
func isPersonName(n string) bool {
	f := strings.Fields(n)
	if len(f) < 1 {
		return false
	}
	for _, w := range f {
		if w == "" || w[0] < 'A' || w[0] > 'Z' {
			return false
		}
	}
	return true
}
