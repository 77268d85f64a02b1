package dataset

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"
)

// evidenceShown formats what a report shows of a dyad's kept events (every
// field but URLs, whose in-between reports a pass without merged texts
// does not keep: see evidencefirst.go) and the first of their URLs.
func evidenceShown(evs []Event) string {
	var b bytes.Buffer
	for _, e := range evs {
		first := ""
		if len(e.URLs) > 0 {
			first = e.URLs[0]
		}
		e.URLs = nil
		// (formatted: the events hold NaNs, which DeepEqual never equates)
		fmt.Fprintf(&b, "%+v first URL %q\n", e, first)
	}
	return b.String()
}

// generatedSet writes n generated GDELT files with repeated reports
// (withDuplicates: 4,000 rows each, seeds 1…n) whose IDs are made distinct
// across files (prefixed with the seed: each seed numbers its rows from the
// same ID on), so that an ID names one report.
func generatedSet(t *testing.T, dir string, n int) []string {
	t.Helper()
	var paths []string
	for seed := 1; seed <= n; seed++ {
		p := withDuplicates(t, dir, 4000, uint64(seed))
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		lines := bytes.SplitAfter(b, []byte("\n"))
		for i := range lines {
			if len(lines[i]) > 1 {
				lines[i] = append([]byte(strconv.Itoa(seed)), lines[i]...)
			}
		}
		if err := os.WriteFile(p, bytes.Join(lines, nil), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	return paths
}

// The evidence of a dyad is the same from the one pass that keeps the
// candidates' evidence without merged texts (EvidenceFirstTexts, the
// report without -dyads), from a second pass limited to the dyads
// (EvidenceOnly) and from a pass that keeps every group's merged text (the
// report with -dyads): a kept event that entered on a later report shows
// its first report's URL, read again from its file. On a generated
// three-file set with repeated reports (withDuplicates).
func TestEvidenceFirstReport(t *testing.T) {
	dir := t.TempDir()
	paths := generatedSet(t, dir, 3)
	plain, _, err := IngestFiles(paths, nil)
	if err != nil {
		t.Fatal(err)
	}
	dyads := plain.Table.Busiest(4)
	ingest := func(o IngestOptions) *Ingest {
		t.Helper()
		o.Evidence = 3
		in, _, err := IngestFiles(paths, &o)
		if err != nil {
			t.Fatal(err)
		}
		return in
	}
	merged := ingest(IngestOptions{EvidenceDyads: dyads})
	runs := map[string]*Ingest{
		"one pass, candidates": ingest(IngestOptions{EvidenceDyads: dyads, EvidenceFirstTexts: true}),
		"second pass":          ingest(IngestOptions{EvidenceDyads: dyads, EvidenceOnly: true, Read: &ReadOptions{Filter: &Filter{Dyads: dyads}}}),
		"every dyad":           ingest(IngestOptions{}),
	}

	// The check can fail: some kept events entered on a later report (the
	// report whose ID they carry) whose URL is not the merged event's.
	urlOf := map[string]string{}
	for _, p := range paths {
		evs, _, err := ReadFile(p, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range evs {
			urlOf[e.ID] = e.URL
		}
	}
	late, kept := 0, 0
	for _, d := range dyads {
		for _, e := range merged.Evidence(d) {
			kept++
			if urlOf[e.ID] != e.URL {
				late++
			}
		}
	}
	if late == 0 {
		t.Fatalf("none of the %d kept events entered late with another URL: nothing is checked", kept)
	}
	t.Logf("%d of %d kept events entered late with another URL than the first report's", late, kept)

	for _, d := range dyads {
		want := evidenceShown(merged.Evidence(d))
		for name, in := range runs {
			if got := evidenceShown(in.Evidence(d)); got != want {
				t.Errorf("%s, %s:\n%s\nwith merged texts:\n%s", d, name, got, want)
			}
		}
	}
}

// A compressed input cannot be read again at an offset: there a kept event
// that entered late shows the URL of the report it entered on (the
// report whose ID it carries), as before.
func TestEvidenceFirstReportCompressed(t *testing.T) {
	dir := t.TempDir()
	// three generated files with repeated reports, one after the other
	var raw []byte
	for _, p := range generatedSet(t, dir, 3) {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		raw = append(raw, b...)
	}
	plainPath := filepath.Join(dir, "dups.tsv")
	if err := os.WriteFile(plainPath, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	var z bytes.Buffer
	w := gzip.NewWriter(&z)
	w.Write(raw)
	w.Close()
	gz := filepath.Join(dir, "dups.tsv.gz")
	if err := os.WriteFile(gz, z.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	evs, _, err := ReadFile(plainPath, nil)
	if err != nil {
		t.Fatal(err)
	}
	urlOf := map[string]string{}
	for _, e := range evs {
		urlOf[e.ID] = e.URL
	}
	in, _, err := IngestFiles([]string{gz}, &IngestOptions{Evidence: 3})
	if err != nil {
		t.Fatal(err)
	}
	located, _, err := IngestFiles([]string{plainPath}, &IngestOptions{Evidence: 3})
	if err != nil {
		t.Fatal(err)
	}
	differ := 0
	for _, d := range in.EvidenceDyads() {
		a, b := in.Evidence(d), located.Evidence(d)
		if len(a) != len(b) {
			t.Fatalf("%s: %d events from the compressed file, %d from the plain one", d, len(a), len(b))
		}
		for i, e := range a {
			if e.URL != urlOf[e.ID] {
				t.Errorf("%s %s: URL %q, its entering report's %q", d, e.ID, e.URL, urlOf[e.ID])
			}
			if e.URL != b[i].URL {
				differ++
			}

		}
	}
	if differ == 0 {
		t.Errorf("the plain file's located first reports changed no URL: nothing is checked")
	}
}

// ddLocs reads a located line's last field again, and nothing from a file
// that changed since it was planned.
func TestDDLocs(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.tsv"), filepath.Join(dir, "b.tsv")
	// lines at offsets 0 and 7 of a (14 bytes), 0 and 8 of b (14 bytes)
	os.WriteFile(a, []byte("1\tx\tu1\n2\tx\tu2\n"), 0o644)
	os.WriteFile(b, []byte("3\ty\tv1\r\n4\ty\tv2"), 0o644)
	tasks := []*fastTask{{file: 0, ranged: true, end: 14}, {file: 1, ranged: true, end: 14}}
	l := newDDLocs([]string{a, b}, tasks, 100)
	// groups 0–3: virtual offsets 7 (a's second line), 14 + 8 (b's last,
	// no newline), 14 (b's first, CRLF); group 3 not located
	l.set(0, 7+1)
	l.set(1, 22+1)
	l.set(2, 14+1)
	l.set(3, 0)
	got := l.urls([]int64{0, 1, 2, 3})
	want := map[int64]string{0: "u2", 1: "v2", 2: "v1"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got %v, want %v", got, want)
	}
	os.WriteFile(b, []byte("3\ty\tw1\r\n4\ty\tw2 longer"), 0o644)
	got = l.urls([]int64{0, 1, 2})
	if want := map[int64]string{0: "u2"}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("after b changed: got %v, want %v", got, want)
	}
}
