package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/entente/entente/cameo"
	"github.com/entente/entente/chronology"
	"github.com/entente/entente/dataset"
	"github.com/entente/entente/internal/atomicfile"
	"github.com/entente/entente/report"
	"github.com/entente/entente/score"
)

func init() {
	register("score", "score country pairs period by period with a model; writes the tidy CSV dyad,period,model,value,lower,upper,n with thin_evidence appended, as the main job's scores.csv", runScore)
}

// scoreInput is the flags that say what to read and how to aggregate it,
// shared by "score" and "align".
type scoreInput struct {
	period, weight, format, from, to, goldstein, quads, dedup, roles string
	rejects                                                          string
	directed, strict, quiet                                          bool
	// lasting asks load for the log of lasting states (score.LastingLog)
	// the level reads, built from the table's mark sums as report.Build
	// builds it, so that both give the same level.
	lasting bool
	// reps is each event input's account, for the no-events error
	reps []account
	// said is the accounting load printed (or, under -q, did not): a
	// later failure prints it under -q (sayFailed)
	said []byte
	// window, set by score, makes -from choose the periods written, not
	// the history scored: load reads and scores the events before it
	// (window.go); align keeps -from a read filter. shownFrom and shownTo
	// are then the first and last periods written (zero: open).
	window             bool
	shownFrom, shownTo time.Time
	// dyadRange, set by load, is the first and last date of the inputs'
	// events between the dyads, read without the date filter (else of
	// every event when none is): the range the no-events error of -dyads
	// gives (noDyadEventsError), as run gives it
	dyadRange func(dyads []dataset.Dyad) (first, last time.Time)
	// dyads are score's -dyads pairs (nil: none given): the empty-window
	// check counts their events only (emptyWindow)
	dyads []dataset.Dyad
}

// sayFailed prints, under -q, the accounting load kept back, when the
// command fails after load: a failure prints the inputs' accounting, -q
// or not.
func (in *scoreInput) sayFailed(e *env, err error) {
	if err != nil && in.quiet {
		e.stderr.Write(in.said)
	}
}

func (in *scoreInput) register(fs *flag.FlagSet, period string) {
	fs.StringVar(&in.period, "period", period, "period length: `day`, week, month, quarter or year")
	fs.StringVar(&in.weight, "weight", "one", "event `weight`: one, mentions, sources, articles or log-sources")
	if in.window {
		fs.StringVar(&in.from, "from", "", fromHelp)
		fs.StringVar(&in.to, "to", "", toHelp)
	} else {
		fs.StringVar(&in.from, "from", "", "first period: `YYYY`, YYYY-MM or YYYY-MM-DD (the period containing it; default: the data's first; of events, where they become continuous after a sparse tail)")
		fs.StringVar(&in.to, "to", "", "last period: `YYYY`, YYYY-MM or YYYY-MM-DD (the period containing its last day; default: the data's last)")
	}
	fs.BoolVar(&in.directed, "directed", false, "keep directions apart: CHN-USA means what CHN did to USA")
	fs.StringVar(&in.format, "format", "", "input `format` (gdelt1, gdelt2, icews, plover, csv, jsonl; default: detected)")
	fs.StringVar(&in.goldstein, "goldstein", "", "re-weight every event with a Goldstein `table`: gdelt or icews (default: each event's own)")
	fs.StringVar(&in.quads, "quads", "", "re-class every event with a quad `mapping`: gdelt, icews, phoenix or plover (default: each event's own)")
	fs.StringVar(&in.dedup, "dedup", "actors", "merge repeated reports of one event (one a day): `actors`, countries or off (off streams large files through the fast aggregation)")
	fs.BoolVar(&in.strict, "strict", false, "stop at the first unreadable row instead of counting it")
	fs.BoolVar(&in.quiet, "q", false, "do not print the input accounting to stderr (a failure still prints it)")
	fs.BoolVar(&in.quiet, "quiet", false, "the same as -q")
	fs.StringVar(&in.roles, "roles", "government", rolesUsage)
}

