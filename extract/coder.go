package extract

import (
	"fmt"
	"math"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/entente/entente/dataset"
)

// The Coder: its options, the article loop (Code, CodeWithStats), boilerplate
// and title handling, building an event and the within-sentence and
// within-article merges.

// Errors of the coder. Each wraps a dataset sentinel, so errors.Is works
// with either.
var (
	// ErrEncoding: an article's text is not valid UTF-8 or holds NUL bytes
	// (binary data).
	ErrEncoding = fmt.Errorf("extract: %w", dataset.ErrEncoding)
	// ErrTooLong: an article's text is longer than Options.MaxBytes.
	ErrTooLong = fmt.Errorf("extract: %w", dataset.ErrLineTooLong)
)

// DefaultMaxBytes is the longest article text coded by default (16 MiB).
const DefaultMaxBytes = 16 << 20

// Options configure a Coder. A nil *Options, and every zero field, means
// the default.
type Options struct {
	// Dictionaries are PETRARCH-format actor dictionaries (LoadActors)
	// consulted before the built-in tables: their phrases win.
	Dictionaries []*ActorDictionary
	// Agents are PETRARCH-format agent dictionaries (LoadAgents): role
	// nouns consulted before the built-in agents table.
	Agents []*AgentDictionary
	// Discards are PETRARCH-format discard lists (LoadDiscards): a
	// sentence containing one of their sentence phrases is not coded, and
	// an article containing one of their story phrases is not coded at
	// all (counted in CodeStats.Discarded).
	Discards []*DiscardList
	// Verbs are PETRARCH-format verb dictionaries (LoadVerbs): their verbs
	// are coded with the dictionary's codes and patterns instead of the
	// built-in lexicon's (see VerbDictionary for the subset read), as they
	// are — future tense and "about to" do not turn them into intentions;
	// negation still does (to a refusal or no event).
	Verbs []*VerbDictionary
	// OnlyDictionaries codes with the given dictionaries and agents alone,
	// without the built-in country, officials, groups, places and agents
	// tables (for PETRARCH's validation records and their fictional
	// world); with Verbs, the verb dictionaries alone give codes (the
	// built-in verbs of saying still introduce reported speech).
	OnlyDictionaries bool
	// RequireDyad drops events whose source or target is unknown. By
	// default an event with one known side is kept ("Israeli soldiers
	// arrested …" with an unresolved target).
	RequireDyad bool
	// Statements also codes the explicit statement codes 011–019
	// (decline comment, pessimistic or optimistic comment, deny, …).
	// Bare statements (010, "said") are never coded. Off by default:
	// statements have no PLOVER category.
	Statements bool
	// KeepBoilerplate codes the lines after a web page's footer markers
	// ("Leave a Reply", "Share this article", "Read next", "Prev Post"),
	// which are dropped by default (they are other articles' headlines and
	// page furniture; their count is in CodeStats.Boilerplate).
	KeepBoilerplate bool
	// MaxBytes bounds an article's text (default DefaultMaxBytes); longer
	// texts return ErrTooLong.
	MaxBytes int
}

// Coder turns news text into CAMEO-coded events. It is safe for concurrent
// use: Code and CodeSentence do not modify it.
type Coder struct {
	opts    Options
	lex     *lexicon
	matcher *actorMatcher
}

// NewCoder returns a Coder. It fails only if a dictionary given in opts is
// unusable (nil).
func NewCoder(opts *Options) (*Coder, error) {
	c := &Coder{lex: builtin}
	if opts != nil {
		c.opts = *opts
	}
	for i, d := range c.opts.Dictionaries {
		if d == nil {
			return nil, fmt.Errorf("extract: Options.Dictionaries[%d] is nil", i)
		}
	}
	for i, d := range c.opts.Agents {
		if d == nil {
			return nil, fmt.Errorf("extract: Options.Agents[%d] is nil", i)
		}
	}
	for i, d := range c.opts.Verbs {
		if d == nil {
			return nil, fmt.Errorf("extract: Options.Verbs[%d] is nil", i)
		}
	}
	for i, l := range c.opts.Discards {
		if l == nil {
			return nil, fmt.Errorf("extract: Options.Discards[%d] is nil", i)
		}
	}
	if len(c.opts.Verbs) > 0 {
		c.lex = withVerbs(builtin, c.opts.Verbs, c.opts.OnlyDictionaries)
	}
	if c.opts.MaxBytes <= 0 {
		c.opts.MaxBytes = DefaultMaxBytes
	}
	if len(c.opts.Dictionaries) == 0 && len(c.opts.Agents) == 0 && !c.opts.OnlyDictionaries {
		c.matcher = &actorMatcher{gaz: defaultGazetteer()}
	} else {
		c.matcher = &actorMatcher{gaz: buildCustomGazetteer(c.opts.Dictionaries, c.opts.Agents, c.opts.OnlyDictionaries)}
	}
	return c, nil
}

// CodeStats accounts for one article: sentences read, coded (at least one
// event), skipped as questions, as boilerplate, discarded (Options.Discards;
// every sentence of a discarded story), and the events produced.
type CodeStats struct {
	Sentences   int
	Coded       int
	Questions   int
	Boilerplate int
	Discarded   int
	Events      int
}

// Code codes one article and returns its events in sentence order (of
// their first report; an event the article tells several times is one
// event with several Evidence, see mergeArticle), each with its Evidence (article id and URL, sentence index, byte span of the
// coded clause in Article.Document(), sentence text). Events of an
// undated article have a zero Date. It returns ErrEncoding for text that
// is not UTF-8 and ErrTooLong for text over Options.MaxBytes; it never
// panics on any input.
func (c *Coder) Code(a Article) ([]dataset.Event, error) {
	evs, _, err := c.CodeWithStats(a)
	return evs, err
}

