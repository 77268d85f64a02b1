package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/entente/entente/bench/gdeltgen"
	"github.com/entente/entente/dataset"
	"github.com/entente/entente/internal/sharedtest"
)

// aggregateElsewhere does what the beam pipeline does with event files,
// in process: read them with the default role filter, merge repeated
// reports across all of them (dataset.Dedup, input order), aggregate the
// merged events by day, and keep the evidence of every dyad-day
// (dataset.TopEvidence, top lines per pool); then it writes both as two
// shards each (dyads split by their first country). Order is the merged
// event's first appearance.
func aggregateElsewhere(t *testing.T, raw []string, top int) (stats, evidence []string) {
	t.Helper()
	ro := &dataset.ReadOptions{Filter: &dataset.Filter{Roles: dataset.DefaultRoleFilter()}}
	var all []dataset.Event
	for _, p := range raw {
		evs, _, err := dataset.ReadFile(p, ro)
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, evs...)
	}
	merged, _ := dataset.Dedup(all, nil)
	day := &dataset.AggregateOptions{Granularity: dataset.Day}
	tab := dataset.NewTable(day)
	var rows []dataset.EvidenceRow
	for i := range merged {
		e := &merged[i]
		if tab.Add(e) {
			rows = append(rows, dataset.EvidenceRow{Dyad: dataset.Dyad{A: e.Source.Country, B: e.Target.Country}, Start: e.Date, Order: int64(i), Event: *e})
		}
	}
	stats = writeStatsShards(t, tab, "actors")
	dir := t.TempDir()
	var parts [2][]dataset.EvidenceRow
	for _, r := range dataset.TopEvidence(rows, top, day) {
		k := 0
		if r.Dyad.A >= "M" {
			k = 1
		}
		parts[k] = append(parts[k], r)
	}
	for k, rows := range parts {
		var b bytes.Buffer
		if err := dataset.WriteEvidenceRows(&b, &dataset.EvidenceInfo{Options: *day, Dedup: "actors", Roles: "government", Top: top}, rows); err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, "evidence-"+string(rune('0'+k))+".csv")
		if err := os.WriteFile(p, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		evidence = append(evidence, p)
	}
	return stats, evidence
}

