package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/report"
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
			if ev, _ := dataset.IsEvidencePath(p); ev {
				return false, fmt.Errorf("%w: %s is an evidence file: only the default report (report -o DIR STATS… EVIDENCE…) lists events; give the stats files alone", errUsage, p)
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
	if err := checkStatsMade(paths, in.dedup, in.roles); err != nil {
		return nil, err
	}
	tab, reps, err := dataset.ReadStatsFiles(paths, ro, ao)
	var accs []account
	for i, r := range reps {
		if r != nil && r.Read > 0 && i < len(paths) {
			accs = append(accs, account{name: paths[i], rep: r, events: -1})
		}
	}
	sayAccounts(say, accs, err)
	if err != nil {
		return nil, err
	}
	in.reps = accs // for the no-events error (score.go)
	say("stats: %d files, %d dyad-periods, %d events\n", len(paths), tab.Len(), tab.Events())
	return tab, nil
}

// checkStatsMade checks that stats (or evidence) files were made with the
// -dedup and -roles given: statistics cannot be deduplicated again, nor
// can rows be set aside again or put back.
func checkStatsMade(paths []string, dedup, roles string) error {
	dedup = strings.ToLower(dedup)
	if dedup == "none" || dedup == "no" {
		dedup = "off"
	}
	roles = rolesName(roles)
	for _, p := range paths {
		var madeDedup, madeRoles, what string
		if ev, err := dataset.IsEvidencePath(p); err != nil {
			return err
		} else if ev {
			info, err := dataset.ReadEvidenceInfo(p)
			if err != nil || info == nil {
				return err
			}
			madeDedup, madeRoles, what = info.Dedup, info.Roles, "evidence"
		} else {
			info, err := dataset.ReadStatsInfo(p)
			if err != nil || info == nil {
				return err
			}
			madeDedup, madeRoles, what = info.Dedup, info.Roles, "statistics"
		}
		if madeDedup != "" && madeDedup != dedup {
			return fmt.Errorf("%w: %s holds %s deduplicated with %q, not %q: give -dedup %s (statistics cannot be deduplicated again)", errUsage, p, what, madeDedup, dedup, madeDedup)
		}
		if madeRoles != "" && madeRoles != roles {
			return fmt.Errorf("%w: %s holds %s read with -roles %s, not %s: give -roles %s (the rows a role rule set aside are not in them, nor can rows be set aside again)", errUsage, p, what, madeRoles, roles, madeRoles)
		}
	}
	return nil
}

// statsReportInputs sorts the default command's inputs when they are
// stats files and evidence files (the beam module's aggregate output:
// its -output and -evidence folders): nil when no input is either. Stats
// files with event files or articles are a usage error, and so are
// evidence files without stats.
func statsReportInputs(inputs []string) (stats, evidence []string, err error) {
	var other []string
	for _, p := range inputs {
		switch {
		case p == "-" || p == embeddedArticlesInput:
			other = append(other, p)
			continue
		}
		if ok, err := dataset.IsStatsPath(p); err == nil && ok {
			stats = append(stats, p)
		} else if ok, err := dataset.IsEvidencePath(p); err == nil && ok {
			evidence = append(evidence, p)
		} else {
			other = append(other, p) // a folder, events, articles: read as before
		}
	}
	switch {
	case len(stats) == 0 && len(evidence) == 0:
		return nil, nil, nil
	case len(stats) == 0:
		return nil, nil, fmt.Errorf("%w: %s is an evidence file: give it with the stats files it goes with", errUsage, evidence[0])
	case len(other) > 0:
		return nil, nil, fmt.Errorf("%w: %s is a stats file but %s is not: give stats (and evidence) files, or event files and articles, not both", errUsage, stats[0], other[0])
	}
	return stats, evidence, nil
}

// statsNote says where the statistics came from, for the methods' notes
// (the deduplication's counts are the aggregating run's, not the report's).
func statsNote(n int, info *dataset.StatsInfo) string {
	s := fmt.Sprintf("The statistics were aggregated elsewhere and read from %s (entente stats format, version %d)", plural(int64(n), "stats file"), info.Version)
	switch info.Dedup {
	case "", "off":
		s += "; repeated reports were not merged"
	default:
		s += fmt.Sprintf("; repeated reports were merged one a day by %s before aggregating", info.Dedup)
	}
	if info.Roles != "" {
		s += fmt.Sprintf(", with the %s role filter", info.Roles)
	}
	return s + ". The counts of rows read and merged are those of the run that wrote them."
}

// noEvidenceNote is what the report and the command say when stats come
// without evidence.
const noEvidenceNote = "The statistics were read from stats files without evidence files: this report lists no top events and explains no change points; its scores are those of a report on the event files. The beam pipeline writes the evidence (aggregate -evidence DIR); give it with the stats files."

