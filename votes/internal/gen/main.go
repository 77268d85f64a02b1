// Command gen writes the embedded UN votes (votes/unvotes.bin.gz) from the
// unvotes CSV files in ../shared/data/unvotes: un_votes.csv.gz,
// un_roll_calls.csv.gz and un_roll_call_issues.csv. The output depends
// only on the files' content (deterministic), and
// votes.TestEmbeddedEqualsShared checks that it decodes to exactly their
// rows.
//
//	go run ./votes/internal/gen -o votes/unvotes.bin.gz ../shared/data/unvotes
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/entente/entente/internal/atomicfile"
	"github.com/entente/entente/votes"
)

func main() {
	out := flag.String("o", "votes/unvotes.bin.gz", "output `file`")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: gen [-o FILE] DIR (the folder of the unvotes CSV files)")
		os.Exit(2)
	}
	dir := flag.Arg(0)
	b, err := votes.EncodeUNVotes(filepath.Join(dir, "un_votes.csv.gz"), filepath.Join(dir, "un_roll_calls.csv.gz"),
		filepath.Join(dir, "un_roll_call_issues.csv"))
	if err == nil {
		err = atomicfile.WriteFile(*out, b, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	fmt.Printf("%s: %d bytes\n", *out, len(b))
}
