package pipeline

import (
	"context"
	"fmt"
	"path/filepath"
	"time"

	"github.com/entente/entente/dataset"
)

// The evidence (Settings.Evidence > 0): the events a report shows as top
// events and change-point drivers, kept per dyad-period pool as
// dataset.TopEvidence keeps them, so that `report STATS… EVIDENCE…` lists
// what `report RAWFILES…` lists. It is built after the deduplication, from
// whole merged events (their numbers and texts final), in three steps:
// each dedup group emits its merged events, reduced to the best of each
// report line and direction (dedupGroupFn); each pool (dyad and
// evidence period) is gathered and cut to its top lines
// (topEvidenceFn); each shard writes its pools, sorted
// (writeEvidenceFn). Each step is exact, so the shards are too, and
// their union read by dataset.ReadEvidenceFiles is the evidence of all
// the merged events.

// EvidenceRec is one evidence event on its way to its pool and shard:
// the pool (A, B in the table's orientation, Start in Unix seconds), the
// position of the event's first report (file index × 2^40 + position in
// the file) and the event.
type EvidenceRec struct {
	A, B  string
	Start int64
	Order int64
	Rec   EventRec
}

func evidenceRec(r *dataset.EvidenceRow) EvidenceRec {
	return EvidenceRec{A: r.Dyad.A, B: r.Dyad.B, Start: r.Start.Unix(), Order: r.Order, Rec: recOf(&r.Event, 0, 0, true)}
}

func (r *EvidenceRec) row() dataset.EvidenceRow {
	return dataset.EvidenceRow{Dyad: dataset.Dyad{A: r.A, B: r.B}, Start: time.Unix(r.Start, 0).UTC(), Order: r.Order, Event: r.Rec.event()}
}

// topEvidenceFn cuts one pool to its top lines and sends its events to
// the pool's dyad's shard.
type topEvidenceFn struct {
	S      Settings
	Shards int
}

func (f *topEvidenceFn) ProcessElement(_ string, iter func(*EvidenceRec) bool, emit func(int, EvidenceRec)) error {
	r, err := f.S.resolve()
	if err != nil {
		return err
	}
	var rows []dataset.EvidenceRow
	var rec EvidenceRec
	for iter(&rec) {
		rows = append(rows, rec.row())
		rec = EvidenceRec{}
	}
	for _, row := range dataset.TopEvidence(rows, r.evidence, &r.evAO) {
		emit(shardOf(row.Dyad, f.Shards), evidenceRec(&row))
	}
	return nil
}

// emptyEvidenceFn makes sure every evidence shard has an element.
type emptyEvidenceFn struct{}

func (emptyEvidenceFn) ProcessElement(i int, emit func(int, EvidenceRec)) error {
	emit(i, EvidenceRec{})
	return nil
}

// EvidenceShardName is the name of evidence shard i of n in the
// evidence folder.
func EvidenceShardName(i, n int) string { return fmt.Sprintf("evidence-%05d-of-%05d.csv", i, n) }

// EvidenceShards lists the evidence files of a local evidence folder,
// sorted.
func EvidenceShards(dir string) ([]string, error) {
	return filepath.Glob(filepath.Join(dir, "evidence-*-of-*.csv"))
}

// writeEvidenceFn writes one evidence shard, its pools sorted.
type writeEvidenceFn struct {
	S        Settings
	Evidence string
	Shards   int
}

func (f *writeEvidenceFn) ProcessElement(ctx context.Context, shard int, iter func(*EvidenceRec) bool) error {
	r, err := f.S.resolve()
	if err != nil {
		return err
	}
	var rows []dataset.EvidenceRow
	var rec EvidenceRec
	for iter(&rec) {
		if rec.A != "" { // not the shard's placeholder
			rows = append(rows, rec.row())
		}
		rec = EvidenceRec{}
	}
	if len(rows) > 0 {
		// the pools are whole and cut already: this sorts them
		rows = dataset.TopEvidence(rows, r.evidence, &r.evAO)
	}
	return writeFile(ctx, joinPath(f.Evidence, EvidenceShardName(shard, f.Shards)), func(w writer) error {
		return dataset.WriteEvidenceRows(w, &dataset.EvidenceInfo{Options: r.evAO, Dedup: r.dedupName(), Roles: r.roles, Top: r.evidence}, rows)
	})
}
