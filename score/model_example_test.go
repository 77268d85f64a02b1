package score_test

import (
	"fmt"

	"github.com/entente/entente/score"
)

func ExampleModelByName() {
	m, err := score.ModelByName("netcoop-norm")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(m.Name(), "—", score.ModelAbout(m.Name()))
	_, err = score.ModelByName("tsinghua")
	fmt.Println(err != nil)
	// Output:
	// netcoop-norm — (coop − conflict) over the volume of everything A and B did (−1..1)
	// true
}
