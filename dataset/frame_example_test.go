package dataset_test

import (
	"fmt"

	"github.com/entente/entente/dataset"
)

func ExampleEventsFrame() {
	e := event("2024-05-02", "NAM", "CHN", "042")
	df := dataset.EventsFrame([]dataset.Event{e})
	code, src := df.Col("code").Elem(0), df.Col("source").Elem(0)
	fmt.Println(code, code.Type(), src, src.IsNA())
	// Output:
	// 042 string NAM false
}

func ExampleStatsFrame() {
	events := []dataset.Event{
		event("2024-05-02", "CHN", "RUS", "042"),
		event("2024-05-20", "RUS", "CHN", "057"),
		event("2024-06-01", "CHN", "RUS", "112"),
	}
	t := dataset.NewTable(nil)
	for i := range events {
		t.Add(&events[i])
	}
	df := dataset.StatsFrame(t.Rows())
	fmt.Println(df.Select([]string{"dyad", "start", "n", "mean_goldstein"}))
	// Output:
	// [2x4] DataFrame
	//
	//     dyad     start      n     mean_goldstein
	//  0: CHN-RUS  2024-05-01 2     4.950000
	//  1: CHN-RUS  2024-06-01 1     -2.000000
	//     <string> <string>   <int> <float>
}
