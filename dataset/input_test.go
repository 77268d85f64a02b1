package dataset

import (
	"bytes"
	"io"
	"os"
	"strings"
	"testing"
)

// OpenInput keeps the peeked bytes: Read returns the whole input, and a
// zip archive opened through it reads every entry.
func TestOpenInput(t *testing.T) {
	body := strings.Repeat("date,source,target,code\n", 1000) // 24,000 bytes, over the 100-byte peek
	p := writeTemp(t, "a.csv", []byte(body))
	in, err := OpenInput(p, 100)
	if err != nil {
		t.Fatal(err)
	}
	if string(in.Head()) != body[:100] || !in.Regular() || in.Size() != int64(len(body)) || in.Name() != p {
		t.Fatalf("head %q regular %v size %d name %q", in.Head(), in.Regular(), in.Size(), in.Name())
	}
	all, err := io.ReadAll(in)
	if err != nil || string(all) != body {
		t.Fatalf("Read: %d bytes, %v; want the %d bytes of the file", len(all), err, len(body))
	}
	if err := in.Close(); err != nil || in.Close() != nil {
		t.Fatal("Close twice:", err)
	}

	z := writeTemp(t, "a.zip", zipBytes(t,
		zipEntry{name: "a.csv", body: "date,source,target,code\n2020-01-01,CHN,RUS,042\n"},
		zipEntry{name: "b.csv", body: "date,source,target,code\n2020-01-02,RUS,CHN,043\n"}))
	in, err = OpenInput(z, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	evs, rep, err := ReadEvents(in, z, nil)
	if err != nil || len(evs) != 2 || rep.RowsLine() != "rows: read=2 kept=2 rejected=0 filtered=0" {
		t.Fatalf("zip through OpenInput: %d events, %v, %v", len(evs), rep, err)
	}

	if _, err := OpenInput(t.TempDir(), 0); err == nil || !strings.Contains(err.Error(), "directory") {
		t.Errorf("a directory: %v", err)
	}
	if _, err := OpenInput(p+".missing", 0); !os.IsNotExist(err) {
		t.Errorf("a missing file: %v", err)
	}
	in = NewInput(bytes.NewReader([]byte("xy")), "s", 0)
	if string(in.Head()) != "xy" || in.Regular() || in.Size() != -1 {
		t.Errorf("NewInput: %q %v %d", in.Head(), in.Regular(), in.Size())
	}
}
