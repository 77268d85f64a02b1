package pipeline

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/entente/entente/dataset"
)

// accountingSample is a files.csv as writeAccounting writes it: two files,
// the second failed (an error message with a comma, so quoted).
const accountingSample = "index,file,format,read,kept,rejected,filtered,not_dyadic,undated,error\n" +
	"0,a.csv,entente-csv,10,7,2,1,0,0,\n" +
	"1,b.tsv,,0,0,0,0,0,0,\"b.tsv: open, denied\"\n"

// TestReadAccountingErrors: ReadAccounting reads a folder's files.csv, and
// each way a files.csv can be malformed is a *dataset.ParseError on the
// offending line and column, wrapping the dataset sentinel, quoting the
// offending field or record only (not the whole file, as it once did).
func TestReadAccountingErrors(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "files.csv"), []byte(accountingSample), 0o644); err != nil {
		t.Fatal(err)
	}
	a, err := ReadAccounting(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	// the two rows of accountingSample, by hand
	want := []FileResult{{Index: 0, Path: "a.csv", Format: "entente-csv", Read: 10, Kept: 7, Rejected: 2, Filtered: 1},
		{Index: 1, Path: "b.tsv", Error: "b.tsv: open, denied"}}
	if !reflect.DeepEqual(a.Files, want) {
		t.Errorf("read %+v, want %+v", a.Files, want)
	}
	header := strings.SplitN(accountingSample, "\n", 2)[0] + "\n"
	for _, c := range []struct {
		name, data  string
		line, field int
		column      string
		value       string
		sentinel    error
	}{
		{"empty", "", 1, 0, "", "", dataset.ErrSyntax},
		{"not accounting", "a,b\n1,2\n", 1, 0, "", "a,b", dataset.ErrSyntax},
		{"bad index", header + "0,a,,1,1,0,0,0,0,\nx,b,,1,1,0,0,0,0,\n", 3, 1, "index", "x", dataset.ErrBadNumber},
		{"bad count", header + "0,a,,1,1,0,0,0,0,\n1,b,,1,1,0,0,0,1.5,\n", 3, 9, "undated", "1.5", dataset.ErrBadNumber},
		{"quoted field over two lines", header + "0,\"a\nb\",,1,z,0,0,0,0,\n", 3, 5, "kept", "z", dataset.ErrBadNumber},
		{"short row", header + "0,a,,1\n", 2, 0, "", "0,a,,1", dataset.ErrColumnCount},
		{"bad quote", header + "0,a\"b,,1,1,0,0,0,0,\n", 2, 0, "", "", dataset.ErrSyntax},
	} {
		_, err := parseAccounting("acc/files.csv", []byte(c.data))
		var pe *dataset.ParseError
		if !errors.As(err, &pe) || !errors.Is(err, c.sentinel) {
			t.Errorf("%s: %v, want a ParseError wrapping %v", c.name, err, c.sentinel)
			continue
		}
		if pe.File != "acc/files.csv" || pe.Line != c.line || pe.Field != c.field || pe.Column != c.column || pe.Value != c.value {
			t.Errorf("%s: %#v, want line %d field %d column %q value %q", c.name, pe, c.line, c.field, c.column, c.value)
		}
	}
	long := header + "0," + strings.Repeat("x", 500) + ",,1,1,0,0,0,0\n"
	if _, err := parseAccounting("files.csv", []byte(long)); err == nil || len(err.Error()) > 300 {
		t.Errorf("a long bad record is quoted whole: %d bytes of message", len(err.Error()))
	}
}

// FuzzParseAccounting: parseAccounting never panics; a refusal is a
// *dataset.ParseError on a line of the input wrapping ErrSyntax,
// ErrColumnCount or ErrBadNumber with a Value of at most 80 bytes (and the
// ellipsis); what it reads is written back by filesRecord (writeAccounting's
// rows) and reads back the same.
func FuzzParseAccounting(f *testing.F) {
	header := strings.SplitN(accountingSample, "\n", 2)[0] + "\n"
	f.Add(accountingSample)
	f.Add(header)
	f.Add("")
	f.Add(header + "0,\"a\r\nb\",,1,1,0,0,0,0,\"x\ry\"\n")
	f.Add(header + "-1,a,,+1,-0,0,0,0,0,\n")
	f.Add(header + "0,a,,1\n")
	f.Fuzz(func(t *testing.T, data string) {
		a, err := parseAccounting("files.csv", []byte(data))
		if err != nil {
			var pe *dataset.ParseError
			if !errors.As(err, &pe) || pe.File != "files.csv" || pe.Line < 1 || pe.Line > strings.Count(data, "\n")+1 ||
				len(pe.Value) > 80+len("…") ||
				!errors.Is(err, dataset.ErrSyntax) && !errors.Is(err, dataset.ErrColumnCount) && !errors.Is(err, dataset.ErrBadNumber) {
				t.Fatalf("parseAccounting(%q): %#v", data, err)
			}
			return
		}
		var buf bytes.Buffer
		w := csv.NewWriter(&buf)
		w.Write(filesColumns)
		for i := range a.Files {
			w.Write(filesRecord(&a.Files[i]))
		}
		w.Flush()
		back, err := parseAccounting("files.csv", buf.Bytes())
		if err != nil || !reflect.DeepEqual(back, a) {
			t.Fatalf("parseAccounting(%q) = %+v; written back %q reads %+v, %v", data, a.Files, buf.String(), back, err)
		}
	})
}
