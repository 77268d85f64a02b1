package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/entente/entente/chronology"
)

// scoreCLI runs the command line and returns exit code, stdout and stderr.
func scoreCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb}
	code := run(e, args)
	return code, out.String(), errb.String()
}

// scoreFile writes a minimal event CSV (date,source,target,code) and
// returns its path.
func scoreFile(t *testing.T, rows ...string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "events.csv")
	body := "date,source,target,code\n" + strings.Join(rows, "\n") + "\n"
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// Events with GDELT Goldstein weights from the CAMEO codebook (042 = 1.9,
// 057 = 8.0, 112 = −2.0, 163 = −8.0) and GDELT quad classes (042, 057
// cooperative; 112, 163 conflictual).
var scoreRows = []string{
	"2020-01-10,CHN,RUS,042",
	"2020-01-20,RUS,CHN,057",
	"2020-03-03,RUS,CHN,042",
	"2020-03-04,CHN,RUS,112",
	"2020-03-05,RUS,CHN,163",
	"2020-03-05,CHN,USA,163",
}

func TestScoreHand(t *testing.T) {
	in := scoreFile(t, scoreRows...)
	code, out, errs := scoreCLI(t, "score", "-model", "goldstein,netcoop,volume", "-dyads", "RUS-CHN", "-dedup", "off", in)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	// By hand: January (1.9 + 8)/2 = 4.95, net cooperation 2/2 = 1;
	// February empty; March (1.9 − 2 − 8)/3 = −2.7, net (1 − 2)/3; the
	// CHN–USA event makes March's pair volume 4, so the volume share is
	// 3/4. Every row is thin: 2, 2 and 5 events in the 24 months up to
	// it, fewer than report.ThinEvents = 6.
	want := scoreTidyHeader +
		"CHN-RUS,2020-01-01,goldstein,4.95,,,2,true\n" +
		"CHN-RUS,2020-02-01,goldstein,,,,0,true\n" +
		"CHN-RUS,2020-03-01,goldstein,-2.7,,,3,true\n" +
		"CHN-RUS,2020-01-01,netcoop,1,,,2,true\n" +
		"CHN-RUS,2020-02-01,netcoop,,,,0,true\n" +
		"CHN-RUS,2020-03-01,netcoop,-0.33333333,,,3,true\n" +
		"CHN-RUS,2020-01-01,volume,1,,,2,true\n" +
		"CHN-RUS,2020-02-01,volume,,,,0,true\n" +
		"CHN-RUS,2020-03-01,volume,0.75,,,3,true\n"
	if out != want {
		t.Fatalf("output:\n%s\nwant:\n%s", out, want)
	}
	if !strings.Contains(errs, "rows: read=6 kept=6 rejected=0 filtered=0") {
		t.Errorf("stderr lacks the accounting: %s", errs)
	}
}

// scoreTidyHeader is the header report score writes: score's tidy CSV
// with scores.csv's thin_evidence column.
const scoreTidyHeader = "dyad,period,model,value,lower,upper,n,thin_evidence\n"

func TestScoreBadRowsCounted(t *testing.T) {
	in := scoreFile(t, append(append([]string{}, scoreRows...), "2020-13-45,CHN,RUS,042", "2020-03-09,CHN,RUS,ABC")...)
	code, out, errs := scoreCLI(t, "score", "-model", "goldstein", "-dyads", "CHN-RUS", "-dedup", "off", in)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	// The two bad rows are counted and shown with file:line; the scores
	// are those of the good rows.
	if !strings.Contains(errs, "rejected=2") || !strings.Contains(errs, in+":8") || !strings.Contains(errs, in+":9") {
		t.Errorf("stderr:\n%s", errs)
	}
	if !strings.Contains(out, "CHN-RUS,2020-03-01,goldstein,-2.7,,,3,true\n") {
		t.Errorf("output:\n%s", out)
	}
	code, _, errs = scoreCLI(t, "score", "-strict", "-dyads", "CHN-RUS", "-dedup", "off", in)
	if code != 1 || !strings.Contains(errs, in+":8") {
		t.Errorf("strict: exit %d, %s", code, errs)
	}
}

