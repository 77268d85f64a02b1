package extract_test

import (
	"fmt"

	"github.com/entente/entente/extract"
)

func ExampleSplitSentences() {
	text := "BEIJING, May 16 (Reuters) - U.S. officials said Gen. Smith met Vladimir V. Putin. “We agree,” Xi said."
	for _, s := range extract.SplitSentences(text) {
		fmt.Printf("%d [%d:%d] %s\n", s.Index, s.Start, s.End, s.Text)
	}
	// Output:
	// 0 [28:81] U.S. officials said Gen. Smith met Vladimir V. Putin.
	// 1 [82:106] “We agree,” Xi said.
}
