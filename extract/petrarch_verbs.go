package extract

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/entente/entente/cameo"
	"github.com/entente/entente/dataset"
)

// VerbDictionary is a PETRARCH (TABARI) format verb dictionary: verbs with
// the event code they express, refined by patterns of the words around
// them. The subset read, one construct a line:
//
//	&SYNSET            a set of words; "+WORD" lines follow
//	--- WORD [CODE] ---   a block: the verbs below code CODE by default
//	VERB [CODE]        a verb of the block (a code of its own optional;
//	                   "{…}" irregular forms and "+VERB" synonyms allowed)
//	- WORDS * WORDS [CODE]   a pattern: words before and after the verb
//	                   ("*"), in order, other words may stand between;
//	                   "_" joins words that must be adjacent; "&SYNSET"
//	                   stands for any of its words
//
// The source and target markers of patterns ("$", "+", "^", "%") are read
// as plain words: the coder assigns source and target itself. A code of
// the form "013:012" is read as its first part; "---" and codes that are
// not CAMEO codes (the WEIS-era codes of PETRARCH's validation suite, such
// as 345 or 1717) code no event. Multi-word verbs ("KLM_NOP_+RST") are
// skipped and counted as filtered in Report; malformed lines are rejected
// and counted, as PETRARCH skips them.
type VerbDictionary struct {
	Name   string
	verbs  map[string]*dictVerb
	report dataset.Report
}

// dictVerb is one verb of a verb dictionary: its default code ("" for no
// event) and its patterns, longest first.
type dictVerb struct {
	code string
	pats []dictPattern
}

// dictPattern is a verb pattern: items before and after the verb, each a
// list of alternative word sequences.
type dictPattern struct {
	before, after [][][]string
	code          string
	n             int // number of words, for preferring the longest match
}

// Len returns the number of verbs.
func (d *VerbDictionary) Len() int { return len(d.verbs) }

// Report accounts for the dictionary's lines: Read, Kept, Rejected
// (malformed, with samples) and Filtered (constructs outside the subset
// read, by reason).
func (d *VerbDictionary) Report() *dataset.Report { return &d.report }

// Code returns the code the dictionary gives verb (a lemma, any case) with
// no pattern matching, and whether the verb is in the dictionary.
func (d *VerbDictionary) Code(verb string) (string, bool) {
	v, ok := d.verbs[strings.ToLower(verb)]
	if !ok {
		return "", false
	}
	return v.code, true
}

// LoadVerbs reads a PETRARCH-format verb dictionary file.
func LoadVerbs(path string) (*VerbDictionary, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ParseVerbs(f, path)
}

