package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/internal/sharedtest"
)

// writeStatsShards aggregates the events at day resolution, as the beam
// pipeline does, and writes the rows in two shards (the dyads split by
// their first country), recording dedup.
func writeStatsShards(t *testing.T, tab *dataset.Table, dedup string) []string {
	t.Helper()
	dir := t.TempDir()
	var parts [2][]dataset.DyadPeriod
	for _, r := range tab.Rows() {
		k := 0
		if r.Dyad.A >= "M" {
			k = 1
		}
		parts[k] = append(parts[k], r)
	}
	var out []string
	for k, rows := range parts {
		var b bytes.Buffer
		if err := dataset.WriteStatsRows(&b, &dataset.StatsInfo{Options: tab.Options(), Dedup: dedup, Roles: "government"}, rows); err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, "stats-"+string(rune('0'+k))+".csv")
		if err := os.WriteFile(p, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		out = append(out, p)
	}
	return out
}

// TestScoreStatsInput is the issue's acceptance check: `report score
// -model goldstein -period month` on day stats shards writes the file it
// writes on the raw events, with and without deduplication, and `report
// align` reads the shards too.
func TestScoreStatsInput(t *testing.T) {
	raw := []string{
		sharedtest.Path(t, "data/gdelt/gdelt1_daily_events_sample_20160728.tsv"),
		sharedtest.Path(t, "data/icews/events.2018.sample.tab"),
	}
	day := &dataset.AggregateOptions{Granularity: dataset.Day}
	// The commands read events with the default role filter (-roles
	// government); stats are made from the events it keeps, as an
	// aggregation that applies the same filter makes them.
	roles := &dataset.ReadOptions{Filter: &dataset.Filter{Roles: dataset.DefaultRoleFilter()}}
	off, _, err := dataset.AggregateFiles(raw, roles, day)
	if err != nil {
		t.Fatal(err)
	}
	var all []dataset.Event
	for _, p := range raw {
		evs, _, err := dataset.ReadFile(p, roles)
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, evs...)
	}
	all, _ = dataset.Dedup(all, nil)
	actors := dataset.NewTable(day)
	for i := range all {
		actors.Add(&all[i])
	}
	dir := t.TempDir()
	for _, c := range []struct {
		dedup string
		tab   *dataset.Table
		args  []string
	}{
		{"off", off, []string{"score", "-model", "goldstein", "-period", "month", "-dedup", "off"}},
		{"actors", actors, []string{"score", "-model", "goldstein,netcoop,level", "-period", "month", "-max-dyads", "5"}},
		{"actors", actors, []string{"score", "-model", "netcoop", "-period", "week", "-from", "2016-07", "-to", "2016-07", "-dyads", "RUS-USA,CHN-USA"}},
		{"actors", actors, []string{"align", "-period", "year", "-countries", "CHN,RUS,USA"}},
	} {
		shards := writeStatsShards(t, c.tab, c.dedup)
		a, b := filepath.Join(dir, "a.csv"), filepath.Join(dir, "b.csv")
		code, _, errs := scoreCLI(t, append(append(c.args, "-o", a), shards...)...)
		if code != 0 {
			t.Fatalf("%v on stats: exit %d: %s", c.args, code, errs)
		}
		if !strings.Contains(errs, "stats: 2 files") {
			t.Errorf("no stats accounting in %q", errs)
		}
		code, _, errs = scoreCLI(t, append(append(c.args, "-o", b), raw...)...)
		if code != 0 {
			t.Fatalf("%v on events: exit %d: %s", c.args, code, errs)
		}
		ga, _ := os.ReadFile(a)
		gb, _ := os.ReadFile(b)
		if len(ga) < 100 || !bytes.Equal(ga, gb) {
			t.Errorf("%v: stats give %d bytes, events %d bytes, not the same", c.args, len(ga), len(gb))
		}
	}
}

