package score

import (
	"fmt"
	"math"

	"github.com/entente/entente/cameo"
	"github.com/entente/entente/dataset"
)

// Measure is an event-balance index of one dyad-period, computed from its
// sums (dataset.Stats). With w the event weight chosen at aggregation
// (dataset.Weight), g the Goldstein weight, C = Σw over cooperative events
// (quad classes 1 and 2), K = Σw over conflictual events (3 and 4), W = Σw
// over every event, and V = Σw over every event between A or B and any
// other country (see Panel.Volume):
//
//	MeasureMean           Σw·g / Σw              (events with a Goldstein weight; −10..10)
//	MeasureSum            Σw·g                   (unbounded; grows with coverage)
//	MeasureNetCoop        (C − K) / W            (−1..1)
//	MeasureConflictRatio  K / C                  (0..∞; NaN when C = 0)
//	MeasureQuadShare      Σw of one quad / W     (0..1)
//	MeasureVolume         W / V                  (0..1: the dyad's share of A's and B's activity)
//	MeasureTone           Σw·tone / Σw           (events with a tone)
//
// With IndexOptions.Normalize, MeasureSum becomes Σw·g / V (−10..10) and
// MeasureNetCoop (C − K) / V (−1..1): their denominators become the volume
// of everything A and B did with anyone in the period, so that growing media
// coverage of both countries does not read as growing cooperation.
type Measure int8

const (
	MeasureMean Measure = iota
	MeasureSum
	MeasureNetCoop
	MeasureConflictRatio
	MeasureQuadShare
	MeasureVolume
	MeasureTone
)

var measureNames = [...]string{
	MeasureMean:          "goldstein",
	MeasureSum:           "goldstein-sum",
	MeasureNetCoop:       "netcoop",
	MeasureConflictRatio: "conflict-ratio",
	MeasureQuadShare:     "share",
	MeasureVolume:        "volume",
	MeasureTone:          "tone",
}

// String returns the measure's model name stem ("goldstein", "netcoop", …).
func (m Measure) String() string {
	if m < 0 || int(m) >= len(measureNames) {
		return fmt.Sprintf("Measure(%d)", int8(m))
	}
	return measureNames[m]
}

// Range returns the bounds of the measure's values (for normalised
// measures when normalized is set); ±Inf where unbounded. Alignment uses it
// as the natural range of a profile.
func (m Measure) Range(normalized bool) (lo, hi float64) {
	switch m {
	case MeasureMean:
		return -10, 10
	case MeasureSum:
		if normalized {
			return -10, 10
		}
		return math.Inf(-1), math.Inf(1)
	case MeasureNetCoop:
		return -1, 1
	case MeasureConflictRatio:
		return 0, math.Inf(1)
	case MeasureQuadShare, MeasureVolume:
		return 0, 1
	case MeasureTone:
		return -100, 100
	}
	return math.Inf(-1), math.Inf(1)
}

// quadSlugs are the model-name suffixes of the quad shares.
var quadSlugs = [cameo.NumQuads]string{"unknown", "verbal-coop", "material-coop", "verbal-conflict", "material-conflict", "neutral"}

// IndexOptions configure an event-balance index; it is a Model. A nil
// *IndexOptions means MeasureMean (the weighted mean Goldstein weight),
// undirected, not normalised.
//
// Periods without events (or, for the Goldstein and tone measures, without
// an event that has a weight or tone) have a NaN value; they stay in the
// series. N and W of each point are the period's event count and Σw.
type IndexOptions struct {
	Measure Measure
	// Quad is the class whose share MeasureQuadShare reports.
	Quad cameo.Quad
	// Normalize divides MeasureSum and MeasureNetCoop by the pair's volume
	// V instead (see Measure). Setting it for another measure panics.
	Normalize bool
	// Directed scores A→B only (the panel must be directed); the default
	// pools both directions.
	Directed bool
}

