package report

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"
	"time"

	"github.com/entente/entente/cameo"
	"github.com/entente/entente/country"
	"github.com/entente/entente/dataset"
	"github.com/entente/entente/plots"
	"github.com/entente/entente/score"
	"github.com/entente/entente/votes"
)

// Defaults of Options.
const (
	DefaultMaxDyads  = 6
	DefaultIndex     = "level"
	DefaultTopEvents = 5
)

// DefaultModels are the models scored besides the main index and the
// level (they go into scores.csv).
var DefaultModels = []string{"kalman", "goldstein", "netcoop"}

// Options configure Build. A nil *Options, and every zero field, means the
// default given per field.
type Options struct {
	// Title and Subtitle of the report; empty means a title naming the
	// dyads and a subtitle naming the period.
	Title, Subtitle string
	// Dyads to report on ("CHN-RUS"); the report is undirected, so
	// RUS-CHN is the same dyad. nil means the MaxDyads busiest dyads of the
	// input between two different states (most events first).
	Dyads []dataset.Dyad
	// MaxDyads is how many busiest dyads to pick when Dyads is nil
	// (default DefaultMaxDyads = 6).
	MaxDyads int
	// From and To choose the periods the report shows (the periods
	// containing them; zero means the range of the data): its scores.csv
	// rows, charts, summaries (the changes over 3 and 12 periods of the
	// last period shown), change points (found on the whole history,
	// those in the window shown), top events and the lasting states in
	// force (each from its true opening, also before From).
	//
	// From does not choose the history scored: the events before it are
	// scored all the same, so that a value shown is the one a report from
	// the data's first period gives it (the level and the state-space
	// index carry the history into the window; a lasting state opened
	// before From is in force) and Report.Aggregation.OutsideScored counts
	// them. To ends the history too: events after it are not scored (the
	// report command does not read them), so that no value shown depends
	// on what came later — the smoothed models and the level's start for a
	// sparse pair read ahead — and a report to June 2024 is the one that
	// could have been written in July 2024.
	//
	// A sparse tail (FindSparseTail on the periods up to To: GDELT
	// backfile rows, a few events scattered over mostly empty years) is
	// left out of the history unless From reaches into it; with From zero
	// the report starts where the data becomes continuous:
	// Report.SparseTail says what was left out and the methods' "Notes on
	// the data" say so, as the report command does without -from. A
	// period that holds no dated event between two states is an
	// *EmptyPeriodError.
	From, To time.Time
	// KeepSparseTail turns the sparse-tail rule off: with From zero the
	// report covers the data's whole range.
	KeepSparseTail bool
	// Granularity is the period length (default Month).
	Granularity dataset.Granularity
	// Index is the headline model, charted with its bands and used in
	// the summary (default DefaultIndex = "level", the bounded
	// relationship level with its evidence band: the model that moves the
	// right way at the most documented turning points, see
	// score.Validate). A dyad with too few observed periods for it falls
	// back to "goldstein" (the weighted mean Goldstein weight), and the
	// report says so.
	Index string
	// Models are scored as well and written to scores.csv (default
	// DefaultModels). The level model is always scored.
	Models []string
	// Weight is the event weight of the aggregation (default WeightOne).
	Weight dataset.Weight
	// Goldstein re-weights every event with a weight table (nil: each
	// event's own weight); Quads re-classes them (nil: each event's own
	// class). See dataset.AggregateOptions.
	Goldstein *cameo.WeightTable
	Quads     *cameo.QuadMapping
	// NoDedup leaves repeated reports as separate events; by default the
	// ingest stage merges them one a day with DedupKey (IngestOptions).
	NoDedup  bool
	DedupKey dataset.DedupKey
	// TopEvents is the number of top events per dyad (default
	// DefaultTopEvents = 5; negative: none).
	TopEvents int
	// Roles decides whose acts count for events held in memory (BuildEvents,
	// the events of Options.IngestOptions): nil is dataset.DefaultRoleFilter —
	// the relationship is read government to government, acts by or toward
	// another state's opposition or rebels are set aside — as the report
	// command's default -roles government; AllRoles keeps every role.
	// Files apply their ReadOptions.Filter.Roles while they are read.
	Roles    *dataset.RoleFilter
	AllRoles bool
	// Sources account for the inputs the events came from (the command
	// fills them from the readers' reports).
	Sources []Source
	// ArticleDedup, when not nil, is the merge of one event's reports by
	// several outlets across the article inputs (extract.Deduper), done
	// before the events reach the ingest: the accounting prints it so that
	// the counts add up from the articles' events to the report.
	ArticleDedup *dataset.DedupReport
	// Notes are sentences on the data that the methods section prints
	// under "Notes on the data" (the command says there what a default
	// period left out and how to include it).
	Notes []string
	// Generated is the generation date written into the report (zero:
	// none); Version the entente version.
	Generated time.Time
	Version   string
	// Votes are the UN General Assembly votes of the "Alignment over
	// time" section and of the alignment heatmap (nil: the embedded votes,
	// votes.Embedded); NoVotes leaves the section out (the heatmap then
	// compares event profiles).
	Votes   *votes.Set
	NoVotes bool
	// ChartSize is the size of the PNG and SVG charts (default
	// plots.SizeScreen); the PDF draws the same charts as vector graphics
	// at its page width.
	ChartSize plots.Size
}

