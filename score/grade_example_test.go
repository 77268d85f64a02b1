package score_test

import (
	"fmt"

	"github.com/entente/entente/score"
)

func ExampleGrade() {
	for _, l := range []float64{-7.5, -3, 0, 2.9, 6} {
		fmt.Printf("%+.1f %s\n", l, score.Grade(l))
	}
	// Output:
	// -7.5 confrontation
	// -3.0 discordant
	// +0.0 ordinary
	// +2.9 ordinary
	// +6.0 friendly
}

func ExampleGrades() {
	for _, g := range score.Grades() {
		fmt.Printf("%-13s [%+g, %+g)\n", g.Name, g.Lower, g.Upper)
	}
	// Output:
	// confrontation [-9, -6)
	// tense         [-6, -3)
	// discordant    [-3, +0)
	// ordinary      [+0, +3)
	// good          [+3, +6)
	// friendly      [+6, +9)
}
