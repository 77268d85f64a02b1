package atomicfile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

func TestWriteReplacesAtomically(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "out.csv")
	if err := WriteFile(p, []byte("old"), 0); err != nil {
		t.Fatal(err)
	}
	// A failing writer leaves the old content and no temporary file.
	err := Write(p, 0, func(w io.Writer) error {
		w.Write([]byte("half"))
		return errors.New("boom")
	})
	if err == nil || err.Error() != "boom" {
		t.Fatalf("err = %v", err)
	}
	if b, _ := os.ReadFile(p); string(b) != "old" {
		t.Fatalf("content %q after failed write", b)
	}
	if err := WriteFile(p, []byte("new"), 0o600); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(p); string(b) != "new" {
		t.Fatalf("content %q", b)
	}
	ents, _ := os.ReadDir(dir)
	if len(ents) != 1 {
		t.Fatalf("directory holds %d entries, want 1 (no temporary files left)", len(ents))
	}
	if st, _ := os.Stat(p); st.Mode().Perm() != 0o600 {
		t.Fatalf("perm %v", st.Mode().Perm())
	}
}

func TestCommitTwice(t *testing.T) {
	f, err := Create(filepath.Join(t.TempDir(), "x"), 0)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Commit(); err != nil {
		t.Fatal(err)
	}
	if err := f.Commit(); err == nil {
		t.Fatal("second Commit succeeded")
	}
	f.Abort() // no-op
}

// Writing to a device writes in place: /dev/null stays a device (renaming
// a temporary file over it, as root, had replaced it with a regular file,
// which then read back whatever was written), and no temporary file is
// left in /dev.
func TestWriteDevice(t *testing.T) {
	st, err := os.Stat(os.DevNull)
	if err != nil || st.Mode()&os.ModeDevice == 0 {
		t.Skipf("%s is not a device here", os.DevNull)
	}
	if err := WriteFile(os.DevNull, []byte("scores\n"), 0); err != nil {
		t.Fatal(err)
	}
	st, err = os.Stat(os.DevNull)
	if err != nil || st.Mode()&os.ModeDevice == 0 {
		t.Fatalf("%s after the write: %v %v, want a device", os.DevNull, st.Mode(), err)
	}
	if left, _ := filepath.Glob(filepath.Join(filepath.Dir(os.DevNull), "."+filepath.Base(os.DevNull)+".tmp-*")); len(left) > 0 {
		t.Errorf("left behind: %v", left)
	}
	f, err := Create(os.DevNull, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.Write([]byte("x"))
	f.Abort() // closes the device; nothing to remove
	if _, err := os.Stat(os.DevNull); err != nil {
		t.Fatalf("Abort removed %s: %v", os.DevNull, err)
	}
}
