package score_test

import (
	"fmt"

	"github.com/entente/entente/score"
)

// The ideal-point distance of two countries per session, with its band.
func ExampleIdealPoints_Distance() {
	p, err := score.FitIdealPoints(toyAssembly(), &score.IdealPointOptions{Anchor: "A"})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, d := range p.Distance("A", "D") {
		fmt.Printf("%s–%s session %d: %.1f [%.1f, %.1f]\n", d.A, d.B, d.Period, d.Value, d.Lower, d.Upper)
	}
	// Output:
	// A–D session 1: 1.8 [1.3, 2.4]
	// A–D session 2: 1.8 [1.2, 2.3]
	// A–D session 3: 1.5 [0.9, 2.1]
}
