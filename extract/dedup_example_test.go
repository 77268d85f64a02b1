package extract_test

import (
	"fmt"
	"time"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/extract"
)

func ExampleDedup() {
	c, _ := extract.NewCoder(nil)
	day := time.Date(2024, 5, 16, 0, 0, 0, 0, time.UTC)
	var all []dataset.Event
	for id, text := range []string{
		"Russian President Vladimir Putin paid a state visit to China.",
		"Putin arrived in Beijing for a two-day state visit.",
	} {
		evs, _ := c.Code(extract.Article{ID: fmt.Sprint("outlet-", id), Text: text, Published: day})
		all = append(all, evs...)
	}
	merged, rep := extract.Dedup(all, nil)
	for _, e := range merged {
		fmt.Println(e.Source.Country, e.Target.Country, e.Code, "reports:", e.Reports, "evidence:", len(e.Evidence))
	}
	fmt.Println(rep)
	// Output:
	// RUS CHN 042 reports: 2 evidence: 2
	// dedup: in=2 out=1 merged=1
}
