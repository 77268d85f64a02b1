package main

import (
	"fmt"
	"github.com/entente/entente/chronology"
	"io"
	"strconv"
	"time"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/internal/atomicfile"
	"github.com/entente/entente/report"
	"github.com/entente/entente/votes"
)

func init() {
	register("inspect", "describe event files: format, row accounting, rejections, date range, dyads and the busiest ones", runInspect)
}

// defaultInput opens the embedded default dataset that `report inspect`
// describes when no FILE is given — the bundled chronology — and returns a
// Reader and the name to print. Tests swap it.
var defaultInput = func(ro *dataset.ReadOptions) (*dataset.Reader, string, error) {
	r, err := chronology.NewReader(ro)
	return r, chronology.Name(), err
}

const inspectHelp = `Output (stable, one "key: value" line each, a blank line between files):

  file: PATH
  format: FORMAT                    gdelt1, gdelt2, icews, plover, csv or jsonl
  rows: read=N kept=N rejected=N filtered=N
                                    read = kept + rejected + filtered, always
  reject: COUNT REASON              per reason ("SQLDATE: invalid date"), most frequent first
  sample: FILE:LINE: MESSAGE        the first -samples rejections, column and value named
  filter: COUNT REASON              rows dropped by a filter
  unknown: COUNT NAME               country names or codes the country table does not know
  dates: FIRST LAST                 YYYY-MM-DD of the kept events ("dates: - -" if none)
  events: dyadic=N not-dyadic=N undated=N
                                    kept events with both countries known, and the others
  dyads: N self=N                   distinct undirected dyads of two different countries,
                                    and of self-dyads (domestic events, USA-USA)
  busiest: RANK A-B EVENTS          the -max-dyads busiest dyads of two different countries
                                    (-max-dyads 0: every one)
  dedup: in=N out=N merged=N        with -dedup: the one-a-day merge of the kept events
                                    (the lines above count events before it)

UN vote files (recognised by a header naming a roll-call, a country and a
vote column: unvotes, Voeten's numeric layout, any vote CSV) and the
embedded votes (FILE embedded:votes) print file, format (unvotes, voeten,
votes-csv), rows, reject, sample, unknown and dates as above (dates of the
roll calls), then:

  votes: roll-calls=N countries=N recorded=N
  roll-call dates: SOURCE           file, a roll-calls file beside it, or embedded roll calls
  sessions: FIRST-LAST              General Assembly sessions
  seat rule: COUNT NAME             the seat rules that fired (Yugoslav seat by date, …)

With -q, each input prints its accounting line alone (NAME: rows: read=N
kept=N rejected=N filtered=N, as every command prints it; a zip archive's
entries each their NAME:ENTRY: rows: line), without blank lines; errors
still go to standard error.

Exit status: 0 when every file was read (rejected rows are counted, not
errors), 1 when a file cannot be opened or read to its end (or, with
-strict, has a bad row; the other files are still described), 2 on a usage
error.`

type inspectFlags struct {
	dedup, format, rejects string
	strict, quiet          bool
	samples, top           int
}

