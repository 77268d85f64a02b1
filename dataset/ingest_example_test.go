package dataset_test

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/entente/entente/dataset"
)

// IngestFiles streams a file into deduplicated dyad-month statistics. The
// two rows of 2024-05-16 are one event (same day, actors and code) reported
// twice: one event with two reports in May; the evidence keeps the
// weightiest event of each dyad-month (Evidence: 1): the 057 agreement
// (Goldstein 8) over the 042 visit (1.9).
func ExampleIngestFiles() {
	dir, _ := os.MkdirTemp("", "ingest")
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "events.csv")
	os.WriteFile(path, []byte("date,source,target,code\n"+
		"2024-05-16,RUS,CHN,042\n"+
		"2024-05-16,RUS,CHN,042\n"+
		"2024-05-16,CHN,RUS,057\n"+
		"2024-06-03,CHN,RUS,036\n"), 0o644)

	in, reports, err := dataset.IngestFiles([]string{path}, &dataset.IngestOptions{Evidence: 1})
	if err != nil {
		panic(err)
	}
	fmt.Println(reports[0].RowsLine())
	fmt.Println(in.Dedup)
	for _, r := range in.Table.Rows() {
		fmt.Println(r.Dyad, r.Start.Format("2006-01"), "events", r.N, "reports", r.Reports)
	}
	for _, e := range in.Evidence(dataset.Dyad{A: "RUS", B: "CHN"}) {
		fmt.Println(e.Date.Format("2006-01-02"), e.Code, e.Goldstein)
	}
	// Output:
	// rows: read=4 kept=4 rejected=0 filtered=0
	// dedup: in=4 out=3 merged=1
	// CHN-RUS 2024-05 events 2 reports 3
	// CHN-RUS 2024-06 events 1 reports 1
	// 2024-05-16 057 8
	// 2024-06-03 036 4
}
