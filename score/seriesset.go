package score

import (
	"bufio"
	"bytes"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/go-gota/gota/dataframe"
	"github.com/go-gota/gota/series"

	"github.com/entente/entente/dataset"
)

// TidyHeader is the header of the tidy CSV that SeriesSet.WriteCSV writes.
const TidyHeader = "dyad,period,model,value,lower,upper,n"

// SeriesSet is an ordered set of scored series: several dyads, several
// models. Its tidy form has one row per series and period:
//
//	dyad    "CHN-RUS" (undirected) or "CHN→RUS" (directed), Series.Label
//	period  the period's first day, "YYYY-MM-DD"
//	model   the model name ("goldstein", "kalman", …)
//	value   the score; empty/NaN where the model has none
//	lower   the 95 % band's lower bound; empty/NaN where there is no band
//	upper   its upper bound
//	n       the number of events in the period
type SeriesSet struct {
	Series []*Series
}

// Score scores every dyad with every model, in the order given (dyads
// outer, models inner). It stops at the first error.
func Score(p *Panel, dyads []dataset.Dyad, models []Model) (*SeriesSet, error) {
	set := &SeriesSet{Series: make([]*Series, 0, len(dyads)*len(models))}
	for _, d := range dyads {
		for _, m := range models {
			s, err := m.Score(p, d)
			if err != nil {
				return nil, err
			}
			set.Series = append(set.Series, s)
		}
	}
	return set, nil
}

// Add appends series to the set.
func (ss *SeriesSet) Add(s ...*Series) { ss.Series = append(ss.Series, s...) }

// Len returns the number of series.
func (ss *SeriesSet) Len() int { return len(ss.Series) }

// Rows returns the number of rows of the tidy form.
func (ss *SeriesSet) Rows() int {
	n := 0
	for _, s := range ss.Series {
		n += len(s.Points)
	}
	return n
}

// Find returns the first series of dyad d (as labelled: an undirected
// series matches either order) and model, or nil.
func (ss *SeriesSet) Find(d dataset.Dyad, model string) *Series {
	for _, s := range ss.Series {
		if s.Model != model {
			continue
		}
		if s.Dyad == d || (!s.Directed && s.Dyad == d.Undirected()) {
			return s
		}
	}
	return nil
}

// Models returns the distinct model names in order of first appearance.
func (ss *SeriesSet) Models() []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range ss.Series {
		if !seen[s.Model] {
			seen[s.Model] = true
			out = append(out, s.Model)
		}
	}
	return out
}

// FormatFloat formats a value for the tidy CSV: 8 significant digits in
// strconv's 'g' form ("1.2345678", "-0.5", "1e-09"), and "" for NaN. Eight
// digits are more than any of the indices can claim, and rounding there
// keeps the output byte-identical across platforms whose floating-point
// results differ in the last bits (fused multiply–add on arm64).
func FormatFloat(v float64) string {
	if math.IsNaN(v) {
		return ""
	}
	if v == 0 {
		return "0" // also −0
	}
	return strconv.FormatFloat(v, 'g', 8, 64)
}

// WriteCSV writes the tidy table with the header TidyHeader. Floats are
// formatted by FormatFloat (empty where missing). Dyad labels and model
// names are plain codes and never need quoting.
func (ss *SeriesSet) WriteCSV(w io.Writer) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(TidyHeader)
	bw.WriteByte('\n')
	var buf []byte
	for _, s := range ss.Series {
		label := csvField(s.Label())
		model := csvField(s.Model)
		for i := range s.Points {
			p := &s.Points[i]
			buf = buf[:0]
			buf = append(buf, label...)
			buf = append(buf, ',')
			buf = p.Start.AppendFormat(buf, "2006-01-02")
			buf = append(buf, ',')
			buf = append(buf, model...)
			buf = append(buf, ',')
			buf = append(buf, FormatFloat(p.Value)...)
			buf = append(buf, ',')
			buf = append(buf, FormatFloat(p.Lower)...)
			buf = append(buf, ',')
			buf = append(buf, FormatFloat(p.Upper)...)
			buf = append(buf, ',')
			buf = strconv.AppendInt(buf, p.N, 10)
			buf = append(buf, '\n')
			if _, err := bw.Write(buf); err != nil {
				return err
			}
		}
	}
	return bw.Flush()
}

