package report

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"sync"

	"github.com/entente/entente/chronology"
	"github.com/entente/entente/dataset"
	"github.com/entente/entente/score"
)

// weightText says what an event weight is.
var weightText = map[dataset.Weight]string{
	dataset.WeightOne:        "every event counts once (weight 1)",
	dataset.WeightMentions:   "each event weighs its number of mentions",
	dataset.WeightSources:    "each event weighs its number of sources",
	dataset.WeightArticles:   "each event weighs its number of articles",
	dataset.WeightLogSources: "each event weighs 1 + log(sources)",
}

// roleRuleText says what each role rule of dataset's sets aside.
var roleRuleText = map[string]string{
	dataset.RuleOpposition: "another state's opposition",
	dataset.RuleRebels:     "its rebels or separatists",
	dataset.RuleNonState:   "another country's civil society, business, media or other non-state actors",
}

// rolesText is the methods' paragraph on the role rule (Options.Roles,
// dataset.DefaultRoleFilter by default): what it sets aside, why, how many
// rows it set aside in this report, and how to change it.
func rolesText(r *Report, o *Options) string {
	if o.AllRoles {
		return "Every act counts, whoever the actors are (-roles all): acts by or toward another state's opposition or rebels are read as acts between the two states."
	}
	f := o.Roles
	if f == nil {
		f = dataset.DefaultRoleFilter()
	}
	var whom []string
	var n int64
	for _, rule := range f.Rules {
		w := roleRuleText[rule.Name]
		if w == "" {
			w = rule.Name
		}
		whom = append(whom, w)
		for _, s := range r.Sources {
			n += s.Filters[rule.Name]
		}
		n += r.SetAside[rule.Name]
	}
	if len(whom) == 0 {
		return "Every act counts, whoever the actors are: no role rule applies."
	}
	here := "here it set aside none"
	if n > 0 {
		here = "here it set aside " + rowsText(n) + " (named in the accounting below)"
	}
	return fmt.Sprintf("The relationship is read government to government (the role rule, -roles): acts by or toward %s are set aside — not re-read as hostility toward its government, since the Goldstein scale weighs acts between states — and an actor with no stated role counts as its state; %s; -roles changes it (all: every act counts).",
		orList(whom), here)
}

// rowsText is "1 row" or "N rows".
func rowsText(n int64) string {
	if n == 1 {
		return "1 row"
	}
	return thousands(n) + " rows"
}

// orList joins words as "a", "a or b", "a, b or c".
func orList(ws []string) string {
	if len(ws) < 2 {
		return strings.Join(ws, "")
	}
	return strings.Join(ws[:len(ws)-1], ", ") + " or " + ws[len(ws)-1]
}

