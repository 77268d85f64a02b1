//go:generate go run ./internal/wngen -o lexicon_wordnet.go -tables lexicon_table.go

package extract

import (
	"fmt"
	"strings"

	"github.com/entente/entente/cameo"
)

// family says how a verb combines with a complement clause ("agreed to
// visit", "threatened to impose sanctions", "urged Beijing to reduce …"):
// the complement's code is turned into the family's code (derive).
type family uint8

const (
	famNone    family = iota
	famIntent         // agree, promise, pledge, offer, plan, "will": 03x, or a threat for conflict
	famThreat         // threaten, warn: 13x
	famRefuse         // refuse, decline, reject, fail: 12x
	famAppeal         // urge, call on, ask, appeal: 02x
	famDemand         // demand, order, insist: 10x
	famSay            // say, tell, add, note: reported speech, no event of its own
	famPrepare        // prepare: force is mobilisation (15x), anything else intent
	famDecide         // decide, resolve: a decided sanction, expulsion or deployment is the act; anything else intent
)

var familyNames = map[string]family{
	"intent": famIntent, "threat": famThreat, "refuse": famRefuse, "appeal": famAppeal,
	"demand": famDemand, "say": famSay, "prepare": famPrepare, "decide": famDecide,
}

// lexFlag marks how a verb takes its actors.
type lexFlag uint16

const (
	flRecip    lexFlag = 1 << iota // reciprocal: a compound subject ("X and Y met") codes both directions
	flLight                        // light verb: the event is its object noun ("paid a visit", "held talks")
	flTopic                        // the direct object is a topic, not a target ("discussed Ukraine")
	flLoc                          // "in X"/"at X" is the target (visits, arrivals, attacks on places)
	flPerson                       // only a person or government object makes the event (host, welcome, receive)
	flNoTarget                     // never takes a target (resign, riot)
	flCompNoun                     // the family applies to an event noun object too ("call for a ceasefire")
	flWeak                         // a family verb that is no event without a coded complement ("aim to", "hope to")
	flStop                         // a verb of ending ("suspend", "halt", "cancel"): an event noun it takes is ended, not done
	flPermit                       // a verb of permission ("allow", "permit"): the infinitive after its object is what the object may do, not the subject's act ("allowed monitors to return")
	flMeans                        // a verb of means ("use", "employ"): its -ing form says how another verb acts ("aircraft using missiles killed …"), never a predicate of its own
)

var flagNames = map[string]lexFlag{
	"recip": flRecip, "light": flLight, "topic": flTopic, "loc": flLoc, "person": flPerson,
	"notarget": flNoTarget, "compnoun": flCompNoun, "weak": flWeak, "stop": flStop, "means": flMeans,
	"permit": flPermit,
}

// objPattern refines a verb's code by a word of its object: "sign" +
// "agreement" → 057; "lift" + "sanctions" → 085.
type objPattern struct {
	words [][]string // alternatives; each a sequence of lower-case lemmas
	code  string     // "" suppresses the event
}

// verbEntry is one verb (or verb + particle) of the lexicon.
type verbEntry struct {
	key   string
	code  string // default code; "" means no event without a pattern or event noun
	fam   family
	flags lexFlag
	preps []string // target prepositions; "obj" is the direct object
	pats  []objPattern
	dict  *dictVerb // a PETRARCH verb dictionary's entry, which decides the code
	src   string    // where the entry comes from: "" (the hand table) or "wordnet synonym of \"attack\""
}

func (v *verbEntry) has(f lexFlag) bool { return v.flags&f != 0 }

// nounEntry is an event noun: "visit", "talks", "sanctions", "attack".
type nounEntry struct {
	key    string
	code   string
	tpreps []string // prepositions introducing the target ("visit to", "sanctions on")
	spreps []string // prepositions introducing the source ("visit by", "attack by")
	flags  lexFlag
	src    string // "" (the hand table) or the WordNet derivation
}

// lexicon holds the verb and noun tables, keyed by lemma (and "lemma
// particle" for phrasal verbs).
type lexicon struct {
	verbs    map[string]*verbEntry
	phrasal  map[string]bool // lemmas that have at least one "lemma particle" entry
	nouns    map[string]*nounEntry
	nounSeqs map[string][][]string // first word → multiword nouns starting with it
}

// defaultPreps are the target prepositions of a verb that names none.
var defaultPreps = []string{"obj", "to", "against", "at", "toward", "towards", "with", "into"}

