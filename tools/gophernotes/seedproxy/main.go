package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"time"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr, time.Now()))
}

func run(args []string, stdout, stderr io.Writer, now time.Time) int {
	fs := flag.NewFlagSet("seedproxy", flag.ContinueOnError)
	fs.SetOutput(stderr)
	quiet := fs.Bool("q", false, "print nothing but errors")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: seedproxy [-q] MODULE_DIR PROXY_DIR")
		fmt.Fprintln(stderr, "publishes MODULE_DIR's working tree as a pseudo-version into the file GOPROXY PROXY_DIR")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return 0
		}
		return 2
	}
	if fs.NArg() != 2 {
		fs.Usage()
		return 2
	}
	res, err := Publish(fs.Arg(0), fs.Arg(1), now)
	if err != nil {
		fmt.Fprintln(stderr, "seedproxy:", err)
		return 1
	}
	if !*quiet {
		state := "published"
		if res.Reused {
			state = "unchanged"
		}
		fmt.Fprintf(stdout, "%s@%s (%s, %d files)\n", res.Module.Path, res.Module.Version, state, res.Files)
	}
	return 0
}
