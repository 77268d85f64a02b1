package dataset

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/entente/entente/bench/gdeltgen"
	"github.com/entente/entente/internal/sharedtest"
)

// entriesZip builds a zip archive of several entries of mixed formats: a
// generated GDELT 1.0 file with anomalies (a header, a BOM, CRLF and blank
// lines, rows exercising every check: writeTestFile), the ICEWS sample,
// a README no format matches, an empty entry, and GDELT 2.0 rows.
func entriesZip(t *testing.T) string {
	t.Helper()
	gen, err := os.ReadFile(writeTestFile(t, t.TempDir(), 3000, 41, true))
	if err != nil {
		t.Fatal(err)
	}
	icews, err := os.ReadFile(sharedtest.Path(t, icewsSample))
	if err != nil {
		t.Fatal(err)
	}
	var v2 strings.Builder
	for _, l := range strings.Split(strings.TrimSuffix(string(gdeltgen.Generate(gdeltgen.Options{Rows: 1500, Seed: 43})), "\n"), "\n") {
		v2.WriteString(toGDELT2(l) + "\n")
	}
	return writeTemp(t, "entries.zip", zipBytes(t,
		zipEntry{name: "a/gdelt1.tsv", body: string(gen)},
		zipEntry{name: "icews.tab", body: string(icews)},
		zipEntry{name: "README", body: "These are\nthree lines of prose.\n"},
		zipEntry{name: "empty.csv", body: ""},
		zipEntry{name: "gdelt2.tsv", body: v2.String(), store: true},
	))
}

// partsDigest renders the Reports of a file's entries.
func partsDigest(r *Report) string {
	var b strings.Builder
	for _, p := range r.Parts {
		b.WriteString(reportDigest(p))
	}
	return b.String()
}

// Round 2, item 3: a zip archive of several entries takes the fast path
// for its GDELT entries, each entry with its own detection and accounting
// line. The Table, every Report (the archive's and each entry's: counts,
// reasons, samples with file:line, filters, unknown names, dates), the
// error and the rejects written are those of the per-entry Reader path
// (Reader + Table.Add), in lenient and strict mode, with filters and with
// deduplication, for a file and for standard input. Before, such archives
// were read by Reader alone (no row took the fast parsers).
func TestZipEntriesFastPath(t *testing.T) {
	path := entriesZip(t)
	var fast, slow int64
	fastCounts = func(f, s int64) { fast, slow = f, s }
	_, reps, err := AggregateFiles([]string{path}, nil, nil)
	fastCounts = nil
	if err != nil {
		t.Fatal(err)
	}
	// 3000 + 1500 generated GDELT rows: most take the fast parsers (the
	// anomalies and non-ASCII rows go to the decoder); ICEWS rows are
	// read by Reader and counted in neither
	if fast < 4000 || fast+slow > 4600 {
		t.Errorf("fast %d, slow %d: the GDELT entries did not take the fast path", fast, slow)
	}
	rep := reps[0]
	wantParts := []string{"a/gdelt1.tsv", "icews.tab", "README", "empty.csv", "gdelt2.tsv"}
	wantFormats := []Format{FormatGDELT1, FormatICEWS, FormatAuto, FormatAuto, FormatGDELT2}
	if len(rep.Parts) != len(wantParts) {
		t.Fatalf("%d parts: %v", len(rep.Parts), rep.PartLines())
	}
	for i, p := range rep.Parts {
		if p.File != path+":"+wantParts[i] || p.Format != wantFormats[i] {
			t.Errorf("part %d: %s %s, want %s %s", i, p.File, p.Format, wantParts[i], wantFormats[i])
		}
	}

	for i, ro := range []*ReadOptions{
		nil,
		{Rejects: &bytes.Buffer{}}, // compareFast collects the rejects of each path
		{Filter: &Filter{Roles: DefaultRoleFilter(), RequireDyad: true}},
		{Filter: &Filter{From: day(2016, 1, 1), To: day(2018, 6, 30)}, MaxSamples: 50},
		{Strict: true, Rejects: &bytes.Buffer{}},
		{Format: FormatGDELT1}, // every entry read as GDELT 1.0: the others' rows rejected
	} {
		name := fmt.Sprintf("zip/ro%d", i)
		compareFast(t, name, []string{path}, ro, nil, 0)
		// each entry's Report too
		var o ReadOptions
		if ro != nil {
			o = *ro
			o.Rejects = nil
		}
		_, a, errA := aggregateFiles([]string{path}, &o, nil, aggregateConfig{fast: false, workers: 1})
		_, b, errB := aggregateFiles([]string{path}, &o, nil, aggregateConfig{fast: true})
		if fmt.Sprint(errA) != fmt.Sprint(errB) || partsDigest(a[0]) != partsDigest(b[0]) {
			t.Errorf("%s: entries differ (errors %v / %v)\nReader path:\n%s\nfast path:\n%s", name, errA, errB, partsDigest(a[0]), partsDigest(b[0]))
		}
	}

	// deduplication and evidence (the ingest stage): the same merged
	// events, accounts and evidence
	ingest := func(fastPath bool) (*Table, DedupReport, map[Dyad][]Event) {
		var dr DedupReport
		var ev map[Dyad][]Event
		tb, _, err := aggregateFiles([]string{path}, nil, nil, aggregateConfig{fast: fastPath, workers: 1, dedup: true, dedupReport: &dr, evidence: 3, evidenceOut: &ev})
		if err != nil {
			t.Fatal(err)
		}
		return tb, dr, ev
	}
	ta, da, ea := ingest(false)
	tb, db, eb := ingest(true)
	// the evidence events of the fast path carry what a report shows (the
	// fields evidenceKey names, texts and URLs), not every field a Reader
	// fills (DateAdded, sectors, Origin): compared by key and URL
	keys := func(ev map[Dyad][]Event) string {
		var b strings.Builder
		for _, d := range sortedDyadKeys(ev) {
			for i := range ev[d] {
				fmt.Fprintf(&b, "%s %s %s\n", d, evidenceKey(&ev[d][i]), ev[d][i].URL)
			}
		}
		return b.String()
	}
	if !reflect.DeepEqual(ta.Rows(), tb.Rows()) || da != db || keys(ea) != keys(eb) || len(ea) == 0 {
		t.Errorf("dedup: %d rows %v vs %d rows %v; evidence of %d and %d dyads, equal: %v", ta.Len(), da, tb.Len(), db, len(ea), len(eb), keys(ea) == keys(eb))
	}

	// a truncated download (no central directory: the entries recovered
	// from their local headers, the last one cut): the same rows and the
	// same error
	whole, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	cut := writeTemp(t, "cut.zip", whole[:len(whole)*9/10])
	compareFast(t, "zip/truncated", []string{cut}, nil, nil, 0)
	if _, reps, err := AggregateFiles([]string{cut}, nil, nil); !errors.Is(err, ErrTruncated) || len(reps[0].Parts) < 4 {
		t.Errorf("truncated: %v, parts %v", err, reps[0].PartLines())
	}

	// standard input: read once, the same entries
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	_, a, errA := aggregateFiles([]string{"-"}, nil, nil, aggregateConfig{fast: false, workers: 1, stdin: bytes.NewReader(data)})
	_, b, errB := aggregateFiles([]string{"-"}, nil, nil, aggregateConfig{fast: true, stdin: bytes.NewReader(data)})
	if errA != nil || errB != nil || reportDigest(a[0]) != reportDigest(b[0]) || partsDigest(a[0]) != partsDigest(b[0]) {
		t.Errorf("stdin: %v / %v\nReader path:\n%s%s\nfast path:\n%s%s", errA, errB, reportDigest(a[0]), partsDigest(a[0]), reportDigest(b[0]), partsDigest(b[0]))
	}
}

