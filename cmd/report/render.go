package main

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/report"
	"github.com/entente/entente/score"
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
	fs.StringVar(&dyads, "dyads", "", "dyads to render, comma-separated (`CHN-RUS,CHN-USA`); default: the first six of the file")
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
	pf := pipelineFlags{out: out, dyads: dyads, from: from, to: to, period: "month", index: index, models: "",
		weight: "one", dedup: "actors", formats: formats, title: title, generated: generated, size: size, maxDyads: report.DefaultMaxDyads, top: 1}
	opts, fm, err := pf.options()
	if err != nil {
		return err
	}
	path := fs.Arg(0)
	set, rows, err := readTidyCSVFile(path)
	if err != nil {
		return err
	}
	opts.Sources = []report.Source{{Name: path, Format: "scores", Read: rows, Kept: rows}}
	rep, err := report.FromScores(set, opts)
	if err != nil {
		return err
	}
	if err := rep.WriteDir(out, &fm); err != nil {
		return err
	}
	if !quiet {
		fmt.Fprintf(e.stdout, "report: %s (%s)\n", out, fm)
		fmt.Fprintf(e.stdout, "scores %s: %d rows, %d series\n", path, rows, len(set.Series))
		names := make([]string, 0, len(rep.Dyads))
		for _, d := range rep.Dyads {
			names = append(names, d.Dyad.String())
		}
		fmt.Fprintf(e.stdout, "dyads: %s\n", strings.Join(names, ","))
	}
	return nil
}

func readTidyCSVFile(path string) (*score.SeriesSet, int64, error) {
	var r io.Reader = os.Stdin
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return nil, 0, err
		}
		defer f.Close()
		r = f
	}
	return readTidyCSV(r, path)
}

// readTidyCSV reads score's tidy CSV (header score.TidyHeader, columns in
// any order): one row per series and period. Rows of one dyad and model
// form a series, in period order; the granularity is inferred from the
// periods (see inferGranularity). Empty value, lower and upper cells are
// NaN; the 80 % band is not in the format and stays NaN. Errors name the
// file, line and column and wrap a dataset sentinel. It returns the rows
// read.
func readTidyCSV(r io.Reader, name string) (*score.SeriesSet, int64, error) {
	cr := csv.NewReader(bufio.NewReader(r))
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	header, err := cr.Read()
	if err == io.EOF {
		return nil, 0, &dataset.ParseError{File: name, Line: 1, Err: fmt.Errorf("%w: empty file, want the header %s", dataset.ErrMissingField, score.TidyHeader)}
	}
	if err != nil {
		return nil, 0, csvError(name, err)
	}
	col := map[string]int{}
	for i, h := range header {
		col[strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))] = i
	}
	for _, c := range strings.Split(score.TidyHeader, ",") {
		if _, ok := col[c]; !ok {
			return nil, 0, &dataset.ParseError{File: name, Line: 1, Column: c, Err: fmt.Errorf("%w: the header lacks %q (want %s)", dataset.ErrMissingField, c, score.TidyHeader)}
		}
	}
	type key struct{ dyad, model string }
	series := map[key]*score.Series{}
	var order []key
	var rows int64
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, rows, csvError(name, err)
		}
		line, _ := cr.FieldPos(0)
		rows++
		get := func(c string) string {
			if i := col[c]; i < len(rec) {
				return strings.TrimSpace(rec[i])
			}
			return ""
		}
		bad := func(c string, sentinel error, detail string) error {
			return &dataset.ParseError{File: name, Line: line, Field: col[c] + 1, Column: c, Value: get(c), Err: fmt.Errorf("%w%s", sentinel, detail)}
		}
		label := get("dyad")
		d, directed, ok := parseDyadLabel(label)
		if !ok {
			return nil, rows, bad("dyad", dataset.ErrMissingField, ": want CHN-RUS or CHN→RUS")
		}
		model := get("model")
		if model == "" {
			return nil, rows, bad("model", dataset.ErrMissingField, "")
		}
		start, err := time.Parse("2006-01-02", get("period"))
		if err != nil {
			return nil, rows, bad("period", dataset.ErrBadDate, ": want YYYY-MM-DD")
		}
		p := score.NewPoint(start)
		for _, f := range []struct {
			c   string
			dst *float64
		}{{"value", &p.Value}, {"lower", &p.Lower}, {"upper", &p.Upper}} {
			s := get(f.c)
			if s == "" || strings.EqualFold(s, "nan") {
				continue
			}
			v, err := strconv.ParseFloat(s, 64)
			if err != nil || math.IsInf(v, 0) {
				return nil, rows, bad(f.c, dataset.ErrBadNumber, "")
			}
			*f.dst = v
		}
		if s := get("n"); s != "" {
			n, err := strconv.ParseInt(s, 10, 64)
			if err != nil || n < 0 {
				return nil, rows, bad("n", dataset.ErrBadNumber, ": want a count")
			}
			p.N = n
		}
		k := key{label, model}
		s := series[k]
		if s == nil {
			s = &score.Series{Dyad: d, Directed: directed, Model: model}
			series[k] = s
			order = append(order, k)
		}
		s.Points = append(s.Points, p)
	}
	set := &score.SeriesSet{}
	for _, k := range order {
		s := series[k]
		sort.SliceStable(s.Points, func(i, j int) bool { return s.Points[i].Start.Before(s.Points[j].Start) })
		for i := 1; i < len(s.Points); i++ {
			if s.Points[i].Start.Equal(s.Points[i-1].Start) {
				return nil, rows, &dataset.ParseError{File: name, Column: "period", Value: s.Points[i].Start.Format("2006-01-02"),
					Err: fmt.Errorf("%w: %s %s has the period twice", dataset.ErrSyntax, k.dyad, k.model)}
			}
		}
		s.Granularity = inferGranularity(s.Points)
		set.Add(s)
	}
	if len(set.Series) == 0 {
		return nil, rows, &dataset.ParseError{File: name, Line: 2, Err: fmt.Errorf("%w: no scored rows", dataset.ErrMissingField)}
	}
	return set, rows, nil
}

