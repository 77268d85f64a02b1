package dataset_test

import (
	"fmt"

	"github.com/entente/entente/dataset"
)

func ExampleWeight_Of() {
	e := dataset.NewEvent()
	e.Mentions, e.Sources = 10, 3 // Articles unknown (0)
	for _, w := range dataset.Weights() {
		fmt.Printf("%-11s %.4f\n", w, w.Of(&e))
	}
	// Output:
	// one         1.0000
	// mentions    10.0000
	// sources     3.0000
	// articles    1.0000
	// log-sources 1.3863
}

func ExampleParseWeight() {
	w, err := dataset.ParseWeight("Log-Sources")
	fmt.Println(w, err)
	_, err = dataset.ParseWeight("tone")
	fmt.Println(err)
	// Output:
	// log-sources <nil>
	// dataset: unknown weight "tone" (want one, mentions, sources, articles or log-sources)
}
