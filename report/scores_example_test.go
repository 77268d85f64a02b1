package report_test

import (
	"fmt"
	"strings"

	"github.com/entente/entente/report"
)

// A report re-rendered from a scores CSV alone (as `report render` does):
// one section per dyad, its index the Options.Index model, its change
// points found in that series.
func ExampleFromScores() {
	csv := `dyad,period,model,value,lower,upper,n
CHN-RUS,2024-01-01,goldstein,0,,,2
CHN-RUS,2024-02-01,goldstein,0,,,3
CHN-RUS,2024-03-01,goldstein,1,,,1
CHN-RUS,2024-04-01,goldstein,1,,,2
CHN-RUS,2024-05-01,goldstein,3,,,4
CHN-RUS,2024-06-01,goldstein,3,,,2
CHN-RUS,2024-07-01,goldstein,3,,,3
CHN-RUS,2024-08-01,goldstein,3,,,1
`
	set, _, err := report.ReadScoresCSV(strings.NewReader(csv), "scores.csv")
	if err != nil {
		panic(err)
	}
	r, err := report.FromScores(set, &report.Options{Index: "goldstein"})
	if err != nil {
		panic(err)
	}
	for _, sec := range r.Dyads {
		fmt.Println(sec.Name, sec.Summary.Model, sec.Summary.Value)
		for _, c := range sec.ChangePoints {
			// The shift compares the three months after the change with the
			// three before: 3 − (0+1+1)/3 = 2.33.
			fmt.Printf("change %s %+.2f\n", c.Time.Format("2006-01"), c.Shift())
		}
	}
	fmt.Println(r.Methods[0].Heading)
	// Output:
	// China – Russia goldstein 3
	// change 2024-05 +2.33
	// Rendered from scores
}
