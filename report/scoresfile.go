package report

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
	"github.com/entente/entente/score"
)

// FormatScores is the Format of a scores CSV in ReadScoresCSV's account.
const FormatScores dataset.Format = "scores"

// ReadScoresFile reads the scores CSV at path ("-" is standard input):
// what Report.WriteScoresCSV and score.SeriesSet.WriteCSV write, so that a
// report's scores.csv, or the output of `report score`, can be read back,
// re-rendered (FromScores) or analysed. See ReadScoresCSV.
func ReadScoresFile(path string) (*score.SeriesSet, *dataset.Report, error) {
	if path == "-" {
		return ReadScoresCSV(os.Stdin, "<stdin>")
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	return ReadScoresCSV(f, path)
}

// ReadScoresCSV reads score's tidy CSV (header score.TidyHeader, columns in
// any order, a UTF-8 byte-order mark allowed): one row per series and
// period. Rows of one dyad label and model form a series, in period order,
// the series in the order they first appear; "CHN-RUS" is an undirected
// dyad, "CHN→RUS" a directed one (the labels score.Series.Label writes).
// The granularity is inferred from the periods (first days of years,
// quarters, months; Mondays a multiple of 7 days apart; else days). Empty
// or "NaN" value, lower and upper cells are NaN; the 80 % band is not in
// the format and stays NaN.
//
// Reading back what WriteCSV wrote gives the same series, and writing them
// again gives the same bytes (values keep the 8 significant digits the
// writer gives them). The account counts rows, not events: Read = Kept,
// since a row that cannot be read stops the reading with a
// *dataset.ParseError naming the file, line and column and wrapping
// dataset.ErrMissingField, ErrBadDate, ErrBadNumber or ErrSyntax (a period
// twice in one series, bad quoting).
func ReadScoresCSV(r io.Reader, name string) (*score.SeriesSet, *dataset.Report, error) {
	set, rows, err := readTidyCSV(r, name)
	rep := &dataset.Report{File: name, Format: FormatScores, Read: rows}
	if err != nil {
		return nil, rep, err
	}
	for _, s := range set.Series {
		for _, p := range s.Points {
			rep.Keep(p.Start) // for First and Last
		}
	}
	rep.Kept = rows
	return set, rep, nil
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
