// Package idealgen builds entente's precomputed UN ideal points: it takes
// the embedded votes of package votes (votes.Embedded: Erik Voeten's UN
// General Assembly data, 1946 to January 2020, CC0; see votes/README.md),
// converts them with ideal.Matrix (one period per session), fits
// score.FitIdealPoints with its default options and writes the compact
// CSV of ideal.CompactHeader. The output is deterministic: the same votes
// and model give byte-identical output (the fit's result does not depend
// on the number of workers).
//
// The committed copy is votes/ideal/idealpoints.csv, embedded by package
// ideal; regenerate it after a change to the model or the votes with
//
//	go run ./internal/idealgen/cmd -o votes/ideal/idealpoints.csv
//
// TestEmbeddedRefit refits and checks that it is byte-identical.
package idealgen

import (
	"fmt"
	"io"

	"github.com/entente/entente/score"
	"github.com/entente/entente/votes"
	"github.com/entente/entente/votes/ideal"
)

// Options selects the sessions Load keeps.
type Options struct {
	// FromSession and ToSession bound the sessions kept (inclusive; 0 means
	// open).
	FromSession, ToSession int
}

// Load returns the embedded votes of the selected sessions as the matrix
// the ideal-point model fits (ideal.Matrix of votes.Embedded's Set):
// countries sorted by code, roll calls by session then rcid.
func Load(opts *Options) (*score.RollCallMatrix, error) {
	s, _, err := votes.Embedded()
	if err != nil {
		return nil, err
	}
	var o Options
	if opts != nil {
		o = *opts
	}
	m := s.Matrix(nil)
	if o.FromSession > 0 || o.ToSession > 0 {
		var rows []int
		for i := range m.RollCalls {
			x := m.RollCalls[i].Session
			if (o.FromSession == 0 || x >= o.FromSession) && (o.ToSession == 0 || x <= o.ToSession) {
				rows = append(rows, i)
			}
		}
		// Keep the countries with a recorded vote in the sessions kept,
		// as Set.Matrix does for a selection.
		var cols []int
		for j := range m.Countries {
			for _, i := range rows {
				if m.At(i, j).Recorded() {
					cols = append(cols, j)
					break
				}
			}
		}
		sub := &votes.Matrix{RollCalls: make([]votes.RollCall, len(rows)), Countries: make([]string, len(cols)),
			Votes: make([]votes.Vote, len(rows)*len(cols))}
		for k, j := range cols {
			sub.Countries[k] = m.Countries[j]
		}
		for r, i := range rows {
			sub.RollCalls[r] = m.RollCalls[i]
			for k, j := range cols {
				sub.Votes[r*len(cols)+k] = m.At(i, j)
			}
		}
		m = sub
	}
	rm, dropped := ideal.Matrix(m)
	if dropped > 0 {
		return nil, fmt.Errorf("idealgen: %d embedded roll calls have neither a session nor a date", dropped)
	}
	return rm, nil
}

// Generate fits every session of the embedded votes with the default
// options and writes the compact CSV to w: what the generator command
// commits, and what TestEmbeddedRefit recomputes.
func Generate(w io.Writer) (*score.IdealPoints, error) {
	m, err := Load(nil)
	if err != nil {
		return nil, err
	}
	p, err := score.FitIdealPoints(m, nil)
	if err != nil {
		return nil, err
	}
	return p, ideal.WriteCSV(w, p)
}
