package report

import (
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/plots"
	"github.com/entente/entente/score"
)

// Report is everything a report shows, built by Build (or by hand) and
// rendered by WritePDF, WriteHTML and WriteDir.
type Report struct {
	// Title and Subtitle head the title page and the HTML page.
	Title, Subtitle string
	// Generated is the generation date written into the report and the
	// PDF metadata; zero leaves the date out.
	Generated time.Time
	// Version is the entente version that made the report.
	Version string
	// From and To are the first day of the first period and the last day
	// of the last period covered; Granularity the period length.
	From, To    time.Time
	Granularity dataset.Granularity
	// SparseTail is what the rule "sparse tail" left out of the default
	// period (nil when Options.From was given, the rule was turned off or
	// did not fire).
	SparseTail *SparseTail
	// SetAside counts the events held in memory (coded from articles, or
	// given to BuildEvents) that the role rule set aside, by rule
	// (dataset.Ingest.SetAside); the rows of files are in Sources' Filters.
	SetAside map[string]int64
	// Dyads are the per-dyad sections, in report order.
	Dyads []*DyadSection
	// Overview holds the charts comparing all dyads (small multiples,
	// alignment heatmap).
	Overview []*plots.Chart
	// Votes is the "Alignment over time" section from UN General Assembly
	// votes (nil when the report has none; see Options.Votes).
	Votes *VoteSection
	// Sources account for every input: rows read, kept, rejected and
	// filtered, then the deduplication and the aggregation.
	Sources []Source
	Dedup   dataset.DedupReport
	// ArticleDedup is Options.ArticleDedup: the events coded from articles
	// and merged across outlets before the ingest (nil: no articles).
	ArticleDedup *dataset.DedupReport
	// Deduplicated says whether repeated reports were merged (Dedup is
	// meaningful only then).
	Deduplicated bool
	// Aggregation counts what the dyad-period table could not use.
	Aggregation Aggregation
	// Methods are the paragraphs of the methods page, in order.
	Methods []Method
	// Scores are all scored series, written as the tidy CSV: the periods
	// of From–To, scored on the history before them (Options.From).
	Scores *score.SeriesSet

	// history maps a series of Scores to the series it was cut from
	// (scored over the history before From): scores.csv's rows start at
	// its first event and keep its thin-evidence flags (window.go).
	history map[*score.Series]*score.Series
}

// mainChart is the chart notebooks show for the report: the overview's
// first chart, else the first dyad's first chart (nil if none).
func (r *Report) mainChart() *plots.Chart {
	if len(r.Overview) > 0 {
		return r.Overview[0]
	}
	for _, d := range r.Dyads {
		if len(d.Charts) > 0 {
			return d.Charts[0]
		}
	}
	return nil
}

// PNG returns the report's main chart (the small multiples of all dyads,
// or the index chart of a single dyad) as PNG, for notebooks; nil if the
// report has no chart.
func (r *Report) PNG() []byte {
	if ch := r.mainChart(); ch != nil {
		return ch.PNG()
	}
	return nil
}

// SVG returns the report's main chart as SVG ("" if it has none).
func (r *Report) SVG() string {
	if ch := r.mainChart(); ch != nil {
		return ch.SVG()
	}
	return ""
}

// Markdown returns the summary table as Markdown, for notebooks and
// terminals: per dyad the headline in the last period with its band (the
// level's evidence band, other models' 95 % band), its changes over 3 and
// 12 months, the trend, the level and its grade (the level column only
// when the headline is another model), the events per year and whether the
// evidence is thin (ThinEvidence) — the columns of the PDF's and HTML's
// summary.
func (r *Report) Markdown() string {
	model := ""
	if len(r.Dyads) > 0 {
		model = r.Dyads[0].Summary.Model
	}
	head := []string{"Dyad", headlineHeader(model), bandWords(model), "Period", "Δ 3 months", "Δ 12 months", "Trend"}
	if model != "level" {
		head = append(head, "Level")
	}
	head = append(head, "Grade", "Events per year", "Thin evidence")
	var b strings.Builder
	b.WriteString("| " + strings.Join(head, " | ") + " |\n|")
	for j := range head {
		if j == 0 || head[j] == "Period" || head[j] == "Trend" || head[j] == "Grade" || head[j] == "Thin evidence" {
			b.WriteString("---|")
		} else {
			b.WriteString("---:|")
		}
	}
	b.WriteString("\n")
	for _, d := range r.Dyads {
		s := d.Summary
		dec := decimals(s.Model)
		band := dash
		if !isNaN(s.Lower) && !isNaN(s.Upper) {
			band = num(s.Lower, dec) + " … " + num(s.Upper, dec)
		}
		row := []string{d.Name, s.valueText(dec), band, period(s.Period, r.Granularity), signed(s.Change3, dec), signed(s.Change12, dec), orDash(s.Trend)}
		if model != "level" {
			row = append(row, levelNum(s.Level))
		}
		thin := "no"
		if s.Thin {
			thin = "yes"
		}
		row = append(row, orDash(s.Grade), num(s.EventsPerYear, 1), thin)
		b.WriteString("| " + strings.Join(row, " | ") + " |\n")
	}
	return b.String()
}