func runInspect(e *env, args []string) error {
	var f inspectFlags
	fs := newFlags(e, "inspect", "report inspect [-dedup actors|countries] [-strict] [-rejects FILE] [-format F] [FILE…]",
		"report inspect events.csv",
		"report inspect embedded:votes ../shared/data/unvotes/un_votes.csv.gz   # UN votes",
		"report inspect -dedup actors ../shared/data/icews/events.2018.sample.tab",
		"report inspect -rejects bad-rows.tsv 20160728.export.CSV.zip",
		"report inspect -q a.tsv b.tsv                 # one accounting line per file: a.tsv: rows: read=…",
	)
	fs.StringVar(&f.dedup, "dedup", "", "also count the rows a one-a-day merge would fold, by `key`: actors or countries (reads event by event: slower than the default fast aggregation of GDELT files)")
	fs.BoolVar(&f.strict, "strict", false, "stop reading a file at its first unreadable row (exit 1)")
	fs.StringVar(&f.rejects, "rejects", "", rejectsUsage)
	fs.StringVar(&f.format, "format", "", "input `format` (gdelt1, gdelt2, icews, plover, csv, jsonl; default: detected from the content)")
	fs.IntVar(&f.samples, "samples", 5, "how many rejected rows to show per file")
	fs.BoolVar(&f.quiet, "q", false, "print only each input's accounting line, NAME: rows: read=N kept=N rejected=N filtered=N (and a zip entry's, NAME:ENTRY: rows: …), and errors")
	fs.BoolVar(&f.quiet, "quiet", false, "the same as -q")
	fs.IntVar(&f.top, "max-dyads", report.DefaultMaxDyads, "how many busiest dyads to list ("+maxDyadsHelp+")")
	usage := fs.Usage
	fs.Usage = func() {
		usage()
		fmt.Fprintf(fs.Output(), "\n%s\n", inspectHelp)
	}
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	ro := &dataset.ReadOptions{Strict: f.strict, MaxSamples: max(f.samples, 1)}
	var err error
	if ro.Format, err = dataset.ParseFormat(f.format); err != nil {
		return fmt.Errorf("%w: -format: %v", errUsage, err)
	}
	var dedup *dataset.DedupOptions
	if f.dedup != "" {
		k, err := dataset.ParseDedupKey(f.dedup)
		if err != nil {
			return fmt.Errorf("%w: -dedup: %v", errUsage, err)
		}
		dedup = &dataset.DedupOptions{Key: k}
	}
	if f.samples < 0 {
		return fmt.Errorf("%w: -samples must not be negative", errUsage)
	}
	if f.top, err = maxDyads(f.top); err != nil {
		return err
	}
	files := fs.Args()
	if len(files) == 0 && defaultInput == nil {
		return fmt.Errorf("%w: inspect: no FILE given (the embedded dataset is not available in this build)", errUsage)
	}

	var rejects *atomicfile.File
	if f.rejects != "" {
		if err := outputNotDir("-rejects", f.rejects); err != nil {
			return err
		}
		if rejects, err = atomicfile.Create(f.rejects, 0); err != nil {
			return fmt.Errorf("-rejects: %w", err)
		}
		defer rejects.Abort()
		ro.Rejects = rejects
	}

	var failed []error
	if len(files) == 0 {
		if err := inspectDefault(e, ro, dedup, f); err != nil {
			failed = append(failed, err)
		}
	}
	for i, path := range files {
		if i > 0 && !f.quiet {
			fmt.Fprintln(e.stdout)
		}
		if err := inspectFile(e, path, ro, dedup, f); err != nil {
			fmt.Fprintf(e.stderr, "report: %s\n", voice(err))
			failed = append(failed, err)
		}
	}
	if rejects != nil {
		if err := rejects.Commit(); err != nil {
			return fmt.Errorf("-rejects: %w", err)
		}
	}
	switch len(failed) {
	case 0:
		return nil
	case 1:
		if len(files) == 0 {
			return failed[0] // the embedded dataset: not printed yet
		}
		return errPrinted{failed[0]} // printed beside its file
	}
	fmt.Fprintf(e.stderr, "report: %d of %s could not be read\n", len(failed), plural(int64(max(len(files), 1)), "file"))
	return errPrinted{failed[0]}
}

// inspectFile describes one file. Without -dedup it aggregates through
// dataset.AggregateFiles (the fast path for GDELT); with -dedup it reads
// the events once, feeding the table and a streaming Deduper.
func inspectFile(e *env, path string, ro *dataset.ReadOptions, dedup *dataset.DedupOptions, f inspectFlags) error {
	if ok, _ := dataset.IsStatsPath(path); ok { // statsinput.go
		return inspectStats(e, path, f)
	}
	if ok, _ := dataset.IsEvidencePath(path); ok { // statsinput.go
		return inspectEvidence(e, path, f)
	}
	if vf, _ := votes.DetectFile(path); vf != dataset.FormatAuto || path == votes.EmbeddedName {
		return inspectVotes(e, path, ro, f)
	}
	if dedup == nil {
		t, reps, err := dataset.AggregateFiles([]string{path}, ro, nil)
		rep := reps[0]
		if err != nil && rep.Format == dataset.FormatAuto && rep.Read == 0 {
			return err // not opened: nothing to describe
		}
		printInspect(e.stdout, path, "", rep, t, nil, f)
		return err
	}
	r, err := dataset.Open(path, ro)
	if err != nil {
		return err
	}
	defer r.Close()
	return inspectReader(e, r, path, "", dedup, f)
}

func inspectDefault(e *env, ro *dataset.ReadOptions, dedup *dataset.DedupOptions, f inspectFlags) error {
	r, name, err := defaultInput(ro)
	if err != nil {
		return err
	}
	defer r.Close()
	// the accounting names the input as every command does (the
	// chronology's name); the file line names the embedded file
	// (chronology/events.csv)
	return inspectReader(e, r, name, r.Report().File, dedup, f)
}

// inspectReader reads r event by event into a table (and a Deduper).
func inspectReader(e *env, r *dataset.Reader, name, file string, dedup *dataset.DedupOptions, f inspectFlags) error {
	t := dataset.NewTable(nil)
	var d *dataset.Deduper
	if dedup != nil {
		d = dataset.NewDedupCounter(dedup) // keys only: memory grows with distinct keys, not events
	}
	var ev dataset.Event
	var readErr error
	for {
		err := r.Next(&ev)
		if err == io.EOF {
			break
		}
		if err != nil {
			readErr = err
			break
		}
		t.Add(&ev)
		if d != nil {
			d.Add(&ev)
		}
	}
	rep := *r.Report()
	var drep *dataset.DedupReport
	if d != nil && readErr == nil {
		x := d.Report()
		drep = &x
	}
	if readErr != nil {
		t = nil
	}
	printInspect(e.stdout, name, file, &rep, t, drep, f)
	return readErr
}

