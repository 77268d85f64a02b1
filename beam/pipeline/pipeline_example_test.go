package pipeline_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/entente/entente/beam/pipeline"
	"github.com/entente/entente/dataset"
)

// Two event files aggregated on Prism; the same event reported in both
// (CHN→RUS 042 on 2024-05-16) is merged once, as `report score` merges it.
func ExampleRun() {
	dir, _ := os.MkdirTemp("", "pipeline")
	defer os.RemoveAll(dir)
	os.WriteFile(filepath.Join(dir, "a.csv"), []byte("date,source,target,code\n2024-05-16,CHN,RUS,042\n2024-05-20,RUS,CHN,057\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "b.csv"), []byte("date,source,target,code\n2024-05-16,CHN,RUS,042\n2024-06-01,CHN,USA,112\nnot a date,CHN,RUS,042\n"), 0o644)
	out := filepath.Join(dir, "stats")
	acc, err := pipeline.Run(context.Background(), "prism", &pipeline.Options{
		Input: filepath.Join(dir, "*.csv"), Output: out, Shards: 1,
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	t := acc.Total()
	fmt.Printf("rows: read=%d kept=%d rejected=%d filtered=%d\n", t.Read, t.Kept, t.Rejected, t.Filtered)
	shards, _ := pipeline.Shards(out)
	table, _, _ := dataset.ReadStatsFiles(shards, nil, nil) // months
	for _, r := range table.Rows() {
		fmt.Println(r.Dyad, r.Start.Format("2006-01"), r.N, r.Reports, r.MeanGoldstein())
	}
	// Output:
	// rows: read=5 kept=4 rejected=1 filtered=0
	// CHN-RUS 2024-05 2 3 4.95
	// CHN-USA 2024-06 1 1 -2
}