// scoreBound parses YYYY, YYYY-MM or YYYY-MM-DD; end selects the last day
// named (2024 → 2024-12-31) instead of the first.
func scoreBound(s, name string, end bool) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	for _, l := range []struct {
		layout string
		years  int
		months int
	}{{"2006-01-02", 0, 0}, {"2006-01", 0, 1}, {"2006", 1, 0}} {
		t, err := time.Parse(l.layout, strings.TrimSpace(s))
		if err != nil {
			continue
		}
		if end && (l.years != 0 || l.months != 0) {
			t = t.AddDate(l.years, l.months, -1)
		}
		return t, nil
	}
	return time.Time{}, fmt.Errorf("%w: -%s %q: want YYYY, YYYY-MM or YYYY-MM-DD", errUsage, name, s)
}

// options turns the flags into aggregation and reading options and the
// grid's bounds.
func (in *scoreInput) options() (ao dataset.AggregateOptions, ro dataset.ReadOptions, from, to time.Time, err error) {
	if ao.Granularity, err = dataset.ParseGranularity(in.period); err != nil {
		return ao, ro, from, to, fmt.Errorf("%w: -period: %v", errUsage, err)
	}
	if ao.Weight, err = dataset.ParseWeight(in.weight); err != nil {
		return ao, ro, from, to, fmt.Errorf("%w: -weight: %v", errUsage, err)
	}
	ao.Directed = in.directed
	ao.ExcludeSelf = true // as the report aggregates: a state's acts toward itself are no dyad, counted as self
	if in.goldstein != "" {
		t, ok := cameo.WeightTableByName(in.goldstein)
		if !ok {
			return ao, ro, from, to, fmt.Errorf("%w: -goldstein %q: want gdelt or icews", errUsage, in.goldstein)
		}
		ao.Goldstein = t
	}
	if in.quads != "" {
		m, ok := cameo.QuadMappingByName(in.quads)
		if !ok {
			return ao, ro, from, to, fmt.Errorf("%w: -quads %q: want gdelt, icews, phoenix or plover", errUsage, in.quads)
		}
		ao.Quads = m
	}
	switch strings.ToLower(in.dedup) {
	case "off", "actors", "countries":
	default:
		return ao, ro, from, to, fmt.Errorf("%w: -dedup %q: want actors, countries or off", errUsage, in.dedup)
	}
	if in.format != "" {
		if ro.Format, err = dataset.ParseFormat(in.format); err != nil {
			return ao, ro, from, to, fmt.Errorf("%w: -format: %v", errUsage, err)
		}
	}
	ro.Strict = in.strict
	if from, err = scoreBound(in.from, "from", false); err != nil {
		return
	}
	var toDay time.Time
	if toDay, err = scoreBound(in.to, "to", true); err != nil {
		return
	}
	g := ao.Granularity
	from = g.Start(from)
	to = g.Start(toDay)
	if !from.IsZero() && !to.IsZero() && to.Before(from) {
		return ao, ro, from, to, fmt.Errorf("%w: -to %s is before -from %s", errUsage, in.to, in.from)
	}
	if (!from.IsZero() && !in.window) || !to.IsZero() {
		// read whole periods: from the first day of the first to the
		// last instant of the last (under window, from the data's first:
		// the history before -from is scored)
		f := &dataset.Filter{}
		if !in.window {
			f.From = from
		}
		if !to.IsZero() {
			f.To = g.Next(to).Add(-time.Nanosecond)
		}
		ro.Filter = f
	}
	if ro.Filter, err = withRoles(ro.Filter, in.roles); err != nil {
		return
	}
	return ao, ro, from, to, nil
}

