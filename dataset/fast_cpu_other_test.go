//go:build !unix

package dataset

import "time"

// cpuTime is not measured on this system; the cpu-ns/row metric reads 0.
func cpuTime() time.Duration { return 0 }
