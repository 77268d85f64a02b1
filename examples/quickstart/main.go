package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/entente/entente/chronology"
	"github.com/entente/entente/dataset"
	"github.com/entente/entente/plots"
	"github.com/entente/entente/report"
	"github.com/entente/entente/score"
)

// Dyads are the three relationships the quickstart scores.
var Dyads = []dataset.Dyad{{A: "CHN", B: "RUS"}, {A: "CHN", B: "USA"}, {A: "RUS", B: "USA"}}

// Labels are their display names, in the order of Dyads.
var Labels = []string{"China – Russia", "China – United States", "Russia – United States"}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("quickstart", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("out", "", "write index.png and level.png into this folder (created if missing)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: quickstart [-out DIR]")
		fmt.Fprintln(stderr, "scores CHN-RUS, CHN-USA and RUS-USA on the bundled chronology and prints the summary table")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "quickstart: unexpected argument %q\n", fs.Arg(0))
		fs.Usage()
		return 2
	}
	r, err := Run()
	if err != nil {
		fmt.Fprintln(stderr, "quickstart:", err)
		return 1
	}
	fmt.Fprintf(stdout, "%s: %s\n\n", chronology.Name(), r.Input.RowsLine())
	fmt.Fprint(stdout, report.SummaryTable(r.Scores).Markdown())
	if *out != "" {
		if err := os.MkdirAll(*out, 0o755); err != nil {
			fmt.Fprintln(stderr, "quickstart:", err)
			return 1
		}
		for _, c := range []struct {
			name  string
			chart *plots.Chart
		}{{"index.png", r.Index}, {"level.png", r.Level}} {
			path := filepath.Join(*out, c.name)
			if err := c.chart.Save(path); err != nil {
				fmt.Fprintln(stderr, "quickstart:", err)
				return 1
			}
			fmt.Fprintln(stdout, "wrote", path)
		}
	}
	return 0
}

// Result is what the quickstart computes.
type Result struct {
	// Input accounts for the chronology's rows (read = kept + rejected +
	// filtered).
	Input *dataset.Report
	// Table is the ingest stage's monthly, undirected dyad-period table of
	// every event between two different states.
	Table *dataset.Table
	// Scores holds, for each of Dyads in order, the kalman, goldstein and
	// level series.
	Scores *score.SeriesSet
	// Index charts the state-space index of the three dyads with its
	// bands; Level their relationship level with the six grades.
	Index, Level *plots.Chart
}

// ModelNames are the quickstart's models, in the order of each dyad's
// series, by the names the report, scores.csv and `report score -model`
// use: the local-level state-space index (filtered, marginalised over its
// variances), the weighted mean Goldstein weight of each month, and the
// bounded relationship level (the report's headline).
var ModelNames = []string{"kalman", "goldstein", "level"}

// Models builds ModelNames with score.ModelByName, so that the quickstart
// scores what the report and the command line score.
func Models() ([]score.Model, error) {
	var models []score.Model
	for _, name := range ModelNames {
		m, err := score.ModelByName(name)
		if err != nil {
			return nil, err
		}
		models = append(models, m)
	}
	return models, nil
}

// Run takes the path of the report's main job (`report` with no
// arguments) for Dyads: it loads the chronology as the report reads it
// (chronology.ReadAsReport: government to government), runs the report's
// ingest stage on it (dataset.IngestEvents with report.Options'
// IngestOptions: repeated reports merged — the chronology has none —
// and a monthly, undirected table with self-dyads left out), lays the
// table on a panel with the lasting states its events open and close
// (score.PanelFromTable), scores Dyads with Models and draws the two
// charts. Its numbers are the main job's (TestRunMatchesMainJob).
func Run() (*Result, error) {
	events, input, err := chronology.ReadAsReport()
	if err != nil {
		return nil, err
	}
	opts := &report.Options{Dyads: Dyads}
	in := dataset.IngestEvents(events, opts.IngestOptions())
	table := in.Table
	if s := table.Skipped(); s.Total() != 0 {
		// The chronology holds dated state-to-state events only.
		return nil, fmt.Errorf("the chronology has %d events the table cannot place (%v)", s.Total(), s)
	}
	panel, err := score.PanelFromTable(table, time.Time{}, time.Time{})
	if err != nil {
		return nil, err
	}
	models, err := Models()
	if err != nil {
		return nil, err
	}
	set, err := score.Score(panel, Dyads, models)
	if err != nil {
		return nil, err
	}
	r := &Result{Input: input, Table: table, Scores: set}
	var index, level []score.Series
	for _, d := range Dyads {
		index = append(index, *set.Find(d, "kalman"))
		level = append(level, *set.Find(d, "level"))
	}
	note := "Source: " + chronology.Name() + ", monthly periods. Bands: 80 % and 95 %."
	r.Index, err = plots.NewIndexChart(index, &plots.SeriesOptions{
		Title:  "Relations on the Goldstein scale (state-space index)",
		Labels: Labels,
		YLabel: "Goldstein scale (−10 … +10)",
		Note:   note,
	})
	if err != nil {
		return nil, err
	}
	r.Level, err = plots.NewLevelChart(level, &plots.SeriesOptions{
		Title:  "Relationship level",
		Labels: Labels,
		Note:   "Source: " + chronology.Name() + ", monthly periods.",
	})
	if err != nil {
		return nil, err
	}
	return r, nil
}