// load reads the inputs (or the embedded chronology when there are none),
// deduplicates them unless -dedup off, aggregates them and returns the
// panel. The accounting of every input — rows read, kept, rejected (with
// file:line samples), filtered — goes to stderr unless -q, and always
// when the command fails there. Rejected rows go to -rejects, also then.
func (in *scoreInput) load(e *env, paths []string) (_ *score.Panel, _ *dataset.Table, err error) {
	ao, ro, from, to, err := in.options()
	if err != nil {
		return nil, nil, err
	}
	rejects, err := createRejects(in.rejects)
	if err != nil {
		return nil, nil, err
	}
	if rejects != nil {
		ro.Rejects = rejects
	}
	in.dyadRange = func(dyads []dataset.Dyad) (first, last time.Time) {
		o := ro
		o.Rejects = nil
		var flt dataset.Filter
		if ro.Filter != nil {
			flt = *ro.Filter
		}
		flt.Dyads = dyads
		o.Filter = &flt
		if stats, _ := statsPaths(paths); stats {
			return statsRange(paths, &o, &ao)
		}
		if first, last = undatedRange(paths, paths, &o); first.IsZero() {
			flt.Dyads = nil
			first, last = undatedRange(paths, paths, &o)
		}
		return first, last
	}
	var said bytes.Buffer // the accounting, printed at the end
	say := func(format string, a ...any) {
		fmt.Fprintf(&said, format, a...)
	}
	defer func() {
		in.said = said.Bytes()
		if err != nil || !in.quiet {
			e.stderr.Write(said.Bytes())
		}
		if cerr := commitRejects(rejects); cerr != nil && err == nil {
			err = cerr
		}
	}()
	stats, err := statsPaths(paths) // stats files: statsinput.go
	if err != nil {
		return nil, nil, err
	}
	var tab *dataset.Table
	if stats {
		if tab, err = in.loadStats(paths, &ro, &ao, say); err != nil {
			return nil, nil, err
		}
	} else {
		if tab, err = in.ingest(e, paths, ro, ao, say); err != nil {
			return nil, nil, err
		}
	}
	if sk := tab.Skipped(); sk.Total() > 0 {
		say("events not scored: %s\n", sk)
	}
	if tab.Len() == 0 {
		if tab.Events()+tab.Skipped().Total() == 0 {
			// run's message: which filter removed what, the data's
			// range (of the rows read without the date filter)
			var first, last time.Time
			switch {
			case stats:
				first, last = statsRange(paths, &ro, &ao)
			case ro.Filter != nil && (!ro.Filter.From.IsZero() || !ro.Filter.To.IsZero()):
				first, last = undatedRange(paths, paths, &ro)
			}
			return nil, nil, noEventsError(in.reps, first, last)
		}
		// events, none dated between two countries: what the filters
		// removed, where the events are and the data's range
		return nil, nil, nothingToReport(report.ErrNoDyads, in.reps, tab, time.Time{}, time.Time{})
	}
	// Inputs with a sparse tail (GDELT backfile rows): without -from the
	// period starts where the data becomes continuous, as report.Build
	// starts the main job's (report.FindSparseTail, also on stats files),
	// and the accounting says so. Under window, the history scored starts
	// there too unless -from reaches into the tail, as in report.Build.
	histFrom := from
	if in.window {
		histFrom = time.Time{}
	}
	if tail := report.FindSparseTail(tab, ao.Granularity); tail != nil && (from.IsZero() || (in.window && !from.Before(tail.From))) {
		histFrom = tail.From
		if from.IsZero() {
			from = tail.From
			say("note: %s\n", tail)
		}
	}
	if in.window {
		in.shownFrom, in.shownTo = from, to
		if err := emptyWindow(tab, ao.Granularity, histFrom, from, to, in.dyads); err != nil {
			if pe := (*report.EmptyPeriodError)(nil); len(in.dyads) > 0 && errors.As(err, &pe) {
				// the events of -dyads' pairs and their range, as run
				// (which reads only them) gives them
				dk := &dyadsKept{events: pe.Before + pe.After + pe.Tail}
				dk.first, dk.last = in.dyadRange(in.dyads)
				return nil, nil, nothingToReportOf(err, in.reps, tab, time.Time{}, time.Time{}, dk)
			}
			return nil, nil, nothingToReport(err, in.reps, tab, time.Time{}, time.Time{})
		}
		// the grid reaches back to -from when it precedes the data
		if first := report.FirstPeriod(tab, ao.Granularity); !from.IsZero() && (first.IsZero() || from.Before(first)) {
			histFrom = from
		}
	}
	// the log of lasting states comes from the table's mark sums (the
	// panel's default, as report.Build builds it); commands whose models
	// never read it leave it out
	p, err := score.NewPanelFromTable(tab, &score.PanelOptions{Granularity: ao.Granularity, Directed: ao.Directed, Weight: ao.Weight, From: histFrom, To: to, NoLasting: !in.lasting})
	return p, tab, err
}

