package dataset_test

import (
	"fmt"
	"time"

	"github.com/entente/entente/cameo"
	"github.com/entente/entente/dataset"
)

func event(date string, src, tgt, code string) dataset.Event {
	e := dataset.NewEvent()
	e.Date, _ = time.Parse("2006-01-02", date)
	e.Source.Country, e.Target.Country = src, tgt
	e.SetCode(code) // fills the GDELT Goldstein weight and quad class
	return e
}

func ExampleTable() {
	events := []dataset.Event{
		event("2024-05-02", "CHN", "RUS", "042"), // make a visit: +1.9
		event("2024-05-20", "RUS", "CHN", "057"), // sign formal agreement: +8
		event("2024-06-01", "CHN", "RUS", "112"), // accuse: -2
		event("2024-05-10", "USA", "CHN", "172"), // coerce: -5
	}
	t := dataset.NewTable(nil) // monthly, undirected, weight one
	for i := range events {
		t.Add(&events[i])
	}
	for _, r := range t.Rows() {
		fmt.Printf("%s %s n=%d mean Goldstein %+.2f\n", r.Dyad, r.Start.Format("2006-01"), r.N, r.MeanGoldstein())
	}
	fmt.Println(t.Busiest(1))
	// Output:
	// CHN-RUS 2024-05 n=2 mean Goldstein +4.95
	// CHN-RUS 2024-06 n=1 mean Goldstein -2.00
	// CHN-USA 2024-05 n=1 mean Goldstein -5.00
	// [CHN-RUS]
}

func ExampleTable_PeriodEvents() {
	events := []dataset.Event{
		event("2024-05-02", "CHN", "RUS", "042"),
		event("2024-05-10", "USA", "CHN", "172"),
		event("2024-06-01", "CHN", "RUS", "112"),
	}
	t := dataset.NewTable(nil) // monthly
	for i := range events {
		t.Add(&events[i])
	}
	per := t.PeriodEvents()
	for _, m := range []string{"2024-05-01", "2024-06-01"} {
		start, _ := time.Parse("2006-01-02", m)
		fmt.Println(m[:7], per[start])
	}
	// Output:
	// 2024-05 2
	// 2024-06 1
}

func ExampleTable_Merge() {
	a := dataset.NewTable(&dataset.AggregateOptions{Directed: true})
	b := dataset.NewTable(&dataset.AggregateOptions{Directed: true})
	e1 := event("2024-05-02", "CHN", "RUS", "042")
	e2 := event("2024-05-20", "RUS", "CHN", "057")
	undated := event("", "RUS", "CHN", "057")
	a.Add(&e1)
	b.Add(&e2)
	b.Add(&undated)
	a.Merge(b) // files, goroutines or machines combine in any order
	for _, r := range a.Rows() {
		fmt.Println(r.Dyad, r.N)
	}
	fmt.Println(a.Events(), a.Skipped())
	// Output:
	// CHN-RUS 1
	// RUS-CHN 1
	// 2 not-dyadic=0 self=0 undated=1
}

// Between keeps some periods' rows; BusiestBetween counts them without a
// copy. China–Russia has two events in May 2024 and one in June; the
// United States one in May.
func ExampleTable_Between() {
	t := dataset.NewTable(nil)
	for _, e := range []dataset.Event{
		event("2024-05-02", "CHN", "RUS", "042"),
		event("2024-05-16", "RUS", "CHN", "057"),
		event("2024-06-03", "CHN", "RUS", "112"),
		event("2024-05-20", "USA", "CHN", "112"),
	} {
		t.Add(&e)
	}
	june := t.Between(time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC), time.Time{})
	fmt.Println(june.Len(), june.Events())
	fmt.Println(t.BusiestBetween(time.Time{}, time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC), 0))
	// Output:
	// 1 1
	// [{CHN-RUS 2} {CHN-USA 1}]
}

func ExampleTable_EachMarked() {
	events := []dataset.Event{
		event("2024-05-02", "CHN", "RUS", "042"), // make a visit: no lasting state
		event("2024-05-20", "USA", "RUS", "163"), // impose embargo: opens sanctions
		event("2024-06-01", "USA", "RUS", "112"), // accuse: no lasting state
	}
	t := dataset.NewTable(nil) // monthly, undirected, weight one
	for i := range events {
		t.Add(&events[i])
	}
	t.EachMarked(func(r *dataset.DyadPeriod) {
		for m := cameo.Mark(0); m < cameo.NumMarks; m++ {
			if w := r.Mark(m).Float(); w > 0 {
				fmt.Println(r.Dyad, r.Start.Format("2006-01"), cameo.MarkName(m), w)
			}
		}
	})
	fmt.Println(t.Len(), "rows")
	// Output:
	// RUS-USA 2024-05 sanctions open 1
	// 3 rows
}
