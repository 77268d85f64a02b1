package report

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/entente/entente/plots"
	"github.com/entente/entente/score"
)

// Formats selects the outputs of WriteDir. The zero value (or nil) means
// all of them.
type Formats struct {
	PDF  bool // report.pdf
	HTML bool // report.html
	PNG  bool // charts/*.png
	SVG  bool // charts/*.svg
	CSV  bool // scores.csv, summary.csv, top-events.csv, change-points.csv
}

// AllFormats selects every output.
var AllFormats = Formats{PDF: true, HTML: true, PNG: true, SVG: true, CSV: true}

func (f *Formats) orAll() Formats {
	if f == nil || *f == (Formats{}) {
		return AllFormats
	}
	return *f
}

// ParseFormats reads a comma-separated list of "pdf", "html", "png",
// "svg", "csv" (case-insensitive) or "all".
func ParseFormats(s string) (Formats, error) {
	var f Formats
	for _, part := range strings.Split(s, ",") {
		switch strings.ToLower(strings.TrimSpace(part)) {
		case "":
		case "all":
			f = AllFormats
		case "pdf":
			f.PDF = true
		case "html":
			f.HTML = true
		case "png":
			f.PNG = true
		case "svg":
			f.SVG = true
		case "csv":
			f.CSV = true
		default:
			return Formats{}, fmt.Errorf("report: unknown format %q (want pdf, html, png, svg, csv or all)", part)
		}
	}
	if f == (Formats{}) {
		return Formats{}, errors.New("report: no output format given")
	}
	return f, nil
}

// String lists the selected formats: "pdf,html,png,svg,csv".
func (f Formats) String() string {
	var out []string
	for _, x := range []struct {
		on   bool
		name string
	}{{f.PDF, "pdf"}, {f.HTML, "html"}, {f.PNG, "png"}, {f.SVG, "svg"}, {f.CSV, "csv"}} {
		if x.on {
			out = append(out, x.name)
		}
	}
	return strings.Join(out, ",")
}

// markerFile marks a folder as an entente report; WriteDir replaces an
// existing folder only if it is empty or has this file.
const markerFile = ".entente-report"

// ErrNotReportDir is returned by WriteDir when the destination exists and
// is neither empty nor a report folder written before: it is never
// replaced.
var ErrNotReportDir = errors.New("report: destination exists and is not an entente report folder")

// ChartFile is one chart of the report with its file name stem in the
// charts/ folder ("chn-rus-index", "overview-multiples").
type ChartFile struct {
	Stem  string
	Chart *plots.Chart
}

// ChartFiles lists the report's charts with their file names, in report
// order: the overview first, then each dyad's.
func (r *Report) ChartFiles() []ChartFile {
	var out []ChartFile
	seen := map[string]int{}
	add := func(stem string, ch *plots.Chart) {
		seen[stem]++
		if n := seen[stem]; n > 1 {
			stem += "-" + strconv.Itoa(n)
		}
		out = append(out, ChartFile{Stem: stem, Chart: ch})
	}
	for _, ch := range r.Overview {
		add("overview-"+ch.Kind, ch)
	}
	if r.Votes != nil {
		for _, ch := range r.Votes.Charts {
			add("votes-"+ch.Kind, ch)
		}
	}
	for _, d := range r.Dyads {
		for _, ch := range d.Charts {
			add(strings.ToLower(d.Dyad.A+"-"+d.Dyad.B)+"-"+ch.Kind, ch)
		}
	}
	return out
}

// WriteDir writes the report into the folder dir: report.pdf,
// report.html, charts/<name>.png and .svg for every chart, and scores.csv
// (the tidy scored series), summary.csv, top-events.csv and
// change-points.csv — as selected
// by formats (nil: all). It writes everything into a new temporary folder
// beside dir and then renames it to dir, so a reader never sees a
// half-written report and a failure leaves any previous report as it was.
// An existing dir is replaced only if it is empty or an earlier report
// folder (it has the .entente-report marker); anything else is
// ErrNotReportDir.
func (r *Report) WriteDir(dir string, formats *Formats) error {
	f := formats.orAll()
	dir = filepath.Clean(dir)
	if st, err := os.Stat(dir); err == nil {
		if !st.IsDir() {
			return fmt.Errorf("%w: %s is a file", ErrNotReportDir, dir)
		}
		if err := checkReplaceable(dir); err != nil {
			return err
		}
	}
	parent := filepath.Dir(dir)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	removeStale(parent, filepath.Base(dir))
	tmp, err := stageDir(parent, filepath.Base(dir))
	if err != nil {
		return fmt.Errorf("report: %w", err)
	}
	ok := false
	defer func() {
		if !ok {
			os.RemoveAll(tmp)
		}
		unstage(tmp)
	}()
	if err := os.Chmod(tmp, 0o755); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	if err := r.writeInto(tmp, f); err != nil {
		return err
	}
	unstage(tmp) // from here an interrupt must not remove it: swapDir may be half done
	if err := swapDir(tmp, dir); err != nil {
		return err
	}
	ok = true
	return nil
}

