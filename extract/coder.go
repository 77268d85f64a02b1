package extract

import (
	"fmt"
	"math"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/entente/entente/dataset"
)

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
	visitTarget    string // destination of the article's visit, for "arrived" without one
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

// codeSentence codes sentence i of the document.
func (c *Coder) codeSentence(d *docState, i int) ([]dataset.Event, bool) {
	si := &d.sents[i]
	toks := d.toks
	from, to := si.from, si.to
	ms := si.mentions
	// mention index per token
	// mention index per token: 2 in a phrase that can be an argument, 1 in
	// a modifier ("Chinese imports")
	mentionAt := make([]int8, to-from)
	for mi := range ms {
		v := int8(1)
		if ms[mi].head || ms[mi].poss || ms[mi].pair || ms[mi].kind != mkActor {
			v = 2
		}
		for k := ms[mi].from; k < ms[mi].to; k++ {
			if k >= from && k < to {
				mentionAt[k-from] = v
			}
		}
	}
	inQuote := quoteMask(toks, from, to)
	preds := findPredicates(toks, from, to, c.lex, mentionAt, isTitleCase(toks, from, to))
	clauseBoundaries(toks, from, to, preds, inQuote)
	c.linkComplements(toks, from, to, preds)
	markScheduled(si, preds, d.pub)
	for _, p := range preds {
		if p.entry.dict == nil && negativeSubject(toks, from, p) {
			p.neg = true // "Neither side signed …", "No country recognised …"
		}
	}
	condStart := conditionalStarts(toks, from, to)

	// resolve pronouns and collectives against the discourse
	res := make([][]dataset.Actor, len(ms))
	for mi := range ms {
		res[mi] = d.resolve(&ms[mi], ms, mi, toks, inQuote, from)
	}

	var out []dataset.Event
	var subjects [][]dataset.Actor // per predicate, for coordinated verbs
	subjects = make([][]dataset.Actor, len(preds))
	for pi, p := range preds {
		subj, subjIdx := c.subject(toks, from, preds, pi, ms, res, subjects)
		if mi := possessorOfNoun(toks, from, ms, res, p); mi >= 0 {
			// "welcomed Pakistan's decision to release the pilot": the
			// decision, and the release, are Pakistan's
			subj, subjIdx = res[mi], mi
		}
		subjects[pi] = subj
		if p.consumed {
			continue
		}
		if si.question || p.spec || p.oblig || isCond(condStart, p.at) || inQuote[p.at-from] || pendingClause(toks, from, p) || nounComplement(toks, from, p) || p.infin && speculativeBefore(toks, from, p) {
			continue
		}
		if pi > 0 && p.infin && objectBefore(toks, ms, res, p.at-1, preds[pi-1].target) {
			// "will visit Mauritania and Senegal to mediate": a purpose
			// infinitive right after the previous verb's object
			p.prevTarget = preds[pi-1].target
		}
		evs := c.events(d, si, p, subj, subjIdx, ms, res)
		if p.partcl && p.gerund && consequence(out, evs) {
			// "shelled Kharkiv overnight, killing three civilians": the
			// deaths are the attack's, not a second event
			continue
		}
		out = append(out, evs...)
	}
	// noun events with an explicit source: "Putin's state visit to China"
	out = append(out, c.nounEvents(d, si, preds, subjects, ms, res, inQuote)...)
	// force nouns as subjects: "Russian strikes on Kyiv killed …"
	out = append(out, c.forceSubjects(d, si, preds, subjects, ms, res)...)
	out = dedupSentence(out)
	// update the discourse: antecedents, and whether the sentence was
	// about the past (an undated past-tense sentence after it inherits it)
	d.remember(ms, res, preds, subjects, toks)
	for i := len(out) - 1; i >= 0; i-- {
		var who dataset.Actor
		if sc := stateCodes([]dataset.Actor{out[i].Source}); len(sc) == 1 && out[i].Source.Country != "" {
			who = makeActor(sc[0], "", out[i].Source.Name)
		} else if strings.HasPrefix(out[i].Source.Code, "IGO") {
			who = out[i].Source // "the G7 agreed … Moscow denounced the plan"
		} else {
			continue
		}
		d.lastSources = append([][]dataset.Actor{{who}}, d.lastSources...)
		if len(d.lastSources) > 4 {
			d.lastSources = d.lastSources[:4]
		}
		break
	}
	d.prevBackground = false
	if len(out) > 0 {
		bg := true
		for i := range out {
			if !out[i].Background {
				bg = false
				break
			}
		}
		d.prevBackground = bg
		if bg {
			d.prevBgDate = out[0].Date
		}
	}
	if si.question {
		return nil, true
	}
	return out, false
}

