// Command aggregate runs entente's dyad-period aggregation as an Apache
// Beam pipeline (package pipeline): it reads event files matched by a
// glob with entente's readers, aggregates them into exact dyad-period
// statistics, and writes stats files that `report score`, `report align`
// and `report inspect` read as input.
//
//	go run ./cmd/aggregate -input 'data/*.export.CSV.zip' -output stats/
//	report score -model goldstein -period month -o scores.csv stats/*
//
// Locally it runs on Prism, Beam's in-process runner. Other runners take
// Beam's own flags: -runner universal -endpoint HOST:PORT for a Flink or
// Spark job server (portable runner), -runner dataflow with a binary
// built with -tags dataflow (and -project, -region, -staging_location,
// …); gs:// paths need -tags gcs (implied by dataflow). See README.md "At
// GDELT scale".
//
// Flags with the defaults of `report score`: -weight one, -dedup actors,
// each event's own Goldstein weight and quad class. -period defaults to
// day: day rows merge exactly into any coarser period when read.
//
// Output: DIR holds the stats shards only (stats-SSSSS-of-NNNNN.csv);
// the evidence — the events a report lists as top events and change-point
// drivers, -evidence-top lines per dyad-month (-evidence-period) — goes to
// -evidence, default DIR.evidence (evidence-SSSSS-of-NNNNN.csv), so that
// `report -o out DIR/* DIR.evidence/*` writes the report of the raw files;
// the row accounting (files.csv: read, kept, rejected, filtered per file,
// and the error of a file that could not be read; rejects.csv: the first
// rejected rows with file, line and column) goes to -accounting, default
// DIR.accounting. The accounting is printed too.
//
// Exit status: 0 when every file was read (rejected rows are counted, not
// errors); 1 when the pipeline failed or some file could not be read (its
// rows are not in the statistics; the outputs are written all the same);
// 2 on a usage error.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/flink"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/spark"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/universal"

	"github.com/entente/entente/beam/pipeline"
)

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdout, os.Stderr))
}

// run parses the flags and runs the pipeline. Beam's own flags (-runner,
// -endpoint, …) live on the global flag set, where Beam reads them; run
// parses them together with its own on a fresh set, so that it can run
// more than once (tests).
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	var o pipeline.Options
	s := &o.Settings
	fs := flag.NewFlagSet("aggregate", flag.ContinueOnError)
	flag.CommandLine.VisitAll(func(f *flag.Flag) { fs.Var(f.Value, f.Name, f.Usage) })
	fs.SetOutput(stderr)
	fs.StringVar(&o.Input, "input", "", "input `glob`(s), comma-separated: local paths or gs://… (files plain, .gz or .zip, format detected)")
	fs.StringVar(&o.Output, "output", "", "output `folder` of the stats shards")
	fs.StringVar(&o.Accounting, "accounting", "", "`folder` of the row accounting (default: OUTPUT.accounting)")
	fs.IntVar(&o.Shards, "shards", pipeline.DefaultShards, "number of stats `files` (and of evidence files)")
	fs.StringVar(&o.Evidence, "evidence", "", "`folder` of the evidence shards, the events `report` lists (default: OUTPUT.evidence)")
	fs.IntVar(&s.Evidence, "evidence-top", pipeline.DefaultEvidence, "report `lines` whose events are kept per dyad-period as evidence (report keeps max(10, 2 × -top); 0: no evidence)")
	fs.StringVar(&s.EvidencePeriod, "evidence-period", "month", "`period` of the evidence pools: month serves reports by month, quarter and year; day serves any")
	fs.StringVar(&s.Period, "period", "day", "period of the rows: `day`, week, month, quarter or year (day rows derive any coarser period)")
	fs.StringVar(&s.Weight, "weight", "one", "event `weight`: one, mentions, sources, articles or log-sources")
	fs.StringVar(&s.Goldstein, "goldstein", "", "re-weight every event with a Goldstein `table`: gdelt or icews (default: each event's own)")
	fs.StringVar(&s.Quads, "quads", "", "re-class every event with a quad `mapping`: gdelt, icews, phoenix or plover (default: each event's own)")
	fs.StringVar(&s.Dedup, "dedup", "actors", "merge repeated reports of one event (one a day, across all files): `actors`, countries or off")
	fs.StringVar(&s.Roles, "roles", "government", "which actor roles count, as `report -roles`: government (acts toward another state's opposition or rebels set aside), state or all")
	fs.BoolVar(&s.Directed, "directed", false, "keep directions apart")
	fs.StringVar(&s.Format, "format", "", "input `format` (gdelt1, gdelt2, icews, plover, csv, jsonl; default: detected)")
	fs.StringVar(&s.From, "from", "", "first day: `YYYY`, YYYY-MM or YYYY-MM-DD (default: unbounded)")
	fs.StringVar(&s.To, "to", "", "last day: `YYYY`, YYYY-MM or YYYY-MM-DD, its last day included (default: unbounded)")
	fs.StringVar(&s.Dyads, "dyads", "", "keep only these `pairs`, either direction (CHN-RUS,CHN-USA)")
	fs.BoolVar(&s.Strict, "strict", false, "fail a file at its first unreadable row instead of counting it")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if o.Input == "" || o.Output == "" || fs.NArg() > 0 {
		fmt.Fprintln(stderr, "aggregate: give -input GLOB and -output DIR (and no other arguments); see -h")
		return 2
	}
	if _, err := o.Settings.AggregateOptions(); err != nil {
		fmt.Fprintln(stderr, "aggregate:", err)
		return 2
	}
	beam.Init()
	acc, err := pipeline.Run(ctx, *runners.Runner, &o)
	if acc != nil {
		for _, f := range acc.Files {
			fmt.Fprintf(stdout, "%s: rows: read=%d kept=%d rejected=%d filtered=%d", f.Path, f.Read, f.Kept, f.Rejected, f.Filtered)
			if f.Error != "" {
				fmt.Fprintf(stdout, " error: %s", f.Error)
			}
			fmt.Fprintln(stdout)
		}
		t := acc.Total()
		fmt.Fprintf(stdout, "total: %d files, rows: read=%d kept=%d rejected=%d filtered=%d; events not aggregated: not-dyadic=%d undated=%d\n",
			len(acc.Files), t.Read, t.Kept, t.Rejected, t.Filtered, t.NotDyadic, t.Undated)
		fmt.Fprintf(stdout, "stats: %s\n", o.Output)
		if s.Evidence > 0 {
			ev := o.Evidence
			if ev == "" {
				ev = strings.TrimSuffix(o.Output, "/") + ".evidence"
			}
			fmt.Fprintf(stdout, "evidence: %s\n", ev)
		}
	}
	if err != nil {
		fmt.Fprintln(stderr, "aggregate:", err)
		if errors.Is(err, pipeline.ErrUnreadable) {
			fmt.Fprintln(stderr, "aggregate: the statistics leave those files out; see the accounting's files.csv")
		}
		return 1
	}
	return 0
}