// checkReplaceable returns nil if dir is empty or holds the marker file.
func checkReplaceable(dir string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return fmt.Errorf("report: %w", err)
	}
	if len(entries) == 0 {
		return nil
	}
	if _, err := os.Stat(filepath.Join(dir, markerFile)); err == nil {
		return nil
	}
	return fmt.Errorf("%w: %s has other files; choose another output folder", ErrNotReportDir, dir)
}

// swapDir moves tmp to dir, replacing an existing dir: dir is first
// renamed aside, then tmp into place, then the old folder is removed. If
// the second rename fails the old folder is put back.
func swapDir(tmp, dir string) error {
	var old string
	if _, err := os.Stat(dir); err == nil {
		o, err := os.MkdirTemp(filepath.Dir(dir), stagingPattern(filepath.Base(dir), "old"))
		if err != nil {
			return fmt.Errorf("report: %w", err)
		}
		os.Remove(o) // only the unique name is wanted
		if err := os.Rename(dir, o); err != nil {
			return fmt.Errorf("report: moving the previous report aside: %w", err)
		}
		old = o
	}
	if err := os.Rename(tmp, dir); err != nil {
		if old != "" {
			os.Rename(old, dir)
		}
		return fmt.Errorf("report: moving the new report into place: %w", err)
	}
	if old != "" {
		os.RemoveAll(old)
	}
	return nil
}

// openFile creates the report's files; tests replace it to make a write
// fail midway.
var openFile = os.OpenFile

// writeInto writes the selected outputs into the (new, empty) folder dir.
func (r *Report) writeInto(dir string, f Formats) error {
	write := func(name string, fn func(io.Writer) error) error {
		p := filepath.Join(dir, name)
		file, err := createStaged(p)
		if err != nil {
			return fmt.Errorf("report: %w", err)
		}
		if err := fn(file); err != nil {
			file.Close()
			return fmt.Errorf("report: writing %s: %w", name, err)
		}
		if err := file.Sync(); err != nil {
			file.Close()
			return fmt.Errorf("report: %w", err)
		}
		if err := file.Close(); err != nil {
			return fmt.Errorf("report: %w", err)
		}
		return nil
	}
	marker := fmt.Sprintf("entente report\nformats: %s\n", f)
	if err := write(markerFile, func(w io.Writer) error { _, err := io.WriteString(w, marker); return err }); err != nil {
		return err
	}
	if f.PDF {
		if err := write("report.pdf", r.WritePDF); err != nil {
			return err
		}
	}
	if f.HTML {
		if err := write("report.html", r.WriteHTML); err != nil {
			return err
		}
	}
	for _, cf := range r.ChartFiles() {
		if f.PNG {
			if err := write(filepath.Join("charts", cf.Stem+".png"), cf.Chart.WritePNG); err != nil {
				return err
			}
		}
		if f.SVG {
			if err := write(filepath.Join("charts", cf.Stem+".svg"), cf.Chart.WriteSVG); err != nil {
				return err
			}
		}
	}
	if f.CSV {
		if err := write("scores.csv", r.WriteScoresCSV); err != nil {
			return err
		}
		if err := write("summary.csv", r.WriteSummaryCSV); err != nil {
			return err
		}
		if err := write("top-events.csv", r.WriteTopEventsCSV); err != nil {
			return err
		}
		if err := write("change-points.csv", r.WriteChangePointsCSV); err != nil {
			return err
		}
		if r.Votes != nil {
			if err := write("votes.csv", r.WriteVotesCSV); err != nil {
				return err
			}
		}
	}
	return nil
}