// ParseVerbs reads a PETRARCH-format verb dictionary; name is used in
// errors. Malformed lines are skipped and accounted for in Report; the
// error is for a failed read only.
func ParseVerbs(r io.Reader, name string) (*VerbDictionary, error) {
	d := &VerbDictionary{Name: name, verbs: map[string]*dictVerb{}}
	d.report.File = name
	d.report.Format = "petrarch-verbs"
	p := &verbParser{d: d, synsets: map[string][][]string{}}
	err := dictLines(r, func(line string, n int) error {
		d.report.Read++
		filtered, perr := p.line(strings.TrimSpace(line), n)
		switch {
		case perr != nil:
			d.report.Reject(perr, 0)
		case filtered != "":
			d.report.Filter(filtered)
		default:
			d.report.Keep(time.Time{})
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	for _, v := range d.verbs {
		sort.SliceStable(v.pats, func(i, j int) bool { return v.pats[i].n > v.pats[j].n })
	}
	return d, nil
}

// verbParser holds the state of ParseVerbs between lines.
type verbParser struct {
	d         *VerbDictionary
	synsets   map[string][][]string
	synset    string   // the synset being read ("+" lines add to it)
	blockCode string   // the current block's default code
	blockOK   bool     // inside a block
	verbs     []string // the verbs of the current block (patterns apply to them)
	lastVerb  bool     // the previous line was a verb ("+" lines are synonyms)
}

func (p *verbParser) fail(n int, text, format string, a ...any) *dataset.ParseError {
	return &dataset.ParseError{File: p.d.Name, Line: n, Value: text, Err: fmt.Errorf("%w: "+format, append([]any{dataset.ErrSyntax}, a...)...)}
}

// line reads one line; it returns a filter reason for constructs outside
// the subset read.
func (p *verbParser) line(text string, n int) (string, *dataset.ParseError) {
	switch {
	case strings.HasPrefix(text, "&"):
		name := strings.TrimRight(strings.ToUpper(strings.TrimSpace(text)), "_")
		if strings.ContainsAny(name, " \t[") {
			return "", p.fail(n, text, "a synset name is one word")
		}
		p.synset, p.lastVerb = name, false
		p.synsets[name] = nil
		return "", nil
	case strings.HasPrefix(text, "+") && p.synset != "":
		words := splitDictWords(text[1:])
		if len(words) == 0 {
			return "", p.fail(n, text, "an empty synset member")
		}
		p.synsets[p.synset] = append(p.synsets[p.synset], words)
		return "", nil
	case strings.HasPrefix(text, "---"):
		p.synset, p.lastVerb = "", false
		body := strings.TrimSpace(strings.Trim(text, "-"))
		blocks := codeBlocks(body)
		if len(blocks) == 0 {
			return "", p.fail(n, text, "a block header needs a [code]")
		}
		p.blockCode, p.blockOK, p.verbs = dictCode(blocks[0]), true, nil
		return "", nil
	case strings.HasPrefix(text, "-"):
		p.synset, p.lastVerb = "", false
		if !p.blockOK {
			return "", p.fail(n, text, "a pattern outside a verb block")
		}
		return p.pattern(text, n)
	}
	// a verb (or a "+" synonym of the previous verb)
	if strings.HasPrefix(text, "+") {
		if !p.lastVerb {
			return "", p.fail(n, text, "a \"+\" line outside a synset or verb list")
		}
		text = text[1:]
	}
	p.synset = ""
	if !p.blockOK {
		return "", p.fail(n, text, "a verb outside a verb block")
	}
	code := p.blockCode
	phrase := text
	if i := strings.IndexByte(text, '['); i >= 0 {
		blocks := codeBlocks(text[i:])
		if len(blocks) > 0 {
			code = dictCode(blocks[0])
		}
		phrase = text[:i]
	}
	if i := strings.IndexByte(phrase, '{'); i >= 0 {
		phrase = phrase[:i]
	}
	words := splitDictWords(phrase)
	if len(words) == 0 {
		return "", p.fail(n, text, "an empty verb")
	}
	p.lastVerb = true
	if len(words) > 1 {
		return "multi-word verb", nil
	}
	lemma := words[0]
	if irr, ok := irregular[lemma]; ok {
		lemma = irr.base
	}
	if _, dup := p.d.verbs[lemma]; !dup {
		p.d.verbs[lemma] = &dictVerb{code: code}
	}
	p.verbs = append(p.verbs, lemma)
	return "", nil
}

// pattern reads "- WORDS * WORDS [CODE]".
func (p *verbParser) pattern(text string, n int) (string, *dataset.ParseError) {
	body := strings.TrimSpace(text[1:])
	i := strings.IndexByte(body, '[')
	if i < 0 {
		return "", p.fail(n, text, "a pattern needs a [code]")
	}
	blocks := codeBlocks(body[i:])
	code := ""
	if len(blocks) > 0 {
		code = dictCode(blocks[0])
	}
	body = body[:i]
	star := strings.IndexByte(body, '*')
	if star < 0 {
		return "", p.fail(n, text, "a pattern needs the verb's place (*)")
	}
	pat := dictPattern{code: code}
	for side, part := range []string{body[:star], body[star+1:]} {
		for _, item := range strings.Fields(part) {
			alts, ok := p.item(item)
			if !ok {
				return "", p.fail(n, text, "unknown synset in %q", item)
			}
			if len(alts) == 0 {
				continue
			}
			if side == 0 {
				pat.before = append(pat.before, alts)
			} else {
				pat.after = append(pat.after, alts)
			}
			pat.n += len(alts[0])
		}
	}
	if pat.n == 0 {
		return "", nil // "- * [code]": the verb's own code
	}
	if len(p.verbs) == 0 {
		return "", p.fail(n, text, "a pattern before the block's verbs")
	}
	for _, v := range p.verbs {
		dv := p.d.verbs[v]
		dv.pats = append(dv.pats, pat)
	}
	return "", nil
}

// item expands one space-separated pattern item ("DIPLOMATIC",
// "NEW_&TIETYPES_RELATIONS", "IN_*_OUT" halves) into alternative word
// sequences; markers ($ + ^ %) are dropped. ok is false for an unknown
// synset.
func (p *verbParser) item(s string) ([][]string, bool) {
	alts := [][]string{nil}
	for _, part := range strings.Split(s, "_") {
		part = strings.Trim(part, "$+^%")
		if part == "" {
			continue
		}
		if strings.HasPrefix(part, "&") {
			members, ok := p.synsets[strings.TrimRight(strings.ToUpper(part), "_")]
			if !ok {
				return nil, false
			}
			var next [][]string
			for _, a := range alts {
				for _, m := range members {
					next = append(next, append(append([]string(nil), a...), m...))
				}
			}
			alts = next
			continue
		}
		for k := range alts {
			alts[k] = append(alts[k], strings.ToLower(part))
		}
	}
	if len(alts) == 1 && len(alts[0]) == 0 {
		return nil, true
	}
	return alts, true
}

// splitDictWords splits a dictionary phrase on spaces and underscores into
// lower-case words, dropping markers.
func splitDictWords(s string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '\t' || r == '_' }) {
		if f = strings.Trim(f, "$+^%"); f != "" {
			out = append(out, strings.ToLower(f))
		}
	}
	return out
}

// dictCode reads a dictionary code: "013:012" → "013"; "---", "+++" and
// codes that are not CAMEO codes → "" (no event).
func dictCode(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, ':'); i >= 0 {
		s = s[:i]
	}
	if !cameo.Valid(s) {
		return ""
	}
	return s
}

// match returns the code of the verb at toks[at] by its longest matching
// pattern, else its default code.
func (v *dictVerb) match(toks []token, left, at, end, right int) string {
	for i := range v.pats {
		pt := &v.pats[i]
		if matchItems(toks, left, at, pt.before) && matchItems(toks, end, right, pt.after) {
			return pt.code
		}
	}
	return v.code
}

// matchItems reports whether the items occur in order in toks[from:to],
// each alternative a run of adjacent words.
func matchItems(toks []token, from, to int, items [][][]string) bool {
	k := from
	for _, alts := range items {
		found := false
		for ; k < to && !found; k++ {
			for _, ws := range alts {
				if dictSeqAt(toks, k, to, ws) {
					found = true
					k += len(ws) - 1
					break
				}
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// dictSeqAt reports whether words ws stand at toks[k:]: a word matches
// the token's lower-case form or its singular, and a word of five letters
// or more also as a prefix (PETRARCH's stems: "diplomatic" in
// "diplomatically").
func dictSeqAt(toks []token, k, to int, ws []string) bool {
	if k+len(ws) > to {
		return false
	}
	for i, w := range ws {
		t := toks[k+i].low
		if t == w || nounSingular(t) == w || len(w) >= 5 && strings.HasPrefix(t, w) {
			continue
		}
		return false
	}
	return true
}
