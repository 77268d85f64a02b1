package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/entente/entente/internal/sharedtest"
)

// linesFrom returns the lines of a scores CSV whose period (second field)
// is from on, without the header.
func linesFrom(csv, from string) []string {
	var out []string
	for _, l := range strings.Split(strings.TrimSpace(csv), "\n")[1:] {
		if f := strings.Split(l, ","); len(f) > 1 && f[1] >= from {
			out = append(out, l)
		}
	}
	return out
}

// TestWindowSameValues: -from chooses the periods written, not the history
// scored, in the main job and in `report score` alike (the reviewer's
// defect): every line of the window is the full run's line of that period,
// value, band, count and thin flag. The reviewer's case: China–United
// States December 2025 at the main job's −4.94, not −3.76 with -from 2024,
// and October 2025 at −5.60, not −2.91 with -from 2025-10 (report's
// TestBuildWindowKeepsHistory checks that a restarted level differs).
func TestWindowSameValues(t *testing.T) {
	dir := t.TempDir()
	read := func(p string) string {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	for _, c := range []struct {
		name string
		args []string // the window's flags
		from string   // its first period
	}{
		{"run -from 2024", []string{"-from", "2024"}, "2024-01-01"},
		{"run -from 2025-10", []string{"-from", "2025-10"}, "2025-10-01"},
	} {
		full := filepath.Join(dir, "full")
		win := filepath.Join(dir, strings.ReplaceAll(c.name, " ", "_"))
		base := []string{"-q", "-formats", "csv", "-dyads", "CHN-USA,RUS-UKR", "-date", "2026-01-02"}
		if code, _, errs := runCLI(t, false, append(append([]string{}, base...), "-o", full)...); code != 0 {
			t.Fatalf("full run: exit %d: %s", code, errs)
		}
		if code, _, errs := runCLI(t, false, append(append(append([]string{}, base...), "-o", win), c.args...)...); code != 0 {
			t.Fatalf("%s: exit %d: %s", c.name, code, errs)
		}
		want := linesFrom(read(filepath.Join(full, "scores.csv")), c.from)
		got := linesFrom(read(filepath.Join(win, "scores.csv")), "")
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s: scores.csv is not the full run's lines from %s:\n%s\nwant\n%s", c.name, c.from, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		if len(got) == 0 {
			t.Errorf("%s: no line in the window", c.name)
		}
		// report score: the same lines (its default model is the
		// headline, level)
		code, all, errs := scoreCLI(t, "score", "-q", "-model", "level,kalman", "-dyads", "CHN-USA,RUS-UKR")
		if code != 0 {
			t.Fatalf("score: exit %d: %s", code, errs)
		}
		code, part, errs := scoreCLI(t, append([]string{"score", "-q", "-model", "level,kalman", "-dyads", "CHN-USA,RUS-UKR"}, c.args...)...)
		if code != 0 {
			t.Fatalf("score %v: exit %d: %s", c.args, code, errs)
		}
		if g, w := linesFrom(part, ""), linesFrom(all, c.from); strings.Join(g, "\n") != strings.Join(w, "\n") || len(g) == 0 {
			t.Errorf("score %v: not the full run's lines from %s:\n%s\nwant\n%s", c.args, c.from, strings.Join(g, "\n"), strings.Join(w, "\n"))
		}
	}
}

// TestWindowAccountingAndLasting: the run says the events before -from
// were read for the scores, and lists the sanctions regime from its
// opening, March 2018 (the main job's methods), not from the window's
// January 2024. China–United States: 290 events, 58 from 2024 on (the
// summary.csv events of the full and the -from 2024 runs), so 232 before.
func TestWindowAccountingAndLasting(t *testing.T) {
	out := filepath.Join(t.TempDir(), "o")
	code, stdout, errs := runCLI(t, false, "-o", out, "-formats", "html", "-dyads", "CHN-USA", "-from", "2024", "-date", "2026-01-02")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, w := range []string{
		"outside-period=232 other-dyads=0 reported=58",
		"events: 232 before -from read for the scores",
	} {
		if !strings.Contains(stdout, w) {
			t.Errorf("stdout lacks %q:\n%s", w, stdout)
		}
	}
	html, err := os.ReadFile(filepath.Join(out, "report.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{
		"232 fall outside the report period (before it: they informed the scores",
		"China – United States: sanctions from Mar 2018",
	} {
		if !strings.Contains(string(html), w) {
			t.Errorf("report.html lacks %q", w)
		}
	}
}

// TestNothingToReportNamesRange: a window that holds no event fails
// naming the window, what each filter removed and where the events kept
// lie, and the data's range (the reviewer's `-from 2015 -to 2015` on the
// GDELT sample ended "check -dyads and -roles" with no range). The
// sample's rows run from 1982-01-02 (a backfile row) to 2016-07-28, its
// day; the rows after 2015 are filtered by -to, as the account line
// counts them (503; README.md quotes it and the 57 events kept before
// 2015 that are dyadic, so that a change of either shows here); the chronology runs from 2012-01-08 to 2025-12-26, and
// all its 1891 events kept (1900 rows, 9 set aside by the role rule: its
// account line) lie before -from 2030.
func TestNothingToReportNamesRange(t *testing.T) {
	dir := t.TempDir()
	gdelt := sharedtest.Path(t, "data/gdelt/gdelt1_daily_events_sample_20160728.tsv")
	code, _, errs := runCLI(t, false, "-q", "-o", filepath.Join(dir, "g"), "-from", "2015", "-to", "2015", gdelt)
	if code != exitFailure {
		t.Fatalf("exit %d: %s", code, errs)
	}
	m := regexp.MustCompile(`filter: (\d+) outside -from/-to\n`).FindStringSubmatch(errs)
	if m == nil || m[1] != "503" {
		// 503 and 57: the figures README.md quotes for this command
		t.Fatalf("the date filter's account (want 503, README.md):\n%s", errs)
	}
	for _, w := range []string{
		"report: nothing to report: no events between two states in the report's period (2015-01-01 to 2015-12-31); 710 rows read, filtered on reading (outside -from/-to: " + m[1] + ",",
		"before -from, read for the scores but not shown: 57,",
		"; the data runs from 1982-01-02 to 2016-07-28: try -from 1982-01 -to 2016-07\n",
	} {
		if !strings.Contains(errs, w) {
			t.Errorf("-from 2015 -to 2015: stderr lacks %q:\n%s", w, errs)
		}
	}
	if strings.Contains(errs, "check -dyads and -roles") {
		t.Errorf("-from 2015 -to 2015 blames -dyads and -roles:\n%s", errs)
	}
	for _, args := range [][]string{
		{"-q", "-o", filepath.Join(dir, "c"), "-from", "2030"},
		{"score", "-q", "-from", "2030"},
	} {
		code, _, errs = runCLI(t, false, args...)
		want := "nothing to report: no events between two states in the report's period (from 2030-01-01); 1900 rows read, filtered on reading (role: opposition: 8, role: rebels: 1); 1891 events kept (before -from, read for the scores but not shown: 1891); the data runs from 2012-01-08 to 2025-12-26: try -from 2012-01 -to 2025-12\n"
		if code != exitFailure || !strings.Contains(errs, want) {
			t.Errorf("%v: exit %d:\n%s", args, code, errs)
		}
	}
}
