package plots

import (
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/score"
)

// Mark is a point in time marked on a chart, such as a change point. Dyad
// says which series it belongs to; the zero Dyad marks every series.
type Mark struct {
	Time  time.Time
	Label string
	Dyad  dataset.Dyad
}

// Annotation labels an event on a series chart: a ringed dot on the series
// in the period that contains Time, joined to a small numbered disc placed
// clear of the lines and of the other discs; a key under the plot gives
// each number's date and Label in full, wrapped to the chart's width. Dyad
// picks the series (zero: the first). The numbers follow the dates.
type Annotation struct {
	Time  time.Time
	Label string
	Dyad  dataset.Dyad
}

// SeriesOptions configures the charts of scored series: NewIndexChart,
// NewLevelChart and NewSmallMultiples. The zero value (or nil) means the
// defaults given per field.
type SeriesOptions struct {
	// Title, Subtitle and Note of the chart. An empty Title or Subtitle
	// gets a default naming the dyads, model, granularity and period.
	Title, Subtitle, Note string
	// YLabel labels the value axis; empty means the model name.
	YLabel string
	// Poles says in words what the two directions of the value axis mean,
	// written as a second line of the axis label ("← conflict (−) · (+)
	// cooperation →", the arrows pointing along the axis). nil means that
	// default (DefaultPoles) on level charts, on index and small-multiple
	// charts with an automatic value axis (which always includes zero)
	// and on those whose fixed axis spans zero; nothing on a fixed axis
	// that does not (a share from 0 to 1). &Poles{} writes nothing.
	Poles *Poles
	// Labels are the display names of the series, in order (for example
	// "China – Russia"); nil means Series.Label(). A non-nil Labels of
	// another length than the series is an ErrShape error.
	Labels []string
	// From and To restrict the time axis to the periods containing them;
	// zero means the series' own range.
	From, To time.Time
	// YMin and YMax fix the value axis of the index and small-multiple
	// charts; equal values (the zero value) mean automatic: the range of the
	// values and bands, padded and always including 0. The level chart
	// always shows −9 … +9.
	YMin, YMax float64
	// ChangePoints are drawn as dashed vertical lines at the start of the
	// period in which the change happens, labelled at the top beside the
	// line, on the side where no other change's line crosses the label and
	// no other label is in the way (layoutChangePoints states the rule).
	ChangePoints []Mark
	// Annotations label the top events: numbered markers on the series and
	// a key under the plot with their full text (see Annotation). A marker
	// that finds no free spot is left out and the chart says how many were.
	Annotations []Annotation
	// MaxLabels is the most annotations numbered, the first ones given;
	// 0 means 8. Fewer are numbered when the key would take more than
	// 40 % of the chart's height, and the chart says how many were.
	MaxLabels int
	// LabelLength, if positive, shortens the key's texts to that many
	// characters at a word boundary; 0 writes them in full.
	LabelLength int
	// Columns is the number of columns of small multiples; 0 chooses one
	// from the number of dyads and the chart's aspect ratio.
	Columns int
	// Size is the chart size; zero means SizeScreen.
	Size Size
	// Thin marks where the evidence behind a series is thin: Thin[i][k]
	// is true when point k of series i rests on thin evidence (the
	// report's rule: report.ThinEvidence). The line into such a point is
	// drawn dashed and lighter, and the legend has a "thin evidence"
	// entry. nil, or a missing or short slice, marks nothing. Index and
	// level charts draw it; small multiples do not.
	Thin [][]bool
}

// Poles names the meaning of the negative and positive directions of a
// value axis in plain words, such as "conflict" and "cooperation".
type Poles struct {
	Negative, Positive string
}

// DefaultPoles is what the Goldstein scale, and every index and level on
// it, means: negative is conflict, positive cooperation.
var DefaultPoles = Poles{Negative: "conflict", Positive: "cooperation"}

// withPoles adds the poles line to an axis label: the given poles, or
// DefaultPoles when p is nil and the axis spans zero.
func withPoles(label string, p *Poles, lo, hi float64) string {
	if p == nil {
		if !(lo < 0 && hi > 0) {
			return label
		}
		p = &DefaultPoles
	}
	var parts []string
	if p.Negative != "" {
		parts = append(parts, "←\u00a0"+p.Negative+" (−)") // the arrow never wraps alone
	}
	if p.Positive != "" {
		parts = append(parts, "(+) "+p.Positive+"\u00a0→")
	}
	if len(parts) == 0 {
		return label
	}
	line := strings.Join(parts, "  ·  ")
	if label == "" {
		return line
	}
	return label + "\n" + line
}

func (o *SeriesOptions) maxLabels() int {
	if o.MaxLabels <= 0 {
		return 8
	}
	return o.MaxLabels
}

// polesRange is the value range withPoles judges: one spanning zero on
// level charts and automatic axes (the scale is the Goldstein scale or
// one signed like it), the fixed range otherwise.
func polesRange(o *SeriesOptions, level bool, lo, hi float64) (float64, float64) {
	if level || o.YMin == o.YMax {
		return -1, 1
	}
	return lo, hi
}

func (o *SeriesOptions) orDefault() *SeriesOptions {
	if o == nil {
		return &SeriesOptions{}
	}
	return o
}