// parseLexicon reads the lexicon tables (see lexicon_table.go for the
// format). It returns an error naming the line of a malformed entry.
//
// A line may end with a comment ("# wordnet synonym of \"attack\""), kept as
// the entry's source.
func parseLexicon(verbs, nouns string) (*lexicon, error) {
	lx := &lexicon{verbs: map[string]*verbEntry{}, phrasal: map[string]bool{}, nouns: map[string]*nounEntry{}, nounSeqs: map[string][][]string{}}
	for i, line := range strings.Split(verbs, "\n") {
		line, src := lineComment(line)
		if line == "" {
			continue
		}
		v, err := parseVerbLine(line)
		if err != nil {
			return nil, fmt.Errorf("verb table line %d: %w", i+1, err)
		}
		v.src = src
		if _, dup := lx.verbs[v.key]; dup {
			return nil, fmt.Errorf("verb table line %d: duplicate entry %q", i+1, v.key)
		}
		lx.verbs[v.key] = v
		if sp := strings.IndexByte(v.key, ' '); sp > 0 {
			lx.phrasal[v.key[:sp]] = true
		}
	}
	for i, line := range strings.Split(nouns, "\n") {
		line, src := lineComment(line)
		if line == "" {
			continue
		}
		n, err := parseNounLine(line)
		if err != nil {
			return nil, fmt.Errorf("noun table line %d: %w", i+1, err)
		}
		n.src = src
		if _, dup := lx.nouns[n.key]; dup {
			return nil, fmt.Errorf("noun table line %d: duplicate entry %q", i+1, n.key)
		}
		lx.nouns[n.key] = n
		words := strings.Fields(n.key)
		if len(words) > 1 {
			lx.nounSeqs[words[0]] = append(lx.nounSeqs[words[0]], words)
		}
	}
	return lx, nil
}

// lineComment splits a table line into its entry and a trailing comment;
// a line that is only a comment is empty.
func lineComment(line string) (string, string) {
	line = strings.TrimSpace(line)
	if strings.HasPrefix(line, "#") {
		return "", ""
	}
	if k := strings.Index(line, " #"); k >= 0 {
		return strings.TrimSpace(line[:k]), strings.TrimSpace(line[k+2:])
	}
	return line, ""
}

func checkCode(c string) (string, error) {
	c = strings.TrimSpace(c)
	if c == "-" || c == "" {
		return "", nil
	}
	if !cameo.Valid(c) {
		return "", fmt.Errorf("%q is not a CAMEO code", c)
	}
	return c, nil
}

func splitList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// parseVerbLine reads "key | code | flags | preps | patterns".
func parseVerbLine(line string) (*verbEntry, error) {
	cols := strings.Split(line, "|")
	for len(cols) < 5 {
		cols = append(cols, "")
	}
	if len(cols) > 5 {
		return nil, fmt.Errorf("too many columns in %q", line)
	}
	v := &verbEntry{key: strings.Join(strings.Fields(cols[0]), " ")}
	if v.key == "" {
		return nil, fmt.Errorf("empty verb in %q", line)
	}
	var err error
	if v.code, err = checkCode(cols[1]); err != nil {
		return nil, err
	}
	for _, f := range splitList(cols[2]) {
		if fam, ok := familyNames[f]; ok {
			v.fam = fam
			continue
		}
		fl, ok := flagNames[f]
		if !ok {
			return nil, fmt.Errorf("unknown flag %q", f)
		}
		v.flags |= fl
	}
	v.preps = splitList(cols[3])
	if len(v.preps) == 0 {
		v.preps = defaultPreps
	} else if v.preps[0] == "*" {
		v.preps = append(append([]string(nil), defaultPreps...), v.preps[1:]...)
	}
	if v.pats, err = parsePatterns(cols[4]); err != nil {
		return nil, err
	}
	return v, nil
}

// parsePatterns reads "w1/w2 w3=CODE; w4=CODE"; an alternative "@name"
// stands for the words of patternSets[name].
func parsePatterns(s string) ([]objPattern, error) {
	var out []objPattern
	for _, p := range strings.Split(s, ";") {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		eq := strings.LastIndexByte(p, '=')
		if eq < 0 {
			return nil, fmt.Errorf("pattern %q has no '='", p)
		}
		code, err := checkCode(p[eq+1:])
		if err != nil {
			return nil, err
		}
		op := objPattern{code: code}
		alts := strings.Split(p[:eq], "/")
		for i := 0; i < len(alts); i++ {
			alt := alts[i]
			if name, ok := strings.CutPrefix(alt, "@"); ok {
				// a word set of patternSets: its words are alternatives
				set, ok := patternSets[name]
				if !ok {
					return nil, fmt.Errorf("pattern %q names an unknown word set %q", p, alt)
				}
				alts = append(alts, strings.Split(set, "/")...)
				continue
			}
			ws := strings.Fields(strings.ReplaceAll(alt, "_", " "))
			if len(ws) == 0 {
				return nil, fmt.Errorf("empty alternative in pattern %q", p)
			}
			if strings.ContainsRune(alt, '=') {
				// "a=163 b=192": two patterns missing the ';' between them
				return nil, fmt.Errorf("pattern %q has two '=' (a missing ';')", p)
			}
			op.words = append(op.words, ws)
		}
		out = append(out, op)
	}
	return out, nil
}

