package dataset

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/entente/entente/internal/sharedtest"
)

// sampleLines returns the first n lines of the GDELT 1.0 sample, each
// with its newline.
func sampleLines(t *testing.T, n int) [][]byte {
	t.Helper()
	data, err := os.ReadFile(sharedtest.Path(t, gdelt1Sample))
	if err != nil {
		t.Fatal(err)
	}
	lines := bytes.SplitAfter(data, []byte{'\n'})
	if len(lines) < n {
		t.Fatalf("the sample has %d lines, want %d", len(lines), n)
	}
	out := make([][]byte, n)
	for i := range out {
		out[i] = append([]byte(nil), lines[i]...)
	}
	return out
}

// Issue 15, finding 2: a 50-row GDELT file with a NUL byte in two rows
// keeps the 48 others; each of the two is rejected with its own line,
// field and byte position. The positions are computed here from the rows
// themselves (the NUL replaces the first byte of field 7, Actor1Name, on
// line 5, and the first byte of field 58, SOURCEURL, on line 31). Before
// the fix the whole file was refused as binary at ":1".
func TestNULRowsRejectedOneByOne(t *testing.T) {
	lines := sampleLines(t, 50)
	type hit struct {
		line, field int
		column      string
		pos         int
	}
	var want []hit
	for _, h := range []struct {
		line, field int
		column      string
	}{{5, 7, "Actor1Name"}, {31, 58, "SOURCEURL"}} {
		row := lines[h.line-1]
		off := 0
		for k := 1; k < h.field; k++ {
			off += bytes.IndexByte(row[off:], '\t') + 1
		}
		row[off] = 0
		want = append(want, hit{h.line, h.field, h.column, off + 1})
	}
	data := bytes.Join(lines, nil)
	path := writeTemp(t, "nul.tsv", data)

	check := func(how string, rep *Report, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", how, err)
		}
		if got := rep.RowsLine(); got != "rows: read=50 kept=48 rejected=2 filtered=0" {
			t.Fatalf("%s: %s, want read=50 kept=48 rejected=2", how, got)
		}
		if len(rep.Samples) != 2 {
			t.Fatalf("%s: %d samples", how, len(rep.Samples))
		}
		for i, s := range rep.Samples {
			w := want[i]
			if s.Line != w.line || s.Field != w.field || s.Column != w.column || s.Byte != w.pos || !errors.Is(s, ErrEncoding) {
				t.Errorf("%s: sample %d = %+v, want line %d field %d (%s) byte %d", how, i, s, w.line, w.field, w.column, w.pos)
			}
			if prefix := fmt.Sprintf("%s:%d:%d: column %s", path, w.line, w.pos, w.column); !strings.HasPrefix(s.Error(), prefix) {
				t.Errorf("%s: %q, want the prefix %q", how, s.Error(), prefix)
			}
		}
	}
	_, rep, err := ReadFile(path, nil)
	check("ReadFile", rep, err)
	_, reps, err := AggregateFiles([]string{path}, nil, nil)
	check("AggregateFiles", reps[0], err)
	if DetectFormat(data) != FormatGDELT1 {
		t.Errorf("DetectFormat = %q", DetectFormat(data))
	}
}

// Issue 15, finding 8 (byte offsets): a bad byte at offset 1758 of a file
// is reported on its own line and at its own position, not on line 1. The
// line and position are computed from the file's bytes.
func TestBadByteOffsetToLine(t *testing.T) {
	data := bytes.Join(sampleLines(t, 20), nil)
	const off = 1758
	line := bytes.Count(data[:off], []byte{'\n'}) + 1
	pos := off - bytes.LastIndexByte(data[:off], '\n')
	if line == 1 {
		t.Fatal("the test needs offset 1758 past the first line")
	}
	for _, bad := range []byte{0x00, 0xff} {
		b := append([]byte(nil), data...)
		b[off] = bad
		path := writeTemp(t, "bad.tsv", b)
		_, rep, err := ReadFile(path, nil)
		if err != nil || rep.Rejected != 1 || len(rep.Samples) != 1 {
			t.Fatalf("byte %#x: %v, %v", bad, rep, err)
		}
		s := rep.Samples[0]
		if s.Line != line || s.Byte != pos || !errors.Is(s, ErrEncoding) {
			t.Errorf("byte %#x at offset %d: line %d byte %d (%v), want line %d byte %d", bad, off, s.Line, s.Byte, s, line, pos)
		}
	}
	// Binary data after a text line: refused, naming the first bad byte.
	head := append([]byte("date,source,target,code\n"), bytes.Repeat([]byte{0, 1, 2, 3, '\n'}, 10)...)
	_, _, err := ReadEvents(bytes.NewReader(head), "bin", nil)
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Line != 2 || pe.Byte != 1 || !errors.Is(err, ErrEncoding) || !strings.HasPrefix(err.Error(), "bin:2:1: ") {
		t.Errorf("binary after a header: %v, want bin:2:1 and ErrEncoding", err)
	}
}

// What is binary: most lines binary. A few NUL rows, NUL padding after a
// crash, or control bytes in one row do not make a text file binary.
func TestBinaryData(t *testing.T) {
	row := "1\t20160728\tUSA\tCHN\t042\n"
	for _, tc := range []struct {
		name   string
		head   string
		binary bool
		off    int
	}{
		{"text", strings.Repeat(row, 5), false, -1},
		{"two NUL rows", strings.Repeat(row, 3) + "x\x00y\n" + row + "\x00\n", false, 3*len(row) + 1},
		{"NUL padding", strings.Repeat(row, 3) + strings.Repeat("\x00", 4000), false, 3 * len(row)},
		{"all NUL", "\x00\x00\x00\x00", true, 0},
		{"png", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", true, 6},
		{"utf-16 without BOM", "d\x00a\x00t\x00e\x00\n\x00x\x00\n\x00", true, 1},
		{"control bytes", "\x01\x02\x03\x04abc", true, 0},
		{"empty", "", false, -1},
	} {
		b, off := binaryData([]byte(tc.head))
		if b != tc.binary || off != tc.off {
			t.Errorf("%s: binaryData = %v, %d; want %v, %d", tc.name, b, off, tc.binary, tc.off)
		}
	}
}
