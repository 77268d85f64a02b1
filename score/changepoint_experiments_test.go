package score

// The change-point experiments behind SeriesShifts' doc (the saturation
// undone, and the detectors tried and not kept): opt-in (SHIFTS=…),
// printed, never asserted, like the experiments of experiments_test.go;
// only TestShiftVariantBaseline, which keeps the experiments' copy of the
// rule equal to SeriesShifts, runs by default. Choose on the tuning half
// only: the held-apart figures and the readings of named crises are
// printed with SHIFTS_HELDAPART=1, for the record after a choice.

import (
	"fmt"
	"math"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/entente/entente/chronology"
	"github.com/entente/entente/dataset"
)

// shiftVariant is SeriesShifts' rule before the saturation was undone
// (its zero value: the default ShiftOptions) or a
// detector measured against it. Each principle was stated before it was
// measured:
//
//   - standing (a): detect on the level's standing part S (LevelOptions,
//     "Standing and acute parts"): the relationship as it stands; an acute
//     spike that fades (a prisoner exchange at −8.8) is not a change of
//     level. The moves, the window means and the robust SD are S's; the
//     range is the level's (ownRange: S's own), Before/After the level's.
//   - sat (b): the level's saturation undone, each move measured as the
//     move the same push makes from 0 (shiftMove), so that a blow at −8.6
//     counts as at 0; the window shift of the blip test alike. The MinZ
//     test and the ranking (Gap, Max) stay on the level's own shift,
//     the chart's (rankPush: ranked on the undone shift instead). This is
//     SeriesShifts' rule now.
//   - zOnly (c): the blip test is the window shift against zOnly standard
//     errors of the band (the reading's own uncertainty) instead of the
//     3 robust SDs of the moves, which a volatile pair inflates.
//   - local, past (c): the robust SD of the moves over the moves within
//     ±local periods, or over the past moves (at least 12 of them), so that
//     one volatile spell does not set the threshold of a pair's whole
//     history.
//   - wsd (own): the blip test against wsd robust SDs of the series'
//     window shifts (a change is a window shift unusual among the pair's
//     window shifts, not a monthly move unusual among its monthly moves);
//     the moves need only Share of the range.
//   - k, gap, max: the multiplier of the robust SD (3), Gap and Max, for the
//     neighbourhood of each variant (SHIFTS=robust).
//   - noMinZ, shareWindow, shareMoves switch off the MinZ test and put the
//     blip test and the move test at Share of the range (for SHIFTS=why).
type shiftVariant struct {
	name                string
	standing, ownRange  bool
	sat, rankPush       bool
	zOnly, wsd          float64
	local, past         int
	k                   float64
	gap, max            int
	noMinZ, shareWindow bool
	shareMoves          bool
}

func robustSD(x []float64) float64 {
	if len(x) == 0 {
		return 0
	}
	med := median(x)
	dev := make([]float64, len(x))
	for i, v := range x {
		dev[i] = math.Abs(v - med)
	}
	return 1.482602218505602 * median(dev)
}

