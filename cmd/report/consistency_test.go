package main

import (
	"encoding/csv"
	"github.com/entente/entente/internal/sharedtest"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/entente/entente/chronology"
	"github.com/entente/entente/dataset"
	"github.com/entente/entente/report"
	"github.com/entente/entente/score"
)

// TestCLIMatchesLibrary: for the same input (the embedded chronology,
// default options) the report's summary.csv, `report score -model level`
// and the library (score.PanelFromEvents on the chronology read
// government to government and deduplicated, as the commands read it)
// give the same level, lasting states included (issue 11: report, CLI,
// library and notebooks give the same numbers). scores.csv rounds to 8
// significant digits (score.FormatFloat) and summary.csv to 6 decimals,
// hence the tolerance of 1e-6.
func TestCLIMatchesLibrary(t *testing.T) {
	dir := t.TempDir()
	if code, _, errs := runCLI(t, false, "-q", "-o", dir, "-date", "2026-01-02", "-formats", "csv"); code != 0 {
		t.Fatalf("report: exit %d: %s", code, errs)
	}
	summary := readCSVFile(t, filepath.Join(dir, "summary.csv"))
	code, out, errs := runCLI(t, false, "score", "-q", "-model", "level", "-dyads", "CHN-RUS,CHN-VEN,CHN-USA,RUS-USA,USA-VEN,RUS-VEN,RUS-UKR,CHN-IND")
	if code != 0 {
		t.Fatalf("report score: exit %d: %s", code, errs)
	}
	scored, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}

	events, _, err := chronology.ReadAsReport()
	if err != nil {
		t.Fatal(err)
	}
	events, _ = dataset.Dedup(events, nil)
	p, err := score.PanelFromEvents(events, nil)
	if err != nil {
		t.Fatal(err)
	}
	lib := map[string]map[string]float64{} // dyad → period → level
	for _, d := range chronology.CoreDyads() {
		s, err := (&score.LevelOptions{}).Score(p, d)
		if err != nil {
			t.Fatal(err)
		}
		m := map[string]float64{}
		for _, pt := range s.Points {
			m[pt.Start.Format("2006-01-02")] = pt.Value
		}
		lib[d.String()] = m
	}
	close := func(a, b float64) bool { return math.Abs(a-b) <= 1e-6*math.Max(1, math.Abs(b)) }

	col := func(header []string, name string) int {
		for i, h := range header {
			if h == name {
				return i
			}
		}
		t.Fatalf("no column %q in %v", name, header)
		return -1
	}
	h := summary[0]
	nd, ip, il := col(h, "dyad"), col(h, "period"), col(h, "level")
	if len(summary) != 1+len(chronology.CoreDyads()) {
		t.Fatalf("summary.csv has %d rows, want %d", len(summary)-1, len(chronology.CoreDyads()))
	}
	for _, r := range summary[1:] {
		v, err := strconv.ParseFloat(r[il], 64)
		if want := lib[r[nd]][r[ip]]; err != nil || !close(v, want) {
			t.Errorf("summary.csv %s %s: level %s, library %v", r[nd], r[ip], r[il], want)
		}
	}
	h = scored[0]
	nd, ip, iv, im := col(h, "dyad"), col(h, "period"), col(h, "value"), col(h, "model")
	n := 0
	for _, r := range scored[1:] {
		if r[im] != "level" {
			continue
		}
		want, ok := lib[r[nd]][r[ip]]
		if !ok {
			t.Errorf("report score %s %s: not in the library's grid", r[nd], r[ip])
			continue
		}
		if r[iv] == "" {
			if !math.IsNaN(want) {
				t.Errorf("report score %s %s: empty, library %v", r[nd], r[ip], want)
			}
			continue
		}
		v, err := strconv.ParseFloat(r[iv], 64)
		if err != nil || !close(v, want) {
			t.Errorf("report score %s %s: %s, library %v", r[nd], r[ip], r[iv], want)
		}
		n++
	}
	if n < 8*100 {
		t.Errorf("report score gave %d level values, want the eight dyads' months", n)
	}
}

func readCSVFile(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil || len(rows) < 2 {
		t.Fatalf("%s: %v (%d rows)", path, err, len(rows))
	}
	return rows
}

