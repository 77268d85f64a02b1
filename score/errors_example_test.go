package score_test

import (
	"errors"
	"fmt"

	"github.com/entente/entente/score"
)

// Data problems wrap a sentinel: test them with errors.Is, not by text.
func ExampleErrUnknownModel() {
	_, err := score.ModelByName("goldstien")
	fmt.Println(errors.Is(err, score.ErrUnknownModel), errors.Is(err, score.ErrUnknownMethod))
	// Output: true false
}
