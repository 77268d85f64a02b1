// Command cmd generates entente's precomputed UN ideal points (see package
// idealgen):
//
//	go run ./internal/idealgen/cmd -o votes/ideal/idealpoints.csv
//
// fits every session of the embedded votes (idealgen.Generate; -from/-to
// fit a range of sessions instead) and writes the compact CSV atomically.
// It prints the fit's summary on stderr.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/entente/entente/internal/atomicfile"
	"github.com/entente/entente/internal/idealgen"
	"github.com/entente/entente/score"
	"github.com/entente/entente/votes/ideal"
)

func main() {
	out := flag.String("o", "", "output CSV (required)")
	from := flag.Int("from", 0, "first session (0: the first)")
	to := flag.Int("to", 0, "last session (0: the last)")
	flag.Parse()
	if *out == "" || flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: go run ./internal/idealgen/cmd [-from N] [-to N] -o FILE")
		os.Exit(2)
	}
	t0 := time.Now()
	var buf bytes.Buffer
	var p *score.IdealPoints
	var err error
	if *from == 0 && *to == 0 {
		p, err = idealgen.Generate(&buf)
	} else {
		var m *score.RollCallMatrix
		m, err = idealgen.Load(&idealgen.Options{FromSession: *from, ToSession: *to})
		if err == nil {
			p, err = score.FitIdealPoints(m, nil)
		}
		if err == nil {
			err = ideal.WriteCSV(&buf, p)
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "idealgen:", err)
		os.Exit(1)
	}
	fmt.Fprintf(os.Stderr, "%d points from %d votes: %d sweeps (converged %v), log posterior %.3f, %.1f s\n",
		len(p.Points), p.Votes, p.Iterations, p.Converged, p.LogPosterior, time.Since(t0).Seconds())
	if err := atomicfile.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "idealgen:", err)
		os.Exit(1)
	}
}
