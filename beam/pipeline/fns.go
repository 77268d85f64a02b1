package pipeline

import (
	"context"
	"fmt"
	"reflect"
	"sort"
	"strconv"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/entente/entente/dataset"
)

func init() {
	beam.RegisterCoder(reflect.TypeOf(dataset.Stats{}), encodeStats, decodeStats)
	register.DoFn4x0[context.Context, FileTask, func(string, dataset.Stats), func(FileResult)](&aggregateFileFn{})
	register.DoFn4x0[context.Context, FileTask, func(string, EventRec), func(FileResult)](&readEventsFn{})
	register.DoFn4x1[string, func(*EventRec) bool, func(string, dataset.Stats), func(string, EvidenceRec), error](&dedupGroupFn{})
	register.DoFn3x1[string, func(*EvidenceRec) bool, func(int, EvidenceRec), error](&topEvidenceFn{})
	register.DoFn3x1[context.Context, int, func(*EvidenceRec) bool, error](&writeEvidenceFn{})
	register.DoFn2x1[int, func(int, EvidenceRec), error](&emptyEvidenceFn{})
	register.Emitter2[string, EvidenceRec]()
	register.Emitter2[int, EvidenceRec]()
	register.Iter1[*EvidenceRec]()
	register.Combiner1[dataset.Stats](&mergeStatsFn{})
	register.DoFn3x1[string, dataset.Stats, func(int, ShardRow), error](&toShardFn{})
	register.DoFn3x1[context.Context, int, func(*ShardRow) bool, error](&writeShardFn{})
	register.DoFn2x1[FileResult, func(int, FileResult), error](&keyResultFn{})
	register.DoFn2x1[int, func(int, ShardRow), error](&emptyShardFn{})
	register.DoFn3x1[context.Context, int, func(*FileResult) bool, error](&writeAccountingFn{})
	register.Emitter2[string, dataset.Stats]()
	register.Emitter2[string, EventRec]()
	register.Emitter1[FileResult]()
	register.Emitter2[int, ShardRow]()
	register.Emitter2[int, FileResult]()
	register.Iter1[*EventRec]()
	register.Iter1[*ShardRow]()
	register.Iter1[*FileResult]()
}

func encodeStats(s dataset.Stats) ([]byte, error) { return s.MarshalBinary() }

func decodeStats(b []byte) (dataset.Stats, error) {
	var s dataset.Stats
	err := s.UnmarshalBinary(b)
	return s, err
}

// aggregateFileFn aggregates one file on its own (Dedup off): the
// dataset.AggregateFiles fast path for local files, Reader and
// Table.Add for remote ones. It emits the file's rows keyed by cell and
// its accounting; a file that fails emits its accounting only.
type aggregateFileFn struct {
	S Settings
}

func (f *aggregateFileFn) ProcessElement(ctx context.Context, t FileTask, emit func(string, dataset.Stats), account func(FileResult)) {
	r, err := f.S.resolve()
	if err != nil {
		account(result(t, nil, err))
		return
	}
	var tab *dataset.Table
	var rep *dataset.Report
	if isLocal(t.Path) {
		var reps []*dataset.Report
		tab, reps, err = dataset.AggregateFiles([]string{t.Path}, &r.ro, &r.ao)
		if len(reps) == 1 {
			rep = reps[0]
		}
	} else {
		tab = dataset.NewTable(&r.ao)
		rep, err = readAll(ctx, t.Path, &r.ro, func(e *dataset.Event) { tab.Add(e) })
	}
	res := result(t, rep, err)
	if err == nil {
		sk := tab.Skipped()
		res.NotDyadic, res.Undated = sk.NotDyadic, sk.Undated
		for _, row := range tab.Rows() {
			emit(cellKey(row.Dyad, row.Start), row.Stats)
		}
	}
	account(res)
}

// readEventsFn reads one file (Dedup on) and emits its dated dyadic
// events keyed by groupKey, after the whole file was read: a file that
// fails emits its accounting only.
type readEventsFn struct {
	S Settings
}

func (f *readEventsFn) ProcessElement(ctx context.Context, t FileTask, emit func(string, EventRec), account func(FileResult)) {
	r, err := f.S.resolve()
	if err != nil {
		account(result(t, nil, err))
		return
	}
	type keyed struct {
		key string
		rec EventRec
	}
	var out []keyed
	var seq int64
	var notDyadic, undated int64
	rep, err := readAll(ctx, t.Path, &r.ro, func(e *dataset.Event) {
		seq++
		switch {
		case !e.Dyadic():
			notDyadic++
		case e.Date.IsZero():
			undated++
		default:
			out = append(out, keyed{groupKey(e), recOf(e, t.Index, seq, r.evidence > 0)})
		}
	})
	res := result(t, rep, err)
	if err == nil {
		res.NotDyadic, res.Undated = notDyadic, undated
		for i := range out {
			emit(out[i].key, out[i].rec)
		}
	}
	account(res)
}

// dedupGroupFn deduplicates one group of possible duplicates in input
// order with dataset.Dedup (or, with Dedup off, keeps each event) and
// aggregates the result with dataset.Table. With evidence, it also emits
// the group's candidates for the evidence, keyed by pool: each merged
// event the table aggregated, self-dyads left out, with its first
// report's position as Order, pre-reduced to the best event of each
// report line and direction (dataset.TopEvidence with every line kept:
// exact, since a line's best is the best of its groups' bests).
type dedupGroupFn struct {
	S Settings
}

