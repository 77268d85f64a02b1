package score

import (
	"math"

	"github.com/entente/entente/dataset"
)

// Default settings of the relationship level.
const (
	DefaultLevelGain   = 0.25
	DefaultLevelHalfN  = 1.0
	DefaultStartPeriod = 12
)

// LevelOptions configure the bounded relationship level; it is a Model. A
// nil *LevelOptions, and every zero field, means the default.
//
// The level L is a state in [−9, +9], read in six grades (see Grades),
// updated once per period from that period's events:
//
//	ḡ_t = Σw·g / Σw                      the period's weighted mean Goldstein weight
//	n_t = (Σw)² / Σw²                    its effective number of events (Stats.NEff)
//	p_t = Gain · (ḡ_t − Center) · n_t / (n_t + HalfN)
//	L_t = Saturation.Step(L_{t−1}, p_t)
//
// The last factor damps periods resting on few events: with weight one and
// HalfN = 1 a single event pushes half as hard as a well-reported month.
// In a period without an event that has a Goldstein weight the level stays
// where it is, or with Decay moves a fraction of the way back to Baseline:
//
//	L_t = Baseline + (1 − Decay)·(L_{t−1} − Baseline).
//
// The start L_0 is Start when FixedStart is set; otherwise it is estimated
// from the first StartPeriods periods with events as
// L_0 = 0.9·(ḡ − Center) clamped to [−9, 9], where ḡ pools those periods
// (ΣΣw·g / ΣΣw): 0.9 maps the Goldstein scale (±10) onto the level's (±9).
//
// The level is meant for monthly periods, the convention of the Tsinghua
// scores it imitates; with other granularities Gain applies per period.
//
// The value of a period is the level after its update; periods before the
// dyad's first event with a Goldstein weight are NaN. The points carry no
// band.
//
// Centre: routine diplomacy has positive Goldstein weights (a consultation
// is +1 to +4), so with Center 0 a dyad reported only through routine
// cooperation rises toward friendly over the years. Set Center — or
// AutoCenter, the panel's pooled mean Goldstein weight — to read the level
// relative to what is usual in the data set.
type LevelOptions struct {
	// Saturation shapes each step (default Proportional).
	Saturation Saturation
	// Gain scales pushes (default DefaultLevelGain = 0.25: a period whose
	// events average −10 moves a level at 0 by about −1.2).
	Gain float64
	// Center is the Goldstein weight that pushes nothing (default 0).
	Center float64
	// AutoCenter uses Panel.MeanGoldstein as Center.
	AutoCenter bool
	// HalfN is the effective number of events at which a period pushes
	// half as hard as one with very many (default 1); negative switches
	// the damping off.
	HalfN float64
	// Start is the starting level when FixedStart is set.
	Start      float64
	FixedStart bool
	// StartPeriods is how many periods with events the estimated start
	// pools (default DefaultStartPeriod = 12).
	StartPeriods int
	// Decay is the fraction of the distance to Baseline the level loses
	// in each period without events, in [0, 1) (default 0: relations do
	// not change without events).
	Decay    float64
	Baseline float64
	// Directed scores A→B only (the panel must be directed).
	Directed bool
}

// Name returns "level".
func (o *LevelOptions) Name() string { return "level" }

func (o *LevelOptions) options() LevelOptions {
	var opt LevelOptions
	if o != nil {
		opt = *o
	}
	if opt.Saturation == nil {
		opt.Saturation = Proportional{}
	}
	if opt.Gain == 0 {
		opt.Gain = DefaultLevelGain
	}
	if opt.HalfN == 0 {
		opt.HalfN = DefaultLevelHalfN
	}
	if opt.StartPeriods == 0 {
		opt.StartPeriods = DefaultStartPeriod
	}
	if !(opt.Decay >= 0 && opt.Decay < 1) {
		panic("score: LevelOptions.Decay must be in [0, 1)")
	}
	if opt.Gain < 0 || math.IsNaN(opt.Gain) || math.IsInf(opt.Gain, 0) {
		panic("score: LevelOptions.Gain must be positive and finite")
	}
	if opt.StartPeriods < 0 {
		panic("score: LevelOptions.StartPeriods must not be negative")
	}
	if opt.FixedStart && !(opt.Start >= -MaxLevel && opt.Start <= MaxLevel) {
		panic("score: LevelOptions.Start must be in [-9, 9]")
	}
	return opt
}

