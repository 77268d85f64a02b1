package score_test

import (
	"fmt"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/score"
	"github.com/entente/entente/votes"
)

// What divided Russia and the United States in the General Assembly in
// 2014: the issues by their part of the distance, and the roll calls.
func ExampleExplainVotes() {
	s, _, err := votes.Embedded()
	if err != nil {
		panic(err)
	}
	e, err := score.ExplainVotes(s, dataset.Dyad{A: "RUS", B: "USA"}, 2014, nil)
	if err != nil {
		panic(err)
	}
	fmt.Printf("%d common roll calls, distance %d\n", e.N, e.Distance)
	for _, is := range e.Issues[:2] {
		fmt.Printf("%s: %d roll calls, %.0f%% of the distance\n", is.Name, is.N, 100*is.Share)
	}
	for _, r := range e.RollCalls {
		if r.RCID == 5309 {
			fmt.Println(r.Resolution, r.Date.Format("2006-01-02"), "RUS", r.A, "USA", r.B)
		}
	}
	// Output:
	// 77 common roll calls, distance 97
	// Human rights: 17 roll calls, 29% of the distance
	// Palestinian conflict: 15 roll calls, 27% of the distance
	// R/68/262 2014-03-27 RUS no USA yes
}
