package dataset

import (
	"errors"
	"strings"
	"testing"
)

func TestParseErrorMessageAndUnwrap(t *testing.T) {
	e := &ParseError{File: "events.tsv", Line: 12, Field: 2, Column: "SQLDATE", Value: "2016x", Err: ErrBadDate}
	want := `events.tsv:12: column SQLDATE (field 2): invalid date (value "2016x")`
	if e.Error() != want {
		t.Errorf("Error() = %q, want %q", e.Error(), want)
	}
	if !errors.Is(e, ErrBadDate) || errors.Is(e, ErrBadCode) {
		t.Error("errors.Is does not see the sentinel")
	}
	var pe *ParseError
	if !errors.As(error(e), &pe) || pe.Line != 12 {
		t.Error("errors.As")
	}
	if e.Reason() != "SQLDATE: invalid date" {
		t.Errorf("Reason = %q", e.Reason())
	}
	if got := (&ParseError{Line: 3, Err: ErrColumnCount}).Error(); got != "<input>:3: wrong number of columns" {
		t.Errorf("whole-row error = %q", got)
	}
}

func TestShorten(t *testing.T) {
	long := strings.Repeat("é", 100) // 200 bytes
	s := shorten(long)
	if len(s) > 80+len("…") || !strings.HasSuffix(s, "…") {
		t.Errorf("shorten gave %d bytes", len(s))
	}
	if strings.ContainsRune(strings.TrimSuffix(s, "…"), '\uFFFD') {
		t.Error("cut inside a rune")
	}
}
