package extract

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/entente/entente/country"
	"github.com/entente/entente/dataset"
)

// ActorDictionary is a PETRARCH (TABARI) format actor dictionary: phrases
// with actor codes, optionally restricted to date windows.
//
// The format, one entry per line: a phrase with its code ("RUSSIA
// [RUS]"), synonyms on the following lines starting with "+"
// ("+RUSSIAN"), and date restrictions on tab-indented lines ("\t[RUSGOV
// >080508]", "\t[HOBGOV 19950601-19990815]", "\t[USR <911226]"; a code
// alone replaces the default). Words are joined by spaces or underscores;
// a phrase whose last word does not end in "_" is a stem ("ARGENTIN"
// matches "Argentina" and "Argentine"). Dates are YYYYMMDD or YYMMDD
// (YY 00–30 read as 20YY, else 19YY, as PETRARCH does). "#" starts a
// comment; "<!-- … -->" blocks are skipped. Codes "---", "+++" and "###"
// mark phrases that name no actor.
//
// Malformed lines are skipped, as PETRARCH does, and accounted for in
// Report (with the file, line and cause of the first ones).
type ActorDictionary struct {
	Name    string
	entries []dictEntry
	report  dataset.Report
}

// Report returns the account of the dictionary's lines: read, kept and
// rejected (each rejection a *dataset.ParseError naming the line).
func (d *ActorDictionary) Report() *dataset.Report { return &d.report }

// dictEntry is one actor of a dictionary: its phrases and codes.
type dictEntry struct {
	phrases [][]string // upper-case words
	stems   []bool     // the phrase's last word is a stem
	def     string     // default code
	windows []dictWindow
}

// dictWindow is a date-restricted code: before (< date), after (> date) or
// within [from, until].
type dictWindow struct {
	code        string
	from, until time.Time // zero = open
}

// Len returns the number of actors (entries) in the dictionary.
func (d *ActorDictionary) Len() int { return len(d.entries) }

// Lookup returns the code a phrase (as written in text, any case) has on
// day d (zero: the default code), and whether the dictionary has the
// phrase. It is meant for checking a dictionary; the coder matches phrases
// in text itself.
func (d *ActorDictionary) Lookup(phrase string, on time.Time) (string, bool) {
	words := strings.Fields(strings.ToUpper(strings.ReplaceAll(phrase, "_", " ")))
	for i := range d.entries {
		e := &d.entries[i]
		for pi, p := range e.phrases {
			if len(p) != len(words) {
				continue
			}
			ok := true
			for wi := range p {
				if p[wi] != words[wi] && !(wi == len(p)-1 && e.stems[pi] && strings.HasPrefix(words[wi], p[wi])) {
					ok = false
					break
				}
			}
			if ok {
				return e.codeOn(on), true
			}
		}
	}
	return "", false
}

// codeOn returns the entry's code on day d.
func (e *dictEntry) codeOn(d time.Time) string {
	if !d.IsZero() {
		for _, w := range e.windows {
			if (w.from.IsZero() || !d.Before(w.from)) && (w.until.IsZero() || !d.After(w.until)) {
				return w.code
			}
		}
	}
	return e.def
}

// LoadActors reads a PETRARCH-format actor dictionary file.
func LoadActors(path string) (*ActorDictionary, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ParseActors(f, path)
}

