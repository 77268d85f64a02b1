package main

import (
	"bytes"
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
		for _, want := range []string{"subcommands:", "inspect", "score", "extract", "usage: report [run]", "-dyads", "examples:", "Exit codes: 0 success, 1 runtime failure, 2 usage error."} {
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
