package score_test

import (
	"fmt"

	"github.com/entente/entente/score"
)

// A roll-call matrix holds one ballot per country and roll call; an
// absence is BallotMissing, never "no".
func ExampleRollCallMatrix() {
	m := score.NewRollCallMatrix(
		[]string{"USA", "RUS", "NA"}, // "NA" is Namibia
		[]score.RollCallColumn{{ID: "5309", Period: 68}, {ID: "5310", Period: 68}},
	)
	m.Set(0, 0, score.BallotYes)
	m.Set(1, 0, score.BallotNo)
	m.Set(2, 0, score.BallotAbstain)
	m.Set(0, 1, score.BallotNo)
	fmt.Println(m.At(0, 0), m.At(1, 0), m.At(2, 0), m.At(1, 1))
	fmt.Println(m.Votes(), "votes; Namibia is row", m.Country("NA"))
	// Output:
	// yes no abstain missing
	// 4 votes; Namibia is row 2
}

// Resample draws a bootstrap replicate: each period's roll calls with
// replacement, the same for the same seed.
func ExampleRollCallMatrix_Resample() {
	cols := []score.RollCallColumn{{ID: "a", Period: 1}, {ID: "b", Period: 1}, {ID: "c", Period: 2}}
	m := score.NewRollCallMatrix([]string{"X"}, cols)
	r := m.Resample(1)
	per := map[int]int{}
	for _, c := range r.RollCalls {
		per[c.Period]++
	}
	fmt.Println(len(r.RollCalls), per[1], per[2])
	// Output:
	// 3 2 1
}
