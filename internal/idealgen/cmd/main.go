// Command cmd generates entente's precomputed UN ideal points (see package
// idealgen):
//
//	go run ./internal/idealgen/cmd -o votes/idealpoints.csv
//
// reads ../shared/data/unvotes (or -data DIR), fits every session and
// writes the compact CSV atomically. It prints the row accounting and the
// fit's summary on stderr.
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
	m, cnt, msgs, err := idealgen.Load(*data, &idealgen.Options{FromSession: *from, ToSession: *to})
	if err != nil {
		fmt.Fprintln(os.Stderr, "idealgen:", err)
		os.Exit(1)
	}
	fmt.Fprintln(os.Stderr, cnt.RowsLine())
	for _, s := range msgs {
		fmt.Fprintln(os.Stderr, "  rejected:", s)
	}
	t0 := time.Now()
	p, err := score.FitIdealPoints(m, nil)
	if err != nil {
		fmt.Fprintln(os.Stderr, "idealgen:", err)
		os.Exit(1)
	}
	fmt.Fprintf(os.Stderr, "%d countries × %d roll calls, %d votes: %d sweeps (converged %v), log posterior %.3f, %.1f s\n",
		len(m.Countries), len(m.RollCalls), p.Votes, p.Iterations, p.Converged, p.LogPosterior, time.Since(t0).Seconds())
	var buf bytes.Buffer
	if err := idealgen.WriteCSV(&buf, p); err != nil {
		fmt.Fprintln(os.Stderr, "idealgen:", err)
		os.Exit(1)
	}
	if err := atomicfile.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "idealgen:", err)
		os.Exit(1)
	}
}
