package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// `report -h` lists the subcommands and, because `report [flags] [INPUT…]`
// runs the default subcommand, that subcommand's flags and examples too.
func TestTopLevelHelp(t *testing.T) {
	for _, arg := range []string{"-h", "--help", "help"} {
		var out, errb bytes.Buffer
		code := run(&env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb}, []string{arg})
		if code != exitOK {
			t.Fatalf("%s: exit %d", arg, code)
		}
		for _, want := range []string{"subcommands:", "inspect", "score", "extract", "usage: report [run]", "-dyads", "examples:", "Exit codes: 0 success, 1 runtime failure, 2 usage error, 130 interrupted"} {
			if !strings.Contains(out.String(), want) {
				t.Errorf("%s: help lacks %q", arg, want)
			}
		}
	}
}

func TestUnknownFlagIsUsageError(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run(&env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb}, []string{"-no-such-flag"}); code != exitUsage {
		t.Errorf("exit %d, want %d", code, exitUsage)
	}
	if code := run(&env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb}, []string{"help", "inspect"}); code != exitOK || !strings.Contains(errb.String(), "rows: read=N") {
		t.Errorf("help inspect: exit %d\n%s", code, errb.String())
	}
}

// Round 2, item 5: the CLI walked as a new user. A bad flag is one error
// line (it was printed twice, before and after the whole help); a mistyped
// subcommand is a usage error naming the subcommands (it was "no such
// file", exit 1); a folder given as a file is named once (it was
// "/tmp: /tmp is a directory, not an event file"); score prints run's
// accounting and run's no-events message (it printed "N events, M in the
// periods asked for" and a message without the filters); render names no
// rows for a file it could not open.
func TestCLIWalk(t *testing.T) {
	dir := t.TempDir()
	code, out, errs := runCLI(t, false, "score", "-nope")
	if code != exitUsage || strings.Count(out+errs, "flag provided but not defined: -nope") != 1 || strings.Contains(errs, "examples:") ||
		!strings.Contains(errs, "report: usage: flag provided but not defined: -nope ('report score -h' lists the flags)") {
		t.Errorf("bad flag: exit %d\n%s", code, errs)
	}
	code, _, errs = runCLI(t, false, "inspekt")
	if code != exitUsage || !strings.Contains(errs, `"inspekt" is not a subcommand (align, eval, extract, inspect, render, run, score)`) {
		t.Errorf("mistyped subcommand: exit %d %q", code, errs)
	}
	code, out, errs = runCLI(t, false, "help", "inspekt")
	if code != exitUsage || out != "" || !strings.Contains(errs, `report: usage: help: no subcommand "inspekt"`) {
		t.Errorf("help MISTYPED: exit %d %q %q", code, out, errs)
	}
	// a usage error is found before any input is read
	if code, _, errs = runCLI(t, false, "eval", "-split", "dev", "/dev/null"); code != exitUsage || !strings.Contains(errs, "-split") {
		t.Errorf("eval -split dev: exit %d %q", code, errs)
	}
	code, _, errs = runCLI(t, false, "inspect", dir)
	if code != exitFailure || errs != "report: "+dir+": is a directory\n" {
		t.Errorf("inspect DIR: exit %d %q", code, errs)
	}
	// the embedded chronology's 1900 rows (chronology/events.csv), none in 1990
	code, _, errs = runCLI(t, false, "score", "-from", "1990", "-to", "1991")
	for _, want := range []string{
		"entente chronology v7: rows: read=1900 kept=0 rejected=0 filtered=1900\n",
		"entente chronology v7: filter: 1900 outside -from/-to\n",
		"report: no events after the filters (outside -from/-to: 1900); the data runs from 2012-01-08 to 2025-12-26: try -from 2012-01 -to 2025-12\n",
	} {
		if code != exitFailure || !strings.Contains(errs, want) {
			t.Errorf("score -from 1990: exit %d, no %q in\n%s", code, want, errs)
		}
	}
	// finding 8's "1 events": one event, not between two states
	one := dir + "/one.csv"
	os.WriteFile(one, []byte("date,source,target,code\n2024-05-16,RUS,,042\n"), 0o644)
	code, _, errs = runCLI(t, false, "-o", dir+"/o", one)
	if code != exitFailure || !strings.Contains(errs, "report: nothing to report: no events between two states; 1 row read; 1 event kept (without a state on both sides: 1); the data runs from 2024-05-16 to 2024-05-16; check -dyads and -roles\n") {
		t.Errorf("one event: exit %d %q", code, errs)
	}
	code, _, errs = runCLI(t, false, "render", "-o", dir+"/o", dir+"/missing.csv")
	if code != exitFailure || strings.Contains(errs, "rows:") || strings.Count(errs, "\n") != 1 {
		t.Errorf("render MISSING: exit %d %q", code, errs)
	}
}

// TestFlagAfterInput: a defined flag after the first input is a usage
// error (exit 2) that says flags go before the inputs; it was read as an
// input ("report: -o: no such file or directory", exit 1). "--" still
// ends the flags, and "-" (standard input) is an input.
func TestFlagAfterInput(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "s.csv")
	if err := os.WriteFile(in, []byte("dyad,period,model,value,lower,upper,n,thin_evidence\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"score", in, "-o", filepath.Join(dir, "zz.csv")},
		{"render", in, "-strict"},
		{"render", in, "--strict=true"},
	} {
		code, _, errs := runCLI(t, false, args...)
		if code != 2 || !strings.Contains(errs, "flags go before the inputs") || !strings.Contains(errs, args[2]) {
			t.Errorf("%v: exit %d %s", args, code, errs)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "zz.csv")); err == nil {
		t.Error("score wrote its output")
	}
	// after "--" every argument is an input: render takes one
	if code, _, errs := runCLI(t, false, "render", "--", in, "-strict"); code != 2 || strings.Contains(errs, "flags go before") {
		t.Errorf("after --: exit %d %s", code, errs)
	}
}