func (o *Options) withDefaults() Options {
	var x Options
	if o != nil {
		x = *o
	}
	if x.MaxDyads <= 0 {
		x.MaxDyads = DefaultMaxDyads
	}
	if x.Index == "" {
		x.Index = DefaultIndex
	}
	if x.Models == nil {
		x.Models = DefaultModels
	}
	if x.TopEvents == 0 {
		x.TopEvents = DefaultTopEvents
	}
	return x
}

// ErrNoDyads is returned by Build when the input has no event between two
// states (within the period) and no dyads were asked for.
var ErrNoDyads = errors.New("report: no events between two states to report on")

// DefaultEvidence is the number of events per dyad-period that
// IngestOptions keeps for the top events, change-point drivers and
// timelines when TopEvents is small: at least 2 × TopEvents, so that an
// event listed once for both directions (↔) does not shorten the list.
const DefaultEvidence = 10

// IngestOptions returns what the ingest stage (dataset.IngestFiles or
// dataset.IngestEvents) needs to produce the input of Build for these
// options: the report's aggregation (granularity, weight, Goldstein table,
// quad mapping; undirected, self-dyads left out), its deduplication, and
// the evidence kept per dyad-period (limited to Dyads when they are
// given; kept with TopEvents < 0 too, for the change points' drivers and
// timelines; no score reads it: the level's lasting states come from the
// table's mark sums, dataset.Stats.Marks), and the role rule (Roles;
// AllRoles: none) on events in memory (IngestOptions.Roles) and on the
// rows of files (Read.Filter.Roles), as the report commands read them.
// Other read options are the caller's to set: replace Read keeping its
// Filter.Roles.
func (o *Options) IngestOptions() *dataset.IngestOptions {
	x := o.withDefaults()
	io := &dataset.IngestOptions{
		Aggregate: x.aggregate(),
		NoDedup:   x.NoDedup,
		Dedup:     &dataset.DedupOptions{Key: x.DedupKey},
		Roles:     x.Roles,
	}
	if x.AllRoles {
		io.Roles = nil
	} else if io.Roles == nil {
		io.Roles = dataset.DefaultRoleFilter()
	}
	if io.Roles != nil {
		// the same rule on the rows of files (IngestFiles): give Read
		// other reader options with Filter.Roles kept
		io.Read = &dataset.ReadOptions{Filter: &dataset.Filter{Roles: io.Roles}}
	}
	io.Evidence = max(DefaultEvidence, 2*x.TopEvents)
	io.EvidenceDyads = x.Dyads
	return io
}

// aggregate is the report's aggregation.
func (o *Options) aggregate() *dataset.AggregateOptions {
	return &dataset.AggregateOptions{Granularity: o.Granularity, Weight: o.Weight, Goldstein: o.Goldstein, Quads: o.Quads, ExcludeSelf: true}
}

// BuildEvents is Build on events held in memory: it runs the ingest stage
// on them (dataset.IngestEvents with opts.IngestOptions()) and builds the
// report from its result.
func BuildEvents(events []dataset.Event, opts *Options) (*Report, error) {
	return Build(dataset.IngestEvents(events, opts.IngestOptions()), opts)
}