func TestStatsInputErrors(t *testing.T) {
	gdelt := sharedtest.Path(t, "data/gdelt/gdelt1_daily_events_sample_20160728.tsv")
	tab, _, err := dataset.AggregateFiles([]string{gdelt}, nil, &dataset.AggregateOptions{Granularity: dataset.Day})
	if err != nil {
		t.Fatal(err)
	}
	shards := writeStatsShards(t, tab, "off")
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"score", shards[0], gdelt}, "is a stats file but"},
		{[]string{"score", shards[0]}, `deduplicated with "off", not "actors"`},
		{[]string{"score", "-dedup", "off", "-weight", "mentions", shards[0]}, "column weight"},
	} {
		code, _, errs := scoreCLI(t, c.args...)
		if code == 0 || !strings.Contains(errs, c.want) {
			t.Errorf("%v: exit %d, stderr %q; want an error with %q", c.args, code, errs, c.want)
		}
	}
}

func TestInspectStats(t *testing.T) {
	gdelt := sharedtest.Path(t, "data/gdelt/gdelt1_daily_events_sample_20160728.tsv")
	tab, _, err := dataset.AggregateFiles([]string{gdelt}, nil, &dataset.AggregateOptions{Granularity: dataset.Day})
	if err != nil {
		t.Fatal(err)
	}
	shards := writeStatsShards(t, tab, "off")
	code, out, errs := scoreCLI(t, "inspect", shards[0])
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"file: " + shards[0], "format: entente-stats", "rows: read=", "busiest: 1 ", "stats: version=2 day undirected weight=one dedup=off"} {
		if !strings.Contains(out, want) {
			t.Errorf("inspect output lacks %q:\n%s", want, out)
		}
	}
}

// TestStatsRolesChecked: stats files record the role filter their events
// were read with; scoring them with another -roles is a usage error that
// names the file and the value to give (rows a rule set aside are not in
// the statistics), and the same -roles reads them.
func TestStatsRolesChecked(t *testing.T) {
	gdelt := sharedtest.Path(t, "data/gdelt/gdelt1_daily_events_sample_20160728.tsv")
	tab, _, err := dataset.AggregateFiles([]string{gdelt}, nil, &dataset.AggregateOptions{Granularity: dataset.Day})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := dataset.WriteStatsRows(&b, &dataset.StatsInfo{Options: tab.Options(), Dedup: "off", Roles: "all"}, tab.Rows()); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "stats.csv")
	if err := os.WriteFile(p, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errs := scoreCLI(t, "score", "-model", "goldstein", "-dedup", "off", "-q", p)
	if code != exitUsage || !strings.Contains(errs, "-roles all") {
		t.Errorf("default -roles on stats read with all: exit %d %s", code, errs)
	}
	if code, _, errs := scoreCLI(t, "score", "-model", "goldstein", "-dedup", "off", "-roles", "all", "-q", p); code != 0 {
		t.Errorf("-roles all: exit %d %s", code, errs)
	}
}

// With -to before the data, the error on stats inputs gives the data's
// range: that of the rows read without the date filter (statsRange), as
// run gives it on events (the window2 brief: it said "the data holds no
// such events at any date"; score gave no range).
func TestStatsInputRangeBeforeData(t *testing.T) {
	gdelt := sharedtest.Path(t, "data/gdelt/gdelt1_daily_events_sample_20160728.tsv")
	tab, reps, err := dataset.AggregateFiles([]string{gdelt}, nil, &dataset.AggregateOptions{Granularity: dataset.Day})
	if err != nil {
		t.Fatal(err)
	}
	shards := writeStatsShards(t, tab, "off")
	// the range the file's own account gives (dataset.AggregateFiles)
	rng := fmt.Sprintf("the data runs from %s to %s", reps[0].First.Format("2006-01-02"), reps[0].Last.Format("2006-01-02"))
	out := filepath.Join(t.TempDir(), "x")
	for _, args := range [][]string{
		{"score", "-dedup", "off", "-to", "1980", "-o", out + ".csv"},
		{"-dedup", "off", "-to", "1980", "-o", out},
	} {
		code, _, errs := scoreCLI(t, append(args, shards...)...)
		if code == 0 || !strings.Contains(errs, rng) || strings.Contains(errs, "at any date") {
			t.Errorf("%v: exit %d, stderr %q; want an error with %q", args, code, errs, rng)
		}
	}
}
