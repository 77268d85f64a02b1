//go:build unix

package score

import (
	"syscall"
	"testing"
	"time"
)

// cpuTime returns the process's user + system CPU time, so that the
// benchmarks can report the CPU a run takes on a machine shared with other
// work (wall time there measures the load, not the code).
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU reports the CPU seconds per op since start.
func reportCPU(b *testing.B, start time.Duration) {
	b.ReportMetric((cpuTime()-start).Seconds()/float64(b.N), "cpu-s/op")
}
