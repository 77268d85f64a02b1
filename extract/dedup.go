package extract

import "github.com/entente/entente/dataset"

// DedupOptions configure Dedup. A nil *DedupOptions, and the zero value,
// mean the defaults.
type DedupOptions struct {
	// Actors keys events on full actor codes ("RUSGOV" and "RUS" stay two
	// events). By default events are keyed on states: coded text names the
	// same state in many ways ("Russia", "the Kremlin", "Putin"), and the
	// reports of one event should merge.
	Actors bool
}

// Deduper merges repeated reports of one event as articles stream in:
// within an article, the same event coded from several sentences (title,
// lead, body) becomes one event with all the evidence; across articles, the
// same event (same day, source and target state, CAMEO code) reported by
// several outlets becomes one event whose Reports is the number of
// articles and whose Evidence holds every report's. Undated events are
// never merged. Memory grows with the number of distinct events.
type Deduper struct {
	across *dataset.Deduper
	key    dataset.DedupKey
	in     int64
}

// NewDeduper returns an empty Deduper.
func NewDeduper(opts *DedupOptions) *Deduper {
	key := dataset.DedupCountries
	if opts != nil && opts.Actors {
		key = dataset.DedupActors
	}
	return &Deduper{across: dataset.NewDeduper(&dataset.DedupOptions{Key: key}), key: key}
}

// AddArticle adds the events of one article (as Coder.Code returns them).
func (d *Deduper) AddArticle(events []dataset.Event) {
	d.in += int64(len(events))
	within, _ := dataset.Dedup(events, &dataset.DedupOptions{Key: d.key})
	for i := range within {
		within[i].Reports = 1 // one article, however many sentences
		d.across.Add(&within[i])
	}
}

// Events returns the merged events in order of first appearance.
func (d *Deduper) Events() []dataset.Event { return d.across.Events() }

// Report returns the account: In is the number of events added, Out the
// number returned, Merged = In − Out.
func (d *Deduper) Report() dataset.DedupReport {
	r := d.across.Report()
	r.In = d.in
	r.Merged = r.In - r.Out
	return r
}

// Dedup merges repeated reports of events (see Deduper): events are grouped
// by article (their first Evidence's Doc, in order of appearance), merged
// within each article, then across articles. The input is not modified;
// the undeduplicated events stay available to the caller.
func Dedup(events []dataset.Event, opts *DedupOptions) ([]dataset.Event, dataset.DedupReport) {
	d := NewDeduper(opts)
	var order []string
	byDoc := map[string][]dataset.Event{}
	for _, e := range events {
		doc := ""
		if len(e.Evidence) > 0 {
			doc = e.Evidence[0].Doc
		}
		if _, ok := byDoc[doc]; !ok {
			order = append(order, doc)
		}
		byDoc[doc] = append(byDoc[doc], e)
	}
	for _, doc := range order {
		d.AddArticle(byDoc[doc])
	}
	return d.Events(), d.Report()
}