// Name returns the model name: the measure's stem, "share-<quad>" for a
// quad share ("share-material-conflict"), and "-norm" appended when
// normalised ("goldstein-norm" for the normalised sum, "netcoop-norm").
func (o *IndexOptions) Name() string {
	opt := o.options()
	switch {
	case opt.Measure == MeasureQuadShare:
		return "share-" + quadSlugs[opt.Quad]
	case opt.Normalize && opt.Measure == MeasureSum:
		return "goldstein-norm"
	case opt.Normalize:
		return opt.Measure.String() + "-norm"
	}
	return opt.Measure.String()
}

func (o *IndexOptions) options() IndexOptions {
	if o == nil {
		return IndexOptions{}
	}
	if o.Measure < 0 || int(o.Measure) >= len(measureNames) {
		panic(fmt.Sprintf("score: IndexOptions.Measure %d is not a declared Measure", int8(o.Measure)))
	}
	if o.Normalize && o.Measure != MeasureSum && o.Measure != MeasureNetCoop {
		panic("score: IndexOptions.Normalize applies to MeasureSum and MeasureNetCoop only, not " + o.Measure.String())
	}
	if o.Quad < 0 || int(o.Quad) >= cameo.NumQuads {
		panic(fmt.Sprintf("score: IndexOptions.Quad %d is not a declared cameo.Quad", int8(o.Quad)))
	}
	return *o
}

// Range returns the natural bounds of the index (see Measure.Range).
func (o *IndexOptions) Range() (lo, hi float64) {
	opt := o.options()
	return opt.Measure.Range(opt.Normalize)
}

// Score returns the index of dyad d for every period of the panel's grid.
// It returns an error wrapping ErrUndirected for a directed index on an
// undirected panel. A dyad without events gives a series of NaN values.
func (o *IndexOptions) Score(p *Panel, d dataset.Dyad) (*Series, error) {
	opt := o.options()
	s := p.newSeries(d, opt.Directed, o.Name())
	var vol []float64
	if opt.Normalize || opt.Measure == MeasureVolume {
		vol = make([]float64, len(p.periods))
		p.pairVolumes(d, vol)
	}
	err := p.view(d, opt.Directed, func(t int, st *dataset.Stats) {
		pt := &s.Points[t]
		pt.N = st.N
		pt.W = st.W.Float()
		v := 0.0
		if vol != nil {
			v = vol[t]
		}
		pt.Value = indexValue(&opt, st, v)
	})
	if err != nil {
		return nil, err
	}
	for i := range s.Points {
		if s.Points[i].N == 0 {
			s.Points[i].W = 0
		}
	}
	return s, nil
}

// IndexValue returns one dyad-period's index from its statistics; volume
// is V, the pair's volume, needed only by the normalised measures and
// MeasureVolume (NaN when it is not positive). NaN where the measure is not
// defined (see Measure).
func IndexValue(opts *IndexOptions, s *dataset.Stats, volume float64) float64 {
	opt := opts.options()
	return indexValue(&opt, s, volume)
}

func indexValue(o *IndexOptions, s *dataset.Stats, volume float64) float64 {
	nan := math.NaN()
	if s.N == 0 {
		return nan
	}
	div := func(a, b float64) float64 {
		if !(b > 0) {
			return nan
		}
		return a / b
	}
	switch o.Measure {
	case MeasureMean:
		return s.MeanGoldstein()
	case MeasureSum:
		if s.GW.IsZero() {
			return nan
		}
		if o.Normalize {
			return div(s.WG.Float(), volume)
		}
		return s.WG.Float()
	case MeasureNetCoop:
		c := s.Quad[cameo.VerbalCoop].Float() + s.Quad[cameo.MaterialCoop].Float()
		k := s.Quad[cameo.VerbalConflict].Float() + s.Quad[cameo.MaterialConflict].Float()
		if o.Normalize {
			return div(c-k, volume)
		}
		return div(c-k, s.W.Float())
	case MeasureConflictRatio:
		c := s.Quad[cameo.VerbalCoop].Float() + s.Quad[cameo.MaterialCoop].Float()
		k := s.Quad[cameo.VerbalConflict].Float() + s.Quad[cameo.MaterialConflict].Float()
		return div(k, c)
	case MeasureQuadShare:
		return s.QuadShare(o.Quad)
	case MeasureVolume:
		return div(s.W.Float(), volume)
	case MeasureTone:
		return s.MeanTone()
	}
	return nan
}
