package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"time"

	"github.com/entente/entente/dataset"
)

func main() {
	f, _ := os.Create("/tmp/cpu.prof")
	pprof.StartCPUProfile(f)
	t0 := time.Now()
	in, _, err := dataset.IngestFiles(os.Args[1:], &dataset.IngestOptions{Aggregate: &dataset.AggregateOptions{ExcludeSelf: true}})
	pprof.StopCPUProfile()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println(time.Since(t0), err, in.Dedup, in.Table.Len(), m.HeapSys>>20, m.TotalAlloc>>20)
	h, _ := os.Create("/tmp/heap.prof")
	pprof.WriteHeapProfile(h)
}