// methods writes the paragraphs of the methods page.
func methods(r *Report, o *Options, main score.Model, extra []score.Model) []Method {
	var out []Method
	// Models.
	text := fmt.Sprintf("Headline: %s — %s.", main.Name(), score.ModelAbout(main.Name()))
	if main.Name() == "level" {
		text += " Reading it: + is warmer (cooperation outweighs conflict in the pair's record), − is cooler (conflict outweighs cooperation), 0 is where they balance — the boundary between discordant (below it) and ordinary (from it up); the six grades are " + gradesText() + ". The grades read intensity, not kind: a steady flow of sanction rounds, expulsions and shows of force takes a pair to confrontation as fighting does, so a sanctions rivalry and a war can share a grade; the lasting states in force (listed below) tell them apart. " + levelBandsMethod() + " A value with fewer than " + fmt.Sprint(ThinEvents) + " events in the last " + fmt.Sprint(ThinWindow) + " months is flagged as thin evidence — flagged, never blanked. The summary gives each dyad's events per year. Events are rows, as the data code them: a joint act counts twice (see Events below)."
	}
	var ssm string // the state-space index, when the report scores it
	if strings.HasPrefix(main.Name(), "kalman") || strings.HasPrefix(main.Name(), "trend") || seriesModel(extra, "kalman") {
		ssm = "A latent level (−10 … +10) observes each month's net evidence of warming or cooling — the month's events valued as the level values them and summed, mapped to 10·tanh(V/20) — and is pushed by it (γ = " + fmt.Sprint(score.DefaultPush) + ": each month's evidence moves the state's prediction by γ times its value); months without events are missing, not neutral, so the state carries on and its band widens. The two variances are not point estimates: the ratio q/σ² is integrated over a grid of " + fmt.Sprint(score.DefaultGridSize) + " values (" + expNum(score.DefaultGridMin) + " … " + expNum(score.DefaultGridMax) + ") under a half-Cauchy prior of scale " + fmt.Sprint(score.DefaultPriorScale) + " on its square root (a typical monthly change of the state of " + fmt.Sprint(score.DefaultPriorScale) + " of one observation's spread), and σ² under a conjugate prior, so the bands carry the parameters' uncertainty and a sparse dyad has wide bands. The reading is filtered: each month uses only the months up to it (kalman-smoothed is the retrospective reading). Bands are the 80 % and 95 % intervals, cut to the scale."
	}
	lv := " Relationship level: " + score.ModelAbout("level") + ";"
	if main.Name() == "level" {
		lv = ""
	}
	moves := lv + " each period's events push the level by their sum, conflict weighing more than cooperation (value g − " + betaText() + "g²/20 of a Goldstein weight g: per event a strike " + num(eventValue(-10), 0) + ", talks " + signed(eventValue(7), 2) + "; per occurrence a joint act such as talks is two rows, one per direction, and counts twice, " + num(2*eventValue(7), 1) + ", still less than one strike) and with diminishing returns within the period, smaller the closer the level already is to the end of the scale they push toward and slower away from the side it is on (sticky saturation), starting from 0.9 × the mean Goldstein weight of its first " + fmt.Sprint(score.DefaultStartPeriod) + " periods with events (a prior read from the pair's early record: for a sparse pair those periods reach months or years past its first value, the one place the level looks ahead); " + fmt.Sprint(1-score.DefaultLevelStanding) + " of each move is acute and fades by " + pct(score.DefaultAcuteDecay) + " a month, " + fmt.Sprint(score.DefaultLevelStanding) + " stands and loses " + pct(score.DefaultLevelDecay) + " a month of its distance to the pair's own record (0.9 × the mean event value) when above it, " + pct(score.DefaultLevelDecay/score.DefaultHostileMemory) + " when below (conflict is remembered longer), so a crisis shows in its months and the level falls back from the bounds. Lasting states (sanctions, reduced relations, occupation, blockade, war) stay in force from the acts that open them (CAMEO 163 or 161 in two months within a year; 192; 191; fighting in two months of three) until a documented end (085 lifts one round of sanctions, 054 one of reduced relations; 0874, 0872, a truce outweighing the month's fighting); while one is in force the record is capped at its ceiling (" + num(lastingCeiling("sanctions"), scaleDecimals) + " under sanctions or reduced relations, " + num(lastingCeiling("war"), scaleDecimals) + " at war, under occupation or blockade) and the level loses half its excess over it each month: a thaw shows, but talks do not undo a war or a sanctions regime; a month's hostile move under a war, occupation or blockade stands whole, a thaw during them fades; under sanctions or reduced relations a hostile move does not stand at all — a further round is the regime continuing, and shows and fades — so that a sanctions rivalry's depth comes from its record, not from the count of its rounds (the rule goes by the state in force, not the act: a clash under a regime shows and fades too)."
	var valid string
	if v, err := harness(main); err == nil && v.Total > 0 {
		valid += fmt.Sprintf("On the embedded chronology (%s, read government to government), the %s moves the right way at %d of %d documented turning points (chronology/turningpoints.csv: summits, agreements, sanctions, expulsions, clashes, each with its source; a point holds when the mean over the month and the two after it minus the mean over the three months before has the expected sign and is at least 5 %% of the dyad's range) — %d of %d on the held-apart half, which no model was tuned on. Its change points (below) fall within a month of %d of the %d points, in their direction (%d of %d held apart); %d of its %d change points on the %d dyads the points name sit at one (the list does not name every change).",
			chronology.Name(), main.Name(), v.Held, v.Total, v.HeldApartHeld, v.HeldApartTotal, v.Changed, v.Total, v.HeldApartChanged, v.HeldApartTotal, v.AtPoints, v.ChangePoints, pointDyads())
		valid += readingsText(main)
		if main.Name() == "level" {
			if u, err := harnessKey(&score.LevelOptions{NoLasting: true}, "level without lasting states"); err == nil {
				valid += fmt.Sprintf(" Without lasting states: %d of %d (%d of %d held apart); they serve the grades read inside a crisis, not the turning points.", u.Held, u.Total, u.HeldApartHeld, u.HeldApartTotal)
			}
			valid += rivalText(v)
		}
	}
	if len(extra) > 0 {
		var names []string
		for _, m := range extra {
			about := score.ModelAbout(m.Name())
			if m.Name() == "kalman" && ssm != "" {
				about = "described below"
			}
			names = append(names, m.Name()+" ("+about+")")
		}
		text += " Also scored (scores.csv): " + strings.Join(names, "; ") + "."
	}
	var fallbacks []string
	for _, d := range r.Dyads {
		if d.Fallback != "" {
			fallbacks = append(fallbacks, d.Name)
		}
	}
	var states []string
	for _, d := range r.Dyads {
		var in []string
		for _, sp := range d.lasting {
			x := sp.State + " from " + sp.Onset.Format("Jan 2006")
			if !sp.Open {
				x += " to " + sp.To.Format("Jan 2006")
			}
			in = append(in, x)
		}
		if len(in) > 0 {
			states = append(states, d.Name+": "+strings.Join(in, ", "))
		}
	}
	if len(states) > 0 {
		moves += " Lasting states in the data, dated from their first act (the level applies one that must persist from the month that confirms it): " + strings.Join(states, "; ") + "."
	}
	if len(fallbacks) > 0 {
		text += fmt.Sprintf(" %s have too few observed periods for %s; their index is the weighted mean Goldstein weight.", strings.Join(fallbacks, ", "), main.Name())
	}
	var series []*score.Series
	for _, d := range r.Dyads {
		for i, s := range []*score.Series{d.main, d.level, r.comparison(d)} {
			if s == nil || (i == 1 && s == d.main) {
				continue
			}
			series = append(series, s)
		}
	}
	out = append(out, Method{Heading: "Models", Text: text, Table: paramsTable(series)})
	moves = strings.TrimSpace(moves)
	moves = strings.ToUpper(moves[:1]) + moves[1:]
	out = append(out, Method{Heading: "How the level moves", Text: moves})
	if ssm != "" {
		out = append(out, Method{Heading: "State-space index (kalman)", Text: ssm})
	}
	if valid != "" {
		out = append(out, Method{Heading: "Validation", Text: valid})
	}

	// Weights and classes.
	w := weightText[o.Weight]
	if w == "" {
		w = o.Weight.String()
	}
	gs := "each event's own Goldstein weight (the readers fill GDELT's table for CAMEO codes when a file has none)"
	if o.Goldstein != nil {
		gs = "the " + o.Goldstein.Name() + " Goldstein table for every event"
	}
	qs := "each event's own quad class (GDELT's mapping by CAMEO root when a file has none)"
	if o.Quads != nil {
		qs = "the " + o.Quads.Name() + " quad-class mapping for every event"
	}
	dedup := "Deduplication is off: every event is counted as it was read."
	if r.Deduplicated {
		key := "same day, source actor, target actor and CAMEO code"
		if o.DedupKey == dataset.DedupCountries {
			key = "same day, source country, target country and CAMEO code"
		}
		dedup = fmt.Sprintf("Repeated reports of one event are merged (one-a-day filter: %s); a merged event keeps the first report and counts all of them as its reports (%s of %s events were merged).",
			key, thousands(r.Dedup.Merged), thousands(r.Dedup.In))
	}
	out = append(out, Method{Heading: "Events: whose acts count, deduplication, weights and classes", Text: fmt.Sprintf(
		"%s %s Events are aggregated into undirected dyads (both directions pooled) and %s periods. %s Weight: %s. Goldstein weights (−10 … +10): %s; a weight belongs to the CAMEO code, not to the act's scale, so a clash that kills twenty soldiers and one that injures a few differ only as far as their codes do (1823 kill by physical assault, −10; 182 physically assault, −9.5), and a campaign weighs by the rows the data give it. Quad classes: %s.",
		rolesText(r, o), dedup, r.Granularity, jointText(r), w, gs, qs)})

	// Change points.
	g := r.Granularity.String()
	out = append(out, Method{Heading: "Change points", Text: fmt.Sprintf("Change points are found on the headline series itself and stated in its units, so that they sit on its chart: a %s with events is a change when the series moves from the %s before by at least %s of its range and three robust standard deviations of its moves, and the means before and after differ as much, and by %s of its band; a run in consecutive %ss is one change; of two less than %d %ss apart the larger shift counts; at most %d are kept. Before and after are the series' means over the %d %ss before and the %d from the change on. A move in a %s without events (the series fading toward the pair's record) starts no change, so a warm pair's changes are its rises; its slow fades show only in the chart.%s The drivers are the events of its %ss that mattered most%s, those moving the series the change's way first; the PDF's tables list the largest "+fmt.Sprint(pdfDrivers)+", the HTML page and change-points.csv all of them. In the tables the shift is the printed after minus the printed before, so that the row adds up as printed; change-points.csv holds the unrounded values, and its shift can differ from the table's in the last digit.",
		g, g, pct(score.DefaultShiftShare), standardErrors(score.DefaultShiftMinZ), g, score.DefaultShiftGap, g, score.DefaultShiftMax, score.DefaultValidateBefore, g, score.DefaultValidateAfter, g, saturationNote(main), g, driverUnits(main))})

	// Summary measures.
	out = append(out, Method{Heading: "Summary measures", Text: fmt.Sprintf(
		"The current value is the main index in the last period with a value. The changes compare means over %d months, so that one month's jolt does not make them: the mean over the %d months up to the current value minus the mean over the %d months up to 3 or 12 months before (– when there is none). The trend word reads the 12-month change: rising or falling when it is at least %.0f %% of the index's range, else stable — so the word always has the sign of the Δ 12 beside it; Δ 3 can run the other way when the last months turn. Top events are first the acts that drove the dyad's change points — the report's own evidence for its turns: of each change, the heaviest act (|Goldstein weight|) among the events that moved the headline the change's own way, the heaviest first, then the larger change (an act's own size, because near the end of the scale a crisis moves the level less than a thaw does) — then, when the changes leave room, its weightiest acts of the other years: weighed by |w·g|, the size of the act on the Goldstein scale (w its event weight; the level values it as h(g) = g − g²/20, which keeps this order within conflict and within cooperation, not across them), at most one act a year until every year with acts has one (a year a driver came from has its one) — the heaviest first, among equal weights the year farthest from those already listed, then more reports, then the latest, within a year the heaviest act, then the one with more reports, then the earliest. An act coded in both directions on the same day is one act, listed once (↔). The list is shown heaviest first.",
		MeanWindow, MeanWindow, MeanWindow, 100*StableShare)})
	if t := alignmentText(r); t != "" {
		out = append(out, Method{Heading: "Alignment", Text: t})
	}
	if len(o.Notes) > 0 {
		out = append(out, Method{Heading: "Notes on the data", Text: strings.Join(o.Notes, " ")})
	}
	return out
}

