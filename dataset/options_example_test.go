package dataset_test

import (
	"fmt"
	"strings"

	"github.com/entente/entente/dataset"
)

// ReadOptions: a nil pointer or a zero field means the default. Here the
// rows outside the roots asked for are filtered (counted, not dropped
// silently) and the bad row is written to Rejects after the header, ready
// to be fixed and read again.
func ExampleReadOptions() {
	sheet := "date,source,target,code\n" +
		"2024-05-16,CHN,RUS,042\n" +
		"2024-05-17,CHN,RUS,173\n" +
		"2024-05-18,CHN,RUS,4O2\n"
	var rejects strings.Builder
	events, rep, err := dataset.ReadEvents(strings.NewReader(sheet), "sheet.csv", &dataset.ReadOptions{
		Filter:  &dataset.Filter{Roots: []string{"04"}},
		Rejects: &rejects,
	})
	if err != nil {
		panic(err)
	}
	fmt.Println(len(events), rep.RowsLine())
	fmt.Print(rejects.String())
	// Output:
	// 1 rows: read=3 kept=1 rejected=1 filtered=1
	// date,source,target,code
	// 2024-05-18,CHN,RUS,4O2
}
