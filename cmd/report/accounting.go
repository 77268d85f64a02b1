package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/entente/entente/chronology"
	"github.com/entente/entente/dataset"
	"github.com/entente/entente/internal/atomicfile"
)

// account is what the run learnt of one input: its name and the reader's
// Report (rows, rejection reasons and samples, filters, zip parts). For
// articles, rows are articles.
type account struct {
	name string
	rep  *dataset.Report
	// articles marks an input of news articles (rows are articles).
	articles bool
	// events is the number of events the input gave (coded events for
	// articles); -1 when unknown.
	events int64
}

// maxAccountSamples is how many rejected rows an account line shows per
// input.
const maxAccountSamples = 3

// filterFlags names the flag behind each dataset filter reason, so that a
// user reads which of their own settings removed rows.
var filterFlags = map[string]string{
	dataset.FilterDateRange: "outside -from/-to",
	dataset.FilterDyad:      "not one of -dyads",
	dataset.FilterCountry:   "not one of -countries",
}

// filterLabel is the reason as the user knows it: the flag behind a
// filter, else the filter's own name (role rules are named by -roles).
func filterLabel(reason string) string {
	if l, ok := filterFlags[reason]; ok {
		return l
	}
	return reason
}

// accountLine is the one form of an input's accounting line, which every
// command prints (run, score, align, extract, eval, render; inspect -q):
//
//	NAME: rows: read=N kept=N rejected=N filtered=N[ FIELD=N…]
//
// NAME is the input as the command line names it ("-" for standard input,
// embedded:… for embedded data, the chronology's name — entente chronology
// v6 — when no input is given; a zip archive's entries NAME:ENTRY, see
// partLines); "rows" is "articles" for news articles
// (their rows are articles); the extra fields, "key=value" each, say what
// the command made of the kept rows (events=N: the events kept, or coded
// from the articles; series=N dyads=N: a scores file's).
func accountLine(name string, articles bool, r *dataset.Report, extra ...string) string {
	unit := "rows"
	if articles {
		unit = "articles"
	}
	line := fmt.Sprintf("%s: %s: read=%d kept=%d rejected=%d filtered=%d", name, unit, r.Read, r.Kept, r.Rejected, r.Filtered)
	for _, x := range extra {
		line += " " + x
	}
	return line
}

// writeAccounts prints every input's accounting, one fact a line:
//
//	NAME: rows: read=N kept=N rejected=N filtered=N[ events=N]   (accountLine; articles: for articles)
//	NAME:ENTRY: rows: …             (each entry of a zip)
//	NAME: no rows                   (empty, a header only, or not read: the error says why)
//	NAME: reject: COUNT REASON
//	NAME: sample: FILE:LINE:COLUMN: MESSAGE
//	NAME: filter: COUNT LABEL       (LABEL names the flag: outside -from/-to: …)
//	NAME: unknown: COUNT "NAME", …  (country names or codes the table does not know; the first ten)
//	NAME: repair: COUNT WHAT        (values a reader corrected)
//
// failed is the error the command fails with (nil: none): the rejected row
// it carries (-strict stops at the first) is printed once, by the error
// line that follows, not again as a sample.
func writeAccounts(w io.Writer, accs []account, failed error) {
	var pe *dataset.ParseError
	if !errors.As(failed, &pe) {
		pe = nil
	}
	for _, a := range accs {
		if a.rep == nil {
			fmt.Fprintf(w, "%s: not read\n", a.name)
			continue
		}
		r := a.rep
		var extra []string
		if a.events >= 0 {
			extra = append(extra, fmt.Sprintf("events=%d", a.events))
		}
		fmt.Fprintln(w, accountLine(a.name, a.articles, r, extra...))
		for _, l := range partLines(a.name, r) {
			fmt.Fprintln(w, l)
		}
		if r.Read == 0 {
			if a.articles {
				fmt.Fprintf(w, "%s: no articles\n", a.name)
			} else {
				fmt.Fprintf(w, "%s: no rows\n", a.name)
			}
		}
		writeDetails(w, a, pe)
	}
}

