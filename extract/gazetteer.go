package extract

import (
	"sort"
	"strings"
	"sync"

	"github.com/entente/entente/country"
)

// entKind is what a gazetteer phrase names.
type entKind uint8

const (
	entCountry entKind = iota + 1 // a state's name or alias: "China", "the U.S."
	entAdj                        // an adjective or demonym: "Chinese", "Venezuelans"
	entSeat                       // a capital or seat standing for the government: "Beijing", "the Kremlin"
	entPlace                      // another place of a state: "Harbin", "Gaza" (civilians, local authorities)
	entPerson                     // an official: "Xi Jinping", "Putin"
	entGroup                      // an organisation or group: "NATO", "Hamas", "Xinhua"
	entAgent                      // a role or institution noun: "president", "troops", "government"
	entDict                       // a phrase of a PETRARCH actor dictionary (codes by date)
)

// codeYears is one code a phrase may stand for, with the years its entry
// existed (0 = open), so that an ambiguous key ("the Kremlin": Soviet Union
// or Russia) resolves by date.
type codeYears struct {
	code        string
	from, until int
	region      bool // a CAMEO region ("Europe", "the West"): not an actor
}

// entity is what a gazetteer phrase resolves to.
type entity struct {
	kind    entKind
	codes   []codeYears // countries, adjectives, seats, places
	sector  string      // seats GOV, places CVL, agents their sector, place-institutions theirs
	off     *Official   // persons and groups
	group   bool        // off is a group (no "former" sector)
	single  bool        // agents: names one person ("president", "minister")
	plural  bool        // plural agent or demonym ("officials", "Venezuelans")
	acronym bool        // must match in upper case ("US", "UN", "WHO")
	name    string      // display name from the table
	dict    *dictEntry  // dictionary actors
	stem    bool        // the phrase's last word is a stem (dictionary convention)
}

// gazEntry is one phrase of the gazetteer: its normalised words.
type gazEntry struct {
	words []string
	ent   *entity
}

// gazetteer finds actor phrases by their normalised words (country.Normalize).
type gazetteer struct {
	byFirst map[string][]gazEntry // sorted by length, longest first
	// stemmed holds the phrases whose first word is a stem (dictionary
	// phrases of one stem word, "ARGENTIN"), keyed by that stem
	stemmed map[string][]gazEntry
}

// collectStems indexes the single-word stem phrases by their stem.
func (g *gazetteer) collectStems() map[string][]gazEntry {
	m := map[string][]gazEntry{}
	for _, list := range g.byFirst {
		for _, e := range list {
			if e.ent.stem && len(e.words) == 1 {
				m[e.words[0]] = append(m[e.words[0]], e)
			}
		}
	}
	return m
}

func (g *gazetteer) add(key string, e *entity) {
	words := strings.Fields(key)
	if len(words) == 0 {
		return
	}
	list := g.byFirst[words[0]]
	// the same phrase twice: the first kind added wins, except that a
	// country code phrase merges the codes of ambiguous keys
	for _, x := range list {
		if equalWords(x.words, words) {
			if x.ent.kind == e.kind && len(e.codes) > 0 && x.ent.kind != entPerson && x.ent.kind != entGroup {
				for _, c := range e.codes {
					if !hasCode(x.ent.codes, c.code) {
						x.ent.codes = append(x.ent.codes, c)
					}
				}
			}
			return
		}
	}
	g.byFirst[words[0]] = append(list, gazEntry{words: words, ent: e})
}

func hasCode(cs []codeYears, code string) bool {
	for _, c := range cs {
		if c.code == code {
			return true
		}
	}
	return false
}

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func (g *gazetteer) sort() {
	for k, list := range g.byFirst {
		sort.SliceStable(list, func(i, j int) bool { return len(list[i].words) > len(list[j].words) })
		g.byFirst[k] = list
	}
}

