//go:build unix

// Package fifotest makes named pipes for tests of inputs that can be read
// only once (unix only).
package fifotest

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// Fed makes a named pipe in a temporary folder of tb and writes data into
// it from a goroutine (the write blocks until a reader opens the pipe; an
// error, the reader gone, shows as missing rows). It skips tb when the
// system cannot make a pipe.
func Fed(tb testing.TB, data []byte) string {
	tb.Helper()
	p := filepath.Join(tb.TempDir(), "events.fifo")
	if err := syscall.Mkfifo(p, 0o600); err != nil {
		tb.Skipf("mkfifo: %v", err)
	}
	go func() {
		f, err := os.OpenFile(p, os.O_WRONLY, 0)
		if err != nil {
			return
		}
		f.Write(data)
		f.Close()
	}()
	return p
}