// dictLines yields the meaningful lines of a PETRARCH dictionary with
// their line numbers: comments ("#…", "<!-- … -->") removed, blank lines
// skipped, leading tabs kept.
func dictLines(r io.Reader, fn func(line string, n int) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	n := 0
	inComment := false
	for sc.Scan() {
		n++
		raw := sc.Text()
		if !utf8Valid(raw) {
			raw = latin1(raw) // the Phoenix dictionaries are not all UTF-8
		}
		line := raw
		for {
			if inComment {
				i := strings.Index(line, "-->")
				if i < 0 {
					line = ""
					break
				}
				line = line[i+3:]
				inComment = false
				continue
			}
			i := strings.Index(line, "<!")
			if i < 0 {
				break
			}
			end := strings.Index(line[i:], ">")
			if strings.HasPrefix(line[i:], "<!--") {
				end = strings.Index(line[i:], "-->")
				if end >= 0 {
					end += 2
				}
			}
			if end < 0 {
				line = line[:i]
				inComment = true
				break
			}
			line = line[:i] + line[i+end+1:]
		}
		if h := strings.IndexByte(line, '#'); h >= 0 {
			line = line[:h]
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		if err := fn(line, n); err != nil {
			return err
		}
	}
	return sc.Err()
}

// ParseActors reads a PETRARCH-format actor dictionary; name is used in
// errors. Malformed lines are skipped and accounted for in Report; the
// error is for a failed read only.
func ParseActors(r io.Reader, name string) (*ActorDictionary, error) {
	d := &ActorDictionary{Name: name}
	d.report.File = name
	d.report.Format = "petrarch-actors"
	var cur *dictEntry
	flush := func() {
		if cur != nil && len(cur.phrases) > 0 {
			d.entries = append(d.entries, *cur)
		}
		cur = nil
	}
	err := dictLines(r, func(line string, n int) error {
		d.report.Read++
		if e := d.actorLine(&cur, flush, line, n); e != nil {
			d.report.Reject(e, 0)
			return nil
		}
		d.report.Keep(time.Time{})
		return nil
	})
	flush()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return d, nil
}

// actorLine reads one line of an actor dictionary into the current entry.
func (d *ActorDictionary) actorLine(curp **dictEntry, flush func(), line string, n int) *dataset.ParseError {
	name := d.Name
	cur := *curp
	defer func() { *curp = cur }()
	{
		perr := func(format string, args ...any) *dataset.ParseError {
			return &dataset.ParseError{File: name, Line: n, Value: strings.TrimSpace(line), Err: fmt.Errorf("%w: "+format, append([]any{dataset.ErrSyntax}, args...)...)}
		}
		// windowErr: parseWindow's errors wrap their sentinel (ErrBadDate, ErrSyntax)
		windowErr := func(err error) *dataset.ParseError {
			return &dataset.ParseError{File: name, Line: n, Value: strings.TrimSpace(line), Err: err}
		}
		if line[0] == '\t' || line[0] == ' ' && strings.HasPrefix(strings.TrimSpace(line), "[") {
			// date restrictions of the current actor
			if cur == nil {
				return perr("a code line before any actor")
			}
			for _, blk := range codeBlocks(line) {
				w, def, err := parseWindow(blk)
				if err != nil {
					return windowErr(err)
				}
				if def {
					cur.def = w.code
				} else {
					cur.windows = append(cur.windows, w)
				}
			}
			return nil
		}
		text := strings.TrimSpace(line)
		synonym := strings.HasPrefix(text, "+")
		if synonym {
			if cur == nil {
				return perr("a synonym before any actor")
			}
			text = strings.TrimSpace(text[1:])
		} else {
			*curp = cur
			flush()
			cur = &dictEntry{}
		}
		phrase := text
		if i := strings.IndexByte(text, '['); i >= 0 {
			phrase = strings.TrimSpace(text[:i])
			for _, blk := range codeBlocks(text[i:]) {
				w, def, err := parseWindow(blk)
				if err != nil {
					return windowErr(err)
				}
				if def {
					cur.def = w.code
				} else {
					cur.windows = append(cur.windows, w)
				}
			}
		}
		if phrase == "" {
			return perr("no phrase")
		}
		words, stem := dictPhrase(phrase)
		if len(words) == 0 {
			return perr("no words in phrase")
		}
		cur.phrases = append(cur.phrases, words)
		cur.stems = append(cur.stems, stem)
		return nil
	}
}

// dictPhrase splits a dictionary phrase into upper-case words and reports
// whether its last word is a stem (no trailing underscore).
func dictPhrase(p string) ([]string, bool) {
	stem := !strings.HasSuffix(p, "_")
	p = strings.ToUpper(strings.ReplaceAll(p, "_", " "))
	return strings.Fields(p), stem
}

// codeBlocks returns the "[…]" blocks of a line.
func codeBlocks(s string) []string {
	var out []string
	for {
		i := strings.IndexByte(s, '[')
		if i < 0 {
			return out
		}
		j := strings.IndexByte(s[i:], ']')
		if j < 0 {
			return append(out, s[i+1:])
		}
		out = append(out, s[i+1:i+j])
		s = s[i+j+1:]
	}
}

// parseWindow reads "RUSGOV >080508", "HOBGOV 19950601-19990815", "USR
// <911226" or "RUS" (def = true). A bad date (or a range that ends before
// it starts) is an error wrapping dataset.ErrBadDate, any other malformed
// block one wrapping dataset.ErrSyntax.
func parseWindow(blk string) (dictWindow, bool, error) {
	f := strings.Fields(blk)
	if len(f) == 0 {
		return dictWindow{}, false, fmt.Errorf("%w: empty code", dataset.ErrSyntax)
	}
	w := dictWindow{code: strings.ToUpper(f[0])}
	if len(f) == 1 {
		return w, true, nil
	}
	rest := strings.Join(f[1:], "")
	switch {
	case strings.HasPrefix(rest, "<"):
		t, err := dictDate(rest[1:])
		if err != nil {
			return w, false, err
		}
		w.until = t.AddDate(0, 0, -1)
	case strings.HasPrefix(rest, ">"):
		t, err := dictDate(rest[1:])
		if err != nil {
			return w, false, err
		}
		w.from = t
	default:
		a, b, ok := strings.Cut(rest, "-")
		if !ok {
			return w, false, fmt.Errorf("%w: date restriction %q: want <date, >date or date-date", dataset.ErrSyntax, rest)
		}
		ta, err := dictDate(a)
		if err != nil {
			return w, false, err
		}
		tb, err := dictDate(b)
		if err != nil {
			return w, false, err
		}
		if tb.Before(ta) {
			return w, false, fmt.Errorf("%w: date restriction %q ends before it starts", dataset.ErrBadDate, rest)
		}
		w.from, w.until = ta, tb
	}
	return w, false, nil
}

// dictDate reads YYYYMMDD or YYMMDD (YY 00–30 → 20YY, else 19YY); an
// error wraps dataset.ErrBadDate.
func dictDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if len(s) == 7 {
		s = s[:6] // PETRARCH reads at most 7 characters as YYMMDD
	}
	switch len(s) {
	case 8:
		t, err := time.Parse("20060102", s)
		if err != nil {
			return t, fmt.Errorf("%w %q: %v", dataset.ErrBadDate, s, err)
		}
		return t, nil
	case 6:
		yy := int(s[0]-'0')*10 + int(s[1]-'0')
		if s[0] < '0' || s[0] > '9' || s[1] < '0' || s[1] > '9' {
			return time.Time{}, fmt.Errorf("%w %q: want YYYYMMDD or YYMMDD", dataset.ErrBadDate, s)
		}
		year := 1900 + yy
		if yy <= 30 {
			year = 2000 + yy
		}
		t, err := time.Parse("20060102", strconv.Itoa(year)+s[2:])
		if err != nil {
			return t, fmt.Errorf("%w %q: %v", dataset.ErrBadDate, s, err)
		}
		return t, nil
	}
	return time.Time{}, fmt.Errorf("%w %q: want YYYYMMDD or YYMMDD", dataset.ErrBadDate, s)
}

