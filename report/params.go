package report

import (
	"fmt"
	"math"
	"strings"

	"github.com/entente/entente/score"
)

// paramWords says in words what the models' parameters (score's
// Series.Params, code-like names) are; a name not listed is written as it
// is.
var paramWords = map[string]string{
	"gain":               "gain",
	"scale":              "compression scale K",
	"bias":               "negativity bias β",
	"unit":               "event unit",
	"center":             "centre c",
	"start":              "starting level",
	"decay":              "pull toward the record",
	"baseline_half_life": "half-life of the record (months)",
	"hostile_memory":     "memory of conflict M",
	"standing":           "standing share",
	"acute_decay":        "fading of the acute part",
	"lasting_pull":       "pull under a lasting state",
	"baseline":           "fixed record",
	"q":                  "state variance q",
	"q_trend":            "slope variance",
	"sigma2":             "observation variance σ²",
	"mean_log_psi":       "mean log(q/σ²)",
	"prior_scale":        "half-Cauchy scale s",
	"grid":               "grid size",
	"grid_min":           "smallest q/σ² of the grid",
	"grid_max":           "largest q/σ² of the grid",
	"push":               "push γ",
	"sigma2_prior":       "prior guess of σ²",
	"observations":       "months observed",
	"loglik":             "log-likelihood",
}

// paramMeanings says in plain words what each parameter does, from the
// doc comments of score's LevelOptions, KalmanOptions and KalmanPrior; v
// is the parameter's value, for the meanings that are clearer with it
// worked out. A parameter not listed has "–".
var paramMeanings = map[string]func(v float64) string{
	"gain": func(float64) string {
		return "how fast events move the level: a month's push is gain × K·asinh(V/K), V the sum of its events' values"
	},
	"scale": func(v float64) string {
		return fmt.Sprintf("in event-value points, not the level's ±9: a month's value sum counts nearly in full (88 %% or more) up to about %s, two-thirds of one strike's −15, and with diminishing, logarithmic returns beyond", num(v, 0))
	},
	"bias": func(v float64) string {
		h := func(g float64) float64 { return g - v*g*g/20 }
		return fmt.Sprintf("β in an event's value h(g) = g − β·g²/20 of its Goldstein weight g: 0 is no bias, 1 the strongest allowed, so that conflict counts more than cooperation — a strike (−10) is worth %s, a signed agreement (+8) %s",
			signed(h(-10), 1), signed(h(8), 1))
	},
	"unit": func(float64) string {
		return "the event weight that counts as one event (1: each row is one event)"
	},
	"center": func(float64) string {
		return "the Goldstein weight that pushes nothing (0: Goldstein's neutral point)"
	},
	"start": func(float64) string {
		return fmt.Sprintf("the level before the dyad's first events: 0.9 × the mean Goldstein weight of its first %d months with events", score.DefaultStartPeriod)
	},
	"decay": func(v float64) string {
		return fmt.Sprintf("share of its distance to the pair's record the standing level loses each month when above it (half of it in %s months)", halfLife(v))
	},
	"baseline_half_life": func(v float64) string {
		return fmt.Sprintf("the pair's record, which the level returns to, is 0.9 × the mean value of its events so far, events %s months old counting half", num(v, 0))
	},
	"hostile_memory": func(v float64) string {
		return fmt.Sprintf("below the record the level returns %s times more slowly: conflict is remembered longer", num(v, 0))
	},
	"standing": func(float64) string {
		return "share of each move that stands (the relationship as it stands); the rest is acute, the crisis or thaw of the moment"
	},
	"acute_decay": func(v float64) string {
		return fmt.Sprintf("share of the acute part that fades each month (half of it in %s months)", halfLife(v))
	},
	"lasting_pull": func(float64) string {
		return "share of its excess over a lasting state's ceiling (sanctions, war…) the level loses each month while the state is in force"
	},
	"baseline": func(float64) string {
		return "the fixed record the level returns to, in place of the pair's own"
	},
	"q": func(float64) string {
		return "variance of the latent level's change from one month to the next (points²), summarising the grid's mixture: exp(mean log(q/σ²))·σ²"
	},
	"q_trend": func(float64) string {
		return "variance of the slope's change from one month to the next"
	},
	"sigma2": func(float64) string {
		return "variance of one month's observation around the latent level (points²), averaged over the grid"
	},
	"mean_log_psi": func(float64) string {
		return "mean of log(q/σ²) over the grid, weighted by how well each value fits the data: higher lets the index move faster"
	},
	"prior_scale": func(v float64) string {
		return fmt.Sprintf("scale of the half-Cauchy prior on √(q/σ²): a typical monthly change of the latent level of %s of one observation's spread", sig(v, 3))
	},
	"grid": func(float64) string {
		return "how many values of q/σ² the index is averaged over, evenly spaced in log"
	},
	"grid_min": func(float64) string {
		return "the grid's lower end: a state that all but stands still against the month's noise"
	},
	"grid_max": func(float64) string {
		return "the grid's upper end: a state that follows each month's evidence"
	},
	"push": func(v float64) string {
		return fmt.Sprintf("each month's net evidence moves the state's prediction by γ = %s times its value (a push on top of the filter's own update)", sig(v, 3))
	},
	"sigma2_prior": func(v float64) string {
		return fmt.Sprintf("the prior's guess of σ² (%s: a spread of ±%s Goldstein points)", num(v, 0), sig(math.Sqrt(v), 3))
	},
	"observations": func(float64) string {
		return "months with events after the dyad's first, whose one-step prediction errors the fit rests on (the first month with events starts the filter)"
	},
	"loglik": func(float64) string {
		return "log-likelihood of the fitted variances"
	},
}

