//go:build unix

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/entente/entente/internal/fifotest"
	"github.com/entente/entente/internal/sharedtest"
)

// Issue 15, finding 1: `report inspect FIFO` and `report FIFO` read every
// row of a named pipe. 710 is the sample's line count (wc -l), every line
// a well-formed GDELT 1.0 row, as the regular file gives. Before the fix
// inspect blocked (the pipe was opened a second time) and the report
// lost the first 64 KiB to classifyInput's peek.
func TestFIFOInput(t *testing.T) {
	path := sharedtest.Path(t, "data/gdelt/gdelt1_daily_events_sample_20160728.tsv")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	const want = "rows: read=710 kept=710 rejected=0 filtered=0"
	type result struct {
		code      int
		out, errs string
	}
	within := func(what string, fn func() result) result {
		t.Helper()
		ch := make(chan result, 1)
		go func() { ch <- fn() }()
		select {
		case r := <-ch:
			return r
		case <-time.After(60 * time.Second):
			t.Fatalf("%s: no answer after 60 s (the pipe was opened twice?)", what)
		}
		return result{}
	}

	r := within("inspect", func() result {
		code, out, errs := inspectCLI(t, fifotest.Fed(t, data))
		return result{code, out, errs}
	})
	if r.code != 0 || len(linesWith(r.out, want)) != 1 {
		t.Errorf("report inspect FIFO: exit %d, want the line %q in\n%s%s", r.code, want, r.out, r.errs)
	}

	// The report filters by role (-roles government): the FIFO's line must
	// be the regular file's.
	rowsOf := func(out, name string) string {
		for _, l := range strings.Split(out, "\n") {
			if strings.HasPrefix(l, name+": rows:") {
				return strings.TrimPrefix(l, name+": ")
			}
		}
		return ""
	}
	code, out, errs := runCLI(t, false, "-o", filepath.Join(t.TempDir(), "o"), "-formats", "csv", path)
	ref := rowsOf(out, path)
	if code != 0 || !strings.HasPrefix(ref, "rows: read=710 kept=") {
		t.Fatalf("report FILE: exit %d, rows %q\n%s", code, ref, errs)
	}
	fifo := fifotest.Fed(t, data)
	r = within("report", func() result {
		code, out, errs := runCLI(t, false, "-o", filepath.Join(t.TempDir(), "o"), "-formats", "csv", fifo)
		return result{code, out, errs}
	})
	if got := rowsOf(r.out, fifo); r.code != 0 || got != ref {
		t.Errorf("report FIFO: exit %d, %q; the regular file gives %q\n%s", r.code, got, ref, r.errs)
	}
	// standard input gives the regular file's line too
	var sout, serr bytes.Buffer
	e := &env{stdin: bytes.NewReader(data), stdout: &sout, stderr: &serr}
	if code := run(e, []string{"-o", filepath.Join(t.TempDir(), "o"), "-formats", "csv", "-"}); code != 0 || rowsOf(sout.String(), "-") != ref {
		t.Errorf("report -: exit %d, %q; the regular file gives %q\n%s", code, rowsOf(sout.String(), "-"), ref, serr.String())
	}
	// classifyInput does not open a pipe: classifyStream peeks at it once
	// and keeps the bytes for the reader.
	if k, err := classifyInput(fifotest.Fed(t, data)); err != nil || k != inputStream {
		t.Errorf("classifyInput(FIFO) = %v, %v; want a stream, classified by classifyStream", k, err)
	}
}
