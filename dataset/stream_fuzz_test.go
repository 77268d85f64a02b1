package dataset

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
)

// streamOnly hides everything but Read: the input is a pipe as far as
// the readers can tell (a zip archive is copied to a temporary file).
type streamOnly struct{ r io.Reader }

func (s streamOnly) Read(p []byte) (int, error) { return s.r.Read(p) }

// readAuto reads data with format detection from rd and returns what a
// caller sees: the rows and part lines, the event count and the error.
func readAuto(t *testing.T, rd io.Reader) (rows string, parts []string, n int, err error) {
	t.Helper()
	evs, rep, err := ReadEvents(rd, "fuzz", &ReadOptions{MaxLineBytes: 4096})
	if rep == nil || !rep.Balanced() {
		t.Fatalf("report %v does not reconcile", rep)
	}
	var sum Report
	for _, p := range rep.Parts {
		if !p.Balanced() || !strings.HasPrefix(p.File, "fuzz:") {
			t.Fatalf("part %s %s", p.File, p.RowsLine())
		}
		sum.Merge(p, 0)
	}
	if len(rep.Parts) > 0 && sum.RowsLine() != rep.RowsLine() {
		t.Fatalf("parts sum to %s, the total is %s", sum.RowsLine(), rep.RowsLine())
	}
	for _, s := range rep.Samples {
		if s.File == "" || s.Line == 0 || s.Err == nil {
			t.Fatalf("sample without position: %#v", s)
		}
	}
	var pe *ParseError
	if errors.As(err, &pe) && pe.Byte > 0 && pe.Line == 0 {
		t.Fatalf("a byte position without a line: %v", err)
	}
	return rep.RowsLine(), rep.PartLines(), len(evs), err
}

// FuzzStream: any input, with its format (and compression) detected,
// gives the same rows whether it is read with random access, as a pipe
// (one byte at a time), or through an Input that peeked at it first; the
// accounting reconciles, per part too.
func FuzzStream(f *testing.F) {
	g := gdeltRow("1", "20160728", "USA", "CHN", "042", "http://x") + "\n"
	f.Add([]byte(g + g))
	f.Add([]byte(g + "x\x00y\n" + g))
	f.Add([]byte("date,source,target,code\n2020-01-01,CHN,RUS,042\n2020-01-02,RUS,\x00CHN,042\n"))
	f.Add([]byte(strings.Join(ICEWSColumns, "\t") + "\n"))
	f.Add([]byte(`{"date":"2020-01-01","source":"CHN","target":"RUS","code":"042"}` + "\n"))
	f.Add(gzipBytes(f, g, g))
	f.Add(zipBytes(f, zipEntry{name: "a.tsv", body: g}, zipEntry{name: "b.csv", body: "date,source,target,code\n2020-01-01,CHN,RUS,042\n"}))
	f.Add(zipBytes(f, zipEntry{name: "a.tsv", body: g}, zipEntry{name: "README", body: "prose\n"}, zipEntry{name: "e", body: ""}))
	f.Add([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		rows, parts, n, err := readAuto(t, bytes.NewReader(data))
		for _, way := range []struct {
			name string
			rd   io.Reader
		}{
			{"pipe", streamOnly{&oneByte{data}}},
			{"input", NewInput(bytes.NewReader(data), "fuzz", 64)},
		} {
			r2, p2, n2, err2 := readAuto(t, way.rd)
			if r2 != rows || strings.Join(p2, "\n") != strings.Join(parts, "\n") || n2 != n || (err == nil) != (err2 == nil) {
				t.Fatalf("%s: %s %q %d %v; random access: %s %q %d %v", way.name, r2, p2, n2, err2, rows, parts, n, err)
			}
		}
	})
}

// oneByte returns one byte per Read, as a slow pipe may.
type oneByte struct{ b []byte }

func (o *oneByte) Read(p []byte) (int, error) {
	if len(o.b) == 0 {
		return 0, io.EOF
	}
	if len(p) == 0 {
		return 0, nil
	}
	p[0] = o.b[0]
	o.b = o.b[1:]
	return 1, nil
}

// FuzzZipEntries: each entry of a zip archive is read as it would be on
// its own — same format, same rows — whatever the other entry holds.
func FuzzZipEntries(f *testing.F) {
	g := gdeltRow("1", "20160728", "USA", "CHN", "042", "http://x") + "\n"
	icews := strings.Join(ICEWSColumns, "\t") + "\n1\t2018-06-01\tA\tNA\tChina\tT\t042\t1.9\tB\tNA\tRussian Federation\t2\t1\tP\tNA\tNA\tNA\tNA\tNA\tNA\n"
	f.Add([]byte(g), []byte(icews))
	f.Add([]byte(icews), []byte(g+"\x00\n"))
	f.Add([]byte("date;source;target;code\n2020-01-01;CHN;RUS;042\n"), []byte(`{"date":"2020-01-01","source":"CHN","target":"RUS","code":"042"}`))
	f.Add([]byte(g), []byte("just prose\n\nmore\n"))
	f.Add([]byte(""), []byte(g))
	f.Fuzz(func(t *testing.T, a, b []byte) {
		z := zipBytes(t, zipEntry{name: "a", body: string(a)}, zipEntry{name: "b", body: string(b)})
		_, rep, err := ReadEvents(bytes.NewReader(z), "fuzz", &ReadOptions{MaxLineBytes: 4096})
		if !rep.Balanced() {
			t.Fatalf("report %s", rep.RowsLine())
		}
		if err != nil {
			return // the first entry with content is not events, or damage
		}
		if len(rep.Parts) != 2 {
			t.Fatalf("%d parts for 2 entries: %q", len(rep.Parts), rep.PartLines())
		}
		for i, body := range [][]byte{a, b} {
			if bytes.HasPrefix(body, zipMagic) || bytes.HasPrefix(body, zipEmptyMagic) {
				continue // an archive inside an entry is not opened
			}
			_, alone, err := ReadEvents(bytes.NewReader(body), "fuzz", &ReadOptions{MaxLineBytes: 4096})
			if err != nil {
				continue // refused alone: rejected row by row inside the archive
			}
			if p := rep.Parts[i]; p.RowsLine() != alone.RowsLine() || (alone.Format != FormatAuto && p.Format != alone.Format) {
				t.Fatalf("entry %d: %s %s in the archive, %s %s alone", i, p.Format, p.RowsLine(), alone.Format, alone.RowsLine())
			}
		}
	})
}
