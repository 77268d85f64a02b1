package dataset

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/entente/entente/bench/gdeltgen"
	"github.com/entente/entente/cameo"
	"github.com/entente/entente/internal/sharedtest"
)

// reportDigest renders everything a Report holds, for comparisons.
func reportDigest(r *Report) string {
	if r == nil {
		return "<nil>"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "file=%s format=%s %s first=%s last=%s\n", r.File, r.Format, r.RowsLine(), r.First.Format(time.DateOnly), r.Last.Format(time.DateOnly))
	for _, s := range r.Samples {
		fmt.Fprintf(&b, "sample %s\n", s.Error())
	}
	for _, m := range []map[string]int64{r.Reasons, r.Filters, r.UnknownNames} {
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Fprintf(&b, "  %q=%d", k, m[k])
		}
		b.WriteString("\n")
	}
	return b.String()
}

// compareFast aggregates paths through the Event path (Reader +
// Table.Add, one worker) and through the fast path with small byte ranges
// and several workers, and fails on any difference in the Table, the
// Reports, the error or the rejects written.
func compareFast(t *testing.T, name string, paths []string, ro *ReadOptions, ao *AggregateOptions, chunk int64) (*Table, []*Report) {
	t.Helper()
	run := func(cfg aggregateConfig) (*Table, []*Report, string, error) {
		var rej bytes.Buffer
		var o ReadOptions
		if ro != nil {
			o = *ro
		}
		if o.Rejects != nil {
			o.Rejects = &rej
		}
		tb, reps, err := aggregateFiles(paths, &o, ao, cfg)
		return tb, reps, rej.String(), err
	}
	slowT, slowR, slowRej, slowErr := run(aggregateConfig{fast: false, workers: 1})
	for _, cfg := range []aggregateConfig{{fast: true, chunk: chunk, workers: 3}, {fast: true, workers: 1}} {
		fastT, fastR, fastRej, fastErr := run(cfg)
		label := fmt.Sprintf("%s (chunk %d, %d workers)", name, cfg.chunk, cfg.workers)
		if fmt.Sprint(slowErr) != fmt.Sprint(fastErr) {
			t.Fatalf("%s: error\nevent path: %v\nfast path:  %v", label, slowErr, fastErr)
		}
		if len(slowR) != len(fastR) {
			t.Fatalf("%s: %d reports vs %d", label, len(slowR), len(fastR))
		}
		for i := range slowR {
			if a, b := reportDigest(slowR[i]), reportDigest(fastR[i]); a != b {
				t.Fatalf("%s: report %d differs\nevent path:\n%s\nfast path:\n%s", label, i, a, b)
			}
		}
		if slowRej != fastRej {
			t.Fatalf("%s: rejects differ\nevent path:\n%q\nfast path:\n%q", label, slowRej, fastRej)
		}
		if (slowT == nil) != (fastT == nil) {
			t.Fatalf("%s: table nil %v vs %v", label, slowT == nil, fastT == nil)
		}
		if slowT == nil {
			continue
		}
		if slowT.Events() != fastT.Events() || slowT.Skipped() != fastT.Skipped() {
			t.Fatalf("%s: events %d/%v vs %d/%v", label, slowT.Events(), slowT.Skipped(), fastT.Events(), fastT.Skipped())
		}
		if !reflect.DeepEqual(slowT.Rows(), fastT.Rows()) {
			a, b := slowT.Rows(), fastT.Rows()
			for i := 0; i < len(a) && i < len(b); i++ {
				if !reflect.DeepEqual(a[i], b[i]) {
					t.Fatalf("%s: %d vs %d rows; first difference at %d:\nevent path %+v\nfast path  %+v", label, len(a), len(b), i, a[i], b[i])
				}
			}
			t.Fatalf("%s: %d vs %d rows", label, len(a), len(b))
		}
	}
	return slowT, slowR
}

