package dataset

import (
	"bufio"
	"io"
	"os"
)

// DefaultPeekBytes is how many bytes OpenInput peeks by default: as many
// as the readers examine to detect a format.
const DefaultPeekBytes = detectPeek

// Input is an input opened once and read as a stream: its first bytes are
// peeked (Head) and kept, so that a caller can decide what the input is
// and then read all of it, the peeked bytes included, without opening it
// again. A named pipe, a socket or standard input cannot be opened twice
// (a second open sees only what the first did not read); an Input is how
// to look before reading them.
//
// Pass an Input to NewReader (or ReadEvents) as its io.Reader: an Input
// over a regular file lets a zip archive be read in place, without a
// temporary copy.
type Input struct {
	name     string
	head     []byte
	br       *bufio.Reader
	f        *os.File // nil for a reader given to NewInput
	closeF   bool     // Close closes f (not standard input)
	regular  bool
	size     int64 // -1 when unknown
	consumed int64 // bytes returned by Read
}

// OpenInput opens path ("-" is standard input, named "<stdin>") and peeks
// at its first peek bytes (DefaultPeekBytes when peek <= 0), waiting for
// them on a pipe until they arrive or the input ends. The bytes stay in
// the Input: Read returns them first. A directory is an error; an error
// opening the file is returned as is (it wraps fs.ErrNotExist and
// friends). A read error while peeking is returned by the first Read.
func OpenInput(path string, peek int) (*Input, error) {
	if path == "-" {
		return NewInput(os.Stdin, stdinName, peek), nil // read as a stream
	}
	f, st, err := openFile(path)
	if err != nil {
		return nil, err
	}
	in := NewInput(f, path, peek)
	in.f, in.closeF = f, true
	if st.Mode().IsRegular() {
		in.regular, in.size = true, st.Size()
	}
	return in, nil
}

// NewInput peeks at the first peek bytes of r (DefaultPeekBytes when
// peek <= 0); see OpenInput. Close does not close r.
func NewInput(r io.Reader, name string, peek int) *Input {
	if peek <= 0 {
		peek = DefaultPeekBytes
	}
	br := bufio.NewReaderSize(r, max(peek, inputBufferSize))
	head, _ := br.Peek(peek)
	return &Input{name: name, head: head, br: br, size: -1}
}

// Name returns the name given to OpenInput ("<stdin>" for "-").
func (in *Input) Name() string { return in.name }

// Head returns the peeked bytes (fewer than asked when the input is
// shorter). They are valid until the first Read; copy them to keep them.
func (in *Input) Head() []byte { return in.head }

// Size returns the size of a regular file, or -1.
func (in *Input) Size() int64 { return in.size }

// Regular reports whether the input is a regular file (not a pipe, a
// socket, a terminal or standard input).
func (in *Input) Regular() bool { return in.regular }

// Read reads the input from its first byte, the peeked ones included.
func (in *Input) Read(p []byte) (int, error) {
	n, err := in.br.Read(p)
	in.consumed += int64(n)
	return n, err
}

// Close closes the file OpenInput opened (never standard input). It is
// safe to call more than once.
func (in *Input) Close() error {
	if in.closeF && in.f != nil {
		in.closeF = false
		return in.f.Close()
	}
	return nil
}

// isRegular reports whether r is a regular file that may be opened again.
func isRegular(r io.Reader) bool {
	switch v := r.(type) {
	case *Input:
		return v.regular
	case *os.File:
		if v == os.Stdin {
			return false
		}
		st, err := v.Stat()
		return err == nil && st.Mode().IsRegular()
	}
	return false
}
