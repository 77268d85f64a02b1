package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/entente/entente/dataset"
)

// The -dyads check: known pairs pass, a pair of one country and unknown
// codes are usage errors that name the codes (XXX and YYY are in no code
// table; CN is ISO 3166-1 alpha-2, not alpha-3).
func TestCheckDyads(t *testing.T) {
	for _, c := range []struct {
		spec string
		want string // "" for no error, else a part of the message
	}{
		{"CHN-RUS,USA-VEN", ""},
		{"CHN-CHN", "is one country"},
		{"XXX-YYY", "XXX, YYY: not a country code"},
		{"CN-RU", "CN, RU: not a country code"},
	} {
		ds, err := dataset.ParseDyads(c.spec)
		if err != nil {
			if c.want == "" {
				t.Errorf("%s: %v", c.spec, err)
			}
			continue
		}
		err = checkDyads(ds)
		switch {
		case c.want == "" && err != nil:
			t.Errorf("%s: %v", c.spec, err)
		case c.want != "" && (err == nil || !errors.Is(err, errUsage) || !strings.Contains(err.Error(), c.want)):
			t.Errorf("%s: %v, want a usage error with %q", c.spec, err, c.want)
		}
	}
}

// TestMaxDyadsZeroMeansAll: -max-dyads 0 means every pair in each
// subcommand that has the flag (run, score, inspect; issue 11 review: it
// meant none in inspect, a usage error in run, all in score), and a
// negative count is a usage error in each. "All" is counted by inspect's
// own "dyads: N" line on the embedded chronology (15 pairs of different
// countries in chronology v6, its data card's table).
func TestMaxDyadsZeroMeansAll(t *testing.T) {
	code, out, errs := runCLI(t, false, "inspect", "-max-dyads", "0")
	if code != 0 {
		t.Fatalf("inspect -max-dyads 0: exit %d: %s", code, errs)
	}
	var n int
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, "dyads: ") {
			fmt.Sscanf(l, "dyads: %d", &n)
		}
	}
	if n < 8 || strings.Count(out, "\nbusiest: ") != n {
		t.Fatalf("inspect -max-dyads 0: %d busiest lines, dyads: %d\n%s", strings.Count(out, "\nbusiest: "), n, out)
	}
	code, out, errs = runCLI(t, false, "score", "-q", "-max-dyads", "0")
	scored := map[string]bool{}
	for _, l := range strings.Split(strings.TrimSpace(out), "\n")[1:] {
		scored[strings.SplitN(l, ",", 2)[0]] = true
	}
	if code != 0 || len(scored) != n {
		t.Errorf("score -max-dyads 0: exit %d, %d dyads, want %d (%s)", code, len(scored), n, errs)
	}
	dir := t.TempDir()
	if code, _, errs := runCLI(t, false, "-q", "-o", dir, "-date", "2026-01-02", "-formats", "csv", "-max-dyads", "0"); code != 0 {
		t.Fatalf("report -max-dyads 0: exit %d: %s", code, errs)
	}
	if rows := readCSVFile(t, filepath.Join(dir, "summary.csv")); len(rows)-1 != n {
		t.Errorf("report -max-dyads 0: summary.csv has %d dyads, want %d", len(rows)-1, n)
	}
	for _, args := range [][]string{
		{"inspect", "-max-dyads", "-1"},
		{"score", "-max-dyads", "-1"},
		{"-o", filepath.Join(t.TempDir(), "o"), "-max-dyads", "-1"},
	} {
		if code, _, errs := runCLI(t, false, args...); code != exitUsage || !strings.Contains(errs, "-max-dyads -1") {
			t.Errorf("%v: exit %d, want %d naming the flag: %s", args, code, exitUsage, errs)
		}
	}
}

