package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/entente/entente/cameo"
	"github.com/entente/entente/chronology"
	"github.com/entente/entente/dataset"
	"github.com/entente/entente/extract"
	"github.com/entente/entente/plots"
	"github.com/entente/entente/report"
	"github.com/entente/entente/score"
	"github.com/entente/entente/votes"
)

func init() {
	register("run", "read articles and/or event files, score the relations and write a report (PDF, HTML, charts, CSV)", runPipeline)
	defaultCommand = "run"
}

// pipelineFlags are the flags of the default command.
type pipelineFlags struct {
	out, dyads, from, to, period, index, models, weight, goldstein, quads string
	dedup, formats, title, published, generated, size                     string
	maxDyads, top                                                         int
	strict, quiet                                                         bool
	maxDyadsSet                                                           bool // -max-dyads given: the busiest even on the embedded chronology
	roles, rejects                                                        string
}

func runPipeline(e *env, args []string) (err error) {
	var f pipelineFlags
	fs := newFlags(e, "run", "report [run] [-o DIR] [flags] [INPUT…]",
		"report                                   # the embedded chronology → ./report-out",
		"report -o out events.csv                 # a CSV with date,source,target,code is enough",
		"report -dyads CHN-RUS,CHN-USA -from 2018 -to 2024-06 gdelt.tsv.gz",
		"report -period quarter -index goldstein -formats pdf,csv icews.tab",
		"report -published 2024-05-16 article.txt  # news text: coded into events first",
		"report ../shared/seeds                    # a folder of articles (dates from index.tsv)",
		"report embedded:articles                  # the project's own example articles, coded",
		"cat examples/articles.jsonl | report -    # standard input or a pipe: articles or events by content",
	)
	fs.StringVar(&f.out, "o", "report-out", "output `folder` (replaced if it holds an earlier report; never if it holds other files)")
	fs.StringVar(&f.dyads, "dyads", "", "dyads to report on, comma-separated (`CHN-RUS,CHN-USA`); default: the busiest of the input, or for the embedded chronology the eight dyads it was built for")
	fs.IntVar(&f.maxDyads, "max-dyads", report.DefaultMaxDyads, "how many busiest dyads to pick when -dyads is not given ("+maxDyadsHelp+"; given explicitly, also on the embedded chronology instead of its eight dyads)")
	fs.StringVar(&f.from, "from", "", fromHelp)
	fs.StringVar(&f.to, "to", "", toHelp)
	fs.StringVar(&f.period, "period", "month", "period `length`: day, week, month, quarter or year")
	fs.StringVar(&f.index, "index", report.DefaultIndex, "main index `model`: "+strings.Join(score.ModelNames(), ", "))
	fs.StringVar(&f.models, "models", strings.Join(report.DefaultModels, ","), "further `models` written to scores.csv, comma-separated")
	fs.StringVar(&f.weight, "weight", "one", "event `weight`: one, mentions, sources, articles or log-sources")
	fs.StringVar(&f.roles, "roles", "government", rolesUsage)
	fs.StringVar(&f.goldstein, "goldstein", "", "re-weight every event with a Goldstein `table`: gdelt or icews (default: each event's own)")
	fs.StringVar(&f.quads, "quads", "", "re-class every event with a quad `mapping`: gdelt, icews, phoenix or plover (default: each event's own)")
	fs.StringVar(&f.dedup, "dedup", "actors", "merge repeated reports of an event on the same day: `key` actors, countries, or off")
	fs.StringVar(&f.formats, "formats", "all", "outputs, a comma-separated `list` of pdf, html, png, svg, csv, or all")
	fs.StringVar(&f.size, "size", "screen", "PNG/SVG chart `size`: screen (960×540 px), print (6.5×4 in, 300 dpi) or column")
	fs.IntVar(&f.top, "top", report.DefaultTopEvents, "top events listed and annotated per dyad (0: none)")
	fs.StringVar(&f.title, "title", "", "report `title` (default: names the countries)")
	fs.StringVar(&f.published, "published", "", "publication `date` (YYYY-MM-DD) of articles that do not give one")
	fs.StringVar(&f.generated, "date", "", "generation `date` written into the report (RFC 3339 or YYYY-MM-DD; default: $SOURCE_DATE_EPOCH, else now)")
	fs.BoolVar(&f.strict, "strict", false, "stop at the first unreadable row or article instead of counting it")
	fs.StringVar(&f.rejects, "rejects", "", rejectsUsage)
	fs.BoolVar(&f.quiet, "q", false, "print nothing but errors (a failure still prints every input's accounting)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	fs.Visit(func(fl *flag.Flag) { f.maxDyadsSet = f.maxDyadsSet || fl.Name == "max-dyads" })
	opts, formats, err := f.options()
	if err != nil {
		return err
	}
	inputs := fs.Args()
	prog := newProgress(e, f.quiet)
	// Stats and evidence files aggregated elsewhere: statsinput.go.
	if stats, evidence, err := statsReportInputs(inputs); err != nil {
		return err
	} else if len(stats) > 0 {
		return runStatsReport(e, &f, opts, formats, stats, evidence, prog)
	}

	// 1. The ingest stage: the inputs (or the embedded chronology) →
	// deduplicated dyad-period statistics, accounts and bounded evidence.
	// Event files stream through dataset.IngestFiles (no Event is kept);
	// events held in memory (the chronology, events coded from articles)
	// are deduplicated and aggregated after them, as though read last.
	// -from is no read filter: the history before it is read and scored
	// (report.Options.From); events after -to are not read (window.go).
	ro := &dataset.ReadOptions{Strict: f.strict, Goldstein: opts.Goldstein, Quads: opts.Quads}
	if len(opts.Dyads) > 0 || !opts.To.IsZero() {
		ro.Filter = &dataset.Filter{Dyads: opts.Dyads, To: periodEnd(opts.To, opts.Granularity)}
	}
	if ro.Filter, err = withRoles(ro.Filter, f.roles); err != nil {
		return err
	}
	// Events coded from articles are held in memory: the same roles apply
	// to them through the ingest stage (report.Options.Roles).
	if ro.Filter != nil && ro.Filter.Roles != nil {
		opts.Roles = ro.Filter.Roles
	} else {
		opts.AllRoles = true
	}
	rejects, err := createRejects(f.rejects)
	if err != nil {
		return err
	}
	if rejects != nil {
		ro.Rejects = rejects
	}
	var memEvents []dataset.Event
	// sources in input order: an article source, or the index of an
	// event file in paths
	type sourceSlot struct {
		src  report.Source
		file int
		acc  account // chronology and articles
	}
	var slots []sourceSlot
	var paths []string
	var reps []*dataset.Report
	// accounts lists every input's accounting in input order.
	accounts := func() []account {
		var accs []account
		for _, sl := range slots {
			if sl.file < 0 {
				accs = append(accs, sl.acc)
				continue
			}
			a := account{name: paths[sl.file], events: -1}
			if sl.file < len(reps) {
				a.rep = reps[sl.file]
			}
			accs = append(accs, a)
		}
		return accs
	}
	// Every input's accounting is printed before the error, -q or not;
	// the rejected rows are kept (-rejects) whatever the outcome.
	defer func() {
		if err != nil {
			writeAccounts(e.stderr, accounts(), err)
		}
		if cerr := commitRejects(rejects); cerr != nil && err == nil {
			err = cerr
		}
	}()
	if len(inputs) == 0 {
		if len(opts.Dyads) == 0 && !f.maxDyadsSet {
			// The embedded chronology was built for these relationships:
			// the seed articles' (China–Russia, China–Venezuela) and the
			// ones they are defined against. An explicit -max-dyads picks
			// the busiest instead, as on any input.
			opts.Dyads = chronology.CoreDyads()
		}
		evs, rep, err := chronology.Read(ro)
		if err != nil {
			return fmt.Errorf("reading the embedded chronology: %w", err)
		}
		memEvents = evs
		src := report.SourceFromReport(rep)
		src.Name = chronology.Name()
		slots = append(slots, sourceSlot{src: src, file: -1, acc: account{name: src.Name, rep: rep, events: rep.Kept}})
	}
	published, err := parseDay(f.published, "-published")
	if err != nil {
		return err
	}
	var coder *extract.Coder
	var coded *extract.Deduper // repeated reports across all article inputs
	aro := &extract.ReadOptions{Published: published, Strict: f.strict}
	var stdin io.Reader             // what "-" reads: standard input, peeked
	var opened map[string]io.Reader // pipes and sockets, peeked
	stdinTwice := 0
	for _, in := range inputs {
		if in == "-" {
			if stdinTwice++; stdinTwice > 1 {
				return fmt.Errorf("%w: standard input (-) is given twice; it can be read once", errUsage)
			}
		}
		kind, err := classifyInput(in)
		if err != nil {
			return err
		}
		var stream io.Reader
		if kind == inputStream {
			// Read once: the peeked bytes are kept and read again by
			// whichever reader the content asks for.
			k, sin, err := classifyStream(e, in)
			if err != nil {
				return err
			}
			defer sin.Close()
			kind, stream = k, sin
		}
		switch kind {
		case inputEvents:
			switch {
			case in == "-" && stream != nil:
				stdin = stream
			case stream != nil:
				if opened == nil {
					opened = map[string]io.Reader{}
				}
				opened[in] = stream
			}
			slots = append(slots, sourceSlot{file: len(paths)})
			paths = append(paths, in)
		default:
			arts, arep, err := loadArticles(in, kind, stream, aro)
			if err != nil {
				if arep != nil {
					slots = append(slots, sourceSlot{file: -1, acc: account{name: in, rep: arep, articles: true, events: -1}})
				}
				return err
			}
			if coder == nil {
				if coder, err = extract.NewCoder(nil); err != nil {
					return err
				}
				coded = extract.NewDeduper(nil)
			}
			src, err := codeArticles(coder, in, arts, arep, coded, f.strict, prog)
			acc := account{name: in, articles: true, events: src.Events,
				rep: &dataset.Report{File: in, Read: src.Read, Kept: src.Kept, Rejected: src.Rejected, Filtered: src.Filtered,
					Samples: arep.Samples, Reasons: arep.Reasons, Filters: arep.Filters}}
			slots = append(slots, sourceSlot{src: src, file: -1, acc: acc})
			if err != nil {
				return err
			}
		}
	}
	articleDedup := ""
	if coded != nil {
		memEvents = append(memEvents, coded.Events()...)
		articleDedup = "articles " + coded.Report().String()
		ad := coded.Report()
		opts.ArticleDedup = &ad
	}
	iopts := opts.IngestOptions()
	iopts.Read, iopts.Events, iopts.Stdin, iopts.Opened = ro, memEvents, e.stdin, opened
	if stdin != nil {
		iopts.Stdin = stdin
	}
	// With files and no dyads asked for, the evidence of the dyads the
	// report picks comes from a second pass limited to them: a first pass
	// keeping evidence for every dyad would hold events for all of them.
	// Standard input, a named pipe or a socket cannot be read twice:
	// without -dyads its evidence would be every dyad's (memory growing
	// with all the dyad-periods), so it has none, and the report says why.
	once := false
	for _, p := range paths {
		once = once || !rereadable(p)
	}
	twoPass := len(paths) > 0 && len(opts.Dyads) == 0 && iopts.Evidence > 0
	evidence := iopts.Evidence
	if twoPass {
		iopts.Evidence = 0
	}
	if twoPass && once {
		twoPass = false
		prog.warn("standard input or a pipe is read once: give -dyads for top events and change-point drivers")
	}
	// The report's vote section loads the embedded votes (a sync.Once):
	// loaded while the files are read, it is off the critical path.
	if !opts.NoVotes && opts.Votes == nil && len(paths) > 0 {
		go votes.Embedded() // errors are Build's to report, when it calls it again
	}
	// The first pass keeps the evidence of candidates, the busiest dyads
	// of a 1 % sample of the files, as the second pass would keep it (no
	// merged texts; the first report's URL of an event that entered late
	// is read again from the file, as the -dyads run's merged texts show
	// it): when the report picks among them, as it does unless the sample
	// misleads, the files are read once.
	var candidates []dataset.Dyad
	if twoPass {
		candidates = dataset.SampleBusiest(paths, ro, opts.MaxDyads+4)
		if len(candidates) > 0 {
			iopts.Evidence, iopts.EvidenceDyads, iopts.EvidenceFirstTexts = evidence, candidates, true
		}
	}
	iopts.Progress = prog.ingest()
	in, reps, err := ingestFiles(paths, iopts)
	prog.clear()
	if err != nil {
		return err
	}
	if in.Table.Events()+in.Table.Skipped().Total() == 0 {
		// the data's range: of the rows the filters but the dates keep,
		// else of every row (a -dyads with no event)
		var first, last time.Time
		if ro.Filter != nil && !ro.Filter.To.IsZero() {
			first, last = undatedRange(paths, inputs, ro)
		}
		if first.IsZero() && ro.Filter != nil && len(ro.Filter.Dyads) > 0 {
			all := *ro
			flt := *ro.Filter
			flt.Dyads = nil
			all.Filter = &flt
			first, last = undatedRange(paths, inputs, &all)
		}
		return noEventsError(accounts(), first, last)
	}
	var sources []report.Source
	for _, sl := range slots {
		if sl.file >= 0 {
			sl.src = report.SourceFromReport(reps[sl.file])
			sl.src.Name = paths[sl.file]
		}
		sources = append(sources, sl.src)
	}
	opts.Sources = sources
	if twoPass {
		if err := secondPass(in, paths, iopts, evidence, opts, prog, candidates); err != nil {
			return err
		}
	}

	// 2. Scores and charts, from the statistics and the evidence.
	prog.status(fmt.Sprintf("scoring %s dyad-periods", thousandsInt(in.Table.Len())))
	rep, err := report.Build(in, opts)
	prog.clear()
	if errors.Is(err, report.ErrNoDyads) {
		var first, last time.Time
		if ro.Filter != nil && !ro.Filter.To.IsZero() {
			first, last = undatedRange(paths, inputs, ro)
		}
		return nothingToReport(err, accounts(), in.Table, first, last)
	}
	if err != nil {
		return err
	}

	// 3. Output, atomically.
	// Without -from, Build starts a report whose first periods are a sparse
	// tail (GDELT backfile rows) where the data becomes continuous
	// (report.FindSparseTail); the note says what it left out.
	if err := writeReport(e, &f, prog, rep, formats, accounts(), articleDedup, []string{tailNote(rep)}); err != nil {
		return err
	}
	if !f.quiet {
		// the events coded from articles that the role rule set aside
		writeFilters(e.stdout, "articles", in.SetAside)
	}
	return nil
}

// tailNote is the note on what the sparse-tail rule left out of rep's
// period ("" when it did not fire).
func tailNote(rep *report.Report) string {
	if rep.SparseTail == nil {
		return ""
	}
	return rep.SparseTail.String()
}

// writeReport writes rep into f.out atomically and, unless -q, prints the
// summary, the accounting and the notes that are not empty.
func writeReport(e *env, f *pipelineFlags, prog *progress, rep *report.Report, formats report.Formats, accs []account, articleDedup string, notes []string) error {
	prog.status("writing " + f.out)
	err := rep.WriteDir(f.out, &formats)
	prog.clear()
	if err != nil {
		return err
	}
	if !f.quiet {
		printSummary(e.stdout, rep, f.out, formats, accs, articleDedup)
		for _, n := range notes {
			if n != "" {
				fmt.Fprintf(e.stdout, "note: %s\n", n)
			}
		}
	}
	return nil
}

// ingestGCPercent is the garbage collector's target while event files are
// ingested: the ingest stage's memory is a few large pointer-free tables
// (dedup keys and sums), cheap to collect, and a lower target keeps the
// peak near what is live (BENCHMARKS.md: 128 MB on 2M GDELT rows).
const ingestGCPercent = 25

// ingestFiles is dataset.IngestFiles under ingestGCPercent (which stays
// in force for the rest of the command: the statistics, panel and scores
// that follow are a few large tables too). The ingest's key table is
// collected before its rows are made (dataset), and what it frees is
// reused by the stages that follow: returning it to the system at the end
// of the ingest (debug.FreeOSMemory) cost 4 % of the main job's time and
// lowered its peak by 2 MB (BENCHMARKS.md).
func ingestFiles(paths []string, iopts *dataset.IngestOptions) (*dataset.Ingest, []*dataset.Report, error) {
	debug.SetGCPercent(ingestGCPercent)
	return dataset.IngestFiles(paths, iopts)
}

// rereadable reports whether path can be opened and read a second time:
// a regular file, not standard input ("-"), a named pipe or a socket.
func rereadable(path string) bool {
	if path == "-" {
		return false
	}
	st, err := os.Stat(path)
	return err == nil && st.Mode().IsRegular()
}

// secondPass reads the event files again, limited to the dyads the report
// picks from in's statistics, for their evidence (top events, change-point
// drivers, timelines): the same merged events and ranks as one pass would
// keep. It reads nothing when the first pass kept the evidence of every
// picked dyad (candidates).
func secondPass(in *dataset.Ingest, paths []string, iopts *dataset.IngestOptions, evidence int, opts *report.Options, prog *progress, candidates []dataset.Dyad) error {
	dyads := report.PickDyads(in, opts)
	if len(dyads) == 0 {
		return nil
	}
	kept := map[dataset.Dyad]bool{}
	for _, d := range candidates {
		kept[d.Undirected()] = true
	}
	all := len(candidates) > 0
	for _, d := range dyads {
		all = all && kept[d.Undirected()]
	}
	if all {
		return nil
	}
	ro := *iopts.Read
	var flt dataset.Filter
	if ro.Filter != nil {
		flt = *ro.Filter
	}
	flt.Dyads = dyads
	ro.Filter = &flt
	io2 := *iopts
	io2.Read, io2.Evidence, io2.EvidenceDyads, io2.EvidenceOnly, io2.EvidenceFirstTexts = &ro, evidence, dyads, true, false
	io2.Progress = prog.ingest()
	ev, _, err := ingestFiles(paths, &io2)
	prog.clear()
	if err != nil {
		return err
	}
	in.UseEvidence(ev)
	return nil
}

// options turns the flags into report options, or a usage error.
func (f *pipelineFlags) options() (*report.Options, report.Formats, error) {
	o := &report.Options{Title: f.title, MaxDyads: f.maxDyads, Index: f.index, TopEvents: f.top, Version: version()}
	if f.top == 0 {
		o.TopEvents = -1 // none
	}
	var err error
	usage := func(format string, a ...any) (*report.Options, report.Formats, error) {
		return nil, report.Formats{}, fmt.Errorf("%w: "+format, append([]any{errUsage}, a...)...)
	}
	if f.top < 0 {
		return usage("-top %d: want a count of top events per dyad, or 0 for none", f.top)
	}
	if f.dyads != "" {
		if o.Dyads, _, err = parseDyadsFlag(f.dyads, false, "a report reads each pair both ways (report score -directed scores one direction)"); err != nil {
			return nil, report.Formats{}, err
		}
		if err := checkDyads(o.Dyads); err != nil {
			return nil, report.Formats{}, err
		}
	}
	if o.MaxDyads, err = maxDyads(f.maxDyads); err != nil {
		return nil, report.Formats{}, err
	}
	if o.Granularity, err = dataset.ParseGranularity(f.period); err != nil {
		return usage("-period: %v", err)
	}
	if o.From, err = parsePeriodStart(f.from, "-from"); err != nil {
		return nil, report.Formats{}, err
	}
	if o.To, err = parsePeriodEndDay(f.to, "-to"); err != nil {
		return nil, report.Formats{}, err
	}
	if !o.From.IsZero() && !o.To.IsZero() && o.To.Before(o.From) {
		return usage("-to %s is before -from %s", f.to, f.from)
	}
	if _, err := score.ModelByName(f.index); err != nil {
		return usage("-index: %v", err)
	}
	o.Models = []string{}
	for _, m := range strings.Split(f.models, ",") {
		if m = strings.TrimSpace(m); m == "" {
			continue
		}
		if _, err := score.ModelByName(m); err != nil {
			return usage("-models: %v", err)
		}
		o.Models = append(o.Models, m)
	}
	if o.Weight, err = dataset.ParseWeight(f.weight); err != nil {
		return usage("-weight: %v", err)
	}
	if f.goldstein != "" {
		t, ok := cameo.WeightTableByName(f.goldstein)
		if !ok {
			return usage("-goldstein: unknown table %q (want gdelt or icews)", f.goldstein)
		}
		o.Goldstein = t
	}
	if f.quads != "" {
		m, ok := cameo.QuadMappingByName(f.quads)
		if !ok {
			return usage("-quads: unknown mapping %q (want gdelt, icews, phoenix or plover)", f.quads)
		}
		o.Quads = m
	}
	switch strings.ToLower(f.dedup) {
	case "off", "none", "no":
		o.NoDedup = true
	default:
		if o.DedupKey, err = dataset.ParseDedupKey(strings.ToLower(f.dedup)); err != nil {
			return usage("-dedup: %v (or off)", err)
		}
	}
	formats, err := report.ParseFormats(f.formats)
	if err != nil {
		return usage("-formats: %v", err)
	}
	switch strings.ToLower(f.size) {
	case "screen":
		o.ChartSize = plots.SizeScreen
	case "print":
		o.ChartSize = plots.SizePrint
	case "column":
		o.ChartSize = plots.SizeColumn
	default:
		return usage("-size: unknown size %q (want screen, print or column)", f.size)
	}
	if o.Generated, err = generationDate(f.generated); err != nil {
		return nil, report.Formats{}, err
	}
	return o, formats, nil
}

// parsePeriodStart reads YYYY, YYYY-MM or YYYY-MM-DD as the first day it
// names.
func parsePeriodStart(s, flag string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("%w: %s %q: want YYYY, YYYY-MM or YYYY-MM-DD", errUsage, flag, s)
}

// parsePeriodEndDay reads YYYY, YYYY-MM or YYYY-MM-DD as the last day it
// names (2024 → 2024-12-31, 2024-06 → 2024-06-30).
func parsePeriodEndDay(s, flag string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, nil
	}
	if t, err := time.Parse("2006-01", s); err == nil {
		return t.AddDate(0, 1, -1), nil
	}
	if t, err := time.Parse("2006", s); err == nil {
		return t.AddDate(1, 0, -1), nil
	}
	return time.Time{}, fmt.Errorf("%w: %s %q: want YYYY, YYYY-MM or YYYY-MM-DD", errUsage, flag, s)
}

