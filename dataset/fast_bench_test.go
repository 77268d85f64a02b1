package dataset

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"sync"
	"testing"

	"github.com/entente/entente/bench/gdeltgen"
)

// The benchmarks of the fast GDELT path run on a generated GDELT 1.0 file
// (bench/gdeltgen, the generator of BENCHMARKS.md) of benchRows rows,
// about 73 MB. BENCHMARKS.md records the full-size (2M rows, 730 MB)
// measurements of bench/compare.sh.
const benchRows = 200_000

var (
	benchOnce sync.Once
	benchData []byte
)

func benchFile(b *testing.B) (string, int64) {
	b.Helper()
	benchOnce.Do(func() { benchData = gdeltgen.Generate(gdeltgen.Options{Rows: benchRows}) })
	path := filepath.Join(b.TempDir(), "gdelt1.tsv")
	if err := os.WriteFile(path, benchData, 0o644); err != nil {
		b.Fatal(err)
	}
	return path, int64(len(benchData))
}

// BenchmarkAggregateGDELT is AggregateFiles (read + monthly undirected
// dyad aggregation) on the generated file, read from the page cache.
func BenchmarkAggregateGDELT(b *testing.B) {
	path, size := benchFile(b)
	for _, workers := range []int{1, runtime.GOMAXPROCS(0)} {
		b.Run("workers="+strconv.Itoa(workers), func(b *testing.B) {
			b.SetBytes(size)
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				t, reps, err := aggregateFiles([]string{path}, nil, nil, aggregateConfig{fast: true, workers: workers})
				if err != nil || reps[0].Read != benchRows || t.Len() == 0 {
					b.Fatalf("%v %v", err, reps[0])
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/benchRows, "ns/row")
		})
	}
	// The Event path on the same file: Reader.Next and Table.Add.
	b.Run("events", func(b *testing.B) {
		b.SetBytes(size)
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			if _, _, err := aggregateFiles([]string{path}, nil, nil, aggregateConfig{fast: false, workers: 1}); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/benchRows, "ns/row")
	})
}

// BenchmarkFastScan is the fast path's CPU work alone: one worker scanning
// the generated file from memory (no system calls).
func BenchmarkFastScan(b *testing.B) {
	benchFile(b)
	plan := &fastPlan{ro: ReadOptions{MaxLineBytes: DefaultMaxLineBytes, MaxSamples: DefaultMaxSamples}}
	plan.codes = newFastCodes(&plan.ro, &plan.ao)
	b.SetBytes(int64(len(benchData)))
	b.ReportAllocs()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		w := newFastWorker(plan)
		t := &fastTask{path: "mem", part: "mem", format: FormatGDELT1, version: gdeltV1}
		w.beginTask(t)
		w.scan(bytes.NewReader(benchData), 0, math.MaxInt64, false, true)
		w.endTask()
		if t.rep.Read != benchRows {
			b.Fatalf("read %d", t.rep.Read)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/benchRows, "ns/row")
	b.ReportMetric(float64((cpuTime()-cpu0).Nanoseconds())/float64(b.N)/benchRows, "cpu-ns/row")
}
