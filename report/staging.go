package report

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
)

// A report folder is written into a staging folder beside it, named
// ".NAME.tmp-PID-RANDOM", and renamed into place (WriteDir). The previous
// report is moved aside as ".NAME.old-PID-RANDOM" for the moment of the
// swap. The process ID in the name lets a later run prove that a left-over
// staging folder is its kind's and that its owner is gone (a run killed
// with SIGKILL, or a machine that lost power), and remove it.

// staging holds the staging folders this process has open.
var staging sync.Map // string → struct{}

// stagingMu orders file creation in staging folders against
// RemoveStaging: once interrupted is set no file or folder is created, so
// a removed staging folder is not recreated by a writer still running.
var (
	stagingMu   sync.RWMutex
	interrupted bool
)

// createStaged creates the file p (and its folder) inside a staging folder,
// unless RemoveStaging has run.
func createStaged(p string) (*os.File, error) {
	stagingMu.RLock()
	defer stagingMu.RUnlock()
	if interrupted {
		return nil, errInterrupted
	}
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return nil, err
	}
	return openFile(p, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
}

var errInterrupted = errors.New("interrupted")

// stageDir creates the staging folder for dir in parent and registers it
// for RemoveStaging, under stagingMu: an interruption between the folder's
// creation and its registration would otherwise leave it behind (seen in
// TestInterruptRemovesStaging, which signals as soon as the folder shows).
func stageDir(parent, base string) (string, error) {
	stagingMu.RLock()
	defer stagingMu.RUnlock()
	if interrupted {
		return "", errInterrupted
	}
	tmp, err := os.MkdirTemp(parent, stagingPattern(base, "tmp"))
	if err != nil {
		return "", err
	}
	staging.Store(tmp, struct{}{})
	return tmp, nil
}

// unstage forgets a staging folder that was removed or renamed.
func unstage(tmp string) { staging.Delete(tmp) }

// stagingPattern is the os.MkdirTemp pattern of staging ("tmp") and
// moved-aside ("old") folders of the report folder named base.
func stagingPattern(base, kind string) string {
	return "." + base + "." + kind + "-" + strconv.Itoa(os.Getpid()) + "-*"
}

// RemoveStaging removes the staging folders of reports this process is
// writing. A program calls it when it is interrupted (SIGINT, SIGTERM)
// before it exits, so that no half-written report is left behind; the
// report command does. It is safe to call from a signal handler's
// goroutine while WriteDir runs: WriteDir then fails, and any previous
// report stays in place.
func RemoveStaging() {
	stagingMu.Lock()
	interrupted = true
	stagingMu.Unlock()
	staging.Range(func(k, _ any) bool {
		os.RemoveAll(k.(string))
		staging.Delete(k)
		return true
	})
}

// removeStale removes staging and moved-aside folders of the report
// folder named base in parent whose owner process is gone. Folders of
// live processes, of this process, and names that do not carry a process
// ID are left alone.
func removeStale(parent, base string) {
	entries, err := os.ReadDir(parent)
	if err != nil {
		return
	}
	self := os.Getpid()
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		pid, kind, ok := stagingOwner(e.Name(), base)
		if !ok || pid == self || processAlive(pid) {
			continue
		}
		p := filepath.Join(parent, e.Name())
		if kind == "old" {
			// The owner died between moving the previous report aside
			// and moving the new one in: put the previous one back.
			if _, err := os.Lstat(filepath.Join(parent, base)); os.IsNotExist(err) {
				os.Rename(p, filepath.Join(parent, base))
				continue
			}
		}
		os.RemoveAll(p)
	}
}

// stagingOwner parses ".BASE.tmp-PID-RANDOM" or ".BASE.old-PID-RANDOM" and
// returns PID and the kind, "tmp" or "old".
func stagingOwner(name, base string) (pid int, kind string, ok bool) {
	for _, kind := range []string{"tmp", "old"} {
		prefix := "." + base + "." + kind + "-"
		if !strings.HasPrefix(name, prefix) {
			continue
		}
		rest := name[len(prefix):]
		i := strings.IndexByte(rest, '-')
		if i <= 0 || i == len(rest)-1 {
			return 0, "", false
		}
		pid, err := strconv.Atoi(rest[:i])
		if err != nil || pid <= 0 {
			return 0, "", false
		}
		return pid, kind, true
	}
	return 0, "", false
}