// periodEnd is the last day of the period containing t (zero stays zero),
// for the readers' inclusive date filter.
func periodEnd(t time.Time, g dataset.Granularity) time.Time {
	if t.IsZero() {
		return t
	}
	return g.Next(g.Start(t)).AddDate(0, 0, -1)
}

func parseDay(s, flag string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%w: %s %q: want YYYY-MM-DD", errUsage, flag, s)
	}
	return t, nil
}

// generationDate is -date, else $SOURCE_DATE_EPOCH (the reproducible-builds
// convention: Unix seconds), else now, in UTC and to the second.
func generationDate(flag string) (time.Time, error) {
	if flag != "" {
		if t, err := time.Parse(time.RFC3339, flag); err == nil {
			return t.UTC(), nil
		}
		if t, err := time.Parse("2006-01-02", flag); err == nil {
			return t, nil
		}
		return time.Time{}, fmt.Errorf("%w: -date %q: want RFC 3339 (2026-01-02T15:04:05Z) or YYYY-MM-DD", errUsage, flag)
	}
	if s := os.Getenv("SOURCE_DATE_EPOCH"); s != "" {
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return time.Time{}, fmt.Errorf("SOURCE_DATE_EPOCH %q is not a number of seconds", s)
		}
		return time.Unix(n, 0).UTC(), nil
	}
	return time.Now().UTC().Truncate(time.Second), nil
}