// CSVResolution is the step to which summary.csv and change-points.csv
// round values on a relationship scale (the index, the level, their bands,
// changes, slopes and shifts): 1e−6, ten times the last of the eight
// significant digits the models carry for a value of the order of the
// scales' extent (±9, ±10), because a difference of two such values can be
// off by a few units of that digit. A value that is zero up to the
// computation's rounding (−7.8e−08) is written 0, never as float noise;
// what remains is still far finer than any band.
const CSVResolution = 1e-6

// csvScaled formats a value on a relationship scale for CSV: rounded to
// CSVResolution, then as csvFloat.
func csvScaled(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return csvFloat(v)
	}
	return csvFloat(math.Round(v/CSVResolution) * CSVResolution)
}

// csvFloat formats a float for CSV as score's tidy CSV does
// (score.FormatFloat: eight significant digits, identical on every
// platform), empty for NaN and infinities.
func csvFloat(v float64) string {
	if math.IsInf(v, 0) {
		return ""
	}
	return score.FormatFloat(v)
}

func csvDate(t interface {
	IsZero() bool
	Format(string) string
}) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

// WriteSummaryCSV writes the summary table, one row per dyad, with the
// header dyad,name,model,period,value,lower,upper,change_3m,change_12m,
// trend,slope_per_year,level,grade,events,reports,periods,change_points,
// events_per_year,thin_evidence (change points as ISO dates joined by ";";
// empty cells for NaN, and reports empty when unknown: rendered from
// scores). model, the third column, names the headline model
// exactly as scores.csv does; dyad is "A-B", or "A→B" for a directed
// section; value, lower and upper are its last value and band (the
// level's evidence band, another model's 95 % band); change_3m and
// change_12m are its changes between 3-month means (ChangeOf: the mean
// over the 3 months up to period minus that over the 3 months up to 3 or
// 12 months before; they were differences of single months before
// December 2026), trend is the sign of change_12m ("rising", "falling",
// or "stable" when it is under StableShare of the model's range) and
// slope_per_year is change_12m per year (the same number: it was a
// least-squares slope, which could disagree with the changes); events
// counts rows (a joint act coded both ways is two) and periods the
// periods (months by default) with at least one event; thin_evidence is
// "true" when fewer than ThinEvents events
// fall in the ThinWindow months up to that value (the value is given all
// the same).
func (r *Report) WriteSummaryCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"dyad", "name", "model", "period", "value", "lower", "upper", "change_3m", "change_12m", "trend", "slope_per_year", "level", "grade", "events", "reports", "periods", "change_points", "events_per_year", "thin_evidence"})
	for _, d := range r.Dyads {
		s := d.Summary
		var cps []string
		for _, c := range d.ChangePoints {
			cps = append(cps, c.Time.Format("2006-01-02"))
		}
		label := d.Dyad.String()
		if d.Directed {
			label = d.Dyad.A + "→" + d.Dyad.B
		}
		cw.Write([]string{
			label, d.Name, s.Model, csvDate(s.Period), csvScaled(s.Value), csvScaled(s.Lower), csvScaled(s.Upper),
			csvScaled(s.Change3), csvScaled(s.Change12), s.Trend, csvScaled(s.Slope), csvScaled(s.Level), s.Grade,
			strconv.FormatInt(s.Events, 10), reportsCell(s), strconv.Itoa(s.Periods), strings.Join(cps, ";"),
			csvFloat(s.EventsPerYear), strconv.FormatBool(s.Thin),
		})
	}
	cw.Flush()
	return cw.Error()
}

// WriteChangePointsCSV writes every dyad's change points with the header
// dyad,date,from,to,before,after,shift,probability,drivers (drivers as
// "date description (change)" joined by "; "). The report's change
// points are shifts of the headline series (score.SeriesShifts): from is
// the change's first period (= date) and to the last period of its run of
// moves of one sign, the months it ran over, whose events are its drivers;
// they do not say how sure they are, so probability is empty (the column
// stays for the files' readers, and for a detector that gives it).
func (r *Report) WriteChangePointsCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"dyad", "date", "from", "to", "before", "after", "shift", "probability", "drivers"})
	for _, d := range r.Dyads {
		for _, c := range d.ChangePoints {
			var drivers []string
			for _, x := range c.Drivers {
				drivers = append(drivers, csvDate(x.Date)+" "+x.Description+" ("+csvScaled(x.Change)+")")
			}
			cw.Write([]string{d.Dyad.String(), csvDate(c.Time), csvDate(c.From), csvDate(c.To), csvScaled(c.Before), csvScaled(c.After),
				csvScaled(c.Shift()), csvFloat(c.Confidence), strings.Join(drivers, "; ")})
		}
	}
	cw.Flush()
	return cw.Error()
}