// shifts is SeriesShifts' rule (same stages, same order) with the
// variant's changes; standing is the level's standing part (only read by
// a standing variant).
func (v shiftVariant) shifts(s *Series, standing []float64) []ChangePoint {
	o := ShiftOptions{Share: DefaultShiftShare, Gap: DefaultShiftGap, Max: DefaultShiftMax, Chain: DefaultShiftChain,
		Before: DefaultValidateBefore, After: DefaultValidateAfter, MinZ: DefaultShiftMinZ}
	if v.gap > 0 {
		o.Gap = v.gap
	}
	if v.max > 0 {
		o.Max = v.max
	}
	k := v.k
	if k == 0 {
		k = 3
	}
	x := append([]Point(nil), s.Points...) // the detection coordinate
	if v.standing {
		for t := range x {
			if !math.IsNaN(x[t].Value) {
				x[t].Value = standing[t]
			}
		}
	}
	mv := func(a, b float64) float64 {
		if v.sat {
			return shiftMove(s.Saturation, a, b)
		}
		return b - a
	}
	type move struct {
		t, end int
		size   float64
	}
	var moves []move
	var sizes []float64
	lo, hi := math.Inf(1), math.Inf(-1)
	prev := -1
	counted := false
	for t, p := range x {
		counted = counted || p.N > 0
		if math.IsNaN(p.Value) {
			continue
		}
		r := s.Points[t].Value
		if v.ownRange {
			r = p.Value
		}
		lo, hi = math.Min(lo, r), math.Max(hi, r)
		if prev >= 0 {
			d := mv(x[prev].Value, p.Value)
			moves = append(moves, move{t, t, d})
			sizes = append(sizes, d)
		}
		prev = t
	}
	if len(moves) < 2 {
		return nil
	}
	share := o.Share * (hi - lo)
	global := robustSD(sizes)
	thrAt := func(i int) float64 {
		if v.zOnly > 0 || v.wsd > 0 || v.shareMoves {
			return share
		}
		sd := global
		switch {
		case v.local > 0:
			sd = robustSD(sizes[max(0, i-v.local):min(len(sizes), i+v.local+1)])
		case v.past > 0 && i-max(0, i-v.past) >= 12:
			sd = robustSD(sizes[max(0, i-v.past):i])
		}
		return math.Max(share, k*sd)
	}
	var runs []move
	var runThr []float64
	lastT := -1
	for i, m := range moves {
		thr := thrAt(i)
		if !(thr > 0) || math.Abs(m.size) < thr || (counted && s.Points[m.t].N == 0) {
			continue
		}
		if n := len(runs); n > 0 && m.t-lastT <= o.Chain && (m.size > 0) == (runs[n-1].size > 0) {
			runs[n-1].size += m.size
			runs[n-1].end = m.t
		} else {
			runs = append(runs, m)
			runThr = append(runThr, thr)
		}
		lastT = m.t
	}
	wthr := 0.0
	if v.wsd > 0 {
		var ws []float64
		for t := range x {
			if math.IsNaN(x[t].Value) {
				continue
			}
			if b, a := windowMean(x, t-o.Before, t), windowMean(x, t, t+o.After); !math.IsNaN(a) && !math.IsNaN(b) {
				ws = append(ws, mv(b, a))
			}
		}
		wthr = math.Max(share, v.wsd*robustSD(ws))
	}
	var cand []move
	for i, r := range runs {
		b := windowMean(x, r.t-o.Before, r.t)
		shift := mv(b, windowMean(x, r.t, r.t+o.After))
		lshift := windowMean(s.Points, r.t, r.t+o.After) - windowMean(s.Points, r.t-o.Before, r.t)
		thr := runThr[i]
		if v.wsd > 0 {
			thr = wthr
		}
		if v.shareWindow {
			thr = share
		}
		se := bandSE(s.Points, r.t-o.Before, r.t)
		zs := shift // the shift the MinZ test reads: the level's when undone
		if v.sat {
			zs = lshift
		}
		okZ := v.noMinZ || !(o.MinZ > 0 && math.Abs(zs) < o.MinZ*se)
		if v.zOnly > 0 {
			okZ = !(math.Abs(zs) < v.zOnly*se)
		}
		if shift*r.size > 0 && math.Abs(shift) >= thr && okZ {
			rank := lshift
			if v.rankPush {
				rank = shift
			}
			cand = append(cand, move{r.t, r.end, rank})
		}
	}
	sort.SliceStable(cand, func(i, j int) bool { return math.Abs(cand[i].size) > math.Abs(cand[j].size) })
	var kept []move
	for _, c := range cand {
		ok := true
		for _, kk := range kept {
			if c.t-kk.t < o.Gap && kk.t-c.t < o.Gap {
				ok = false
				break
			}
		}
		if ok {
			kept = append(kept, c)
			if len(kept) == o.Max {
				break
			}
		}
	}
	sort.Slice(kept, func(i, j int) bool { return kept[i].t < kept[j].t })
	out := make([]ChangePoint, len(kept))
	for i, kk := range kept {
		date := s.Points[kk.t].Start
		out[i] = ChangePoint{Index: kk.t, Date: date, FromIndex: kk.t, ToIndex: kk.end, From: date, To: s.Points[kk.end].Start,
			Before: windowMean(s.Points, kk.t-o.Before, kk.t), After: windowMean(s.Points, kk.t, kk.t+o.After),
			Prob: math.NaN(), LocationProb: math.NaN()}
	}
	return out
}