// buildGazetteer assembles the built-in gazetteer: the country table's names,
// aliases, adjectives and seats (package country), and entente's officials,
// groups, places and agents tables. Later sources never replace a phrase an
// earlier one defined, so a country name is never read as a place or a
// person.
// nameKeys returns the keys a name is matched on: its normalised form and,
// for a name with a possessive ("Democratic People's Republic of Korea"),
// the form with the possessive as a word of its own, as the tokenizer
// splits it ("people" "'s").
func nameKeys(name string) []string {
	return altKeys(country.Normalize(name), name)
}

// altKeys adds to key (the normalised name) the possessive-split form.
func altKeys(key, name string) []string {
	var b strings.Builder
	split := false
	for i := 0; i < len(name); {
		for _, ap := range []string{"'s", "’s"} {
			if strings.HasPrefix(name[i:], ap) && i > 0 && name[i-1] != ' ' {
				j := i + len(ap)
				if j == len(name) || name[j] == ' ' || name[j] == ',' {
					b.WriteByte(' ')
					split = true
				}
			}
		}
		b.WriteByte(name[i])
		i++
	}
	if !split {
		return []string{key}
	}
	if alt := country.Normalize(b.String()); alt != key {
		return []string{key, alt}
	}
	return []string{key}
}

// preferredAdjective resolves adjectives that several states share to the
// state news copy almost always means: "Congolese" is the Democratic
// Republic of the Congo's (as in the Phoenix dictionaries), "Dominican" the
// Dominican Republic's. Other shared adjectives ("Korean") stay ambiguous
// and name no state.
var preferredAdjective = map[string]string{"congolese": "COD", "dominican": "DOM", "dominicans": "DOM"}

func buildGazetteer(officials, groups []*Official) *gazetteer {
	g := &gazetteer{byFirst: map[string][]gazEntry{}}
	// countries first
	forms := map[string]*entity{}
	for _, p := range country.Phrases() {
		kind := entCountry
		switch p.Form {
		case country.FormAdjective:
			kind = entAdj
		case country.FormSeat:
			kind = entSeat
		}
		k := p.Key + "\x00" + string(rune('0'+kind))
		e := forms[k]
		if e == nil {
			e = &entity{kind: kind, acronym: p.CaseSensitive, name: p.Text}
			if kind == entSeat {
				e.sector = "GOV"
			}
			if kind == entAdj {
				e.plural = isPluralDemonym(p.Text)
			}
			forms[k] = e
			for _, k := range altKeys(p.Key, p.Text) {
				g.add(k, e)
			}
		}
		if pref, ok := preferredAdjective[p.Key]; ok && kind == entAdj && pref != p.Code {
			continue
		}
		if !hasCode(e.codes, p.Code) {
			e.codes = append(e.codes, codeYears{code: p.Code, from: p.From, until: p.Until, region: p.Kind == country.Region})
		}
	}
	for _, o := range officials {
		e := &entity{kind: entPerson, off: o, name: o.Name, single: true}
		for _, n := range o.Names {
			for _, k := range nameKeys(n) {
				g.add(k, e)
			}
		}
	}
	for _, o := range groups {
		e := &entity{kind: entGroup, off: o, group: true, name: o.Name}
		for _, n := range o.Names {
			ne := e
			if isAcronymText(n) {
				c := *e
				c.acronym = true
				ne = &c
			}
			for _, k := range nameKeys(n) {
				g.add(k, ne)
			}
		}
	}
	for _, line := range strings.Split(placesTable, "\n") {
		line = strings.TrimSpace(line)
		colon := strings.IndexByte(line, ':')
		if line == "" || strings.HasPrefix(line, "#") || colon < 0 {
			continue
		}
		code, sector := line[:colon], "CVL"
		kind := entPlace
		if slash := strings.IndexByte(code, '/'); slash >= 0 {
			code, sector = code[:slash], code[slash+1:]
			kind = entSeat
		}
		for _, n := range strings.Split(line[colon+1:], ",") {
			if n = strings.TrimSpace(n); n != "" {
				ent := &entity{kind: kind, codes: []codeYears{{code: code}}, sector: sector, name: n, acronym: isAcronymText(n)}
				for _, k := range nameKeys(n) {
					g.add(k, ent)
				}
			}
		}
	}
	for _, line := range strings.Split(agentsTable, "\n") {
		line = strings.TrimSpace(line)
		colon := strings.IndexByte(line, ':')
		if line == "" || strings.HasPrefix(line, "#") || colon < 0 {
			continue
		}
		sector := line[:colon]
		single := strings.HasSuffix(sector, "!")
		sector = strings.TrimSuffix(sector, "!")
		for _, n := range strings.Split(line[colon+1:], ",") {
			n = strings.TrimSpace(n)
			if n == "" {
				continue
			}
			key := country.Normalize(n)
			g.add(key, &entity{kind: entAgent, sector: sector, single: single, name: n})
			if pl := pluralPhrase(key); pl != key {
				g.add(pl, &entity{kind: entAgent, sector: sector, plural: true, name: n})
			}
		}
	}
	g.sort()
	return g
}

