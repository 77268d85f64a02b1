package score_test

import (
	"fmt"

	"github.com/entente/entente/score"
)

// The same cooperative push moves a neutral relationship by half its size
// and a friendly one by much less; a conflictual push still bites at the
// top.
func ExampleProportional() {
	var s score.Proportional
	fmt.Printf("%.3f\n", s.Step(0, 1))
	fmt.Printf("%.3f\n", s.Step(8, 1)-8)
	fmt.Printf("%.3f\n", s.Step(8, -1)-8)
	// Output:
	// 0.486
	// 0.054
	// -0.919
}

func ExampleSaturationByName() {
	for _, name := range score.SaturationNames() {
		s, _ := score.SaturationByName(name)
		fmt.Printf("%-12s %.4f\n", s.Name(), s.Step(6, 2))
	}
	// Output:
	// sticky       6.4165
	// proportional 6.3155
	// linear       6.3333
	// logistic     6.5153
}

// A hostile relationship (−7) under the default Sticky and under
// Proportional: the same round of talks lifts it less under Sticky, and a
// strike still lowers it.
func ExampleSticky() {
	for _, s := range []score.Saturation{score.Sticky{}, score.Proportional{}} {
		fmt.Printf("%-12s talks %+.2f  strike %+.2f\n", s.Name(), s.Step(-7, 3)+7, s.Step(-7, -4)+7)
	}
	// Output:
	// sticky       talks +1.66  strike -0.54
	// proportional talks +2.46  strike -0.40
}
