package dataset

import (
	"fmt"
	"sort"
	"time"

	"github.com/entente/entente/cameo"
)

// AggregateOptions configure a Table. A nil *AggregateOptions, and every
// zero field, means the default: monthly periods, undirected dyads, weight
// one, each event's own Goldstein weight and quad class, self-dyads kept.
type AggregateOptions struct {
	// Granularity is the period length (default Month).
	Granularity Granularity
	// Directed keeps A→B and B→A apart (A is the source, B the target).
	// The default, undirected, pools both directions under the dyad
	// whose codes are in ascending order (A <= B).
	Directed bool
	// Weight is the event weight w (default WeightOne).
	Weight Weight
	// Goldstein, when set, replaces every event's Goldstein weight by the
	// table's weight of its CAMEO code (NaN — unknown — for codes the
	// table lacks), e.g. to score GDELT events on the ICEWS scale. nil
	// keeps the event's own weight (Event.Goldstein).
	Goldstein *cameo.WeightTable
	// Quads, when set, replaces every event's quad class by the mapping's
	// class of its CAMEO code (QuadUnknown for invalid codes). nil keeps
	// the event's own class (Event.Quad).
	Quads *cameo.QuadMapping
	// ExcludeSelf drops self-dyads (source country == target country:
	// domestic events such as USA→USA), counting them in Skipped.Self.
	// By default they are kept as the dyad A-A (see Dyad.Self), because
	// they are real events of the file; callers ranking relations between
	// states skip them with Dyad.Self.
	ExcludeSelf bool
}

// options returns the effective options (nil means the defaults) and
// panics on values that are not declared (programmer misuse).
func (o *AggregateOptions) options() AggregateOptions {
	if o == nil {
		return AggregateOptions{}
	}
	if !o.Weight.Valid() {
		panic(fmt.Sprintf("dataset: AggregateOptions.Weight %d is not a declared Weight", int8(o.Weight)))
	}
	if o.Granularity < Month || o.Granularity > Year {
		panic(fmt.Sprintf("dataset: AggregateOptions.Granularity %d is not a declared Granularity", int8(o.Granularity)))
	}
	return *o
}

// String describes the options: "month undirected weight=one".
func (o AggregateOptions) String() string {
	dir := "undirected"
	if o.Directed {
		dir = "directed"
	}
	s := fmt.Sprintf("%s %s weight=%s", o.Granularity, dir, o.Weight)
	if o.Goldstein != nil {
		s += " goldstein=" + o.Goldstein.Name()
	}
	if o.Quads != nil {
		s += " quads=" + o.Quads.Name()
	}
	if o.ExcludeSelf {
		s += " exclude-self"
	}
	return s
}

// Skipped counts the events a Table did not add, by reason. Each event is
// counted once, under the first reason that applies, in this order.
type Skipped struct {
	// NotDyadic: the source or the target country is unknown (empty).
	NotDyadic int64
	// Self: source and target country are the same and
	// AggregateOptions.ExcludeSelf is set.
	Self int64
	// Undated: the event date is unknown (zero).
	Undated int64
}

// Total returns the number of skipped events.
func (s Skipped) Total() int64 { return s.NotDyadic + s.Self + s.Undated }

func (s *Skipped) merge(o Skipped) {
	s.NotDyadic += o.NotDyadic
	s.Self += o.Self
	s.Undated += o.Undated
}

// String returns "not-dyadic=N self=N undated=N".
func (s Skipped) String() string {
	return fmt.Sprintf("not-dyadic=%d self=%d undated=%d", s.NotDyadic, s.Self, s.Undated)
}

// cellKey identifies one dyad-period: the dyad's codes and the period's
// start as Unix seconds.
type cellKey struct {
	a, b  string
	start int64
}

// Table holds dyad-period statistics (see Stats): one row per dyad and
// period with at least one event. Tables built with equal options merge
// associatively and commutatively, with bit-identical sums, so files,
// goroutines or machines can aggregate independently and combine in any
// order. The zero Table is an empty table with the default options
// (NewTable(nil)). A Table is not safe for concurrent use.
type Table struct {
	opts    AggregateOptions
	index   map[cellKey]int32 // built on first need (see lookup)
	cells   []DyadPeriod
	added   int64
	skipped Skipped

	byDyad map[Dyad][]int32 // lazily built for Series; nil after a change
}