// printInspect writes the description documented in inspectHelp of the
// input the command line names name ("-": standard input), read from file
// ("": name itself; the embedded chronology's is chronology/events.csv). A
// nil table (the file could not be read to its end) prints the accounting
// only.
func printInspect(w io.Writer, name, file string, rep *dataset.Report, t *dataset.Table, d *dataset.DedupReport, f inspectFlags) {
	if f.quiet {
		// the accounting line every command prints (accountLine)
		fmt.Fprintln(w, accountLine(name, false, rep))
		for _, l := range partLines(name, rep) {
			fmt.Fprintln(w, l)
		}
		return
	}
	if file == "" {
		file = name
	}
	fmt.Fprintf(w, "file: %s\n", file)
	format := string(rep.Format)
	if format == "" {
		format = "-"
	}
	fmt.Fprintf(w, "format: %s\n", format)
	fmt.Fprintln(w, rep.RowsLine())
	for _, l := range partLines(name, rep) { // a zip archive: each entry's own accounting
		fmt.Fprintf(w, "part: %s\n", l)
	}
	for _, c := range dataset.Sorted(rep.Reasons) {
		fmt.Fprintf(w, "reject: %d %s\n", c.Count, c.Name)
	}
	for i, s := range rep.Samples {
		if i >= f.samples {
			break
		}
		fmt.Fprintf(w, "sample: %s\n", s.Error())
	}
	for _, c := range dataset.Sorted(rep.Filters) {
		fmt.Fprintf(w, "filter: %d %s\n", c.Count, c.Name)
	}
	unknown := dataset.Sorted(rep.UnknownNames)
	if len(unknown) > 10 {
		unknown = unknown[:10]
	}
	for _, c := range unknown {
		fmt.Fprintf(w, "unknown: %d %s\n", c.Count, c.Name)
	}
	fmt.Fprintf(w, "dates: %s %s\n", inspectDay(rep.First), inspectDay(rep.Last))
	if t == nil {
		return
	}
	sk := t.Skipped()
	fmt.Fprintf(w, "events: dyadic=%d not-dyadic=%d undated=%d\n", t.Events(), sk.NotDyadic, sk.Undated)
	var pairs []dataset.DyadCount
	self := 0
	for _, c := range t.BusiestCounts(0) {
		if c.Dyad.Self() {
			self++
			continue
		}
		pairs = append(pairs, c)
	}
	fmt.Fprintf(w, "dyads: %d self=%d\n", len(pairs), self)
	for i, c := range pairs {
		if i >= f.top {
			break
		}
		fmt.Fprintf(w, "busiest: %s %s %d\n", strconv.Itoa(i+1), c.Dyad, c.Events)
	}
	if d != nil {
		fmt.Fprintf(w, "dedup: in=%d out=%d merged=%d\n", d.In, d.Out, d.Merged)
	}
}

func inspectDay(t time.Time) string {
	if t.IsZero() {
		return "-"
	}
	return t.Format(time.DateOnly)
}

// inspectVotes describes a UN votes file (recognised by its header) or the
// embedded votes (embedded:votes): the accounting as for events, then where
// the roll calls' dates come from, the roll calls, countries and votes,
// the sessions, and the seat rules that fired.
func inspectVotes(e *env, path string, ro *dataset.ReadOptions, f inspectFlags) error {
	var s *votes.Set
	var rep *dataset.Report
	rules := map[string]int64{}
	if path == votes.EmbeddedName {
		var err error
		if s, rep, err = votes.Embedded(); err != nil {
			return err
		}
	} else {
		r, err := votes.Open(path, &votes.ReadOptions{Strict: ro.Strict, MaxSamples: ro.MaxSamples, Rejects: ro.Rejects})
		if err != nil {
			return err
		}
		defer r.Close()
		s, err = votes.Read(r)
		rep, rules = r.Report(), r.Rules()
		if err != nil {
			printInspect(e.stdout, path, "", rep, nil, nil, f)
			return err
		}
		s.DatesFrom = r.DatesFrom()
	}
	printInspect(e.stdout, path, "", rep, nil, nil, f)
	if f.quiet {
		return nil
	}
	w := e.stdout
	fmt.Fprintf(w, "votes: roll-calls=%d countries=%d recorded=%d\n", s.NumRollCalls(), s.NumCountries(), s.NumVotes())
	fmt.Fprintf(w, "roll-call dates: %s\n", s.DatesFrom)
	if ss := s.Sessions(); len(ss) > 0 {
		fmt.Fprintf(w, "sessions: %d-%d\n", ss[0], ss[len(ss)-1])
	}
	for _, c := range dataset.Sorted(rules) {
		fmt.Fprintf(w, "seat rule: %d %s\n", c.Count, c.Name)
	}
	return nil
}