// Build renders a report from the result of the ingest stage: the
// dyad-period statistics of the deduplicated events (in.Table, aggregated
// as opts.IngestOptions() says: an Ingest aggregated otherwise is an
// error), the readers' and deduplication's accounts, and the bounded
// evidence. It picks the dyads of the periods From–To, scores them over
// the history up to To (Options.From) with the main index, the level and
// the other models (package score), shows the periods From–To, summarises
// each dyad, ranks its top events, finds and explains its change
// points from the evidence and draws the charts (package plots); it does
// not read, deduplicate or aggregate events. Every event is accounted for
// in Report.Aggregation. A model name that score does not know is an error
// wrapping score.ErrUnknownModel.
func Build(in *dataset.Ingest, opts *Options) (*Report, error) {
	o := opts.withDefaults()
	g := o.Granularity
	mainModel, err := score.ModelByName(o.Index)
	if err != nil {
		return nil, err
	}
	var extra []score.Model
	seen := map[string]bool{mainModel.Name(): true, "level": true}
	for _, name := range o.Models {
		m, err := score.ModelByName(name)
		if err != nil {
			return nil, err
		}
		if !seen[m.Name()] {
			seen[m.Name()] = true
			extra = append(extra, m)
		}
	}
	if !o.Weight.Valid() {
		return nil, fmt.Errorf("report: unknown event weight %d", o.Weight)
	}
	if in == nil || in.Table == nil {
		return nil, ErrNoDyads
	}
	if got, want := in.Table.Options(), *o.aggregate(); got != want {
		return nil, fmt.Errorf("report: the ingest was aggregated with %+v, the report needs %+v (use Options.IngestOptions)", got, want)
	}

	r := &Report{Generated: o.Generated, Version: o.Version, Granularity: g, Sources: o.Sources, SetAside: in.SetAside, ArticleDedup: o.ArticleDedup}

	// 1. Deduplication: done by the ingest stage.
	r.Deduplicated, r.Dedup = in.Deduplicated, in.Dedup

	// 2. Period, every event accounted for. The history scored runs to
	// the window's end; From chooses the periods shown, not the history
	// (the filtered models read every period before it). Without From, a
	// sparse tail is left out (rule: sparse tail), and the notes say so.
	all := in.Table
	w := o.window(all)
	if w.tail != nil {
		r.SparseTail = w.tail
		o.Notes = append(append([]string(nil), o.Notes...), w.tail.Sentence())
	}
	lo, hi := w.lo, w.hi // [lo, hi) of the periods shown
	hist := all
	if !w.histFrom.IsZero() || !hi.IsZero() {
		hist = all.Between(w.histFrom, hi)
	}
	table := hist
	if !lo.IsZero() {
		table = hist.Between(lo, hi)
	}
	agg := &r.Aggregation
	sk := all.Skipped()
	agg.Events = all.Events() + sk.Total()
	agg.Undated, agg.NotDyadic, agg.Self = sk.Undated, sk.NotDyadic, sk.Self
	agg.OutsideRange = all.Events() - table.Events()
	agg.OutsideScored = hist.Events() - table.Events()
	inRange := func(evs []dataset.Event) []dataset.Event {
		var out []dataset.Event
		for _, e := range evs {
			if (lo.IsZero() || !e.Date.Before(lo)) && (hi.IsZero() || e.Date.Before(hi)) {
				out = append(out, e)
			}
		}
		return out
	}
	if table.Events() == 0 && all.Events() > 0 {
		return nil, emptyPeriod(all, w, g)
	}
	if agg.OutsideScored > 0 {
		o.Notes = append(append([]string(nil), o.Notes...), fmt.Sprintf("The report shows the periods from %s; the %s before them were scored all the same (the level and the state-space index carry that history into the periods shown, and lasting states opened before them stay in force), so each value shown is the one a report from the data's first period gives it.",
			lo.Format("Jan 2006"), countNoun(agg.OutsideScored, "event")))
	}

	// 3. Dyads.
	dyads := pickDyads(table, time.Time{}, time.Time{}, &o)
	if len(dyads) == 0 {
		return nil, ErrNoDyads
	}
	for _, d := range dyads {
		agg.Reported += table.Total(d).N
	}
	agg.OtherDyads = table.Events() - agg.Reported

	// 4. Panel over the history up to the report's end, with the lasting
	// states (sanctions, war, ...) that the aggregated events open and
	// close (their mark sums, dataset.Stats.Marks: every event, whatever
	// evidence was kept) — the panel's default log
	// (score.PanelOptions.Lasting), as report score reads them. Its grid
	// reaches back to lo when the window starts before the data.
	panelOpts := &score.PanelOptions{Granularity: g, Weight: o.Weight, From: w.histFrom}
	if !lo.IsZero() {
		if first := FirstPeriod(hist, g); first.IsZero() || lo.Before(first) {
			panelOpts.From = lo
		}
	}
	if !hi.IsZero() {
		panelOpts.To = hi.AddDate(0, 0, -1)
	}
	panel, err := score.NewPanelFromTable(hist, panelOpts)
	if err != nil {
		return nil, fmt.Errorf("report: %w", err)
	}
	periods := panel.Periods()
	if len(periods) > 0 {
		r.From = periods[0]
		if !lo.IsZero() && lo.After(r.From) {
			r.From = lo
		}
		r.To = g.Next(periods[len(periods)-1]).AddDate(0, 0, -1)
	} else {
		r.From, r.To = lo, hi
	}
	// shown cuts a series scored over the history to the periods shown;
	// r.history keeps the history for scores.csv's rows and the
	// thin-evidence flags.
	r.history = map[*score.Series]*score.Series{}
	shown := func(s *score.Series) *score.Series {
		c := cutSeries(s, r.From, hi)
		if c != s {
			r.history[c] = s
		}
		return c
	}

	// 5. Scores, summaries, top events and charts per dyad.
	r.Scores = &score.SeriesSet{}
	levelModel := &score.LevelOptions{}
	fallback := &score.IndexOptions{} // weighted mean Goldstein
	byDyad := map[dataset.Dyad][]dataset.Event{}
	for _, d := range dyads {
		byDyad[d] = inRange(in.Evidence(d))
	}
	var mains []score.Series
	var names []string
	for _, d := range dyads {
		sec := &DyadSection{Dyad: d, Name: dyadName(d)}
		var m score.Model = mainModel
		main, err := m.Score(panel, d)
		switch {
		case errors.Is(err, score.ErrTooFewObservations):
			m = fallback
			main, err = m.Score(panel, d)
			sec.Fallback = fmt.Sprintf("%s needs more observed periods than this dyad has; the index is %s", mainModel.Name(), m.Name())
		case errors.Is(err, score.ErrDegenerate):
			m = fallback
			main, err = m.Score(panel, d)
			sec.Fallback = fmt.Sprintf("%s could not be fitted to this dyad's data (every observed period has the same mean); the index is %s", mainModel.Name(), m.Name())
		}
		if err != nil {
			return nil, fmt.Errorf("report: scoring %s with %s: %w", d, m.Name(), err)
		}
		hmain, hlevel := main, main
		if m.Name() != levelModel.Name() {
			if hlevel, err = levelModel.Score(panel, d); err != nil {
				return nil, fmt.Errorf("report: scoring %s with level: %w", d, err)
			}
		}
		main = shown(hmain)
		level := main
		if hlevel != hmain {
			level = shown(hlevel)
			r.Scores.Add(main, level)
		} else {
			r.Scores.Add(main)
		}
		for _, x := range extra {
			if x.Name() == m.Name() {
				continue
			}
			s, err := x.Score(panel, d)
			if errors.Is(err, score.ErrTooFewObservations) || errors.Is(err, score.ErrDegenerate) {
				continue
			}
			if err != nil {
				return nil, fmt.Errorf("report: scoring %s with %s: %w", d, x.Name(), err)
			}
			r.Scores.Add(shown(s))
		}
		// found on the whole history and kept where they fall in the
		// window, so that a change shown is the full run's (a window's
		// own moves would set their own threshold)
		sec.ChangePoints = changePoints(hmain, r.From, d, byDyad[d], &o)
		rlo, rhi := modelRange(m)
		sec.Summary = windowSummary(main, level, hmain, hlevel, hi, rlo, rhi)
		sec.Summary.Reports = table.Total(d).Reports
		sec.main, sec.level = main, level
		if sec.lasting, err = levelModel.Lasting(panel, d); err != nil {
			return nil, fmt.Errorf("report: lasting states of %s: %w", d, err)
		}
		sec.lasting = lastingShown(sec.lasting, r.From)
		sec.TopEvents = topEvents(byDyad[d], sec.ChangePoints, o)
		// the joint acts are counted only when the evidence holds every
		// event of the dyad (a stats file holds none, a large event file
		// only the strongest of each period): a count of part would be
		// stated as the whole
		sec.joint = -1
		if int64(len(byDyad[d])) == sec.Summary.Events {
			sec.joint = jointRows(byDyad[d])
		}
		r.Dyads = append(r.Dyads, sec)
		mains = append(mains, *main)
		names = append(names, sec.Name)
	}
	for _, sec := range r.Dyads {
		sec.Charts = dyadCharts(r, sec, table, byDyad[sec.Dyad], &o)
	}

	// 6. Overview: small multiples and the alignment heatmap.
	if len(r.Dyads) > 1 {
		ch, err := overviewChart(r, mains, names, &o)
		if err != nil {
			return nil, err
		}
		r.Overview = append(r.Overview, ch)
	}
	if r.Votes, err = reportVotes(r, dyads, &o); err != nil {
		return nil, err
	}
	if r.Votes != nil && r.Votes.Heatmap != nil {
		r.Overview = append(r.Overview, r.Votes.Heatmap)
	} else if hm, err := alignmentChart(table.Rows(), dyads, lo, hi, &o); err != nil {
		return nil, err
	} else if hm != nil {
		r.Overview = append(r.Overview, hm)
	}

	// 7. Titles and methods.
	r.Title = o.Title
	if r.Title == "" {
		r.Title = defaultTitle(r.Dyads)
	}
	r.Subtitle = o.Subtitle
	if r.Subtitle == "" {
		r.Subtitle = fmt.Sprintf("%s, %sly periods; main index: %s", span(r.From, r.To, g), g, mainModel.Name())
	}
	r.Methods = methods(r, &o, mainModel, extra)
	if r.Votes != nil {
		r.Methods = append(r.Methods, voteMethod(r.Votes))
	}
	return r, nil
}