func TestFastMatchesEventPathSharedSample(t *testing.T) {
	path := sharedtest.Path(t, "data/gdelt/gdelt1_daily_events_sample_20160728.tsv")
	aos := []*AggregateOptions{
		nil,
		{Directed: true, Granularity: Day, Weight: WeightMentions},
		{Granularity: Week, Weight: WeightLogSources, Goldstein: cameo.GoldsteinICEWS, Quads: cameo.QuadICEWS, ExcludeSelf: true},
		{Granularity: Quarter, Weight: WeightArticles},
		{Granularity: Year, Weight: WeightSources, Directed: true},
	}
	for i, ao := range aos {
		tb, reps := compareFast(t, fmt.Sprintf("sample/ao%d", i), []string{path}, nil, ao, 4096)
		// the file's known facts (PROVENANCE.md): 710 rows, all valid
		if r := reps[0]; r.Read != 710 || r.Kept != 710 || r.Rejected != 0 || r.Format != FormatGDELT1 {
			t.Errorf("sample: %s format %s, want 710 rows read and kept", r.RowsLine(), r.Format)
		}
		if tb.Events()+tb.Skipped().Total() != 710 {
			t.Errorf("sample: %d added + %v skipped != 710", tb.Events(), tb.Skipped())
		}
	}
	// Every ASCII row takes the fast parsers; the rows with other bytes
	// (UTF-8 place names) go to the reader's decoder, which checks them.
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var nonASCII int64
	for _, l := range strings.Split(strings.TrimSuffix(string(raw), "\n"), "\n") {
		for i := 0; i < len(l); i++ {
			if l[i] >= 0x80 {
				nonASCII++
				break
			}
		}
	}
	var fast, slow int64
	fastCounts = func(f, s int64) { fast, slow = f, s }
	AggregateFiles([]string{path}, nil, nil)
	fastCounts = nil
	if slow != nonASCII || fast != 710-nonASCII {
		t.Errorf("fast %d, slow %d; the file has %d rows with non-ASCII bytes", fast, slow, nonASCII)
	}

	filters := []*Filter{
		{From: day(2016, 7, 1), To: day(2016, 7, 31)},
		{RequireDyad: true, ExcludeSelf: true},
		{Countries: []string{"USA", "RUS"}, Roots: []string{"04", "19"}},
		{Dyads: []Dyad{{"USA", "RUS"}, {"ISR", "PSE"}}},
		// Roles: the fast path reads Actor1Code/Actor1Type1Code and
		// Actor2Code/Actor2Type1Code as the reader fills Actor.Code and
		// Actor.Sector, and must set aside the same rows with the same
		// rule names.
		{Roles: DefaultRoleFilter()},
		{Roles: StateRoleFilter(), RequireDyad: true},
		{Roles: DefaultRoleFilter(), From: day(2016, 7, 1)},
	}
	for i, f := range filters {
		compareFast(t, fmt.Sprintf("sample/filter%d", i), []string{path}, &ReadOptions{Filter: f}, nil, 10000)
	}
	// The default rule sets aside 11 rows of the sample (10 opposition,
	// 1 rebels), the count TestRoleFilterGDELTSample checks against an
	// independent awk script.
	_, reps, err := AggregateFiles([]string{path}, &ReadOptions{Filter: &Filter{Roles: DefaultRoleFilter()}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if r := reps[0]; r.Filtered != 11 {
		t.Errorf("fast path with the default role filter: %s, want filtered=11", r.RowsLine())
	}
}

// anomalies are rows that exercise every check of the reader, each with
// what it tests.
func anomalies(base []string) []string {
	row := func(edit func(f []string)) string {
		f := append([]string(nil), base...)
		edit(f)
		return strings.Join(f, "\t")
	}
	return []string{
		row(func(f []string) { f[gdeltSQLDate] = "20160231" }),                   // impossible date
		row(func(f []string) { f[gdeltSQLDate] = "2016-07-28" }),                 // wrong date form
		row(func(f []string) { f[gdeltEventCode] = "999" }),                      // not CAMEO
		row(func(f []string) { f[gdeltEventCode] = "" }),                         // missing code
		row(func(f []string) { f[gdeltBaseCode] = "041" }),                       // base mismatch
		row(func(f []string) { f[gdeltRootCode] = "05" }),                        // root mismatch
		row(func(f []string) { f[gdeltQuadClass] = "5" }),                        // bad quad
		row(func(f []string) { f[gdeltQuadClass] = "" }),                         // quad filled from the table
		row(func(f []string) { f[gdeltQuadClass] = "+1" }),                       // strconv's form: left to the decoder
		row(func(f []string) { f[gdeltGoldstein] = "abc" }),                      // bad number
		row(func(f []string) { f[gdeltGoldstein] = "" }),                         // Goldstein filled
		row(func(f []string) { f[gdeltGoldstein] = "1e1" }),                      // valid, not the fast form
		row(func(f []string) { f[gdeltGoldstein] = "+2.5" }),                     // valid, not the fast form
		row(func(f []string) { f[gdeltGoldstein] = "NaN" }),                      // rejected by the reader
		row(func(f []string) { f[gdeltGoldstein] = "-0.0" }),                     // negative zero
		row(func(f []string) { f[gdeltNumMentions] = "-1" }),                     // negative count
		row(func(f []string) { f[gdeltNumMentions] = "007" }),                    // leading zeros
		row(func(f []string) { f[gdeltNumSources] = "" }),                        // unknown count
		row(func(f []string) { f[gdeltNumArticles] = "99999999999999999999" }),   // overflow
		row(func(f []string) { f[gdeltAvgTone] = "1.23456789012345678" }),        // 18 digits: strconv's rounding
		row(func(f []string) { f[gdeltAvgTone] = "" }),                           // unknown tone
		row(func(f []string) { f[gdeltAvgTone] = "5." }),                         // strconv accepts
		row(func(f []string) { f[gdeltID] = "x12" }),                             // bad id
		row(func(f []string) { f[gdeltA1Country] = "XYZ" }),                      // unknown country code
		row(func(f []string) { f[gdeltA1Country] = "usa" }),                      // lower case
		row(func(f []string) { f[gdeltA2Country] = "EUR" }),                      // region
		row(func(f []string) { f[gdeltA2Country] = f[gdeltA1Country] }),          // self-dyad
		row(func(f []string) { f[gdeltA1Name] = "CÔTE D'IVOIRE" }),               // non-ASCII
		row(func(f []string) { f[gdeltA1Name] = "BAD\xff\xfeUTF8" }),             // invalid UTF-8
		row(func(f []string) { f[len(f)-2] = "20160728123000" }),                 // 14-digit DATEADDED
		row(func(f []string) { f[len(f)-2] = "20161399" }),                       // bad DATEADDED
		row(func(f []string) { f[len(f)-2] = "" }),                               // no DATEADDED
		strings.Join(base[:40], "\t"),                                            // too few fields
		strings.Join(append(append([]string(nil), base...), "extra", "x"), "\t"), // too many
		"GLOBALEVENTID\tSQLDATE",                                                 // a header line in the middle: a bad row
		"garbage without tabs",
		"\t\t\t",
	}
}

// writeTestFile builds a GDELT 1.0 file from generated rows with anomalies
// spliced in, CRLF endings on some lines, blank lines, a header, a BOM.
func writeTestFile(t *testing.T, dir string, rows int, seed uint64, bom bool) string {
	t.Helper()
	gen := gdeltgen.Generate(gdeltgen.Options{Rows: rows, Seed: seed})
	lines := strings.Split(strings.TrimSuffix(string(gen), "\n"), "\n")
	var base []string
	for _, l := range lines {
		f := strings.Split(l, "\t")
		if len(f) == 58 && f[gdeltA1Country] != "" && f[gdeltA2Country] != "" {
			base = f
			break
		}
	}
	bad := anomalies(base)
	r := rand.New(rand.NewPCG(seed, 3))
	var b strings.Builder
	if bom {
		b.WriteString("\xef\xbb\xbf")
	}
	b.WriteString(strings.Join(GDELT1Columns, "\t") + "\n")
	for i, l := range lines {
		if i%97 == 5 {
			b.WriteString(bad[r.IntN(len(bad))] + "\n")
		}
		switch i % 53 {
		case 7:
			b.WriteString("\n")
		case 11:
			b.WriteString("\r\n")
		}
		b.WriteString(l)
		if i%13 == 0 {
			b.WriteString("\r")
		}
		if i < len(lines)-1 {
			b.WriteString("\n")
		}
	}
	path := filepath.Join(dir, fmt.Sprintf("gen-%d.tsv", seed))
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// Clean generated rows must all take the fast parsers; the comparisons
// below would pass vacuously if every row went to the decoder.
func TestFastPathTakesCleanRows(t *testing.T) {
	path := filepath.Join(t.TempDir(), "clean.tsv")
	if err := os.WriteFile(path, gdeltgen.Generate(gdeltgen.Options{Rows: 5000, Seed: 8}), 0o644); err != nil {
		t.Fatal(err)
	}
	var fast, slow int64
	fastCounts = func(f, s int64) { fast, slow = f, s }
	defer func() { fastCounts = nil }()
	if _, reps, err := AggregateFiles([]string{path}, nil, nil); err != nil || reps[0].Kept != 5000 {
		t.Fatalf("%v %v", err, reps)
	}
	if fast != 5000 || slow != 0 {
		t.Errorf("fast %d, slow %d; want all 5000 rows fast", fast, slow)
	}
}

func TestFastMatchesEventPathGenerated(t *testing.T) {
	dir := t.TempDir()
	p1 := writeTestFile(t, dir, 6000, 1, true)
	p2 := writeTestFile(t, dir, 3000, 2, false)
	aos := []*AggregateOptions{nil, {Directed: true, Granularity: Day, Weight: WeightMentions, ExcludeSelf: true}}
	for i, ao := range aos {
		tab, reps := compareFast(t, fmt.Sprintf("generated/ao%d", i), []string{p1, p2}, nil, ao, 7777)
		if !hasMarks(tab) {
			t.Errorf("generated/ao%d: no row has a lasting-state mark: Stats.Marks was not compared", i)
		}
		if reps[0].Rejected == 0 || !reps[0].Balanced() || len(reps[0].UnknownNames) == 0 {
			t.Errorf("the anomalies were not exercised: %s, unknown %v", reps[0].RowsLine(), reps[0].UnknownNames)
		}
	}
	// more samples than the default, filters, a rejects writer
	ro := &ReadOptions{MaxSamples: 1000, Rejects: &bytes.Buffer{}, Filter: &Filter{From: day(2016, 7, 20), ExcludeSelf: true}}
	compareFast(t, "generated/rejects", []string{p1, p2}, ro, nil, 5000)
	// lines over MaxLineBytes
	compareFast(t, "generated/maxline", []string{p1}, &ReadOptions{MaxLineBytes: 360, Rejects: &bytes.Buffer{}}, nil, 3000)
	// strict mode stops at the first bad row, whichever range it is in
	compareFast(t, "generated/strict", []string{p2, p1}, &ReadOptions{Strict: true}, nil, 2000)
}

func TestFastCompressedAndPlainMix(t *testing.T) {
	dir := t.TempDir()
	plain := writeTestFile(t, dir, 2000, 5, false)
	data, _ := os.ReadFile(plain)
	gz := filepath.Join(dir, "events.gdelt") // the name says nothing: content decides
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write(data)
	zw.Close()
	os.WriteFile(gz, b.Bytes(), 0o644)
	compareFast(t, "gzip", []string{gz, plain}, nil, nil, 10000)

	// a truncated gzip stream: same error and counts on both paths
	trunc := filepath.Join(dir, "trunc.gz")
	os.WriteFile(trunc, b.Bytes()[:b.Len()/2], 0o644)
	_, reps := compareFast(t, "truncated gzip", []string{trunc}, nil, nil, 0)
	if reps[0].Read == 0 {
		t.Error("truncated gzip: nothing read before the damage")
	}
}

func TestFastEdgeInputs(t *testing.T) {
	dir := t.TempDir()
	base := strings.Split(strings.TrimSuffix(string(gdeltgen.Generate(gdeltgen.Options{Rows: 1, Seed: 9})), "\n"), "\t")
	row := strings.Join(base, "\t")
	cases := map[string]string{
		"empty":             "",
		"only newlines":     "\n\n\r\n",
		"no final newline":  row + "\n" + row,
		"final CR":          row + "\n" + row + "\r",
		"header only":       strings.Join(GDELT1Columns, "\t") + "\n",
		"blank then header": "\n\n" + strings.Join(GDELT1Columns, "\t") + "\n" + row + "\n",
		"bom":               "\xef\xbb\xbf" + row + "\n",
	}
	for name, content := range cases {
		p := filepath.Join(dir, strings.ReplaceAll(name, " ", "_"))
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		for _, chunk := range []int64{1, 2, 100, 0} {
			compareFast(t, name, []string{p}, nil, nil, chunk)
		}
	}
}

// FuzzFastAggregate feeds arbitrary bytes, seeded with real-looking rows
// and the anomalies above, to both paths: their Tables, Reports, errors
// and rejects must be identical whatever the input.
func FuzzFastAggregate(f *testing.F) {
	gen := strings.Split(strings.TrimSuffix(string(gdeltgen.Generate(gdeltgen.Options{Rows: 3, Seed: 4})), "\n"), "\n")
	base := strings.Split(gen[0], "\t")
	if len(base) == 58 {
		for _, a := range anomalies(base) {
			f.Add([]byte(gen[1] + "\n" + a + "\n" + gen[2]))
		}
	}
	f.Add([]byte(strings.Join(gen, "\r\n")))
	f.Add([]byte("\xef\xbb\xbf" + strings.Join(GDELT1Columns, "\t") + "\n" + gen[0]))
	dir := f.TempDir()
	n := 0
	f.Fuzz(func(t *testing.T, data []byte) {
		n++
		path := filepath.Join(dir, fmt.Sprintf("f%d.tsv", n))
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		defer os.Remove(path)
		ro := &ReadOptions{Format: FormatGDELT1, MaxLineBytes: 2000, Rejects: &bytes.Buffer{}}
		compareFast(t, "fuzz", []string{path}, ro, &AggregateOptions{Directed: true, Granularity: Day}, 97)
	})
}

// toGDELT2 turns a generated GDELT 1.0 row (58 columns) into a GDELT 2.0
// row (61): an ADM2 code after each geography block's ADM1 code, and a
// 14-digit DATEADDED.
func toGDELT2(row string) string {
	f := strings.Split(row, "\t")
	if len(f) != 58 {
		return row
	}
	var out []string
	out = append(out, f[:35]...)
	for b := 0; b < 3; b++ {
		g := f[35+7*b : 35+7*b+7]
		adm2 := ""
		if g[3] != "" {
			adm2 = g[3] + "123"
		}
		out = append(out, g[0], g[1], g[2], g[3], adm2, g[4], g[5], g[6])
	}
	out = append(out, f[56]+"134500", f[57])
	return strings.Join(out, "\t")
}

func TestFastMatchesEventPathGDELT2(t *testing.T) {
	gen := strings.Split(strings.TrimSuffix(string(gdeltgen.Generate(gdeltgen.Options{Rows: 4000, Seed: 21, BackfileShare: 1e-9})), "\n"), "\n")
	var b strings.Builder
	for i, l := range gen {
		row := toGDELT2(l)
		switch i % 101 {
		case 3:
			row = strings.Replace(row, "134500\t", "999999\t", 1) // bad DATEADDED time
		case 4:
			row = l // a 58-column row in a 2.0 file
		}
		b.WriteString(row + "\n")
	}
	path := filepath.Join(t.TempDir(), "gdelt2.export.CSV")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	_, reps := compareFast(t, "gdelt2", []string{path}, nil, nil, 9000)
	// 4000 rows, of which those with i%101 == 3 (bad time) or == 4 (58
	// columns) are rejected: i = 3, 104, …, 3942 and 4, 105, …, 3943, 40
	// each (3 + 101·39 = 3942 ≤ 3999 < 3 + 101·40), so 80 rejected and
	// 3920 kept; gdeltgen writes no bad rows of its own (BackfileShare
	// 1e-9: no 57-column row either)
	if r := reps[0]; r.Format != FormatGDELT2 || r.Read != 4000 || r.Rejected != 80 || r.Kept != 3920 || r.Filtered != 0 {
		t.Errorf("gdelt2: format %s, %s; want read=4000 kept=3920 rejected=80 filtered=0", r.Format, r.RowsLine())
	}
	compareFast(t, "gdelt2/forced", []string{path}, &ReadOptions{Format: FormatGDELT2, Filter: &Filter{RequireDyad: true}}, &AggregateOptions{Weight: WeightArticles}, 5000)
}

// hasMarks reports whether some row of tab has a nonzero lasting-state
// mark sum (so that comparing tables compares Stats.Marks).
func hasMarks(tab *Table) bool {
	for _, r := range tab.Rows() {
		if r.Marks != nil {
			return true
		}
	}
	return false
}