// seriesData is a series prepared for drawing.
type seriesData struct {
	label          string
	dyad           dataset.Dyad
	directed       bool
	xs             []float64 // period midpoints
	starts         []time.Time
	vals           []float64
	lo95, hi95     []float64
	lo80, hi80     []float64
	hasBand        bool
	hasBand80      bool
	gran           dataset.Granularity
	model          string
	first, lastEnd time.Time
	thin           []bool // per drawn point (SeriesOptions.Thin); nil: none thin
}

func prepareSeries(series []score.Series, o *SeriesOptions) ([]seriesData, error) {
	if o.Labels != nil && len(o.Labels) != len(series) {
		return nil, fmt.Errorf("%w: %d labels for %d series", ErrShape, len(o.Labels), len(series))
	}
	out := make([]seriesData, len(series))
	for i := range series {
		s := &series[i]
		d := seriesData{dyad: s.Dyad, directed: s.Directed, gran: s.Granularity, model: s.Model}
		if o.Labels != nil {
			d.label = o.Labels[i]
		} else {
			d.label = s.Label()
		}
		var thin []bool
		if i < len(o.Thin) {
			thin = o.Thin[i]
		}
		anyThin := false
		for k, p := range s.Points {
			if p.Start.IsZero() {
				continue
			}
			t := k < len(thin) && thin[k]
			anyThin = anyThin || t
			d.thin = append(d.thin, t)
			next := s.Granularity.Next(p.Start)
			d.starts = append(d.starts, p.Start)
			d.xs = append(d.xs, (TimeToX(p.Start)+TimeToX(next))/2)
			d.vals = append(d.vals, p.Value)
			d.lo95 = append(d.lo95, p.Lower)
			d.hi95 = append(d.hi95, p.Upper)
			d.lo80 = append(d.lo80, p.Lower80)
			d.hi80 = append(d.hi80, p.Upper80)
			if p.HasBand() {
				d.hasBand = true
			}
			if !math.IsNaN(p.Lower80) && !math.IsNaN(p.Upper80) {
				d.hasBand80 = true
			}
			if d.first.IsZero() || p.Start.Before(d.first) {
				d.first = p.Start
			}
			if next.After(d.lastEnd) {
				d.lastEnd = next
			}
		}
		if !anyThin {
			d.thin = nil
		}
		out[i] = d
	}
	return out, nil
}

// timeRange returns the x range [from, to) of the chart.
func timeRange(data []seriesData, o *SeriesOptions) (from, to time.Time, g dataset.Granularity) {
	if len(data) > 0 {
		g = data[0].gran
	}
	for _, d := range data {
		if !d.first.IsZero() && (from.IsZero() || d.first.Before(from)) {
			from = d.first
		}
		if d.lastEnd.After(to) {
			to = d.lastEnd
		}
	}
	if !o.From.IsZero() {
		from = g.Start(o.From)
	}
	if !o.To.IsZero() {
		to = g.Next(g.Start(o.To))
	}
	if from.IsZero() || !to.After(from) {
		return time.Time{}, time.Time{}, g
	}
	return from, to, g
}

// valueAt returns the x and value of d in the period containing t, or
// ok false if t is outside the series.
func (d *seriesData) valueAt(t time.Time) (x, v float64, ok bool) {
	start := d.gran.Start(t)
	for i, s := range d.starts {
		if s.Equal(start) {
			return d.xs[i], d.vals[i], true
		}
	}
	return 0, 0, false
}

// matches reports whether a mark or annotation for dyad m belongs to d.
func (d *seriesData) matches(m dataset.Dyad) bool {
	if m == (dataset.Dyad{}) {
		return true
	}
	if d.dyad == m {
		return true
	}
	return !d.directed && d.dyad.Undirected() == m.Undirected()
}

// periodPhrase is "monthly", "weekly", … for subtitles.
func periodPhrase(g dataset.Granularity) string {
	switch g {
	case dataset.Day:
		return "daily"
	case dataset.Week:
		return "weekly"
	case dataset.Quarter:
		return "quarterly"
	case dataset.Year:
		return "yearly"
	default:
		return "monthly"
	}
}

// spanPhrase formats a period range for subtitles: "Jan 2012 – Dec 2025".
func spanPhrase(from, toExcl time.Time, g dataset.Granularity) string {
	if from.IsZero() {
		return "no data"
	}
	last := toExcl.AddDate(0, 0, -1)
	f := func(t time.Time) string {
		switch g {
		case dataset.Year:
			return t.Format("2006")
		case dataset.Quarter:
			return fmt.Sprintf("Q%d %d", (int(t.Month())-1)/3+1, t.Year())
		case dataset.Day, dataset.Week:
			return t.Format("2 Jan 2006")
		default:
			return t.Format("Jan 2006")
		}
	}
	if f(from) == f(last) {
		return f(from)
	}
	return f(from) + " – " + f(last)
}

func joinLabels(data []seriesData, max int) string {
	s := ""
	for i, d := range data {
		if i == max {
			return s + fmt.Sprintf(" and %d more", len(data)-max)
		}
		if i > 0 {
			s += ", "
		}
		s += d.label
	}
	return s
}