// ingest reads event inputs (or the embedded chronology when there are
// none) through the one ingest stage: read, deduplicate (streaming) and
// aggregate, printing the accounting through say.
func (in *scoreInput) ingest(e *env, paths []string, ro dataset.ReadOptions, ao dataset.AggregateOptions, say func(string, ...any)) (*dataset.Table, error) {
	dedup := strings.ToLower(in.dedup)
	iopts := &dataset.IngestOptions{Read: &ro, Aggregate: &ao, NoDedup: dedup == "off"}
	if !iopts.NoDedup {
		key, err := dataset.ParseDedupKey(dedup)
		if err != nil {
			return nil, fmt.Errorf("%w: -dedup: %v", errUsage, err)
		}
		iopts.Dedup = &dataset.DedupOptions{Key: key}
	}
	var ing *dataset.Ingest
	if len(paths) == 0 {
		// read as run reads it: the same filters, the same account
		o := ro
		o.Rejects = nil
		kept, rep, err := chronology.Read(&o)
		if err != nil {
			return nil, fmt.Errorf("the embedded chronology: %w", err)
		}
		in.reps = append(in.reps, account{name: chronology.Name(), rep: rep, events: -1})
		sayAccounts(say, in.reps, nil)
		ing = dataset.IngestEvents(kept, iopts)
	} else {
		iopts.Progress, iopts.Stdin = newProgress(e, in.quiet).ingest(), e.stdin
		var reps []*dataset.Report
		var err error
		ing, reps, err = ingestFiles(paths, iopts)
		for i, r := range reps {
			if r != nil && i < len(paths) {
				in.reps = append(in.reps, account{name: paths[i], rep: r, events: -1})
			}
		}
		sayAccounts(say, in.reps, err)
		if err != nil {
			return nil, err
		}
	}
	if ing.Deduplicated {
		say("%s\n", ing.Dedup)
	}
	return ing.Table, nil
}

// sayAccounts prints the accounts through say, as run prints them
// (writeAccounts; failed: the error the command fails with, nil if none).
func sayAccounts(say func(string, ...any), accs []account, failed error) {
	var b strings.Builder
	writeAccounts(&b, accs, failed)
	say("%s", b.String())
}

// scoreOutput writes through fn to path atomically, or to stdout when path
// is empty or "-".
func scoreOutput(e *env, path string, fn func(w io.Writer) error) error {
	if path == "" || path == "-" {
		return fn(e.stdout)
	}
	if err := outputNotDir("-o", path); err != nil {
		return err
	}
	return atomicfile.Write(path, 0o644, fn)
}

// scoreDyads parses -dyads, or picks the n busiest dyads between two
// different countries in the panel's periods from shownFrom on (zero: all;
// most events first, ties in dyad order), counted from the table's rows of
// those periods.
func scoreDyads(p *score.Panel, tab *dataset.Table, spec string, n int, directed bool, shownFrom time.Time) ([]dataset.Dyad, error) {
	if strings.TrimSpace(spec) != "" {
		// checked by runScore (an arrow only with -directed); without
		// -directed, CHN-RUS and RUS-CHN are one pair, scored once
		ds, _, err := parseDyadsFlag(spec, directed, "")
		if err != nil {
			return nil, err
		}
		if len(ds) == 0 {
			return nil, fmt.Errorf("%w: -dyads: no dyad given", errUsage)
		}
		return ds, nil
	}
	ps := p.Periods()
	if len(ps) == 0 {
		return nil, nil
	}
	lo, hi := ps[0], p.Granularity().Next(ps[len(ps)-1])
	if !shownFrom.IsZero() && shownFrom.After(lo) {
		lo = shownFrom // the periods written (score's -from), not the history
	}
	var out []dataset.Dyad
	for _, c := range tab.BusiestBetween(lo, hi, 0) {
		if c.Dyad.A == c.Dyad.B || c.Events == 0 {
			continue
		}
		if out = append(out, c.Dyad); n > 0 && len(out) == n {
			break
		}
	}
	return out, nil
}

type scoreFlags struct {
	in                    scoreInput
	models, dyads, output string
	index                 string // -index: the same as -model
	grid                  bool
	top                   int
	q, qtrend, sigma2     float64
	gain, decay           float64
	center, saturation    string
	start                 string
	verbose, noFallback   bool
}

