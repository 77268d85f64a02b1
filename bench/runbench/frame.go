package main

import (
	"fmt"
	"time"

	"github.com/entente/entente/dataset"
)

// frame times the gota DataFrame build of the aggregated table.
func frame(t *dataset.Table) string {
	start := time.Now()
	df := dataset.StatsFrame(t.Rows())
	return fmt.Sprintf(" frame_seconds=%.3f frame_rows=%d frame_cols=%d", time.Since(start).Seconds(), df.Nrow(), df.Ncol())
}
