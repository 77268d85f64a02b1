package score_test

import (
	"fmt"

	"github.com/entente/entente/score"
)

// toyAssembly is six countries voting on twelve roll calls (four patterns,
// three times each) in each of three sessions: A and B side with each
// other, E and F against them, C and D in between; in session 3 D votes
// as B does.
func toyAssembly() *score.RollCallMatrix {
	countries := []string{"A", "B", "C", "D", "E", "F"}
	var cols []score.RollCallColumn
	for s := 1; s <= 3; s++ {
		for k := 0; k < 12; k++ {
			cols = append(cols, score.RollCallColumn{ID: fmt.Sprintf("%d.%d", s, k), Period: s})
		}
	}
	m := score.NewRollCallMatrix(countries, cols)
	y, a, n := score.BallotYes, score.BallotAbstain, score.BallotNo
	votes := map[string][4]score.Ballot{ // per country, the four roll calls of a session
		"A": {n, n, y, n}, "B": {n, n, y, a}, "C": {n, y, y, y},
		"D": {a, y, n, y}, "E": {y, y, n, y}, "F": {y, y, n, y},
	}
	for i, c := range countries {
		for j, col := range cols {
			v := votes[c][j%4]
			if c == "D" && col.Period == 3 {
				v = votes["B"][j%4]
			}
			m.Set(i, j, v)
		}
	}
	return m
}

// Fit the dynamic ideal-point model; A is the anchor (its side positive).
// D's switch in session 3 moves it only part of the way toward A: with
// twelve votes a session the random walk (Drift) holds it back; the UN's
// sessions have about eighty.
func ExampleFitIdealPoints() {
	p, err := score.FitIdealPoints(toyAssembly(), &score.IdealPointOptions{Anchor: "A"})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range []string{"A", "D", "F"} {
		for _, q := range p.Series(c) {
			fmt.Printf("%s session %d: %+.1f (%d votes)\n", q.Country, q.Period, q.Value, q.N)
		}
	}
	fmt.Println("converged:", p.Converged)
	// Output:
	// A session 1: +1.5 (12 votes)
	// A session 2: +1.6 (12 votes)
	// A session 3: +1.6 (12 votes)
	// D session 1: -0.3 (12 votes)
	// D session 2: -0.2 (12 votes)
	// D session 3: +0.1 (12 votes)
	// F session 1: -1.1 (12 votes)
	// F session 2: -1.2 (12 votes)
	// F session 3: -1.2 (12 votes)
	// converged: true
}