// overviewChart draws the small multiples of the dyads' main series, all
// on one scale: the main model's own range (the level's −9 … +9) when
// every panel shows that model and it has one, else the range of all
// values and bands.
func overviewChart(r *Report, mains []score.Series, names []string, o *Options) (*plots.Chart, error) {
	so := &plots.SeriesOptions{
		Title:  "All dyads on one scale",
		Labels: names, YLabel: yLabel(mains[0].Model),
		From: r.From, To: r.To, Size: o.ChartSize,
		ChangePoints: allChangePoints(r.Dyads),
		Note:         "Each panel is one dyad's main index with its " + bandWords(mains[0].Model) + "; dashed lines are change points.",
	}
	same := true
	for _, m := range mains {
		same = same && m.Model == mains[0].Model
	}
	if m, err := score.ModelByName(mains[0].Model); err == nil && same {
		so.YMin, so.YMax = modelRange(m)
	}
	return plots.NewSmallMultiples(mains, so)
}

// PickDyads returns the dyads Build reports on for in and opts: Dyads
// (undirected, repeats dropped), else the MaxDyads busiest dyads of the
// periods in From–To (without From, after the sparse-tail rule, as Build).
func PickDyads(in *dataset.Ingest, opts *Options) []dataset.Dyad {
	if in == nil || in.Table == nil {
		return nil
	}
	o := opts.withDefaults()
	w := o.window(in.Table)
	return pickDyads(in.Table, w.lo, w.hi, &o)
}

