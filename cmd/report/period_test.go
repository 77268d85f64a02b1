package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/internal/sharedtest"
)

// tableOf is a monthly table with n CHN-RUS events (code 042) on the first
// of each month given.
func tableOf(t *testing.T, months map[string]int) *dataset.Table {
	t.Helper()
	tab := dataset.NewTable(nil)
	for m, n := range months {
		d, err := time.Parse("2006-01", m)
		if err != nil {
			t.Fatal(err)
		}
		for i := 0; i < n; i++ {
			e := dataset.Event{Date: d, Source: dataset.Actor{Country: "CHN"}, Target: dataset.Actor{Country: "RUS"}, Code: "042"}
			tab.Add(&e)
		}
	}
	return tab
}

func TestContinuousStart(t *testing.T) {
	// A GDELT-like tail: 2 events in 1982-01, then 3 in 2016-06 and 5 in
	// 2016-07. The final run (2016-06, 2016-07) holds 8 of 10 events
	// (≥ sparseTailRun); 1 of the 413 months 1982-01…2016-05 has events
	// (≤ sparseTailDensity): the period starts at 2016-06, 2 events out.
	tail, ok := continuousStart(tableOf(t, map[string]int{"1982-01": 2, "2016-06": 3, "2016-07": 5}), dataset.Month)
	if !ok || tail.From.Format("2006-01-02") != "2016-06-01" || tail.Events != 2 ||
		tail.First.Format("2006-01-02") != "1982-01-01" || tail.Last.Format("2006-01-02") != "1982-01-31" {
		t.Errorf("tail = %+v, %v", tail, ok)
	}
	if s := tail.String(); !strings.Contains(s, "2 earlier events") || !strings.Contains(s, "-from 1982-01") {
		t.Errorf("note %q", s)
	}
	for name, months := range map[string]map[string]int{
		// a real gap: 6 of the 7 months before the run have events
		"dense before the gap": {"2020-01": 1, "2020-02": 1, "2020-03": 1, "2020-04": 1, "2020-05": 1, "2020-06": 1, "2020-08": 5, "2020-09": 5},
		// the run holds 1 of 3 events
		"minority run":     {"2020-01": 1, "2020-03": 1, "2020-06": 1},
		"continuous":       {"2020-01": 1, "2020-02": 1},
		"one period":       {"2020-01": 4},
		"no events at all": {},
	} {
		if tail, ok := continuousStart(tableOf(t, months), dataset.Month); ok {
			t.Errorf("%s: the rule fired: %+v", name, tail)
		}
	}
}

// Finding 11 of issue 15: on the GDELT sample the default period ran
// 1982–2016 because of its backfile rows. It now starts where the data
// becomes continuous and says what it left out and how to include it;
// inspect still filters nothing (kept=710, TestInspectGDELTSample).
func TestSparseTailDefaultPeriod(t *testing.T) {
	gdelt := sharedtest.Path(t, "data/gdelt/gdelt1_daily_events_sample_20160728.tsv")
	dir := t.TempDir()
	code, stdout, stderr := runCLI(t, false, "-o", filepath.Join(dir, "out"), "-formats", "csv,html", gdelt)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "note: the period starts at 2016-07-01, where the data becomes continuous (rule: sparse tail)") ||
		!strings.Contains(stdout, "-from 1982-01 includes them") {
		t.Errorf("stdout lacks the sparse-tail note:\n%s", stdout)
	}
	// The report says it too, in its methods section.
	html, err := os.ReadFile(filepath.Join(dir, "out", "report.html"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(html), "Notes on the data") || !strings.Contains(string(html), "-from 1982-01 includes them") {
		t.Error("report.html lacks the sparse-tail note")
	}
	b, err := os.ReadFile(filepath.Join(dir, "out", "scores.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(b), ",1982-") || strings.Contains(string(b), ",2015-") {
		t.Error("scores.csv still covers the tail")
	}
	// -from brings the tail back, without a note
	code, stdout, stderr = runCLI(t, false, "-o", filepath.Join(dir, "all"), "-formats", "csv", "-from", "1982-01", gdelt)
	if code != exitOK || strings.Contains(stdout, "sparse tail") {
		t.Errorf("-from 1982-01: exit %d\n%s\n%s", code, stdout, stderr)
	}
}
