package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/entente/entente/tools/gophernotes/ipynb"
)

// TestExampleNotebooksUpToDate fails when a committed notebook in examples/
// no longer matches its cells file in examples/notebooks/ (or has none).
func TestExampleNotebooksUpToDate(t *testing.T) {
	res, err := Sync("..", "../..", nil, true)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range res.Stale {
		t.Errorf("out of date: %s (run: go run ./examples/notebooks/mknb && scripts/notebooks.sh --update)", s)
	}
	if res.UpToDate == 0 {
		t.Error("no example notebooks found")
	}
}

const cellsV1 = "// images: 1\n// %% [markdown]\n// # T\n// %%\nx := 1\n"

func setup(t *testing.T, cells map[string]string) (cellsDir, outDir string) {
	t.Helper()
	dir := t.TempDir()
	cellsDir, outDir = filepath.Join(dir, "notebooks"), dir
	if err := os.Mkdir(cellsDir, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, text := range cells {
		if err := os.WriteFile(filepath.Join(cellsDir, name+CellsExt), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return cellsDir, outDir
}

func TestSync(t *testing.T) {
	cellsDir, outDir := setup(t, map[string]string{"a": cellsV1})
	nbPath := filepath.Join(outDir, "a.ipynb")

	// Missing: check reports it, sync writes it.
	res, err := Sync(cellsDir, outDir, nil, true)
	if err != nil || len(res.Stale) != 1 || !strings.HasSuffix(res.Stale[0], "a.ipynb: missing") {
		t.Fatalf("check of a missing notebook: %+v, %v", res, err)
	}
	if res, err = Sync(cellsDir, outDir, nil, false); err != nil || len(res.Written) != 1 {
		t.Fatalf("sync: %+v, %v", res, err)
	}

	// An executed notebook with the same cells is left alone: outputs stay.
	nb, err := ipynb.ReadFile(nbPath)
	if err != nil {
		t.Fatal(err)
	}
	nb.Cells[1].ExecutionCount = 1
	nb.Cells[1].Outputs = []ipynb.Output{{Type: "stream", Name: "stdout", Text: "kept\n"}}
	if err := nb.WriteFile(nbPath); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(nbPath)
	if res, err = Sync(cellsDir, outDir, nil, false); err != nil || len(res.Written) != 0 || res.UpToDate != 1 {
		t.Fatalf("sync of an up-to-date notebook: %+v, %v", res, err)
	}
	after, _ := os.ReadFile(nbPath)
	if !bytes.Equal(before, after) {
		t.Error("an up-to-date notebook was rewritten")
	}

	// Changed cells: stale, then rewritten without outputs.
	if err := os.WriteFile(filepath.Join(cellsDir, "a"+CellsExt), []byte(strings.Replace(cellsV1, "x := 1", "x := 2", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	if res, err = Sync(cellsDir, outDir, nil, true); err != nil || len(res.Stale) != 1 || !strings.Contains(res.Stale[0], "cell 2") {
		t.Fatalf("check after a change: %+v, %v", res, err)
	}
	if res, err = Sync(cellsDir, outDir, []string{"a"}, false); err != nil || len(res.Written) != 1 {
		t.Fatalf("sync after a change: %+v, %v", res, err)
	}
	nb, err = ipynb.ReadFile(nbPath)
	if err != nil {
		t.Fatal(err)
	}
	if nb.Cells[1].Source != "x := 2" || len(nb.Cells[1].Outputs) != 0 {
		t.Errorf("regenerated cell %+v", nb.Cells[1])
	}

	// A notebook without a cells file is reported by check.
	if err := os.WriteFile(filepath.Join(outDir, "orphan.ipynb"), after, 0o644); err != nil {
		t.Fatal(err)
	}
	if res, err = Sync(cellsDir, outDir, nil, true); err != nil || len(res.Stale) != 1 || !strings.Contains(res.Stale[0], "no cells file") {
		t.Fatalf("check with an orphan: %+v, %v", res, err)
	}
}

func TestSyncErrors(t *testing.T) {
	cellsDir, outDir := setup(t, map[string]string{"bad": "// images: 1\n// %% [raw]\nx\n"})
	if _, err := Sync(cellsDir, outDir, nil, false); err == nil || !strings.Contains(err.Error(), "bad.cells:2:") {
		t.Errorf("Sync with a bad cells file: %v, want an error at bad.cells:2", err)
	}
	empty, _ := setup(t, nil)
	if _, err := Sync(empty, outDir, nil, false); err == nil {
		t.Error("Sync of a directory without cells files succeeded")
	}
	if _, err := Sync(cellsDir, outDir, []string{"missing"}, false); err == nil {
		t.Error("Sync of a missing cells file succeeded")
	}
}

func TestRun(t *testing.T) {
	cellsDir, outDir := setup(t, map[string]string{"a": cellsV1})
	var out, errb bytes.Buffer
	if code := run([]string{"-check", "-cells", cellsDir, "-out", outDir}, &out, &errb); code != 1 || !strings.Contains(errb.String(), "out of date") {
		t.Errorf("check of a missing notebook: exit %d, stderr %q", code, errb.String())
	}
	out.Reset()
	if code := run([]string{"-cells", cellsDir, "-out", outDir}, &out, &errb); code != 0 || !strings.Contains(out.String(), "wrote ") {
		t.Errorf("generate: exit %d, stdout %q", code, out.String())
	}
	out.Reset()
	if code := run([]string{"-check", "-cells", cellsDir, "-out", outDir}, &out, &errb); code != 0 || !strings.Contains(out.String(), "1 notebook(s) up to date") {
		t.Errorf("check: exit %d, stdout %q", code, out.String())
	}
	if code := run([]string{"-nope"}, &out, &errb); code != 2 {
		t.Errorf("bad flag: exit %d, want 2", code)
	}
}