// version is the module version the binary was built from ("dev" for a
// build from a working tree).
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}

// inputKind says how an INPUT is read.
type inputKind int8

const (
	inputEvents           inputKind = iota // an event file the dataset package reads
	inputArticleDir                        // a folder of .txt/.md articles
	inputArticleText                       // one article as plain text
	inputArticleJSONL                      // articles as JSONL records {id, url, published, title, text}
	inputEmbeddedArticles                  // the project's example articles (embedded:articles)
	inputStream                            // standard input, a pipe or a socket: classifyStream tells
)

// classifyPeek is how many bytes classifyInput examines: enough for a
// dataset format and the top-level keys of a long JSONL article.
const classifyPeek = 64 << 10

// classifyInput decides how to read path: folders are articles; .txt and
// .md files are articles; JSON lines with a "text" field and no "code" are
// articles; anything the dataset package recognises is events; other
// UTF-8 text is an article. See classifyStream for standard input ("-")
// and other inputs that can be read only once (classifyInput reports
// them as streams).
func classifyInput(path string) (inputKind, error) {
	switch path {
	case "-":
		return inputStream, nil
	case embeddedArticlesInput:
		return inputEmbeddedArticles, nil
	}
	st, err := os.Stat(path)
	if err != nil {
		return 0, err
	}
	if st.IsDir() {
		return inputArticleDir, nil
	}
	if !st.Mode().IsRegular() {
		// A pipe or a socket cannot be opened twice: peeking here would
		// take its first bytes from the reader (classifyStream keeps them).
		return inputStream, nil
	}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".md", ".text", ".markdown":
		return inputArticleText, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	head := make([]byte, classifyPeek)
	n, _ := io.ReadFull(f, head)
	return classifyHead(head[:n]), nil
}

