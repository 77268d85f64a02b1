package report

import (
	"fmt"
	"math"
	"strings"

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

// methods writes the paragraphs of the methods page.
func methods(r *Report, o *Options, main score.Model, extra []score.Model) []Method {
	var out []Method
	// Models.
	text := fmt.Sprintf("Main index: %s — %s.", main.Name(), score.ModelAbout(main.Name()))
	if strings.HasPrefix(main.Name(), "kalman") || strings.HasPrefix(main.Name(), "trend") {
		text += " Each period's weighted mean Goldstein weight is observed with variance σ²/n_eff (n_eff the effective number of events); the latent level follows a random walk with variance q. Both variances are estimated by maximum likelihood per dyad; periods without events are predictions, so their band widens. The bands are the 80 % and 95 % intervals of the smoothed state."
	}
	text += " Relationship level: " + score.ModelAbout("level") + "; each period's events push the level by their sum, conflict weighing more than cooperation (value g − g²/20 of a Goldstein weight g: a strike −15, talks +4.55) and with diminishing returns within the period, less as the level nears the bound they push toward and more slowly away from the side it is on (sticky saturation), starting from the mean of the first periods."
	if len(extra) > 0 {
		var names []string
		for _, m := range extra {
			names = append(names, m.Name()+" ("+score.ModelAbout(m.Name())+")")
		}
		text += " Also scored (scores.csv): " + strings.Join(names, "; ") + "."
	}
	var fallbacks []string
	for _, d := range r.Dyads {
		if d.Fallback != "" {
			fallbacks = append(fallbacks, d.Name)
		}
	}
	if len(fallbacks) > 0 {
		text += fmt.Sprintf(" %s have too few observed periods for %s; their index is the weighted mean Goldstein weight.", strings.Join(fallbacks, ", "), main.Name())
	}
	table := [][]string{{"Dyad", "Model", "Parameters"}}
	for _, d := range r.Dyads {
		for _, s := range []*score.Series{d.main, d.level} {
			if s == nil {
				continue
			}
			table = append(table, []string{d.Name, s.Model, paramsText(s.Params)})
		}
	}
	out = append(out, Method{Heading: "Models", Text: text, Table: table})

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
	out = append(out, Method{Heading: "Event weights and classes", Text: fmt.Sprintf(
		"Events are aggregated into undirected dyads (both directions pooled) and %s periods. Weight: %s. Goldstein weights (−10 … +10): %s. Quad classes: %s.",
		r.Granularity, w, gs, qs)})

	// Deduplication.
	if r.Deduplicated {
		key := "same day, source actor, target actor and CAMEO code"
		if o.DedupKey == dataset.DedupCountries {
			key = "same day, source country, target country and CAMEO code"
		}
		out = append(out, Method{Heading: "Deduplication", Text: fmt.Sprintf(
			"Repeated reports of one event are merged (one-a-day filter: %s); a merged event keeps the first report and counts all of them as its reports. %s of %s events were merged.",
			key, thousands(r.Dedup.Merged), thousands(r.Dedup.In))})
	} else {
		out = append(out, Method{Heading: "Deduplication", Text: "Off: every event is counted as it was read."})
	}

	// Change points.
	out = append(out, Method{Heading: "Change points", Text: "Changes of level are searched in each dyad's weighted mean Goldstein series (not the smoothed index, which has no jumps by construction) with PELT, minimising the weighted squared deviations from the segment means plus a penalty β = 3·log(n)·σ̂² per change (the modified BIC, R changepoint's default), each period weighted by its effective number of events (score.ChangePoints). The probability is the Schwarz approximation to the posterior probability of a change in the window between its neighbours; the interval is the 90 % credible location. The drivers are the events that moved the value most in the period of the change, by how far each lies from the previous level (score.Explain)."})

	// Summary measures.
	out = append(out, Method{Heading: "Summary measures", Text: fmt.Sprintf(
		"The current value is the main index in the last period with a value. The changes compare it with the periods 3 and 12 months before (– when there is none). The trend is the least-squares slope of the index over the last %d months: rising or falling when the fitted change over that span is at least %.0f %% of the index's range, else stable. Top events are ranked by |w·g|, their weight in the Goldstein sums the indices are built from, then by their number of reports; an event coded in both directions on the same day is listed once (↔).",
		TrendWindow, 100*StableShare)})
	if len(r.Overview) > 0 {
		out = append(out, Method{Heading: "Alignment", Text: "Two countries are aligned when they relate to third countries alike: the heatmap shows the Signorino–Ritter S score of their profiles (each country's mean Goldstein weight toward every third country, the whole period pooled), ordered by average-linkage clustering so that aligned countries sit together. S is computed over the third countries both relate to, and left missing where they share fewer than two."})
	}
	return out
}

// paramsText formats a series' parameters: "q = 0.0123, sigma2 = 4.56".
func paramsText(ps []score.Param) string {
	if len(ps) == 0 {
		return dash
	}
	var parts []string
	for _, p := range ps {
		v := p.Value
		s := num(v, 3)
		if !math.IsNaN(v) && v != 0 && (math.Abs(v) < 0.01 || math.Abs(v) >= 1e5) {
			s = strings.Replace(fmt.Sprintf("%.3g", v), "-", "−", 1)
		}
		if v == math.Trunc(v) && math.Abs(v) < 1e9 {
			s = num(v, 0)
		}
		parts = append(parts, p.Name+" = "+s)
	}
	return strings.Join(parts, ", ")
}
