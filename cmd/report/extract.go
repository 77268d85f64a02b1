package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
	"time"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/extract"
)

func init() {
	register("extract", "code news articles into CAMEO events with evidence; writes JSONL or CSV", runExtract)
}

type extractFlags struct {
	format, out, published, actors, agents, verbs, discards string
	dedup, strict, quiet, statements                        bool
	rejects                                                 string
	dyadic, only                                            bool
}

func runExtract(e *env, args []string) (err error) {
	var f extractFlags
	fs := newFlags(e, "extract", "report extract [-format jsonl|csv] [-o FILE] [flags] [INPUT…]",
		"report extract -format jsonl examples/articles.jsonl   # records {\"id\",\"published\",\"text\",…} → events on stdout",
		"report extract ../shared/seeds                   # a folder of .txt/.md articles (dates from index.tsv)",
		"report extract -published 2024-05-16 story.txt   # one article; its date when it gives none",
		"report extract -dedup -format csv -o events.csv ../shared/seeds",
		"cat examples/articles.jsonl | report extract -   # standard input (plain text: one article)",
		"report extract embedded:articles                 # the project's own example articles",
	)
	fs.StringVar(&f.format, "format", "", "output `format`: jsonl or csv (default: csv when -o ends in .csv, else jsonl)")
	fs.StringVar(&f.out, "o", "", "output `file` (written atomically; default: standard output)")
	fs.StringVar(&f.published, "published", "", "publication `date` (YYYY-MM-DD) of articles that give none (default: undated)")
	fs.BoolVar(&f.dedup, "dedup", false, "merge the reports of one event across articles (same day, states, code): Reports counts the articles, Evidence keeps every report")
	fs.BoolVar(&f.dyadic, "require-dyad", false, "drop events whose source or target is unknown")
	fs.BoolVar(&f.statements, "statements", false, "also code statement events (CAMEO 011–019), which have no PLOVER category")
	fs.StringVar(&f.actors, "actors", "", "PETRARCH-format actor `dictionaries`, comma-separated, consulted before the built-in tables")
	fs.StringVar(&f.agents, "agents", "", "PETRARCH-format agent `dictionaries`, comma-separated")
	fs.StringVar(&f.verbs, "verbs", "", "PETRARCH-format verb `dictionaries`, comma-separated: their verbs take the dictionaries' codes")
	fs.StringVar(&f.discards, "discards", "", "PETRARCH-format discard `lists`, comma-separated: sentences and stories not to code")
	fs.BoolVar(&f.only, "only-dictionaries", false, "use only -actors, -agents (and -verbs), not the built-in actor tables")
	fs.BoolVar(&f.strict, "strict", false, "stop at the first unreadable article instead of counting it")
	fs.BoolVar(&f.quiet, "q", false, "do not print the accounting to stderr (a failure still prints it)")
	fs.StringVar(&f.rejects, "rejects", "", "write every rejected article to `FILE`, one line each: FILE:LINE: reason (written atomically, also when the command then fails)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	format := strings.ToLower(f.format)
	if format == "" { // from the output's name: events.csv is CSV, anything else JSONL
		format = "jsonl"
		if strings.HasSuffix(strings.ToLower(f.out), ".csv") {
			format = "csv"
		}
	}
	if format != "jsonl" && format != "csv" {
		return fmt.Errorf("%w: -format %q: want jsonl or csv", errUsage, f.format)
	}
	var pub time.Time
	if f.published != "" {
		t, err := time.Parse("2006-01-02", f.published)
		if err != nil {
			return fmt.Errorf("%w: -published %q: want YYYY-MM-DD", errUsage, f.published)
		}
		pub = t
	}
	// The accounting goes to stderr at the end, in pipeline order (read,
	// coded, merged); with -q only when the command fails.
	var said bytes.Buffer
	say := func(format string, a ...any) {
		fmt.Fprintf(&said, format, a...)
	}
	defer func() {
		if err != nil || !f.quiet {
			e.stderr.Write(said.Bytes())
		}
	}()
	opts, err := coderOptions(dictPaths{f.actors, f.agents, f.verbs, f.discards}, f.only, say)
	if err != nil {
		return err
	}
	opts.RequireDyad = f.dyadic
	opts.Statements = f.statements
	coder, err := extract.NewCoder(opts)
	if err != nil {
		return err
	}
	inputs := fs.Args()
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}
	ro := &extract.ReadOptions{Published: pub, Strict: f.strict}
	rejects, err := createRejects(f.rejects)
	if err != nil {
		return err
	}
	var rejected []string // for -rejects, in input order
	if rejects != nil {
		ro.MaxSamples = math.MaxInt32 // every rejection, for -rejects
		defer func() {
			for _, l := range rejected {
				fmt.Fprintln(rejects, l)
			}
			if cerr := commitRejects(rejects); cerr != nil && err == nil {
				err = cerr
			}
		}()
	}
	var events []dataset.Event
	var dd *extract.Deduper
	if f.dedup {
		dd = extract.NewDeduper(nil)
	}
	var total extract.CodeStats
	coded := 0 // events coded, before -dedup
	notCoded := 0
	var read, kept int64 // articles (records) read and kept, over the inputs
	for _, in := range inputs {
		codedBefore := coded
		r, err := openArticleSource(e, in, ro)
		if err != nil {
			return err
		}
		keepRejects := func() {
			for _, smp := range r.Report().Samples {
				rejected = append(rejected, smp.Error())
			}
		}
		readErr := func(err error) error {
			keepRejects()
			say("%s", articleAccount(in, r.Report(), -1, err))
			r.Close()
			return err
		}
		for {
			var a extract.Article
			err := r.Next(&a)
			if err == io.EOF {
				break
			}
			if err != nil {
				return readErr(err)
			}
			evs, st, err := coder.CodeWithStats(a)
			if err != nil {
				if f.strict {
					return readErr(fmt.Errorf("%s: article %s: %w", in, a.ID, err))
				}
				say("%s: article %s not coded: %v\n", in, a.ID, err)
				rejected = append(rejected, fmt.Sprintf("%s: article %s not coded: %v", in, a.ID, err))
				notCoded++
				continue
			}
			total.Sentences += st.Sentences
			total.Coded += st.Coded
			total.Questions += st.Questions
			total.Boilerplate += st.Boilerplate
			total.Discarded += st.Discarded
			coded += len(evs)
			if dd != nil {
				dd.AddArticle(evs)
			} else {
				events = append(events, evs...)
			}
		}
		keepRejects()
		rep := r.Report()
		say("%s", articleAccount(in, rep, int64(coded-codedBefore), nil))
		read, kept = read+rep.Read, kept+rep.Kept
		r.Close()
	}
	if notCoded > 0 {
		say("articles not coded (too long or not text): %d\n", notCoded)
	}
	discarded := ""
	if total.Discarded > 0 {
		discarded = fmt.Sprintf(", discarded=%d", total.Discarded)
	}
	say("sentences: coded=%d of %d (questions skipped=%d, boilerplate skipped=%d%s); events=%d\n",
		total.Coded, total.Sentences, total.Questions, total.Boilerplate, discarded, coded)
	// As every command fails when it has nothing to work on, extract fails
	// when it read no article it could code: an empty input (file, folder
	// or standard input), every record rejected, or every article too
	// long to code. Articles read and coded into no event are a result:
	// the output is empty (JSONL) or the header alone (CSV), and a note
	// says so.
	if err := noArticles(read, kept, int64(notCoded)); err != nil {
		return err
	}
	if coded == 0 {
		say("note: no events coded from %s: the output holds none\n", plural(kept-int64(notCoded), "article"))
	}
	if dd != nil {
		// the same merge as run's "articles dedup" line
		events = dd.Events()
		say("articles %s\n", dd.Report())
	}
	return scoreOutput(e, f.out, func(w io.Writer) error {
		if format == "csv" {
			return extract.WriteCSV(w, events)
		}
		return extract.WriteJSONL(w, events)
	})
}