// runStatsReport is the default command on stats files and evidence files
// (statsReportInputs): the statistics are merged exactly into the
// report's table (dataset.ReadStatsFiles), the evidence pools into the
// report's (dataset.ReadEvidenceFiles), and the report is built and
// written as from the event files they were made of: the same scores.csv
// and summary.csv, and with the evidence the same top events. The files
// must have been made with the report's -dedup, -roles, -weight,
// -goldstein and -quads.
func runStatsReport(e *env, f *pipelineFlags, opts *report.Options, formats report.Formats, stats, evidence []string, prog *progress) (err error) {
	if err := checkStatsMade(append(append([]string(nil), stats...), evidence...), f.dedup, f.roles); err != nil {
		return err
	}
	iopts := opts.IngestOptions()
	ao := iopts.Aggregate
	ro := &dataset.ReadOptions{}
	// -from is no read filter: the history before it is scored, as run
	// scores it (window.go)
	if len(opts.Dyads) > 0 || !opts.To.IsZero() {
		ro.Filter = &dataset.Filter{Dyads: opts.Dyads, To: periodEnd(opts.To, opts.Granularity)}
	}
	var accs []account
	defer func() {
		if err != nil {
			writeAccounts(e.stderr, accs, err)
		}
	}()
	prog.status("merging " + plural(int64(len(stats)), "stats file"))
	tab, reps, err := dataset.ReadStatsFiles(stats, ro, ao)
	prog.clear()
	for i, p := range stats {
		a := account{name: p, events: -1}
		if i < len(reps) {
			a.rep = reps[i]
		}
		accs = append(accs, a)
	}
	if err != nil {
		return err
	}
	var rows []dataset.EvidenceRow
	if len(evidence) > 0 && iopts.Evidence > 0 {
		var ereps []*dataset.Report
		rows, _, ereps, err = dataset.ReadEvidenceFiles(evidence, ro, ao, iopts.Evidence)
		for i, p := range evidence {
			a := account{name: p, events: -1}
			if i < len(ereps) {
				a.rep = ereps[i]
			}
			accs = append(accs, a)
		}
		if errors.Is(err, dataset.ErrStatsMismatch) {
			return fmt.Errorf("%w (the evidence files cannot give this report's evidence: rerun aggregate with -evidence-period day or a larger -evidence-top as needed, or give the stats files alone)", err)
		}
		if err != nil {
			return err
		}
	}
	if info, err := dataset.ReadStatsInfo(stats[0]); err == nil && info != nil {
		opts.Notes = append(opts.Notes, statsNote(len(stats), info))
	}
	if len(evidence) == 0 && iopts.Evidence > 0 {
		opts.Notes = append(opts.Notes, noEvidenceNote)
		prog.warn("no evidence files: the report lists no top events and explains no change points (give the aggregate's -evidence folder too)")
	}
	in := dataset.NewStatsIngest(tab, rows)
	if tab.Events()+tab.Skipped().Total() == 0 {
		first, last := statsRange(stats, ro, ao)
		return noEventsError(accs, first, last)
	}
	for i, p := range stats {
		src := report.SourceFromReport(reps[i])
		src.Name = p
		opts.Sources = append(opts.Sources, src)
	}
	prog.status(fmt.Sprintf("scoring %s dyad-periods", thousandsInt(tab.Len())))
	rep, err := report.Build(in, opts)
	prog.clear()
	if errors.Is(err, report.ErrNoDyads) {
		return nothingToReport(err, accs, tab, time.Time{}, time.Time{})
	}
	if err != nil {
		return err
	}
	notes := []string{tailNote(rep)}
	if len(evidence) == 0 && iopts.Evidence > 0 {
		notes = append(notes, "no evidence files: no top events or change-point drivers")
	}
	return writeReport(e, f, prog, rep, formats, accs, "", notes)
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
	printInspect(e.stdout, path, "", reps[0], tab, nil, f)
	if f.quiet {
		return nil
	}
	fmt.Fprintf(e.stdout, "stats: version=%d %s dedup=%s roles=%s\n", dataset.StatsFileVersion, ao, dedup, roles)
	return nil
}

// inspectEvidence describes an evidence file: its settings, events, the
// pools (dyad-periods) and dyads they fall in, and their dates.
func inspectEvidence(e *env, path string, f inspectFlags) error {
	info, err := dataset.ReadEvidenceInfo(path)
	if err != nil {
		return err
	}
	var ao dataset.AggregateOptions
	top := 0
	if info != nil {
		ao, top = info.Options, info.Top
	}
	rows, _, reps, err := dataset.ReadEvidenceFiles([]string{path}, nil, &ao, top)
	if err != nil {
		return err
	}
	rep := reps[0]
	pools := map[string]bool{}
	dyads := map[dataset.Dyad]bool{}
	for _, r := range rows {
		pools[r.Dyad.String()+r.Start.Format(time.DateOnly)] = true
		dyads[r.Dyad] = true
	}
	if f.quiet {
		fmt.Fprintln(e.stdout, accountLine(path, false, rep))
		return nil
	}
	fmt.Fprintf(e.stdout, "file: %s\nformat: %s\n%s\n", path, rep.Format, rep.RowsLine())
	fmt.Fprintf(e.stdout, "dates: %s %s\n", inspectDay(rep.First), inspectDay(rep.Last))
	fmt.Fprintf(e.stdout, "pools: %d dyad-periods, %d dyads\n", len(pools), len(dyads))
	if info != nil {
		fmt.Fprintf(e.stdout, "evidence: version=%d %s top=%d dedup=%s roles=%s\n", info.Version, ao, top, orDash(info.Dedup), orDash(info.Roles))
	}
	return nil
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// statsRange is the first and last date of the rows the stats files give
// without the date filter (undatedRange's, for stats files: the tables
// are read again with -to cleared), so that an empty result under -to
// says where the data runs; the dyad filter stays, and when no row of the
// dyads is left the range is that of every row. Zero when none is read.
func statsRange(paths []string, ro *dataset.ReadOptions, ao *dataset.AggregateOptions) (first, last time.Time) {
	read := func(flt *dataset.Filter) {
		o := dataset.ReadOptions{}
		if ro != nil {
			o = *ro
		}
		o.Rejects, o.Strict, o.Filter = nil, false, flt
		_, reps, _ := dataset.ReadStatsFiles(paths, &o, ao)
		first, last = reportsRange(reps)
	}
	var flt dataset.Filter
	if ro != nil && ro.Filter != nil {
		flt = *ro.Filter
	}
	flt.From, flt.To = time.Time{}, time.Time{}
	read(&flt)
	if first.IsZero() && len(flt.Dyads) > 0 {
		flt.Dyads = nil
		read(&flt)
	}
	return first, last
}
