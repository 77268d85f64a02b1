package score_test

import (
	"fmt"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/score"
	"github.com/entente/entente/votes"
)

// Russia and the United States in the General Assembly, 2014.
func ExampleVoteAlign() {
	s, _, err := votes.Embedded()
	if err != nil {
		panic(err)
	}
	rows, err := score.VoteAlign(s, []dataset.Dyad{{A: "RUS", B: "USA"}}, &score.VoteAlignOptions{
		Measures: []string{score.VoteAgreement, score.VoteS},
		Select:   votes.Selection{Year: 2014},
	})
	if err != nil {
		panic(err)
	}
	for _, r := range rows {
		fmt.Printf("%s %d %s %.3f [%.3f, %.3f] n=%d\n", r.Dyad, r.Period, r.Measure, r.Value, r.Lower, r.Upper, r.N)
	}
	// Output:
	// RUS-USA 2014 agreement 0.234 [0.143, 0.338] n=77
	// RUS-USA 2014 s -0.260 [-0.442, -0.078] n=77
}

// The measures of a 3×3 table of joint votes (rows: A's yes, abstain, no;
// columns: B's).
func ExampleVoteTable_Measure() {
	var t score.VoteTable
	t[0][0], t[0][2], t[1][0] = 2, 1, 1 // yes/yes twice, yes/no, abstain/yes
	for _, m := range score.VoteMeasures() {
		fmt.Printf("%s %.4f\n", m, t.Measure(m))
	}
	// Output:
	// agreement 0.5000
	// s 0.2500
	// s2 0.3750
	// kappa -0.2000
	// pi -0.2632
	// coincidence 0.6250
}