// classifyStream opens an input that can be read only once (standard input
// for "-", a named pipe, a socket), peeks at its first classifyPeek bytes
// and classifies them as classifyInput classifies a regular file's. The
// returned Input replays the peeked bytes: it is the input, read once,
// whatever it turns out to be. Close it.
func classifyStream(e *env, path string) (inputKind, *dataset.Input, error) {
	var in *dataset.Input
	if path == "-" {
		in = dataset.NewInput(e.stdin, "-", classifyPeek)
	} else {
		var err error
		if in, err = dataset.OpenInput(path, classifyPeek); err != nil {
			return 0, nil, err
		}
	}
	return classifyHead(in.Head()), in, nil
}

// classifyHead classifies an input by its first bytes: JSON lines with a
// "text" field and no "code" are articles; anything the dataset package
// recognises (or compressed data, which it decompresses) is events; other
// UTF-8 text is one article; anything else is events, for the dataset
// reader to say what is wrong with it.
func classifyHead(head []byte) inputKind {
	if isArticleJSONL(head) {
		return inputArticleJSONL
	}
	if dataset.DetectFormat(head) != dataset.FormatAuto {
		return inputEvents
	}
	// gzip and zip are decompressed by the dataset readers
	if bytes.HasPrefix(head, []byte{0x1f, 0x8b}) || bytes.HasPrefix(head, []byte("PK\x03\x04")) {
		return inputEvents
	}
	if isText(head) {
		return inputArticleText
	}
	return inputEvents
}