// CodeWithStats is Code with the article's account.
func (c *Coder) CodeWithStats(a Article) ([]dataset.Event, CodeStats, error) {
	var st CodeStats
	doc := a.Document()
	if len(doc) > c.opts.MaxBytes {
		return nil, st, fmt.Errorf("%w: article %q has %d bytes (limit %d)", ErrTooLong, a.ID, len(doc), c.opts.MaxBytes)
	}
	if !utf8.ValidString(doc) || strings.IndexByte(doc, 0) >= 0 {
		return nil, st, fmt.Errorf("%w: article %q is not UTF-8 text", ErrEncoding, a.ID)
	}
	d := c.newDoc(a, doc)
	story := false
	for _, l := range c.opts.Discards {
		if len(l.story) > 0 && discardIn(d.toks, 0, len(d.toks), l.story) {
			story = true
			break
		}
	}
	var out []dataset.Event
	for i := range d.sents {
		if d.sents[i].boiler {
			st.Boilerplate++
			continue
		}
		st.Sentences++
		if story || c.discarded(d, i) {
			st.Discarded++
			continue
		}
		evs, question := c.codeSentence(d, i)
		if question {
			st.Questions++
		}
		if len(evs) > 0 {
			st.Coded++
		}
		out = append(out, evs...)
	}
	out = mergeArticle(out)
	st.Events = len(out)
	return out, st, nil
}

// mergeArticle merges the repeated events of one article — the same event
// told in the title, the lead and the body: same day, source and target
// state and code — into one event with every Evidence and Reports 1 (one
// article). It is the only place this merge happens, so the library, `report
// extract` and `report` count the same events; Dedup and Deduper then merge
// across articles. Undated events are never merged.
func mergeArticle(evs []dataset.Event) []dataset.Event {
	if len(evs) < 2 {
		return evs
	}
	out, _ := dataset.Dedup(evs, &dataset.DedupOptions{Key: dataset.DedupCountries})
	for i := range out {
		out[i].Reports = 1
	}
	return out
}

// discarded reports whether sentence i holds a sentence discard phrase.
func (c *Coder) discarded(d *docState, i int) bool {
	for _, l := range c.opts.Discards {
		if discardIn(d.toks, d.sents[i].from, d.sents[i].to, l.sentence) {
			return true
		}
	}
	return false
}

// CodeSentence codes a single sentence (or short text) published on
// published (zero: undated) and returns its events; Evidence.Doc is empty.
// Text that cannot be coded (not UTF-8, too long) gives no events.
func (c *Coder) CodeSentence(text string, published time.Time) []dataset.Event {
	evs, _ := c.Code(Article{Text: text, Published: published})
	return evs
}

func day0(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	return day(t)
}

// boilerplateMarkers open the footer of a web page: everything after the
// first of them is page furniture or links to other articles.
var boilerplateMarkers = []string{
	"leave a reply", "leave a comment", "share this article", "share this", "read next", "read more",
	"prev post", "previous post", "next post", "related articles", "related posts", "related stories",
	"you may also like", "back to top", "subscribe to our newsletter", "sign up for our newsletter",
	"all rights reserved", "shareable url", "more from", "recommended for you", "trending now",
}

func isBoilerplateMarker(toks []token, from, to int) bool {
	if to-from > 8 {
		return false
	}
	var b strings.Builder
	for k := from; k < to; k++ {
		if toks[k].kind != tkWord && toks[k].kind != tkNumber {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(toks[k].low)
	}
	line := b.String()
	for _, m := range boilerplateMarkers {
		if line == m || strings.HasPrefix(line, m+" ") && len(line) < len(m)+12 {
			return true
		}
	}
	return false
}

// isTitleCase reports whether most words of a sentence are capitalised
// (a headline), so that capitalised verbs are still verbs.
func isTitleCase(toks []token, from, to int) bool {
	words, caps := 0, 0
	for k := from; k < to; k++ {
		t := &toks[k]
		if t.kind != tkWord || len(t.low) <= 3 && functionWord[t.low] || prepositions[t.low] || t.low == "and" {
			continue
		}
		words++
		if t.cap {
			caps++
		}
	}
	return words >= 3 && caps*10 >= words*8
}

// newEvent builds an event with code, actors, date and evidence.
func (c *Coder) newEvent(d *docState, si *sentInfo, code string, src, tgt dataset.Actor, from, to int) (dataset.Event, bool) {
	e := dataset.NewEvent()
	if !e.SetCode(code) {
		return e, false
	}
	e.PLOVER = ploverOf(code)
	e.Source, e.Target = src, tgt
	e.Articles = 1
	start, end := d.toks[from].start, d.toks[to-1].end
	e.Evidence = []dataset.Evidence{{Doc: d.a.ID, URL: d.a.URL, Sentence: si.s.Index, Start: start, End: end, Text: si.s.Text}}
	e.URL = d.a.URL
	e.Confidence = math.NaN()
	return e, true
}

// dedupSentence drops repeated events of one sentence (same actors and
// code), keeping the first.
func dedupSentence(evs []dataset.Event) []dataset.Event {
	if len(evs) < 2 {
		return evs
	}
	out := evs[:0]
	for i := range evs {
		dup := false
		for j := range out {
			if out[j].Code == evs[i].Code && out[j].Source.Code == evs[i].Source.Code && out[j].Target.Code == evs[i].Target.Code {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, evs[i])
		}
	}
	return out
}