func TestScoreDedupAndFromTo(t *testing.T) {
	// The same CHN→RUS 042 reported twice on one day is one event after
	// dedup (the default); -from/-to keep whole months.
	rows := append([]string{"2020-03-03,RUS,CHN,042"}, scoreRows...)
	in := scoreFile(t, rows...)
	// -grid writes February, without events, empty.
	code, out, errs := scoreCLI(t, "score", "-model", "goldstein", "-grid", "-dyads", "CHN-RUS", "-from", "2020-02-15", "-to", "2020-03", in)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	want := scoreTidyHeader + "CHN-RUS,2020-02-01,goldstein,,,,0,true\nCHN-RUS,2020-03-01,goldstein,-2.7,,,3,true\n"
	if out != want || !strings.Contains(errs, "merged=1") {
		t.Fatalf("output:\n%s\nstderr:\n%s", out, errs)
	}
	// Without -grid the rows start at the dyad's first event, January,
	// before -from: the window's first month, February, is written (empty:
	// goldstein has no value without events), as the whole run writes it.
	code, out, errs = scoreCLI(t, "score", "-model", "goldstein", "-dyads", "CHN-RUS", "-from", "2020-02-15", "-to", "2020-03", in)
	if code != 0 || out != want {
		t.Fatalf("without -grid: exit %d, output:\n%s\nstderr:\n%s", code, out, errs)
	}
}

func TestScoreKalmanAndOutputFile(t *testing.T) {
	in := scoreFile(t, scoreRows...)
	o := filepath.Join(t.TempDir(), "scores.csv")
	code, out, errs := scoreCLI(t, "score", "-model", "kalman", "-state-variance", "0.5", "-obs-variance", "4", "-dyads", "CHN-RUS", "-o", o, "-q", in)
	if code != 0 || out != "" || errs != "" {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errs)
	}
	b, err := os.ReadFile(o)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	// Every kalman row has a band; February (no events) too.
	if len(lines) != 4 || !strings.HasPrefix(lines[2], "CHN-RUS,2020-02-01,kalman,") || strings.Contains(lines[2], ",,") {
		t.Fatalf("file:\n%s", b)
	}
	// Too few periods for the ML fit. Finding 9 of issue 15: score failed
	// where run falls back. It now falls back to goldstein for that dyad, as
	// run does, and says so; -no-fallback gives the clear error naming the
	// dyad and the flags that fix the variances.
	code, out, errs = scoreCLI(t, "score", "-model", "kalman-ml", "-dyads", "CHN-RUS", in)
	if code != 0 || !strings.Contains(errs, "report: note: CHN-RUS: kalman-ml needs more observed periods than this dyad has; scored with goldstein instead") {
		t.Fatalf("fallback: exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "CHN-RUS,2020-01-01,goldstein,") || strings.Contains(out, "kalman-ml") {
		t.Errorf("fallback output:\n%s", out)
	}
	code, _, errs = scoreCLI(t, "score", "-model", "kalman-ml", "-no-fallback", "-dyads", "CHN-RUS", "-q", in)
	if code != 1 || !strings.Contains(errs, "CHN-RUS") || !strings.Contains(errs, "-obs-variance") {
		t.Fatalf("-no-fallback: exit %d: %s", code, errs)
	}
}

