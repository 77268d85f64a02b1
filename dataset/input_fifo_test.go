//go:build unix

package dataset

import (
	"net"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/entente/entente/internal/fifotest"
	"github.com/entente/entente/internal/sharedtest"
)

// withTimeout runs fn and fails the test if it does not return in time:
// reading a pipe a second time blocks forever, waiting for a writer.
func withTimeout(t *testing.T, what string, fn func()) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		fn()
	}()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Fatalf("%s: no answer after 30 s (the pipe was opened twice?)", what)
	}
}

// Issue 15, finding 1: a named pipe is read once, as a stream, and gives
// the same rows as the regular file, through Reader and through
// AggregateFiles (the path `report inspect` takes). The expected line is
// the regular file's: 710 data lines (wc -l), every one well-formed.
// Before the fix AggregateFiles detected the format, closed the pipe and
// opened it again, losing rows or blocking.
func TestFIFOReadOnce(t *testing.T) {
	path := sharedtest.Path(t, gdelt1Sample)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	const want = "rows: read=710 kept=710 rejected=0 filtered=0"
	_, rep, err := ReadFile(path, nil)
	if err != nil || rep.RowsLine() != want {
		t.Fatalf("regular file: %v, %v; want %s", rep, err, want)
	}

	withTimeout(t, "ReadFile(FIFO)", func() {
		_, rep, err := ReadFile(fifotest.Fed(t, data), nil)
		if err != nil || rep.RowsLine() != want {
			t.Errorf("ReadFile(FIFO): %v, %v; want %s", rep, err, want)
		}
	})
	withTimeout(t, "AggregateFiles(FIFO)", func() {
		tab, reps, err := AggregateFiles([]string{fifotest.Fed(t, data)}, nil, nil)
		if err != nil || reps[0].RowsLine() != want {
			t.Errorf("AggregateFiles(FIFO): %v, %v; want %s", reps[0], err, want)
			return
		}
		ref, _, err := AggregateFiles([]string{path}, nil, nil)
		if err != nil {
			t.Errorf("AggregateFiles(regular file): %v", err)
			return
		}
		if tab.Len() == 0 || tab.Len() != ref.Len() || !reflect.DeepEqual(tab.Rows(), ref.Rows()) {
			t.Errorf("AggregateFiles(FIFO): %d dyad-periods, the regular file %d, or rows that differ", tab.Len(), ref.Len())
		}
	})
	withTimeout(t, "OpenInput(FIFO)", func() {
		in, err := OpenInput(fifotest.Fed(t, data), 0)
		if err != nil {
			t.Error(err)
			return
		}
		defer in.Close()
		if in.Regular() || DetectFormat(in.Head()) != FormatGDELT1 {
			t.Errorf("OpenInput(FIFO): regular %v, format %q", in.Regular(), DetectFormat(in.Head()))
		}
		_, rep, err := ReadEvents(in, in.Name(), nil)
		if err != nil || rep.RowsLine() != want {
			t.Errorf("ReadEvents(OpenInput(FIFO)): %v, %v; want %s", rep, err, want)
		}
	})
}

// A unix socket is a stream too: the same rows as the regular file.
func TestSocketReadOnce(t *testing.T) {
	path := sharedtest.Path(t, gdelt1Sample)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	sock := filepath.Join(t.TempDir(), "s")
	l, err := net.Listen("unix", sock)
	if err != nil {
		t.Skipf("unix socket: %v", err)
	}
	defer l.Close()
	go func() {
		c, err := l.Accept()
		if err != nil {
			return
		}
		c.Write(data)
		c.Close()
	}()
	c, err := net.Dial("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	withTimeout(t, "ReadEvents(socket)", func() {
		_, rep, err := ReadEvents(c, "socket", nil)
		// 710 lines (wc -l), all well-formed, as the regular file reads
		if err != nil || rep.RowsLine() != "rows: read=710 kept=710 rejected=0 filtered=0" {
			t.Errorf("socket: %v, %v", rep, err)
		}
	})
}
