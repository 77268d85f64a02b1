package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestRenderCommand(t *testing.T) {
	dir := t.TempDir()
	first := filepath.Join(dir, "first")
	if code, _, errs := runCLI(t, false, "-q", "-o", first, "-date", "2026-01-02", "-formats", "csv", "-dyads", "CHN-RUS,USA-VEN"); code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	again := filepath.Join(dir, "again")
	code, stdout, errs := runCLI(t, false, "render", "-o", again, "-date", "2026-01-02", filepath.Join(first, "scores.csv"))
	if code != 0 {
		t.Fatalf("render: exit %d: %s", code, errs)
	}
	if !strings.Contains(stdout, "dyads: CHN-RUS,USA-VEN") {
		t.Errorf("stdout %s", stdout)
	}
	a, _ := os.ReadFile(filepath.Join(first, "scores.csv"))
	b, _ := os.ReadFile(filepath.Join(again, "scores.csv"))
	if len(a) == 0 || !bytes.Equal(a, b) {
		t.Error("scores.csv does not survive a render round trip")
	}
	text := pdfToText(t, filepath.Join(again, "report.pdf"))
	if !strings.Contains(text, "Rendered from scores") || !strings.Contains(text, "China – Russia: relationship level") {
		t.Error("rendered PDF lacks its sections")
	}
	if code, _, _ := runCLI(t, false, "render"); code != 2 {
		t.Errorf("no file: exit %d", code)
	}
	// Without -dyads, render keeps every dyad of the file: seven here, one
	// more than the busiest-dyads default of a report from events.
	var seven strings.Builder
	seven.WriteString("dyad,period,model,value,lower,upper,n\n")
	dyads := []string{"CHN-RUS", "CHN-USA", "RUS-USA", "USA-VEN", "CHN-VEN", "RUS-UKR", "CHN-IND"}
	for _, d := range dyads {
		for m := 1; m <= 3; m++ {
			fmt.Fprintf(&seven, "%s,2024-%02d-01,goldstein,%d,,,1\n", d, m, m)
		}
	}
	sevenCSV := filepath.Join(dir, "seven.csv")
	os.WriteFile(sevenCSV, []byte(seven.String()), 0o644)
	code, stdout, errs = runCLI(t, false, "render", "-o", filepath.Join(dir, "seven"), "-formats", "csv", "-date", "2026-01-02", sevenCSV)
	if code != 0 {
		t.Fatalf("render seven: exit %d: %s", code, errs)
	}
	if !strings.Contains(stdout, "dyads: "+strings.Join(dyads, ",")) || !strings.Contains(stdout, "rows: read=21 kept=21 rejected=0 filtered=0 series=7 dyads=7\n") || strings.Contains(stdout, "event") {
		t.Errorf("render of seven dyads said:\n%s", stdout)
	}
	bad := filepath.Join(dir, "bad.csv")
	os.WriteFile(bad, []byte("dyad,period\n"), 0o644)
	if code, _, errs := runCLI(t, false, "render", "-o", filepath.Join(dir, "x"), bad); code != 1 || !strings.Contains(errs, "bad.csv:1") {
		t.Errorf("bad file: exit %d %q", code, errs)
	}
}

// Issue 15, item 6 (second round): render has -strict and -rejects with the
// meaning they have elsewhere. The file: the header and three rows, the
// second with a month 13 (line 3) — lenient keeps 2 and rejects 1, written
// to -rejects after the header; -strict fails on line 3 and still prints
// the accounting and writes -rejects.
func TestRenderStrictRejects(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "s.csv")
	header := "dyad,period,model,value,lower,upper,n\n"
	bad := "CHN-RUS,2024-13-01,goldstein,2,,,1\n"
	os.WriteFile(in, []byte(header+"CHN-RUS,2024-01-01,goldstein,1,,,1\n"+bad+"CHN-RUS,2024-02-01,goldstein,3,,,1\n"), 0o644)
	rej := filepath.Join(dir, "rejects.csv")
	code, stdout, errs := runCLI(t, false, "render", "-o", filepath.Join(dir, "o"), "-formats", "csv", "-date", "2026-01-02", "-rejects", rej, in)
	if code != 0 {
		t.Fatalf("lenient: exit %d: %s", code, errs)
	}
	for _, want := range []string{"\n" + in + ": rows: read=3 kept=2 rejected=1 filtered=0 series=1 dyads=1\n", in + ": reject: 1 period: invalid date", in + ": sample: " + in + ":3"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("lenient: no %q in\n%s", want, stdout)
		}
	}
	if b, _ := os.ReadFile(rej); string(b) != header+bad {
		t.Errorf("rejects file %q, want %q", b, header+bad)
	}
	os.Remove(rej)
	code, _, errs = runCLI(t, false, "render", "-q", "-strict", "-o", filepath.Join(dir, "o2"), "-rejects", rej, in)
	if code != exitFailure || !strings.Contains(errs, in+":3") || !strings.Contains(errs, in+": rows: read=2 kept=1 rejected=1 filtered=0") {
		t.Errorf("strict: exit %d\n%s", code, errs)
	}
	if _, err := os.Stat(rej); err != nil {
		t.Errorf("strict: -rejects not written: %v", err)
	}
	// standard input: the file's rows
	data, _ := os.ReadFile(in)
	var sout, serr bytes.Buffer
	e := &env{stdin: bytes.NewReader(data), stdout: &sout, stderr: &serr}
	if code := run(e, []string{"render", "-o", filepath.Join(dir, "o3"), "-formats", "csv", "-date", "2026-01-02", "-"}); code != 0 ||
		!strings.Contains(sout.String(), "\n-: rows: read=3 kept=2 rejected=1 filtered=0 series=1 dyads=1\n") {
		t.Errorf("render -: exit %d\n%s%s", code, sout.String(), serr.String())
	}
}

