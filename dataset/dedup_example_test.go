package dataset_test

import (
	"fmt"

	"github.com/entente/entente/dataset"
)

func ExampleDedup() {
	visit := func(url string) dataset.Event {
		e := event("2018-06-01", "BGD", "VNM", "040")
		e.Source.Name, e.Target.Name = "Foreign Affairs (Bangladesh)", "Military (Vietnam)"
		e.URL = url
		return e
	}
	events := []dataset.Event{visit("http://a.example"), visit("http://b.example"), event("2018-06-01", "VNM", "BGD", "040")}
	out, rep := dataset.Dedup(events, nil)
	fmt.Println(rep)
	for _, e := range out {
		fmt.Println(e.Source.Country, e.Target.Country, e.Code, e.ReportCount(), e.URLs)
	}
	// Output:
	// dedup: in=3 out=2 merged=1
	// BGD VNM 040 2 [http://a.example http://b.example]
	// VNM BGD 040 1 []
}