func TestScoreUsageErrors(t *testing.T) {
	in := scoreFile(t, scoreRows...)
	for _, args := range [][]string{
		{"score", "-model", "tsinghua", in},
		{"score", "-model", "", in},
		{"score", "-dyads", "CHINA-RUSSIA", in},
		{"score", "-period", "fortnight", in},
		{"score", "-weight", "heavy", in},
		{"score", "-from", "2020-14", in},
		{"score", "-from", "2021", "-to", "2020", in},
		{"score", "-max-dyads", "-1", in},
		{"score", "-center", "middle", "-model", "level", in},
		{"score", "-start", "12", "-model", "level", in},
		{"score", "-dedup", "sometimes", in},
		{"score", "-nosuchflag", in},
	} {
		code, _, errs := scoreCLI(t, args...)
		if code != 2 {
			t.Errorf("%v: exit %d (%s), want 2", args[1:], code, errs)
		}
	}
	code, _, errs := scoreCLI(t, "score", "-h")
	if code != 0 || !strings.Contains(errs, "examples:") || !strings.Contains(errs, "-model") {
		t.Errorf("-h: exit %d\n%s", code, errs)
	}
	// A missing file is a runtime failure.
	if code, _, _ := scoreCLI(t, "score", filepath.Join(t.TempDir(), "none.csv")); code != 1 {
		t.Errorf("missing input: exit %d", code)
	}
}

func TestScoreEmbeddedChronology(t *testing.T) {
	if _, err := chronology.Events(); err != nil {
		t.Fatal(err)
	}
	args := []string{"score", "-model", "goldstein,level,kalman", "-dyads", "CHN-RUS,CHN-VEN", "-period", "year", "-quiet"}
	code, out, errs := scoreCLI(t, args...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if lines[0] != strings.TrimSpace(scoreTidyHeader) {
		t.Fatalf("header %q", lines[0])
	}
	counts := map[string]int{}
	for _, l := range lines[1:] {
		f := strings.Split(l, ",")
		counts[f[0]+" "+f[2]]++
	}
	// every model of a dyad has its rows from the dyad's first event on
	for _, k := range []string{"CHN-RUS level", "CHN-RUS kalman", "CHN-VEN level", "CHN-VEN kalman"} {
		g := strings.Fields(k)[0] + " goldstein"
		if counts[k] == 0 || counts[k] != counts[g] {
			t.Errorf("%s: %d rows (%s %d)", k, counts[k], g, counts[g])
		}
	}
	// Same input, byte-identical output.
	_, again, _ := scoreCLI(t, args...)
	if again != out {
		t.Error("output differs between two runs")
	}
}

func FuzzScoreBound(f *testing.F) {
	for _, s := range []string{"2024", "2024-06", "2024-06-15", "", "2024-13", "20240", "-1", "2024-02-30"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		start, err1 := scoreBound(s, "from", false)
		end, err2 := scoreBound(s, "to", true)
		if (err1 == nil) != (err2 == nil) {
			t.Fatalf("%q: from and to disagree on validity: %v / %v", s, err1, err2)
		}
		if err1 != nil {
			if !errors.Is(err1, errUsage) {
				t.Fatalf("%q: error %v is not a usage error", s, err1)
			}
			return
		}
		if end.Before(start) {
			t.Fatalf("%q: end %v before start %v", s, end, start)
		}
	})
}

