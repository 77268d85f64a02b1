// Command cmd generates entente's precomputed UN ideal points (see package
// idealgen):
//
//	go run ./internal/idealgen/cmd -o votes/idealpoints.csv
//
// reads ../shared/data/unvotes (or -data DIR), fits every session
// (idealgen.Generate; -from/-to fit a range of sessions instead) and writes
// the compact CSV atomically. It prints the row accounting and the fit's
// summary on stderr. The committed copy is
// internal/idealgen/testdata/idealpoints.csv, which TestGenerate checks.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/entente/entente/internal/atomicfile"
	"github.com/entente/entente/internal/idealgen"
	"github.com/entente/entente/score"
)

func main() {
	data := flag.String("data", filepath.Join("..", "shared", "data", "unvotes"), "the unvotes folder (un_votes.csv.gz, un_roll_calls.csv.gz)")
	out := flag.String("o", "", "output CSV (required)")
	from := flag.Int("from", 0, "first session (0: the first)")
	to := flag.Int("to", 0, "last session (0: the last)")
	flag.Parse()
	if *out == "" || flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: go run ./internal/idealgen/cmd [-data DIR] [-from N] [-to N] -o FILE")
		os.Exit(2)
	}
	t0 := time.Now()
	var buf bytes.Buffer
	var p *score.IdealPoints
	var cnt idealgen.Counts
	var msgs []string
	var err error
	if *from == 0 && *to == 0 {
		p, cnt, msgs, err = idealgen.Generate(*data, &buf)
	} else {
		var m *score.RollCallMatrix
		m, cnt, msgs, err = idealgen.Load(*data, &idealgen.Options{FromSession: *from, ToSession: *to})
		if err == nil {
			p, err = score.FitIdealPoints(m, nil)
		}
		if err == nil {
			err = idealgen.WriteCSV(&buf, p)
		}
	}
	fmt.Fprintln(os.Stderr, cnt.RowsLine())
	for _, s := range msgs {
		fmt.Fprintln(os.Stderr, "  rejected:", s)
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