// isArticleJSONL reports whether the first JSON object of head has a
// "text" field and no "code" field.
func isArticleJSONL(head []byte) bool {
	line := bytes.TrimSpace(head)
	if len(line) == 0 || line[0] != '{' {
		return false
	}
	if i := bytes.IndexByte(line, '\n'); i >= 0 {
		line = line[:i]
	}
	var rec map[string]json.RawMessage
	if json.Unmarshal(line, &rec) != nil {
		// A record longer than the peek (a long article): its top-level
		// keys as far as the peek goes.
		text, code := topLevelKeys(line)
		return text && !code
	}
	_, text := rec["text"]
	_, code := rec["code"]
	return text && !code
}

// topLevelKeys reports whether the JSON object that line starts (possibly
// cut short) has the top-level keys "text" and "code", as far as it goes.
func topLevelKeys(line []byte) (text, code bool) {
	dec := json.NewDecoder(bytes.NewReader(line))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return false, false
	}
	for {
		t, err := dec.Token()
		if err != nil {
			return text, code
		}
		k, ok := t.(string)
		if !ok {
			return text, code // the object ended
		}
		text = text || k == "text"
		code = code || k == "code"
		var skip json.RawMessage
		if dec.Decode(&skip) != nil {
			return text, code
		}
	}
}