// TestScoreThinEvidence: thin_evidence is report.ThinEvidence on each
// row's own series, whatever its shape (issue 11, item 3: the CLI writes
// the main job's column). The file: six CHN→RUS events in January 2020
// (distinct codes and days, so that none merge), one RUS→CHN event in
// March 2022. By the rule (fewer than 6 events in the 24 months up to the
// period, counting periods that start after its start minus 24 months):
//   - undirected, monthly: January 2020 has 6 (not thin), March 2022's
//     window starts after March 2020, so it holds 1 (thin);
//   - directed: CHN→RUS January 2020 has 6 (not thin); RUS→CHN March 2022
//     has 1 (thin): each direction counts its own events;
//   - yearly: 2020 has 6 (not thin); 2022's window (periods starting after
//     2020-01-01) holds 2021 and 2022: 1 (thin);
//   - -grid, monthly from -from 2019-12: December 2019, before the first
//     event, holds none (thin).
func TestScoreThinEvidence(t *testing.T) {
	in := scoreFile(t,
		"2020-01-02,CHN,RUS,042", "2020-01-03,CHN,RUS,043", "2020-01-04,CHN,RUS,051",
		"2020-01-05,CHN,RUS,057", "2020-01-06,CHN,RUS,036", "2020-01-07,CHN,RUS,040",
		"2022-03-01,RUS,CHN,112")
	for _, c := range []struct {
		args []string
		want []string // rows (prefix up to the model) → thin_evidence
	}{
		{[]string{"-model", "goldstein"}, []string{"CHN-RUS,2020-01-01,goldstein=false", "CHN-RUS,2022-03-01,goldstein=true"}},
		{[]string{"-model", "goldstein,level"}, []string{"CHN-RUS,2020-01-01,level=false", "CHN-RUS,2022-03-01,level=true"}},
		{[]string{"-model", "goldstein", "-directed", "-dyads", "CHN-RUS,RUS-CHN"}, []string{"CHN→RUS,2020-01-01,goldstein=false", "RUS→CHN,2022-03-01,goldstein=true"}},
		{[]string{"-model", "goldstein", "-period", "year"}, []string{"CHN-RUS,2020-01-01,goldstein=false", "CHN-RUS,2022-01-01,goldstein=true"}},
		{[]string{"-model", "goldstein", "-grid", "-from", "2019-12"}, []string{"CHN-RUS,2019-12-01,goldstein=true", "CHN-RUS,2020-01-01,goldstein=false"}},
	} {
		args := append(append([]string{"score", "-q", "-dyads", "CHN-RUS"}, c.args...), in)
		code, out, errs := scoreCLI(t, args...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", c.args, code, errs)
		}
		if !strings.HasPrefix(out, scoreTidyHeader) {
			t.Errorf("%v: header %q", c.args, strings.SplitN(out, "\n", 2)[0])
		}
		for _, w := range c.want {
			row, thin, _ := strings.Cut(w, "=")
			found := false
			for _, l := range strings.Split(out, "\n") {
				if strings.HasPrefix(l, row+",") {
					found = true
					if !strings.HasSuffix(l, ","+thin) {
						t.Errorf("%v: %s, want thin_evidence %s", c.args, l, thin)
					}
				}
			}
			if !found {
				t.Errorf("%v: no row %s in\n%s", c.args, row, out)
			}
		}
	}
}

// TestScoreDyadsWithoutEvents: -dyads whose pairs have no event fail as
// the main job fails (exit 1, run's message: which filter removed the
// rows), not a CSV of empty values with exit 0; a pair without events
// beside one with events is still a warning. BRA has no event in the
// embedded chronology (`report inspect` lists its dyads).
func TestScoreDyadsWithoutEvents(t *testing.T) {
	out := filepath.Join(t.TempDir(), "s.csv")
	code, _, errs := scoreCLI(t, "score", "-q", "-dyads", "CHN-BRA", "-o", out)
	if code != 1 || !strings.Contains(errs, "no events after the filters (not one of -dyads: ") || !strings.Contains(errs, "report inspect") ||
		!strings.Contains(errs, "rows: read=") {
		t.Errorf("exit %d: %s", code, errs)
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("an output was written")
	}
	code, _, errs = scoreCLI(t, "score", "-dyads", "CHN-BRA,CHN-RUS", "-o", out)
	if code != 0 || !strings.Contains(errs, "warning: CHN-BRA has no events") {
		t.Errorf("one of two: exit %d: %s", code, errs)
	}
	// without -directed RUS-CHN is CHN-RUS: scored once
	_, once, _ := scoreCLI(t, "score", "-q", "-dyads", "CHN-RUS")
	_, twice, _ := scoreCLI(t, "score", "-q", "-dyads", "CHN-RUS,RUS-CHN")
	if once == "" || once != twice {
		t.Errorf("CHN-RUS,RUS-CHN: %d bytes, CHN-RUS %d", len(twice), len(once))
	}
}

