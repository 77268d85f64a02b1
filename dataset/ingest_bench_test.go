package dataset

import (
	"runtime"
	"testing"
)

// Allocation budgets of the streaming ingest per row read, on the
// generated 200,000-row benchmark file. Its memory is the dedup key set
// (16 bytes a distinct key, shards at most 4/5 full, doubling one by one),
// 40 bytes a distinct key of an aggregated dyad, the interned actor codes
// and the dyad-period rows; nothing is allocated per row. Measured
// 2026-12-07 (go test -bench IngestGDELT -benchtime 3x): 0.0375
// allocations and 126 bytes per row with dedup, 0.0098 and 89 without
// (fixed costs — read buffers, the table — spread over the rows); with
// the parallel ordered pipeline (second round) 0.040 and 118 (each worker
// has its buffers and interning caches; batches of rows in flight; the
// key table presized; 256 kB read buffers) and 0.0097 and 67; with the
// lasting-state mark sums (Stats.Marks: a fast-path cell 128 → 208 bytes,
// a table row 344 → 504, a dedup group 40 → 48; -benchtime 3x, same
// machine, before/after) 117 → 133 and 67 → 91 bytes; the marks held
// sparsely (a cell 136 bytes, a row 352) 121 and 80 bytes, but
// 0.057 and 0.027 allocations (one per dyad-period with a mark); the
// rows' mark sums taken from blocks of 128 (markSlab) and a dedup group
// back to 40 bytes (one flags byte): 0.040 and 120 bytes, 0.010 and 80.
// The budgets allow about 30 % of noise and growth in allocations (an
// allocation per dyad-period with a mark exceeds them), not a per-row
// allocation (at least one allocation a row) or a group of twice the size.
var ingestBudget = map[string]struct{ allocs, bytes float64 }{
	"dedup=actors": {0.055, 170},
	"dedup=off":    {0.015, 120},
}

// BenchmarkIngestGDELT is IngestFiles (read, streaming dedup, monthly
// undirected aggregation, no evidence) on the generated file; it fails
// when allocation per row exceeds ingestBudget.
func BenchmarkIngestGDELT(b *testing.B) {
	path, size := benchFile(b)
	for _, name := range []string{"dedup=actors", "dedup=off"} {
		b.Run(name, func(b *testing.B) {
			o := &IngestOptions{NoDedup: name == "dedup=off"}
			b.SetBytes(size)
			b.ReportAllocs()
			var allocs, bytes float64
			for i := 0; i < b.N; i++ {
				a0, b0 := memAllocs()
				in, reps, err := IngestFiles([]string{path}, o)
				if err != nil || reps[0].Read != benchRows || in.Table.Len() == 0 {
					b.Fatalf("%v %v", err, reps[0])
				}
				a1, b1 := memAllocs()
				allocs += float64(a1 - a0)
				bytes += float64(b1 - b0)
			}
			perRow := func(x float64) float64 { return x / float64(b.N) / benchRows }
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/benchRows, "ns/row")
			b.ReportMetric(perRow(allocs), "allocs/row")
			b.ReportMetric(perRow(bytes), "B/row")
			if bud := ingestBudget[name]; perRow(allocs) > bud.allocs || perRow(bytes) > bud.bytes {
				b.Fatalf("IngestFiles (%s) allocates %.4f times and %.1f bytes per row; the budget is %v and %v (see ingestBudget)",
					name, perRow(allocs), perRow(bytes), bud.allocs, bud.bytes)
			}
		})
	}
}

// memAllocs returns the process's cumulative heap allocations and bytes.
func memAllocs() (uint64, uint64) {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.Mallocs, m.TotalAlloc
}
