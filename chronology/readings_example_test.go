package chronology_test

import (
	"fmt"

	"github.com/entente/entente/chronology"
)

// The embedded readings counted by kind, and the grade spans of one
// relationship.
func ExampleReadings() {
	n := map[string]int{}
	for _, r := range chronology.Readings() {
		n[r.Kind]++
	}
	fmt.Println(chronology.KindGrade, n[chronology.KindGrade])
	fmt.Println(chronology.KindOrder, n[chronology.KindOrder])
	for _, r := range chronology.Readings() {
		if r.Kind == chronology.KindGrade && r.Dyad.String() == "CUB-USA" {
			fmt.Printf("%s %s..%s %s..%s in %.0f%% of %d months\n", r.Dyad, r.From.Format("2006-01"), r.To.Format("2006-01"),
				r.Lowest, r.Highest, 100*r.Share, r.Months())
		}
	}
	// Output:
	// grade 50
	// order 27
	// CUB-USA 2012-01..2014-11 tense..discordant in 90% of 35 months
	// CUB-USA 2015-01..2016-12 discordant..good in 90% of 24 months
}
