package dataset

import (
	"io"
	"os"
)

// IngestOptions configure IngestFiles and IngestEvents. A nil
// *IngestOptions, and every zero field, means the default given per
// field.
type IngestOptions struct {
	// Read configures the readers (IngestFiles only; nil: defaults).
	Read *ReadOptions
	// Aggregate configures the dyad-period aggregation (nil: monthly,
	// undirected, weight one; see NewTable).
	Aggregate *AggregateOptions
	// NoDedup leaves repeated reports as separate events; by default they
	// are merged one a day (Dedup) with Dedup's key (nil: DedupActors).
	NoDedup bool
	Dedup   *DedupOptions
	// Evidence is the number of merged events kept per dyad-period for a
	// report's top events, explanations and timelines (0: none), ranked as
	// Ingest.Evidence says; EvidenceDyads limits them to these dyads (nil:
	// every dyad). Memory grows with Evidence × the dyad-periods kept.
	Evidence      int
	EvidenceDyads []Dyad
	// EvidenceOnly says that only the evidence of EvidenceDyads is
	// wanted (a second pass for the dyads a first one picked): GDELT rows
	// between other countries are then counted as filtered without being
	// checked, so the Table, Reports and Dedup account are not those of
	// the inputs. The evidence is (no merged text is kept per group: see
	// Evidence for the texts).
	EvidenceOnly bool
	// EvidenceFirstTexts keeps no merged text per group for EvidenceDyads
	// (as EvidenceOnly, and as when every dyad's evidence is kept): instead,
	// the offset of each group's first report in a plain file (4 bytes a
	// group of those dyads), whose line is read again at the end for the
	// kept events that entered the evidence after it, so that they show
	// its URL (see Evidence). A first pass that keeps the evidence of
	// candidate dyads (SampleBusiest) then keeps what a second,
	// EvidenceOnly pass would, and what a pass with merged texts shows.
	EvidenceFirstTexts bool
	// Events are events already read (the embedded chronology, events
	// coded from articles), deduplicated and aggregated after the files'
	// as though read after them.
	Events []Event
	// Roles applies to Events what ReadOptions.Filter.Roles applies to the
	// files' rows while they are read: an event it sets aside is counted
	// in Ingest.SetAside under the name of the rule that fired and is not
	// aggregated (nor deduplicated, nor evidence). nil keeps every role.
	Roles *RoleFilter
	// Stdin is what the path "-" reads (nil: os.Stdin).
	Stdin io.Reader
	// Opened gives, for some paths, the reader to read instead of opening
	// the path: an input already opened once and peeked (an *Input over a
	// named pipe or a socket, which cannot be opened twice). It is read
	// as a stream, named by its path. nil: every path is opened.
	Opened map[string]io.Reader
	// Progress, when set, is called about ten times a second while the
	// files are read (from another goroutine; calls do not overlap) and
	// once when they are read (Done set).
	Progress func(IngestProgress)
}

// Ingest is what one pass over the inputs yields: the dyad-period
// statistics of the (deduplicated) events, the readers' accounts, the
// deduplication's account and the bounded evidence. It is the input of
// report.Build.
type Ingest struct {
	// Table holds the statistics of the merged events (see Table); its
	// Skipped and Events account for every merged event.
	Table *Table
	// Reports has one Report per input path (IngestFiles), in order.
	Reports []*Report
	// Deduplicated says whether repeated reports were merged, and Dedup
	// accounts for it (In = the events kept by the readers).
	Deduplicated bool
	Dedup        DedupReport
	// SetAside counts the Events that IngestOptions.Roles set aside, by
	// rule name (nil when none were).
	SetAside map[string]int64

	evidence map[Dyad][]Event
}

// Evidence returns the kept events of dyad d (in the Table's orientation:
// either order for an undirected table), in order of first appearance (the
// order Dedup returns events in); nil when none were kept.
//
// Events rank by |w·g| (the aggregated weight × Goldstein weight; events
// without a Goldstein weight last), then more reports, then the earlier
// date, then the smaller code, then the earlier first appearance; events
// of one day with the same text (evidence or description, else the same
// code) are one line of a report's top events. For each dyad-period the
// evidence keeps the m = IngestOptions.Evidence lines whose best event
// ranks first, each with its best event: exactly those, whatever the order
// of the reports, so that a dyad's top k lines (k ≤ m), in order, and the
// event each shows are exact. Of a line's other direction it keeps the
// best event among those reported since the line last entered the pool:
// the exact one (and the line's mutual mark) unless all its reports came
// before, while the line ranked below the m kept (a single pass cannot
// keep every line's events in bounded memory; see evidence.go). Their
// report counts, tones and Goldstein weights are the merged events' (and
// their counts under a count weight). With
// EvidenceDyads given (and neither EvidenceOnly nor EvidenceFirstTexts),
// their texts (description, reference, URL, URLs, evidence) are the
// merged events' too: the merged text of every group of those dyads is
// kept (a few strings a group). Otherwise they come from the reports seen
// from the moment the event ranked among the kept ones, but for an event
// that entered on a later report whose group's first report is a line of
// a plain GDELT file (located while reading, 4 bytes a group, and read
// again at the end): it shows that first report's URL, the merged event's,
// first in URLs too (URLs then lacks those of the reports in between).
// Where the first report cannot be read again — a compressed input,
// standard input, a pipe, a zip archive, another format, Events, a first
// report without a URL — such an event shows the texts of the report it
// entered on first.
func (in *Ingest) Evidence(d Dyad) []Event {
	if in.Table != nil && !in.Table.opts.Directed {
		d = d.Undirected()
	}
	return in.evidence[d]
}