// TestOutputIsDirectory: -o or -rejects naming a folder is a usage error
// that names the flag, said before anything is written, not the rename of
// a temporary file ("rename ./.x.tmp-123 x: file exists") with its name.
func TestOutputIsDirectory(t *testing.T) {
	dir := t.TempDir()
	for _, args := range [][]string{
		{"score", "-q", "-dyads", "CHN-RUS", "-o", dir},
		{"score", "-q", "-dyads", "CHN-RUS", "-rejects", dir},
		{"align", "-q", "-measure", "agreement", "-replicates", "0", "-dyads", "CHN-RUS", "-o", dir},
	} {
		code, _, errs := scoreCLI(t, args...)
		flagName := args[len(args)-2]
		if code != 2 || !strings.Contains(errs, flagName+" "+dir+": is a directory") || strings.Contains(errs, ".tmp") {
			t.Errorf("%v: exit %d %s", args, code, errs)
		}
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 0 {
		t.Errorf("the folder holds %d files", len(ents))
	}
}

// lastLine is the last line of a command's stderr: its error.
func lastLine(s string) string {
	ls := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return ls[len(ls)-1]
}

// score's failures under -dyads give run's message on the embedded
// chronology, with the range of the dyads' events (the window2 brief:
// score said "no such events at any date" where run gives the range).
func TestScoreDyadsErrorsAsRun(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		args []string
		want string // in both messages
	}{
		// CHN-USA's events start after January 2012 (the chronology)
		{[]string{"-dyads", "CHN-USA", "-to", "2012-01"}, "; the data runs from "},
	} {
		code, _, serr := scoreCLI(t, append([]string{"score", "-o", filepath.Join(dir, "s.csv")}, c.args...)...)
		rcode, _, rerr := scoreCLI(t, append([]string{"-o", filepath.Join(dir, "r")}, c.args...)...)
		if code == 0 || rcode == 0 {
			t.Fatalf("%v: exit %d (score), %d (run), want failures", c.args, code, rcode)
		}
		if s, r := lastLine(serr), lastLine(rerr); s != r || !strings.Contains(s, c.want) {
			t.Errorf("%v:\nscore %q\nrun   %q\nwant the same, with %q", c.args, s, r, c.want)
		}
	}
}

// score -dyads with -from after the data counts and dates the events of
// the -dyads pairs, as run (which reads only them) does, and says that
// they would be read for the scores: nothing was scored (the window2
// brief: score counted and dated every dyad's events). The numbers are
// run's, read from its message.
func TestScoreDyadsEmptyWindowAsRun(t *testing.T) {
	dir := t.TempDir()
	args := []string{"-dyads", "CHN-USA", "-from", "2030"}
	code, _, serr := scoreCLI(t, append([]string{"score", "-o", filepath.Join(dir, "s.csv")}, args...)...)
	rcode, _, rerr := scoreCLI(t, append([]string{"-o", filepath.Join(dir, "r")}, args...)...)
	if code == 0 || rcode == 0 {
		t.Fatalf("exit %d (score), %d (run), want failures", code, rcode)
	}
	m := regexp.MustCompile(`; (\d+) events kept \(before -from, read for the scores but not shown: (\d+)\)(; the data runs from .*)$`).FindStringSubmatch(lastLine(rerr))
	if m == nil {
		t.Fatalf("run's message %q lacks the events kept or the range", lastLine(rerr))
	}
	want := fmt.Sprintf("; %s events of -dyads kept (before -from (would be read for the scores): %s)%s", m[1], m[2], m[3])
	if s := lastLine(serr); !strings.HasSuffix(s, want) {
		t.Errorf("score: %q\nwant it to end %q (run's counts and range)", s, want)
	}
}
