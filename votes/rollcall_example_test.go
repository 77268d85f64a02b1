package votes_test

import (
	"fmt"

	"github.com/entente/entente/votes"
)

func ExampleIssueCode() {
	code, ok := votes.IssueCode("Human rights")
	fmt.Println(code, ok, votes.IssueName("nu"))
	rc := votes.RollCall{RCID: 5309, Issues: []string{code}}
	fmt.Println(rc.HasIssue("hr"), rc.Year())
	// Output:
	// hr true Nuclear weapons and nuclear material
	// true 0
}
