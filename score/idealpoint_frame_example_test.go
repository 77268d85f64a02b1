package score_test

import (
	"fmt"

	"github.com/entente/entente/score"
)

// Ideal points and distances load into gota frames with typed columns.
func ExampleIdealPoints_Frame() {
	p, err := score.FitIdealPoints(toyAssembly(), &score.IdealPointOptions{Anchor: "A"})
	if err != nil {
		fmt.Println(err)
		return
	}
	f := p.Frame()
	fmt.Println(f.Nrow(), f.Names())
	d := score.IdealDistanceFrame(p.Distance("A", "F"))
	fmt.Println(d.Nrow(), d.Names())
	// Output:
	// 18 [country period value sd lower upper n]
	// 3 [a b period value lower upper n]
}