func isText(head []byte) bool {
	if bytes.IndexByte(head, 0) >= 0 {
		return false
	}
	cut := head
	for i := 0; i < 4 && len(cut) > 0; i++ { // a rune cut by the peek
		if r := cut[len(cut)-1]; r < 0x80 {
			break
		}
		cut = cut[:len(cut)-1]
	}
	return len(cut) > 0 && utf8.Valid(cut)
}

// loadArticles reads the articles of one input with the event coder's
// readers (extract.ReadArticles: JSONL records, a folder of .txt/.md files
// with front matter or an index.tsv sidecar, one .txt/.md file). Any other
// UTF-8 text file is one article. Unreadable articles are counted in the
// report (or stop the run with -strict). stream, when not nil, is the
// input already opened and peeked (classifyStream): it is read, never
// path, with the reader a regular file of its kind gets.
func loadArticles(path string, kind inputKind, stream io.Reader, opts *extract.ReadOptions) ([]extract.Article, *dataset.Report, error) {
	if kind == inputEmbeddedArticles {
		s, err := embeddedArticles()
		if err != nil {
			return nil, nil, err
		}
		return s.arts, &s.rep, nil
	}
	ext := strings.ToLower(filepath.Ext(path))
	if stream != nil && kind == inputArticleJSONL {
		r, err := extract.NewArticleReader(stream, path, opts)
		if err != nil {
			return nil, nil, err
		}
		return readArticles(r)
	}
	if stream == nil && (kind != inputArticleText || ext == ".txt" || ext == ".md") {
		return extract.ReadArticles(path, opts)
	}
	var data []byte
	var err error
	if stream != nil {
		data, err = io.ReadAll(stream)
	} else {
		data, err = os.ReadFile(path)
	}
	if err != nil {
		return nil, nil, err
	}
	if !utf8.Valid(data) {
		return nil, nil, &dataset.ParseError{File: path, Err: fmt.Errorf("%w: not UTF-8 text", dataset.ErrEncoding)}
	}
	base := filepath.Base(path)
	a := extract.Article{ID: strings.TrimSuffix(base, filepath.Ext(base)), Text: string(data), Published: opts.Published}
	rep := &dataset.Report{File: path, Read: 1}
	rep.Keep(a.Published)
	return []extract.Article{a}, rep, nil
}

