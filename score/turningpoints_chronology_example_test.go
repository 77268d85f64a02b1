package score_test

import (
	"fmt"
	"strings"

	"github.com/entente/entente/chronology"
	"github.com/entente/entente/score"
)

// A list of documented turning points in chronology's format, converted
// for Validate (chronology.TurningPoints() is the embedded list).
func ExampleChronologyTurningPoints() {
	list, err := chronology.ReadTurningPoints(strings.NewReader(
		"dyad,month,direction,description,source\n"+
			"IND-CHN,2020-06,down,Galwan Valley clash,Ministry of External Affairs (India)\n"), "points.csv")
	if err != nil {
		panic(err)
	}
	for _, tp := range score.ChronologyTurningPoints(list) {
		fmt.Println(tp.Dyad, tp.Month.Format("2006-01"), tp.Direction, tp.Label)
	}
	// Output:
	// CHN-IND 2020-06 -1 CHN-IND 2020-06 Galwan Valley clash
}
