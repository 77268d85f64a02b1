package report

import (
	"bytes"
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
// twice in one series, bad quoting). ReadScores reads leniently.
func ReadScoresCSV(r io.Reader, name string) (*score.SeriesSet, *dataset.Report, error) {
	return ReadScores(r, name, &ScoresReadOptions{Strict: true})
}

// ScoresReadOptions configure ReadScores. The zero value (or nil) reads
// leniently, as the event readers do.
type ScoresReadOptions struct {
	// Strict stops at the first row that cannot be read, with its
	// *dataset.ParseError. By default such a row is rejected: counted in
	// the Report (Rejected, Reasons, Samples) and skipped.
	Strict bool
	// Rejects, when set, receives every rejected row as it was in the
	// input, after the input's header line (so the file reads back as a
	// scores CSV).
	Rejects io.Writer
	// MaxSamples is how many rejections the Report keeps (default
	// dataset.DefaultMaxSamples).
	MaxSamples int
	// ThinCheck, when set, receives how many kept rows carry a
	// ScoresThinColumn cell that differs from ThinEvidence on the series
	// read (the rule a reader applies; a file without the column counts
	// none), and the first such row's line.
	ThinCheck *ThinCheck
}

// ThinCheck is where ReadScores says how far a file's thin_evidence
// column agrees with the rule (ScoresReadOptions.ThinCheck).
type ThinCheck struct {
	Rows, FirstLine int
}

// ReadScores is ReadScoresCSV with options: by default (lenient) a row
// that cannot be read (bad cells, bad quoting, a period already given for
// its series) is rejected and counted, Read = Kept + Rejected. A header
// that lacks a column, an empty input or one without a scored row is an
// error in both modes. The Report is returned with every error.
func ReadScores(r io.Reader, name string, opts *ScoresReadOptions) (*score.SeriesSet, *dataset.Report, error) {
	var o ScoresReadOptions
	if opts != nil {
		o = *opts
	}
	rep := &dataset.Report{File: name, Format: FormatScores}
	set, err := readTidyCSV(r, name, &o, rep)
	if err != nil {
		return nil, rep, err
	}
	return set, rep, nil
}

// ReadScoresPath is ReadScores on the file at path ("-" is standard
// input). The Report is nil when the file cannot be opened.
func ReadScoresPath(path string, opts *ScoresReadOptions) (*score.SeriesSet, *dataset.Report, error) {
	if path == "-" {
		return ReadScores(os.Stdin, "<stdin>", opts)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err // not opened: no account
	}
	defer f.Close()
	return ReadScores(f, path, opts)
}

// readTidyCSV reads score's tidy CSV (header score.TidyHeader, columns in
// any order): one row per series and period. Rows of one dyad and model
// form a series, in period order; the granularity is inferred from the
// periods (see inferGranularity). Empty value, lower and upper cells are
// NaN; the 80 % band is not in the format and stays NaN. Errors name the
// file, line and column and wrap a dataset sentinel. Every row is
// accounted for in rep.
func readTidyCSV(r io.Reader, name string, o *ScoresReadOptions, rep *dataset.Report) (*score.SeriesSet, error) {
	// Scores files are small (one row per series and period): read whole,
	// so that a rejected row is written out as it was.
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	cr := csv.NewReader(bytes.NewReader(data))
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	header, err := cr.Read()
	if err == io.EOF {
		return nil, &dataset.ParseError{File: name, Line: 1, Err: fmt.Errorf("%w: empty file, want the header %s", dataset.ErrMissingField, score.TidyHeader)}
	}
	if err != nil {
		return nil, csvError(name, err)
	}
	headerRaw := data[:cr.InputOffset()]
	col := map[string]int{}
	for i, h := range header {
		col[strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))] = i
	}
	for _, c := range strings.Split(score.TidyHeader, ",") {
		if _, ok := col[c]; !ok {
			return nil, &dataset.ParseError{File: name, Line: 1, Column: c, Err: fmt.Errorf("%w: the header lacks %q (want %s)", dataset.ErrMissingField, c, score.TidyHeader)}
		}
	}
	headerWritten := false
	// reject accounts for a row that cannot be read: an error in strict
	// mode (or when the rejects writer fails), else nil.
	reject := func(pe *dataset.ParseError, raw []byte) error {
		rep.Read++
		rep.Reject(pe, o.MaxSamples)
		if o.Strict {
			return pe
		}
		if o.Rejects != nil {
			if !headerWritten {
				headerWritten = true
				if _, err := o.Rejects.Write(withNewline(headerRaw)); err != nil {
					return fmt.Errorf("writing rejected rows of %s: %w", name, err)
				}
			}
			if _, err := o.Rejects.Write(withNewline(raw)); err != nil {
				return fmt.Errorf("writing rejected rows of %s: %w", name, err)
			}
		}
		return nil
	}
	series := map[scoreKey]*score.Series{}
	seen := map[scoreKey]map[time.Time]int{} // the line of each series' periods
	// the file's thin_evidence cells, when asked to check them
	type thinKey struct {
		k     scoreKey
		start time.Time
	}
	type thinCell struct {
		line int
		thin bool
	}
	_, hasThin := col[ScoresThinColumn]
	hasThin = hasThin && o.ThinCheck != nil
	thinCells := map[thinKey]thinCell{}
	var order []scoreKey
	for {
		before := cr.InputOffset()
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		raw := data[before:cr.InputOffset()]
		if err != nil {
			var pe *dataset.ParseError
			if !errors.As(csvError(name, err), &pe) {
				return nil, csvError(name, err)
			}
			if err := reject(pe, raw); err != nil {
				return nil, err
			}
			continue
		}
		line, _ := cr.FieldPos(0)
		if len(rec) != len(header) { // a short or long row is damaged, never read with blanks
			pe := &dataset.ParseError{File: name, Line: line, Field: min(len(rec), len(header)) + 1,
				Err: fmt.Errorf("%w: %d fields, the header has %d", dataset.ErrColumnCount, len(rec), len(header))}
			if err := reject(pe, raw); err != nil {
				return nil, err
			}
			continue
		}
		get := func(c string) string {
			if i := col[c]; i < len(rec) {
				return strings.TrimSpace(rec[i])
			}
			return ""
		}
		bad := func(c string, sentinel error, detail string) *dataset.ParseError {
			return &dataset.ParseError{File: name, Line: line, Field: col[c] + 1, Column: c, Value: get(c), Err: fmt.Errorf("%w%s", sentinel, detail)}
		}
		p, k, d, directed, pe := scoreRow(get, bad)
		if pe == nil {
			if at, dup := seen[k][p.Start]; dup {
				pe = bad("period", dataset.ErrSyntax, fmt.Sprintf(": %s %s has the period already (line %d)", k.dyad, k.model, at))
			}
		}
		if pe != nil {
			if err := reject(pe, raw); err != nil {
				return nil, err
			}
			continue
		}
		rep.Read++
		rep.Keep(p.Start)
		if hasThin {
			if thin, err := strconv.ParseBool(get(ScoresThinColumn)); err == nil {
				thinCells[thinKey{k, p.Start}] = thinCell{line, thin}
			}
		}
		if seen[k] == nil {
			seen[k] = map[time.Time]int{}
		}
		seen[k][p.Start] = line
		s := series[k]
		if s == nil {
			s = &score.Series{Dyad: d, Directed: directed, Model: k.model}
			series[k] = s
			order = append(order, k)
		}
		s.Points = append(s.Points, p)
	}
	set := &score.SeriesSet{}
	for _, k := range order {
		s := series[k]
		sort.SliceStable(s.Points, func(i, j int) bool { return s.Points[i].Start.Before(s.Points[j].Start) })
		s.Granularity = inferGranularity(s.Points)
		set.Add(s)
		if !hasThin {
			continue
		}
		for i, thin := range ThinEvidence(s) {
			if c, ok := thinCells[thinKey{k, s.Points[i].Start}]; ok && c.thin != thin {
				if o.ThinCheck.Rows++; o.ThinCheck.FirstLine == 0 || c.line < o.ThinCheck.FirstLine {
					o.ThinCheck.FirstLine = c.line
				}
			}
		}
	}
	if len(set.Series) == 0 {
		what := "no scored rows"
		if rep.Rejected > 0 {
			what = fmt.Sprintf("no scored rows (%d rejected)", rep.Rejected)
		}
		return nil, &dataset.ParseError{File: name, Line: 2, Err: fmt.Errorf("%w: %s", dataset.ErrMissingField, what)}
	}
	return set, nil
}