// TestReportStatsInput is the acceptance check for the default
// command: `report -o out STATS… EVIDENCE…` writes the scores.csv,
// summary.csv, top-events.csv and change-points.csv that `report -o out
// RAWFILES…` writes (the shared GDELT and ICEWS samples; generated GDELT
// files), with and without -dyads; with stats alone, the same scores of
// every model, the level included (its lasting states are read from the
// stats' mark sums), no top events, and a note saying why.
func TestReportStatsInput(t *testing.T) {
	gen := t.TempDir()
	var generated []string
	for seed := uint64(1); seed <= 2; seed++ {
		o := gdeltgen.DefaultOptions()
		o.Rows, o.Seed = 20000, seed
		var b bytes.Buffer
		if err := gdeltgen.Write(&b, o); err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(gen, "gen-"+string(rune('0'+seed))+".tsv")
		if err := os.WriteFile(p, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		generated = append(generated, p)
	}
	samples := []string{
		sharedtest.Path(t, "data/gdelt/gdelt1_daily_events_sample_20160728.tsv"),
		sharedtest.Path(t, "data/icews/events.2018.sample.tab"),
	}
	csvs := []string{"scores.csv", "summary.csv", "top-events.csv", "change-points.csv"}
	for _, c := range []struct {
		raw  []string
		args []string
		// located: every input is a plain GDELT file, whose first
		// reports the raw run reads again (see below)
		located bool
	}{
		{samples, nil, false},
		{samples, []string{"-dyads", "RUS-USA,CHN-USA", "-top", "3"}, false},
		{generated, []string{"-period", "quarter", "-max-dyads", "4"}, true},
	} {
		stats, evidence := aggregateElsewhere(t, c.raw, 10)
		base := append([]string{"-formats", "csv", "-date", "2026-01-02", "-q"}, c.args...)
		dir := t.TempDir()
		run := func(out string, inputs []string) {
			t.Helper()
			args := append(append(append([]string(nil), base...), "-o", filepath.Join(dir, out)), inputs...)
			if code, _, errs := scoreCLI(t, args...); code != 0 {
				t.Fatalf("report %v: exit %d: %s", args, code, errs)
			}
		}
		run("raw", c.raw)
		run("stats", append(append([]string(nil), stats...), evidence...))
		run("bare", stats)
		// Without -dyads the raw run's evidence comes from the first
		// pass's candidates or a second pass, which keep no merged text
		// per event (dataset.IngestOptions.EvidenceFirstTexts and
		// EvidenceOnly): an event that entered its pool on a later report
		// shows its first report's URL, read again from a plain file
		// (keeping the merged texts of the candidates' groups took the
		// main job on the 2M-row file from 104 to 133 MB, over issue 13's
		// 128 MB; BENCHMARKS.md, "Bounded evidence"). A first report that
		// cannot be read again — an event of another format (the ICEWS
		// sample), a compressed input — leaves the URL, reference and
		// source of the report it entered on. With the dyads it picked
		// given as -dyads, the raw run keeps the merged texts, as the
		// evidence files do: where some inputs cannot be located the
		// evidence is compared with that run; where all can, with the run
		// without -dyads, which must also equal the -dyads run.
		evRef := "raw"
		if len(c.args) == 0 || c.args[0] != "-dyads" {
			dyads, from := picked(t, filepath.Join(dir, "raw", "scores.csv"))
			run("raw-dyads", append(append([]string{"-dyads", dyads, "-from", from}, c.args...), c.raw...))
			if !c.located {
				evRef = "raw-dyads"
			}
			for _, name := range csvs {
				a, _ := os.ReadFile(filepath.Join(dir, "raw", name))
				b, _ := os.ReadFile(filepath.Join(dir, "raw-dyads", name))
				if c.located && !bytes.Equal(a, b) {
					t.Errorf("%v %v: %s without -dyads differs from the run with the dyads it picked:\n%s", c.raw, c.args, name, lineDiff(string(a), string(b)))
				}
			}
		}
		for _, name := range csvs {
			ref := "raw"
			if name == "top-events.csv" || name == "change-points.csv" {
				ref = evRef
			}
			raw, err := os.ReadFile(filepath.Join(dir, ref, name))
			if err != nil {
				t.Fatal(err)
			}
			got, _ := os.ReadFile(filepath.Join(dir, "stats", name))
			if !bytes.Equal(got, raw) {
				t.Errorf("%v %v: %s from stats + evidence differs from the %s run's (%d vs %d bytes):\n%s", c.raw, c.args, name, ref, len(got), len(raw), lineDiff(string(got), string(raw)))
			}
			if name == "scores.csv" || name == "summary.csv" {
				if strings.Count(string(raw), "\n") < 3 {
					t.Errorf("%v: %s has %d lines: too little to compare", c.raw, name, strings.Count(string(raw), "\n"))
				}
				// Stats alone: every model is the raw run's, the level
				// too: its lasting states (sanctions, war…) are read from
				// the stats' mark sums (dataset.Stats.Marks), not from the
				// kept events.
				bare, _ := os.ReadFile(filepath.Join(dir, "bare", name))
				if name == "scores.csv" {
					if b, r := string(bare), string(raw); b != r || !strings.Contains(r, ",level,") {
						t.Errorf("%v %v: %s from stats alone differs from the raw files' (or has no level rows):\n%s", c.raw, c.args, name, lineDiff(b, r))
					}
				}
			}
		}
		if top, _ := os.ReadFile(filepath.Join(dir, "raw", "top-events.csv")); strings.Count(string(top), "\n") < 3 {
			t.Errorf("%v: the raw run lists no top events: nothing compared", c.raw)
		}
		if top, err := os.ReadFile(filepath.Join(dir, "bare", "top-events.csv")); err == nil && strings.Count(string(top), "\n") > 1 {
			t.Errorf("%v: stats without evidence list top events:\n%s", c.raw, top)
		}
	}
}

// TestReportStatsNote: without evidence files the command says so, on
// standard output and in the report's methods (Notes on the data).
func TestReportStatsNote(t *testing.T) {
	raw := []string{sharedtest.Path(t, "data/gdelt/gdelt1_daily_events_sample_20160728.tsv")}
	stats, evidence := aggregateElsewhere(t, raw, 10)
	out := filepath.Join(t.TempDir(), "r")
	code, stdout, errs := scoreCLI(t, append([]string{"-formats", "csv,html", "-date", "2026-01-02", "-o", out}, stats...)...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(stdout, "note: no evidence files") || !strings.Contains(errs, "no evidence files") {
		t.Errorf("no note on the output:\n%s\n%s", stdout, errs)
	}
	html, _ := os.ReadFile(filepath.Join(out, "report.html"))
	if !strings.Contains(string(html), "without evidence files") {
		t.Errorf("the report's methods do not say that the evidence is missing")
	}
	if strings.Contains(string(html), "reads no lasting states") {
		t.Errorf("the report's methods still say that stats alone read no lasting states (they are read from the mark sums)")
	}
	if !strings.Contains(string(html), "aggregated elsewhere and read from 2 stats files") || !strings.Contains(string(html), "merged one a day by actors") {
		t.Errorf("the report's methods do not say where the statistics came from")
	}
	if code, _, errs := scoreCLI(t, append([]string{"score", "-o", filepath.Join(t.TempDir(), "s.csv")}, append(stats, evidence...)...)...); code != exitUsage || !strings.Contains(errs, "is an evidence file") {
		t.Errorf("report score on evidence: exit %d, %s", code, errs)
	}
	// the evidence pooled by month cannot serve a weekly report
	month := &dataset.AggregateOptions{Granularity: dataset.Month, ExcludeSelf: true}
	rows, _, _, err := dataset.ReadEvidenceFiles(evidence, nil, month, 10)
	if err != nil {
		t.Fatal(err)
	}
	var mb bytes.Buffer
	if err := dataset.WriteEvidenceRows(&mb, &dataset.EvidenceInfo{Options: *month, Dedup: "actors", Roles: "government", Top: 10}, rows); err != nil {
		t.Fatal(err)
	}
	monthly := filepath.Join(t.TempDir(), "evidence-month.csv")
	if err := os.WriteFile(monthly, mb.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{evidence, "give it with the stats files"},
		{append([]string{stats[0]}, raw...), "is a stats file but"},
		{append([]string{"-dedup", "off"}, stats...), `deduplicated with "actors", not "off"`},
		{append([]string{"-roles", "all"}, append(stats, evidence...)...), "-roles government"},
		{append([]string{"-top", "8"}, append(stats, evidence...)...), "kept 10 lines per dyad-period, 16 asked for"},
		{append([]string{"-period", "week"}, append(stats, monthly)...), "-evidence-period day"},
	} {
		args := append([]string{"-formats", "csv", "-o", filepath.Join(t.TempDir(), "x")}, c.args...)
		code, _, errs := scoreCLI(t, args...)
		if code == 0 || !strings.Contains(errs, c.want) {
			t.Errorf("%v: exit %d, stderr %q; want an error with %q", c.args, code, errs, c.want)
		}
	}
}

// picked returns the dyads of a scores.csv, in order, as -dyads takes
// them, and its first period (where the sparse-tail rule started it).
func picked(t *testing.T, path string) (dyads, from string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	seen := map[string]bool{}
	for _, line := range strings.Split(string(data), "\n")[1:] {
		f := strings.Split(line, ",")
		if len(f) < 2 {
			continue
		}
		if !seen[f[0]] {
			seen[f[0]] = true
			out = append(out, f[0])
		}
		if from == "" || f[1] < from {
			from = f[1]
		}
	}
	return strings.Join(out, ","), from
}

// lineDiff shows the first differing line of two texts.
func lineDiff(a, b string) string {
	la, lb := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(la) && i < len(lb); i++ {
		if la[i] != lb[i] {
			return "stats: " + la[i] + "\nraw:   " + lb[i]
		}
	}
	return "one is a prefix of the other"
}

// TestInspectEvidence: report inspect describes an evidence file (the
// GDELT sample's dates run from a backfile row of 1982-01-02 to 2016-07-28).
func TestInspectEvidence(t *testing.T) {
	raw := []string{sharedtest.Path(t, "data/gdelt/gdelt1_daily_events_sample_20160728.tsv")}
	_, evidence := aggregateElsewhere(t, raw, 10)
	code, out, errs := scoreCLI(t, "inspect", evidence[0])
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"file: " + evidence[0], "format: entente-evidence", "rows: read=", "dates: 1982-01-02 2016-07-28", "pools: ", "evidence: version=1 day undirected weight=one top=10 dedup=actors roles=government"} {
		if !strings.Contains(out, want) {
			t.Errorf("inspect output lacks %q:\n%s", want, out)
		}
	}
}