func (f *dedupGroupFn) ProcessElement(_ string, iter func(*EventRec) bool, emit func(string, dataset.Stats), evidence func(string, EvidenceRec)) error {
	r, err := f.S.resolve()
	if err != nil {
		return err
	}
	var recs []EventRec
	var rec EventRec
	for iter(&rec) {
		recs = append(recs, rec)
		rec = EventRec{}
	}
	sort.Slice(recs, func(i, j int) bool {
		if recs[i].File != recs[j].File {
			return recs[i].File < recs[j].File
		}
		return recs[i].Seq < recs[j].Seq
	})
	events := make([]dataset.Event, len(recs))
	for i := range recs {
		events[i] = recs[i].event()
		// the position in recs, to find each merged event's first
		// report (Dedup keeps the first event's ID); restored below
		events[i].ID = strconv.Itoa(i)
	}
	if r.dedup {
		events, _ = dataset.Dedup(events, &dataset.DedupOptions{Key: r.dedupBy})
	}
	tab := dataset.NewTable(&r.ao)
	var cands []dataset.EvidenceRow
	for i := range events {
		e := &events[i]
		first, _ := strconv.Atoi(e.ID)
		e.ID = recs[first].Text.ID
		if tab.Add(e) && r.evidence > 0 && e.Source.Country != e.Target.Country {
			cands = append(cands, dataset.EvidenceRow{Dyad: dataset.Dyad{A: e.Source.Country, B: e.Target.Country}, Start: e.Date,
				Order: int64(recs[first].File)<<40 | recs[first].Seq, Event: *e})
		}
	}
	for _, row := range tab.Rows() {
		emit(cellKey(row.Dyad, row.Start), row.Stats)
	}
	if len(cands) > 0 {
		for _, c := range dataset.TopEvidence(cands, len(cands), &r.evAO) {
			evidence(cellKey(c.Dyad, c.Start), evidenceRec(&c))
		}
	}
	return nil
}

// mergeStatsFn is the CombineFn: the exact, order-independent merge.
type mergeStatsFn struct{}

func (mergeStatsFn) MergeAccumulators(a, b dataset.Stats) dataset.Stats {
	a.Merge(&b)
	return a
}

// ShardRow is one dyad-period on its way to a shard: the cell key and
// the Stats in their binary form.
type ShardRow struct {
	Key   string
	Stats []byte
}

// toShardFn assigns each row to its shard by its dyad.
type toShardFn struct {
	Shards int
}

func (f *toShardFn) ProcessElement(key string, s dataset.Stats, emit func(int, ShardRow)) error {
	d, _, err := parseCellKey(key)
	if err != nil {
		return err
	}
	b, err := s.MarshalBinary()
	if err != nil {
		return err
	}
	emit(shardOf(d, f.Shards), ShardRow{Key: key, Stats: b})
	return nil
}

// shardOf is FNV-1a of "A-B" modulo n.
func shardOf(d dataset.Dyad, n int) int {
	h := uint32(2166136261)
	for _, c := range []byte(d.String()) {
		h ^= uint32(c)
		h *= 16777619
	}
	return int(h % uint32(n))
}

// ShardName is the name of shard i of n in the output folder.
func ShardName(i, n int) string { return fmt.Sprintf("stats-%05d-of-%05d.csv", i, n) }

// writeShardFn writes one shard's rows, sorted, as a stats file.
type writeShardFn struct {
	S      Settings
	Output string
	Shards int
}

func (f *writeShardFn) ProcessElement(ctx context.Context, shard int, iter func(*ShardRow) bool) error {
	r, err := f.S.resolve()
	if err != nil {
		return err
	}
	var rows []dataset.DyadPeriod
	var sr ShardRow
	for iter(&sr) {
		if sr.Key == "" { // the shard's placeholder (emptyShardFn)
			continue
		}
		d, start, err := parseCellKey(sr.Key)
		if err != nil {
			return err
		}
		row := dataset.DyadPeriod{Dyad: d, Start: start}
		if err := row.Stats.UnmarshalBinary(sr.Stats); err != nil {
			return err
		}
		rows = append(rows, row)
	}
	sortRows(rows)
	return writeFile(ctx, joinPath(f.Output, ShardName(shard, f.Shards)), func(w writer) error {
		return dataset.WriteStatsRows(w, &dataset.StatsInfo{Options: r.ao, Dedup: r.dedupName(), Roles: r.roles}, rows)
	})
}

// sortRows sorts as dataset.Table.Rows does: dyad (A, then B), period.
func sortRows(rows []dataset.DyadPeriod) {
	sort.Slice(rows, func(i, j int) bool {
		a, b := &rows[i], &rows[j]
		if a.Dyad.A != b.Dyad.A {
			return a.Dyad.A < b.Dyad.A
		}
		if a.Dyad.B != b.Dyad.B {
			return a.Dyad.B < b.Dyad.B
		}
		return a.Start.Before(b.Start)
	})
}

// keyResultFn puts every file's accounting under one key, to be written
// as one file.
type keyResultFn struct{}

func (keyResultFn) ProcessElement(r FileResult, emit func(int, FileResult)) error {
	emit(0, r)
	return nil
}

// writeAccountingFn writes files.csv and rejects.csv.
type writeAccountingFn struct {
	Accounting string
}

func (f *writeAccountingFn) ProcessElement(ctx context.Context, _ int, iter func(*FileResult) bool) error {
	var all []FileResult
	var r FileResult
	for iter(&r) {
		all = append(all, r)
		r = FileResult{}
	}
	return writeAccounting(ctx, f.Accounting, all)
}
