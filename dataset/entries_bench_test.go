package dataset

import (
	"strconv"
	"testing"

	"github.com/entente/entente/bench/gdeltgen"
)

// BenchmarkZipEntries is AggregateFiles on a zip archive of four entries
// of 50,000 generated GDELT 1.0 rows each (bench/gdeltgen, seeds 1–4):
// "entries" the per-entry fast path (entries.go), "reader" the Reader
// alone, as every archive of several entries was read before.
func BenchmarkZipEntries(b *testing.B) {
	const rows, n = 50_000, 4
	var entries []zipEntry
	for s := 1; s <= n; s++ {
		entries = append(entries, zipEntry{name: "e" + strconv.Itoa(s) + ".tsv", body: string(gdeltgen.Generate(gdeltgen.Options{Rows: rows, Seed: uint64(s)}))})
	}
	path := writeTemp(b, "entries.zip", zipBytes(b, entries...))
	for _, c := range []struct {
		name string
		fast bool
	}{{"entries", true}, {"reader", false}} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				_, reps, err := aggregateFiles([]string{path}, nil, nil, aggregateConfig{fast: c.fast, workers: 1})
				if err != nil || reps[0].Read != rows*n {
					b.Fatalf("%v %v", err, reps[0])
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/(rows*n), "ns/row")
		})
	}
}
