// Command report is entente's command-line tool: it reads news articles or
// coded event files, scores the relations between countries over time and
// writes reports. Run `report -h` for the subcommands.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

// Exit codes.
const (
	exitOK      = 0
	exitFailure = 1 // runtime failure: bad input, unwritable output, …
	exitUsage   = 2 // the command line itself is wrong
)

// errUsage marks a usage error (exit code 2). Wrap it: fmt.Errorf("%w: …", errUsage).
var errUsage = errors.New("usage")

// env is what a subcommand sees of the process; tests swap it.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	// isTerminal reports whether stderr is a terminal (progress bars).
	isTerminal bool
}

type command struct {
	name    string
	summary string
	run     func(e *env, args []string) error
}

var commands = map[string]*command{}

// defaultCommand runs when the first argument is not a subcommand name.
var defaultCommand string

// register adds a subcommand; it is called from init functions.
func register(name, summary string, run func(e *env, args []string) error) {
	if _, dup := commands[name]; dup {
		panic("report: subcommand registered twice: " + name)
	}
	commands[name] = &command{name: name, summary: summary, run: run}
}

func main() {
	e := &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, isTerminal: isTerminal(os.Stderr)}
	onInterrupt(os.Stderr, os.Exit)
	code := run(e, os.Args[1:])
	waitIfInterrupted()
	os.Exit(code)
}

// run executes the command line and returns the exit code.
func run(e *env, args []string) int {
	name := defaultCommand
	if len(args) > 0 {
		switch a := args[0]; {
		case a == "-h" || a == "-help" || a == "--help" || a == "help":
			if len(args) > 1 {
				c, ok := commands[args[1]]
				if !ok {
					return exitCode(e, fmt.Errorf("%w: help: no subcommand %q (subcommands: %s)", errUsage, args[1], strings.Join(commandNames(), ", ")))
				}
				return exitCode(e, c.run(e, []string{"-h"}))
			}
			usage(e.stdout)
			if c, ok := commands[defaultCommand]; ok {
				// The default subcommand's flags and examples, since
				// `report [flags] [INPUT…]` runs it.
				fmt.Fprintf(e.stdout, "\n")
				help := *e
				help.stderr = e.stdout
				c.run(&help, []string{"-h"})
			}
			return exitOK
		case commands[a] != nil:
			name, args = a, args[1:]
		}
	}
	c, ok := commands[name]
	if !ok {
		usage(e.stderr)
		return exitUsage
	}
	if name == defaultCommand && len(args) > 0 && looksLikeSubcommand(args[0]) {
		return exitCode(e, fmt.Errorf("%w: %q is not a subcommand (%s) nor an input file", errUsage, args[0], strings.Join(commandNames(), ", ")))
	}
	return exitCode(e, c.run(e, args))
}

func exitCode(e *env, err error) int {
	if err != nil {
		waitIfInterrupted() // the signal handler speaks and exits
	}
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, flag.ErrHelp):
		return exitOK
	case errors.Is(err, errUsage):
		fmt.Fprintf(e.stderr, "report: %s\n", voice(err))
		return exitUsage
	case errors.As(err, new(errPrinted)):
		return exitFailure
	default:
		fmt.Fprintf(e.stderr, "report: %s\n", voice(err))
		return exitFailure
	}
}

// looksLikeSubcommand reports whether arg, given where a subcommand or an
// input may stand, is a mistyped subcommand: a bare lower-case word that
// names no file ("inspekt"), rather than an input.
func looksLikeSubcommand(arg string) bool {
	if arg == "" || arg == "-" || strings.ContainsAny(arg, "/.:\\") {
		return false
	}
	for _, c := range arg {
		if (c < 'a' || c > 'z') && c != '-' {
			return false
		}
	}
	if arg[0] == '-' {
		return false
	}
	_, err := os.Stat(arg)
	return os.IsNotExist(err)
}

// commandNames returns the subcommands, sorted.
func commandNames() []string {
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "report measures how relations between countries evolve, from news articles or coded event data.")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "usage: report [subcommand] [flags] [INPUT…]")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "subcommands:")
	for _, n := range commandNames() {
		mark := ""
		if n == defaultCommand {
			mark = " (default)"
		}
		fmt.Fprintf(w, "  %-10s %s%s\n", n, commands[n].summary, mark)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Run 'report SUBCOMMAND -h' for a subcommand's flags and examples.")
	fmt.Fprintln(w, "Exit codes: 0 success, 1 runtime failure, 2 usage error, 130 interrupted (SIGINT or SIGTERM: outputs being written are removed).")
}

// newFlags returns a FlagSet whose -h prints the summary, the usage line,
// the flags and the examples.
func newFlags(e *env, name, usageLine string, examples ...string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		out := fs.Output()
		if c := commands[name]; c != nil {
			fmt.Fprintf(out, "report %s: %s\n\n", name, c.summary)
		}
		fmt.Fprintf(out, "usage: %s\n\nflags:\n", usageLine)
		fs.PrintDefaults()
		if len(examples) > 0 {
			fmt.Fprintf(out, "\nexamples:\n  %s\n", strings.Join(examples, "\n  "))
		}
	}
	return fs
}

// parseFlags parses args, turning flag errors into usage errors. -h
// prints the help; a bad flag is one error line (printed once, by
// exitCode) that says where the flags are listed, not the whole help.
func parseFlags(fs *flag.FlagSet, args []string) error {
	out := fs.Output()
	var said bytes.Buffer
	fs.SetOutput(&said)
	err := fs.Parse(args)
	fs.SetOutput(out)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			out.Write(said.Bytes())
			return err
		}
		return fmt.Errorf("%w: %v ('report %s -h' lists the flags)", errUsage, err, fs.Name())
	}
	// The flag package stops at the first input: a flag after it would be
	// read as an input ("-o: no such file or directory"). An argument
	// after the first input that names a defined flag is a usage error,
	// unless "--" ended the flags.
	if n := len(args) - fs.NArg(); n > 0 && args[n-1] == "--" {
		return nil
	}
	for _, a := range fs.Args()[min(1, fs.NArg()):] {
		name, _, _ := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if strings.HasPrefix(a, "-") && name != "" && fs.Lookup(name) != nil {
			return fmt.Errorf("%w: %s after the input %s: flags go before the inputs ('report %s -h' lists the flags)", errUsage, a, fs.Arg(0), fs.Name())
		}
	}
	return nil
}
