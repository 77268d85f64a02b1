package report

import (
	"os"
	"os/exec"
	"runtime"
	"testing"
)

// This file tests both halves of processAlive: staging_unix.go (unix) and
// staging_other.go (elsewhere); it has no build tag and runs on whichever
// half builds. It is named after the unix half.

// unixGOOS are the systems the "unix" build constraint selects (go help
// buildconstraint).
var unixGOOS = map[string]bool{"aix": true, "android": true, "darwin": true, "dragonfly": true,
	"freebsd": true, "hurd": true, "illumos": true, "ios": true, "linux": true, "netbsd": true,
	"openbsd": true, "solaris": true}

func TestProcessAlive(t *testing.T) {
	if !processAlive(os.Getpid()) {
		t.Error("this process is not alive")
	}
	// A child that has exited and been waited for: its ID names no process
	// (unless the system reused it at once, which the check below cannot
	// tell, so the test reruns it once).
	dead := func() int {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		if err := cmd.Run(); err != nil {
			t.Fatal(err)
		}
		return cmd.Process.Pid
	}
	first := processAlive(dead()) // two children, two pids
	alive := first && processAlive(dead())
	if unixGOOS[runtime.GOOS] && alive {
		t.Error("unix: an exited child counts as alive")
	}
	// staging_other.go cannot tell: every owner counts as alive, so no
	// staging folder is removed as stale.
	if !unixGOOS[runtime.GOOS] && !alive {
		t.Error("non-unix: an exited child counts as dead")
	}
}
