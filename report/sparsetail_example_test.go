package report_test

import (
	"fmt"
	"time"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/report"
)

// A GDELT-like file: two backfile events in January 1982, then eight in
// June and July 2016. Without Options.From, Build starts the report in
// June 2016 and says so; Options.KeepSparseTail keeps every period.
func ExampleFindSparseTail() {
	tab := dataset.NewTable(nil)
	add := func(date string, n int) {
		d, _ := time.Parse("2006-01-02", date)
		for i := 0; i < n; i++ {
			e := dataset.NewEvent()
			e.Date, e.Source, e.Target = d, dataset.Actor{Country: "CHN"}, dataset.Actor{Country: "RUS"}
			e.SetCode("042")
			tab.Add(&e)
		}
	}
	add("1982-01-05", 2)
	add("2016-06-10", 3)
	add("2016-07-28", 5)
	tail := report.FindSparseTail(tab, dataset.Month)
	fmt.Println(tail)
	// Output:
	// the period starts at 2016-06-01, where the data becomes continuous (rule: sparse tail); 2 earlier events dated between 1982-01-01 and 1982-01-31 left out: -from 1982-01 includes them
}
