package ipynb

import (
	"errors"
	"fmt"
)

// ErrFormat is wrapped by every error about malformed notebooks or cells
// files.
var ErrFormat = errors.New("malformed notebook input")

// ParseError locates a problem in a notebook or cells file.
type ParseError struct {
	File string // the file name given to the reader
	Line int    // 1-based line (cells files), 0 when not known (JSON)
	Msg  string
	Err  error // ErrFormat, or the underlying decoding error wrapping it
}

func (e *ParseError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

// Unwrap returns ErrFormat (or the decoding error), so errors.Is(err,
// ErrFormat) holds for every *ParseError.
func (e *ParseError) Unwrap() []error {
	if e.Err == nil || e.Err == ErrFormat {
		return []error{ErrFormat}
	}
	return []error{ErrFormat, e.Err}
}

func formatErr(file string, line int, format string, args ...any) *ParseError {
	return &ParseError{File: file, Line: line, Msg: fmt.Sprintf(format, args...), Err: ErrFormat}
}