// scoreWithFallback scores every dyad with every model, in that order. A
// model that cannot score a dyad (too few observed periods, or a fit that
// degenerates) is replaced for that dyad by the weighted mean Goldstein
// index, as run does, with a note on stderr naming the dyad, the model and
// why (-q silences it); -no-fallback makes it an error instead.
func scoreWithFallback(e *env, p *score.Panel, dyads []dataset.Dyad, models []score.Model, noFallback, quiet bool) (*score.SeriesSet, error) {
	set := &score.SeriesSet{}
	for _, d := range dyads {
		have := map[string]bool{}
		for _, m := range models {
			s, err := m.Score(p, d)
			if err != nil && !noFallback && (errors.Is(err, score.ErrTooFewObservations) || errors.Is(err, score.ErrDegenerate)) {
				fb := &score.IndexOptions{Directed: p.Directed()}
				why := "needs more observed periods than this dyad has"
				if errors.Is(err, score.ErrDegenerate) {
					why = "could not be fitted to this dyad's data"
				}
				if !quiet {
					fmt.Fprintf(e.stderr, "report: note: %s: %s %s; scored with %s instead (-no-fallback: fail)\n", d, m.Name(), why, fb.Name())
				}
				if have[fb.Name()] {
					continue
				}
				m, s, err = fb, nil, nil
				if s, err = m.Score(p, d); err != nil {
					return nil, err
				}
			}
			if err != nil {
				return nil, err
			}
			if have[m.Name()] {
				continue
			}
			have[m.Name()] = true
			set.Add(s)
		}
	}
	return set, nil
}