// shiftBench is the level of every dyad of the turning points, with its
// standing part, on the chronology read as the report reads it.
type shiftBench struct {
	tps      []TurningPoint
	dyads    []dataset.Dyad
	series   map[dataset.Dyad]*Series
	standing map[dataset.Dyad][]float64
}

func newShiftBench(t *testing.T) *shiftBench {
	p := chronologyPanelInternal(t)
	b := &shiftBench{tps: ChronologyTurningPoints(chronology.TurningPoints()),
		series: map[dataset.Dyad]*Series{}, standing: map[dataset.Dyad][]float64{}}
	for _, tp := range b.tps {
		d := tp.Dyad.Undirected()
		if _, ok := b.series[d]; ok {
			continue
		}
		s, st, err := (&LevelOptions{}).scoreParts(p, d, true)
		if err != nil {
			if !isDataShortage(err) {
				t.Fatal(err)
			}
			s = nil
		}
		b.series[d], b.standing[d] = s, st
		if s != nil {
			b.dyads = append(b.dyads, d)
		}
	}
	return b
}

// shiftScore is a variant's change-point figure, counted as Validate and
// DefaultShiftMinZ's doc count it: recall over the tuning points (a
// change point of the point's direction within one period), precision
// over every change point of the points' dyads (those at a held-apart
// point among the misses), F1 their harmonic mean.
type shiftScore struct {
	tuning, tuningHit, heldApart, heldApartHit, cps, atTuning, atHeldApart int
	cp                                                                     map[dataset.Dyad][]ChangePoint
}

func (s shiftScore) f1() (p, r, f float64) {
	p, r = float64(s.atTuning)/float64(s.cps), float64(s.tuningHit)/float64(s.tuning)
	return p, r, 2 * p * r / (p + r)
}

func (b *shiftBench) score(v shiftVariant) shiftScore {
	sc := shiftScore{cp: map[dataset.Dyad][]ChangePoint{}}
	for _, d := range b.dyads {
		sc.cp[d] = v.shifts(b.series[d], b.standing[d])
	}
	at := func(tp TurningPoint, c ChangePoint) bool {
		s := b.series[tp.Dyad.Undirected()]
		ti := periodIndex(s, tp.Month)
		return ti >= 0 && abs(c.Index-ti) <= DefaultChangeWithin && c.Shift()*tp.Direction > 0
	}
	for _, tp := range b.tps {
		hit := false
		for _, c := range sc.cp[tp.Dyad.Undirected()] {
			hit = hit || at(tp, c)
		}
		if tp.HeldApart() {
			sc.heldApart++
			if hit {
				sc.heldApartHit++
			}
		} else {
			sc.tuning++
			if hit {
				sc.tuningHit++
			}
		}
	}
	for _, d := range b.dyads {
		for _, c := range sc.cp[d] {
			sc.cps++
			for _, tp := range b.tps {
				if !tp.HeldApart() && tp.Dyad.Undirected() == d && at(tp, c) {
					sc.atTuning++
					break
				}
			}
			for _, tp := range b.tps {
				if tp.HeldApart() && tp.Dyad.Undirected() == d && at(tp, c) {
					sc.atHeldApart++
					break
				}
			}
		}
	}
	return sc
}

// TestShiftVariantBaseline keeps the experiments honest: their copy of
// the rule finds exactly SeriesShifts' change points on every dyad of the
// turning points, with the saturation undone (variant sat) and without
// (the zero variant, the default ShiftOptions).
func TestShiftVariantBaseline(t *testing.T) {
	b := newShiftBench(t)
	for _, c := range []struct {
		v    shiftVariant
		opts *ShiftOptions
	}{{shiftVariant{sat: true}, &ShiftOptions{Unsaturate: true}}, {shiftVariant{}, nil}} {
		for _, d := range b.dyads {
			got, want := c.v.shifts(b.series[d], nil), SeriesShifts(b.series[d], c.opts)
			if len(got) != len(want) {
				t.Fatalf("%s %+v: %d change points, SeriesShifts %d", d, c.v, len(got), len(want))
			}
			for i := range got {
				g, w := got[i], want[i]
				if g.Index != w.Index || g.ToIndex != w.ToIndex || g.Before != w.Before || g.After != w.After {
					t.Errorf("%s %+v: change %d = %+v, SeriesShifts %+v", d, c.v, i, g, w)
				}
			}
		}
	}
}

