package pipeline

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"
	"github.com/entente/entente/bench/gdeltgen"
	"github.com/entente/entente/dataset"
	"github.com/entente/entente/internal/sharedtest"
)

func TestMain(m *testing.M) {
	beam.Init()
	os.Exit(m.Run())
}

func statsBytes(t *testing.T, tab *dataset.Table) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := dataset.WriteStats(&b, tab); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// single aggregates files in one process the way the pipeline must:
// dataset.AggregateFiles without dedup; with dedup, every file read in
// order, dataset.Dedup over all of them, then a Table (what `report
// score` does).
func single(t *testing.T, files []string, s Settings) (*dataset.Table, []*dataset.Report) {
	t.Helper()
	r, err := s.resolve()
	if err != nil {
		t.Fatal(err)
	}
	if !r.dedup {
		tab, reps, err := dataset.AggregateFiles(files, &r.ro, &r.ao)
		if err != nil {
			t.Fatal(err)
		}
		return tab, reps
	}
	var all []dataset.Event
	var reps []*dataset.Report
	for _, f := range files {
		evs, rep, err := dataset.ReadFile(f, &r.ro)
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, evs...)
		reps = append(reps, rep)
	}
	all, _ = dataset.Dedup(all, &dataset.DedupOptions{Key: r.dedupBy})
	tab := dataset.NewTable(&r.ao)
	for i := range all {
		tab.Add(&all[i])
	}
	return tab, reps
}

// check runs the pipeline over files on prism and compares its merged
// shards with single, byte for byte, and its accounting with the
// readers' reports.
func check(t *testing.T, files []string, s Settings, shards int) {
	t.Helper()
	out := filepath.Join(t.TempDir(), "stats")
	o := &Options{Input: joinGlobs(files), Output: out, Shards: shards, Settings: s}
	acc, err := Run(context.Background(), "prism", o)
	if err != nil {
		t.Fatal(err)
	}
	paths, err := Shards(out)
	if err != nil || len(paths) != shards {
		t.Fatalf("%d shards (%v), want %d", len(paths), err, shards)
	}
	ao, _ := s.AggregateOptions()
	got, _, err := dataset.ReadStatsFiles(paths, nil, &ao)
	if err != nil {
		t.Fatal(err)
	}
	want, reps := single(t, files, s)
	if want.Len() == 0 {
		t.Fatal("nothing aggregated: the comparison is empty")
	}
	if g, w := statsBytes(t, got), statsBytes(t, want); !bytes.Equal(g, w) {
		t.Errorf("pipeline stats (%d rows, %d bytes) differ from the single-process table (%d rows, %d bytes)", got.Len(), len(g), want.Len(), len(w))
	}
	if len(acc.Files) != len(files) {
		t.Fatalf("accounting lists %d files, want %d", len(acc.Files), len(files))
	}
	var wantTotal dataset.Report
	for i, f := range acc.Files {
		if f.Read != f.Kept+f.Rejected+f.Filtered {
			t.Errorf("%s: read=%d kept=%d rejected=%d filtered=%d does not add up", f.Path, f.Read, f.Kept, f.Rejected, f.Filtered)
		}
		r := reps[i]
		if f.Read != r.Read || f.Kept != r.Kept || f.Rejected != r.Rejected || f.Filtered != r.Filtered {
			t.Errorf("%s: accounting read=%d kept=%d rejected=%d filtered=%d, reader %s", f.Path, f.Read, f.Kept, f.Rejected, f.Filtered, r.RowsLine())
		}
		wantTotal.Merge(r, 1)
	}
	tot := acc.Total()
	if tot.Read != wantTotal.Read || tot.Read != tot.Kept+tot.Rejected+tot.Filtered {
		t.Errorf("total read=%d kept=%d rejected=%d filtered=%d; readers %s", tot.Read, tot.Kept, tot.Rejected, tot.Filtered, wantTotal.RowsLine())
	}
	t.Logf("%d files, %s, %d rows of stats", len(files), wantTotal.RowsLine(), got.Len())
}

