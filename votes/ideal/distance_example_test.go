package ideal_test

import (
	"os"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/score"
	"github.com/entente/entente/votes/ideal"
)

// The ideal-point distance of Russia and the United States in 2017–2019,
// as rows of the tidy alignment CSV.
func ExampleDistanceRows() {
	p, err := ideal.Embedded()
	if err != nil {
		panic(err)
	}
	rows := ideal.DistanceRows(p, []dataset.Dyad{{A: "RUS", B: "USA"}}, &ideal.DistanceOptions{FromYear: 2017, ToYear: 2019})
	if err := score.WriteVoteAlignCSV(os.Stdout, rows); err != nil {
		panic(err)
	}
	// Output:
	// dyad,period,measure,value,lower,upper,n
	// RUS-USA,2017,idealdist,3.414,3.1356073,3.6923927,124
	// RUS-USA,2018,idealdist,3.621,3.3220163,3.9199837,95
	// RUS-USA,2019,idealdist,3.686,3.3310123,4.0409877,87
}