// TestTopDoesNotChangeScores: how many top events a report lists is a
// display choice; the level reads its lasting states from the aggregation's
// mark sums (dataset.Stats.Marks), not from the kept events, so scores.csv
// is the same with -top 0, the default and -top 20.
func TestTopDoesNotChangeScores(t *testing.T) {
	var want []byte
	for _, top := range []string{"5", "0", "20"} {
		dir := t.TempDir()
		if code, _, errs := runCLI(t, false, "-q", "-o", dir, "-date", "2026-01-02", "-formats", "csv", "-top", top); code != 0 {
			t.Fatalf("report -top %s: exit %d: %s", top, code, errs)
		}
		got, err := os.ReadFile(filepath.Join(dir, "scores.csv"))
		if err != nil {
			t.Fatal(err)
		}
		if want == nil {
			want = got
		} else if string(got) != string(want) {
			t.Errorf("-top %s: scores.csv differs from the default's:\n%s", top, lineDiff(string(got), string(want)))
		}
	}
}

// TestScoreDefaultsMatchReport: `report score` with no flag scores what
// the main job reports (issue 11, review): the headline model
// (report.DefaultIndex) for the dyads the main job picks (the eight the
// embedded chronology was built for), each from its first event on, with
// the thin_evidence column of the one rule (report.ThinEvidence), so that
// its output is byte for byte the main job's scores.csv less the rows of
// the other models; with -model naming the models scores.csv holds, in
// its order, it is scores.csv itself. -index is -model's other name;
// -grid writes the full grid from the data's first month, empty before a
// dyad's first event (the chronology starts in January 2012; CHN-IND's
// first event is later, chronology/events.csv), and thin there (no event
// in the 24 months up to it).
func TestScoreDefaultsMatchReport(t *testing.T) {
	dir := t.TempDir()
	if code, _, errs := runCLI(t, false, "-q", "-o", dir, "-date", "2026-01-02", "-formats", "csv"); code != 0 {
		t.Fatalf("report: exit %d: %s", code, errs)
	}
	raw, err := os.ReadFile(filepath.Join(dir, "scores.csv"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(string(raw), "\n")
	if got := lines[0]; got != score.TidyHeader+","+report.ScoresThinColumn+"\n" {
		t.Fatalf("scores.csv header %q", got)
	}
	want := lines[0]
	var models []string // scores.csv's models, in its order
	for _, l := range lines[1:] {
		f := strings.SplitN(l, ",", 4)
		if len(f) < 4 {
			continue
		}
		if f[2] == report.DefaultIndex {
			want += l
		}
		if !slices.Contains(models, f[2]) {
			models = append(models, f[2])
		}
	}
	code, out, errs := runCLI(t, false, "score", "-q")
	if code != 0 {
		t.Fatalf("report score: exit %d: %s", code, errs)
	}
	if out != want {
		t.Errorf("report score differs from scores.csv's %s rows:\n%s", report.DefaultIndex, lineDiff(out, want))
	}
	if n := strings.Count(out, "\n") - 1; n < 8*100 {
		t.Errorf("report score wrote %d rows, want the eight dyads' months", n)
	}
	if !strings.Contains(out, ",true\n") || !strings.Contains(out, ",false\n") {
		t.Errorf("report score: thin_evidence is never true or never false; the chronology has thin and well-covered months")
	}
	got := strings.Split(strings.TrimSuffix(out, "\n"), "\n")[1:]
	seen := map[string]bool{}
	for _, l := range got {
		seen[strings.SplitN(l, ",", 2)[0]] = true
	}
	for _, d := range chronology.CoreDyads() {
		if !seen[d.String()] {
			t.Errorf("report score has no rows for %s", d)
		}
	}
	// every model of scores.csv, in its order: scores.csv itself
	if code, all, errs := runCLI(t, false, "score", "-q", "-model", strings.Join(models, ",")); code != 0 || all != string(raw) {
		t.Errorf("report score -model %s: exit %d (%s); differs from scores.csv:\n%s", strings.Join(models, ","), code, errs, lineDiff(all, string(raw)))
	}

	// -index is -model's other name; both, naming different models, is a
	// usage error
	if code, alias, errs := runCLI(t, false, "score", "-q", "-index", report.DefaultIndex); code != 0 || alias != out {
		t.Errorf("report score -index %s: exit %d, same output %v: %s", report.DefaultIndex, code, alias == out, errs)
	}
	if code, _, errs := runCLI(t, false, "score", "-q", "-index", "kalman", "-model", "goldstein"); code != exitUsage {
		t.Errorf("-index kalman -model goldstein: exit %d, want %d: %s", code, exitUsage, errs)
	}

	// -grid: every month from the data's first, CHN-IND's first ones empty
	code, grid, errs := runCLI(t, false, "score", "-q", "-grid", "-dyads", "CHN-IND")
	if code != 0 {
		t.Fatalf("report score -grid: exit %d: %s", code, errs)
	}
	rows := strings.Split(grid, "\n")
	if !strings.HasPrefix(rows[1], "CHN-IND,2012-01-01,level,,,,0,true") {
		t.Errorf("report score -grid starts %q, want CHN-IND's empty January 2012", rows[1])
	}
	var first string
	for _, l := range got {
		if strings.HasPrefix(l, "CHN-IND,") {
			first = l
			break
		}
	}
	if !strings.Contains(grid, "\n"+first+"\n") || strings.Count(grid, "\n")-1 <= strings.Count(out, "\nCHN-IND,") {
		t.Errorf("report score -grid: want the default's CHN-IND rows (from %q) and the empty months before them", first)
	}
}

// TestScoreDefaultsMatchReportOnFile: on an event file (the chronology's
// CSV, read as a file: no core dyads), `report` and `report score` with
// default flags pick the same busiest dyads (report.DefaultMaxDyads) and
// write the same headline rows.
func TestScoreDefaultsMatchReportOnFile(t *testing.T) {
	in := filepath.Join("..", "..", "chronology", "events.csv")
	dir := t.TempDir()
	if code, _, errs := runCLI(t, false, "-q", "-o", dir, "-date", "2026-01-02", "-formats", "csv", in); code != 0 {
		t.Fatalf("report: exit %d: %s", code, errs)
	}
	var want []string
	dyads := map[string]bool{}
	for _, r := range readCSVFile(t, filepath.Join(dir, "scores.csv"))[1:] {
		if r[2] == report.DefaultIndex {
			want = append(want, strings.Join(r, ","))
			dyads[r[0]] = true
		}
	}
	code, out, errs := runCLI(t, false, "score", "-q", in)
	if code != 0 {
		t.Fatalf("report score: exit %d: %s", code, errs)
	}
	got := strings.Split(strings.TrimSuffix(out, "\n"), "\n")[1:]
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("report score %s: %d rows, the report's scores.csv %d %s rows; they differ", in, len(got), len(want), report.DefaultIndex)
	}
	if len(dyads) != report.DefaultMaxDyads {
		t.Errorf("the report picked %d dyads, want report.DefaultMaxDyads = %d", len(dyads), report.DefaultMaxDyads)
	}
}

// On the embedded chronology an explicit -max-dyads picks the busiest
// dyads in both commands instead of the eight the chronology was built
// for (the two busiest of chronology v6 are China–United States, 252
// rows, and Russia–United States, 239: the data card's table), and
// `score -directed` scores both directions of each of the eight.
func TestEmbeddedMaxDyadsAndDirected(t *testing.T) {
	dir := t.TempDir()
	if code, _, errs := runCLI(t, false, "-q", "-o", dir, "-date", "2026-01-02", "-formats", "csv", "-max-dyads", "2"); code != 0 {
		t.Fatalf("report -max-dyads 2: exit %d: %s", code, errs)
	}
	var run []string
	for _, r := range readCSVFile(t, filepath.Join(dir, "summary.csv"))[1:] {
		run = append(run, r[0])
	}
	_, out, errs := runCLI(t, false, "score", "-q", "-max-dyads", "2")
	got := map[string]bool{}
	for _, l := range strings.Split(strings.TrimSpace(out), "\n")[1:] {
		got[strings.SplitN(l, ",", 2)[0]] = true
	}
	if strings.Join(run, ",") != "CHN-USA,RUS-USA" || len(got) != 2 || !got["CHN-USA"] || !got["RUS-USA"] {
		t.Errorf("-max-dyads 2: report %v, score %v (%s); want CHN-USA and RUS-USA", run, got, errs)
	}
	_, out, errs = runCLI(t, false, "score", "-q", "-directed")
	got = map[string]bool{}
	for _, l := range strings.Split(strings.TrimSpace(out), "\n")[1:] {
		got[strings.SplitN(l, ",", 2)[0]] = true
	}
	if len(got) != 16 || !got["RUS→CHN"] || !got["CHN→RUS"] || !got["UKR→RUS"] {
		t.Errorf("score -directed: %d directed dyads %v (%s); want both directions of the eight", len(got), got, errs)
	}
}

// On an event file with a sparse tail (the GDELT sample: 70 backfile
// events dated 1982-01 to 2015-07 before the continuous July 2016), report
// score starts where the main job does (the sparse-tail rule) and picks
// the same busiest dyads: its level rows are the main job's.
func TestScoreDefaultsMatchReportSparseTail(t *testing.T) {
	in := sharedtest.Path(t, "data/gdelt/gdelt1_daily_events_sample_20160728.tsv")
	dir := t.TempDir()
	if code, _, errs := runCLI(t, false, "-q", "-o", dir, "-date", "2026-01-02", "-formats", "csv", in); code != 0 {
		t.Fatalf("report: exit %d: %s", code, errs)
	}
	var want []string
	for _, r := range readCSVFile(t, filepath.Join(dir, "scores.csv"))[1:] {
		if r[2] == report.DefaultIndex {
			want = append(want, strings.Join(r, ","))
		}
	}
	code, out, errs := runCLI(t, false, "score", in)
	if code != 0 {
		t.Fatalf("report score: exit %d: %s", code, errs)
	}
	got := strings.Split(strings.TrimSuffix(out, "\n"), "\n")[1:]
	if strings.Join(got, "\n") != strings.Join(want, "\n") || len(want) == 0 {
		t.Errorf("report score:\n%s\nscores.csv level rows:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if !strings.Contains(errs, "rule: sparse tail") {
		t.Errorf("report score does not say where its period starts: %s", errs)
	}
}

// The library builds the report `report FILE` writes, byte for byte, from
// the same file with default options (the README's second Go block:
// dataset.IngestFiles with Options.IngestOptions, then report.Build): on
// the GDELT sample, whose first periods are a sparse tail, both start
// where the data becomes continuous (report.FindSparseTail; issue 11: the
// rule lived in the command alone, and the library's report ran from
// 1982).
func TestLibraryMatchesCLISparseTail(t *testing.T) {
	in := sharedtest.Path(t, "data/gdelt/gdelt1_daily_events_sample_20160728.tsv")
	cli, lib := t.TempDir(), filepath.Join(t.TempDir(), "lib")
	if code, _, errs := runCLI(t, false, "-q", "-o", cli, "-date", "2026-01-02", "-formats", "csv,html", in); code != 0 {
		t.Fatalf("report: exit %d: %s", code, errs)
	}
	opts := &report.Options{Generated: time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC), Version: version()}
	ing, reps, err := dataset.IngestFiles([]string{in}, opts.IngestOptions())
	if err != nil {
		t.Fatal(err)
	}
	src := report.SourceFromReport(reps[0])
	src.Name = in
	opts.Sources = []report.Source{src}
	r, err := report.Build(ing, opts)
	if err != nil {
		t.Fatal(err)
	}
	if r.SparseTail == nil {
		t.Error("the library's report has no sparse tail")
	}
	if err := r.WriteDir(lib, &report.Formats{CSV: true, HTML: true}); err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob(filepath.Join(cli, "*.*"))
	if err != nil || len(files) < 5 {
		t.Fatalf("the command wrote %v (%v)", files, err)
	}
	for _, f := range files {
		want, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(filepath.Join(lib, filepath.Base(f)))
		if err != nil {
			t.Error(err)
			continue
		}
		if string(got) != string(want) {
			t.Errorf("%s: the library's differs from the command's", filepath.Base(f))
		}
	}
}
