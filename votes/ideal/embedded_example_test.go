package ideal_test

import (
	"fmt"

	"github.com/entente/entente/votes/ideal"
)

// The embedded ideal points of China, Russia and the United States in the
// General Assembly's 74th session (2019–20).
func ExampleEmbedded() {
	p, err := ideal.Embedded()
	if err != nil {
		panic(err)
	}
	for _, q := range p.Period(74) {
		switch q.Country {
		case "CHN", "RUS", "USA":
			fmt.Printf("%s %d (%d): %.3f [%.3f, %.3f], %d votes\n", q.Country, q.Period, ideal.SessionYear(q.Period), q.Value, q.Lower, q.Upper, q.N)
		}
	}
	// Output:
	// CHN 74 (2019): -0.348 [-0.638, -0.058], 89 votes
	// RUS 74 (2019): 0.293 [0.153, 0.434], 87 votes
	// USA 74 (2019): 3.979 [3.653, 4.305], 91 votes
}
