package chronology_test

import (
	"fmt"

	"github.com/entente/entente/chronology"
)

// The documented turning points of China–India, the validation list of the
// relationship index.
func ExampleTurningPoints() {
	for _, tp := range chronology.TurningPoints() {
		if tp.Dyad.String() == "CHN-IND" && tp.Month.Year() >= 2020 && tp.Month.Year() <= 2021 {
			fmt.Printf("%s %s %+.0f %s\n", tp.Dyad, tp.Month.Format("2006-01"), tp.Direction(), tp.Description)
		}
	}
	// Output:
	// CHN-IND 2020-06 -1 Galwan Valley clash kills 20 Indian soldiers
	// CHN-IND 2021-02 +1 Disengagement at Pangong Tso agreed
}
