package extract_test

import (
	"fmt"
	"time"

	"github.com/entente/entente/extract"
)

func ExampleFindDates() {
	published := time.Date(2025, 5, 9, 0, 0, 0, 0, time.UTC) // a Friday
	text := "They met in Moscow on Thursday (May 8), three years after declaring a partnership in February 2022."
	for _, d := range extract.FindDates(text, published) {
		fmt.Printf("%-22q %s %s anchor=%v\n", d.Text, d.Date.Format("2006-01-02"), d.Precision, d.Anchor)
	}
	// Output:
	// "on Thursday (May 8)"  2025-05-08 day anchor=true
	// "in February 2022"     2022-02-01 month anchor=true
}
