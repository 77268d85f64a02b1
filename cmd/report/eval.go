package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/extract"
	"github.com/entente/entente/extract/eval"
)

func init() {
	register("eval", "measure the event coder against gold-standard sentences (PLOVER JSON or PETRARCH XML): precision, recall, F1", runEval)
}

type evalFlags struct {
	format, out, actors, agents, verbs, discards, split, rejects string
	markdown, details, builtin, strict, quiet                    bool
}

func runEval(e *env, args []string) (err error) {
	var f evalFlags
	fs := newFlags(e, "eval", "report eval [-format plover|petrarch] [-split both|validation|train|all] [-markdown] [-details] GOLD…",
		"report eval extract/eval/testdata/entente.gold.json ../shared/data/plover/PLOVER_GSR_CAMEO.dev.json   # both JSON golds pooled",
		"report eval ../shared/data/plover/PLOVER_GSR_CAMEO.dev.json            # validation split first (the headline), then train",
		"report eval -split validation ../shared/data/plover/PLOVER_GSR_CAMEO.dev.json",
		"report eval -markdown -o accuracy.md ../shared/data/plover/PLOVER_GSR_CAMEO.dev.json",
		"report eval ../shared/data/petrarch2/PETR.UnitTest.records.xml   # with the PETR.Validate dictionaries it names",
		"report eval -details gold.json | less                            # every sentence's gold and coded tuples",
		"cat gold.json | report eval -                                    # standard input",
	)
	fs.StringVar(&f.format, "format", "", "gold `format`: plover (JSON) or petrarch (XML); default: detected")
	fs.StringVar(&f.out, "o", "", "output `file` (written atomically; default: standard output)")
	fs.StringVar(&f.split, "split", "both", "which `part` of the gold to score (eval.SplitOf: by source, fixed): both (validation, the held-apart headline, then train), validation, train, or all records together")
	fs.BoolVar(&f.markdown, "markdown", false, "write Markdown tables instead of plain text")
	fs.BoolVar(&f.details, "details", false, "also list every sentence whose coded events differ from the gold")
	fs.StringVar(&f.actors, "actors", "", "PETRARCH-format actor `dictionaries` to code with, comma-separated (PETRARCH gold: default its own)")
	fs.StringVar(&f.agents, "agents", "", "PETRARCH-format agent `dictionaries`, comma-separated")
	fs.StringVar(&f.verbs, "verbs", "", "PETRARCH-format verb `dictionaries`, comma-separated")
	fs.StringVar(&f.discards, "discards", "", "PETRARCH-format discard `lists`, comma-separated")
	fs.BoolVar(&f.builtin, "builtin", false, "PETRARCH gold: code with entente's own tables instead of the dictionaries the file names")
	fs.BoolVar(&f.strict, "strict", false, "stop at the first unreadable gold record instead of counting it")
	fs.StringVar(&f.rejects, "rejects", "", "write every rejected gold record to `FILE` (PLOVER: one JSON line each; PETRARCH: its <Sentence> element; written atomically, also when the command then fails)")
	fs.BoolVar(&f.quiet, "q", false, "do not print the accounting to stderr (a failure still prints it)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() < 1 {
		return fmt.Errorf("%w: eval needs a gold file", errUsage)
	}
	switch strings.ToLower(f.split) {
	case "both", "", "validation", "train", "all":
	default:
		return fmt.Errorf("%w: -split %q: want both, validation, train or all", errUsage, f.split)
	}
	path := strings.Join(fs.Args(), " + ")
	format := strings.ToLower(f.format)
	switch format {
	case "", "plover", "json", "petrarch", "xml":
	default:
		return fmt.Errorf("%w: -format %q: want plover or petrarch", errUsage, f.format)
	}
	stdins := 0
	for _, p := range fs.Args() {
		if p == "-" {
			stdins++
		}
	}
	if stdins > 1 {
		return fmt.Errorf("%w: standard input (-) is given twice; it can be read once", errUsage)
	}
	rejects, err := createRejects(f.rejects)
	if err != nil {
		return err
	}
	ro := &eval.ReadOptions{Strict: f.strict}
	if rejects != nil {
		ro.Rejects = rejects
	}
	// Every gold file's accounting goes to stderr (with -q only when the
	// command fails); the rejected records are kept (-rejects) whatever
	// the outcome.
	var accs []account
	defer func() {
		if err != nil || !f.quiet {
			writeAccounts(e.stderr, accs, err)
		}
		if cerr := commitRejects(rejects); cerr != nil && err == nil {
			err = cerr
		}
	}()
	var gold []eval.GoldRecord
	paths, only, statements := dictPaths{f.actors, f.agents, f.verbs, f.discards}, f.actors != "", false
	// several files are pooled, records in file order; each is opened once
	// (standard input and pipes too) and its format told from its first
	// bytes
	for i, p := range fs.Args() {
		in, err := openGold(e, p)
		if err != nil {
			return err
		}
		ff := format
		if format == "" {
			if ff, err = detectGold(p, in.Head()); err != nil {
				in.Close()
				return err
			}
			if i > 0 && ff != goldFormat(fs.Arg(0), accs) {
				in.Close()
				return fmt.Errorf("%w: %s is %s gold, %s is %s: pool files of one format", errUsage, fs.Arg(0), goldFormat(fs.Arg(0), accs), p, ff)
			}
		}
		name := p
		if p == "-" {
			name = "<stdin>"
		}
		switch ff {
		case "plover", "json":
			g, rep, err := eval.ReadPLOVERReport(in, name, ro)
			in.Close()
			accs = append(accs, account{name: p, rep: rep, events: -1})
			if err != nil {
				return err
			}
			gold = append(gold, g...)
		case "petrarch", "xml":
			if fs.NArg() != 1 {
				in.Close()
				return fmt.Errorf("%w: PETRARCH gold is read one file at a time (each names its dictionaries)", errUsage)
			}
			pg, rep, err := eval.ReadPETRARCHReport(in, name, ro)
			in.Close()
			accs = append(accs, account{name: p, rep: rep, events: -1})
			if err != nil {
				return err
			}
			gold = pg.Records
			if f.actors == "" && !f.builtin {
				// PETRARCH's own setting: the dictionaries its Environment
				// names, statements (01x) coded
				paths, only, statements = dictPaths{pg.Actors, pg.Agents, pg.Verbs, pg.Discards}, true, true
			}
		}
	}
	if len(gold) == 0 {
		return noGoldError(accs)
	}
	opts, err := coderOptions(paths, only, func(format string, a ...any) { fmt.Fprintf(e.stderr, format, a...) })
	if err != nil {
		return err
	}
	opts.Statements = statements
	coder, err := extract.NewCoder(opts)
	if err != nil {
		return err
	}
	train, validation := eval.SplitRecords(gold)
	type part struct {
		label string
		gold  []eval.GoldRecord
	}
	var parts []part
	switch strings.ToLower(f.split) {
	case "both", "":
		parts = []part{{"validation split (held apart from tuning)", validation}, {"train split (the rules were tuned on it)", train}}
	case "validation":
		parts = []part{{"validation split (held apart from tuning)", validation}}
	case "train":
		parts = []part{{"train split (the rules were tuned on it)", train}}
	case "all":
		parts = []part{{"", gold}}
	default:
		return fmt.Errorf("%w: -split %q: want both, validation, train or all", errUsage, f.split)
	}
	return scoreOutput(e, f.out, func(w io.Writer) error {
		for i, p := range parts {
			if i > 0 {
				fmt.Fprintln(w)
			}
			if len(p.gold) == 0 {
				fmt.Fprintf(w, "%s (%s): no records\n", path, p.label)
				continue
			}
			res := eval.Evaluate(p.gold, coder, &eval.Options{Details: f.details})
			res.Source = path
			if p.label != "" {
				res.Source += ", " + p.label
			}
			if f.markdown {
				io.WriteString(w, res.Markdown())
			} else {
				io.WriteString(w, res.String())
			}
			if f.details {
				fmt.Fprintln(w)
				for _, d := range res.Details {
					if d.Match == len(d.Gold) && d.Match == len(d.Predicted) {
						continue
					}
					fmt.Fprintf(w, "%s: gold %s, coded %s\n  %s\n", d.ID, strings.Join(d.Gold, " "), strings.Join(d.Predicted, " "), d.Text)
				}
			}
		}
		return nil
	})
}

