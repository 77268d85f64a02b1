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

// The parsers of settings given as text refuse an unknown name with their
// own message (unchanged: it names what they want) and an error that
// wraps ErrSyntax.
func TestSettingParsersWrapErrSyntax(t *testing.T) {
	for name, parse := range map[string]func() error{
		"weight":      func() error { _, err := ParseWeight("tone"); return err },
		"granularity": func() error { _, err := ParseGranularity("fortnight"); return err },
		"dedup key":   func() error { _, err := ParseDedupKey("urls"); return err },
		"role":        func() error { _, err := ParseRole("pirates"); return err },
		"role filter": func() error { _, err := ParseRoleFilter("some"); return err },
	} {
		err := parse()
		if !errors.Is(err, ErrSyntax) || !strings.HasPrefix(err.Error(), "dataset: unknown "+name+" ") || strings.Contains(err.Error(), "syntax error") {
			t.Errorf("%s: %v", name, err)
		}
	}
}
