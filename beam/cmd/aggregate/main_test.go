package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/entente/entente/dataset"
	"github.com/entente/entente/internal/sharedtest"
)

func TestMain(m *testing.M) {
	beam.Init()
	os.Exit(m.Run())
}

func runCmd(args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	code := run(context.Background(), args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestUsage(t *testing.T) {
	for _, args := range [][]string{
		nil,
		{"-input", "x"},
		{"-input", "x", "-output", "y", "extra"},
		{"-input", "x", "-output", "y", "-weight", "tons"},
		{"-nosuchflag"},
	} {
		if code, _, errs := runCmd(args...); code != 2 || errs == "" {
			t.Errorf("%v: exit %d, stderr %q; want 2 with a message", args, code, errs)
		}
	}
}

// TestAggregate runs the command on the shared GDELT sample and a file
// that cannot be read: exit 1, the accounting printed with the error, and
// the stats of the readable file written, equal to dataset.AggregateFiles
// at day resolution (dedup off).
func TestAggregate(t *testing.T) {
	gdelt := sharedtest.Path(t, "data/gdelt/gdelt1_daily_events_sample_20160728.tsv")
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.tsv")
	os.WriteFile(bad, []byte{0, 1, 2, 3}, 0o644) // binary: no format
	out := filepath.Join(dir, "stats")
	code, stdout, errs := runCmd("-input", gdelt+","+bad, "-output", out, "-dedup", "off", "-shards", "2")
	if code != 1 || !strings.Contains(errs, "could not be read") {
		t.Fatalf("exit %d, stderr %q; want 1 naming the unreadable file", code, errs)
	}
	// The command's default -roles government sets aside acts by or toward
	// another state's opposition or rebels while reading (11 of the
	// sample's rows), as report does.
	roles := &dataset.ReadOptions{Filter: &dataset.Filter{Roles: dataset.DefaultRoleFilter()}}
	want, reps, err := dataset.AggregateFiles([]string{gdelt}, roles, &dataset.AggregateOptions{Granularity: dataset.Day})
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range []string{gdelt + ": " + reps[0].RowsLine(), bad + ": rows: read=0", "total: 2 files, rows: read=" + strings.TrimPrefix(reps[0].RowsLine(), "rows: read=")} {
		if !strings.Contains(stdout, line) {
			t.Errorf("stdout lacks %q:\n%s", line, stdout)
		}
	}
	shards, _ := filepath.Glob(filepath.Join(out, "stats-*-of-00002.csv"))
	got, _, err := dataset.ReadStatsFiles(shards, nil, &dataset.AggregateOptions{Granularity: dataset.Day})
	if err != nil || len(shards) != 2 {
		t.Fatalf("%d shards: %v", len(shards), err)
	}
	var a, b bytes.Buffer
	dataset.WriteStats(&a, got)
	dataset.WriteStats(&b, want)
	if !bytes.Equal(a.Bytes(), b.Bytes()) || got.Len() == 0 {
		t.Error("the command's stats differ from dataset.AggregateFiles")
	}
	if _, err := os.Stat(filepath.Join(out+".accounting", "files.csv")); err != nil {
		t.Error(err)
	}
	// the evidence (default -evidence-top 10) in its own folder: DIR
	// holds stats shards only, so that report score DIR/* reads them
	if all, _ := filepath.Glob(filepath.Join(out, "*")); len(all) != 2 {
		t.Errorf("the output folder holds %v, want the 2 stats shards only", all)
	}
	evs, _ := filepath.Glob(filepath.Join(out+".evidence", "evidence-*-of-00002.csv"))
	rows, info, _, err := dataset.ReadEvidenceFiles(evs, nil, &dataset.AggregateOptions{ExcludeSelf: true}, 10) // as report reads it
	if err != nil || len(evs) != 2 || len(rows) == 0 || info.Top != 10 || info.Dedup != "off" || info.Roles != "government" {
		t.Errorf("evidence %v: %d rows, %+v, %v", evs, len(rows), info, err)
	}
	if !strings.Contains(stdout, "evidence: "+out+".evidence") {
		t.Errorf("stdout does not name the evidence folder:\n%s", stdout)
	}
}
