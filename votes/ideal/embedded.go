package ideal

import (
	"bytes"
	_ "embed"
	"sync"

	"github.com/entente/entente/score"
)

// idealpointsCSV holds the ideal points of the embedded votes (package
// votes, 1946–2019), fitted by score.FitIdealPoints with its default
// options on every session, in the compact form of CompactHeader. It is
// derived from Erik Voeten's UN General Assembly voting data (CC0; see
// votes/README.md) and regenerated with
//
//	go run ./internal/idealgen/cmd -o votes/ideal/idealpoints.csv
//
// which TestEmbeddedRefit (package idealgen) checks byte for byte.
//
//go:embed idealpoints.csv
var idealpointsCSV []byte

// EmbeddedName is the name the embedded ideal points are reported under.
const EmbeddedName = "embedded:idealpoints"

var embedded struct {
	once sync.Once
	p    *score.IdealPoints
	err  error
}

// Embedded returns the precomputed ideal points of the embedded UN votes
// (votes.Embedded): every member in every session 1–74 (1946 to January
// 2020) in which it cast a recorded vote, with 95 % Laplace bands, on the
// identified scale (see the package documentation). Each call returns a
// fresh copy of the points, which the caller may change. The values are
// rounded to 3 decimals: a refit (Fit on votes.Embedded()) gives the same
// numbers to that precision.
func Embedded() (*score.IdealPoints, error) {
	embedded.once.Do(func() {
		embedded.p, embedded.err = ReadCSV(bytes.NewReader(idealpointsCSV), EmbeddedName)
	})
	if embedded.err != nil {
		return nil, embedded.err
	}
	q := *embedded.p
	q.Points = append([]score.IdealPoint(nil), embedded.p.Points...)
	return &q, nil
}

// EmbeddedCSV returns a copy of the embedded compact file's bytes.
func EmbeddedCSV() []byte { return append([]byte(nil), idealpointsCSV...) }