// parseNounLine reads "noun | code | target preps | source preps | flags".
func parseNounLine(line string) (*nounEntry, error) {
	cols := strings.Split(line, "|")
	for len(cols) < 5 {
		cols = append(cols, "")
	}
	if len(cols) > 5 {
		return nil, fmt.Errorf("too many columns in %q", line)
	}
	n := &nounEntry{key: strings.Join(strings.Fields(cols[0]), " ")}
	if n.key == "" {
		return nil, fmt.Errorf("empty noun in %q", line)
	}
	var err error
	if n.code, err = checkCode(cols[1]); err != nil {
		return nil, err
	}
	if n.code == "" {
		return nil, fmt.Errorf("noun %q has no code", n.key)
	}
	n.tpreps = splitList(cols[2])
	n.spreps = splitList(cols[3])
	for _, f := range splitList(cols[4]) {
		fl, ok := flagNames[f]
		if !ok {
			return nil, fmt.Errorf("unknown flag %q", f)
		}
		n.flags |= fl
	}
	return n, nil
}

// negated maps the code of a negated verb ("will not accept", "did not
// attend") to an event, or "" when a negated verb is no event: negated
// cooperation is a refusal (12x); negated conflict, statements and appeals
// are not events ("relations are not directed against anyone").
func negated(code string) string {
	if code == "" {
		return ""
	}
	if codeOf(code, ccCooperation) {
		c, _ := derive(famRefuse, code)
		return c
	}
	return ""
}

// builtin is the lexicon of lexicon_table.go widened by the WordNet lines
// of lexicon_wordnet.go (generated by internal/wngen; hand entries win,
// which the generator guarantees by leaving them out). The tables are
// constants, so a malformed line is a programmer error caught by the
// package's tests.
var builtin = func() *lexicon {
	lx, err := parseLexicon(verbTable+"\n"+wordnetVerbTable, nounTable+"\n"+wordnetNounTable)
	if err != nil {
		panic("extract: " + err.Error())
	}
	for _, line := range strings.Split(wordnetIrregular, "\n") {
		if f := strings.Fields(line); len(f) == 2 {
			if _, ok := irregular[f[0]]; !ok {
				irregular[f[0]] = struct {
					base string
					form verbForm
				}{f[1], formPast}
			}
		}
	}
	return lx
}()

// withVerbs returns a lexicon with the verbs of PETRARCH verb dictionaries
// (the first dictionary naming a verb wins): a dictionary verb keeps the
// built-in entry's target prepositions and flags but takes its code and
// patterns from the dictionary, and no complement family. With only, the
// built-in verbs outside the dictionaries keep only their role as verbs of
// saying (reported speech) and the event nouns are dropped, so that the
// dictionaries alone decide the codes.
func withVerbs(base *lexicon, dicts []*VerbDictionary, only bool) *lexicon {
	lx := &lexicon{verbs: map[string]*verbEntry{}, phrasal: map[string]bool{}, nouns: base.nouns, nounSeqs: base.nounSeqs}
	if only {
		lx.nouns, lx.nounSeqs = map[string]*nounEntry{}, map[string][][]string{}
	}
	for k, v := range base.verbs {
		if only && v.fam != famSay {
			continue
		}
		if only {
			c := *v
			c.code, c.pats, c.flags = "", nil, c.flags&^flLight
			v = &c
		}
		lx.verbs[k] = v
		if sp := strings.IndexByte(k, ' '); sp > 0 {
			lx.phrasal[k[:sp]] = true
		}
	}
	done := map[string]bool{}
	for _, d := range dicts {
		for lemma, dv := range d.verbs {
			if done[lemma] {
				continue
			}
			done[lemma] = true
			e := verbEntry{key: lemma, preps: defaultPreps}
			if b := base.verbs[lemma]; b != nil {
				e = *b
			}
			e.code, e.pats, e.dict = dv.code, nil, dv
			e.flags &^= flLight | flCompNoun | flWeak
			if e.fam != famSay || dv.code != "" || len(dv.pats) > 0 {
				e.fam = famNone
			}
			lx.verbs[lemma] = &e
		}
	}
	return lx
}