func runScore(e *env, args []string) error {
	var f scoreFlags
	fs := newFlags(e, "score", "report score [-model NAME[,NAME…]] [-dyads CHN-RUS,…] [-period month] [flags] [INPUT…]",
		"report score -o scores.csv                                             # the report's headline (level) for its dyads: the main job's scores.csv rows of it, thin_evidence included",
		"report score -model goldstein,kalman -dyads CHN-RUS,CHN-USA           # the embedded chronology",
		"report score -model level -dyads RUS-UKR -period month -o level.csv",
		"report score -model netcoop-norm -weight log-sources -from 2015 -to 2024 events.gdelt.tsv.gz",
		"report score -model kalman -state-variance 0.2 -obs-variance 9 -dyads USA-VEN icews.tab   # fixed variances: no marginalisation",
		"report score -directed -model goldstein -dyads USA-CHN,CHN-USA events.csv # what each side did",
	)
	f.in.window = true
	f.in.register(fs, "month")
	fs.StringVar(&f.in.rejects, "rejects", "", rejectsUsage)
	fs.StringVar(&f.models, "model", report.DefaultIndex, "`models`, comma-separated: "+strings.Join(score.ModelNames(), ", ")+" (default: the report's headline, report.DefaultIndex)")
	fs.StringVar(&f.index, "index", "", "the same as -model (the main job's name for its headline `model`)")
	fs.StringVar(&f.dyads, "dyads", "", "dyads, comma-separated (`CHN-RUS,CHN-USA`); default: the report's — for the embedded chronology the eight dyads it was built for, else the -max-dyads busiest pairs of different countries")
	fs.BoolVar(&f.grid, "grid", false, "write every period of the data's range for every dyad, empty (and thin_evidence true) before its first event (default: each dyad from its first event on, as the report's scores.csv)")
	fs.IntVar(&f.top, "max-dyads", report.DefaultMaxDyads, "how many busiest dyads to score when -dyads is not given, as the main job picks them ("+maxDyadsHelp+"; the embedded chronology scores the eight dyads it was built for unless -max-dyads is given)")
	fs.StringVar(&f.output, "o", "", "output `file` (written atomically; default: standard output)")
	fs.Float64Var(&f.q, "state-variance", 0, "kalman/trend: state `variance` per period, q (0: kalman marginalises it, kalman-ml and trend estimate it by maximum likelihood)")
	fs.Float64Var(&f.qtrend, "slope-variance", 0, "trend: slope `variance` per period (0: estimate)")
	fs.Float64Var(&f.sigma2, "obs-variance", 0, "kalman/trend: `variance` of one observation, σ² (0: marginalise or estimate)")
	fs.BoolVar(&f.noFallback, "no-fallback", false, "fail when a model cannot score a dyad instead of scoring it with goldstein (as run does) and saying so")
	fs.Float64Var(&f.gain, "gain", 0, "level: gain of a period's push (0: the model's default, score.DefaultLevelGain)")
	fs.StringVar(&f.center, "center", "0", "level: Goldstein weight that pushes nothing, a `number` or auto (the data's average event)")
	fs.StringVar(&f.saturation, "saturation", "", "level: `saturation` "+strings.Join(score.SaturationNames(), ", ")+" (default: the first)")
	fs.Float64Var(&f.decay, "decay", 0, "level: share of the distance to the dyad's own record lost each period, in [0, 1) (0: the model's default, score.DefaultLevelDecay; negative: none)")
	fs.StringVar(&f.start, "start", "", "level: starting `level` in [-9, 9] (default: estimated from the first 12 periods with events)")
	fs.BoolVar(&f.verbose, "v", false, "print each series' fitted parameters to stderr")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if f.index != "" {
		setModel := false
		fs.Visit(func(fl *flag.Flag) { setModel = setModel || fl.Name == "model" })
		if setModel && f.models != f.index {
			return fmt.Errorf("%w: -index %q and -model %q: give one (-index is -model's other name)", errUsage, f.index, f.models)
		}
		f.models = f.index
	}
	models, err := f.buildModels()
	if err != nil {
		return err
	}
	top, err := maxDyads(f.top)
	if err != nil {
		return err
	}
	if strings.TrimSpace(f.dyads) != "" {
		ds, _, err := parseDyadsFlag(f.dyads, f.in.directed, "without -directed a pair is scored both ways (add -directed to score one direction)")
		if err != nil {
			return err
		}
		if err := checkDyads(ds); err != nil {
			return err
		}
		f.in.dyads = ds
	}
	for _, m := range models {
		if _, ok := m.(*score.LevelOptions); ok {
			f.in.lasting = true
		}
	}
	if err := outputNotDir("-o", f.output); err != nil {
		return err // before the inputs are read
	}
	p, tab, err := f.in.load(e, fs.Args())
	if err != nil {
		return err
	}
	spec := f.dyads
	maxSet := false
	fs.Visit(func(fl *flag.Flag) { maxSet = maxSet || fl.Name == "max-dyads" })
	if strings.TrimSpace(spec) == "" && len(fs.Args()) == 0 && !maxSet {
		// the embedded chronology: the dyads it was built for, as run
		// picks them (an explicit -max-dyads picks the busiest, as run
		// does); a directed panel scores both directions of each
		var names []string
		for _, d := range chronology.CoreDyads() {
			names = append(names, d.String())
			if f.in.directed {
				names = append(names, d.Reverse().String())
			}
		}
		spec = strings.Join(names, ",")
	}
	dyads, err := scoreDyads(p, tab, spec, top, f.in.directed, f.in.shownFrom)
	if err != nil {
		return err
	}
	known := map[dataset.Dyad]bool{}
	for _, d := range p.Dyads() {
		known[d] = true
	}
	var empty []string
	var emptyDyads []dataset.Dyad
	for _, d := range dyads {
		has := known[d] || (!p.Directed() && known[d.Reverse()]) || (p.Directed() && !f.in.directed && known[d.Reverse()])
		if !has {
			empty = append(empty, d.String())
			emptyDyads = append(emptyDyads, d)
		}
	}
	if strings.TrimSpace(f.dyads) != "" && len(empty) == len(dyads) && len(dyads) > 0 {
		// run's rule: -dyads that select no event fail, with the
		// range of their events (else of the data's) as run gives it
		var first, last time.Time
		if f.in.dyadRange != nil {
			first, last = f.in.dyadRange(emptyDyads)
		}
		err := noDyadEventsError(f.in.reps, empty, first, last)
		f.in.sayFailed(e, err)
		return err
	}
	for _, d := range empty {
		if !f.in.quiet {
			fmt.Fprintf(e.stderr, "report: warning: %s has no events in the periods scored; its values are empty\n", d)
		}
	}
	set, err := scoreWithFallback(e, p, dyads, models, f.noFallback, f.in.quiet)
	if err != nil {
		if errors.Is(err, score.ErrTooFewObservations) {
			return fmt.Errorf("%w (give -state-variance and -obs-variance, and -slope-variance for the trend model, to score it with fixed variances)", err)
		}
		return err
	}
	if f.verbose {
		for _, s := range set.Series {
			var parts []string
			for _, prm := range s.Params {
				parts = append(parts, prm.Name+"="+strconv.FormatFloat(prm.Value, 'g', 6, 64))
			}
			fmt.Fprintf(e.stderr, "%s %s weight=%s %s\n", s.Label(), s.Model, s.Weight, strings.Join(parts, " "))
		}
	}
	// the periods written: -from … -to, each dyad from its first event
	// (unless -grid), thin_evidence from the whole history
	rows := report.CutScores(set, f.in.shownFrom, f.in.shownTo, f.grid)
	return scoreOutput(e, f.output, rows.WriteCSV)
}