// NewTable returns an empty table. It panics if opts holds an undeclared
// Weight or Granularity (programmer misuse).
func NewTable(opts *AggregateOptions) *Table {
	return &Table{opts: opts.options()}
}

// lookup returns the row index of a cell key, building the index from
// the rows when it is missing (a table filled by AggregateFiles' fast path
// has none until it is added to).
func (t *Table) lookup(k cellKey) (int32, bool) {
	if t.index == nil {
		t.index = make(map[cellKey]int32, len(t.cells))
		for i := range t.cells {
			c := &t.cells[i]
			t.index[cellKey{c.Dyad.A, c.Dyad.B, c.Start.Unix()}] = int32(i)
		}
	}
	i, ok := t.index[k]
	return i, ok
}

// Options returns the table's options.
func (t *Table) Options() AggregateOptions { return t.opts }

// dyadOf returns the table's dyad for an event between countries a and b.
func (t *Table) dyadOf(a, b string) (string, string) {
	if !t.opts.Directed && b < a {
		return b, a
	}
	return a, b
}

// Add adds one event and reports whether it was added. An event is not
// added, and is counted in Skipped, when a country is unknown, when it is
// a self-dyad and ExcludeSelf is set, or when its date is unknown.
//
// The event's weight is AggregateOptions.Weight.Of(e); its Goldstein weight
// and quad class are its own unless the options name a table or mapping;
// NaN Goldstein weights and tones are left out of the sums that need them
// (see Stats).
func (t *Table) Add(e *Event) bool {
	if !e.Dyadic() {
		t.skipped.NotDyadic++
		return false
	}
	if t.opts.ExcludeSelf && e.Source.Country == e.Target.Country {
		t.skipped.Self++
		return false
	}
	if e.Date.IsZero() {
		t.skipped.Undated++
		return false
	}
	g, q := e.Goldstein, e.Quad
	if t.opts.Goldstein != nil {
		g = t.opts.Goldstein.Weight(e.Code)
	}
	if t.opts.Quads != nil {
		q = t.opts.Quads.Quad(e.Code)
	}
	a, b := t.dyadOf(e.Source.Country, e.Target.Country)
	s := t.cell(a, b, t.opts.Granularity.Start(e.Date))
	w := t.opts.Weight.Of(e)
	s.AddValues(EventValues{Date: e.Date, Weight: w, Goldstein: g, Quad: q, Tone: e.Tone, Reports: e.ReportCount()})
	s.AddMarks(cameo.Marks(e.Code), w)
	t.added++
	return true
}

// cell returns the statistics of dyad (a, b) in the period starting at
// start, creating them.
func (t *Table) cell(a, b string, start time.Time) *Stats {
	k := cellKey{a, b, start.Unix()}
	if i, ok := t.lookup(k); ok {
		return &t.cells[i].Stats
	}
	t.index[k] = int32(len(t.cells))
	t.cells = append(t.cells, DyadPeriod{Dyad: Dyad{a, b}, Start: start})
	t.byDyad = nil
	return &t.cells[len(t.cells)-1].Stats
}

// mergeCell merges s into the cell of dyad (a, b) and period start; a and
// b are already in the table's order.
func (t *Table) mergeCell(a, b string, start time.Time, s *Stats) {
	k := cellKey{a, b, start.Unix()}
	if i, ok := t.lookup(k); ok {
		t.cells[i].Stats.Merge(s)
		return
	}
	t.index[k] = int32(len(t.cells))
	t.cells = append(t.cells, DyadPeriod{Dyad: Dyad{a, b}, Start: start, Stats: *s})
	t.byDyad = nil
}

// Merge adds every row and count of o into t. Merging is associative and
// commutative (bit-identical results in any order). It panics if the
// tables' options differ (programmer misuse: the statistics would not be
// comparable).
func (t *Table) Merge(o *Table) {
	if t.opts != o.opts {
		panic(fmt.Sprintf("dataset: Table.Merge of tables with different options (%v and %v)", t.opts, o.opts))
	}
	if t == o {
		panic("dataset: Table.Merge of a table into itself")
	}
	for i := range o.cells {
		c := &o.cells[i]
		t.mergeCell(c.Dyad.A, c.Dyad.B, c.Start, &c.Stats)
	}
	t.added += o.added
	t.skipped.merge(o.skipped)
}

