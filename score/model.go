package score

import (
	"fmt"
	"strings"

	"github.com/entente/entente/cameo"
	"github.com/entente/entente/dataset"
)

// Model scores one dyad over a panel's grid. *IndexOptions, *LevelOptions
// and *KalmanOptions are Models; ModelByName builds them from names.
type Model interface {
	// Name is the model's name in the tidy output ("goldstein", "kalman").
	Name() string
	// Score returns the dyad's series, one point per period of the grid.
	Score(p *Panel, d dataset.Dyad) (*Series, error)
}

type modelEntry struct {
	name, about string
	make        func() Model
}

var modelTable = []modelEntry{
	{"goldstein", "weighted mean Goldstein weight Σw·g/Σw (−10..10)", func() Model { return &IndexOptions{Measure: MeasureMean} }},
	{"goldstein-sum", "weighted sum of Goldstein weights Σw·g", func() Model { return &IndexOptions{Measure: MeasureSum} }},
	{"goldstein-norm", "Σw·g over the volume of everything A and B did (−10..10)", func() Model { return &IndexOptions{Measure: MeasureSum, Normalize: true} }},
	{"netcoop", "net cooperation (coop − conflict)/total (−1..1)", func() Model { return &IndexOptions{Measure: MeasureNetCoop} }},
	{"netcoop-norm", "(coop − conflict) over the volume of everything A and B did (−1..1)", func() Model { return &IndexOptions{Measure: MeasureNetCoop, Normalize: true} }},
	{"conflict-ratio", "conflict/cooperation ratio K/C", func() Model { return &IndexOptions{Measure: MeasureConflictRatio} }},
	{"share-verbal-coop", "share of verbal cooperation (quad 1)", func() Model { return &IndexOptions{Measure: MeasureQuadShare, Quad: cameo.VerbalCoop} }},
	{"share-material-coop", "share of material cooperation (quad 2)", func() Model { return &IndexOptions{Measure: MeasureQuadShare, Quad: cameo.MaterialCoop} }},
	{"share-verbal-conflict", "share of verbal conflict (quad 3)", func() Model { return &IndexOptions{Measure: MeasureQuadShare, Quad: cameo.VerbalConflict} }},
	{"share-material-conflict", "share of material conflict (quad 4)", func() Model { return &IndexOptions{Measure: MeasureQuadShare, Quad: cameo.MaterialConflict} }},
	{"share-neutral", "share of neutral events (Phoenix quad 0)", func() Model { return &IndexOptions{Measure: MeasureQuadShare, Quad: cameo.Neutral} }},
	{"volume", "the dyad's share of all events involving A or B (0..1)", func() Model { return &IndexOptions{Measure: MeasureVolume} }},
	{"tone", "weighted mean tone", func() Model { return &IndexOptions{Measure: MeasureTone} }},
	{"level", "bounded relationship level (−9..9, six grades)", func() Model { return &LevelOptions{} }},
	{"kalman", "relationship index: local level on each month's net evidence of warming or cooling, marginalised over its variances, filtered (past only), 80/95 % bands", func() Model { return &KalmanOptions{} }},
	{"kalman-smoothed", "the same, smoothed: a retrospective reading that uses later months", func() Model { return &KalmanOptions{Smoothed: true} }},
	{"kalman-mean", "local level on the monthly mean Goldstein weight, pushed by the net evidence as kalman, marginalised, filtered", func() Model { return &KalmanOptions{Observation: ObserveMean} }},
	{"kalman-ml", "local level on the monthly mean Goldstein weight, maximum-likelihood variances, filtered", func() Model { return &KalmanOptions{ML: true, Observation: ObserveMean} }},
	{"kalman-ml-smoothed", "the same, smoothed", func() Model { return &KalmanOptions{ML: true, Observation: ObserveMean, Smoothed: true} }},
	{"trend", "local linear trend on the monthly mean Goldstein weight, maximum likelihood, filtered", func() Model { return &KalmanOptions{Trend: true, Observation: ObserveMean} }},
	{"trend-smoothed", "the same, smoothed", func() Model { return &KalmanOptions{Trend: true, Observation: ObserveMean, Smoothed: true} }},
}

// modelAliases are earlier names that ModelByName still accepts: the
// filtered readings are now the defaults.
var modelAliases = map[string]string{"kalman-filtered": "kalman", "trend-filtered": "trend"}

// ModelNames returns every name ModelByName knows, in a fixed order.
func ModelNames() []string {
	out := make([]string, len(modelTable))
	for i, e := range modelTable {
		out[i] = e.name
	}
	return out
}

// ModelAbout returns a one-line description of a model name ("" if
// unknown).
func ModelAbout(name string) string {
	for _, e := range modelTable {
		if e.name == name {
			return e.about
		}
	}
	return ""
}

// ModelByName returns a new model with default settings for a name of
// ModelNames (case-insensitive; "kalman-filtered" and "trend-filtered",
// earlier names, are aliases of "kalman" and "trend"), or an error
// wrapping ErrUnknownModel.
// The returned value is a *IndexOptions, *LevelOptions or *KalmanOptions
// whose fields may be changed before use.
func ModelByName(name string) (Model, error) {
	n := strings.ToLower(strings.TrimSpace(name))
	if a, ok := modelAliases[n]; ok {
		n = a
	}
	for _, e := range modelTable {
		if e.name == n {
			return e.make(), nil
		}
	}
	return nil, fmt.Errorf("score: %w %q (known: %s)", ErrUnknownModel, name, strings.Join(ModelNames(), ", "))
}
