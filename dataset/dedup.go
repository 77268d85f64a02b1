package dataset

import (
	"fmt"
	"math"
	"strings"
)

// DedupKey chooses what makes two events "the same event reported twice"
// for Dedup.
type DedupKey int8

const (
	// DedupActors (the default) is the one-a-day filter on full actors:
	// events with the same calendar day, source actor, target actor and
	// event code are one event. An actor is its country together with its
	// actor code when it has one (GDELT's "USAGOV"), else with its name
	// (ICEWS, which has no actor codes: "Foreign Affairs (Bangladesh)").
	// Two different ministries of one state meeting the same counterpart
	// on the same day stay two events. On the ICEWS sample this key gives
	// the 2,734 distinct (Event Date, Source Name, Target Name, CAMEO
	// Code) groups of its 3,705 rows.
	DedupActors DedupKey = iota
	// DedupCountries is the coarser one-a-day filter on country dyads:
	// same day, source country, target country and event code. Use it
	// when only state-level relations matter and a file codes the same
	// interaction with different actors of one state.
	DedupCountries
)

// String returns "actors" or "countries".
func (k DedupKey) String() string {
	switch k {
	case DedupActors:
		return "actors"
	case DedupCountries:
		return "countries"
	}
	return fmt.Sprintf("DedupKey(%d)", int8(k))
}

// ParseDedupKey reads "actors" or "countries".
func ParseDedupKey(s string) (DedupKey, error) {
	switch s {
	case "", "actors", "actor":
		return DedupActors, nil
	case "countries", "country":
		return DedupCountries, nil
	}
	return DedupActors, badValue("dataset: unknown dedup key %q (want actors or countries)", s)
}

// DedupOptions configure Dedup. A nil *DedupOptions, and the zero value,
// mean the default key (DedupActors).
type DedupOptions struct {
	Key DedupKey
}

// DedupReport accounts for a deduplication: In == Out + Merged.
type DedupReport struct {
	In     int64 // events given
	Out    int64 // events returned
	Merged int64 // events folded into an earlier event with the same key
	// Groups is the number of returned events that absorbed at least one
	// other.
	Groups int64
	// Undated is the number of undated events, which are never merged
	// (their day is unknown) and are returned as they are.
	Undated int64
}

// String returns "dedup: in=N out=N merged=N".
func (r DedupReport) String() string {
	return fmt.Sprintf("dedup: in=%d out=%d merged=%d", r.In, r.Out, r.Merged)
}

// Dedup merges repeated reports of one event (the one-a-day filter) and
// returns the merged events in the order in which each key first appears,
// with an account. It does not modify events.
//
// A merged event is the first event of its key (its ID, Origin, actors,
// code, Goldstein weight, quad class, description and URL), with:
//   - Reports: the sum of the report counts (Event.ReportCount) merged;
//   - Mentions, Sources, Articles: the sums of the known counts (0 stays
//     0 only if every count was unknown), so that a count-weighted
//     aggregate has the same total weight before and after deduplication;
//   - Tone: the mean of the known tones weighted by report count (NaN if
//     none is known), Σ rc·tone / Σ rc with the numerator summed exactly
//     (each rc·tone rounded once to 1e-9, as Sum does) so that the mean
//     does not depend on the order of the reports; Confidence: the largest
//     known confidence;
//   - DateAdded: the earliest known; Description, Reference, URL: the first
//     non-empty; Background only if every merged report was background;
//   - URLs: every distinct URL of the merged events (their URL and URLs
//     fields), in order of appearance;
//   - Evidence: every piece of evidence of the merged events, in order,
//     exact duplicates dropped.
//
// Undated events are never merged. Events that appear once are returned
// unchanged. Memory grows with the number of distinct keys; Deduper does
// the same for a stream of events.
func Dedup(events []Event, opts *DedupOptions) ([]Event, DedupReport) {
	d := NewDeduper(opts)
	for i := range events {
		d.Add(&events[i])
	}
	return d.Events(), d.Report()
}

type dedupActor struct {
	country, id string
}

type dedupKey struct {
	day            int32 // y*10000 + m*100 + d
	source, target dedupActor
	code, plover   string
}

// dedupGroup is one output event being merged.
type dedupGroup struct {
	e       Event
	n       int     // events merged into it
	toneW   float64 // Σ report counts over events with a known tone
	toneSum Sum     // Σ report count × tone, exact (order-independent)
	urls    map[string]bool
	evid    map[Evidence]bool
}

// Deduper is the streaming form of Dedup: Add events one at a time (for
// instance from Reader.Next), then take Events and Report. Its memory
// grows with the number of distinct keys, not of events added.
type Deduper struct {
	key    DedupKey
	index  map[dedupKey]int
	groups []*dedupGroup
	report DedupReport

	// countOnly: keep the keys and their counts, not the events
	countOnly bool
	counts    []int32
}

// NewDeduper returns an empty Deduper. It panics on an undeclared
// DedupKey (programmer misuse).
func NewDeduper(opts *DedupOptions) *Deduper {
	k := DedupActors
	if opts != nil {
		k = opts.Key
	}
	if k != DedupActors && k != DedupCountries {
		panic(fmt.Sprintf("dataset: DedupOptions.Key %d is not a declared DedupKey", int8(k)))
	}
	return &Deduper{key: k, index: map[dedupKey]int{}}
}

// NewDedupCounter returns a Deduper that only counts: it keeps each
// distinct key (cloned, so it does not retain the rows read) and its
// number of events, not the events, so that Report is cheap on inputs of
// millions of rows. Its Events returns nil.
func NewDedupCounter(opts *DedupOptions) *Deduper {
	d := NewDeduper(opts)
	d.countOnly = true
	return d
}