// shiftVariants are the detectors measured (see shiftVariant).
var shiftVariants = []shiftVariant{
	{name: "raw (the rule before)"},
	{name: "a standing", standing: true},
	{name: "a standing, own range", standing: true, ownRange: true},
	{name: "b SeriesShifts", sat: true},
	{name: "b ranked on pushes", sat: true, rankPush: true},
	{name: "a+b", standing: true, sat: true},
	{name: "c z 1", zOnly: 1},
	{name: "c z 1.5", zOnly: 1.5},
	{name: "c z 2", zOnly: 2},
	{name: "c local 12", local: 12},
	{name: "c local 24", local: 24},
	{name: "c local 36", local: 36},
	{name: "c local 48", local: 48},
	{name: "c past 24", past: 24},
	{name: "c past 36", past: 36},
	{name: "c past 48", past: 48},
	{name: "b+c local 12", sat: true, local: 12},
	{name: "b+c local 24", sat: true, local: 24},
	{name: "b+c local 36", sat: true, local: 36},
	{name: "b+c local 48", sat: true, local: 48},
	{name: "b+c past 24", sat: true, past: 24},
	{name: "b+c past 36", sat: true, past: 36},
	{name: "b+c past 48", sat: true, past: 48},
	{name: "wsd 2", wsd: 2},
	{name: "wsd 3", wsd: 3},
	{name: "b+wsd 2", sat: true, wsd: 2},
}

// TestExperimentShifts prints each variant's change-point figure on the
// tuning half (SHIFTS=1), each variant's spread over its neighbourhood —
// the robust SD's multiplier 2.5, 3, 3.5 × Gap 5, 6, 7 × Max 9, 10, 11
// (SHIFTS=robust) — the stage of SeriesShifts that drops each missed
// tuning point (SHIFTS=why), or every dyad's change points, raw and
// undone (SHIFTS=list). SHIFTS_HELDAPART=1 adds the held-apart figure
// and the readings of named crises (a falling change point within a month
// of Kerch, RUS-UKR 2018-11; Skripal, RUS-USA 2018-03; Ilovaisk, RUS-UKR
// 2014-08; the US–Venezuela rupture, 2019-01), China–United States' count
// of change points and Russia–Ukraine's rising ones.
// go test -run ExperimentShifts -v ./score.
func TestExperimentShifts(t *testing.T) {
	mode := os.Getenv("SHIFTS")
	if mode == "" {
		t.Skip()
	}
	b := newShiftBench(t)
	switch mode {
	case "robust":
		for _, v := range shiftVariants {
			var fs []float64
			var hits []string
			for _, k := range []float64{2.5, 3, 3.5} {
				for _, g := range []int{5, 6, 7} {
					for _, m := range []int{9, 10, 11} {
						w := v
						w.k, w.gap, w.max = k, g, m
						sc := b.score(w)
						_, _, f := sc.f1()
						fs = append(fs, f)
						hits = append(hits, fmt.Sprint(sc.tuningHit))
					}
				}
			}
			sort.Float64s(fs)
			fmt.Printf("%-24s F1 min %.3f median %.3f max %.3f; tuning points %s\n", v.name, fs[0], fs[len(fs)/2], fs[len(fs)-1], strings.Join(hits, " "))
		}
	case "why":
		b.why()
	case "list": // every dyad's change points, raw and undone
		for _, d := range b.dyads {
			for _, v := range []shiftVariant{{name: "raw"}, {name: "undone", sat: true}} {
				var cl []string
				for _, c := range v.shifts(b.series[d], nil) {
					cl = append(cl, fmt.Sprintf("%s%+.1f", c.Date.Format("2006-01"), c.Shift()))
				}
				fmt.Printf("%s %-6s (%d): %s\n", d, v.name, len(cl), strings.Join(cl, " "))
			}
		}
	default:
		for _, v := range shiftVariants {
			sc := b.score(v)
			p, r, f := sc.f1()
			fmt.Printf("%-24s tuning %2d/%d; %3d change points, %2d at a tuning point: P %.3f R %.3f F1 %.3f", v.name, sc.tuningHit, sc.tuning, sc.cps, sc.atTuning, p, r, f)
			if os.Getenv("SHIFTS_HELDAPART") != "" {
				hp, hr := float64(sc.atHeldApart)/float64(sc.cps), float64(sc.heldApartHit)/float64(sc.heldApart)
				fmt.Printf("; held-apart %2d/%d, %d change points at one, F1 %.3f; %s", sc.heldApartHit, sc.heldApart, sc.atHeldApart, 2*hp*hr/(hp+hr), b.readings(sc))
			}
			fmt.Println()
		}
	}
}