// DyadSection is one dyad's part of the report.
type DyadSection struct {
	Dyad dataset.Dyad
	// Directed marks a section that reads one direction, Dyad.A's acts
	// toward Dyad.B (a report rendered from `report score -directed`
	// scores); its Name has an arrow and summary.csv labels it "A→B".
	Directed bool
	// Name is the display name ("China – Russia"; "China → Russia" when
	// Directed).
	Name string
	// Summary is the summary-table row.
	Summary Summary
	// ChangePoints found in the main index, oldest first.
	ChangePoints []ChangePoint
	// TopEvents are the acts of the dyad's change points (each change's
	// heaviest own-way driver, the heaviest first), then the weightiest of
	// the years those leave out (topevents.go);
	// heaviest first.
	TopEvents []TopEvent
	// Charts of the dyad: index, level, event mix, timeline.
	Charts []*plots.Chart
	// Fallback explains why the main index is another model than the
	// report's (too few observations for it); empty otherwise.
	Fallback string

	main, level *score.Series
	// lasting are the lasting states in force over the dyad that the
	// level respects (score.LevelOptions.Lasting).
	lasting []score.LastingSpan
	// joint is the number of the dyad's rows that belong to a joint act,
	// two rows of one act, one per direction (jointRows); −1 when the
	// evidence does not hold every event of the dyad (not counted).
	joint int
}

// Summary is a dyad's row of the summary table. Floats are NaN when they
// cannot be computed.
type Summary struct {
	// Model is the main index's model name; Value its last value, in the
	// period starting Period, with the 95 % band Lower–Upper (NaN without
	// a band).
	Model               string
	Value, Lower, Upper float64
	Period              time.Time
	// Level and Grade are the bounded relationship level in the same
	// period and its grade name ("" when the level is NaN).
	Level float64
	Grade string
	// Change3 and Change12 are the main index's changes over 3 and 12
	// months between 3-month means (ChangeOf): the mean over the 3 months
	// up to Period minus the mean over the 3 months up to 3 (12) months
	// before.
	Change3, Change12 float64
	// Trend is "rising", "falling" or "stable" (see TrendOf): the sign of
	// Change12 when it is at least StableShare of the model's range, so
	// that the word and the 12-month change agree; Slope is that change
	// per year (equal to Change12, the window being a year).
	Trend string
	Slope float64
	// Events is the number of events of the dyad in the report's range,
	// Reports the number of reports behind them.
	Events, Reports int64
	// Periods is the number of periods with at least one event.
	Periods int
	// EventsPerYear is Events over the years from the dyad's first event
	// to the end of its series (at least one year).
	EventsPerYear float64
	// Thin flags a headline with little evidence behind it: fewer than
	// ThinEvents events in the ThinWindow months up to its period. The
	// value is still given (flagged, never blanked).
	Thin bool
}

// ChangePoint is a shift in a dyad's relations, found in its weighted mean
// Goldstein series (score.ChangePoints).
type ChangePoint struct {
	// Time is the first period after the change.
	Time time.Time
	// Before and After are the mean levels of the segments on either side.
	Before, After float64
	// Confidence in [0, 1] says how sure the detector is (score's Prob;
	// NaN if it does not say).
	Confidence float64
	// From and To are the periods the change ran over: for the report's
	// shifts of the headline (score.SeriesShifts) its first period and
	// the last of its run of moves of one sign; for a detector that
	// locates a change (score.ChangePoints) its credibility interval.
	// Zero if unknown.
	From, To time.Time
	// Drivers are the events that moved the value most in the periods
	// of the change (score.Explain's ByChange), its own way first, the
	// largest first.
	Drivers []Driver
}

// Driver is an event behind a change: its date, text and how much it
// moved the period's value (score.Contribution.Change; for the level the
// move the event alone makes, score.LevelOptions.EventEffect, which near
// ±9 is a small share of its weight), and the event's own Goldstein
// weight (NaN if it has none; an act coded in both directions is one
// driver with its moves added and one row's weight).
type Driver struct {
	Date        time.Time
	Description string
	Change      float64
	Goldstein   float64
}

