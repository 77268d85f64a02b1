package report_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/report"
)

// A scores CSV (what a report's scores.csv holds, or `report score`
// writes) read back into series; the granularity comes from the periods.
func ExampleReadScoresCSV() {
	csv := `dyad,period,model,value,lower,upper,n
CHN-RUS,2024-01-01,kalman,4.1,3.2,5,3
CHN-RUS,2024-04-01,kalman,4.3,3.5,5.1,0
CHN-RUS,2024-07-01,kalman,4.6,3.9,5.3,2
`
	set, acc, err := report.ReadScoresCSV(strings.NewReader(csv), "scores.csv")
	if err != nil {
		panic(err)
	}
	s := set.Series[0]
	fmt.Println(acc.RowsLine())
	fmt.Println(s.Label(), s.Model, s.Granularity, len(s.Points), "periods")
	_, _, err = report.ReadScoresCSV(strings.NewReader("dyad,period,model,value,lower,upper,n\nCHN-RUS,2024-02-30,kalman,1,,,1\n"), "scores.csv")
	var pe *dataset.ParseError
	if errors.As(err, &pe) {
		fmt.Println(pe.File, pe.Line, pe.Column, pe.Value, errors.Is(err, dataset.ErrBadDate))
	}
	// Output:
	// rows: read=3 kept=3 rejected=0 filtered=0
	// CHN-RUS kalman quarter 3 periods
	// scores.csv 2 period 2024-02-30 true
}

// Read leniently (as `report render` does), a scores CSV's bad rows are
// rejected and counted, and written to Rejects after the header; the
// other rows are read.
func ExampleReadScores() {
	csv := `dyad,period,model,value,lower,upper,n
CHN-RUS,2024-01-01,goldstein,4.1,,,3
CHN-RUS,2024-02-30,goldstein,1,,,1
CHN-RUS,2024-03-01,goldstein,4.6,,,2
`
	var rejects strings.Builder
	set, acc, err := report.ReadScores(strings.NewReader(csv), "scores.csv", &report.ScoresReadOptions{Rejects: &rejects})
	if err != nil {
		panic(err)
	}
	fmt.Println(acc.RowsLine())
	fmt.Println(acc.Samples[0])
	fmt.Println(len(set.Series[0].Points), "periods")
	fmt.Print(rejects.String())
	// Output:
	// rows: read=3 kept=2 rejected=1 filtered=0
	// scores.csv:3: column period (field 2): invalid date: want YYYY-MM-DD (value "2024-02-30")
	// 2 periods
	// dyad,period,model,value,lower,upper,n
	// CHN-RUS,2024-02-30,goldstein,1,,,1
}
