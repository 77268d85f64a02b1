package report_test

import (
	"fmt"
	"strings"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/report"
)

// Picking dyads from a directed scores file (report score -directed): an
// arrow picks one direction; a pair, given without one, the series of its
// own direction when the file has no undirected series of it.
func ExamplePickScores() {
	csv := `dyad,period,model,value,lower,upper,n
CHN→USA,2024-01-01,goldstein,2,,,1
USA→CHN,2024-01-01,goldstein,-3,,,2
`
	set, _, err := report.ReadScoresCSV(strings.NewReader(csv), "directed.csv")
	if err != nil {
		panic(err)
	}
	picked, missing := report.PickScores(set, []report.DyadPick{
		{Dyad: dataset.Dyad{A: "USA", B: "CHN"}, Directed: true},
		{Dyad: dataset.Dyad{A: "CHN", B: "USA"}},
		{Dyad: dataset.Dyad{A: "RUS", B: "UKR"}},
	})
	for _, s := range picked.Series {
		fmt.Println(s.Label(), s.Model)
	}
	for _, p := range missing {
		fmt.Println("missing", p.Label())
	}
	// Output:
	// USA→CHN goldstein
	// CHN→USA goldstein
	// missing RUS-UKR
}