// buildModels turns -model and the model settings into models.
func (f *scoreFlags) buildModels() ([]score.Model, error) {
	var out []score.Model
	for _, v := range []float64{f.q, f.qtrend, f.sigma2} {
		if !(v >= 0) || math.IsInf(v, 0) {
			return nil, fmt.Errorf("%w: -state-variance, -slope-variance and -obs-variance must be finite and not negative", errUsage)
		}
	}
	if !(f.gain >= 0) || math.IsInf(f.gain, 0) || !(f.decay < 1) {
		return nil, fmt.Errorf("%w: -gain must be positive and -decay below 1", errUsage)
	}
	sat, ok := score.SaturationByName(strings.ToLower(f.saturation))
	if !ok {
		return nil, fmt.Errorf("%w: -saturation %q: want %s", errUsage, f.saturation, strings.Join(score.SaturationNames(), ", "))
	}
	seen := map[string]bool{}
	for _, name := range strings.Split(f.models, ",") {
		name = strings.TrimSpace(name)
		if name == "" {
			continue
		}
		m, err := score.ModelByName(name)
		if err != nil {
			return nil, fmt.Errorf("%w: -model: %v", errUsage, err)
		}
		if seen[m.Name()] {
			continue
		}
		seen[m.Name()] = true
		switch x := m.(type) {
		case *score.IndexOptions:
			x.Directed = f.in.directed
		case *score.KalmanOptions:
			x.Directed = f.in.directed
			x.Q, x.QTrend, x.Sigma2 = f.q, f.qtrend, f.sigma2
		case *score.LevelOptions:
			x.Directed = f.in.directed
			x.Gain, x.Decay, x.Saturation = f.gain, f.decay, sat
			switch c := strings.ToLower(strings.TrimSpace(f.center)); c {
			case "auto":
				x.AutoCenter = true
			default:
				v, err := strconv.ParseFloat(c, 64)
				if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
					return nil, fmt.Errorf("%w: -center %q: want a number or auto", errUsage, f.center)
				}
				x.Center = v
			}
			if f.start != "" {
				v, err := strconv.ParseFloat(strings.TrimSpace(f.start), 64)
				if err != nil || !(v >= -9 && v <= 9) {
					return nil, fmt.Errorf("%w: -start %q: want a level in [-9, 9]", errUsage, f.start)
				}
				x.Start, x.FixedStart = v, true
			}
		}
		out = append(out, m)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%w: -model: no model given", errUsage)
	}
	return out, nil
}

// noDyadEventsError is score's failure when no dyad of -dyads has an
// event: the main job's message (noEventsError), with the rows the inputs
// kept counted as removed by the dyad filter, as run's read filter counts
// them. Without accounts (stats files) it names the dyads.
func noDyadEventsError(accs []account, dyads []string, first, last time.Time) error {
	var moved []account
	for _, a := range accs {
		if a.rep == nil {
			continue
		}
		r := *a.rep
		r.Filters = map[string]int64{}
		for k, n := range a.rep.Filters {
			r.Filters[k] = n
		}
		if r.Kept > 0 {
			r.Filters[dataset.FilterDyad] += r.Kept
			r.Kept = 0
		}
		a.rep = &r
		moved = append(moved, a)
	}
	if len(moved) == 0 {
		return fmt.Errorf("no events of -dyads %s in the periods scored; `report inspect` lists the busiest dyads of the inputs", strings.Join(dyads, ","))
	}
	return noEventsError(moved, first, last)
}
