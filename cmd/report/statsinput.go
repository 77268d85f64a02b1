package main

import (
	"fmt"
	"strings"

	"github.com/entente/entente/dataset"
)

// Stats files (dataset's stats file format: the beam module's
// `aggregate` output, or dataset.WriteStats) are inputs too: dyad-period
// statistics aggregated elsewhere — on a cluster — and merged exactly
// here, so that `report score DIR/*` on the shards writes what `report
// score RAWFILES…` writes. They are recognised by content
// (dataset.IsStatsPath), plain or compressed.

// statsPaths reports whether the inputs are stats files: true when every
// one is, false when none is (or there are none). A mix of stats files and
// event files is a usage error: the events would need the aggregation the
// stats already had.
func statsPaths(paths []string) (bool, error) {
	var stats, events []string
	for _, p := range paths {
		ok := false
		if p != "-" {
			var err error
			if ok, err = dataset.IsStatsPath(p); err != nil {
				return false, err
			}
		}
		if ok {
			stats = append(stats, p)
		} else {
			events = append(events, p)
		}
	}
	if len(stats) > 0 && len(events) > 0 {
		return false, fmt.Errorf("%w: %s is a stats file but %s is not: give stats files or event files, not both", errUsage, stats[0], events[0])
	}
	return len(stats) > 0, nil
}

// loadStats merges stats files into a table with the options asked for
// (dataset.ReadStatsFiles: finer periods merge into coarser ones, directed
// rows into undirected ones; the weight and tables must be the files').
// The files must have been deduplicated as -dedup asks: statistics cannot
// be deduplicated again. The accounting of every file goes through say.
func (in *scoreInput) loadStats(paths []string, ro *dataset.ReadOptions, ao *dataset.AggregateOptions, say func(string, ...any)) (*dataset.Table, error) {
	dedup := strings.ToLower(in.dedup)
	for _, p := range paths {
		info, err := dataset.ReadStatsInfo(p)
		if err != nil {
			return nil, err
		}
		if info != nil && info.Dedup != "" && info.Dedup != dedup {
			return nil, fmt.Errorf("%w: %s holds statistics deduplicated with %q, not %q: give -dedup %s (statistics cannot be deduplicated again)", errUsage, p, info.Dedup, dedup, info.Dedup)
		}
		if roles := rolesName(in.roles); info != nil && info.Roles != "" && info.Roles != roles {
			return nil, fmt.Errorf("%w: %s holds statistics read with -roles %s, not %s: give -roles %s (the rows a role rule set aside are not in them, nor can rows be set aside again)", errUsage, p, info.Roles, roles, info.Roles)
		}
	}
	tab, reps, err := dataset.ReadStatsFiles(paths, ro, ao)
	for _, r := range reps {
		if r != nil && r.Read > 0 {
			say("%s: stats %s", r.File, r.Summary())
		}
	}
	if err != nil {
		return nil, err
	}
	say("stats: %d files, %d dyad-periods, %d events\n", len(paths), tab.Len(), tab.Events())
	return tab, nil
}

// inspectStats describes a stats file: its settings, rows (dyad-periods),
// dates, events and busiest dyads, in the lines of `report inspect`.
func inspectStats(e *env, path string, f inspectFlags) error {
	info, err := dataset.ReadStatsInfo(path)
	if err != nil {
		return err
	}
	var ao dataset.AggregateOptions
	dedup, roles := "-", "-"
	if info != nil {
		ao = info.Options
		if info.Dedup != "" {
			dedup = info.Dedup
		}
		if info.Roles != "" {
			roles = info.Roles
		}
	}
	tab, reps, err := dataset.ReadStatsFiles([]string{path}, nil, &ao)
	if err != nil {
		return err
	}
	printInspect(e.stdout, reps[0], tab, nil, f)
	fmt.Fprintf(e.stdout, "stats: version=%d %s dedup=%s roles=%s\n", dataset.StatsFileVersion, ao, dedup, roles)
	return nil
}
