package plots_test

import (
	"fmt"
	"time"

	"github.com/entente/entente/plots"
)

// The ticker chooses calendar steps by span: quarters over two years.
func ExampleCalendarTicker() {
	from := plots.TimeToX(time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC))
	to := plots.TimeToX(time.Date(2020, 12, 31, 0, 0, 0, 0, time.UTC))
	for _, tk := range (plots.CalendarTicker{MaxTicks: 8}).Ticks(from, to) {
		if tk.Label != "" { // unlabelled ticks are the minor (month) ticks
			fmt.Println(tk.Label)
		}
	}
	// Output:
	// Q1 2019
	// Q2 2019
	// Q3 2019
	// Q4 2019
	// Q1 2020
	// Q2 2020
	// Q3 2020
	// Q4 2020
}

// Over a month and a half the ticks are Mondays, with the year written
// on the first one.
func ExampleCalendarTicker_weeks() {
	from := plots.TimeToX(time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC))
	to := plots.TimeToX(time.Date(2024, 4, 15, 0, 0, 0, 0, time.UTC))
	var labels []string
	for _, tk := range (plots.CalendarTicker{}).Ticks(from, to) {
		if tk.Label != "" {
			labels = append(labels, tk.Label)
		}
	}
	fmt.Println(labels)
	// Output:
	// [4 Mar 2024 11 Mar 18 Mar 25 Mar 1 Apr 8 Apr 15 Apr]
}