// readArticles reads every article of r (as extract.ReadArticles does)
// and closes it.
func readArticles(r *extract.ArticleReader) ([]extract.Article, *dataset.Report, error) {
	defer r.Close()
	var out []extract.Article
	for {
		var a extract.Article
		err := r.Next(&a)
		if err == io.EOF {
			return out, r.Report(), nil
		}
		if err != nil {
			return out, r.Report(), err
		}
		out = append(out, a)
	}
}

// codeArticles codes the articles of one input with a progress bar and
// adds each article's events to dd, which merges repeated reports across
// articles (the seeds report Putin's 2024-05-16 visit three times). rep is
// the article reader's account; an article that cannot be coded (not
// UTF-8, too long) is counted as rejected too, or stops the run with
// -strict. It returns the source's account; Events counts coded events
// before deduplication.
func codeArticles(c *extract.Coder, name string, arts []extract.Article, rep *dataset.Report, dd *extract.Deduper, strict bool, prog *progress) (report.Source, error) {
	src := report.Source{Name: name, Format: "articles", Articles: len(arts), Read: rep.Read, Rejected: rep.Rejected, Filtered: rep.Filtered, Filters: rep.Filters}
	for _, smp := range rep.Samples {
		prog.warn(fmt.Sprintf("article not read: %v", smp))
	}
	bar := prog.bar("coding "+filepath.Base(name), int64(len(arts)), false)
	defer bar.done()
	for _, a := range arts {
		evs, err := c.Code(a)
		bar.add(1)
		if err != nil {
			if strict {
				return src, fmt.Errorf("%s: article %s: %w", name, a.ID, err)
			}
			src.Rejected++
			prog.warn(fmt.Sprintf("%s: article %s not coded: %v", name, a.ID, err))
			continue
		}
		src.Kept++
		for i := range evs {
			if evs[i].Origin.File == "" {
				evs[i].Origin = dataset.Origin{File: name}
			}
			d := evs[i].Date
			if !d.IsZero() && (src.First.IsZero() || d.Before(src.First)) {
				src.First = d
			}
			if d.After(src.Last) {
				src.Last = d
			}
		}
		src.Events += int64(len(evs))
		dd.AddArticle(evs)
	}
	return src, nil
}