// consequence reports whether the events of a participle clause (", killing
// …") only restate the violence of events already coded in the sentence by
// the same source: every one is force (roots 18–20) and so is an earlier
// one of its source.
func consequence(before, evs []dataset.Event) bool {
	if len(evs) == 0 {
		return false
	}
	for i := range evs {
		if !codeOf(evs[i].Code, ccForce) {
			return false
		}
		found := false
		for j := range before {
			if codeOf(before[j].Code, ccForce) && before[j].Source.Country == evs[i].Source.Country {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// markScheduled marks as future the verbs not in a past tense whose
// clause is dated after publication ("Harbin, which is hosting an expo on
// Friday", "the summit opens next week"): a schedule, coded as an
// intention like "will".
func markScheduled(si *sentInfo, preds []*predicate, pub time.Time) {
	if pub.IsZero() {
		return
	}
	for _, p := range preds {
		if p.future || p.form == formPast || p.form == formPart || p.perfect {
			continue
		}
		for i := range si.dates {
			ds := &si.dates[i]
			if ds.anchor && ds.from > p.left && ds.from < p.right && ds.date.After(pub) {
				p.future = true
				break
			}
		}
	}
}

// negativeSubject reports whether the clause of p opens with a negative
// quantifier ("neither", "no", "none of", "nobody") before its verb.
func negativeSubject(toks []token, from int, p *predicate) bool {
	k := p.left + 1
	if k < from {
		k = from
	}
	for k < p.at && (toks[k].kind == tkQuote || toks[k].low == ",") {
		k++
	}
	if k >= p.at || p.infin || p.gerund || p.partcl {
		return false
	}
	switch toks[k].low {
	case "neither", "no", "none", "nobody", "nothing":
		return k+1 < p.at && toks[k+1].low != "longer" && toks[k+1].low != "doubt"
	}
	return false
}

// intentNouns are nouns whose infinitive is their owner's act ("Pakistan's
// decision to release", "its plan to build", "Moscow's offer to mediate").
var intentNouns = map[string]bool{
	"decision": true, "plan": true, "plans": true, "offer": true, "proposal": true, "move": true,
	"bid": true, "attempt": true, "intention": true, "readiness": true, "willingness": true,
	"commitment": true, "pledge": true, "promise": true, "threat": true, "refusal": true,
	"effort": true, "efforts": true, "agreement": true, "order": true, "call": true, "request": true,
}

// possessorOfNoun returns the mention owning the noun before an
// infinitive predicate ("Pakistan's decision to release": the mention
// "Pakistan's"), or -1.
func possessorOfNoun(toks []token, from int, ms []mention, res [][]dataset.Actor, p *predicate) int {
	if !p.infin || p.at-2 < from || toks[p.at-1].low != "to" || !intentNouns[toks[p.at-2].low] {
		return -1
	}
	n := p.at - 2
	for mi := len(ms) - 1; mi >= 0; mi-- {
		m := &ms[mi]
		if m.to > n || len(res[mi]) == 0 {
			continue
		}
		if (m.poss || m.kind == mkPronoun && isPossPronoun(m.pron)) && possReaches(toks, m.to, n) {
			return mi
		}
		break
	}
	return -1
}

// conditionalStarts returns the token indexes of "if", "unless" and
// "whether" in the sentence: the clause each opens is hypothetical.
func conditionalStarts(toks []token, from, to int) []int {
	var out []int
	for k := from; k < to; k++ {
		switch toks[k].low {
		case "if", "unless", "whether":
			out = append(out, k)
		}
	}
	return out
}

// isCond reports whether the verb at k sits in a conditional clause: after
// "if" and before the next comma or clause boundary.
func isCond(starts []int, k int) bool {
	for _, s := range starts {
		if s < k && k-s <= 12 {
			return true
		}
	}
	return false
}

// linkComplements attaches infinitive and that-clause complements to the
// verbs of a family ("agreed to visit", "urged X to reduce", "threatened
// to impose") and marks intent frames ("is expected to meet") as future.
func (c *Coder) linkComplements(toks []token, from, to int, preds []*predicate) {
	defer propagateConsumption(preds)
	for i, p := range preds {
		if p.entry.key == "help" && i+1 < len(preds) && preds[i+1].at == p.end && preds[i+1].form == formBase {
			// "help support X": the supported act is the event
			p.consumed = true
			continue
		}
		if p.infin {
			// "to" + verb: look for an intent frame before "to"
			tk := p.at - 1
			for tk > from && adverbs[toks[tk].low] {
				tk--
			}
			if tk >= from && toks[tk].low == "to" {
				if f := frameBefore(toks, from, tk); f == famIntent {
					p.future = true
				} else if f == famRefuse {
					p.neg = true
				}
			}
		}
		// "is expected to meet X and travel to Y": coordinated verbs share
		// the future
		if i > 0 && !p.future && preds[i-1].future && p.form == formBase && coordinated(toks, from, preds[i-1], p) {
			p.future = true
		}
		if codeOf(p.entry.code, ccCharges) {
			// "accused X of violating …, ignoring … and sending …": the
			// charges are not events of their own
			for j := i + 1; j < len(preds) && preds[j].at <= p.right+12; j++ {
				if preds[j].gerund || preds[j].partcl {
					preds[j].consumed = true
				} else {
					break
				}
			}
		}
		fam := p.entry.fam
		if fam == famNone || fam == famSay {
			continue
		}
		if (fam == famDemand || fam == famAppeal) && thatFollows(toks, p.end, to) {
			// "demanded that the US cancel …": the clause is the demand
			for j := i + 1; j < len(preds); j++ {
				if preds[j].at > p.end+12 {
					break
				}
				if preds[j].at > p.end {
					p.comp = preds[j]
					preds[j].consumed = true
					p.compObj = preds[j].at
					break
				}
			}
			continue
		}
		// the complement: the next predicate that is an infinitive, or the
		// first verb of a that-clause, within the clause
		for j := i + 1; j < len(preds); j++ {
			q := preds[j]
			if q.at > p.right+1 && !(q.infin && q.at <= p.right+8) {
				break
			}
			if q.infin || q.gerund && (fam == famRefuse || fam == famIntent) || fam == famDemand || fam == famAppeal || fam == famThreat || fam == famIntent {
				if q.infin || q.at-p.end <= 8 {
					p.comp = q
					q.consumed = true
					p.compObj = q.at
					break
				}
			}
			break
		}
	}
}

// objectBefore reports whether an actor phrase naming one of tgt ends at
// k (right before an infinitive's "to"), not inside a PP ("an effort by
// both countries to …" is a noun's complement).
func objectBefore(toks []token, ms []mention, res [][]dataset.Actor, k int, tgt []dataset.Actor) bool {
	if len(tgt) == 0 {
		return false
	}
	for mi := range ms {
		if ms[mi].to == k && sharesActor(res[mi], tgt) {
			f := ms[mi].from
			return f == 0 || !prepositions[toks[f-1].low]
		}
	}
	return false
}

// subject finds the source mention of predicate pi: the nearest actor
// phrase left of the verb inside its clause that is not inside a
// prepositional phrase; for coordinated and participial verbs, the
// previous verb's subject; for relative clauses, the antecedent.
func (c *Coder) subject(toks []token, from int, preds []*predicate, pi int, ms []mention, res [][]dataset.Actor, subjects [][]dataset.Actor) ([]dataset.Actor, int) {
	p := preds[pi]
	// an infinitive, a coordinated verb and a participle after a comma take
	// the subject of the verb before them ("X is about to restore ties" has
	// none before it and searches as usual)
	if pi > 0 && !openerBetween(toks, preds[pi-1].end, p.at) && (p.infin || p.partcl && !p.reduced || coordinated(toks, from, preds[pi-1], p)) && !hasSubjectBetween(toks, ms, preds[pi-1].end, p.at) {
		return subjects[pi-1], -1
	}
	// "with Washington urging Beijing …": the phrase right before a gerund
	if p.gerund {
		for mi := len(ms) - 1; mi >= 0; mi-- {
			m := &ms[mi]
			if m.to == p.at && m.head && len(res[mi]) > 0 {
				if m.bare {
					return nil, -1
				}
				return res[mi], mi
			}
		}
	}
	// "Putin's visit, invited by Xi": the phrase before the participle
	if p.reduced {
		for mi := len(ms) - 1; mi >= 0; mi-- {
			m := &ms[mi]
			if m.to <= p.at && p.at-m.to <= 8 && len(res[mi]) > 0 && (m.head || m.poss) && !inPP(toks, from, m.from, p.at) {
				return res[mi], mi
			}
		}
	}
	if mi := appositiveSubject(toks, from, p, preds, ms, res); mi >= 0 {
		return res[mi], mi
	}
	best := -1
	for mi := len(ms) - 1; mi >= 0; mi-- {
		m := &ms[mi]
		if m.to > p.at || m.from <= p.left {
			continue
		}
		if !m.head && !m.poss || m.pair {
			continue
		}
		if len(res[mi]) == 0 || m.bare {
			if m.bare && adjacentVerb(toks, m.to, p.at) && clauseInitial(toks, m.from) && !inPP(toks, from, m.from, p.at) {
				// "Rebels dismissed …": a bare role subject ends the
				// search (its state is unknown)
				return nil, -1
			}
			continue
		}
		if inPP(toks, from, m.from, p.at) && !(subordinator(toks, from, m.from) && adjacentVerb(toks, m.to, p.at)) && !subjectPronoun[toks[m.from].low] {
			continue
		}
		if m.poss && !possSubject(toks, m, p.at) {
			continue
		}
		best = mi
		break
	}
	if best >= 0 {
		if pr := best - 1; pr >= 0 && ms[pr].kind == mkPronoun && subjectPronoun[ms[pr].pron] && len(res[pr]) > 0 && ms[pr].from > p.left && conjOnly(toks, ms[pr].to, ms[best].from) {
			// "where he and Chinese President Xi Jinping signed …"
			return uniqueActors(append(append([]dataset.Actor(nil), res[pr]...), res[best]...)), pr
		}
		return res[best], best
	}
	// relative pronoun: "X, who visited Y"
	if p.left >= from && p.left < len(toks) {
		w := toks[p.left].low
		if w == "who" || w == "which" || w == "that" {
			for mi := len(ms) - 1; mi >= 0; mi-- {
				m := &ms[mi]
				if m.to <= p.left && p.left-m.to <= 2 && len(res[mi]) > 0 && m.head {
					return res[mi], mi
				}
			}
		}
	}
	// coordination or participle: the previous verb's subject
	if pi > 0 && (p.partcl || p.gerund || p.reduced || coordinated(toks, from, preds[pi-1], p) || p.infin) {
		if p.reduced {
			// "Putin, invited by Xi": the noun before the participle
			for mi := len(ms) - 1; mi >= 0; mi-- {
				m := &ms[mi]
				if m.to <= p.at && p.at-m.to <= 2 && len(res[mi]) > 0 {
					return res[mi], mi
				}
			}
		}
		return subjects[pi-1], -1
	}
	if p.partcl && pi == 0 {
		// "Pointing to …, Putin added": the main clause's subject follows
		for mi := range ms {
			m := &ms[mi]
			if m.from > p.right && m.head && len(res[mi]) > 0 {
				return res[mi], mi
			}
		}
	}
	return nil, -1
}

// conjOnly reports whether only "and" (or ", and") stands in toks[from:to].
func conjOnly(toks []token, from, to int) bool {
	and := false
	for k := from; k < to; k++ {
		switch toks[k].low {
		case "and":
			and = true
		case ",":
		default:
			return false
		}
	}
	return and
}

// appositiveSubject finds the subject before a parenthetical phrase set
// off by commas right before the verb: "Pakistan, a key U.S. ally in the
// war, has refused …", "Britain, along with France, condemned …". The
// phrase must open with a determiner or a preposition and hold no verb;
// the subject is the actor phrase right before its first comma.
func appositiveSubject(toks []token, from int, p *predicate, preds []*predicate, ms []mention, res [][]dataset.Actor) int {
	c2 := p.at - 1
	for c2 >= from && (haveForms[toks[c2].low] || beForms[toks[c2].low] || modals[toks[c2].low] || adverbs[toks[c2].low]) {
		c2--
	}
	if c2 <= from || toks[c2].low != "," {
		return -1
	}
	c1 := c2 - 1
	for c1 > from && c2-c1 < 25 && toks[c1].low != "," {
		switch toks[c1].kind {
		case tkWord, tkNumber:
		default:
			if toks[c1].low != "." && toks[c1].low != "'s" && toks[c1].low != "-" {
				return -1
			}
		}
		c1--
	}
	if c1 <= from || toks[c1].low != "," || c2-c1 < 2 {
		return -1
	}
	first := toks[c1+1].low
	// a non-restrictive relative clause between the subject and its verb
	// ("Russia, which invaded Ukraine in 2022, accused …") has verbs of
	// its own
	relative := first == "which" || first == "who" || first == "whose"
	if !(relative || first == "a" || first == "an" || first == "the" || first == "along" || first == "together" || first == "like" || first == "unlike" || first == "including" || first == "alongside" || first == "one" || first == "itself" || first == "himself" || first == "herself") {
		return -1
	}
	for _, q := range preds {
		if q.at > c1 && q.at < c2 && !relative {
			return -1
		}
	}
	for mi := len(ms) - 1; mi >= 0; mi-- {
		m := &ms[mi]
		if m.to != c1 {
			continue
		}
		if !m.head || m.pair || len(res[mi]) == 0 || m.bare || inPP(toks, from, m.from, c1) {
			return -1
		}
		return mi
	}
	return -1
}

// possSubject: a possessor is the subject only when its noun is a role
// ("Russia's foreign minister said") — handled by the matcher — so a bare
// possessor before a verb is the subject when nothing but the possessed
// noun stands between ("China's close ties with Russia have been" is not).
func possSubject(toks []token, m *mention, at int) bool {
	return false
}

// inPP reports whether the mention starting at k is the object of a
// preposition whose phrase does not end before the verb at v ("In an
// interview with X, Putin said": X is in a PP).
func inPP(toks []token, from, k, v int) bool {
	j := k - 1
	for j >= from && (toks[j].low == "the" || toks[j].low == "a" || toks[j].low == "an" || modifierGap[toks[j].low] && toks[j].low != "state") {
		j--
	}
	if j < from {
		return false
	}
	w := toks[j].low
	if !prepositions[w] || w == "as" {
		return false
	}
	// "a group of X", "thousands of X", "one third of X": the quantity is
	// transparent
	if w == "of" {
		q := j - 1
		for q >= from && (toks[q].kind == tkNumber || quantityWord[toks[q].low] || toks[q].low == "of") {
			q--
		}
		if q < j-1 {
			return inPP(toks, from, q+1, v)
		}
	}
	// "according to X" attributions and all other PPs: not a subject
	return true
}

// coordinated reports whether q is coordinated with p: only "and", "but",
// "or" (and a comma) stand between p's object region and q, with no new
// subject.
func coordinated(toks []token, from int, p, q *predicate) bool {
	// "… and European leaders met": a noun phrase right before q is its
	// own subject, even when the matcher could not resolve it
	k := q.at - 1
	for k >= p.end && (adverbs[toks[k].low] || modals[toks[k].low] || beForms[toks[k].low] || haveForms[toks[k].low] || negators[toks[k].low]) {
		k--
	}
	if k >= p.end && k > from {
		if t := &toks[k]; t.kind == tkWord && pluralNoun(t) && !timeWord[t.low] && !isWeekday(t.low) {
			if b := toks[k-1].low; b != "and" && b != "but" && b != "or" || !looksVerb(t.low) {
				return false
			}
		}
	}
	for j := q.at - 1; j >= p.end && j >= q.at-12; j-- {
		w := toks[j].low
		if w == "and" || w == "but" || w == "or" || w == "then" {
			return true
		}
		if w == "who" || w == "which" || w == "that" || w == "when" || w == "while" || w == "as" || w == "after" || w == "because" || w == "if" {
			return false
		}
	}
	return false
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

// subordinator reports whether the word before the phrase at k can open a
// clause ("before he sent", "after Putin arrived").
func subordinator(toks []token, from, k int) bool {
	j := k - 1
	for j >= from && (toks[j].low == "the" || toks[j].low == "a") {
		j--
	}
	if j < from {
		return false
	}
	switch toks[j].low {
	case "after", "before", "since", "until", "as", "when", "while", "because", "once", "though", "although":
		return true
	}
	return false
}

// adjacentVerb reports whether only auxiliaries, adverbs and negation stand
// between a phrase ending at k and the verb at v.
func adjacentVerb(toks []token, k, v int) bool {
	for j := k; j < v; j++ {
		w := toks[j].low
		if !(adverbs[w] || modals[w] || beForms[w] || haveForms[w] || negators[w]) {
			return false
		}
	}
	return true
}

// hasSubjectBetween reports whether an actor phrase between from and the
// verb at v is the subject of a clause of its own: directly before the verb
// ("… and Caracas paid") or before another finite verb ("as Washington
// continues to impose").
func hasSubjectBetween(toks []token, ms []mention, from, v int) bool {
	for i := range ms {
		m := &ms[i]
		if m.from < from || m.to > v || !m.head || m.kind == mkPronoun && isPossPronoun(m.pron) {
			continue
		}
		if adjacentVerb(toks, m.to, v) {
			return true
		}
		if m.to < v {
			w := toks[m.to].low
			if modals[w] || beForms[w] || haveForms[w] || finiteForm(w) {
				return true
			}
		}
	}
	return false
}

// finiteForm guesses whether w is a finite verb form: a known verb in the
// past or third person, or an unknown word ending in -s or -ed that follows
// a subject ("continues", "remained").
func finiteForm(w string) bool {
	if looksFinite(w) {
		return true
	}
	return len(w) > 3 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "es")) && !functionWord[w]
}

// openerBetween reports whether a subordinate clause opens between two
// verbs ("… supported Russia, as Washington continues to impose").
func openerBetween(toks []token, from, to int) bool {
	for j := from; j < to; j++ {
		w := toks[j].low
		if clauseOpeners[w] || w == ";" || (w == "as" || w == "after" || w == "before" || w == "since") && clauseFollows(toks, j+1, to+1) {
			return true
		}
	}
	return false
}

// pendingClause reports whether a verb describes a condition that has not
// happened: a present-tense verb or a gerund after "before", "until" or
// "till" ("… must agree before they demobilize", "before allowing aid").
func pendingClause(toks []token, from int, p *predicate) bool {
	for j := p.at - 1; j >= from && j >= p.at-6; j-- {
		switch toks[j].low {
		case "before", "until", "till":
			return p.form == formBase || p.form == formS || p.form == formGerund
		case ",", ";", "and", "but":
			return false
		}
	}
	return false
}

// thatFollows reports whether "that" opens a clause right after the verb
// (or after an adverb or a date: "demanded on Tuesday that"), not after a
// noun ("demanded an admission that …").
func thatFollows(toks []token, k, to int) bool {
	for j := k; j < to && j < k+5; j++ {
		w := toks[j].low
		switch {
		case w == "that":
			return true
		case adverbs[w] || w == "on" || isWeekday(w) || timeWord[w] || w == "," || toks[j].kind == tkNumber:
		default:
			return false
		}
	}
	return false
}

// speculativeBefore reports whether a may/might/could stands earlier in the
// verb's clause ("the pressure may push China to attack …").
func speculativeBefore(toks []token, from int, p *predicate) bool {
	for j := p.at - 1; j >= from && j >= p.at-8 && j > p.left; j-- {
		switch toks[j].low {
		case "may", "might", "could":
			return true
		case ",", ";", "and", "but":
			return false
		}
	}
	return false
}

// nounComplement reports whether a verb sits in a that-clause completing a
// noun ("an admission that forces murdered …", "the allegation that …",
// "its demand that Israel ease …", "an admission by Moscow that …"):
// reported content, not an event.
func nounComplement(toks []token, from int, p *predicate) bool {
	if p.left < from || toks[p.left].low != "that" || p.left-1 < from {
		return false
	}
	k := p.left - 1
	// "its demand today that …", "the warning on Monday that …"
	for k > from && (timeWord[toks[k].low] || isWeekday(toks[k].low) || toks[k].low == "on" || toks[k].low == "," || adverbs[toks[k].low]) {
		k--
	}
	if contentNoun(&toks[k]) {
		return true
	}
	// a short PP between the noun and "that" ("by Moscow", "from Kyiv")
	for j := k; j > from && j >= k-4; j-- {
		t := &toks[j]
		if t.kind != tkWord || looksFinite(t.low) {
			return false
		}
		switch t.low {
		case "by", "from", "of", "in", "on":
			return contentNoun(&toks[j-1])
		}
	}
	return false
}

// contentNoun reports whether t is a noun whose that-clause is reported
// content ("admission", "allegation", "demand").
func contentNoun(t *token) bool {
	if t.kind != tkWord || looksFinite(t.low) || prepositions[t.low] || timeWord[t.low] || isWeekday(t.low) {
		return false
	}
	return contentNouns[nounSingular(t.low)]
}

var contentNouns = map[string]bool{
	"admission": true, "allegation": true, "claim": true, "report": true, "fact": true, "belief": true,
	"evidence": true, "news": true, "suspicion": true, "accusation": true, "charge": true, "demand": true,
	"rumor": true, "rumour": true, "assertion": true, "fear": true, "concern": true, "hope": true,
	"idea": true, "notion": true, "assurance": true, "promise": true, "pledge": true, "warning": true,
	"threat": true, "statement": true, "announcement": true, "insistence": true, "condition": true,
	"proposal": true, "suggestion": true, "impression": true, "view": true, "argument": true,
	"possibility": true,
}

// propagateConsumption marks the verbs inside a consumed complement's
// clause as consumed too ("demanded that the US cancel plans to sell
// weapons to Taiwan": neither cancelling nor selling happened).
func propagateConsumption(preds []*predicate) {
	for i, p := range preds {
		if !p.consumed {
			continue
		}
		for j := i + 1; j < len(preds); j++ {
			q := preds[j]
			if q.at >= p.right {
				break
			}
			if q.infin || q.gerund {
				q.consumed = true
			}
		}
	}
}
