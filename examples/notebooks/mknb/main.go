package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/entente/entente/tools/gophernotes/ipynb"
)

// CellsExt is the extension of cells files.
const CellsExt = ".cells"

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("mknb", flag.ContinueOnError)
	fs.SetOutput(stderr)
	check := fs.Bool("check", false, "write nothing; fail if a notebook is out of date or has no cells file")
	cellsDir := fs.String("cells", "examples/notebooks", "directory of the NAME"+CellsExt+" files")
	outDir := fs.String("out", "examples", "directory of the NAME.ipynb notebooks")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: mknb [-check] [-cells DIR] [-out DIR] [NAME...]")
		fmt.Fprintln(stderr, "generates OUT/NAME.ipynb from CELLS/NAME"+CellsExt)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	res, err := Sync(*cellsDir, *outDir, fs.Args(), *check)
	if err != nil {
		fmt.Fprintln(stderr, "mknb:", err)
		return 1
	}
	for _, p := range res.Written {
		fmt.Fprintf(stdout, "wrote %s (without outputs: run scripts/notebooks.sh --update)\n", p)
	}
	for _, s := range res.Stale {
		fmt.Fprintf(stderr, "out of date: %s\n", s)
	}
	if len(res.Stale) > 0 {
		fmt.Fprintln(stderr, "run: go run ./examples/notebooks/mknb && scripts/notebooks.sh --update")
		return 1
	}
	if *check || len(res.Written) == 0 {
		fmt.Fprintf(stdout, "%d notebook(s) up to date\n", res.UpToDate)
	}
	return 0
}

// Result says what Sync did or, in check mode, would do.
type Result struct {
	Written  []string // notebooks (re)written
	Stale    []string // check mode: "path: reason" for each notebook out of date
	UpToDate int      // notebooks already matching their cells files
}

// Sync brings the notebooks in outDir in line with the cells files in
// cellsDir (all of them, or those named). In check mode it writes nothing
// and lists in Stale what is out of date, including notebooks without a
// cells file (when no names are given).
func Sync(cellsDir, outDir string, names []string, check bool) (*Result, error) {
	all := len(names) == 0
	if all {
		matches, err := filepath.Glob(filepath.Join(cellsDir, "*"+CellsExt))
		if err != nil {
			return nil, err
		}
		for _, m := range matches {
			names = append(names, strings.TrimSuffix(filepath.Base(m), CellsExt))
		}
		if len(names) == 0 {
			return nil, fmt.Errorf("no %s files in %s", CellsExt, cellsDir)
		}
	}
	sort.Strings(names)
	res := &Result{}
	for _, name := range names {
		name = strings.TrimSuffix(name, CellsExt)
		src, err := ipynb.ReadCellsFile(filepath.Join(cellsDir, name+CellsExt))
		if err != nil {
			return nil, err
		}
		out := filepath.Join(outDir, name+".ipynb")
		why, err := outOfDate(src, out)
		if err != nil {
			return nil, err
		}
		switch {
		case why == "":
			res.UpToDate++
		case check:
			res.Stale = append(res.Stale, out+": "+why)
		default:
			if err := src.Notebook().WriteFile(out); err != nil {
				return nil, err
			}
			res.Written = append(res.Written, out)
		}
	}
	if all && check {
		nbs, err := filepath.Glob(filepath.Join(outDir, "*.ipynb"))
		if err != nil {
			return nil, err
		}
		have := map[string]bool{}
		for _, n := range names {
			have[n] = true
		}
		for _, nb := range nbs {
			if !have[strings.TrimSuffix(filepath.Base(nb), ".ipynb")] {
				res.Stale = append(res.Stale, nb+": no cells file "+filepath.Join(cellsDir, strings.TrimSuffix(filepath.Base(nb), ".ipynb")+CellsExt))
			}
		}
	}
	return res, nil
}

// outOfDate returns why the notebook at path does not match src ("" when
// it does).
func outOfDate(src *ipynb.Source, path string) (string, error) {
	nb, err := ipynb.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return "missing", nil
	}
	if errors.Is(err, ipynb.ErrFormat) {
		return err.Error(), nil
	}
	if err != nil {
		return "", err
	}
	if err := src.Matches(nb); err != nil {
		return err.Error(), nil
	}
	return "", nil
}
