package main

import (
	"strings"
	"testing"
)

// TestOneErrorPrefix: the CLI prints one "report: " prefix; a library's
// "report: " inside the message (report.ParseFormats) is dropped, as the
// other packages' prefixes are.
func TestOneErrorPrefix(t *testing.T) {
	code, _, errs := runCLI(t, false, "-o", t.TempDir(), "-formats", "pdf,doc")
	want := "report: usage: -formats: unknown format \"doc\""
	if code != 2 || !strings.HasPrefix(errs, want) || strings.Count(errs, "report: ") != 1 {
		t.Errorf("exit %d %q, want it to start %q", code, errs, want)
	}
}