// writeDetails prints the lines of an input's accounting after its rows:
// the rejection reasons, the first rejected rows, the filters and the
// notes. A sample that reads as failed (the command's error) is left to
// the error line.
func writeDetails(w io.Writer, a account, failed *dataset.ParseError) {
	r := a.rep
	for _, c := range dataset.Sorted(r.Reasons) {
		fmt.Fprintf(w, "%s: reject: %d %s\n", a.name, c.Count, c.Name)
	}
	for i, s := range r.Samples {
		if i >= maxAccountSamples {
			break
		}
		if failed != nil && s.Error() == failed.Error() {
			continue
		}
		fmt.Fprintf(w, "%s: sample: %s\n", a.name, s.Error())
	}
	writeFilters(w, a.name, r.Filters)
	writeNotes(w, a)
}

// writeFilters prints "NAME: filter: COUNT LABEL" for every filter that
// removed rows, most rows first.
func writeFilters(w io.Writer, name string, filters map[string]int64) {
	for _, c := range dataset.Sorted(filters) {
		fmt.Fprintf(w, "%s: filter: %d %s\n", name, c.Count, filterLabel(c.Name))
	}
}

// writeNotes prints what a reader noticed without rejecting a row: the
// country names or codes it did not know, the values it repaired.
func writeNotes(w io.Writer, a account) {
	r := a.rep
	if n := len(r.UnknownNames); n > 0 {
		top := dataset.Sorted(r.UnknownNames)
		if len(top) > 10 {
			top = top[:10]
		}
		parts := make([]string, len(top))
		for i, c := range top {
			parts[i] = fmt.Sprintf("%d %q", c.Count, c.Name)
		}
		more := ""
		if n > len(top) {
			more = fmt.Sprintf(" (%d names in all)", n)
		}
		fmt.Fprintf(w, "%s: unknown: %s%s\n", a.name, strings.Join(parts, ", "), more)
	}
	for _, c := range dataset.Sorted(r.Repairs) {
		fmt.Fprintf(w, "%s: repair: %d %s\n", a.name, c.Count, c.Name)
	}
}

// noEventsError is the error of a run whose inputs gave no event: which
// filter removed what, summed over the inputs ("outside -from/-to: 710"),
// and the data's own range when the dates removed rows (first, last: the
// range of the rows the other filters keep; zero if unknown).
func noEventsError(accs []account, first, last time.Time) error {
	read, rejected, filters, noun := sumAccounts(accs)
	var b strings.Builder
	if read == 0 {
		return fmt.Errorf("no events: the inputs hold no %ss", noun)
	}
	if len(filters) == 0 && rejected == 0 {
		if noun == "article" {
			return fmt.Errorf("no events: the coder found none in the %s read", plural(read, noun))
		}
		return fmt.Errorf("no events: the %s read hold none between two states", plural(read, noun))
	}
	b.WriteString("no events after the filters")
	switch {
	case len(filters) == 0 && rejected > 0:
		fmt.Fprintf(&b, ": %s rejected (reasons above)", plural(rejected, noun))
	default:
		var parts []string
		for _, c := range dataset.Sorted(filters) {
			parts = append(parts, fmt.Sprintf("%s: %d", c.Name, c.Count))
		}
		if rejected > 0 {
			parts = append(parts, fmt.Sprintf("rejected: %d", rejected))
		}
		b.WriteString(" (" + strings.Join(parts, ", ") + ")")
	}
	if filters[filterLabel(dataset.FilterDateRange)] > 0 {
		if first.IsZero() {
			b.WriteString("; the data holds no such events at any date")
		} else {
			fmt.Fprintf(&b, "; the data runs from %s to %s: try -from %s -to %s",
				first.Format("2006-01-02"), last.Format("2006-01-02"), first.Format("2006-01"), last.Format("2006-01"))
		}
	} else if filters[filterLabel(dataset.FilterDyad)] > 0 {
		if !first.IsZero() {
			fmt.Fprintf(&b, "; the data runs from %s to %s", first.Format("2006-01-02"), last.Format("2006-01-02"))
		}
		b.WriteString("; `report inspect` lists the busiest dyads of the inputs")
	}
	return fmt.Errorf("%s", b.String())
}