// Between returns a table of the rows whose period starts in [from, to)
// (a zero bound is open), with t's options and skip counts; its Events
// counts the events of those rows. The rows are shared with t's (a Table's
// rows are values: neither table changes the other's).
func (t *Table) Between(from, to time.Time) *Table {
	out := &Table{opts: t.opts, skipped: t.skipped}
	in := func(c *DyadPeriod) bool {
		return (from.IsZero() || !c.Start.Before(from)) && (to.IsZero() || c.Start.Before(to))
	}
	n := 0
	for i := range t.cells {
		if in(&t.cells[i]) {
			n++
		}
	}
	out.cells = make([]DyadPeriod, 0, n)
	for i := range t.cells {
		if c := &t.cells[i]; in(c) {
			out.cells = append(out.cells, *c)
			out.added += c.N
		}
	}
	return out
}

// Len returns the number of rows (dyad-periods with at least one event).
func (t *Table) Len() int { return len(t.cells) }

// Events returns the number of events added.
func (t *Table) Events() int64 { return t.added }

// Skipped returns the counts of events not added, by reason.
func (t *Table) Skipped() Skipped { return t.skipped }

func lessRow(a, b *DyadPeriod) bool {
	if a.Dyad.A != b.Dyad.A {
		return a.Dyad.A < b.Dyad.A
	}
	if a.Dyad.B != b.Dyad.B {
		return a.Dyad.B < b.Dyad.B
	}
	return a.Start.Before(b.Start)
}

// Rows returns a copy of every row, sorted by dyad (A, then B) and then by
// period start.
func (t *Table) Rows() []DyadPeriod {
	out := make([]DyadPeriod, len(t.cells))
	copy(out, t.cells)
	sort.Slice(out, func(i, j int) bool { return lessRow(&out[i], &out[j]) })
	return out
}

// EachRow calls f with each row in Rows' order, without copying the rows
// (Rows copies every row: 352 bytes each, 23 MB for the 67,644 dyad-months
// of 2M GDELT rows; sorting their indexes takes 4 bytes a row). r points
// into t: f must not change t or *r, and r is valid only until t changes
// (Add, Merge).
func (t *Table) EachRow(f func(r *DyadPeriod)) {
	idx := make([]int32, len(t.cells))
	for i := range idx {
		idx[i] = int32(i)
	}
	t.eachSorted(idx, f)
}

// eachSorted calls f with the rows of idx (indexes into t.cells) in Rows'
// order; it sorts idx.
func (t *Table) eachSorted(idx []int32, f func(r *DyadPeriod)) {
	sort.Slice(idx, func(i, j int) bool { return lessRow(&t.cells[idx[i]], &t.cells[idx[j]]) })
	for _, i := range idx {
		f(&t.cells[i])
	}
}

// EachMarked calls f with each row that has a lasting-state mark sum
// (Stats.Marks not nil), in Rows' order, without copying the rows: what
// the lasting states read (score.LastingLogFromTable). On 2M GDELT rows
// ~20,000 of 67,644 dyad-months have a mark; copying every row for them
// (Rows: 352 bytes a row) took 23 MB at the main job's peak, sorting
// their indexes takes 80 kB. r points into t, as in EachRow.
func (t *Table) EachMarked(f func(r *DyadPeriod)) {
	var idx []int32
	for i := range t.cells {
		if t.cells[i].Marks != nil {
			idx = append(idx, int32(i))
		}
	}
	t.eachSorted(idx, f)
}

// Dyads returns the distinct dyads, sorted (A, then B).
func (t *Table) Dyads() []Dyad {
	idx := t.dyadIndex()
	out := make([]Dyad, 0, len(idx))
	for d := range idx {
		out = append(out, d)
	}
	sortDyads(out)
	return out
}

func sortDyads(ds []Dyad) {
	sort.Slice(ds, func(i, j int) bool {
		if ds[i].A != ds[j].A {
			return ds[i].A < ds[j].A
		}
		return ds[i].B < ds[j].B
	})
}

// NumDyads returns the number of distinct dyads.
func (t *Table) NumDyads() int { return len(t.dyadIndex()) }

// dyadIndex maps each dyad to its cells, sorted by period.
func (t *Table) dyadIndex() map[Dyad][]int32 {
	if t.byDyad != nil {
		return t.byDyad
	}
	idx := map[Dyad][]int32{}
	for i := range t.cells {
		d := t.cells[i].Dyad
		idx[d] = append(idx[d], int32(i))
	}
	for _, list := range idx {
		sort.Slice(list, func(i, j int) bool { return t.cells[list[i]].Start.Before(t.cells[list[j]].Start) })
	}
	t.byDyad = idx
	return idx
}

