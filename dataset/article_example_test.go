package dataset_test

import (
	"fmt"

	"github.com/entente/entente/dataset"
)

// The coder reads an article's title as its first sentence: Document is
// the text its evidence offsets refer to.
func ExampleArticle_Document() {
	a := dataset.Article{ID: "a1", Title: "Leaders meet in Beijing", Text: "The two presidents signed a joint statement."}
	fmt.Printf("%q\n", a.Document())
	// Output:
	// "Leaders meet in Beijing\n\nThe two presidents signed a joint statement."
}