func (d *Deduper) actorKey(a *Actor) dedupActor {
	if d.key == DedupCountries {
		return dedupActor{country: a.Country}
	}
	if a.Code != "" {
		return dedupActor{a.Country, a.Code}
	}
	return dedupActor{a.Country, "\x00" + a.Name} // a name never equals a code
}

// Add adds one event (it is copied; e is not modified).
func (d *Deduper) Add(e *Event) { d.add(e) }

// add is Add, returning the index of e's group in Events (−1 for a
// counting Deduper).
func (d *Deduper) add(e *Event) int {
	d.report.In++
	if e.Date.IsZero() {
		d.report.Undated++
		if d.countOnly {
			d.counts = append(d.counts, 1)
			return -1
		}
		d.groups = append(d.groups, &dedupGroup{e: *e, n: 1})
		return len(d.groups) - 1
	}
	y, m, dd := e.Date.Date()
	k := dedupKey{
		day:    int32(y*10000 + int(m)*100 + dd),
		source: d.actorKey(&e.Source),
		target: d.actorKey(&e.Target),
		code:   e.Code,
		plover: e.PLOVER,
	}
	if d.countOnly {
		d.count(k)
		return -1
	}
	i, ok := d.index[k]
	if !ok {
		d.index[k] = len(d.groups)
		d.groups = append(d.groups, &dedupGroup{e: *e, n: 1})
		return len(d.groups) - 1
	}
	g := d.groups[i]
	if g.n == 1 {
		g.start()
		d.report.Groups++
	}
	g.merge(e)
	d.report.Merged++
	return i
}

// count is Add for a counting Deduper.
func (d *Deduper) count(k dedupKey) {
	i, ok := d.index[k]
	if !ok {
		k.source = dedupActor{strings.Clone(k.source.country), strings.Clone(k.source.id)}
		k.target = dedupActor{strings.Clone(k.target.country), strings.Clone(k.target.id)}
		k.code, k.plover = strings.Clone(k.code), strings.Clone(k.plover)
		d.index[k] = len(d.counts)
		d.counts = append(d.counts, 1)
		return
	}
	if d.counts[i] == 1 {
		d.report.Groups++
	}
	d.counts[i]++
	d.report.Merged++
}

// start prepares a group for its first merge: from now on its slices are
// its own, and the sets know what it holds.
func (g *dedupGroup) start() {
	e := &g.e
	rc := float64(e.ReportCount())
	if g.toneSum.Add(rc * e.Tone) { // NaN and ±Inf are not added
		g.toneW = rc
	}
	e.Reports = e.ReportCount()
	g.urls = map[string]bool{}
	var urls []string
	for _, u := range append([]string{e.URL}, e.URLs...) {
		if u != "" && !g.urls[u] {
			g.urls[u] = true
			urls = append(urls, u)
		}
	}
	e.URLs = urls
	g.evid = map[Evidence]bool{}
	var ev []Evidence
	for _, x := range e.Evidence {
		if !g.evid[x] {
			g.evid[x] = true
			ev = append(ev, x)
		}
	}
	e.Evidence = ev
}

func (g *dedupGroup) merge(o *Event) {
	e := &g.e
	g.n++
	rc := o.ReportCount()
	e.Reports += rc
	e.Mentions = addKnown(e.Mentions, o.Mentions)
	e.Sources = addKnown(e.Sources, o.Sources)
	e.Articles = addKnown(e.Articles, o.Articles)
	if g.toneSum.Add(float64(rc) * o.Tone) {
		g.toneW += float64(rc)
	}
	if g.toneW > 0 {
		e.Tone = mergedTone(g.toneSum, g.toneW)
	}
	if !math.IsNaN(o.Confidence) && (math.IsNaN(e.Confidence) || o.Confidence > e.Confidence) {
		e.Confidence = o.Confidence
	}
	if !o.DateAdded.IsZero() && (e.DateAdded.IsZero() || o.DateAdded.Before(e.DateAdded)) {
		e.DateAdded = o.DateAdded
	}
	if e.Description == "" {
		e.Description = o.Description
	}
	if e.Reference == "" {
		e.Reference = o.Reference
	}
	if e.URL == "" {
		e.URL = o.URL
	}
	e.Background = e.Background && o.Background
	for _, u := range append([]string{o.URL}, o.URLs...) {
		if u != "" && !g.urls[u] {
			g.urls[u] = true
			e.URLs = append(e.URLs, u)
		}
	}
	for _, x := range o.Evidence {
		if !g.evid[x] {
			g.evid[x] = true
			e.Evidence = append(e.Evidence, x)
		}
	}
}

// mergedTone is the merged tone of a group: its exact sum of report count
// × tone over the sum of the report counts (both paths, Deduper and the
// streaming aggregation, compute it so).
func mergedTone(sum Sum, w float64) float64 { return sum.Float() / w }

// addKnown adds two counts where 0 means unknown.
func addKnown(a, b int) int {
	if a <= 0 {
		a = 0
	}
	if b <= 0 {
		b = 0
	}
	return a + b
}

// Len returns the number of events Events would return (for a counting
// Deduper, the number it would return if it kept them).
func (d *Deduper) Len() int {
	if d.countOnly {
		return len(d.counts)
	}
	return len(d.groups)
}

// Events returns the merged events in order of first appearance of their
// keys (undated events in their input position); nil for a counting
// Deduper.
func (d *Deduper) Events() []Event {
	if d.countOnly {
		return nil
	}
	out := make([]Event, len(d.groups))
	for i, g := range d.groups {
		out[i] = g.e
	}
	return out
}

// Report returns the account so far.
func (d *Deduper) Report() DedupReport {
	r := d.report
	r.Out = int64(d.Len())
	return r
}