// Score returns the level of dyad d over the panel's grid (see
// LevelOptions). It returns an error wrapping ErrUndirected for a directed
// level on an undirected panel.
func (o *LevelOptions) Score(p *Panel, d dataset.Dyad) (*Series, error) {
	opt := o.options()
	if opt.AutoCenter {
		opt.Center = p.MeanGoldstein()
		if math.IsNaN(opt.Center) {
			opt.Center = 0
		}
	}
	s := p.newSeries(d, opt.Directed, o.Name())
	g := make([]float64, len(s.Points))
	n := make([]float64, len(s.Points))
	for i := range g {
		g[i] = math.NaN()
	}
	var startWG, startGW dataset.Sum
	used := 0
	err := p.view(d, opt.Directed, func(t int, st *dataset.Stats) {
		s.Points[t].N = st.N
		s.Points[t].W = st.W.Float()
		g[t] = st.MeanGoldstein()
		n[t] = st.NEff()
		if !math.IsNaN(g[t]) && used < opt.StartPeriods {
			startWG.Merge(st.WG)
			startGW.Merge(st.GW)
			used++
		}
	})
	if err != nil {
		return nil, err
	}
	start := opt.Start
	if !opt.FixedStart {
		pooled := dataset.Stats{WG: startWG, GW: startGW}
		start = clampLevel(0.9 * (pooled.MeanGoldstein() - opt.Center))
	}
	levelPath(&opt, g, n, start, s.Points)
	s.Params = []Param{
		{"gain", opt.Gain}, {"center", opt.Center}, {"halfn", opt.HalfN},
		{"start", start}, {"decay", opt.Decay}, {"baseline", opt.Baseline},
	}
	return s, nil
}

// LevelPath runs the level over plain slices: g[t] the period's mean
// Goldstein weight (NaN: no events), n[t] its effective number of events,
// from level start; it returns the level after each period (NaN before the
// first period with a weight). opts.Center, Gain, HalfN, Decay, Baseline and
// Saturation apply; Start, FixedStart, StartPeriods and AutoCenter do not.
// It panics if g and n differ in length.
func LevelPath(g, n []float64, start float64, opts *LevelOptions) []float64 {
	if len(g) != len(n) {
		panic("score: LevelPath: g and n differ in length")
	}
	opt := opts.options()
	pts := make([]Point, len(g))
	for i := range pts {
		pts[i].Value = math.NaN()
	}
	levelPath(&opt, g, n, clampLevel(start), pts)
	out := make([]float64, len(g))
	for i := range pts {
		out[i] = pts[i].Value
	}
	return out
}

func levelPath(opt *LevelOptions, g, n []float64, start float64, pts []Point) {
	level := math.NaN()
	for t := range g {
		if math.IsNaN(level) {
			if math.IsNaN(g[t]) {
				continue
			}
			level = start
		}
		if math.IsNaN(g[t]) {
			if opt.Decay > 0 {
				level = opt.Baseline + (1-opt.Decay)*(level-opt.Baseline)
			}
		} else {
			push := opt.Gain * (g[t] - opt.Center)
			if opt.HalfN > 0 {
				push *= n[t] / (n[t] + opt.HalfN)
			}
			level = opt.Saturation.Step(level, push)
		}
		pts[t].Value = level
	}
}

// Range returns the level's bounds, −9 and +9.
func (o *LevelOptions) Range() (lo, hi float64) { return -MaxLevel, MaxLevel }
