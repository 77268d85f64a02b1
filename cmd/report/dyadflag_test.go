package main

import (
	"errors"
	"fmt"
	"path/filepath"
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
// countries in chronology v5, its data card's table).
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