// plural returns "1 event", "2 events" ("series" stays "series").
func plural(n int64, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	if strings.HasSuffix(noun, "s") {
		return fmt.Sprintf("%d %s", n, noun)
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// writeReasons prints, after a successful run's accounting lines, what
// those lines do not say: each zip entry's accounting, the rejection
// reasons and first rejected rows, and the filters (see writeAccounts).
func writeReasons(w io.Writer, accs []account) {
	for _, a := range accs {
		if a.rep == nil {
			continue
		}
		for _, l := range partLines(a.name, a.rep) {
			fmt.Fprintln(w, l)
		}
		writeDetails(w, a, nil)
	}
}

// rejectsUsage documents -rejects on the commands reading event files.
const rejectsUsage = "write every rejected row to `FILE` (written atomically, in file order, also when the command then fails)"

// createRejects opens the -rejects file (nil for ""), written atomically
// by commitRejects.
func createRejects(path string) (*atomicfile.File, error) {
	if path == "" {
		return nil, nil
	}
	if err := outputNotDir("-rejects", path); err != nil {
		return nil, err
	}
	f, err := atomicfile.Create(path, 0)
	if err != nil {
		return nil, fmt.Errorf("-rejects: %w", err)
	}
	return f, nil
}

// commitRejects writes the -rejects file in place (nothing for nil).
func commitRejects(f *atomicfile.File) error {
	if f == nil {
		return nil
	}
	if err := f.Commit(); err != nil {
		return fmt.Errorf("-rejects: %w", err)
	}
	return nil
}

// undatedRange is the first and last date of the events the inputs give
// with every filter of ro but the dates: the range to suggest when
// -from/-to removed everything. Inputs that cannot be read twice (pipes,
// standard input) and articles are left out; zero times when none gives a
// dated event.
func undatedRange(paths, inputs []string, ro *dataset.ReadOptions) (first, last time.Time) {
	o := *ro
	o.Rejects, o.Strict = nil, false
	flt := *ro.Filter
	flt.From, flt.To = time.Time{}, time.Time{}
	o.Filter = &flt
	var reps []*dataset.Report
	if len(inputs) == 0 {
		if _, rep, err := chronology.Read(&o); err == nil {
			reps = append(reps, rep)
		}
	}
	var again []string
	for _, p := range paths {
		if rereadable(p) {
			again = append(again, p)
		}
	}
	if len(again) > 0 {
		if _, rs, err := dataset.AggregateFiles(again, &o, nil); err == nil {
			reps = append(reps, rs...)
		}
	}
	return reportsRange(reps)
}

// sumAccounts sums the inputs' accounts: rows read and rejected, rows
// removed by each filter (by filterLabel), and the noun of a row
// ("article" when every input is articles, else "row").
func sumAccounts(accs []account) (read, rejected int64, filters map[string]int64, noun string) {
	filters = map[string]int64{}
	noun = "article"
	for _, a := range accs {
		if !a.articles {
			noun = "row"
		}
		if a.rep == nil {
			continue
		}
		read += a.rep.Read
		rejected += a.rep.Rejected
		for k, n := range a.rep.Filters {
			filters[filterLabel(k)] += n
		}
	}
	return read, rejected, filters, noun
}

// reportsRange is the span of the readers' reports: the earliest First
// and the latest Last (zero when none has a date).
func reportsRange(reps []*dataset.Report) (first, last time.Time) {
	for _, r := range reps {
		if r == nil || r.First.IsZero() {
			continue
		}
		if first.IsZero() || r.First.Before(first) {
			first = r.First
		}
		if r.Last.After(last) {
			last = r.Last
		}
	}
	return first, last
}

// outputNotDir is the check of an output file flag (-o, -rejects) before
// anything is written: a folder there is a usage error that names the
// flag, rather than the failed rename of the temporary file that would
// replace it ("rename ./.x.tmp-123 x: file exists").
func outputNotDir(flagName, path string) error {
	if path == "" || path == "-" {
		return nil
	}
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		return fmt.Errorf("%w: %s %s: is a directory (give a file name)", errUsage, flagName, path)
	}
	return nil
}

// partLines is r.PartLines() (a zip archive's entries, each with its own
// accounting) with the entries named after the input as the command line
// names it: "-:a.tsv" for an archive read from standard input, whose
// reader calls it "<stdin>".
func partLines(name string, r *dataset.Report) []string {
	lines := r.PartLines()
	if r.File == "" || r.File == name {
		return lines
	}
	for i, l := range lines {
		if rest, ok := strings.CutPrefix(l, r.File+":"); ok {
			lines[i] = name + ":" + rest
		}
	}
	return lines
}
