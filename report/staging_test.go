package report

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"testing"
)

// deadPID returns the ID of a process that has exited: a child that ran
// `true` and was waited for.
func deadPID(t *testing.T) int {
	t.Helper()
	cmd := exec.Command("true")
	if err := cmd.Run(); err != nil {
		t.Skipf("cannot run true: %v", err)
	}
	return cmd.ProcessState.Pid()
}

func TestStagingOwner(t *testing.T) {
	for _, c := range []struct {
		name string
		pid  int
		ok   bool
	}{
		{".out.tmp-123-456789", 123, true},
		{".out.old-77-1", 77, true},
		{".out.tmp-123456789", 0, false}, // the pre-PID pattern: not provably ours
		{".out.tmp--1", 0, false},
		{".out.tmp-x-1", 0, false},
		{".other.tmp-123-4", 0, false},
		{"out", 0, false},
	} {
		pid, _, ok := stagingOwner(c.name, "out")
		if pid != c.pid || ok != c.ok {
			t.Errorf("stagingOwner(%q) = %d, %v; want %d, %v", c.name, pid, ok, c.pid, c.ok)
		}
	}
}

// TestWriteDirRemovesStaleStaging: a run killed while staging (SIGKILL
// leaves no chance to clean up) leaves ".out.tmp-PID-…"; the next
// WriteDir to the same folder removes it when PID is gone, and leaves the
// folders of live processes and unrelated names alone.
func TestWriteDirRemovesStaleStaging(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("process liveness is not checked on this system")
	}
	parent := t.TempDir()
	dead := strconv.Itoa(deadPID(t))
	live := strconv.Itoa(os.Getppid())
	stale := filepath.Join(parent, ".out.tmp-"+dead+"-1")
	staleOld := filepath.Join(parent, ".out.old-"+dead+"-2")
	alive := filepath.Join(parent, ".out.tmp-"+live+"-3")
	other := filepath.Join(parent, ".notes.tmp-"+dead+"-4")
	for _, d := range []string{stale, staleOld, alive, other} {
		if err := os.MkdirAll(filepath.Join(d, "charts"), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	r := fixtureReport(t)
	if err := r.WriteDir(filepath.Join(parent, "out"), &Formats{CSV: true}); err != nil {
		t.Fatal(err)
	}
	for _, d := range []string{stale, staleOld} {
		if _, err := os.Stat(d); !os.IsNotExist(err) {
			t.Errorf("%s: stale staging folder not removed (%v)", filepath.Base(d), err)
		}
	}
	for _, d := range []string{alive, other} {
		if _, err := os.Stat(d); err != nil {
			t.Errorf("%s: removed, but it is not provably a dead run's: %v", filepath.Base(d), err)
		}
	}
	left, _ := filepath.Glob(filepath.Join(parent, ".out.*-"+strconv.Itoa(os.Getpid())+"-*"))
	if len(left) != 0 {
		t.Errorf("this run left %v", left)
	}
}

// TestStaleSwapRestoresPrevious: a run that died between moving the
// previous report aside and moving the new one in left no report folder;
// the next run puts the previous report back before it stages its own.
func TestStaleSwapRestoresPrevious(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("process liveness is not checked on this system")
	}
	parent := t.TempDir()
	old := filepath.Join(parent, ".out.old-"+strconv.Itoa(deadPID(t))+"-9")
	if err := os.MkdirAll(old, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(old, markerFile), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	removeStale(parent, "out")
	if _, err := os.Stat(filepath.Join(parent, "out", markerFile)); err != nil {
		t.Fatalf("previous report not restored: %v", err)
	}
}

// TestRemoveStaging: what an interrupt handler calls removes the staging
// folders this process holds open.
func TestRemoveStaging(t *testing.T) {
	parent := t.TempDir()
	tmp, err := stageDir(parent, "out")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(tmp, "report.pdf"), []byte("%PDF"), 0o644); err != nil {
		t.Fatal(err)
	}
	RemoveStaging()
	defer func() { interrupted = false }() // for the tests that follow
	if _, err := os.Stat(tmp); !os.IsNotExist(err) {
		t.Fatalf("staging folder still there: %v", err)
	}
	if _, err := createStaged(filepath.Join(tmp, "charts", "a.png")); err == nil {
		t.Fatal("a writer still running recreated the removed staging folder")
	}
	if _, err := os.Stat(tmp); !os.IsNotExist(err) {
		t.Fatalf("staging folder recreated: %v", err)
	}
}
