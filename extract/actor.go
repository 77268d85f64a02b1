package extract

import (
	"strings"
	"time"

	"github.com/entente/entente/dataset"
)

// Actor mentions: the mention type, the matcher that finds the actors of a
// sentence (match: atoms → phrases → coordination → pronouns), the exported
// Mentions, and building actors (makeActor, dictActor, groups' terms).

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
	// untabled marks a bare mention that is a titled person the tables
	// lack, of no named state ("President Abdelaziz Bouteflicka"): as a
	// subject, the state of the place the clause names (subject)
	untabled bool
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

func sortMentions(ms []mention) {
	// insertion sort: mentions per sentence are few
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].from < ms[j-1].from; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

func allAgents(ks []entKind) bool {
	for _, k := range ks {
		if k != entAgent {
			return false
		}
	}
	return len(ks) > 0
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
