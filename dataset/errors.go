package dataset

import (
	"errors"
	"fmt"
	"strings"
)

// Sentinel errors. Every error a reader returns for bad input wraps one of
// them, so callers can test with errors.Is; a *ParseError adds where.
var (
	// ErrUnknownFormat: the input's format could not be detected or is not
	// supported.
	ErrUnknownFormat = errors.New("unknown or unsupported format")
	// ErrColumnCount: a row has the wrong number of fields.
	ErrColumnCount = errors.New("wrong number of columns")
	// ErrBadDate: a date field cannot be parsed.
	ErrBadDate = errors.New("invalid date")
	// ErrBadNumber: a numeric field cannot be parsed.
	ErrBadNumber = errors.New("invalid number")
	// ErrBadCode: an event code is not a CAMEO code.
	ErrBadCode = errors.New("invalid CAMEO code")
	// ErrMissingField: a required field is empty or absent.
	ErrMissingField = errors.New("missing required field")
	// ErrLineTooLong: a line or record exceeds ReadOptions.MaxLineBytes.
	ErrLineTooLong = errors.New("line too long")
	// ErrEncoding: the bytes are not valid UTF-8 text (binary input).
	ErrEncoding = errors.New("invalid text encoding")
	// ErrTruncated: a compressed stream or archive ends early.
	ErrTruncated = errors.New("truncated input")
	// ErrSyntax: a JSON or CSV record is malformed.
	ErrSyntax = errors.New("syntax error")
	// ErrBadCategory: a PLOVER event category is not one of the sixteen
	// (after cameo.NormalizePLOVER).
	ErrBadCategory = errors.New("invalid PLOVER category")
)

// ParseError is a rejected row or record: where it is and why.
//
// Line is the 1-based physical line in the (decompressed) input; Column is
// the field's name in the format's schema ("SQLDATE", "Event Date") and
// Field its 1-based position, both zero when the error concerns the whole
// row. Byte is the 1-based byte position in the line of the offending
// byte (a NUL, invalid UTF-8, binary data), zero when the error is not
// about one byte; it is printed after the line, as in "file:12:345". Value
// is the offending text, shortened to 80 bytes. Err wraps one of the
// package's sentinel errors.
type ParseError struct {
	File   string
	Line   int
	Byte   int
	Field  int
	Column string
	Value  string
	Err    error
}

func (e *ParseError) Error() string {
	var b strings.Builder
	if e.File != "" {
		b.WriteString(e.File)
	} else {
		b.WriteString("<input>")
	}
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
		if e.Byte > 0 {
			fmt.Fprintf(&b, ":%d", e.Byte)
		}
	}
	b.WriteString(": ")
	if e.Column != "" {
		fmt.Fprintf(&b, "column %s", e.Column)
		if e.Field > 0 {
			fmt.Fprintf(&b, " (field %d)", e.Field)
		}
		b.WriteString(": ")
	} else if e.Field > 0 {
		fmt.Fprintf(&b, "field %d: ", e.Field)
	}
	if e.Err != nil {
		b.WriteString(e.Err.Error())
	} else {
		b.WriteString("invalid row")
	}
	if e.Value != "" {
		fmt.Fprintf(&b, " (value %q)", e.Value)
	}
	return b.String()
}

// Unwrap returns the sentinel (or underlying) error.
func (e *ParseError) Unwrap() error { return e.Err }

// Reason returns a short, stable description of the cause without position
// or value, for counting rejections by kind: "SQLDATE: invalid date".
func (e *ParseError) Reason() string {
	msg := "invalid row"
	if e.Err != nil {
		msg = e.Err.Error()
	}
	if e.Column != "" {
		return e.Column + ": " + msg
	}
	return msg
}

// ShortValue is v as readers put it in ParseError.Value: at most 80
// bytes, cut on a rune boundary and marked "…" when cut. Readers outside
// this package (the Beam pipeline's accounting) use it to quote alike.
func ShortValue(v string) string { return shorten(v) }

// shorten keeps at most 80 bytes of v, cut on a rune boundary.
func shorten(v string) string {
	const max = 80
	if len(v) <= max {
		return v
	}
	cut := max
	for cut > 0 && v[cut]&0xC0 == 0x80 {
		cut--
	}
	return v[:cut] + "…"
}

// valueError is a setting given as text that its parser does not know
// (a weight, granularity, dedup key, role or role filter name): its text
// is the parser's message, and it wraps ErrSyntax for errors.Is.
type valueError struct{ msg string }

func (e *valueError) Error() string { return e.msg }
func (e *valueError) Unwrap() error { return ErrSyntax }

// badValue is a valueError with the message format and args give.
func badValue(format string, args ...any) error {
	return &valueError{fmt.Sprintf(format, args...)}
}