// gradesText lists the level's grades with their cut points
// (score.Grades): "confrontation −9 to −6, tense −6 to −3, …, friendly +6
// to +9 (each from its lower end up to, not including, the next; friendly
// includes +9)".
func gradesText() string {
	var parts []string
	for _, g := range score.Grades() {
		parts = append(parts, g.Name+" "+signed(g.Lower, 0)+" to "+signed(g.Upper, 0))
	}
	return strings.Join(parts, ", ") + " (each from its lower end up to, not including, the next; friendly includes +9)"
}

// alignmentText is the methods' paragraph on the overview's heatmap, the
// one that is there: the S score of the report's countries' UN votes
// (VoteSection.Heatmap, the default), or, when the votes are left out
// (Options.NoVotes), the S score of their event profiles (alignmentChart);
// "" when the overview has no heatmap (fewer than three countries).
func alignmentText(r *Report) string {
	if r.Votes != nil && r.Votes.Heatmap != nil {
		return fmt.Sprintf("The overview's heatmap compares the report's countries by their votes, not by the events: each cell is the S score (below) of two countries' recorded votes in the UN General Assembly, %d–%d pooled, rows and columns ordered by average-linkage clustering so that countries that vote alike sit together.",
			r.Votes.FromYear, r.Votes.ToYear)
	}
	for _, ch := range r.Overview {
		if ch.Kind == "heatmap" {
			return fmt.Sprintf("The overview's heatmap compares the report's countries by their events, the UN votes being left out of this report: two countries are aligned when they relate to third countries alike, and each cell is the Signorino–Ritter S score of their profiles (each country's mean Goldstein weight toward every third country, the whole period pooled), rows and columns ordered by average-linkage clustering so that aligned countries sit together. S is computed over the third countries both relate to, and left missing where they share fewer than %d.", alignMinCommon)
		}
	}
	return ""
}

