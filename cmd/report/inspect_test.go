package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/entente/entente/country"
	"github.com/entente/entente/dataset"
	"github.com/entente/entente/internal/sharedtest"
	"github.com/entente/entente/report"
)

func inspectCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb}
	code := run(e, append([]string{"inspect"}, args...))
	return code, out.String(), errb.String()
}

// linesWith returns the output lines starting with prefix.
func linesWith(out, prefix string) []string {
	var got []string
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, prefix) {
			got = append(got, l)
		}
	}
	return got
}

func TestInspectGDELTSample(t *testing.T) {
	path := sharedtest.Path(t, "data/gdelt/gdelt1_daily_events_sample_20160728.tsv")
	code, out, errs := inspectCLI(t, path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}

	// What the output must say, computed here from the raw file: 710 rows
	// (PROVENANCE.md), the SQLDATE range, and the undirected dyads of two
	// states (region codes such as AFR are not states; self-dyads apart).
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	first, last := "99999999", "00000000"
	counts := map[string]int{}
	self := map[string]bool{}
	state := func(code string) string {
		c, ok := country.Lookup(code)
		if !ok || !c.IsCountry() {
			return ""
		}
		return c.Code
	}
	rows := strings.Split(strings.TrimSuffix(string(raw), "\n"), "\n")
	for _, l := range rows {
		f := strings.Split(l, "\t")
		first, last = min(first, f[1]), max(last, f[1])
		a, b := state(f[7]), state(f[17])
		if a == "" || b == "" {
			continue
		}
		if b < a {
			a, b = b, a
		}
		if a == b {
			self[a] = true
			continue
		}
		counts[a+"-"+b]++
	}
	type dc struct {
		d string
		n int
	}
	var ranked []dc
	for d, n := range counts {
		ranked = append(ranked, dc{d, n})
	}
	sort.Slice(ranked, func(i, j int) bool {
		if ranked[i].n != ranked[j].n {
			return ranked[i].n > ranked[j].n
		}
		return ranked[i].d < ranked[j].d
	})
	iso := func(s string) string { return s[:4] + "-" + s[4:6] + "-" + s[6:] }
	want := []string{
		"file: " + path,
		"format: gdelt1",
		fmt.Sprintf("rows: read=%d kept=%d rejected=0 filtered=0", len(rows), len(rows)),
		"dates: " + iso(first) + " " + iso(last),
		fmt.Sprintf("dyads: %d self=%d", len(counts), len(self)),
	}
	if len(rows) != 710 {
		t.Fatalf("the sample has %d rows; PROVENANCE.md says 710", len(rows))
	}
	for _, w := range want {
		if !strings.Contains(out, w+"\n") {
			t.Errorf("output lacks %q:\n%s", w, out)
		}
	}
	var wantBusiest []string
	for i := 0; i < len(ranked) && i < report.DefaultMaxDyads; i++ { // -max-dyads' default
		wantBusiest = append(wantBusiest, fmt.Sprintf("busiest: %d %s %d", i+1, ranked[i].d, ranked[i].n))
	}
	if got := linesWith(out, "busiest: "); strings.Join(got, "\n") != strings.Join(wantBusiest, "\n") {
		t.Errorf("busiest:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(wantBusiest, "\n"))
	}
	if len(linesWith(out, "rows: ")) != 1 {
		t.Error("want exactly one rows: line per file")
	}
}

func TestInspectICEWSDedup(t *testing.T) {
	path := sharedtest.Path(t, "data/icews/events.2018.sample.tab")
	code, out, errs := inspectCLI(t, "-dedup", "actors", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	// PROVENANCE.md: 3,705 rows of 2018-06-01..02, 2,734 distinct
	// (date, source, target, code) keys → 971 rows merged
	for _, w := range []string{
		"format: icews",
		"rows: read=3705 kept=3705 rejected=0 filtered=0",
		"dates: 2018-06-01 2018-06-02",
		"dedup: in=3705 out=2734 merged=971",
	} {
		if !strings.Contains(out, w+"\n") {
			t.Errorf("output lacks %q:\n%s", w, out)
		}
	}
	if len(linesWith(out, "busiest: ")) != report.DefaultMaxDyads {
		t.Errorf("want the -max-dyads default of busiest dyads:\n%s", out)
	}
}

// badFile writes a GDELT 1.0 file of the sample's first rows with two bad
// rows (lines 3 and 6) and returns its path and the bad lines.
func badFile(t *testing.T) (string, []string) {
	t.Helper()
	raw, err := os.ReadFile(sharedtest.Path(t, "data/gdelt/gdelt1_daily_events_sample_20160728.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	rows := strings.Split(string(raw), "\n")[:6]
	badDate := strings.Replace(rows[2], "\t20150729\t", "\t20150732\t", 1)
	if badDate == rows[2] {
		t.Fatal("fixture: the sample's third row no longer has SQLDATE 20150729")
	}
	rows[2] = badDate
	rows[5] = "not a gdelt row"
	path := filepath.Join(t.TempDir(), "bad.tsv")
	if err := os.WriteFile(path, []byte(strings.Join(rows, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return path, []string{rows[2], rows[5]}
}

func TestInspectRejects(t *testing.T) {
	path, bad := badFile(t)
	rejects := filepath.Join(t.TempDir(), "rejects.tsv")
	code, out, errs := inspectCLI(t, "-rejects", rejects, path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, w := range []string{
		"rows: read=6 kept=4 rejected=2 filtered=0",
		"reject: 1 SQLDATE: invalid date",
		"reject: 1 wrong number of columns",
		"sample: " + path + ":3: column SQLDATE (field 2): invalid date (value \"20150732\")",
	} {
		if !strings.Contains(out, w+"\n") {
			t.Errorf("output lacks %q:\n%s", w, out)
		}
	}
	if len(linesWith(out, "sample: "+path+":6: ")) != 1 {
		t.Errorf("no sample for line 6:\n%s", out)
	}
	got, err := os.ReadFile(rejects)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != bad[0]+"\n"+bad[1]+"\n" {
		t.Errorf("rejects file = %q", got)
	}

	// strict: the first bad row stops the file, exit 1, accounting shown
	code, out, errs = inspectCLI(t, "-strict", path)
	if code != 1 || !strings.Contains(out, "rows: read=3 kept=2 rejected=1 filtered=0\n") || !strings.Contains(errs, ":3: column SQLDATE") {
		t.Errorf("strict: exit %d\n%s\n%s", code, out, errs)
	}
}

func TestInspectErrors(t *testing.T) {
	path, _ := badFile(t)
	missing := filepath.Join(t.TempDir(), "missing.tsv")
	code, out, errs := inspectCLI(t, missing, path)
	if code != 1 || !strings.Contains(errs, "missing.tsv") {
		t.Errorf("missing file: exit %d, stderr %q", code, errs)
	}
	if !strings.Contains(out, "file: "+path+"\n") {
		t.Errorf("the readable file was not described:\n%s", out)
	}
	if code, _, _ := inspectCLI(t, "-dedup", "names", path); code != 2 {
		t.Errorf("bad -dedup: exit %d, want 2", code)
	}
	if code, _, _ := inspectCLI(t, "-format", "xls", path); code != 2 {
		t.Errorf("bad -format: exit %d, want 2", code)
	}
	if code, _, _ := inspectCLI(t, "-nosuchflag"); code != 2 {
		t.Errorf("bad flag: exit %d, want 2", code)
	}
	code, _, errs = inspectCLI(t, "-h")
	if code != 0 || !strings.Contains(errs, "rows: read=N kept=N rejected=N filtered=N") {
		t.Errorf("-h: exit %d, help:\n%s", code, errs)
	}
	// No FILE: the embedded chronology, in the same format as a file.
	// 1900 rows, all kept: chronology/events.csv (v7) has 1901 lines with its
	// header, and chronology's own tests require every row to be kept.
	code, out, _ = inspectCLI(t)
	for _, want := range []string{"file: chronology/events.csv\nformat: csv\n", "rows: read=1900 kept=1900 rejected=0 filtered=0\n", "dates: 2012-", "CHN-RUS"} {
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("no FILE: exit %d, output lacks %q:\n%s", code, want, out)
		}
	}
}

// The hook, once wired, describes what it returns.
func TestInspectDefaultHook(t *testing.T) {
	path := sharedtest.Path(t, "data/gdelt/gdelt1_daily_events_sample_20160728.tsv")
	saved := defaultInput
	defer func() { defaultInput = saved }()
	defaultInput = func(ro *dataset.ReadOptions) (*dataset.Reader, string, error) {
		r, err := dataset.Open(path, ro)
		return r, "embedded", err
	}
	code, out, errs := inspectCLI(t)
	if code != 0 || !strings.Contains(out, "rows: read=710 kept=710 rejected=0 filtered=0\n") {
		t.Errorf("exit %d\n%s\n%s", code, out, errs)
	}
}

// TestInspectQuiet: -q means quiet in inspect as in every subcommand
// (README): for a command whose output is the description, each input's
// accounting line alone, in the form every command prints it (NAME: rows:
// read=N kept=N rejected=N filtered=N), the same counts as the full
// description's rows: line; errors still go to stderr, with exit 1.
func TestInspectQuiet(t *testing.T) {
	good := filepath.Join("..", "..", "chronology", "events.csv")
	bad := filepath.Join(t.TempDir(), "bad.csv")
	if err := os.WriteFile(bad, []byte("date,source,target,code\n2020-01-02,CHN,RUS,042\n2020-13-45,CHN,RUS,042\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, full, errs := runCLI(t, false, "inspect", good, bad)
	if code != 0 {
		t.Fatalf("inspect: exit %d: %s", code, errs)
	}
	var want []string
	files := []string{good, bad}
	for _, l := range strings.Split(full, "\n") {
		if strings.HasPrefix(l, "rows: ") {
			want = append(want, files[len(want)]+": "+l)
		}
	}
	code, quiet, errs := runCLI(t, false, "inspect", "-q", good, bad)
	if code != 0 || errs != "" || quiet != strings.Join(want, "\n")+"\n" {
		t.Errorf("inspect -q: exit %d, stderr %q, output:\n%s\nwant:\n%s", code, errs, quiet, strings.Join(want, "\n"))
	}
	if !strings.Contains(quiet, bad+": rows: read=2 kept=1 rejected=1 filtered=0") {
		t.Errorf("inspect -q: %s lacks its accounting (2 rows, one bad date):\n%s", bad, quiet)
	}
	missing := filepath.Join(t.TempDir(), "missing.csv")
	code, quiet, errs = runCLI(t, false, "inspect", "-quiet", good, missing)
	if code != exitFailure || !strings.Contains(errs, "missing.csv") || strings.Count(quiet, "\n") != 1 {
		t.Errorf("inspect -quiet with a missing file: exit %d, output %q, stderr %q", code, quiet, errs)
	}
}
