package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/entente/entente/tools/gophernotes/ipynb"
)

// executedNotebook writes an executed one-cell notebook expecting want
// images and holding an error output if failing.
func executedNotebook(t *testing.T, dir, name string, want int, failing bool) string {
	t.Helper()
	nb := (&ipynb.Source{Images: want, Cells: []ipynb.SourceCell{{Text: "x := 1\nx"}}}).Notebook()
	c := &nb.Cells[0]
	c.ExecutionCount = 1
	c.Metadata["execution"] = json.RawMessage(`{"iopub.execute_input": "2026-01-01T00:00:00Z", "shell.execute_reply": "2026-01-01T00:00:07Z"}`)
	if failing {
		c.Outputs = []ipynb.Output{{Type: "error", EName: "ERROR", EValue: "boom"}}
	} else {
		c.Outputs = []ipynb.Output{{Type: "execute_result", ExecutionCount: 1, Data: map[string]json.RawMessage{"text/plain": json.RawMessage(`"1"`)}}}
	}
	path := filepath.Join(dir, name)
	if err := nb.WriteFile(path); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestRun(t *testing.T) {
	dir := t.TempDir()
	good := executedNotebook(t, dir, "good.ipynb", 0, false)
	bad := executedNotebook(t, dir, "bad.ipynb", 0, true)
	wrongCount := executedNotebook(t, dir, "count.ipynb", 1, false)
	save := filepath.Join(dir, "saved")
	if err := os.Mkdir(save, 0o755); err != nil {
		t.Fatal(err)
	}

	var out, errb bytes.Buffer
	if code := run([]string{"-times", "-save", save, good}, &out, &errb); code != 0 {
		t.Fatalf("good notebook: exit %d\n%s%s", code, out.String(), errb.String())
	}
	for _, want := range []string{"ok   " + good + ": 1 code cells, 0 image(s) (expected 0), 0 problem(s)", "cell  1       7s  x := 1", "saved "} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	saved, err := os.ReadFile(filepath.Join(save, "good.ipynb"))
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(saved, []byte("iopub")) {
		t.Error("the saved notebook keeps nbclient's timings")
	}

	out.Reset()
	errb.Reset()
	code := run([]string{"-save", save, good, bad, wrongCount, filepath.Join(dir, "missing.ipynb")}, &out, &errb)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	for _, want := range []string{"FAIL " + bad, "cell 1: error output: ERROR: boom", "FAIL " + wrongCount, "0 image(s) shown, 1 expected", "3 of 4 notebook(s) failed"} {
		if !strings.Contains(out.String()+errb.String(), want) {
			t.Errorf("output lacks %q:\n%s%s", want, out.String(), errb.String())
		}
	}
	if _, err := os.Stat(filepath.Join(save, "bad.ipynb")); err == nil {
		t.Error("a failing notebook was saved")
	}
	if code := run(nil, &out, &errb); code != 2 {
		t.Errorf("no arguments: exit %d, want 2", code)
	}
}
