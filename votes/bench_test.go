package votes

import (
	"testing"

	"github.com/entente/entente/internal/sharedtest"
)

// BenchmarkDecodeEmbedded decodes the embedded votes and builds the Set
// (what the first call of Embedded costs).
func BenchmarkDecodeEmbedded(b *testing.B) {
	Embedded() // the once, so that loadEmbedded below is not raced
	for b.Loop() {
		loadEmbedded()
		if embedded.err != nil {
			b.Fatal(embedded.err)
		}
	}
}

// BenchmarkReadShared reads ../shared/data/unvotes/un_votes.csv.gz (870,109
// rows) with its roll-calls file.
func BenchmarkReadShared(b *testing.B) {
	path := sharedtest.Path(b, "data/unvotes/un_votes.csv.gz")
	for b.Loop() {
		if _, _, err := ReadFile(path, nil); err != nil {
			b.Fatal(err)
		}
	}
}
