package main

import (
	"fmt"
	"strings"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/report"
)

func init() {
	register("render", "re-render a report from scored series (a scores.csv in the tidy form)", runRender)
}

func runRender(e *env, args []string) error {
	var out, dyads, index, formats, size, title, generated, from, to string
	var quiet bool
	fs := newFlags(e, "render", "report render [-o DIR] [flags] SCORES.csv",
		"report render -o again report-out/scores.csv",
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
	fs.BoolVar(&quiet, "q", false, "print nothing but errors")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("%w: render takes one scores file (got %d)", errUsage, fs.NArg())
	}
	path := fs.Arg(0)
	set, acc, err := report.ReadScoresFile(path)
	if err != nil {
		return err
	}
	// Every dyad of the file is rendered unless -dyads picks some.
	all := map[dataset.Dyad]bool{}
	for _, s := range set.Series {
		d := s.Dyad
		if !s.Directed {
			d = d.Undirected()
		}
		all[d] = true
	}
	pf := pipelineFlags{out: out, dyads: dyads, from: from, to: to, period: "month", index: index, models: "",
		weight: "one", dedup: "actors", formats: formats, title: title, generated: generated, size: size, maxDyads: max(len(all), 1), top: 1}
	opts, fm, err := pf.options()
	if err != nil {
		return err
	}
	// The source's rows are score rows, not events: Events stays 0.
	opts.Sources = []report.Source{{Name: path, Format: string(acc.Format), Read: acc.Read, Kept: acc.Kept, First: acc.First, Last: acc.Last}}
	rep, err := report.FromScores(set, opts)
	if err != nil {
		return err
	}
	if err := rep.WriteDir(out, &fm); err != nil {
		return err
	}
	if !quiet {
		fmt.Fprintf(e.stdout, "report: %s (%s)\n", out, fm)
		fmt.Fprintf(e.stdout, "scores %s: %s, %s of %s\n", path, plural(acc.Read, "row"), plural(int64(len(set.Series)), "series"), plural(int64(len(all)), "dyad"))
		names := make([]string, 0, len(rep.Dyads))
		for _, d := range rep.Dyads {
			names = append(names, d.Dyad.String())
		}
		fmt.Fprintf(e.stdout, "dyads: %s\n", strings.Join(names, ","))
	}
	return nil
}
