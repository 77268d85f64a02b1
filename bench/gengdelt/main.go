// Command gengdelt writes a synthetic GDELT 1.0 event file for benchmarks
// (see package gdeltgen for what it models). The default is the benchmark
// file of BENCHMARKS.md: two million rows, about 730 MB.
//
//	go run ./bench/gengdelt -o bench/data/gdelt1-2m.tsv
//
// The output is written atomically and is identical for a given seed and
// row count.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/entente/entente/bench/gdeltgen"
	"github.com/entente/entente/internal/atomicfile"
)

func main() {
	o := gdeltgen.DefaultOptions()
	out := flag.String("o", "bench/data/gdelt1-2m.tsv", "output file (\"-\" for standard output)")
	flag.IntVar(&o.Rows, "rows", o.Rows, "number of rows")
	flag.Uint64Var(&o.Seed, "seed", o.Seed, "random seed")
	flag.Float64Var(&o.DyadicShare, "dyadic", o.DyadicShare, "share of rows with both actors' countries")
	flag.Float64Var(&o.BackfileShare, "backfile", o.BackfileShare, "share of 57-column historical-backfile rows")
	flag.Parse()
	if flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "gengdelt: unexpected arguments; see -h")
		os.Exit(2)
	}
	var err error
	if *out == "-" {
		err = gdeltgen.Write(os.Stdout, o)
	} else {
		err = atomicfile.Write(*out, 0o644, func(w io.Writer) error { return gdeltgen.Write(w, o) })
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gengdelt:", err)
		os.Exit(1)
	}
}
