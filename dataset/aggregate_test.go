package dataset

import (
	"reflect"
	"testing"
)

// TestAggregateReleasesMemory checks when aggregateFiles hands the memory
// it lets go of back to the system (releaseMin), and that doing so changes
// nothing in the Table.
func TestAggregateReleasesMemory(t *testing.T) {
	p := writeTestFile(t, t.TempDir(), 6000, 3, false)
	calls := 0
	oldMin, oldRelease := releaseMin, releaseMemory
	t.Cleanup(func() { releaseMin, releaseMemory = oldMin, oldRelease })
	releaseMemory = func() { calls++ }
	run := func(cfg aggregateConfig) *Table {
		t.Helper()
		calls = 0
		tb, _, err := aggregateFiles([]string{p}, nil, nil, cfg)
		if err != nil {
			t.Fatal(err)
		}
		return tb
	}
	fast := aggregateConfig{fast: true, chunk: 100 << 10, workers: 3}

	// 6,000 rows make a few thousand cells: well under the 4 MiB of the
	// default, no forced collection
	want := run(fast)
	if calls != 0 {
		t.Errorf("default threshold, 6000 rows: %d releases, want 0", calls)
	}
	if want.Len() == 0 {
		t.Fatal("no rows: the test does not exercise the cells")
	}

	// a threshold of one byte: once before the rows are made (the absorbed
	// workers' cells and the maps) and once after (the first worker's cells)
	releaseMin = 1
	got := run(fast)
	if calls != 2 {
		t.Errorf("threshold 1, 3 workers: %d releases, want 2", calls)
	}
	if !reflect.DeepEqual(got.Rows(), want.Rows()) || got.Events() != want.Events() || got.Skipped() != want.Skipped() {
		t.Error("the table differs when the memory is released")
	}

	// the event path has no fast cells: nothing is let go of, nothing released
	run(aggregateConfig{fast: false, workers: 1})
	if calls != 0 {
		t.Errorf("event path: %d releases, want 0", calls)
	}
}

// TestDedupReleasesMemory: the streaming dedup hands its key set back to
// the system (releaseMemory) once, before the rows are made, when the key
// set is at least releaseMin bytes — never for a small one at the default
// — and doing so changes nothing in the Table or the dedup account.
func TestDedupReleasesMemory(t *testing.T) {
	p := writeTestFile(t, t.TempDir(), 6000, 5, false)
	calls := 0
	oldMin, oldRelease := releaseMin, releaseMemory
	t.Cleanup(func() { releaseMin, releaseMemory = oldMin, oldRelease })
	releaseMemory = func() { calls++ }
	run := func() *Ingest {
		t.Helper()
		calls = 0
		in, _, err := IngestFiles([]string{p}, nil) // dedup by actors: the default
		if err != nil {
			t.Fatal(err)
		}
		return in
	}
	want := run()
	if calls != 0 {
		t.Errorf("default threshold, 6000 rows: %d releases, want 0", calls)
	}
	if want.Table.Len() == 0 || want.Dedup.In == 0 {
		t.Fatal("no rows or no dedup: the test does not exercise the key set")
	}
	releaseMin = 1
	got := run()
	if calls != 1 {
		t.Errorf("threshold 1: %d releases, want 1 (the key set)", calls)
	}
	if !reflect.DeepEqual(got.Table.Rows(), want.Table.Rows()) || got.Dedup != want.Dedup {
		t.Error("the table or the dedup account differs when the memory is released")
	}
}