// EvidenceDyads returns the dyads with kept events, sorted.
func (in *Ingest) EvidenceDyads() []Dyad {
	out := make([]Dyad, 0, len(in.evidence))
	for d := range in.evidence {
		out = append(out, d)
	}
	sortDyads(out)
	return out
}

// IngestFiles reads the event files at paths ("-": standard input) in one
// streaming pass and returns their dyad-period statistics, deduplicated one
// a day as it goes, with the readers' Reports and the bounded evidence. It
// is AggregateFiles with deduplication: the Table, Dedup account and
// Reports are those of reading every event (ReadFile), Dedup and
// Table.Add, bit for bit, but no Event is kept: memory grows with the
// distinct dedup keys (about 16 bytes each, 64 for those of aggregated
// dyads) and the dyad-periods, not the rows. Plain files are read by
// GOMAXPROCS workers in 4 MB ranges, as AggregateFiles reads them, and one
// goroutine deduplicates their rows (and keeps the evidence) in input
// order, range after range, so that the first report of an event is the
// reader's first; a few ranges' rows wait in memory at most. With
// ReadOptions.Rejects one worker reads.
//
// Errors are AggregateFiles': the Ingest is then nil.
func IngestFiles(paths []string, opts *IngestOptions) (*Ingest, []*Report, error) {
	var o IngestOptions
	if opts != nil {
		o = *opts
	}
	in := &Ingest{Deduplicated: !o.NoDedup}
	cfg := aggregateConfig{fast: true, dedup: !o.NoDedup, dedupOpts: o.Dedup, dedupReport: &in.Dedup,
		evidence: o.Evidence, evidenceDyads: o.EvidenceDyads, evidenceOut: &in.evidence, evidenceOnly: o.EvidenceOnly, evidenceFirstTexts: o.EvidenceFirstTexts, events: o.Events, roles: o.Roles, setAside: &in.SetAside, progress: o.Progress, stdin: o.Stdin, opened: o.Opened}
	t, reps, err := aggregateFiles(paths, o.Read, o.Aggregate, cfg)
	if err != nil {
		return nil, reps, err
	}
	in.Table, in.Reports = t, reps
	return in, reps, nil
}

// IngestEvents is IngestFiles for events already read (the embedded
// chronology, events coded from articles): the same deduplication,
// aggregation and evidence, in the order given. opts.Read and opts.Events
// are not used; Reports is nil. It does not modify events.
func IngestEvents(events []Event, opts *IngestOptions) *Ingest {
	var o IngestOptions
	if opts != nil {
		o = *opts
	}
	o.Read, o.Events = nil, events
	in, _, err := IngestFiles(nil, &o)
	if err != nil { // no file, no reading: no error is possible
		panic("dataset: IngestEvents: " + err.Error())
	}
	in.Reports = nil
	return in
}

// UseEvidence replaces in's evidence with from's: a caller that ingests
// its inputs a second time, limited to the dyads it reports on
// (IngestOptions.EvidenceDyads and a Filter on them), keeps the first
// pass's statistics and the second's evidence. The evidence is the same
// as a single pass would keep for those dyads: deduplication groups and
// ranks do not depend on the other dyads.
func (in *Ingest) UseEvidence(from *Ingest) {
	in.evidence = from.evidence
}

// SampleBusiest guesses the n busiest dyads of the event files at paths
// from a sample: the first 256 kB of every 1/32 of each plain GDELT file
// (about 1 % of it beyond 25 MB), read with ro's filters and roles (not its rejects
// writer), aggregated without deduplication. It returns nil when an input
// cannot be sampled (compressed, standard input, a pipe, another format)
// or cannot be read. A caller that needs the evidence of the dyads it will
// pick keeps that of these candidates in its one pass
// (IngestOptions.EvidenceDyads with EvidenceFirstTexts) and reads the
// inputs again only when it picks a dyad outside them.
func SampleBusiest(paths []string, ro *ReadOptions, n int) []Dyad {
	if len(paths) == 0 || n <= 0 {
		return nil
	}
	var o ReadOptions
	if ro != nil {
		o = *ro
	}
	o.Rejects, o.Strict = nil, false
	var size int64
	for _, p := range paths {
		st, err := os.Stat(p)
		if p == "-" || err != nil || !st.Mode().IsRegular() {
			return nil
		}
		size = max(size, st.Size())
	}
	const window = 256 << 10
	chunk := max(size/32+1, 4*window)
	t, _, err := aggregateFiles(paths, &o, nil, aggregateConfig{fast: true, chunk: chunk, sample: window})
	if err != nil {
		return nil
	}
	return t.Busiest(n)
}