// pickDyads picks the dyads of table's periods in [lo, hi).
func pickDyads(table *dataset.Table, lo, hi time.Time, o *Options) []dataset.Dyad {
	dyads := make([]dataset.Dyad, 0, len(o.Dyads))
	dseen := map[dataset.Dyad]bool{}
	for _, d := range o.Dyads {
		d = d.Undirected()
		if !dseen[d] {
			dseen[d] = true
			dyads = append(dyads, d)
		}
	}
	if len(dyads) == 0 {
		for _, c := range table.BusiestBetween(lo, hi, o.MaxDyads) {
			dyads = append(dyads, c.Dyad)
		}
	}
	return dyads
}

// dyadName is "China – Russia" from the country table (the code when the
// table does not know it).
func dyadName(d dataset.Dyad) string {
	return countryName(d.A) + " – " + countryName(d.B)
}

func countryName(code string) string {
	if c, ok := country.Lookup(code); ok && c.Name != "" {
		return c.Name
	}
	return code
}

func defaultTitle(ds []*DyadSection) string {
	switch len(ds) {
	case 1:
		return "Relations between " + strings.Replace(ds[0].Name, " – ", " and ", 1)
	case 2:
		return "Relations: " + ds[0].Name + " and " + ds[1].Name
	}
	seen := map[string]bool{}
	var names []string
	for _, d := range ds {
		for _, c := range []string{d.Dyad.A, d.Dyad.B} {
			if !seen[c] {
				seen[c] = true
				names = append(names, countryName(c))
			}
		}
	}
	if len(names) > 6 {
		return fmt.Sprintf("Relations between %d states: %d dyads", len(names), len(ds))
	}
	sort.Strings(names)
	return "Relations between " + strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

type ranger interface{ Range() (lo, hi float64) }

func modelRange(m score.Model) (lo, hi float64) {
	if r, ok := m.(ranger); ok {
		lo, hi = r.Range()
		if !math.IsInf(lo, 0) && !math.IsInf(hi, 0) {
			return lo, hi
		}
	}
	return 0, 0
}

// yLabel is the value-axis label of a model.
func yLabel(model string) string {
	switch {
	case model == "kalman", model == "kalman-smoothed":
		// the latent level of each month's net evidence, observed as
		// 10·tanh(V/20) of its summed event values (score.ObserveEvidence)
		return "Latent level"
	case strings.HasPrefix(model, "kalman"), strings.HasPrefix(model, "trend"):
		// the other state-space models observe the mean Goldstein weight
		return "Mean Goldstein weight (state space)"
	case model == "goldstein":
		return "Mean Goldstein weight"
	case model == "goldstein-sum":
		return "Sum of Goldstein weights"
	case model == "goldstein-norm":
		return "Goldstein sum / volume"
	case strings.HasPrefix(model, "netcoop"):
		return "Net cooperation"
	case model == "level":
		return "Level (−9 … +9)"
	}
	return "Score (" + model + ")"
}

// changePoints finds the changes of the headline series with
// score.SeriesShifts, in the series' own units (the chart they are marked
// on), and explains each with the events of its period (score.Explain):
// for the level each driver is the move that event alone makes from the
// level before the change (score.LevelOptions.EventEffect), for other
// models its change of the period's mean Goldstein weight. The drivers
// whose move has the change's sign come first.
func changePoints(main *score.Series, from time.Time, d dataset.Dyad, events []dataset.Event, o *Options) []ChangePoint {
	agg := dataset.AggregateOptions{Granularity: o.Granularity, Weight: o.Weight, Goldstein: o.Goldstein, Quads: o.Quads}
	isLevel := main.Model == "level"
	var out []ChangePoint
	for _, c := range score.SeriesShifts(main, nil) {
		if c.Date.Before(from) {
			continue
		}
		cp := ChangePoint{Time: c.Date, Before: c.Before, After: c.After, Confidence: c.Prob, From: c.From, To: c.To}
		// an event coded in both directions is one driver (its changes
		// add up); a change that ran over several periods (a run of
		// moves of one sign, score.SeriesShifts' From…To) is driven by
		// the events of each of them
		seen := map[string]int{}
		for k := c.Index; k <= max(c.ToIndex, c.Index); k++ {
			if main.Points[k].N == 0 {
				continue
			}
			prev := math.NaN()
			for i := k - 1; i >= 0 && math.IsNaN(prev); i-- {
				prev = main.Points[i].Value
			}
			// The candidates are the six events that change the period's
			// mean most; the level then ranks them by their own effect
			// (EventEffect). Taking every event as a candidate would let the
			// tail of the kept evidence decide among equal effects, and that
			// tail differs between raw files and the pipeline's evidence
			// shards (a generated three-file GDELT set: change-points.csv
			// differed), so the six stay.
			x, err := score.Explain(events, d, main.Points[k].Start, &score.ExplainOptions{Aggregate: agg, Top: 6})
			if err != nil {
				continue
			}
			for _, ct := range x.ByChange {
				if ct.Event == nil || math.IsNaN(ct.Change) {
					continue
				}
				change := ct.Change
				if isLevel {
					change = (*score.LevelOptions)(nil).EventEffect(prev, ct.Event.Goldstein)
					if math.IsNaN(change) {
						continue
					}
				}
				desc := eventText(ct.Event)
				key := mutualKey(ct.Event.Date, desc, ct.Event.Code)
				if i, ok := seen[key]; ok {
					cp.Drivers[i].Change += change
					continue
				}
				seen[key] = len(cp.Drivers)
				cp.Drivers = append(cp.Drivers, Driver{Date: ct.Event.Date, Description: desc, Change: change, Goldstein: ct.Value})
			}
		}
		// the moves of the change's own direction first, then the
		// others (a month can hold both: the invasion of February
		// 2022 and the talks on the Belarusian border four days
		// later); within each the largest first (Explain ranks by the
		// change of the period's mean, the level by each event's own
		// effect, which near a bound shrinks the acts that push toward
		// it); at most three
		shift := c.Shift()
		sort.SliceStable(cp.Drivers, func(i, j int) bool {
			a, b := cp.Drivers[i].Change*shift > 0, cp.Drivers[j].Change*shift > 0
			if a != b {
				return a
			}
			return math.Abs(cp.Drivers[i].Change) > math.Abs(cp.Drivers[j].Change)
		})
		if len(cp.Drivers) > 3 {
			cp.Drivers = cp.Drivers[:3]
		}
		out = append(out, cp)
	}
	return out
}

// eventText is what the report says an event was: the sentence it was
// coded from (events from articles; shortened to 160 characters), else its
// description (the chronology's one-line summaries), else its CAMEO name.
func eventText(e *dataset.Event) string {
	for _, ev := range e.Evidence {
		if t := strings.Join(strings.Fields(ev.Text), " "); t != "" {
			return plots.ShortLabel(t, 160)
		}
	}
	if e.Description != "" {
		return e.Description
	}
	if n := cameo.Name(e.Code); n != "" {
		return n
	}
	return "CAMEO " + e.Code
}

// dyadCharts draws a dyad's index, level, event mix and timeline.
func dyadCharts(r *Report, sec *DyadSection, table *dataset.Table, evs []dataset.Event, o *Options) []*plots.Chart {
	var marks []plots.Mark
	for _, c := range sec.ChangePoints {
		marks = append(marks, plots.Mark{Time: c.Time, Label: c.shiftText(decimals(sec.Summary.Model))})
	}
	var notes []plots.Annotation
	for _, e := range sec.TopEvents {
		notes = append(notes, plots.Annotation{Time: e.Date, Label: e.Description})
	}
	labels := []string{sec.Name}
	var out []*plots.Chart
	numbered := ""
	if len(notes) > 0 {
		numbered = " " + numberedNote
	}
	note := "Shaded: 80 % and 95 % bands." + numbered
	if sec.Fallback != "" {
		note = "Note: " + sec.Fallback + "." + numbered
	}
	out = append(out, headlineCharts(r, sec, labels, marks, notes, note, numbered, o.ChartSize)...)
	mg := mixGranularity(r.From, r.To, r.Granularity)
	mixNote := ""
	if mg != r.Granularity {
		mixNote = fmt.Sprintf("Bars are %sly (the report's %sly periods summed) so that they stay readable over %s.", mg, r.Granularity, span(r.From, r.To, dataset.Year))
	}
	mix, err := plots.NewMixChart(table.Series(sec.Dyad), mg, &plots.MixOptions{
		Title: sec.Name + ": event mix", From: r.From, To: r.To, Size: o.ChartSize,
		YLabel: mixLabel(o.Weight), Note: mixNote,
	})
	if err == nil {
		out = append(out, mix)
	}
	tl, err := plots.NewTimelineChart(evs, &plots.TimelineOptions{
		Title: sec.Name + ": events", From: r.From, To: r.To, Size: o.ChartSize,
	})
	if err == nil {
		out = append(out, tl)
	}
	return out
}

// comparison is the series a dyad's section charts beside its headline
// for comparison when the level is the headline: the state-space index
// ("kalman") when the scores hold it; nil otherwise (beside another
// headline the section charts the level, DyadSection.level). The methods'
// table of parameters lists its parameters too.
func (r *Report) comparison(sec *DyadSection) *score.Series {
	if sec.main == nil || sec.main.Model != "level" || r.Scores == nil {
		return nil
	}
	return r.Scores.Find(sec.Dyad, "kalman")
}

// headlineCharts draws the headline chart (the main model's series with
// its bands, change points and top events) and, beside it, the level —
// or, when the level is the headline, the state-space index ("kalman")
// when the scores hold it, for comparison.
func headlineCharts(r *Report, sec *DyadSection, labels []string, marks []plots.Mark, notes []plots.Annotation, note, numbered string, size plots.Size) []*plots.Chart {
	var out []*plots.Chart
	levelNote := "+ is cooperation, − conflict. Each period's events move the level, by less the closer it already is to the end of the scale (−9 or +9) they push toward; when events stop it drifts back toward the pair's own record. " + levelBandsCaption()
	lvlSeries := sec.level
	if sec.main.Model == "level" {
		lvlSeries = sec.main
	}
	var thin [][]bool
	if lvlSeries != nil {
		flags := r.thin(lvlSeries)
		for i, f := range flags {
			if f && !math.IsNaN(lvlSeries.Points[i].Value) {
				thin = [][]bool{flags}
				levelNote += fmt.Sprintf(" Dashed and lighter: thin evidence, fewer than %d events in the %d months up to the month", ThinEvents, ThinWindow)
				if sec.Summary.Thin {
					levelNote += ", as at the latest value"
				}
				levelNote += "."
				break
			}
		}
	}
	if sec.main.Model == "level" {
		lvl, err := plots.NewLevelChart([]score.Series{*sec.main}, &plots.SeriesOptions{
			Title: sec.Name + ": relationship level", Labels: labels, From: r.From, To: r.To, Size: size,
			ChangePoints: marks, Annotations: notes, Note: levelNote + numbered, MaxLabels: MaxChartLabels, Thin: thin,
		})
		if err == nil {
			out = append(out, lvl)
		}
		if k := r.comparison(sec); k != nil {
			idx, err := plots.NewIndexChart([]score.Series{*k}, &plots.SeriesOptions{
				Title: sec.Name + ": state-space index (for comparison)", Labels: labels, YLabel: yLabel(k.Model),
				From: r.From, To: r.To, Size: size,
				Note: "For comparison only: the headline is the relationship level above. The state-space index is a latent level read from each month's net evidence — the month's events valued as the level values them and summed (V), observed as 10·tanh(V/20), −10 … +10 — each month using only the months up to it; shaded: 80 % and 95 % bands. It follows the recent months' balance of warming and cooling, not the standing relationship, and knows no lasting states: it can read warm where the level above, which remembers the record, sanctions and wars, reads cool.",
			})
			if err == nil {
				out = append(out, idx)
			}
		}
		return out
	}
	idx, err := plots.NewIndexChart([]score.Series{*sec.main}, &plots.SeriesOptions{
		Title: sec.Name + ": relationship index", Labels: labels, YLabel: yLabel(sec.main.Model),
		From: r.From, To: r.To, ChangePoints: marks, Annotations: notes, Note: note, Size: size, MaxLabels: MaxChartLabels,
	})
	if err == nil {
		out = append(out, idx)
	}
	lvl, err := plots.NewLevelChart([]score.Series{*sec.level}, &plots.SeriesOptions{
		Title: sec.Name + ": relationship level", Labels: labels, From: r.From, To: r.To, Size: size,
		Note: levelNote, Thin: thin,
	})
	if err == nil {
		out = append(out, lvl)
	}
	return out
}

// MaxChartLabels is the most top events numbered on a dyad's headline
// chart (plots.SeriesOptions.MaxLabels): the report's five top events.
const MaxChartLabels = 5

// numberedNote ends the note of a chart whose top events are numbered.
const numberedNote = "Numbered: the top events (the acts of the change points, heaviest first, then the weightiest of the other years), listed under the chart."

// mixLabel is the value-axis label of the event-mix chart for weight w:
// "Events (rows)" for the default weight (a joint act is two rows: the
// methods say so; a longer label wraps on the half-width chart).
func mixLabel(w dataset.Weight) string {
	if w == dataset.WeightOne {
		return "Events (rows)"
	}
	return "Events (weighted: " + w.String() + ")"
}

// mixGranularity is the bar length of the event-mix chart: the report's
// granularity, made coarser (month, quarter, year) until there are at
// most 72 bars.
func mixGranularity(from, to time.Time, g dataset.Granularity) dataset.Granularity {
	if from.IsZero() || to.IsZero() {
		return g
	}
	order := []dataset.Granularity{dataset.Day, dataset.Week, dataset.Month, dataset.Quarter, dataset.Year}
	i := 0
	for i < len(order) && order[i] != g {
		i++
	}
	for ; i < len(order); i++ {
		if len(order[i].Periods(from, to)) <= 72 {
			return order[i]
		}
	}
	return dataset.Year
}

func allChangePoints(ds []*DyadSection) []plots.Mark {
	var out []plots.Mark
	for _, d := range ds {
		for _, c := range d.ChangePoints {
			out = append(out, plots.Mark{Time: c.Time, Dyad: d.Dyad})
		}
	}
	return out
}

// alignMinCommon is the number of third countries two profiles must share
// for the report's alignment heatmap: 2, fewer than score's default of 3,
// because the heatmap pools a few countries' relations and a curated
// chronology holds few third countries.
const alignMinCommon = 2

// alignmentChart draws the alignment of the report's countries over the
// whole period (their dyad statistics pooled into one period) as a
// clustered heatmap of Signorino–Ritter S scores on the mean Goldstein
// index; nil when fewer than three countries are in the report.
func alignmentChart(rows []dataset.DyadPeriod, dyads []dataset.Dyad, lo, hi time.Time, o *Options) (*plots.Chart, error) {
	cset := map[string]bool{}
	for _, d := range dyads {
		cset[d.A], cset[d.B] = true, true
	}
	if len(cset) < 3 {
		return nil, nil
	}
	countries := make([]string, 0, len(cset))
	for c := range cset {
		countries = append(countries, c)
	}
	sort.Strings(countries)
	// Pool every period into one: the rows' sums add in NewPanel. Only
	// the relations of the report's countries make their profiles: the
	// other rows are left out.
	var pooled []dataset.DyadPeriod
	var start time.Time
	for _, r := range rows {
		if start.IsZero() || r.Start.Before(start) {
			start = r.Start
		}
	}
	if start.IsZero() {
		return nil, nil
	}
	start = dataset.Year.Start(start)
	for _, r := range rows {
		if !cset[r.Dyad.A] && !cset[r.Dyad.B] {
			continue
		}
		r.Start = start
		pooled = append(pooled, r)
	}
	panel, err := score.NewPanel(pooled, &score.PanelOptions{Granularity: dataset.Year, Weight: o.Weight})
	if err != nil {
		return nil, fmt.Errorf("report: alignment panel: %w", err)
	}
	prof, err := score.PanelProfiles(panel, countries, &score.ProfileOptions{MinEvents: 1})
	if err != nil {
		return nil, fmt.Errorf("report: alignment profiles: %w", err)
	}
	m, err := score.AlignPeriod(prof, 0, &score.AlignOptions{Method: score.MethodS, MinCommon: alignMinCommon})
	if err != nil {
		return nil, fmt.Errorf("report: alignment: %w", err)
	}
	labels := make([]string, len(m.Countries))
	for i, c := range m.Countries {
		labels[i] = countryName(c)
	}
	return plots.NewHeatmapChart(m.Dense(), labels, &plots.HeatmapOptions{
		Title:      "Alignment of the report's countries",
		ValueLabel: "S score",
		Note: fmt.Sprintf("Signorino–Ritter S (absolute distance) between the countries' profiles of relations (mean Goldstein weight) with every third country, the whole period pooled; missing where two countries share fewer than %d third countries.",
			alignMinCommon),
		Min: -1, Max: 1, Size: o.ChartSize,
	})
}
