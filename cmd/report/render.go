package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/report"
	"github.com/entente/entente/score"
)

func init() {
	register("render", "re-render a report from scored series (a scores.csv in the tidy form)", runRender)
}

func runRender(e *env, args []string) (err error) {
	var out, dyads, index, formats, size, title, generated, from, to, rejectsPath string
	var quiet, strict bool
	fs := newFlags(e, "render", "report render [-o DIR] [flags] SCORES.csv",
		"report render -o again report-out/scores.csv        # thin_evidence recomputed from the n column by the one rule (a differing column is noted)",
		"report score -model kalman -dyads CHN-RUS,CHN-USA -o s.csv && report render -formats pdf s.csv",
		"report render -dyads CHN-RUS -from 2020 -size print -formats png,svg report-out/scores.csv",
	)
	fs.StringVar(&out, "o", "report-out", "output `folder` (replaced if it holds an earlier report; never if it holds other files)")
	fs.StringVar(&dyads, "dyads", "", "dyads to render, comma-separated (`CHN-RUS,CHN-USA`); default: every dyad of the file")
	fs.StringVar(&index, "index", report.DefaultIndex, "main index `model` (a model of the file; the level is charted when present)")
	fs.StringVar(&from, "from", "", "first period: `YYYY`, YYYY-MM or YYYY-MM-DD")
	fs.StringVar(&to, "to", "", "last period: `YYYY`, YYYY-MM or YYYY-MM-DD")
	fs.StringVar(&formats, "formats", "all", "outputs, a comma-separated `list` of pdf, html, png, svg, csv, or all")
	fs.StringVar(&size, "size", "screen", "PNG/SVG chart `size`: screen, print or column")
	fs.StringVar(&title, "title", "", "report `title`")
	fs.StringVar(&generated, "date", "", "generation `date` (RFC 3339 or YYYY-MM-DD; default: $SOURCE_DATE_EPOCH, else now)")
	fs.BoolVar(&strict, "strict", false, "stop at the first unreadable row instead of counting it")
	fs.StringVar(&rejectsPath, "rejects", "", rejectsUsage)
	fs.BoolVar(&quiet, "q", false, "print nothing but errors (a failure still prints the input's accounting)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("%w: render takes one scores file (got %d)", errUsage, fs.NArg())
	}
	path := fs.Arg(0)
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		if _, err := os.Stat(filepath.Join(path, "scores.csv")); err == nil {
			return fmt.Errorf("%w: %s is a report folder: render reads its scores file, %s", errUsage, path, filepath.Join(path, "scores.csv"))
		}
		return fmt.Errorf("%w: %s is a folder: render reads one scores file", errUsage, path)
	}
	rejects, err := createRejects(rejectsPath)
	if err != nil {
		return err
	}
	var thinCheck report.ThinCheck
	ro := &report.ScoresReadOptions{Strict: strict, ThinCheck: &thinCheck}
	if rejects != nil {
		ro.Rejects = rejects
	}
	var set *score.SeriesSet
	var acc *dataset.Report
	name, src := path, io.Reader(e.stdin)
	if path == "-" {
		name = "<stdin>"
	} else {
		f, err := os.Open(path)
		if err != nil {
			return err // not opened: no account
		}
		defer f.Close()
		src = f
	}
	set, acc, err = report.ReadScores(src, name, ro)
	// The input's accounting is printed before an error, -q or not; the
	// rejected rows are kept (-rejects) whatever the outcome.
	defer func() {
		if err != nil && acc != nil {
			writeAccounts(e.stderr, []account{{name: path, rep: acc, events: -1}}, err)
		}
		if cerr := commitRejects(rejects); cerr != nil && err == nil {
			err = cerr
		}
	}()
	if err != nil {
		return err
	}
	// Every dyad of the file is rendered unless -dyads picks some.
	all := map[string]bool{} // by label: CHN-RUS and CHN→RUS are two
	for _, s := range set.Series {
		label := s.Label()
		if !s.Directed {
			label = s.Dyad.Undirected().String()
		}
		all[label] = true
	}
	// thin_evidence is the one rule, report.ThinEvidence, on the file's n
	// column, as the main job and report score write it: render recomputes
	// it (the summary, the charts' dashed stretches, the scores.csv it
	// writes) rather than read the file's column, and says where the
	// column says otherwise.
	if thinCheck.Rows > 0 && !quiet {
		fmt.Fprintf(e.stderr, "report: note: %s: thin_evidence differs from the rule at %s (first: line %d); render applies the rule: thin where fewer than %d events (column n) fall in the %d months up to the period (a file written with -from flags its first periods from the events before them, which it does not hold)\n",
			path, plural(int64(thinCheck.Rows), "row"), thinCheck.FirstLine, report.ThinEvents, report.ThinWindow)
	}
	// -dyads picks and orders the dyads: render selects the series here,
	// so that a directed dyad given as the file labels it (CHN→RUS) picks
	// that direction's series and not the other's.
	picked := set
	if strings.TrimSpace(dyads) != "" {
		if picked, err = renderSelect(set, dyads); err != nil {
			return err
		}
	}
	pf := pipelineFlags{out: out, from: from, to: to, period: "month", index: index, models: "",
		weight: "one", dedup: "actors", formats: formats, title: title, generated: generated, size: size, maxDyads: max(len(picked.Series), 1), top: 1}
	opts, fm, err := pf.options()
	if err != nil {
		return err
	}
	if err := renderRangeCheck(picked, opts.From, opts.To); err != nil {
		return err
	}
	// The source's rows are score rows, not events: Events stays 0.
	opts.Sources = []report.Source{{Name: path, Format: string(acc.Format), Read: acc.Read, Kept: acc.Kept, First: acc.First, Last: acc.Last}}
	rep, err := report.FromScores(picked, opts)
	if err != nil {
		return err
	}
	if err := rep.WriteDir(out, &fm); err != nil {
		return err
	}
	if !quiet {
		fmt.Fprintf(e.stdout, "report: %s (%s)\n", out, fm)
		fmt.Fprintln(e.stdout, accountLine(path, false, acc, fmt.Sprintf("series=%d", len(set.Series)), fmt.Sprintf("dyads=%d", len(all))))
		writeReasons(e.stdout, []account{{name: path, rep: acc, events: -1}})
		names := make([]string, 0, len(rep.Dyads))
		for _, d := range rep.Dyads {
			if d.Directed {
				names = append(names, d.Dyad.A+"→"+d.Dyad.B)
			} else {
				names = append(names, d.Dyad.String())
			}
		}
		fmt.Fprintf(e.stdout, "dyads: %s\n", strings.Join(names, ","))
	}
	return nil
}