// AgentDictionary is a PETRARCH-format agent dictionary: role nouns with
// the sector code they give an actor ("PRESIDENT [~GOV]", "MSF {} [NGO~]"),
// plurals in braces ("TROOPS {}" has none; without braces an "S" or "IES"
// plural is derived) and substitution sets ("!MINST! = MINISTER, MINISTRY").
//
// Malformed lines are skipped, as PETRARCH does, and accounted for in
// Report.
type AgentDictionary struct {
	Name   string
	agents []dictAgent
	subst  map[string][]string // substitution sets, while parsing
	report dataset.Report
}

// Report accounts for the dictionary's lines: Read (non-blank, non-comment
// lines), Kept, and Rejected with the first malformed lines as samples.
func (d *AgentDictionary) Report() *dataset.Report { return &d.report }

type dictAgent struct {
	words  []string
	sector string
}

// Len returns the number of agent phrases (plurals included).
func (d *AgentDictionary) Len() int { return len(d.agents) }

// LoadAgents reads a PETRARCH-format agent dictionary file.
func LoadAgents(path string) (*AgentDictionary, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ParseAgents(f, path)
}

// ParseAgents reads a PETRARCH-format agent dictionary; name is used in
// errors. Malformed lines are skipped and accounted for in Report; the
// error is for a failed read only.
func ParseAgents(r io.Reader, name string) (*AgentDictionary, error) {
	d := &AgentDictionary{Name: name, subst: map[string][]string{}}
	d.report.File = name
	d.report.Format = "petrarch-agents"
	err := dictLines(r, func(line string, n int) error {
		d.report.Read++
		if e := d.agentLine(line, n); e != nil {
			d.report.Reject(e, 0)
			return nil
		}
		d.report.Keep(time.Time{})
		return nil
	})
	d.subst = nil
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return d, nil
}

