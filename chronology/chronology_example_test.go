package chronology_test

import (
	"fmt"

	"github.com/entente/entente/chronology"
	"github.com/entente/entente/dataset"
)

func ExampleName() {
	fmt.Println(chronology.Name())
	// Output: entente chronology v7
}

// The embedded chronology read as a whole: every row is kept.
func ExampleEvents() {
	events, err := chronology.Events()
	if err != nil {
		fmt.Println(err)
		return
	}
	first, last := events[0], events[len(events)-1]
	fmt.Println(len(events), "events")
	fmt.Println("first:", first.Date.Format("2006-01-02"), first.Source.Country, "→", first.Target.Country, first.Code)
	fmt.Println("last: ", last.Date.Format("2006-01-02"), last.Source.Country, "→", last.Target.Country, last.Code)
	// Output:
	// 1900 events
	// first: 2012-01-08 USA → VEN 161
	// last:  2025-12-26 CHN → USA 163
}

// Rows per core dyad, counting both directions.
func ExampleCoreDyads() {
	events, err := chronology.Events()
	if err != nil {
		fmt.Println(err)
		return
	}
	n := map[dataset.Dyad]int{}
	for _, e := range events {
		n[dataset.Dyad{A: e.Source.Country, B: e.Target.Country}.Undirected()]++
	}
	for _, d := range chronology.CoreDyads() {
		fmt.Printf("%s %3d\n", d, n[d])
	}
	// Output:
	// CHN-RUS 224
	// CHN-VEN  35
	// CHN-USA 290
	// RUS-USA 263
	// USA-VEN  96
	// RUS-VEN  61
	// RUS-UKR 153
	// CHN-IND 134
}

// Reading the chronology with a filter accounts for every row, in the
// same format as for a file.
func ExampleRead() {
	_, rep, err := chronology.Read(&dataset.ReadOptions{
		Filter: &dataset.Filter{Dyads: []dataset.Dyad{{A: "CHN", B: "VEN"}}},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(rep.File)
	fmt.Println(rep.RowsLine())
	fmt.Println(rep.First.Format("2006-01-02"), "to", rep.Last.Format("2006-01-02"))
	// Output:
	// chronology/events.csv
	// rows: read=1900 kept=35 rejected=0 filtered=1865
	// 2013-09-22 to 2025-05-09
}

// The China–Venezuela rows of September 2023, when the two governments
// announced their all-weather strategic partnership.
func ExampleEvents_allWeather() {
	events, err := chronology.Events()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range events {
		if e.Date.Format("2006-01") == "2023-09" && (e.Source.Country == "VEN" || e.Target.Country == "VEN") {
			fmt.Printf("%s %s→%s %-4s %+.1f\n", e.Date.Format("2006-01-02"), e.Source.Country, e.Target.Country, e.Code, e.Goldstein)
		}
	}
	// Output:
	// 2023-09-13 CHN→VEN 043  +2.8
	// 2023-09-13 CHN→VEN 057  +8.0
	// 2023-09-13 VEN→CHN 042  +1.9
	// 2023-09-13 VEN→CHN 057  +8.0
}
