package dataset_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/entente/entente/cameo"
	"github.com/entente/entente/dataset"
)

// Two shards aggregated apart at day resolution (on two machines, say),
// written as stats files and merged into one monthly table.
func ExampleReadStatsFiles() {
	dir, _ := os.MkdirTemp("", "stats")
	defer os.RemoveAll(dir)
	day := &dataset.AggregateOptions{Granularity: dataset.Day}
	var paths []string
	for i, d := range []int{2, 20} {
		t := dataset.NewTable(day)
		e := dataset.NewEvent()
		e.Date = time.Date(2024, 5, d, 0, 0, 0, 0, time.UTC)
		e.Source.Country, e.Target.Country = "RUS", "CHN"
		e.SetCode("042") // Goldstein 1.9
		t.Add(&e)
		var b bytes.Buffer
		dataset.WriteStats(&b, t)
		p := filepath.Join(dir, fmt.Sprintf("part-%d.csv", i))
		os.WriteFile(p, b.Bytes(), 0o644)
		paths = append(paths, p)
	}
	head, _ := os.ReadFile(paths[0])
	fmt.Println(dataset.IsStatsFile(head))

	table, reports, err := dataset.ReadStatsFiles(paths, nil, nil) // nil: months
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(reports[0].RowsLine())
	for _, r := range table.Rows() {
		fmt.Println(r.Dyad, r.Start.Format("2006-01"), r.N, r.MeanGoldstein(), r.QuadShare(cameo.VerbalCoop))
	}
	// Output:
	// true
	// rows: read=1 kept=1 rejected=0 filtered=0
	// CHN-RUS 2024-05 2 1.9 1
}

func ExampleSum_Decimal() {
	var s dataset.Sum
	s.Add(0.1)
	s.Add(0.2)
	fmt.Println(s.Decimal(), s.Float()) // exact: 0.1+0.2 in float64 is 0.30000000000000004
	back, _ := dataset.ParseSum(s.Decimal())
	fmt.Println(back == s)
	// Output:
	// 0.300000000 0.3
	// true
}