// csvField quotes s if it holds a comma, quote or line break.
func csvField(s string) string {
	if !strings.ContainsAny(s, ",\"\r\n") {
		return s
	}
	return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
}

// CSV returns the tidy table as CSV text (see WriteCSV).
func (ss *SeriesSet) CSV() string {
	var b bytes.Buffer
	ss.WriteCSV(&b)
	return b.String()
}

// Frame returns the tidy table as a gota DataFrame with explicit column
// types: dyad, period and model are String columns (period "YYYY-MM-DD"),
// value, lower and upper Float columns (NaN where missing; gota reads NaN
// as NA), n an Int column. The frame is built column by column, so no
// string is ever parsed: "NA" (Namibia) stays a country and "042" a string.
func (ss *SeriesSet) Frame() dataframe.DataFrame {
	rows := ss.Rows()
	dyad := make([]string, 0, rows)
	period := make([]string, 0, rows)
	model := make([]string, 0, rows)
	value := make([]float64, 0, rows)
	lower := make([]float64, 0, rows)
	upper := make([]float64, 0, rows)
	n := make([]int, 0, rows)
	for _, s := range ss.Series {
		label := s.Label()
		for _, p := range s.Points {
			dyad = append(dyad, label)
			period = append(period, p.Start.Format("2006-01-02"))
			model = append(model, s.Model)
			value = append(value, p.Value)
			lower = append(lower, p.Lower)
			upper = append(upper, p.Upper)
			n = append(n, int(p.N))
		}
	}
	return dataframe.New(
		series.New(dyad, series.String, "dyad"),
		series.New(period, series.String, "period"),
		series.New(model, series.String, "model"),
		series.New(value, series.Float, "value"),
		series.New(lower, series.Float, "lower"),
		series.New(upper, series.Float, "upper"),
		series.New(n, series.Int, "n"),
	)
}

// SeriesSummary is one line of a set's summary table.
type SeriesSummary struct {
	Label, Model string
	// Periods is the grid length; Scored the periods with a value.
	Periods, Scored int
	// Events is the total number of events.
	Events int64
	// First and Last are the first and last scored periods ("" if none),
	// LastValue the value there, Min and Max the range of the values (NaN
	// if none).
	First, Last          string
	LastValue, Min, Max  float64
	LastLower, LastUpper float64
}

// Summary returns one summary line per series, in order.
func (ss *SeriesSet) Summary() []SeriesSummary {
	out := make([]SeriesSummary, 0, len(ss.Series))
	for _, s := range ss.Series {
		sm := SeriesSummary{Label: s.Label(), Model: s.Model, Periods: len(s.Points),
			LastValue: math.NaN(), Min: math.NaN(), Max: math.NaN(), LastLower: math.NaN(), LastUpper: math.NaN()}
		for _, p := range s.Points {
			sm.Events += p.N
			if math.IsNaN(p.Value) {
				continue
			}
			sm.Scored++
			if sm.First == "" {
				sm.First = p.Start.Format("2006-01-02")
			}
			sm.Last = p.Start.Format("2006-01-02")
			sm.LastValue, sm.LastLower, sm.LastUpper = p.Value, p.Lower, p.Upper
			if math.IsNaN(sm.Min) || p.Value < sm.Min {
				sm.Min = p.Value
			}
			if math.IsNaN(sm.Max) || p.Value > sm.Max {
				sm.Max = p.Value
			}
		}
		out = append(out, sm)
	}
	return out
}

// fmtShort formats a value for a human table: 3 decimals, "–" for NaN.
func fmtShort(v float64) string {
	if math.IsNaN(v) {
		return "–"
	}
	if v == 0 {
		return "0.000"
	}
	return strconv.FormatFloat(v, 'f', 3, 64)
}