// scoreKey names a series of a scores CSV: its dyad label and model.
type scoreKey struct{ dyad, model string }

// scoreRow reads one row of a scores CSV through get (a cell by column
// name); bad builds the error of a cell.
func scoreRow(get func(string) string, bad func(c string, sentinel error, detail string) *dataset.ParseError) (p score.Point, k scoreKey, d dataset.Dyad, directed bool, pe *dataset.ParseError) {
	k.dyad = get("dyad")
	d, directed, ok := parseDyadLabel(k.dyad)
	if !ok {
		return p, k, d, directed, bad("dyad", dataset.ErrMissingField, ": want CHN-RUS or CHN→RUS")
	}
	if k.model = get("model"); k.model == "" {
		return p, k, d, directed, bad("model", dataset.ErrMissingField, "")
	}
	start, err := time.Parse("2006-01-02", get("period"))
	if err != nil {
		return p, k, d, directed, bad("period", dataset.ErrBadDate, ": want YYYY-MM-DD")
	}
	p = score.NewPoint(start)
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
			return p, k, d, directed, bad(f.c, dataset.ErrBadNumber, "")
		}
		*f.dst = v
	}
	if s := get("n"); s != "" {
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil || n < 0 {
			return p, k, d, directed, bad("n", dataset.ErrBadNumber, ": want a count")
		}
		p.N = n
	}
	return p, k, d, directed, nil
}

// withNewline returns b ending in a line break.
func withNewline(b []byte) []byte {
	if len(b) > 0 && b[len(b)-1] == '\n' {
		return b
	}
	return append(b[:len(b):len(b)], '\n')
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