// seriesModel reports whether one of models is named name.
func seriesModel(models []score.Model, name string) bool {
	for _, m := range models {
		if m.Name() == name {
			return true
		}
	}
	return false
}

// driverUnits says in what the drivers of a change point are stated.
func driverUnits(main score.Model) string {
	if main.Name() == "level" {
		return ", each with its own move of the level (small when it pushes toward the nearer bound; a joint act's two rows added) and Goldstein weight"
	}
	return ", each with how far it moves the period's mean Goldstein weight and its own Goldstein weight"
}

// rivalText is the methods' paragraph on the headline rule when the
// state-space index (kalman) moves the right way at more documented
// turning points than the level v on either half: the rule (stated before
// its figures existed, score's TestHarnessFloor) chooses on the tuning
// half and asks a rival to read at least as many of the history readings
// written blind to every model (chronology.Readings,
// score.CheckReadings). Empty when kalman leads on neither half, or when
// the rule would give it the headline (TestHarnessFloor fails first).
func rivalText(v *score.Validation) string {
	k, err := harness(&score.KalmanOptions{})
	if err != nil || (k.TuningHeld <= v.TuningHeld && k.HeldApartHeld <= v.HeldApartHeld) {
		return ""
	}
	lr, err1 := readings(&score.LevelOptions{})
	kr, err2 := readings(&score.KalmanOptions{})
	if err1 != nil || err2 != nil || (k.TuningHeld > v.TuningHeld && kr.Held() >= lr.Held()) {
		return ""
	}
	lead := fmt.Sprintf(" On the turning points alone the state-space index (kalman) would be the headline: it holds %d of %d (%d of %d on the tuning half, against the level's %d; %d of %d held apart, against %d).",
		k.Held, k.Total, k.TuningHeld, k.TuningTotal, v.TuningHeld, k.HeldApartHeld, k.HeldApartTotal, v.HeldApartHeld)
	if k.TuningHeld <= v.TuningHeld {
		lead = fmt.Sprintf(" The state-space index (kalman) moves the right way at more of the held-apart turning points than the level (%d of %d, against %d) and at fewer of the tuning half, on which models are chosen (%d of %d, against %d).",
			k.HeldApartHeld, k.HeldApartTotal, v.HeldApartHeld, k.TuningHeld, k.TuningTotal, v.TuningHeld)
	}
	return lead + fmt.Sprintf(" The headline rule, stated before the history readings above were scored, also asks a rival to read at least as many of them as the level, and kalman reads %d of %d against the level's %d: read on the level's grades it places relationships where no account of their history does — Russia–Ukraine ordinary or good in every month of 2020, with Crimea under occupation (a lasting state in force); United States–Venezuela ordinary or good in most months of 2022–2023, with relations broken and sanctions in force.",
		kr.Held(), kr.Scored(), lr.Held())
}