// Shift returns After − Before.
func (c ChangePoint) Shift() float64 { return c.After - c.Before }

// TopEvent is one of a dyad's most important events.
type TopEvent struct {
	Date time.Time
	// DatePrecision is the event's dataset.Event.DatePrecision: "" for a
	// day, or "week", "month", "year", "decade" when the source gives no
	// finer date; DateText shows the date at that precision.
	DatePrecision string
	Source        string
	Target        string
	Code          string
	Description   string
	Goldstein     float64
	Reports       int
	// Weight is why the event ranks: its event weight × its Goldstein
	// weight (see topevents.go for how the top events are chosen).
	Weight float64
	// Reference and URL say where the event is documented, if known.
	Reference, URL string
	// Mutual marks an event coded in both directions (Source→Target and
	// Target→Source on the same day), listed once.
	Mutual bool
}

// DateText formats the date at its precision: "4 Feb 2022", "Feb 2022"
// (month), "2022" (year), "2020s" (decade), "week of 13 May 2024", or "—"
// when the date is unknown.
func (e TopEvent) DateText() string {
	if e.Date.IsZero() {
		return dash
	}
	switch e.DatePrecision {
	case "week":
		return "week of " + date(e.Date)
	case "month":
		return e.Date.Format("Jan 2006")
	case "year":
		return e.Date.Format("2006")
	case "decade":
		return fmt.Sprintf("%ds", e.Date.Year()/10*10)
	}
	return date(e.Date)
}

// Actors returns "CHN → RUS", or "CHN ↔ RUS" for a mutual event.
func (e TopEvent) Actors() string {
	if e.Mutual {
		return e.Source + " ↔ " + e.Target
	}
	return e.Source + " → " + e.Target
}

// Source accounts for one input.
type Source struct {
	// Name is the file name or the embedded dataset's name.
	Name string
	// Format is the format the reader detected ("csv", "gdelt1", …).
	Format string
	// Read = Kept + Rejected + Filtered (dataset.Report).
	Read, Kept, Rejected, Filtered int64
	// First and Last are the earliest and latest event dates kept.
	First, Last time.Time
	// Articles is the number of articles read (text inputs; then Read,
	// Kept and Rejected count articles, and Events the events coded from
	// the kept ones).
	Articles int
	// Events is the number of events the source gave: Kept for event
	// files, the coded events for articles.
	Events int64
	// Filters counts the filtered rows by the filter that set them aside
	// (dataset.Report.Filters: "role: opposition", "date range", …); the
	// accounting names each with its reason (nil: none recorded).
	Filters map[string]int64
}

// SourceFromReport copies a reader's account.
func SourceFromReport(r *dataset.Report) Source {
	return Source{
		Name: r.File, Format: string(r.Format),
		Read: r.Read, Kept: r.Kept, Rejected: r.Rejected, Filtered: r.Filtered,
		First: r.First, Last: r.Last, Events: r.Kept, Filters: r.Filters,
	}
}

// Aggregation counts the events the dyad-period table could not use, and
// those outside the report's dyads and period.
type Aggregation struct {
	// Events is the number of events given to the aggregation.
	Events int64
	// Undated, NotDyadic and Self cannot be placed in a dyad-period of two
	// states: no date, an actor not tied to a state, or both actors of one
	// state (domestic events).
	Undated, NotDyadic, Self int64
	// OutsideRange are dated, dyadic events outside From–To.
	OutsideRange int64
	// OutsideScored are the events of OutsideRange before From that the
	// scores read (the history before the report's period, Options.From):
	// they inform the scores but are not shown. The others (a sparse tail,
	// events after To) are not read by the scores.
	OutsideScored int64
	// OtherDyads are events of dyads not in the report.
	OtherDyads int64
	// Reported is the number of events in the report's dyads and range.
	Reported int64
}

// Balanced reports whether Events = Undated + NotDyadic + Self +
// OutsideRange + OtherDyads + Reported.
func (a Aggregation) Balanced() bool {
	return a.Events == a.Undated+a.NotDyadic+a.Self+a.OutsideRange+a.OtherDyads+a.Reported
}

// Method is a paragraph of the methods page.
type Method struct {
	Heading string
	Text    string
	// Table is an optional table under the text: rows of cells, the first
	// row the header.
	Table [][]string
}

// nan is a NaN, for unknown values.
var nan = math.NaN()
