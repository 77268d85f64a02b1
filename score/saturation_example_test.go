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
	for _, name := range []string{"proportional", "linear", "logistic"} {
		s, _ := score.SaturationByName(name)
		fmt.Printf("%-12s %.4f\n", s.Name(), s.Step(6, 2))
	}
	// Output:
	// proportional 6.3155
	// linear       6.3333
	// logistic     6.5153
}