// agentLine reads one line of an agent dictionary.
func (d *AgentDictionary) agentLine(line string, n int) *dataset.ParseError {
	name := d.Name
	text := strings.TrimSpace(line)
	if strings.HasPrefix(text, "!") && strings.Contains(text, "=") {
		k, v, _ := strings.Cut(text, "=")
		key := strings.Trim(strings.TrimSpace(k), "!")
		for _, it := range strings.Split(v, ",") {
			if it = strings.TrimSpace(it); it != "" {
				d.subst[key] = append(d.subst[key], strings.ToUpper(it))
			}
		}
		return nil
	}
	i := strings.IndexByte(text, '[')
	if i < 0 {
		return &dataset.ParseError{File: name, Line: n, Value: text, Err: fmt.Errorf("%w: an agent needs a [code]", dataset.ErrSyntax)}
	}
	blocks := codeBlocks(text[i:])
	code := ""
	if len(blocks) > 0 {
		code = strings.ToUpper(strings.TrimSpace(blocks[0]))
	}
	sector := strings.Trim(code, "~ ")
	phrase := strings.TrimSpace(text[:i])
	plural := ""
	hasBraces := false
	if b := strings.IndexByte(phrase, '{'); b >= 0 {
		hasBraces = true
		e := strings.IndexByte(phrase, '}')
		if e > b {
			plural = strings.TrimSpace(phrase[b+1 : e])
		}
		phrase = strings.TrimSpace(phrase[:b])
	}
	var phrases []string
	if a := strings.Index(phrase, "!"); a >= 0 {
		b := strings.Index(phrase[a+1:], "!")
		if b < 0 {
			return &dataset.ParseError{File: name, Line: n, Value: text, Err: fmt.Errorf("%w: unclosed substitution marker", dataset.ErrSyntax)}
		}
		key := phrase[a+1 : a+1+b]
		if _, ok := d.subst[key]; !ok {
			return &dataset.ParseError{File: name, Line: n, Value: text, Err: fmt.Errorf("%w: unknown substitution set %q", dataset.ErrSyntax, "!"+key+"!")}
		}
		for _, s := range d.subst[key] {
			phrases = append(phrases, phrase[:a]+s+phrase[a+b+2:])
		}
	} else {
		phrases = []string{phrase}
	}
	for _, p := range phrases {
		words, _ := dictPhrase(p)
		if len(words) == 0 {
			continue
		}
		d.agents = append(d.agents, dictAgent{words: words, sector: sector})
		if !hasBraces {
			last := words[len(words)-1]
			pl := pluralWord(strings.ToLower(last))
			pw := append(append([]string(nil), words[:len(words)-1]...), strings.ToUpper(pl))
			d.agents = append(d.agents, dictAgent{words: pw, sector: sector})
		} else if plural != "" {
			pw, _ := dictPhrase(plural)
			d.agents = append(d.agents, dictAgent{words: pw, sector: sector})
		}
	}
	return nil
}

// buildCustomGazetteer builds a gazetteer with the dictionaries' phrases
// first, then (unless only) the built-in tables.
func buildCustomGazetteer(dicts []*ActorDictionary, agents []*AgentDictionary, only bool) *gazetteer {
	g := &gazetteer{byFirst: map[string][]gazEntry{}}
	for _, d := range dicts {
		for i := range d.entries {
			e := &d.entries[i]
			ent := &entity{kind: entDict, dict: e, name: strings.Join(e.phrases[0], " ")}
			for pi, p := range e.phrases {
				words := make([]string, len(p))
				for wi, w := range p {
					words[wi] = country.Normalize(w)
				}
				if e.stems[pi] {
					se := *ent
					se.stem = true
					g.add(strings.Join(words, " "), &se)
				} else {
					g.add(strings.Join(words, " "), ent)
				}
			}
		}
	}
	for _, d := range agents {
		for _, a := range d.agents {
			words := make([]string, len(a.words))
			for wi, w := range a.words {
				words[wi] = country.Normalize(w)
			}
			g.add(strings.Join(words, " "), &entity{kind: entAgent, sector: a.sector, name: strings.ToLower(strings.Join(a.words, " "))})
		}
	}
	if !only {
		base := defaultGazetteer()
		for k, list := range base.byFirst {
			for _, e := range list {
				g.add(strings.Join(e.words, " "), e.ent)
			}
			_ = k
		}
	}
	g.sort()
	g.stemmed = g.collectStems()
	return g
}

func utf8Valid(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return strings.ToValidUTF8(s, "\x00") == s
		}
	}
	return true
}

// latin1 decodes ISO 8859-1 bytes.
func latin1(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		b.WriteRune(rune(s[i]))
	}
	return b.String()
}