// renderSelect returns the series of set that -dyads picks, in its order,
// by report.PickScores' rule (the one FromScores applies to
// Options.Dyads): a dyad given with an arrow (CHN→RUS, as a directed file
// labels it) picks that direction's series; one given as a pair picks the
// pair's undirected series, or the series of that direction in a directed
// file. A dyad with no series in the file is an error naming the file's.
func renderSelect(set *score.SeriesSet, spec string) (*score.SeriesSet, error) {
	ds, arrow, err := parseDyadsFlag(spec, true, "")
	if err != nil {
		return nil, err
	}
	if err := checkDyads(ds); err != nil {
		return nil, err
	}
	picks := make([]report.DyadPick, len(ds))
	for i, d := range ds {
		picks[i] = report.DyadPick{Dyad: d, Directed: arrow[i]}
	}
	out, missing := report.PickScores(set, picks)
	if len(missing) > 0 {
		var labels, have []string
		for _, p := range missing {
			labels = append(labels, p.Label())
		}
		seen := map[string]bool{}
		for _, s := range set.Series {
			if l := s.Label(); !seen[l] {
				seen[l] = true
				have = append(have, l)
			}
		}
		return nil, fmt.Errorf("-dyads: the file has no series of %s (it has %s)", strings.Join(labels, ", "), strings.Join(have, ", "))
	}
	return out, nil
}

// renderRangeCheck fails, as the main job does when its dates leave no
// event (noEventsError), when -from/-to leave no period of the series
// picked: how many score rows the dates removed and the periods the file
// covers. The bounds are compared by period start, as report.FromScores
// restricts them.
func renderRangeCheck(set *score.SeriesSet, from, to time.Time) error {
	if (from.IsZero() && to.IsZero()) || len(set.Series) == 0 {
		return nil
	}
	g := set.Series[0].Granularity
	var removed int64
	var first, last time.Time
	for _, s := range set.Series {
		for _, p := range s.Points {
			if (!from.IsZero() && p.Start.Before(g.Start(from))) || (!to.IsZero() && p.Start.After(g.Start(to))) {
				removed++
				if first.IsZero() || p.Start.Before(first) {
					first = p.Start
				}
				if p.Start.After(last) {
					last = p.Start
				}
				continue
			}
			return nil
		}
	}
	if removed == 0 {
		return nil
	}
	return fmt.Errorf("no scores after the filters (outside -from/-to: %d); the file's periods run from %s to %s: try -from %s -to %s",
		removed, first.Format("2006-01-02"), last.Format("2006-01-02"), first.Format("2006-01"), last.Format("2006-01"))
}