// noGoldError is eval's failure when the gold files give no record to
// score: how many records were read and what removed them (the accounting
// printed with it gives the reasons).
func noGoldError(accs []account) error {
	var read, rejected, filtered int64
	for _, a := range accs {
		if a.rep != nil {
			read, rejected, filtered = read+a.rep.Read, rejected+a.rep.Rejected, filtered+a.rep.Filtered
		}
	}
	if read == 0 {
		return errors.New("no gold records to score: the files hold none")
	}
	return fmt.Errorf("no gold records to score: of %s read, %d rejected and %d filtered (reasons above)", plural(read, "record"), rejected, filtered)
}

// openGold opens a gold file once ("-" is standard input) with its first
// bytes peeked, for detectGold.
func openGold(e *env, path string) (*dataset.Input, error) {
	if path == "-" {
		return dataset.NewInput(e.stdin, "<stdin>", 4096), nil
	}
	return dataset.OpenInput(path, 4096)
}

// goldFormat is the format of the gold file read first (accs[0]).
func goldFormat(path string, accs []account) string {
	if len(accs) > 0 && accs[0].rep != nil {
		return string(accs[0].rep.Format)
	}
	return ""
}

// detectGold tells PLOVER JSON from PETRARCH XML by the first non-space
// byte of head.
func detectGold(path string, head []byte) (string, error) {
	t := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\ufeff")), " \t\r\n")
	switch {
	case len(t) > 0 && t[0] == '[':
		return "plover", nil
	case len(t) > 0 && t[0] == '<':
		return "petrarch", nil
	}
	return "", fmt.Errorf("%s: not a gold file: want a PLOVER JSON array or PETRARCH XML (use -format)", path)
}
