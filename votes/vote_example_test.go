package votes_test

import (
	"fmt"

	"github.com/entente/entente/votes"
)

func ExampleParseVote() {
	for _, s := range []string{"Y", "abstain", "3", "X", "9"} {
		v, ok := votes.ParseVote(s)
		fmt.Println(s, v, ok, v.Recorded())
	}
	// Output:
	// Y yes true true
	// abstain abstain true true
	// 3 no true true
	// X absent true false
	// 9 non-member true false
}
