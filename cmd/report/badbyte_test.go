package main

import (
	"archive/zip"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/entente/entente/internal/sharedtest"
)

// Issue 15, findings 2 and 8 (offsets): `report inspect` of a GDELT file
// with a NUL byte at offset 1758 reads the other rows and names the bad
// row's own line and byte position, computed here from the file's bytes.
// Before the fix the whole file was refused as binary "at line 1".
func TestInspectBadByte(t *testing.T) {
	data, err := os.ReadFile(sharedtest.Path(t, "data/gdelt/gdelt1_daily_events_sample_20160728.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	lines := bytes.SplitAfter(data, []byte{'\n'})
	data = bytes.Join(lines[:20], nil) // 20 whole rows
	const off = 1758
	data[off] = 0
	line := bytes.Count(data[:off], []byte{'\n'}) + 1
	pos := off - bytes.LastIndexByte(data[:off], '\n')
	path := filepath.Join(t.TempDir(), "bad.tsv")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := inspectCLI(t, path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "rows: read=20 kept=19 rejected=1 filtered=0") {
		t.Errorf("want 19 of 20 rows kept:\n%s", out)
	}
	if want := fmt.Sprintf("%s:%d:%d: ", path, line, pos); line == 1 || !strings.Contains(out, want) {
		t.Errorf("want the rejection at %q:\n%s", want, out)
	}
}

// Issue 15, finding 3: `report inspect` of a zip holding a GDELT entry then
// an ICEWS entry (built here from the shared samples) reads both in full
// and prints a "part:" line for each, equal to the rows line of the entry
// inspected on its own. Before the fix the ICEWS rows were rejected.
func TestInspectMixedZip(t *testing.T) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	var want []string
	for _, rel := range []string{"data/gdelt/gdelt1_daily_events_sample_20160728.tsv", "data/icews/events.2018.sample.tab"} {
		p := sharedtest.Path(t, rel)
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		w, _ := zw.Create(filepath.Base(p))
		w.Write(data)
		code, out, errs := inspectCLI(t, p)
		rows := linesWith(out, "rows: ")
		if code != 0 || len(rows) != 1 {
			t.Fatalf("%s alone: exit %d %s", p, code, errs)
		}
		want = append(want, filepath.Base(p)+": "+rows[0])
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "mixed.zip")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := inspectCLI(t, path)
	parts := linesWith(out, "part: ")
	if code != 0 || len(parts) != 2 {
		t.Fatalf("exit %d, parts %q: %s\n%s", code, parts, out, errs)
	}
	for i, p := range parts {
		if p != "part: "+path+":"+want[i] {
			t.Errorf("%q, want %q", p, "part: "+path+":"+want[i])
		}
	}
}
