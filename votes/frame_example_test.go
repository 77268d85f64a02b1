package votes_test

import (
	"fmt"

	"github.com/entente/entente/votes"
)

// The votes of session 68 as a gota frame.
func ExampleSet_Frame() {
	s, _, err := votes.Embedded()
	if err != nil {
		panic(err)
	}
	f := s.Frame(&votes.Selection{Session: 68})
	fmt.Println(f.Names())
	// Output:
	// [rcid session date resolution important country vote vote_code]
}
