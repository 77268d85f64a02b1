package ideal_test

import (
	"fmt"
	"time"

	"github.com/entente/entente/votes/ideal"
)

// Sessions and the years that label them.
func ExampleSessionOf() {
	crimea := time.Date(2014, 3, 27, 0, 0, 0, 0, time.UTC) // A/RES/68/262
	s := ideal.SessionOf(crimea)
	fmt.Println(s, ideal.SessionYear(s))
	// Output: 68 2013
}