func joinGlobs(files []string) string {
	s := ""
	for i, f := range files {
		if i > 0 {
			s += ","
		}
		s += f
	}
	return s
}

func TestSharedSamples(t *testing.T) {
	files := []string{
		sharedtest.Path(t, "data/gdelt/gdelt1_daily_events_sample_20160728.tsv"),
		sharedtest.Path(t, "data/icews/events.2018.sample.tab"),
	}
	t.Run("dedup-off", func(t *testing.T) { check(t, files, Settings{Dedup: "off"}, 3) })
	t.Run("defaults", func(t *testing.T) { check(t, files, Settings{}, 2) })
	t.Run("options", func(t *testing.T) {
		check(t, files, Settings{Dedup: "countries", Period: "month", Weight: "log-sources", Goldstein: "icews", Quads: "phoenix", Directed: true, From: "2016-07", To: "2018-06-30"}, 2)
	})
}

// genFiles writes n GDELT 1.0 files of rows rows each (bench/gdeltgen,
// seeds 1…n), the last ones gzip-compressed.
func genFiles(t testing.TB, dir string, n, rows int) []string {
	var out []string
	for i := 0; i < n; i++ {
		o := gdeltgen.DefaultOptions()
		o.Rows, o.Seed = rows, uint64(i+1)
		var b bytes.Buffer
		if err := gdeltgen.Write(&b, o); err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, fmt.Sprintf("gen-%02d.export.tsv", i))
		data := b.Bytes()
		if i >= n-n/4 {
			var z bytes.Buffer
			zw := gzip.NewWriter(&z)
			zw.Write(data)
			zw.Close()
			data = z.Bytes()
			p += ".gz"
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		out = append(out, p)
	}
	return out
}

// TestGenerated is the multi-file proof: 20 generated GDELT files (CI
// size: 5,000 rows each; bench/beam.sh runs 2M rows), repeated events
// across files included (the generator's daily rows recur across seeds on
// the same days and dyads).
func TestGenerated(t *testing.T) {
	files := genFiles(t, t.TempDir(), 20, 5000)
	t.Run("dedup-off", func(t *testing.T) { check(t, files, Settings{Dedup: "off", Weight: "mentions"}, 4) })
	t.Run("defaults", func(t *testing.T) { check(t, files, Settings{}, 4) })
}

func TestUnreadable(t *testing.T) {
	dir := t.TempDir()
	files := genFiles(t, dir, 2, 200)
	bad := filepath.Join(dir, "z-bad.tsv.gz")
	data, _ := os.ReadFile(files[1])
	var z bytes.Buffer
	zw := gzip.NewWriter(&z)
	zw.Write(data)
	zw.Close()
	os.WriteFile(bad, z.Bytes()[:z.Len()/2], 0o644) // a truncated download
	out := filepath.Join(dir, "out")
	acc, err := Run(context.Background(), "prism", &Options{Input: filepath.Join(dir, "*"), Output: out, Shards: 1, Settings: Settings{Dedup: "off"}})
	if !errors.Is(err, ErrUnreadable) {
		t.Fatalf("err %v, want ErrUnreadable", err)
	}
	if acc == nil || len(acc.Files) != 3 || len(acc.Failed()) != 1 || acc.Failed()[0].Path != bad {
		t.Fatalf("accounting %+v", acc)
	}
	// the stats hold the two good files only
	paths, _ := Shards(out)
	got, _, err := dataset.ReadStatsFiles(paths, nil, &dataset.AggregateOptions{Granularity: dataset.Day})
	if err != nil {
		t.Fatal(err)
	}
	want, _ := single(t, files, Settings{Dedup: "off"})
	if !bytes.Equal(statsBytes(t, got), statsBytes(t, want)) {
		t.Error("the stats are not those of the readable files")
	}
	if _, err := os.Stat(filepath.Join(out+".accounting", "rejects.csv")); err != nil {
		t.Error(err)
	}
}
