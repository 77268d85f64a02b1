//go:build unix

package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Issue 15, finding 7: SIGINT while the report was being staged left
// ".OUT.tmp-NNNN" folders (a full report inside). The command, run as main
// runs it (this test binary re-executed as the child), is interrupted as
// soon as its staging folder appears: it exits 130, says so once, and
// leaves neither the staging folder nor a report behind.
func TestInterruptRemovesStaging(t *testing.T) {
	if os.Getenv("ENTENTE_INTERRUPT_CHILD") == "1" {
		onInterrupt(os.Stderr, os.Exit)
		code := run(&env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr}, strings.Fields(os.Getenv("ENTENTE_ARGS")))
		waitIfInterrupted()
		os.Exit(code)
	}
	if testing.Short() {
		t.Skip("runs the command in a child process")
	}
	dir := t.TempDir()
	out := filepath.Join(dir, "out")
	// every format at print size: the longest staging the command does
	cmd := exec.Command(os.Args[0], "-test.run=^TestInterruptRemovesStaging$")
	cmd.Env = append(os.Environ(), "ENTENTE_INTERRUPT_CHILD=1", "SOURCE_DATE_EPOCH=1767225600",
		"ENTENTE_ARGS=-q -o "+out+" -formats all -size print")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	staged := ""
	deadline := time.After(3 * time.Minute)
wait:
	for {
		select {
		case err := <-done:
			t.Skipf("the run ended (%v) before its staging folder was seen; nothing to interrupt", err)
		case <-deadline:
			cmd.Process.Kill()
			t.Fatal("no staging folder after 3 minutes")
		default:
		}
		if m, _ := filepath.Glob(filepath.Join(dir, ".out.tmp-*")); len(m) > 0 {
			staged = m[0]
			break wait
		}
		time.Sleep(time.Millisecond)
	}
	if err := cmd.Process.Signal(os.Interrupt); err != nil {
		if errors.Is(err, os.ErrProcessDone) {
			<-done
			t.Skip("the run ended between its staging folder being seen and the signal; nothing to interrupt")
		}
		t.Fatal(err)
	}
	err := <-done
	if err == nil {
		// The run finished (renamed its staging folder) before the signal
		// landed: a race of the test on a loaded machine, not an
		// interruption. It must then have left a complete report and no
		// staging folder.
		if left, _ := filepath.Glob(filepath.Join(dir, ".out.*")); len(left) != 0 {
			t.Errorf("a finished run left behind %v", left)
		}
		if _, err := os.Stat(out); err != nil {
			t.Errorf("a finished run wrote no %s: %v", out, err)
		}
		t.Skip("the run finished before the signal landed; nothing to interrupt")
	}
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != exitInterrupted {
		t.Errorf("exit %v, want %d\n%s", err, exitInterrupted, stderr.String())
	}
	if strings.Count(stderr.String(), "report: interrupted") != 1 {
		t.Errorf("stderr %q, want the interruption said once", stderr.String())
	}
	left, _ := filepath.Glob(filepath.Join(dir, ".out.*"))
	if len(left) != 0 {
		t.Errorf("left behind: %v (staging was %s)", left, filepath.Base(staged))
	}
	if _, err := os.Stat(out); err == nil {
		t.Errorf("an interrupted run wrote %s", out)
	}
}
