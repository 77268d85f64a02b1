package dataset

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// A nil *ReadOptions and a zero ReadOptions are the same defaults.
func TestReadOptionsZeroIsNil(t *testing.T) {
	in := "date,source,target,code\n2024-05-16,CHN,RUS,042\n2024-05-17,CHN,RUS,4O2\n"
	e1, r1, err1 := ReadEvents(strings.NewReader(in), "a.csv", nil)
	e2, r2, err2 := ReadEvents(strings.NewReader(in), "a.csv", &ReadOptions{})
	if err1 != nil || err2 != nil {
		t.Fatal(err1, err2)
	}
	if len(e1) != 1 || len(e2) != 1 || r1.RowsLine() != r2.RowsLine() || r1.Format != FormatCSV || r2.Format != FormatCSV {
		t.Errorf("nil: %d events %s %q; zero: %d events %s %q", len(e1), r1.RowsLine(), r1.Format, len(e2), r2.RowsLine(), r2.Format)
	}
	if !reflect.DeepEqual(fmt.Sprint(e1), fmt.Sprint(e2)) {
		t.Error("nil and zero options read different events")
	}
}

// MaxSamples: by default the Report keeps DefaultMaxSamples (20) of 25 bad
// rows in full, and counts all 25; a smaller MaxSamples keeps fewer.
func TestReadOptionsMaxSamples(t *testing.T) {
	in := "date,source,target,code\n" + strings.Repeat("2024-05-17,CHN,RUS,4O2\n", 25)
	for _, tt := range []struct {
		opts *ReadOptions
		keep int
	}{{nil, DefaultMaxSamples}, {&ReadOptions{MaxSamples: 3}, 3}} {
		_, rep, err := ReadEvents(strings.NewReader(in), "bad.csv", tt.opts)
		if err != nil {
			t.Fatal(err)
		}
		if rep.Rejected != 25 || len(rep.Samples) != tt.keep {
			t.Errorf("%+v: rejected %d, %d samples; want 25, %d", tt.opts, rep.Rejected, len(rep.Samples), tt.keep)
		}
	}
	if DefaultMaxSamples != 20 {
		t.Errorf("DefaultMaxSamples = %d; the doc comment of ReadOptions.MaxSamples and doc.go say 20", DefaultMaxSamples)
	}
}

// MaxLineBytes: a line longer than the bound is rejected with
// ErrLineTooLong and the next line is read; by default the bound is 1 MiB.
func TestReadOptionsMaxLineBytes(t *testing.T) {
	long := "2024-05-18,CHN,RUS,042," + strings.Repeat("x", 300) + "\n"
	in := "date,source,target,code,description\n" + long + "2024-05-19,CHN,RUS,042,ok\n"
	events, rep, err := ReadEvents(strings.NewReader(in), "long.csv", &ReadOptions{MaxLineBytes: 200})
	if err != nil {
		t.Fatal(err)
	}
	if len(events) != 1 || rep.Rejected != 1 || !errors.Is(rep.Samples[0], ErrLineTooLong) {
		t.Errorf("%d events, %s, samples %v; want the long line rejected as too long", len(events), rep.RowsLine(), rep.Samples)
	}
	if events, _, err := ReadEvents(strings.NewReader(in), "long.csv", nil); err != nil || len(events) != 2 {
		t.Errorf("default bound: %d events, %v; want both (1 MiB ≫ 324 bytes)", len(events), err)
	}
	if DefaultMaxLineBytes != 1<<20 {
		t.Errorf("DefaultMaxLineBytes = %d, want 1 MiB", DefaultMaxLineBytes)
	}
}

// Strict stops at the first bad row with its *ParseError.
func TestReadOptionsStrict(t *testing.T) {
	in := "date,source,target,code\n2024-05-16,CHN,RUS,042\n2024-05-17,CHN,RUS,4O2\n2024-05-18,CHN,RUS,042\n"
	_, _, err := ReadEvents(strings.NewReader(in), "a.csv", &ReadOptions{Strict: true})
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Line != 3 || pe.Column != "code" {
		t.Errorf("strict: %v, want a *ParseError at line 3, column code", err)
	}
}

// Rejects receives the header, then each rejected row as it was.
func TestReadOptionsRejects(t *testing.T) {
	in := "date,source,target,code\n2024-05-16,CHN,RUS,042\n2024-05-17,CHN,RUS,4O2\n"
	var rej strings.Builder
	if _, _, err := ReadEvents(strings.NewReader(in), "a.csv", &ReadOptions{Rejects: &rej}); err != nil {
		t.Fatal(err)
	}
	if want := "date,source,target,code\n2024-05-17,CHN,RUS,4O2\n"; rej.String() != want {
		t.Errorf("rejects %q, want %q", rej.String(), want)
	}
}

// Format forces a format instead of detecting it: an entente CSV read as
// GDELT 1.0 is all bad rows.
func TestReadOptionsFormat(t *testing.T) {
	in := "date,source,target,code\n2024-05-16,CHN,RUS,042\n"
	_, rep, err := ReadEvents(strings.NewReader(in), "a.csv", &ReadOptions{Format: FormatGDELT1})
	if err == nil && (rep.Format != FormatGDELT1 || rep.Kept != 0) {
		t.Errorf("forced GDELT 1.0: format %q, %s", rep.Format, rep.RowsLine())
	}
}
