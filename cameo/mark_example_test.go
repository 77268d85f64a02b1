package cameo_test

import (
	"fmt"

	"github.com/entente/entente/cameo"
)

func ExampleMarks() {
	for _, c := range []string{"163", "0874", "042"} {
		var names []string
		for m := cameo.Mark(0); m < cameo.NumMarks; m++ {
			if cameo.Marks(c).Has(m) {
				names = append(names, cameo.MarkName(m))
			}
		}
		fmt.Println(c, names)
	}
	// Output:
	// 163 [sanctions open]
	// 0874 [occupation close war close]
	// 042 []
}
