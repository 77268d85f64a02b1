package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/entente/entente/tools/gophernotes/ipynb"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("nbcheck", flag.ContinueOnError)
	fs.SetOutput(stderr)
	times := fs.Bool("times", false, "print each code cell's execution time")
	save := fs.String("save", "", "write the notebooks that pass into `DIR` (timings stripped)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: nbcheck [-times] [-save DIR] EXECUTED.ipynb...")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	failed := 0
	for _, path := range fs.Args() {
		if !checkOne(path, *times, *save, stdout, stderr) {
			failed++
		}
	}
	if failed > 0 {
		fmt.Fprintf(stderr, "nbcheck: %d of %d notebook(s) failed\n", failed, fs.NArg())
		return 1
	}
	return 0
}

func checkOne(path string, times bool, save string, stdout, stderr io.Writer) bool {
	nb, err := ipynb.ReadFile(path)
	if err != nil {
		fmt.Fprintf(stderr, "FAIL %s: %v\n", path, err)
		return false
	}
	res := ipynb.Check(nb)
	code := 0
	for _, c := range nb.Cells {
		if c.Type == "code" {
			code++
		}
	}
	expected := "not stated"
	if res.Expected >= 0 {
		expected = fmt.Sprint(res.Expected)
	}
	status := "ok  "
	if !res.OK() {
		status = "FAIL"
	}
	fmt.Fprintf(stdout, "%s %s: %d code cells, %d image(s) (expected %s), %d problem(s)\n",
		status, path, code, res.Images, expected, len(res.Problems))
	for _, p := range res.Problems {
		fmt.Fprintf(stdout, "     %s\n", strings.ReplaceAll(p.String(), "\n", "\n     "))
	}
	if times {
		for i, c := range nb.Cells {
			if c.Type != "code" {
				continue
			}
			d, ok := c.Duration()
			if !ok {
				continue
			}
			fmt.Fprintf(stdout, "     cell %2d  %6.0fs  %s\n", i+1, d.Seconds(), firstLine(c.Source))
		}
	}
	if !res.OK() {
		return false
	}
	if save != "" {
		nb.StripTiming()
		dst := filepath.Join(save, filepath.Base(path))
		if err := nb.WriteFile(dst); err != nil {
			fmt.Fprintf(stderr, "FAIL %s: saving: %v\n", path, err)
			return false
		}
		fmt.Fprintf(stdout, "     saved %s\n", dst)
	}
	return true
}

// firstLine returns the first line of code worth showing (skipping
// comments), shortened.
func firstLine(src string) string {
	for _, l := range strings.Split(src, "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "//") {
			continue
		}
		if r := []rune(l); len(r) > 60 {
			l = string(r[:60]) + "…"
		}
		return l
	}
	return ""
}
