package dataset

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"unsafe"

	"github.com/entente/entente/bench/gdeltgen"
	"github.com/entente/entente/cameo"
	"github.com/entente/entente/internal/sharedtest"
)

// materialised is the reference of the streaming deduplication: every
// event read (Reader, file after file), Dedup, then Table.Add of each
// merged event.
func materialised(t *testing.T, paths []string, ro *ReadOptions, ao *AggregateOptions, key DedupKey) (*Table, DedupReport, []Event) {
	t.Helper()
	var all []Event
	for _, p := range paths {
		evs, _, err := ReadFile(p, ro)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		all = append(all, evs...)
	}
	merged, rep := Dedup(all, &DedupOptions{Key: key})
	tb := NewTable(ao)
	for i := range merged {
		tb.Add(&merged[i])
	}
	return tb, rep, merged
}

// compareDedup fails on any difference between the materialised path and
// the streaming one (fast GDELT parsers with small byte ranges, and the
// Event path through the same deduplicator): Table rows, counts, skips,
// DedupReport and the readers' Reports.
func compareDedup(t *testing.T, name string, paths []string, ro *ReadOptions, ao *AggregateOptions, key DedupKey) (*Table, DedupReport) {
	t.Helper()
	want, wantRep, _ := materialised(t, paths, ro, ao, key)
	_, plainReps, err := aggregateFiles(paths, ro, ao, aggregateConfig{fast: false, workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	for _, cfg := range []aggregateConfig{{fast: true, chunk: 5000}, {fast: true, chunk: 3000, workers: 4}, {fast: true}, {fast: false}} {
		var got DedupReport
		cfg.dedup, cfg.dedupOpts, cfg.dedupReport = true, &DedupOptions{Key: key}, &got
		label := fmt.Sprintf("%s/%s (fast %v, chunk %d)", name, key, cfg.fast, cfg.chunk)
		tb, reps, err := aggregateFiles(paths, ro, ao, cfg)
		if err != nil {
			t.Fatalf("%s: %v", label, err)
		}
		for i := range reps {
			if a, b := reportDigest(plainReps[i]), reportDigest(reps[i]); a != b {
				t.Fatalf("%s: report %d differs\nwithout dedup:\n%s\nwith:\n%s", label, i, a, b)
			}
		}
		if got != wantRep {
			t.Fatalf("%s: dedup report %+v, materialised %+v", label, got, wantRep)
		}
		if tb.Events() != want.Events() || tb.Skipped() != want.Skipped() {
			t.Fatalf("%s: events %d/%+v, materialised %d/%+v", label, tb.Events(), tb.Skipped(), want.Events(), want.Skipped())
		}
		a, b := want.Rows(), tb.Rows()
		if !reflect.DeepEqual(a, b) {
			for i := 0; i < len(a) && i < len(b); i++ {
				if !reflect.DeepEqual(a[i], b[i]) {
					t.Fatalf("%s: %d vs %d rows; first difference at %d:\nmaterialised %+v\nstreaming    %+v", label, len(a), len(b), i, a[i], b[i])
				}
			}
			t.Fatalf("%s: %d vs %d rows", label, len(a), len(b))
		}
	}
	return want, wantRep
}

func TestStreamingDedupSharedGDELT(t *testing.T) {
	path := sharedtest.Path(t, "data/gdelt/gdelt1_daily_events_sample_20160728.tsv")
	aos := []*AggregateOptions{
		nil,
		{Directed: true, Granularity: Day, Weight: WeightMentions},
		{Granularity: Week, Weight: WeightLogSources, Goldstein: cameo.GoldsteinICEWS, Quads: cameo.QuadICEWS, ExcludeSelf: true},
	}
	for i, ao := range aos {
		for _, key := range []DedupKey{DedupActors, DedupCountries} {
			_, rep := compareDedup(t, fmt.Sprintf("gdelt/ao%d", i), []string{path}, nil, ao, key)
			// 710 rows (PROVENANCE.md), all kept; some merge
			if rep.In != 710 || rep.Merged == 0 {
				t.Errorf("gdelt/ao%d/%s: %s; want in=710 and merges", i, key, rep)
			}
		}
	}
	compareDedup(t, "gdelt/filter", []string{path}, &ReadOptions{Filter: &Filter{Countries: []string{"USA"}}}, nil, DedupActors)
}

func TestStreamingDedupSharedICEWS(t *testing.T) {
	path := sharedtest.Path(t, "data/icews/events.2018.sample.tab")
	for _, key := range []DedupKey{DedupActors, DedupCountries} {
		_, rep := compareDedup(t, "icews", []string{path}, nil, &AggregateOptions{ExcludeSelf: true, Weight: WeightSources}, key)
		// DedupActors: 3,705 rows in 2,734 groups (the count DedupActors' doc
		// gives, from the file)
		if key == DedupActors && (rep.In != 3705 || rep.Out != 2734) {
			t.Errorf("icews: %s; want in=3705 out=2734", rep)
		}
	}
}

// withDuplicates returns generated GDELT 1.0 rows with perturbed repeats
// of earlier rows spliced in (new ID, tone, counts, Goldstein weight,
// quad class, DATEADDED and URL; same day, actors and code), some far
// from their original, and some repeats of a repeat.
func withDuplicates(t *testing.T, dir string, rows int, seed uint64) string {
	t.Helper()
	gen := strings.Split(strings.TrimSuffix(string(gdeltgen.Generate(gdeltgen.Options{Rows: rows, Seed: seed})), "\n"), "\n")
	r := rand.New(rand.NewPCG(seed, 9))
	var out []string
	for i, l := range gen {
		out = append(out, l)
		if i%3 != 0 || len(out) < 2 {
			continue
		}
		f := strings.Split(out[r.IntN(len(out))], "\t")
		f[gdeltID] = strconv.Itoa(900000000 + i)
		switch r.IntN(6) {
		case 0:
			f[gdeltAvgTone] = ""
		case 1:
			f[gdeltAvgTone] = strconv.FormatFloat(r.Float64()*20-10, 'f', 13, 64)
		case 2:
			f[gdeltNumMentions], f[gdeltNumMentions+1], f[gdeltNumMentions+2] = "0", strconv.Itoa(r.IntN(9)), ""
		case 3:
			f[gdeltGoldstein] = "-7.5"
			f[gdeltQuadClass] = "4"
		case 4:
			f[len(f)-1] = "http://example.org/" + strconv.Itoa(i)
		case 5:
			f[gdeltNumMentions] = strconv.Itoa(1 + r.IntN(40))
		}
		out = append(out, strings.Join(f, "\t"))
	}
	path := filepath.Join(dir, fmt.Sprintf("dups-%d.tsv", seed))
	if err := os.WriteFile(path, []byte(strings.Join(out, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestStreamingDedupGenerated(t *testing.T) {
	dir := t.TempDir()
	p1 := withDuplicates(t, dir, 6000, 1)
	p2 := writeTestFile(t, dir, 3000, 2, true) // anomalies: rejected and decoder rows
	aos := []*AggregateOptions{nil, {Directed: true, Granularity: Day, Weight: WeightMentions, ExcludeSelf: true}, {Weight: WeightLogSources}}
	for i, ao := range aos {
		for _, key := range []DedupKey{DedupActors, DedupCountries} {
			tab, rep := compareDedup(t, fmt.Sprintf("generated/ao%d", i), []string{p1, p2, p1}, nil, ao, key)
			if !hasMarks(tab) {
				t.Errorf("generated/ao%d/%s: no row has a lasting-state mark: Stats.Marks was not compared", i, key)
			}
			// the third path repeats the first: each of its rows merges
			if rep.Merged < 8000 {
				t.Errorf("generated/ao%d/%s: %s; want at least the 8,000 rows of the repeated file merged", i, key, rep)
			}
		}
	}
}

// Groups whose sums outgrow the compact fields (report counts beyond
// 2³², tone sums beyond ±9.2e9) move to wide sums: the results stay those
// of Dedup + Table.Add.
func TestStreamingDedupWideSums(t *testing.T) {
	mk := func(reports int, tone float64) Event {
		e := NewEvent()
		e.Date = day(2020, 1, 2)
		e.Source.Country, e.Target.Country = "CHN", "RUS"
		e.SetCode("042")
		e.Reports, e.Tone = reports, tone
		return e
	}
	cases := [][]Event{
		{mk(3_000_000_000, 1.5), mk(3_000_000_000, -2.25)}, // Σ reports > 2³²
		{mk(1, 9e9), mk(1, 9e9), mk(2, 3.5)},               // Σ tone units > 2⁶³
		{mk(5_000_000_000, 0.1), mk(1, 0.2)},               // a first event already wide
		{mk(1, 4e20), mk(1, -4e20), mk(3, 1)},              // a tone beyond int64 units
	}
	for i, evs := range cases {
		merged, rep := Dedup(evs, nil)
		want := NewTable(nil)
		for j := range merged {
			want.Add(&merged[j])
		}
		in := IngestEvents(evs, nil)
		if in.Dedup != rep || !reflect.DeepEqual(in.Table.Rows(), want.Rows()) {
			t.Errorf("case %d: %+v\nwant %+v", i, in.Table.Rows(), want.Rows())
		}
	}
}

// FuzzStreamingDedup feeds arbitrary bytes, seeded with generated rows,
// repeats of them and the reader's anomalies, to the streaming dedup and
// to the materialised path: Tables, Reports and DedupReports must be
// identical whatever the input.
func FuzzStreamingDedup(f *testing.F) {
	gen := strings.Split(strings.TrimSuffix(string(gdeltgen.Generate(gdeltgen.Options{Rows: 3, Seed: 4})), "\n"), "\n")
	base := strings.Split(gen[0], "\t")
	if len(base) == 58 {
		for _, a := range anomalies(base)[:8] {
			f.Add([]byte(gen[1] + "\n" + a + "\n" + gen[1] + "\n" + gen[2]))
		}
	}
	f.Add([]byte(strings.Join(append(gen, gen...), "\n")))
	dir := f.TempDir()
	n := 0
	f.Fuzz(func(t *testing.T, data []byte) {
		n++
		path := filepath.Join(dir, fmt.Sprintf("d%d.tsv", n))
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		defer os.Remove(path)
		ro := &ReadOptions{Format: FormatGDELT1, MaxLineBytes: 2000}
		if _, _, err := ReadFile(path, ro); err != nil {
			return // an input the reader stops at: AggregateFiles' own fuzz test compares those
		}
		compareDedup(t, "fuzz", []string{path}, ro, &AggregateOptions{Directed: true, Granularity: Day, Weight: WeightMentions}, DedupActors)
	})
}

// TestDedupValuesSize guards the size of a group's values: one ddValues per
// distinct key of an aggregated dyad (~500,000 on 2M generated GDELT rows),
// so 8 bytes more is ~4 MB more at the main job's peak (BENCHMARKS.md,
// issue 13). 40 = g 8 + tone 8 + five 4-byte fields 20 + q 1 + flags 1 +
// marks 2, with no padding.
func TestDedupValuesSize(t *testing.T) {
	if n := unsafe.Sizeof(ddValues{}); n != 40 {
		t.Errorf("ddValues is %d bytes, want 40", n)
	}
}

// TestFastCellSize guards the size of a fast-path cell: one per
// dyad-period of each worker (~60,000 a worker on 2M generated GDELT
// rows). 136 = n 8 + 14 sums × 8 + first and last 4 each + the mark
// index 4 + 4 of padding (fast.go).
func TestFastCellSize(t *testing.T) {
	if n := unsafe.Sizeof(fastCell{}); n != 136 {
		t.Errorf("fastCell is %d bytes, want 136", n)
	}
}
