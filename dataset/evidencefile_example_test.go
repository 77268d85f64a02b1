package dataset_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/entente/entente/dataset"
)

// Evidence kept by day on two machines, written as evidence files and
// merged into the monthly pool a report reads: of the three report lines
// of CHN-RUS in May 2024, the top two are kept (|Goldstein| 10 for the
// fighting reported in both directions, then 4 for the intent to meet;
// the 1.9 of the visit is cut).
func ExampleReadEvidenceFiles() {
	dir, _ := os.MkdirTemp("", "evidence")
	defer os.RemoveAll(dir)
	day := &dataset.AggregateOptions{Granularity: dataset.Day}
	event := func(d int, src, tgt, code string, order int64) dataset.EvidenceRow {
		e := dataset.NewEvent()
		e.Date = time.Date(2024, 5, d, 0, 0, 0, 0, time.UTC)
		e.Source.Country, e.Target.Country = src, tgt
		e.SetCode(code)
		return dataset.EvidenceRow{Dyad: dataset.Dyad{A: src, B: tgt}, Start: e.Date, Order: order, Event: e}
	}
	shards := [][]dataset.EvidenceRow{
		{event(3, "CHN", "RUS", "042", 1), event(2, "RUS", "CHN", "190", 2)},
		{event(2, "CHN", "RUS", "036", 3), event(2, "CHN", "RUS", "190", 4)},
	}
	var paths []string
	for i, rows := range shards {
		var b bytes.Buffer
		dataset.WriteEvidenceRows(&b, &dataset.EvidenceInfo{Options: *day, Top: 10}, dataset.TopEvidence(rows, 10, day))
		p := filepath.Join(dir, fmt.Sprintf("evidence-%d.csv", i))
		os.WriteFile(p, b.Bytes(), 0o644)
		paths = append(paths, p)
	}
	rows, info, _, err := dataset.ReadEvidenceFiles(paths, nil, nil, 2) // nil: months; 2 lines
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("kept by day, top", info.Top)
	for _, r := range rows {
		e := r.Event
		fmt.Println(r.Dyad, r.Start.Format("2006-01"), e.Date.Format("01-02"), e.Source.Country+"→"+e.Target.Country, e.Code, e.Goldstein)
	}
	// Output:
	// kept by day, top 10
	// CHN-RUS 2024-05 05-02 RUS→CHN 190 -10
	// CHN-RUS 2024-05 05-02 CHN→RUS 036 4
	// CHN-RUS 2024-05 05-02 CHN→RUS 190 -10
}