// parseDyadLabel reads "CHN-RUS" (undirected) or "CHN→RUS" (directed), the
// labels score.Series.Label writes.
func parseDyadLabel(s string) (dataset.Dyad, bool, bool) {
	if a, b, ok := strings.Cut(s, "→"); ok {
		d, err := dataset.ParseDyad(a + "-" + b)
		return d, true, err == nil
	}
	d, err := dataset.ParseDyad(s)
	return d, false, err == nil
}

// inferGranularity guesses a series' period length from its starts: year
// starts a year or more apart → Year; quarter starts → Quarter; first days
// of months → Month; Mondays a multiple of 7 days apart → Week; else Day.
// One point on the first of a month reads as Month.
func inferGranularity(pts []score.Point) dataset.Granularity {
	all := func(f func(t time.Time) bool) bool {
		for _, p := range pts {
			if !f(p.Start) {
				return false
			}
		}
		return true
	}
	gaps := func(ok func(a, b time.Time) bool) bool {
		for i := 1; i < len(pts); i++ {
			if !ok(pts[i-1].Start, pts[i].Start) {
				return false
			}
		}
		return true
	}
	first := func(t time.Time) bool { return t.Day() == 1 }
	switch {
	case len(pts) > 1 && all(func(t time.Time) bool { return t.YearDay() == 1 }):
		return dataset.Year
	case len(pts) > 1 && all(func(t time.Time) bool { return first(t) && (t.Month()-1)%3 == 0 }) &&
		gaps(func(a, b time.Time) bool { return (int(b.Month())-int(a.Month())+12*(b.Year()-a.Year()))%3 == 0 }) &&
		!gaps(func(a, b time.Time) bool { return b.Equal(a.AddDate(0, 1, 0)) }):
		return dataset.Quarter
	case all(first):
		return dataset.Month
	case all(func(t time.Time) bool { return t.Weekday() == time.Monday }) &&
		gaps(func(a, b time.Time) bool { return int(b.Sub(a).Hours()/24)%7 == 0 }):
		return dataset.Week
	}
	return dataset.Day
}

// csvError turns an encoding/csv error into a ParseError with its line.
func csvError(name string, err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return &dataset.ParseError{File: name, Line: pe.Line, Field: pe.Column, Err: fmt.Errorf("%w: %v", dataset.ErrSyntax, pe.Err)}
	}
	return fmt.Errorf("%s: %w", name, err)
}