func sortedDyadKeys(m map[Dyad][]Event) []Dyad {
	out := make([]Dyad, 0, len(m))
	for d := range m {
		out = append(out, d)
	}
	sortDyads(out)
	return out
}

// Any two entries give the same Table, Reports, entry parts, error and
// rejects through the per-entry fast path as through the Reader.
func FuzzZipEntriesFastPath(f *testing.F) {
	gen := string(gdeltgen.Generate(gdeltgen.Options{Rows: 20, Seed: 5}))
	f.Add(gen, "date,source,target,code\n2024-05-16,RUS,CHN,042\n", false)
	f.Add("GLOBALEVENTID\tSQLDATE\n"+gen, gen[:len(gen)/2], true)
	f.Add("", "\x00\x01", false)
	f.Fuzz(func(t *testing.T, a, b string, strict bool) {
		path := writeTemp(t, "f.zip", zipBytes(t, zipEntry{name: "a.tsv", body: a}, zipEntry{name: "b.tsv", body: b, store: true}))
		compareFast(t, "fuzz", []string{path}, &ReadOptions{Strict: strict, Rejects: &bytes.Buffer{}}, nil, 0)
		_, x, errX := aggregateFiles([]string{path}, &ReadOptions{Strict: strict}, nil, aggregateConfig{fast: false, workers: 1})
		_, y, errY := aggregateFiles([]string{path}, &ReadOptions{Strict: strict}, nil, aggregateConfig{fast: true})
		if fmt.Sprint(errX) != fmt.Sprint(errY) || partsDigest(x[0]) != partsDigest(y[0]) {
			t.Fatalf("entries differ (%v / %v)\nReader path:\n%s\nfast path:\n%s", errX, errY, partsDigest(x[0]), partsDigest(y[0]))
		}
	})
}