// render given a folder says what it reads: a report folder's scores file
// by name, any other folder as not a scores file (usage errors, exit 2).
func TestRenderFolder(t *testing.T) {
	dir := t.TempDir()
	rep := filepath.Join(dir, "rep")
	other := filepath.Join(dir, "other")
	os.Mkdir(rep, 0o755)
	os.Mkdir(other, 0o755)
	os.WriteFile(filepath.Join(rep, "scores.csv"), []byte("dyad,period,model,value,lower,upper,n\n"), 0o644)
	for _, c := range []struct{ in, want string }{
		{rep, "is a report folder: render reads its scores file, " + filepath.Join(rep, "scores.csv")},
		{other, "is a folder: render reads one scores file"},
	} {
		code, _, errs := runCLI(t, false, "render", "-o", filepath.Join(dir, "out"), c.in)
		if code != exitUsage || !strings.Contains(errs, c.want) {
			t.Errorf("render %s: exit %d %q, want %d and %q", c.in, code, errs, exitUsage, c.want)
		}
	}
}

// TestRenderThinEvidenceIsTheRule: render recomputes thin_evidence by the
// one rule (report.ThinEvidence on the file's n column) instead of reading
// the file's column, so that a file whose column disagrees renders as the
// rule says — the scores.csv it writes is the file as report score wrote
// it — and render says where the column differed (not under -q). A file
// without the column renders the same, with no note.
func TestRenderThinEvidenceIsTheRule(t *testing.T) {
	code, orig, errs := runCLI(t, false, "score", "-q")
	if code != 0 {
		t.Fatalf("report score: exit %d: %s", code, errs)
	}
	lines := strings.SplitAfter(orig, "\n")
	var at []int // the lines flipped (1-based): the first thin row, the first other
	for _, flip := range [][2]string{{",true\n", ",false\n"}, {",false\n", ",true\n"}} {
		for i, l := range lines[1:] {
			if strings.HasSuffix(l, flip[0]) && !slices.Contains(at, i+2) {
				lines[i+1] = strings.TrimSuffix(l, flip[0]) + flip[1]
				at = append(at, i+2)
				break
			}
		}
	}
	if len(at) != 2 {
		t.Fatalf("report score's output lacks a thin or a well-covered row")
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "flipped.csv")
	if err := os.WriteFile(in, []byte(strings.Join(lines, "")), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	code, _, errs = runCLI(t, false, "render", "-o", out, "-formats", "csv", "-date", "2026-01-02", in)
	if code != 0 {
		t.Fatalf("render: exit %d: %s", code, errs)
	}
	got, err := os.ReadFile(filepath.Join(out, "scores.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != orig {
		t.Errorf("render's scores.csv is not report score's output (the rule):\n%s", lineDiff(string(got), orig))
	}
	want := fmt.Sprintf("thin_evidence differs from the rule at 2 rows (first: line %d)", min(at[0], at[1]))
	if !strings.Contains(errs, want) {
		t.Errorf("render does not say %q:\n%s", want, errs)
	}
	if code, _, errs := runCLI(t, false, "render", "-q", "-o", filepath.Join(dir, "q"), "-formats", "csv", in); code != 0 || strings.Contains(errs, "thin_evidence") {
		t.Errorf("render -q: exit %d, stderr %q", code, errs)
	}
	// the tidy columns alone: the same output, no note
	var tidy strings.Builder
	for _, l := range strings.SplitAfter(orig, "\n") {
		if i := strings.LastIndex(l, ","); i >= 0 {
			tidy.WriteString(l[:i] + "\n")
		}
	}
	in2 := filepath.Join(dir, "tidy.csv")
	if err := os.WriteFile(in2, []byte(tidy.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	out2 := filepath.Join(dir, "out2")
	code, _, errs = runCLI(t, false, "render", "-o", out2, "-formats", "csv", "-date", "2026-01-02", in2)
	got2, _ := os.ReadFile(filepath.Join(out2, "scores.csv"))
	if code != 0 || string(got2) != orig || strings.Contains(errs, "thin_evidence") {
		t.Errorf("render of the tidy columns: exit %d, same scores.csv %v, stderr %s", code, string(got2) == orig, errs)
	}
}

// TestRenderDatesLeaveNothing: -from after the file's last period fails
// (exit 1) with the rows the dates removed and the file's periods (the
// two monthly rows written here by hand: 2020-01 and 2020-02), and writes
// no folder.
func TestRenderDatesLeaveNothing(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "s.csv")
	body := "dyad,period,model,value,lower,upper,n,thin_evidence\n" +
		"CHN-RUS,2020-01-01,level,1,0,2,5,false\n" +
		"CHN-RUS,2020-02-01,level,2,1,3,5,false\n"
	if err := os.WriteFile(in, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "rf")
	code, _, errs := runCLI(t, false, "render", "-q", "-from", "2030", "-formats", "csv", "-o", out, in)
	if code != 1 || !strings.Contains(errs, "outside -from/-to: 2") || !strings.Contains(errs, "run from 2020-01-01 to 2020-02-01") {
		t.Errorf("exit %d: %s", code, errs)
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a folder was written")
	}
}

// TestRenderDyadsPick: render -dyads picks by report.PickScores' rule —
// the one FromScores applies to Options.Dyads — and renders exactly what
// a file holding only the picked series, in the order asked for, renders
// (summary.csv, scores.csv and change-points.csv byte for byte): for an
// undirected file (a pair in either order picks its series) and for a
// directed one (an arrow picks that direction; a pair without one, the
// series of its own direction).
func TestRenderDyadsPick(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		name  string
		score []string // the report score run that writes the file
		spec  string   // render's -dyads
		keep  []string // the file's labels that spec picks, in its order
	}{
		{"undirected", []string{"score", "-q", "-model", "goldstein", "-dyads", "CHN-RUS,USA-VEN,RUS-UKR"}, "USA-VEN,RUS-CHN", []string{"USA-VEN", "CHN-RUS"}},
		{"directed", []string{"score", "-q", "-directed", "-model", "goldstein", "-dyads", "CHN-USA,USA-CHN,RUS-UKR"}, "USA→CHN,CHN-USA", []string{"USA→CHN", "CHN→USA"}},
	} {
		code, file, errs := runCLI(t, false, c.score...)
		if code != 0 {
			t.Fatalf("%s: %v: exit %d: %s", c.name, c.score, code, errs)
		}
		lines := strings.Split(strings.TrimSpace(file), "\n")
		filtered := []string{lines[0]}
		for _, label := range c.keep {
			for _, l := range lines[1:] {
				if strings.HasPrefix(l, label+",") {
					filtered = append(filtered, l)
				}
			}
		}
		if len(filtered) == 1 || len(filtered) == len(lines) {
			t.Fatalf("%s: %d of %d rows kept: the case picks nothing or everything", c.name, len(filtered)-1, len(lines)-1)
		}
		// the same name for both inputs: the report names its source
		all, only := filepath.Join(dir, c.name, "all", "scores-in.csv"), filepath.Join(dir, c.name, "only", "scores-in.csv")
		for p, text := range map[string]string{all: file, only: strings.Join(filtered, "\n") + "\n"} {
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		picked, whole := filepath.Join(dir, c.name, "picked"), filepath.Join(dir, c.name, "whole")
		if code, _, errs := runCLI(t, false, "render", "-q", "-o", picked, "-formats", "csv", "-date", "2026-01-02", "-dyads", c.spec, all); code != 0 {
			t.Fatalf("%s: render -dyads %s: exit %d: %s", c.name, c.spec, code, errs)
		}
		if code, _, errs := runCLI(t, false, "render", "-q", "-o", whole, "-formats", "csv", "-date", "2026-01-02", only); code != 0 {
			t.Fatalf("%s: render of the picked rows: exit %d: %s", c.name, code, errs)
		}
		for _, f := range []string{"summary.csv", "scores.csv", "change-points.csv"} {
			a, _ := os.ReadFile(filepath.Join(picked, f))
			b, _ := os.ReadFile(filepath.Join(whole, f))
			if len(a) == 0 || !bytes.Equal(a, b) {
				t.Errorf("%s: %s of render -dyads %s differs from the render of its rows alone:\n%s\nwant\n%s", c.name, f, c.spec, a, b)
			}
		}
	}
}