// isAcronymText reports whether a table name is an acronym to be matched in
// upper case only ("UN", "WHO", "U.N.", "NATO").
func isAcronymText(s string) bool {
	letters, upper := 0, 0
	for _, r := range s {
		switch {
		case r == '.' || r == '-' || r >= '0' && r <= '9':
		case r >= 'A' && r <= 'Z':
			letters++
			upper++
		case r >= 'a' && r <= 'z' || r > 127:
			letters++
		default:
			return false
		}
	}
	return letters >= 2 && letters <= 6 && upper == letters
}

// isPluralDemonym reports whether an adjective form is a plural demonym
// ("Venezuelans", "Afghans"), which can head a noun phrase on its own.
func isPluralDemonym(s string) bool {
	return len(s) > 3 && strings.HasSuffix(s, "s") && !strings.HasSuffix(s, "ss") && !strings.HasSuffix(s, "ese")
}

// pluralPhrase pluralises the last word of a normalised phrase.
func pluralPhrase(key string) string {
	sp := strings.LastIndexByte(key, ' ')
	head, last := "", key
	if sp >= 0 {
		head, last = key[:sp+1], key[sp+1:]
	}
	return head + pluralWord(last)
}

var irregularPlural = map[string]string{
	"man": "men", "woman": "women", "child": "children", "person": "people", "policeman": "policemen",
	"gunman": "gunmen", "militiaman": "militiamen", "congressman": "congressmen", "congresswoman": "congresswomen",
	"businessman": "businessmen", "businesswoman": "businesswomen", "spokesman": "spokesmen",
	"spokeswoman": "spokeswomen", "chief": "chiefs", "staff": "staff", "police": "police", "people": "people",
	"military": "military", "media": "media", "press": "press", "public": "public", "clergy": "clergy",
	"aircraft": "aircraft", "artillery": "artillery", "infantry": "infantry", "youth": "youths",
	"intelligence": "intelligence", "leadership": "leadership", "opposition": "opposition", "army": "armies",
	"forces": "forces", "troops": "troops", "authorities": "authorities", "men": "men", "women": "women",
	"children": "children", "families": "families", "businesses": "businesses", "companies": "companies",
	"gunmen": "gunmen", "policemen": "policemen", "marines": "marines", "revolutionary guards": "revolutionary guards",
}

func pluralWord(w string) string {
	if p, ok := irregularPlural[w]; ok {
		return p
	}
	n := len(w)
	switch {
	case n == 0:
		return w
	case strings.HasSuffix(w, "y") && n > 1 && isConsonant(w[n-2]):
		return w[:n-1] + "ies"
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
		return w + "es"
	}
	return w + "s"
}

// builtinGazetteer is built once, on first use.
var builtinGroups = func() []*Official {
	gs, err := parseOfficials(groupsTable)
	if err != nil {
		panic("extract: " + err.Error())
	}
	return gs
}()

var defaultGaz struct {
	once sync.Once
	g    *gazetteer
}

// defaultGazetteer returns the built-in gazetteer, built on first use.
func defaultGazetteer() *gazetteer {
	defaultGaz.once.Do(func() { defaultGaz.g = buildGazetteer(builtinOfficials, builtinGroups) })
	return defaultGaz.g
}
