package dataset

import (
	"archive/zip"
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// gzipBytes compresses each of members as one gzip member.
func gzipBytes(t testing.TB, members ...string) []byte {
	t.Helper()
	var b bytes.Buffer
	for _, m := range members {
		zw := gzip.NewWriter(&b)
		if _, err := zw.Write([]byte(m)); err != nil {
			t.Fatal(err)
		}
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
	}
	return b.Bytes()
}

type zipEntry struct {
	name, body string
	store      bool
}

func zipBytes(t testing.TB, entries ...zipEntry) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, e := range entries {
		h := &zip.FileHeader{Name: e.name, Method: zip.Deflate}
		if e.store {
			h.Method = zip.Store
		}
		w, err := zw.CreateHeader(h)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := io.WriteString(w, e.body); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func writeTemp(t testing.TB, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// parts reads every part of a source: names and contents, and the error
// that ended it (nil for io.EOF).
func readParts(t testing.TB, s *source) (names, bodies []string, err error) {
	t.Helper()
	for {
		name, r, err := s.next()
		if err == io.EOF {
			return names, bodies, nil
		}
		if err != nil {
			return names, bodies, err
		}
		data, rerr := io.ReadAll(r)
		names = append(names, name)
		bodies = append(bodies, string(data))
		if rerr != nil {
			return names, bodies, rerr
		}
	}
}

func TestSniffCompression(t *testing.T) {
	for _, tc := range []struct {
		head []byte
		want string
	}{
		{[]byte{0x1f, 0x8b, 8, 0}, compressionGzip},
		{[]byte("PK\x03\x04rest"), compressionZip},
		{[]byte("PK\x05\x06"), compressionZip}, // empty archive
		{[]byte("PKZ"), compressionNone},
		{[]byte("564111644\t20060731"), compressionNone},
		{nil, compressionNone},
	} {
		br := bufio.NewReader(bytes.NewReader(tc.head))
		if got := sniffCompression(br); got != tc.want {
			t.Errorf("sniffCompression(%q) = %q, want %q", tc.head, got, tc.want)
		}
		rest, _ := io.ReadAll(br)
		if !bytes.Equal(rest, tc.head) && !(len(rest) == 0 && len(tc.head) == 0) {
			t.Errorf("sniffCompression consumed input: %q left of %q", rest, tc.head)
		}
	}
}

func TestOpenInputByContent(t *testing.T) {
	const body = "a\tb\nc\td\n"
	// The names lie on purpose: compression is chosen by content.
	for _, tc := range []struct {
		name, compression string
		data              []byte
		want              string
	}{
		{"plain.gz", compressionNone, []byte(body), body},
		{"gzip.txt", compressionGzip, gzipBytes(t, body), body},
		{"members.tsv", compressionGzip, gzipBytes(t, "a\tb\n", "c\td\n"), body},
		{"archive.csv", compressionZip, zipBytes(t, zipEntry{name: "one.tsv", body: "a\tb"}, zipEntry{name: "dir/", body: ""}, zipEntry{name: "two.tsv", body: "c\td\n", store: true}), body},
		{"empty", compressionNone, nil, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := writeTemp(t, tc.name, tc.data)
			rc, comp, err := openInput(p)
			if err != nil {
				t.Fatal(err)
			}
			defer rc.Close()
			if comp != tc.compression {
				t.Errorf("compression = %q, want %q", comp, tc.compression)
			}
			got, err := io.ReadAll(rc)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tc.want {
				t.Errorf("content = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestOpenSourceZipEntryNames(t *testing.T) {
	data := zipBytes(t,
		zipEntry{name: "2016/a.csv", body: "x\n"},
		zipEntry{name: "__MACOSX/2016/._a.csv", body: "\x00\x05\x16\x07binary"},
		zipEntry{name: "b.tsv.gz", body: string(gzipBytes(t, "y\n")), store: true},
	)
	p := writeTemp(t, "events.zip", data)
	s, err := openSource(p)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	names, bodies, err := readParts(t, s)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{p + ":2016/a.csv", p + ":b.tsv.gz"}
	if strings.Join(names, "|") != strings.Join(want, "|") {
		t.Errorf("parts %q, want %q", names, want)
	}
	if strings.Join(bodies, "|") != "x\n|y\n" {
		t.Errorf("bodies %q (the .gz entry must be decompressed)", bodies)
	}
}

// A zip archive read from a pipe (no random access) is spooled to a
// temporary file and read like a file.
func TestNewInputZipFromPipe(t *testing.T) {
	data := zipBytes(t, zipEntry{name: "a.tsv", body: "1\n2\n"})
	pr, pw := io.Pipe()
	go func() {
		pw.Write(data)
		pw.Close()
	}()
	rc, comp, err := newInput(pr, stdinName)
	if err != nil {
		t.Fatal(err)
	}
	got, err := io.ReadAll(rc)
	if err != nil {
		t.Fatal(err)
	}
	if err := rc.Close(); err != nil {
		t.Errorf("Close: %v", err)
	}
	if comp != compressionZip || string(got) != "1\n2\n" {
		t.Errorf("got %q (%s)", got, comp)
	}
}

func TestOpenInputTruncatedGzip(t *testing.T) {
	var body strings.Builder
	for i := 0; i < 20000; i++ {
		body.WriteString("20160728\tUSA\tCHN\t042\n")
	}
	full := gzipBytes(t, body.String())
	p := writeTemp(t, "cut.tsv.gz", full[:len(full)/2])
	rc, _, err := openInput(p)
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	got, err := io.ReadAll(rc)
	if !errors.Is(err, ErrTruncated) {
		t.Fatalf("error %v does not wrap ErrTruncated", err)
	}
	var pe *ParseError
	if !errors.As(err, &pe) || pe.File != p {
		t.Errorf("error %v does not name the file %s", err, p)
	}
	if len(got) == 0 || !strings.HasPrefix(body.String(), string(got)) {
		t.Errorf("the %d bytes before the cut are not a prefix of the content", len(got))
	}
}

func TestOpenInputCorruptGzipChecksum(t *testing.T) {
	data := gzipBytes(t, "a\nb\n")
	data[len(data)-8] ^= 0xff // CRC-32 in the trailer
	rc, _, err := newInput(bytes.NewReader(data), "bad.gz")
	if err != nil {
		t.Fatal(err)
	}
	_, err = io.ReadAll(rc)
	if !errors.Is(err, ErrTruncated) || !strings.Contains(err.Error(), "checksum") {
		t.Errorf("got %v, want a checksum error wrapping ErrTruncated", err)
	}
}

// A zip archive cut in half has no central directory: the first entry is
// recovered from its local header as far as the data goes, and the read
// ends with ErrTruncated naming the entry.
func TestOpenInputTruncatedZip(t *testing.T) {
	var body strings.Builder
	for i := 0; i < 20000; i++ {
		body.WriteString("20160728\tUSA\tCHN\t042\n")
	}
	for _, store := range []bool{false, true} {
		full := zipBytes(t, zipEntry{name: "events.tsv", body: body.String(), store: store})
		p := writeTemp(t, "cut.zip", full[:len(full)/2])
		rc, comp, err := openInput(p)
		if err != nil {
			t.Fatal(err)
		}
		got, err := io.ReadAll(rc)
		rc.Close()
		if comp != compressionZip || !errors.Is(err, ErrTruncated) {
			t.Fatalf("store=%v: compression %q, error %v; want zip and ErrTruncated", store, comp, err)
		}
		if !strings.Contains(err.Error(), p) {
			t.Errorf("error %q does not name the file", err)
		}
		if store && len(got) != 0 {
			// a stored entry written by archive/zip has a data descriptor
			// and no size in its local header: it cannot be recovered
			t.Errorf("store: recovered %d bytes", len(got))
		}
		if !store && (len(got) == 0 || !strings.HasPrefix(body.String(), string(got))) {
			t.Errorf("deflate: %d recovered bytes are not a prefix of the content", len(got))
		}
	}
}

// Cutting only the central directory leaves every entry intact: all data
// is recovered, and the damage is still reported.
func TestOpenInputZipWithoutCentralDirectory(t *testing.T) {
	full := zipBytes(t, zipEntry{name: "a.tsv", body: "1\n"}, zipEntry{name: "b.tsv", body: "2\n"})
	cd := bytes.Index(full, []byte("PK\x01\x02"))
	s, err := newSource(bytes.NewReader(full[:cd+10]), "x.zip")
	if err != nil {
		t.Fatal(err)
	}
	names, bodies, err := readParts(t, s)
	if !errors.Is(err, ErrTruncated) {
		t.Errorf("error %v, want ErrTruncated", err)
	}
	if strings.Join(names, ",") != "x.zip:a.tsv,x.zip:b.tsv" || strings.Join(bodies, "") != "1\n2\n" {
		t.Errorf("recovered %q %q", names, bodies)
	}
}

func TestOpenInputErrors(t *testing.T) {
	if _, _, err := openInput(filepath.Join(t.TempDir(), "missing.tsv")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
	dir := t.TempDir()
	if _, _, err := openInput(dir); err == nil || !strings.Contains(err.Error(), "directory") {
		t.Errorf("directory: %v", err)
	}
	// gzip magic followed by garbage: the header cannot be read
	_, _, err := newInput(bytes.NewReader([]byte{0x1f, 0x8b, 0, 1, 2}), "junk.gz")
	if !errors.Is(err, ErrTruncated) || !strings.Contains(err.Error(), "junk.gz") {
		t.Errorf("bad gzip header: %v", err)
	}
	// zip magic followed by garbage
	rc, _, err := newInput(bytes.NewReader([]byte("PK\x03\x04 not really a zip archive")), "junk.zip")
	if err == nil {
		_, err = io.ReadAll(rc)
	}
	if !errors.Is(err, ErrTruncated) || !strings.Contains(err.Error(), "junk.zip") {
		t.Errorf("bad zip: %v", err)
	}
}