// TestDyadArrows: -dyads accepts the directed form the tool prints
// (score.Series.Label, "CHN→USA", in report score -directed's output and
// a directed scores file; "CHN->USA" too) where a direction makes sense —
// report score -directed and report render — and elsewhere refuses it
// with a usage error naming the form to use (issue 11 review: the arrow
// was refused as "want two country codes").
func TestDyadArrows(t *testing.T) {
	code, plain, errs := runCLI(t, false, "score", "-q", "-directed", "-model", "goldstein", "-dyads", "CHN-USA,USA-CHN")
	if code != 0 {
		t.Fatalf("score -directed: exit %d: %s", code, errs)
	}
	// the labels the output prints, given back
	var labels []string
	for _, l := range strings.Split(strings.TrimSpace(plain), "\n")[1:] {
		if d := strings.SplitN(l, ",", 2)[0]; !slices.Contains(labels, d) {
			labels = append(labels, d)
		}
	}
	if strings.Join(labels, ",") != "CHN→USA,USA→CHN" {
		t.Fatalf("score -directed prints %v, want CHN→USA and USA→CHN", labels)
	}
	for _, spec := range []string{strings.Join(labels, ","), "CHN->USA,USA->CHN"} {
		if code, out, errs := runCLI(t, false, "score", "-q", "-directed", "-model", "goldstein", "-dyads", spec); code != 0 || out != plain {
			t.Errorf("score -directed -dyads %s: exit %d, same output as CHN-USA,USA-CHN: %v (%s)", spec, code, out == plain, errs)
		}
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"score", "-dyads", "CHN→USA"}, "add -directed"},
		{[]string{"-o", filepath.Join(t.TempDir(), "o"), "-dyads", "CHN→USA"}, "report score -directed"},
		{[]string{"align", "-dyads", "CHN→USA"}, "without a direction"},
	} {
		code, _, errs := runCLI(t, false, c.args...)
		if code != exitUsage || !strings.Contains(errs, c.want) || !strings.Contains(errs, "give CHN-USA") {
			t.Errorf("%v: exit %d, want %d saying %q and the form to use: %s", c.args, code, exitUsage, c.want, errs)
		}
	}
	// render picks the direction asked for, by the file's label
	in := filepath.Join(t.TempDir(), "directed.csv")
	if err := os.WriteFile(in, []byte(plain), 0o644); err != nil {
		t.Fatal(err)
	}
	var usaChn int64 // USA→CHN's events, from the file's n column
	for _, l := range strings.Split(strings.TrimSpace(plain), "\n")[1:] {
		f := strings.Split(l, ",")
		if f[0] == "USA→CHN" {
			n, _ := strconv.ParseInt(f[6], 10, 64)
			usaChn += n
		}
	}
	dir := t.TempDir()
	if code, _, errs := runCLI(t, false, "render", "-q", "-o", dir, "-formats", "csv", "-date", "2026-01-02", "-dyads", "USA→CHN", in); code != 0 {
		t.Fatalf("render -dyads USA→CHN: exit %d: %s", code, errs)
	}
	rows := readCSVFile(t, filepath.Join(dir, "summary.csv"))
	if len(rows) != 2 || rows[1][0] != "USA→CHN" || rows[1][13] != strconv.FormatInt(usaChn, 10) {
		t.Errorf("render -dyads USA→CHN: summary %v, want one row of USA→CHN's %d events", rows, usaChn)
	}
	if code, _, errs := runCLI(t, false, "render", "-q", "-o", t.TempDir(), "-dyads", "USA-VEN", in); code != exitFailure || !strings.Contains(errs, "no series of USA-VEN (it has CHN→USA, USA→CHN)") {
		t.Errorf("render -dyads USA-VEN: exit %d: %s", code, errs)
	}
}

// TestParseDyadsFlagRepeatsAndEmpty: a repeated pair is read once, first
// occurrence first (where no direction is read, RUS-CHN repeats CHN-RUS;
// where one is, CHN→RUS and CHN-RUS are two); an empty item is a usage
// error.
func TestParseDyadsFlagRepeatsAndEmpty(t *testing.T) {
	for _, c := range []struct {
		spec     string
		directed bool
		want     string
	}{
		{"CHN-RUS,CHN-USA,CHN-RUS", false, "CHN-RUS CHN-USA"},
		{"CHN-RUS,RUS-CHN", false, "CHN-RUS"},
		{"CHN-RUS,chn-rus,CHN→RUS,CHN->RUS", true, "CHN-RUS CHN-RUS"},
		{"RUS-CHN,CHN-RUS", true, "RUS-CHN CHN-RUS"},
	} {
		ds, _, err := parseDyadsFlag(c.spec, c.directed, "undirected")
		var got []string
		for _, d := range ds {
			got = append(got, d.String())
		}
		if err != nil || strings.Join(got, " ") != c.want {
			t.Errorf("%s: %v %v, want %s", c.spec, got, err, c.want)
		}
	}
	for _, spec := range []string{"CHN-RUS,,", "CHN-RUS,", ",CHN-RUS", "CHN-RUS, ,CHN-USA"} {
		if _, _, err := parseDyadsFlag(spec, true, ""); !errors.Is(err, errUsage) || !strings.Contains(err.Error(), "empty") {
			t.Errorf("%q: %v", spec, err)
		}
	}
}

// TestDyadsRepeatedOnce: report score and report align write a pair given
// twice once (every row was written twice), and render renders it.
func TestDyadsRepeatedOnce(t *testing.T) {
	dir := t.TempDir()
	_, once, errs := scoreCLI(t, "score", "-q", "-dyads", "CHN-RUS")
	_, twice, _ := scoreCLI(t, "score", "-q", "-dyads", "CHN-RUS,CHN-RUS")
	if once == "" || once != twice {
		t.Errorf("score: %d bytes once, %d twice %s", len(once), len(twice), errs)
	}
	_, once, _ = scoreCLI(t, "align", "-q", "-measure", "agreement", "-replicates", "0", "-dyads", "CHN-RUS")
	_, twice, _ = scoreCLI(t, "align", "-q", "-measure", "agreement", "-replicates", "0", "-dyads", "CHN-RUS,RUS-CHN,CHN-RUS")
	if once == "" || once != twice {
		t.Errorf("align: %d bytes once, %d twice", len(once), len(twice))
	}
	s := filepath.Join(dir, "s.csv")
	if err := os.WriteFile(s, []byte(once), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, errs := scoreCLI(t, "score", "-q", "-dyads", "CHN-RUS", "-o", s); code != 0 {
		t.Fatal(errs)
	}
	if code, _, errs := runCLI(t, false, "render", "-q", "-formats", "csv", "-dyads", "CHN-RUS,CHN-RUS", "-o", filepath.Join(dir, "r"), s); code != 0 {
		t.Errorf("render: exit %d %s", code, errs)
	}
	if code, _, errs := runCLI(t, false, "-o", filepath.Join(dir, "top"), "-formats", "csv", "-top", "-1"); code != 2 || !strings.Contains(errs, "-top -1") {
		t.Errorf("-top -1: exit %d %s", code, errs)
	}
}