// WriteTopEventsCSV writes every dyad's top events with the header
// dyad,rank,date,date_precision,source,target,code,goldstein,reports,weight,
// description,reference,url (date_precision: "" for a day, else week, month,
// year or decade).
func (r *Report) WriteTopEventsCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"dyad", "rank", "date", "date_precision", "source", "target", "code", "goldstein", "reports", "weight", "description", "reference", "url"})
	for _, d := range r.Dyads {
		for i, e := range d.TopEvents {
			cw.Write([]string{
				d.Dyad.String(), strconv.Itoa(i + 1), csvDate(e.Date), e.DatePrecision, e.Source, e.Target, e.Code,
				csvFloat(e.Goldstein), strconv.Itoa(e.Reports), csvFloat(e.Weight), e.Description, e.Reference, e.URL,
			})
		}
	}
	cw.Flush()
	return cw.Error()
}

// WriteScoresCSV writes every scored series in score's tidy form (header
// score.TidyHeader: dyad,period,model,value,lower,upper,n) with one column
// appended, thin_evidence: one row per dyad, model and period of the
// report's granularity (monthly by default), from the dyad's first event
// onward (FromFirstEvent) — the periods before it hold nothing — to the
// end of the report, where the state-space and level series carry their
// last state forward with widening bands. thin_evidence is "true" where
// the dyad-period has thin evidence (ThinEvidence: fewer than ThinEvents
// events in the ThinWindow months up to it), else "false"; the value is
// given all the same. ReadScores reads the file with or without it.
func (r *Report) WriteScoresCSV(w io.Writer) error {
	return r.scoresRows().WriteCSV(w)
}

// FromFirstEvent returns the series of set, each from its first period
// with an event (N > 0) onward: the rows of a report's scores.csv. A
// series without events keeps no point. The points are shared with set.
func FromFirstEvent(set *score.SeriesSet) *score.SeriesSet {
	out := &score.SeriesSet{}
	if set == nil {
		return out
	}
	for _, s := range set.Series {
		first := len(s.Points)
		for i, p := range s.Points {
			if p.N > 0 {
				first = i
				break
			}
		}
		c := *s
		c.Points = s.Points[first:]
		out.Add(&c)
	}
	return out
}

// ScoresThinColumn is the column that scores.csv appends to score's tidy
// header: whether the dyad-period has thin evidence (ThinEvidence).
const ScoresThinColumn = "thin_evidence"

// WriteScoresThin writes set as score.SeriesSet.WriteCSV does, each line
// ending in the ScoresThinColumn cell of its point (ThinEvidence of its
// series; the tidy writer's lines, one per point in order, are left as
// they are). WriteScoresCSV is this of the series cut to their first
// event; `report score -grid` writes the whole grid with it.
func WriteScoresThin(w io.Writer, set *score.SeriesSet) error {
	return writeScoresFlags(w, set, nil)
}

// writeScoresFlags is WriteScoresThin with the flags of each series given
// (nil: ThinEvidence of each).
func writeScoresFlags(w io.Writer, set *score.SeriesSet, flags [][]bool) error {
	var tidy bytes.Buffer
	if err := set.WriteCSV(&tidy); err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	lines := bytes.SplitAfter(tidy.Bytes(), []byte("\n"))
	next := func() []byte {
		l := lines[0]
		lines = lines[1:]
		return bytes.TrimSuffix(l, []byte("\n"))
	}
	bw.Write(next())
	bw.WriteString("," + ScoresThinColumn + "\n")
	for i, s := range set.Series {
		thins := ThinEvidence
		if flags != nil {
			thins = func(*score.Series) []bool { return flags[i] }
		}
		for _, thin := range thins(s) {
			bw.Write(next())
			bw.WriteString("," + strconv.FormatBool(thin) + "\n")
		}
	}
	return bw.Flush()
}

// reportsCell is summary.csv's reports cell: empty when the count is not
// known — a report rendered from scores knows the events (the n column)
// but not the reports behind them, and every event has at least one.
func reportsCell(s Summary) string {
	if s.Reports == 0 && s.Events > 0 {
		return ""
	}
	return strconv.FormatInt(s.Reports, 10)
}
