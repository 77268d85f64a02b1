package dataset_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/entente/entente/dataset"
)

func ExampleFilter() {
	sheet := "date,source,target,code\n" +
		"2015-03-01,CHN,RUS,042\n" +
		"2016-03-01,CHN,RUS,042\n" +
		"2016-03-02,CHN,USA,042\n" +
		"2016-03-03,RUS,CHN,190\n"
	f := &dataset.Filter{
		From:  time.Date(2016, 1, 1, 0, 0, 0, 0, time.UTC),
		Dyads: []dataset.Dyad{{A: "CHN", B: "RUS"}}, // either direction
		Roots: []string{"04"},
	}
	events, rep, _ := dataset.ReadEvents(strings.NewReader(sheet), "s.csv", &dataset.ReadOptions{Filter: f})
	for _, e := range events {
		fmt.Println(e.Date.Format("2006-01-02"), e.Source.Country, e.Target.Country, e.Code)
	}
	fmt.Print(rep.Summary())
	// Output:
	// 2016-03-01 CHN RUS 042
	// rows: read=4 kept=1 rejected=0 filtered=3
	//   filtered 1: date range
	//   filtered 1: dyad
	//   filtered 1: root
}