// readings says which named crises have a falling change point within a
// month, and counts China–United States' change points and
// Russia–Ukraine's rising ones.
func (b *shiftBench) readings(sc shiftScore) string {
	rusUkr, rusUsa := dataset.Dyad{A: "RUS", B: "UKR"}, dataset.Dyad{A: "RUS", B: "USA"}
	var out []string
	for _, c := range []struct {
		name  string
		d     dataset.Dyad
		month string
	}{
		{"Kerch", rusUkr, "2018-11"}, {"Skripal", rusUsa, "2018-03"}, {"Ilovaisk", rusUkr, "2014-08"},
		{"VEN 2019", dataset.Dyad{A: "USA", B: "VEN"}, "2019-01"},
	} {
		mark := "-"
		for _, cp := range sc.cp[c.d] {
			m := cp.Date.AddDate(0, 1, 0).Format("2006-01") // within a month either side
			if cp.Shift() < 0 && m >= c.month && cp.Date.AddDate(0, -1, 0).Format("2006-01") <= c.month {
				mark = "+"
			}
		}
		out = append(out, c.name+mark)
	}
	up := 0
	for _, cp := range sc.cp[rusUkr] {
		if cp.Shift() > 0 {
			up++
		}
	}
	return fmt.Sprintf("%s; CHN-USA %d, RUS-UKR rising %d", strings.Join(out, " "), len(sc.cp[dataset.Dyad{A: "CHN", B: "USA"}]), up)
}

// why prints the stage of the raw rule (the default ShiftOptions, the rule before
// the saturation was undone) that drops each tuning point
// without its change point: the Max cut, the Gap cut, the MinZ test, the
// blip test (window shift under 3 robust SDs of the moves), the move test
// (no move of 3 robust SDs), or none of them (no move of 5 % of the range
// its way within a month of the point whose window means move its way by
// as much).
func (b *shiftBench) why() {
	count := map[string]int{}
	for _, tp := range b.tps {
		if tp.HeldApart() {
			continue
		}
		s := b.series[tp.Dyad.Undirected()]
		if s == nil {
			count["no series"]++
			continue
		}
		ti := periodIndex(s, tp.Month)
		near := func(cps []ChangePoint) bool {
			for _, c := range cps {
				if ti >= 0 && abs(c.Index-ti) <= DefaultChangeWithin && c.Shift()*tp.Direction > 0 {
					return true
				}
			}
			return false
		}
		var stage string
		switch {
		case near(SeriesShifts(s, nil)):
			stage = "has its change point"
		case near(SeriesShifts(s, &ShiftOptions{Max: 1000})):
			stage = "cut by Max"
		case near(SeriesShifts(s, &ShiftOptions{Max: 1000, Gap: 1})):
			stage = "cut by Gap"
		case near(SeriesShifts(s, &ShiftOptions{Max: 1000, Gap: 1, MinZ: -1})):
			stage = "cut by MinZ"
		case near(shiftVariant{max: 1000, gap: 1, noMinZ: true, shareWindow: true}.shifts(s, nil)):
			stage = "a blip (window shift < 3 SDs)"
		case near(shiftVariant{max: 1000, gap: 1, noMinZ: true, shareWindow: true, shareMoves: true}.shifts(s, nil)):
			stage = "no move of 3 SDs"
		default:
			stage = "no move of 5 % of R its way"
		}
		count[stage]++
		fmt.Printf("%-38s %s\n", stage, tp.Label)
	}
	fmt.Println(count)
}
