package votes_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/votes"
)

// A bad row is a *dataset.ParseError naming file, line and column, wrapping
// the sentinel that says what is wrong.
func ExampleErrUnknownRollCall() {
	rcs := []votes.RollCall{{RCID: 5309}}
	_, err := votes.ReadIssues(strings.NewReader("rcid,short_name,issue\n9999,hr,Human rights\n"), "issues.csv", rcs, &votes.ReadOptions{Strict: true})
	var pe *dataset.ParseError
	fmt.Println(errors.Is(err, votes.ErrUnknownRollCall), errors.As(err, &pe) && pe.Line == 2 && pe.Column == "rcid")
	// Output: true true
}