// saturationNote is the change points' caveat for the level: near the
// bottom of the scale they lean to thaws. Empty for other headlines.
func saturationNote(main score.Model) string {
	if main.Name() != "level" {
		return ""
	}
	return " Near the bottom of the scale the saturation shrinks a new blow's move while a thaw moves the level freely, so a long-hostile pair's change points lean to its thaws, and a crisis in a pair already at confrontation can leave none (measuring the moves with the saturation undone was tried: it named more of the documented turning points on the half it was chosen on and not on the held-apart half, so it is not the default)."
}

// readingsText is the methods' sentence on the history readings written
// blind to every model (chronology.Readings): how many the headline model
// m reads (score.CheckReadings) and, candidly, how its misses lean. Empty
// when m cannot be scored on them.
func readingsText(m score.Model) string {
	r, err := readings(m)
	if err != nil || r.Scored() == 0 {
		return ""
	}
	if r.Grades == 0 { // a model without grades: the order claims only
		return fmt.Sprintf(" History readings written blind to every model (chronology/readings.csv, by an engineer who saw neither the models nor the data; never tuned on): the %s reads %d of the %d claims that one relationship stood warmer than another (it has no grades to read the spans on).",
			m.Name(), r.OrdersHeld, r.Orders)
	}
	text := fmt.Sprintf(" History readings written blind to every model (chronology/readings.csv, by an engineer who saw neither the models nor the data: spans where a relationship stood on the level's grades, and claims that one stood warmer than another; never tuned on): the %s reads %d of the %d spans and %d of the %d claims it can be scored on",
		m.Name(), r.GradesHeld, r.Grades, r.OrdersHeld, r.Orders)
	if r.Unscored > 0 {
		text += fmt.Sprintf(" (%d more have no value of it in their months)", r.Unscored)
	}
	text += "."
	if missed := r.Grades - r.GradesHeld; missed > 0 {
		colder := 0
		for _, c := range r.Checks {
			if c.Colder() {
				colder++
			}
		}
		text += fmt.Sprintf(" Of the %d spans it misses, %d read colder than the history and %d warmer.", missed, colder, missed-colder)
	}
	return text
}