// noArticles is extract's error when no article was read that could be
// coded, nil otherwise.
func noArticles(read, kept, notCoded int64) error {
	switch {
	case read == 0:
		return errors.New("no article read: the input holds none (an empty file or folder, or nothing on standard input)")
	case kept == 0 && read == 1:
		return errors.New("no article read: its one record was rejected (the accounting above gives the reason)")
	case kept == 0:
		return fmt.Errorf("no article read: all %s were rejected (the accounting above gives the reasons)", plural(read, "record"))
	case kept == notCoded:
		return fmt.Errorf("no article coded: %s could not be coded (the accounting above gives the reasons)", plural(kept, "article"))
	}
	return nil
}

// articleAccount is the accounting of an article input, as every command
// prints it (writeAccounts: rows are articles; events, when not negative,
// the events coded from it before -dedup; failed the error extract fails
// with, nil if none).
func articleAccount(name string, r *dataset.Report, events int64, failed error) string {
	var b strings.Builder
	writeAccounts(&b, []account{{name: name, rep: r, articles: true, events: events}}, failed)
	return b.String()
}

// dictPaths are the comma-separated dictionary files of -actors, -agents,
// -verbs and -discards.
type dictPaths struct{ actors, agents, verbs, discards string }

// coderOptions loads the dictionaries named by -actors, -agents and
// -verbs; warn (if not nil) is told of the lines each dictionary skipped.
func coderOptions(paths dictPaths, only bool, warn func(format string, a ...any)) (*extract.Options, error) {
	opts := &extract.Options{OnlyDictionaries: only}
	skipped := func(rep *dataset.Report) {
		if warn == nil || rep.Rejected == 0 {
			return
		}
		warn("%s: %d malformed dictionary lines skipped\n", rep.File, rep.Rejected)
		for _, e := range rep.Samples {
			warn("  %v\n", e)
		}
	}
	for _, p := range splitPaths(paths.actors) {
		d, err := extract.LoadActors(p)
		if err != nil {
			return nil, fmt.Errorf("-actors: %w", err)
		}
		skipped(d.Report())
		opts.Dictionaries = append(opts.Dictionaries, d)
	}
	for _, p := range splitPaths(paths.agents) {
		d, err := extract.LoadAgents(p)
		if err != nil {
			return nil, fmt.Errorf("-agents: %w", err)
		}
		skipped(d.Report())
		opts.Agents = append(opts.Agents, d)
	}
	for _, p := range splitPaths(paths.verbs) {
		d, err := extract.LoadVerbs(p)
		if err != nil {
			return nil, fmt.Errorf("-verbs: %w", err)
		}
		skipped(d.Report())
		opts.Verbs = append(opts.Verbs, d)
	}
	for _, p := range splitPaths(paths.discards) {
		l, err := extract.LoadDiscards(p)
		if err != nil {
			return nil, fmt.Errorf("-discards: %w", err)
		}
		skipped(l.Report())
		opts.Discards = append(opts.Discards, l)
	}
	if only && len(opts.Dictionaries) == 0 {
		return nil, fmt.Errorf("%w: -only-dictionaries needs -actors", errUsage)
	}
	return opts, nil
}

func splitPaths(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