// printSummary tells what was written and the accounting, one fact a line.
// Lines come in pipeline order: each source read, the articles' events
// merged across outlets (articleDedup, "" if none), every event merged one
// a day, the events reported.
func printSummary(w io.Writer, r *report.Report, dir string, f report.Formats, accs []account, articleDedup string) {
	fmt.Fprintf(w, "report: %s (%s)\n", dir, f)
	fmt.Fprintf(w, "title: %s\n", r.Title)
	for _, s := range r.Sources {
		rows := &dataset.Report{Read: s.Read, Kept: s.Kept, Rejected: s.Rejected, Filtered: s.Filtered}
		fmt.Fprintln(w, accountLine(s.Name, s.Format == "articles", rows, fmt.Sprintf("events=%d", s.Events)))
	}
	writeReasons(w, accs)
	if articleDedup != "" {
		fmt.Fprintln(w, articleDedup)
	}
	if r.Deduplicated {
		fmt.Fprintln(w, r.Dedup.String())
	}
	a := r.Aggregation
	fmt.Fprintf(w, "events: in=%d undated=%d not-dyadic=%d self=%d outside-period=%d other-dyads=%d reported=%d\n",
		a.Events, a.Undated, a.NotDyadic, a.Self, a.OutsideRange, a.OtherDyads, a.Reported)
	if a.OutsideScored > 0 {
		// the history before -from: read and scored, not shown
		fmt.Fprintf(w, "events: %d before -from read for the scores (the history the level and the state-space index carry into the period), not shown\n", a.OutsideScored)
	}
	names := make([]string, 0, len(r.Dyads))
	for _, d := range r.Dyads {
		names = append(names, d.Dyad.String())
	}
	fmt.Fprintf(w, "dyads: %s\n", strings.Join(names, ","))
	for _, d := range r.Dyads {
		if d.Fallback != "" {
			fmt.Fprintf(w, "note %s: %s\n", d.Dyad, d.Fallback)
		}
	}
	if f.CSV {
		fmt.Fprintf(w, "scores: %s\n", filepath.Join(dir, "scores.csv"))
	}
	if f.PDF {
		fmt.Fprintf(w, "pdf: %s\n", filepath.Join(dir, "report.pdf"))
	}
	if f.HTML {
		fmt.Fprintf(w, "html: %s\n", filepath.Join(dir, "report.html"))
	}
}

func thousandsInt(n int) string {
	s := strconv.Itoa(n)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// progress draws progress bars and status lines on stderr, only when
// stderr is a terminal (env.isTerminal) and not -q: piped or redirected
// output stays clean. Warnings are printed in both cases unless -q.
type progress struct {
	w     io.Writer
	on    bool
	quiet bool
	// now is the clock (tests replace it).
	now func() time.Time
}

func newProgress(e *env, quiet bool) *progress {
	return &progress{w: e.stderr, on: e.isTerminal && !quiet, quiet: quiet, now: time.Now}
}

// status shows a one-line message until clear.
func (p *progress) status(msg string) {
	if p.on {
		fmt.Fprintf(p.w, "\r\x1b[K%s…", msg)
	}
}

func (p *progress) clear() {
	if p.on {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
}

// warn prints a warning on its own line.
func (p *progress) warn(msg string) {
	if p.quiet {
		return
	}
	p.clear()
	fmt.Fprintf(p.w, "report: warning: %s\n", msg)
}

// bar is one progress bar: done of total units (bytes or items).
type bar struct {
	p            *progress
	label        string
	total, count int64
	bytes        bool
	last         time.Time
}

// bar starts a bar; total 0 means unknown (a counter is shown).
func (p *progress) bar(label string, total int64, bytes bool) *bar {
	b := &bar{p: p, label: label, total: total, bytes: bytes}
	b.draw(true)
	return b
}

func (b *bar) add(n int64) {
	b.count += n
	b.draw(false)
}

// draw redraws at most ten times a second.
func (b *bar) draw(force bool) {
	if !b.p.on {
		return
	}
	now := b.p.now()
	if !force && now.Sub(b.last) < 100*time.Millisecond {
		return
	}
	b.last = now
	fmt.Fprint(b.p.w, "\r\x1b[K"+b.line())
}

// line is the bar's text: "reading x.csv  42% [########            ] 1.2/2.9 MB".
func (b *bar) line() string {
	amount := func(n int64) string {
		if b.bytes {
			return fmt.Sprintf("%.1f", float64(n)/1e6)
		}
		return strconv.FormatInt(n, 10)
	}
	unit := ""
	if b.bytes {
		unit = " MB"
	}
	if b.total <= 0 {
		return fmt.Sprintf("%s %s%s", b.label, amount(b.count), unit)
	}
	frac := float64(b.count) / float64(b.total)
	if frac > 1 {
		frac = 1
	}
	const width = 24
	fill := int(frac*width + 0.5)
	return fmt.Sprintf("%s %3.0f%% [%s%s] %s/%s%s", b.label, 100*frac, strings.Repeat("#", fill), strings.Repeat(" ", width-fill), amount(b.count), amount(b.total), unit)
}

// done draws the bar's final state and clears its line.
func (b *bar) done() {
	b.draw(true)
	b.p.clear()
}
