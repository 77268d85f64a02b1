package main

import (
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/entente/entente/dataset"
)

// isTerminal reports whether f is a character device (a terminal), without
// a dependency: progress output is shown only then.
func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	if err != nil {
		return false
	}
	return st.Mode()&os.ModeCharDevice != 0
}

// ingest returns the progress callback of the ingest stage
// (dataset.IngestOptions.Progress): nothing when progress is off, else,
// once reading has taken a second, a line with the input read (MB and
// share of the total when known), the rate in MB/s, the rows, the files
// done and, for inputs of known size, the time left at the rate so far.
// The line is cleared when reading ends.
func (p *progress) ingest() func(dataset.IngestProgress) {
	if !p.on {
		return nil
	}
	shown := false
	return func(s dataset.IngestProgress) {
		if s.Done {
			if shown {
				p.clear()
			}
			return
		}
		if s.Elapsed < time.Second {
			return
		}
		shown = true
		fmt.Fprint(p.w, "\r\x1b[K"+ingestLine(s))
	}
}

// ingestLine is the progress line of the ingest stage.
func ingestLine(s dataset.IngestProgress) string {
	mb := float64(s.Bytes) / 1e6
	rate := 0.0
	if sec := s.Elapsed.Seconds(); sec > 0 {
		rate = mb / sec
	}
	var b strings.Builder
	fmt.Fprintf(&b, "reading %.0f", mb)
	if s.TotalBytes > 0 {
		frac := min(float64(s.Bytes)/float64(s.TotalBytes), 1)
		fmt.Fprintf(&b, "/%.0f MB %3.0f%%", float64(s.TotalBytes)/1e6, 100*frac)
	} else {
		b.WriteString(" MB")
	}
	fmt.Fprintf(&b, " · %.0f MB/s · %s rows · files %d/%d", rate, thousandsInt(int(s.Rows)), s.FilesDone, s.Files)
	if s.TotalBytes > 0 && s.Bytes > 0 && s.Bytes < s.TotalBytes {
		left := time.Duration(float64(s.Elapsed) * float64(s.TotalBytes-s.Bytes) / float64(s.Bytes))
		fmt.Fprintf(&b, " · ETA %s", left.Round(100*time.Millisecond))
	}
	return b.String()
}
