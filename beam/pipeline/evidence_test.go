package pipeline

import (
	"bytes"
	"context"
	"path/filepath"
	"sort"
	"testing"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/internal/sharedtest"
)

// singleEvidence is the evidence of files in one process: every file read
// in order, repeated reports merged over all of them (dataset.Dedup, or
// none with Dedup off), the merged events the table aggregates (not
// self-dyads) with their first appearance as Order, pooled by
// dataset.TopEvidence. It is the definition the pipeline must meet.
func singleEvidence(t *testing.T, files []string, s Settings) []dataset.EvidenceRow {
	t.Helper()
	r, err := s.resolve()
	if err != nil {
		t.Fatal(err)
	}
	var all []dataset.Event
	for _, f := range files {
		evs, _, err := dataset.ReadFile(f, &r.ro)
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, evs...)
	}
	if r.dedup {
		all, _ = dataset.Dedup(all, &dataset.DedupOptions{Key: r.dedupBy})
	}
	tab := dataset.NewTable(&r.ao)
	var rows []dataset.EvidenceRow
	for i := range all {
		e := &all[i]
		if tab.Add(e) && e.Source.Country != e.Target.Country {
			rows = append(rows, dataset.EvidenceRow{Dyad: dataset.Dyad{A: e.Source.Country, B: e.Target.Country}, Start: e.Date, Order: int64(i), Event: *e})
		}
	}
	return dataset.TopEvidence(rows, r.evidence, &r.evAO)
}

// evidenceFile writes rows as an evidence file's bytes. Order is replaced
// by the rank of the event's order among the rows (the pipeline's order
// is file × 2^40 + position, the single process's a running count: only
// their relative order is the same).
func evidenceFile(t *testing.T, rows []dataset.EvidenceRow, s Settings) []byte {
	t.Helper()
	r, _ := s.resolve()
	rows = append([]dataset.EvidenceRow(nil), rows...)
	orders := map[int64]bool{}
	for _, x := range rows {
		orders[x.Order] = true
	}
	sorted := make([]int64, 0, len(orders))
	for o := range orders {
		sorted = append(sorted, o)
	}
	sort.Slice(sorted, func(i, j int) bool { return sorted[i] < sorted[j] })
	rank := map[int64]int64{}
	for i, o := range sorted {
		rank[o] = int64(i)
	}
	for i := range rows {
		rows[i].Order = rank[rows[i].Order]
		rows[i].Event.Origin = dataset.Origin{} // the pipeline's paths are the matched ones
	}
	var b bytes.Buffer
	if err := dataset.WriteEvidenceRows(&b, &dataset.EvidenceInfo{Options: r.evAO, Dedup: r.dedupName(), Roles: r.roles, Top: r.evidence}, rows); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// checkEvidence runs the pipeline with evidence and compares the merged
// evidence shards with singleEvidence, byte for byte once written, and
// the stats with the single-process table.
func checkEvidence(t *testing.T, files []string, s Settings, shards int) {
	t.Helper()
	dir := t.TempDir()
	o := &Options{Input: joinGlobs(files), Output: filepath.Join(dir, "stats"), Shards: shards, Settings: s}
	if _, err := Run(context.Background(), "prism", o); err != nil {
		t.Fatal(err)
	}
	paths, err := EvidenceShards(filepath.Join(dir, "stats.evidence"))
	if err != nil || len(paths) != shards {
		t.Fatalf("%d evidence shards (%v), want %d", len(paths), err, shards)
	}
	r, _ := s.resolve()
	got, info, _, err := dataset.ReadEvidenceFiles(paths, nil, &r.evAO, r.evidence)
	if err != nil {
		t.Fatal(err)
	}
	want := singleEvidence(t, files, s)
	if len(want) < 50 {
		t.Fatalf("%d evidence events: the comparison is too small", len(want))
	}
	if info.Top != r.evidence || info.Dedup != r.dedupName() {
		t.Errorf("evidence info %+v", info)
	}
	if g, w := evidenceFile(t, got, s), evidenceFile(t, want, s); !bytes.Equal(g, w) {
		t.Errorf("pipeline evidence (%d events, %d bytes) differs from the single process's (%d events, %d bytes)", len(got), len(g), len(want), len(w))
	}
	stats, _ := Shards(filepath.Join(dir, "stats"))
	tab, _, err := dataset.ReadStatsFiles(stats, nil, &r.ao)
	if err != nil {
		t.Fatal(err)
	}
	wantTab, _ := single(t, files, s)
	if !bytes.Equal(statsBytes(t, tab), statsBytes(t, wantTab)) {
		t.Error("with evidence, the stats differ from the single-process table")
	}
	t.Logf("%d evidence events", len(got))
}

// TestEvidence: the pipeline's evidence shards merge into the evidence of
// all the merged events (the shared GDELT and ICEWS samples; 20
// generated GDELT files, whose events recur across files), with the
// default dedup, with dedup off, and with day pools and few lines.
func TestEvidence(t *testing.T) {
	samples := []string{
		sharedtest.Path(t, "data/gdelt/gdelt1_daily_events_sample_20160728.tsv"),
		sharedtest.Path(t, "data/icews/events.2018.sample.tab"),
	}
	t.Run("samples", func(t *testing.T) { checkEvidence(t, samples, Settings{Evidence: 3}, 3) })
	t.Run("samples-day", func(t *testing.T) {
		checkEvidence(t, samples, Settings{Evidence: 2, EvidencePeriod: "day", Dedup: "off"}, 2)
	})
	files := genFiles(t, t.TempDir(), 20, 2000)
	t.Run("generated", func(t *testing.T) { checkEvidence(t, files, Settings{Evidence: 4}, 4) })
}