// normalize returns d as the table keys it: unchanged for directed tables,
// with its codes in ascending order for undirected ones.
func (t *Table) normalize(d Dyad) Dyad {
	if t.opts.Directed {
		return d
	}
	return d.Undirected()
}

// Series returns a copy of one dyad's rows sorted by period (only periods
// with events; Granularity.Periods lists the full range). For an
// undirected table d is normalised first, so CHN-RUS and RUS-CHN give the
// same rows. It returns nil for a dyad without events.
func (t *Table) Series(d Dyad) []DyadPeriod {
	list := t.dyadIndex()[t.normalize(d)]
	if len(list) == 0 {
		return nil
	}
	out := make([]DyadPeriod, len(list))
	for i, c := range list {
		out[i] = t.cells[c]
	}
	return out
}

// Total returns the statistics of every period of one dyad merged (d is
// normalised as in Series); zero Stats for a dyad without events.
func (t *Table) Total(d Dyad) Stats {
	var s Stats
	for _, c := range t.dyadIndex()[t.normalize(d)] {
		s.Merge(&t.cells[c].Stats)
	}
	return s
}

// DyadCount is a dyad with its number of events.
type DyadCount struct {
	Dyad   Dyad
	Events int64
}

// Busiest returns the n dyads with the most events, with their counts,
// most first (ties in dyad order); n <= 0 returns every dyad so ranked.
// Self-dyads take part (test Dyad.Self to leave them out).
func (t *Table) Busiest(n int) []Dyad {
	counts := t.BusiestCounts(n)
	out := make([]Dyad, len(counts))
	for i, c := range counts {
		out[i] = c.Dyad
	}
	return out
}

// BusiestCounts is Busiest with the event counts.
func (t *Table) BusiestCounts(n int) []DyadCount {
	return t.BusiestBetween(time.Time{}, time.Time{}, n)
}

// BusiestBetween is BusiestCounts counting only the rows whose period
// starts in [from, to) (a zero bound is open); dyads without such rows are
// left out. It does not copy the rows.
func (t *Table) BusiestBetween(from, to time.Time, n int) []DyadCount {
	idx := t.dyadIndex()
	all := make([]DyadCount, 0, len(idx))
	for d, list := range idx {
		var events int64
		rows := 0
		for _, c := range list {
			cell := &t.cells[c]
			if (!from.IsZero() && cell.Start.Before(from)) || (!to.IsZero() && !cell.Start.Before(to)) {
				continue
			}
			events += cell.N
			rows++
		}
		if rows > 0 {
			all = append(all, DyadCount{d, events})
		}
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].Events != all[j].Events {
			return all[i].Events > all[j].Events
		}
		if all[i].Dyad.A != all[j].Dyad.A {
			return all[i].Dyad.A < all[j].Dyad.A
		}
		return all[i].Dyad.B < all[j].Dyad.B
	})
	if n > 0 && n < len(all) {
		all = all[:n]
	}
	return all
}

// Countries returns the distinct country codes of the table's dyads,
// sorted.
func (t *Table) Countries() []string {
	seen := map[string]bool{}
	for i := range t.cells {
		seen[t.cells[i].Dyad.A] = true
		seen[t.cells[i].Dyad.B] = true
	}
	out := make([]string, 0, len(seen))
	for c := range seen {
		out = append(out, c)
	}
	sort.Strings(out)
	return out
}

// PeriodEvents returns the number of events (Stats.N) of each period,
// by period start, summed over the dyads: what a caller that needs the
// table's timeline gets without copying its rows (Rows).
func (t *Table) PeriodEvents() map[time.Time]int64 {
	out := map[time.Time]int64{}
	for i := range t.cells {
		out[t.cells[i].Start] += t.cells[i].N
	}
	return out
}

// Span returns the earliest and latest event dates in the table (zero
// times for an empty table).
func (t *Table) Span() (first, last time.Time) {
	for i := range t.cells {
		s := &t.cells[i].Stats
		if !s.First.IsZero() && (first.IsZero() || s.First.Before(first)) {
			first = s.First
		}
		if !s.Last.IsZero() && (last.IsZero() || s.Last.After(last)) {
			last = s.Last
		}
	}
	return first, last
}