// pointDyads is the number of dyads the documented turning points of the
// embedded chronology name (chronology.TurningPoints).
func pointDyads() int {
	seen := map[dataset.Dyad]bool{}
	for _, tp := range score.ChronologyTurningPoints(chronology.TurningPoints()) {
		seen[tp.Dyad.Undirected()] = true
	}
	return len(seen)
}

var harnessCache sync.Map // model name → *score.Validation

// chronologyPanel is the embedded chronology on the report's default
// panel, read as the report commands read it, government to government
// (dataset.DefaultRoleFilter), as score's harness tests do; built once.
var chronologyPanel = sync.OnceValues(func() (*score.Panel, error) {
	events, _, err := chronology.ReadAsReport()
	if err != nil {
		return nil, err
	}
	return score.PanelFromEvents(events, nil)
})

var readingsCache sync.Map // model name → *score.ReadingsResult

// readings scores model m on the history readings of the embedded
// chronology (chronology.Readings, score.CheckReadings with its
// defaults), once per model name.
func readings(m score.Model) (*score.ReadingsResult, error) {
	if r, ok := readingsCache.Load(m.Name()); ok {
		return r.(*score.ReadingsResult), nil
	}
	p, err := chronologyPanel()
	if err != nil {
		return nil, err
	}
	r, err := score.CheckReadings(m, p, chronology.Readings(), nil)
	if err != nil {
		return nil, err
	}
	readingsCache.Store(m.Name(), r)
	return r, nil
}

// harness scores model m on the documented turning points of the embedded
// chronology (chronology.TurningPoints) with score.Validate's defaults,
// once per model name. The chronology is read as the report commands read
// it, government to government (dataset.DefaultRoleFilter), as score's
// harness tests do.
func harness(m score.Model) (*score.Validation, error) { return harnessKey(m, m.Name()) }

// harnessKey is harness for a model that is cached under key.
func harnessKey(m score.Model, key string) (*score.Validation, error) {
	if v, ok := harnessCache.Load(key); ok {
		return v.(*score.Validation), nil
	}
	p, err := chronologyPanel()
	if err != nil {
		return nil, err
	}
	v, err := score.Validate(m, p, score.ChronologyTurningPoints(chronology.TurningPoints()), nil)
	if err != nil {
		return nil, err
	}
	harnessCache.Store(key, v)
	return v, nil
}

// pct writes a share as a percentage, "25 %" for 0.25.
func pct(x float64) string { return strconv.FormatFloat(100*x, 'g', 3, 64) + " %" }

// lastingCeiling is the ceiling of the named lasting state in the default
// table (score.LastingStates); NaN when the table has no such state.
func lastingCeiling(name string) float64 {
	for _, s := range score.LastingStates() {
		if s.Name == name {
			return s.Ceiling
		}
	}
	return math.NaN()
}

// expNum writes a number as the methods text writes it: "1e−6", "10".
func expNum(x float64) string {
	t := strconv.FormatFloat(x, 'g', -1, 64)
	t = strings.Replace(t, "e-0", "e−", 1)
	return strings.Replace(t, "e-", "e−", 1)
}

// standardErrors writes z standard errors in words: "half a standard
// error", "one standard error", "1.5 standard errors".
func standardErrors(z float64) string {
	switch z {
	case 0.5:
		return "half a standard error"
	case 1:
		return "one standard error"
	}
	return strconv.FormatFloat(z, 'g', -1, 64) + " standard errors"
}
