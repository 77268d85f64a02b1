package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/entente/entente/dataset"
)

// render reads score's tidy CSV back into series; the granularity comes
// from the periods.
func Example_readTidyCSV() {
	csv := `dyad,period,model,value,lower,upper,n
CHN-RUS,2024-01-01,kalman,4.1,3.2,5,3
CHN-RUS,2024-04-01,kalman,4.3,3.5,5.1,0
CHN-RUS,2024-07-01,kalman,4.6,3.9,5.3,2
`
	set, rows, err := readTidyCSV(strings.NewReader(csv), "scores.csv")
	if err != nil {
		panic(err)
	}
	s := set.Series[0]
	fmt.Println(rows, "rows:", s.Label(), s.Model, s.Granularity, len(s.Points), "periods")
	_, _, err = readTidyCSV(strings.NewReader("dyad,period,model,value,lower,upper,n\nCHN-RUS,2024-02-30,kalman,1,,,1\n"), "scores.csv")
	var pe *dataset.ParseError
	if errors.As(err, &pe) {
		fmt.Println(pe.File, pe.Line, pe.Column, pe.Value, errors.Is(err, dataset.ErrBadDate))
	}
	// Output:
	// 3 rows: CHN-RUS kalman quarter 3 periods
	// scores.csv 2 period 2024-02-30 true
}