// halfLife is the number of months in which a monthly loss of share d
// halves a distance, to a tenth of a month: ln ½ / ln(1 − d) (2.4 for
// 0.25, 17.0 for 0.04).
func halfLife(d float64) string {
	return num(math.Log(0.5)/math.Log(1-d), 1)
}

// paramWord is a parameter's name in words.
func paramWord(name string) string {
	if w, ok := paramWords[name]; ok {
		return w
	}
	return name
}

// paramMeaning is a parameter's meaning in plain words, "–" when none is
// listed.
func paramMeaning(name string, v float64) string {
	if f, ok := paramMeanings[name]; ok {
		return f(v)
	}
	return dash
}

// paramsTable is the methods' table of parameters, one row per parameter
// with its value and its meaning in plain words, model by model in the
// order of series: the parameters that every dyad's series of a model
// shares said once, in rows "All dyads"; then the parameters of each
// dyad's own (the level's starting level, the state-space index's fitted
// variances): when every dyad of a model has the same ones, one row
// "Each dyad" per parameter lists their values after the dyads' codes
// (as the sections' headings give them: "CHN-RUS 4.3; RUS-USA −0.9",
// each code joined to its value by a no-break space),
// else each dyad's rows list them. A series without parameters has a row of dashes.
func paramsTable(series []*score.Series) [][]string {
	type key struct{ model, param string }
	values := map[key]map[string]bool{} // the formatted values of each model's parameter
	count := map[string]int{}           // series per model
	var models []string
	for _, s := range series {
		if count[s.Model] == 0 {
			models = append(models, s.Model)
		}
		count[s.Model]++
		for _, p := range s.Params {
			k := key{s.Model, p.Name}
			if values[k] == nil {
				values[k] = map[string]bool{}
			}
			values[k][paramText(p.Name, p.Value)] = true
		}
	}
	shared := func(s *score.Series, p score.Param) bool {
		return count[s.Model] > 1 && len(values[key{s.Model, p.Name}]) == 1
	}
	row := func(who, model string, p score.Param, value string) []string {
		return []string{who, model, paramWord(p.Name), value, paramMeaning(p.Name, p.Value)}
	}
	owns := make([][]score.Param, len(series))
	for i, s := range series {
		for _, p := range s.Params {
			if !shared(s, p) {
				owns[i] = append(owns[i], p)
			}
		}
	}
	table := [][]string{{"Dyad", "Model", "Parameter", "Value", "Meaning"}}
	for _, m := range models {
		var of []int // the model's series
		for i, s := range series {
			if s.Model == m {
				of = append(of, i)
			}
		}
		first := series[of[0]]
		if len(of) > 1 {
			for _, p := range first.Params {
				if shared(first, p) {
					table = append(table, row("All dyads", m, p, paramText(p.Name, p.Value)))
				}
			}
		}
		if len(of) > 1 && len(owns[of[0]]) > 0 && sameNames(owns, of) {
			// Every dyad has the same parameters of its own: one row per
			// parameter lists the dyads' values.
			for k, p := range owns[of[0]] {
				var parts []string
				for _, i := range of {
					parts = append(parts, series[i].Dyad.String()+nbsp+paramText(p.Name, owns[i][k].Value))
				}
				table = append(table, row("Each dyad", m, p, strings.Join(parts, "; ")))
			}
			continue
		}
		for _, i := range of {
			s := series[i]
			for _, p := range owns[i] {
				table = append(table, row(dyadName(s.Dyad), m, p, paramText(p.Name, p.Value)))
			}
			if len(s.Params) == 0 {
				table = append(table, []string{dyadName(s.Dyad), m, dash, dash, dash})
			}
		}
	}
	return table
}

// sameNames says whether the parameter lists owns[i] of the series of
// indices of name the same parameters in the same order.
func sameNames(owns [][]score.Param, of []int) bool {
	for _, i := range of[1:] {
		if len(owns[i]) != len(owns[of[0]]) {
			return false
		}
		for k, p := range owns[i] {
			if p.Name != owns[of[0]][k].Name {
				return false
			}
		}
	}
	return true
}

// fitted are the parameters that are estimates fitted to a dyad's data
// (the state-space index's variances and their ratio), not settings: they
// are written to two significant digits (paramText).
var fitted = map[string]bool{"q": true, "q_trend": true, "sigma2": true, "mean_log_psi": true}

// paramText formats one parameter by the report's rounding rule
// (format.go): the starting level, a value on the scale, to 0.1; whole
// numbers as they are; a fitted estimate under 100 (fitted: a variance
// the data leave uncertain by far more than a third digit) to two
// significant digits; any other value, a setting, to three.
func paramText(name string, v float64) string {
	switch {
	case name == "start":
		return num(v, scaleDecimals)
	case fitted[name] && v != 0 && math.Abs(v) < 100:
		// two significant digits, trailing zeros kept (−3.0, not −3),
		// counted after rounding: 9.96 rounds to 10 (not "10.0")
		d := max(0, 1-int(math.Floor(math.Log10(math.Abs(v)))))
		if r := math.Abs(rounded(v, d)); r > 0 && d > 0 && math.Floor(math.Log10(r)) > math.Floor(math.Log10(math.Abs(v))) {
			d--
		}
		return num(v, d)
	case v == math.Trunc(v) && math.Abs(v) < 1e9:
		return num(v, 0)
	}
	return sig(v, 3)
}
