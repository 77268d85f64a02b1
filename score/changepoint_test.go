package score

import (
	"errors"
	"math"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/entente/entente/chronology"
	"github.com/entente/entente/dataset"
)

func TestChangePointsHand(t *testing.T) {
	// y = 0,0,0,5,5,5 with σ² = 1 and weight 1, by hand:
	// β = 3·log 6 = 5.38; one change before index 3 costs β and leaves
	// RSS 0, against RSS₀ = 6·2.5² = 37.5 for one mean.
	// Prob = 1/(1 + exp(−(37.5/2 − β/2))) = 1 − 1.0e−7.
	// Location (MinSize 2: splits 2, 3, 4): RSS₁ = 18.75, 0, 18.75, so
	// π(3) = 1/(1 + 2·exp(−18.75/2)) = 0.99983.
	y := []float64{0, 0, 0, 5, 5, 5}
	times := make([]time.Time, len(y))
	for i := range times {
		times[i] = month(2021, time.Month(i+1))
	}
	r, err := ChangePoints(times, y, nil, &ChangeOptions{Sigma2: 1})
	if err != nil {
		t.Fatal(err)
	}
	if !near(r.Penalty, 3*math.Log(6), 1e-12) || len(r.Points) != 1 {
		t.Fatalf("penalty %v, points %+v", r.Penalty, r.Points)
	}
	c := r.Points[0]
	wantProb := 1 / (1 + math.Exp(-(37.5/2 - 1.5*math.Log(6))))
	wantLoc := 1 / (1 + 2*math.Exp(-18.75/2))
	if c.Index != 3 || !c.Date.Equal(month(2021, 4)) || c.Before != 0 || c.After != 5 || c.Shift() != 5 ||
		!near(c.Prob, wantProb, 1e-12) || !near(c.LocationProb, wantLoc, 1e-12) || c.FromIndex != 3 || c.ToIndex != 3 {
		t.Fatalf("change = %+v, want index 3, 0 → 5, prob %v, location prob %v", c, wantProb, wantLoc)
	}
	if len(r.Segments) != 2 || r.Segments[0] != (Segment{0, 3, 0, 3, 3}) || r.Segments[1] != (Segment{3, 6, 5, 3, 3}) {
		t.Fatalf("segments = %+v", r.Segments)
	}
}

func TestRobustSigma2Hand(t *testing.T) {
	// y = 0,1,0,1,0 (w = 1): d = ±1/√2, median 0, MAD 1/√2,
	// σ̂ = 1.4826·0.70711 = 1.04836, σ̂² = 1.09906.
	got := robustSigma2([]float64{0, 1, 0, 1, 0}, []float64{1, 1, 1, 1, 1})
	want := math.Pow(1.482602218505602/math.Sqrt2, 2)
	if !near(got, want, 1e-12) {
		t.Errorf("σ̂² = %v, want %v", got, want)
	}
}

func TestChangePointsSkipsNaN(t *testing.T) {
	// NaN periods are skipped but positions refer to the input.
	nan := math.NaN()
	y := []float64{1, nan, 1, 1, nan, 9, 9, nan, 9}
	r, err := ChangePoints(nil, y, nil, &ChangeOptions{Sigma2: 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Points) != 1 || r.Points[0].Index != 5 || r.N != 6 {
		t.Fatalf("points = %+v (n=%d), want one at input position 5", r.Points, r.N)
	}
	if r.Segments[0].End != 5 || r.Segments[1].Start != 5 || r.Segments[1].End != 9 {
		t.Fatalf("segments = %+v", r.Segments)
	}
	if _, err := ChangePoints(nil, []float64{1, nan, 2}, nil, nil); !errors.Is(err, ErrTooFewObservations) {
		t.Fatalf("short series: %v", err)
	}
	// A constant series has one segment and no change.
	r, err = ChangePoints(nil, []float64{2, 2, 2, 2, 2}, nil, nil)
	if err != nil || len(r.Points) != 0 || len(r.Segments) != 1 || r.Segments[0].Mean != 2 {
		t.Fatalf("constant: %+v %v", r, err)
	}
}

func TestChangePointsPlantedShift(t *testing.T) {
	// Simulation (issue 4): monthly means of Poisson(8) events whose
	// Goldstein weights scatter with sd 3 around a level that drops from
	// +1 to −2 at month 60 of 120 (about 2.8 standard errors of a month's
	// mean); weights are the event counts. The
	// shift must be found within one period, with Prob > 0.9, and no more
	// than one spurious change may appear per series.
	for seed := uint64(1); seed <= 20; seed++ {
		r := rand.New(rand.NewPCG(seed, 2024))
		T := 120
		y := make([]float64, T)
		w := make([]float64, T)
		times := make([]time.Time, T)
		for i := range y {
			times[i] = month(2010, 1).AddDate(0, i, 0)
			level := 1.0
			if i >= 60 {
				level = -2
			}
			k := poisson(r, 8)
			if k == 0 {
				y[i] = math.NaN()
				continue
			}
			s := 0.0
			for j := 0; j < k; j++ {
				s += level + 3*r.NormFloat64()
			}
			y[i], w[i] = s/float64(k), float64(k)
		}
		res, err := ChangePoints(times, y, w, nil)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, c := range res.Points {
			if c.Index >= 59 && c.Index <= 61 && c.Prob > 0.9 && c.Shift() < 0 {
				found = true
			}
		}
		if !found || len(res.Points) > 2 {
			t.Errorf("seed %d: changes %+v; want the shift at 60 ± 1", seed, res.Points)
		}
		// σ̂² estimates the variance of one event (9) from the weighted
		// differences.
		if res.Sigma2 < 9/2.0 || res.Sigma2 > 9*2.0 {
			t.Errorf("seed %d: σ̂² = %v, want near 9", seed, res.Sigma2)
		}
	}
}

func TestChangePointsNoShiftIsQuiet(t *testing.T) {
	// Without a shift the default penalty keeps false alarms rare: over 50
	// white-noise series of 120 values at most 3 spurious changes in all
	// (about one series in a hundred is expected to raise one).
	total := 0
	for seed := uint64(1); seed <= 50; seed++ {
		r := rand.New(rand.NewPCG(seed, 11))
		y := make([]float64, 120)
		for i := range y {
			y[i] = r.NormFloat64()
		}
		res, err := ChangePoints(nil, y, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		total += len(res.Points)
	}
	if total > 3 {
		t.Errorf("%d spurious changes in 50 series without a shift", total)
	}
}

func TestPELTMatchesExhaustive(t *testing.T) {
	// Property: PELT's pruning loses nothing — the optimal-partitioning
	// recursion without pruning gives the same cost on random series
	// with several shifts and MinSize 1..3.
	r := rand.New(rand.NewPCG(9, 9))
	for trial := 0; trial < 40; trial++ {
		n := 10 + r.IntN(40)
		y := make([]float64, n)
		level := 0.0
		for i := range y {
			if r.Float64() < 0.1 {
				level += r.NormFloat64() * 4
			}
			y[i] = level + r.NormFloat64()
		}
		minSize := 1 + r.IntN(3)
		opts := &ChangeOptions{Sigma2: 1, MinSize: minSize}
		res, err := ChangePoints(nil, y, nil, opts)
		if err != nil {
			continue
		}
		got := segCost(y, res.Segments) + res.Penalty*float64(len(res.Points))
		want := exhaustive(y, res.Penalty, minSize)
		if !near(got, want, 1e-9) {
			t.Fatalf("trial %d (n=%d, minSize=%d): PELT cost %v, exhaustive %v", trial, n, minSize, got, want)
		}
	}
}

func segCost(y []float64, segs []Segment) float64 {
	c := 0.0
	for _, s := range segs {
		for i := s.Start; i < s.End; i++ {
			c += (y[i] - s.Mean) * (y[i] - s.Mean)
		}
	}
	return c
}

func exhaustive(y []float64, beta float64, minSize int) float64 {
	n := len(y)
	cost := func(a, b int) float64 {
		m := 0.0
		for i := a; i < b; i++ {
			m += y[i]
		}
		m /= float64(b - a)
		c := 0.0
		for i := a; i < b; i++ {
			c += (y[i] - m) * (y[i] - m)
		}
		return c
	}
	F := make([]float64, n+1)
	F[0] = -beta
	for t := 1; t <= n; t++ {
		F[t] = math.Inf(1)
		for s := 0; s <= t-minSize; s++ {
			if math.IsInf(F[s], 1) || (s > 0 && s < minSize) {
				continue
			}
			F[t] = math.Min(F[t], F[s]+cost(s, t)+beta)
		}
	}
	return F[n]
}

// SeriesShifts on a hand-made path: flat at 0, a jump of +3 in month 5, a
// drift of 0.1 a month, a fall of −4 in month 14 and a smaller jump of +2
// in month 16 (closer than Gap = 6 to the fall, so dropped). The range is
// 0..3.9 + …; the threshold is max(0.05·R, 3·s) with s ≈ 0.15 from the
// moves' MAD, so only the two large moves count.
func TestSeriesShifts(t *testing.T) {
	vals := []float64{0, 0, 0, 0, 0, 3, 3.1, 3.2, 3.3, 3.4, 3.5, 3.6, 3.7, 3.8, -0.2, -0.1, 1.9, 2, 2, 2}
	s := &Series{Points: make([]Point, len(vals))}
	for i, v := range vals {
		s.Points[i] = NewPoint(month(2020, 1).AddDate(0, i, 0))
		s.Points[i].Value = v
	}
	got := SeriesShifts(s, nil)
	if len(got) != 2 || got[0].Index != 5 || got[1].Index != 14 || got[0].ToIndex != 5 || got[1].ToIndex != 14 {
		t.Fatalf("shifts %+v, want months 5 and 14, one move each", got)
	}
	// Before/After: the harness windows, 3 periods each.
	if !near(got[0].Before, 0, 1e-12) || !near(got[0].After, (3+3.1+3.2)/3, 1e-12) || !math.IsNaN(got[0].Prob) {
		t.Errorf("first: %+v", got[0])
	}
	if !near(got[1].Before, (3.6+3.7+3.8)/3, 1e-12) || !near(got[1].After, (-0.2-0.1+1.9)/3, 1e-12) {
		t.Errorf("second: %+v", got[1])
	}
	// With Gap 1 the +2 jump counts too.
	if g := SeriesShifts(s, &ShiftOptions{Gap: 1}); len(g) != 3 || g[2].Index != 16 {
		t.Errorf("gap 1: %+v", g)
	}
	// Runs: a rise of 1 in month 2 and of 2 in month 4 (two periods
	// apart; threshold 0.05·R = 0.05·3 = 0.15 and the MAD of the moves is
	// 0) are two changes with the default Chain 1, the larger (month 4)
	// kept of two closer than Gap 6; with Chain 2 they are one run dated
	// at its onset, month 2, sized 3.
	run := &Series{Points: make([]Point, 10)}
	for i, v := range []float64{0, 0, 1, 1, 3, 3, 3, 3, 3, 3} {
		run.Points[i] = NewPoint(month(2020, 1).AddDate(0, i, 0))
		run.Points[i].Value = v
	}
	if g := SeriesShifts(run, nil); len(g) != 1 || g[0].Index != 4 {
		t.Errorf("chain 1: %+v, want month 4", g)
	}
	// The run spans months 2 to 4: From/FromIndex its onset, To/ToIndex
	// its last move (one-move changes span their own month).
	if g := SeriesShifts(run, &ShiftOptions{Chain: 2}); len(g) != 1 || g[0].Index != 2 || g[0].FromIndex != 2 || g[0].ToIndex != 4 ||
		!g[0].From.Equal(run.Points[2].Start) || !g[0].To.Equal(run.Points[4].Start) {
		t.Errorf("chain 2: %+v, want month 2, running to month 4", g)
	}
	// MinZ: the fall of month 14 shifts the window means by
	// (−0.2−0.1+1.9)/3 − (3.6+3.7+3.8)/3 = 0.533 − 3.7 = −3.167 and the
	// rise of month 5 by 3.1 − 0 = 3.1. With the default MinZ 0.5, bands
	// of ±1.96·2 and ±1.96·3.5 (standard errors 2 and 3.5) keep both
	// (|shift| ≥ 0.5·3.5 = 1.75) and bands of ±1.96·7 drop both (0.5·7 =
	// 3.5 > 3.167); MinZ 1 drops both at standard error 3.5 (3.5 > 3.167);
	// MinZ −1 turns the test off.
	banded := &Series{Points: append([]Point(nil), s.Points...)}
	for _, se := range []struct {
		se, minZ float64
		want     int
	}{{2, 0, 2}, {3.5, 0, 2}, {7, 0, 0}, {3.5, 1, 0}, {7, -1, 2}} {
		for i := range banded.Points {
			p := &banded.Points[i]
			p.Lower, p.Upper = p.Value-1.96*se.se, p.Value+1.96*se.se
		}
		if g := SeriesShifts(banded, &ShiftOptions{MinZ: se.minZ}); len(g) != se.want {
			t.Errorf("standard error %v, MinZ %v: %d changes %+v, want %d", se.se, se.minZ, len(g), g, se.want)
		}
	}
	// Evidence: with events counted (N) the move of month 5 falls in a
	// period without events, so it is drift, not a change; the fall of
	// month 14 has events and stays. Without counts (every N 0) both count.
	counted := &Series{Points: append([]Point(nil), s.Points...)}
	for i := range counted.Points {
		counted.Points[i].N = 1
	}
	counted.Points[5].N = 0
	if g := SeriesShifts(counted, nil); len(g) != 1 || g[0].Index != 14 {
		t.Errorf("counted: %+v, want month 14 only", g)
	}
	// A constant series has none.
	for i := range s.Points {
		s.Points[i].Value = 1
	}
	if g := SeriesShifts(s, nil); len(g) != 0 {
		t.Errorf("constant: %+v", g)
	}
}

// wrappedSaturation hides a saturation's type (pushBetween then bisects).
type wrappedSaturation struct{ Saturation }

// SeriesShifts undoes a series' saturation (the level's Sticky, λ = 0.5):
// a path flat at 0 for six months, a war's fall to −8 (month 6), a blow
// to −8.3 (month 12) and a thaw back to −8.0 (month 18), six months each,
// one event a month. By hand, with R(L) = (9 + λL)/(9 − L) (Sticky: a
// push p multiplies R by exp((1 + λ)p/18); a fall is the mirror of a
// rise):
//
//   - the blow, mirrored 8 → 8.3: R = 13 → 18.7857, p = 12·ln(1.445055) =
//     4.41778; from 0 the same push gives R = 1.445055, L = 9·0.445055 /
//     1.945055 = 2.05934, so the fall of 0.3 counts −2.05934;
//   - the thaw, −8.3 → −8.0: R = 0.280347 → 0.294118, p = 12·ln(1.049120) =
//     0.575412; from 0, L = 9·0.049120/1.549120 = 0.285375: a move away
//     from the bound keeps about its size;
//   - the fall from 0 to −8 counts −8 (from 0 nothing is undone).
//
// The range is 8.3, so Share·R = 0.415; the moves are zeros but three, so
// their MAD is 0 and the threshold is 0.415: undone, the war (month 6) and
// the blow (month 12; window means −8 → −8.3, counted −2.06 ≥ 0.415) are
// changes, six months apart (not closer than Gap 6), and the thaw is not
// (0.285 < 0.415). With the moves as they are (the default, or no Saturation) the
// blow's 0.3 is under the threshold and only the war is a change.
func TestSeriesShiftsSaturation(t *testing.T) {
	if m := shiftMove(Sticky{}, -8, -8.3); !near(m, -2.05934, 1e-4) {
		t.Errorf("blow at −8: %v, want −2.05934", m)
	}
	if m := shiftMove(Sticky{}, -8.3, -8); !near(m, 0.285375, 1e-5) {
		t.Errorf("thaw at −8.3: %v, want +0.285375", m)
	}
	if m := shiftMove(Sticky{}, 0, -8); !near(m, -8, 1e-9) {
		t.Errorf("fall from 0: %v, want −8", m)
	}
	if m := shiftMove(nil, -8, -8.3); !near(m, -0.3, 1e-12) {
		t.Errorf("no saturation: %v, want −0.3", m)
	}
	// Sticky's closed form agrees with the bisection any other saturation
	// gets (hidden behind a wrapper type), and the bisection inverts Step.
	for _, c := range [][2]float64{{-8, -8.3}, {-8.3, -8}, {0, 5}, {6.5, 7.1}, {3, -4}, {-8.99, -5}} {
		closed, bisected := pushBetween(Sticky{}, c[0], c[1]), pushBetween(wrappedSaturation{Sticky{}}, c[0], c[1])
		if !near(closed, bisected, 1e-9*math.Max(1, math.Abs(closed))) || !near(Sticky{}.Step(c[0], closed), c[1], 1e-9) {
			t.Errorf("push %v → %v: closed form %v, bisection %v", c[0], c[1], closed, bisected)
		}
	}
	// At the bound: no push reaches it (Sticky +Inf, the bisection its
	// largest try), and the move counts as a move to the bound from 0.
	if m := shiftMove(Sticky{}, 8, 9); m != 9 {
		t.Errorf("to the bound: %v, want 9", m)
	}
	s := &Series{Saturation: Sticky{}}
	for i := 0; i < 24; i++ {
		p := NewPoint(month(2020, 1).AddDate(0, i, 0))
		p.Value, p.N = []float64{0, -8, -8.3, -8}[i/6], 1
		s.Points = append(s.Points, p)
	}
	got := SeriesShifts(s, &ShiftOptions{Unsaturate: true})
	if len(got) != 2 || got[0].Index != 6 || got[1].Index != 12 {
		t.Fatalf("undone: %+v, want months 6 and 12", got)
	}
	// Before and After stay on the chart: the level's window means.
	if !near(got[1].Before, -8, 1e-12) || !near(got[1].After, -8.3, 1e-12) {
		t.Errorf("the blow: %+v, want −8 → −8.3", got[1])
	}
	raw := SeriesShifts(s, nil)
	plain := &Series{Points: s.Points}
	for _, g := range [][]ChangePoint{raw, SeriesShifts(plain, &ShiftOptions{Unsaturate: true})} {
		if len(g) != 1 || g[0].Index != 6 {
			t.Errorf("moves as they are: %+v, want month 6 only", g)
		}
	}
}

// The well-known crises land in the right months on the level of the
// embedded chronology (issue 11): a fall whose onset is in the crisis's
// window — Crimea (the seizure began in late February 2014, the
// annexation in March), the invasion of February 2022, and China–India's
// 2020 standoff: dated at the Galwan clash of June until chronology v6's
// kind-6 re-audit dated the standoff's first clashes (Pangong Tso, 5 May;
// Naku La, 9 May 2020), which join India's curbs on Chinese investment of
// 17 April and Galwan in one run of consecutive falling months
// (ShiftOptions.Chain), dated at its onset: April to June. A change is
// dated at its run's onset, so the test asks that the run's months
// (From…To, the months the report prints for it) reach into the crisis's
// window: after the kind-6 re-audit Russia–Ukraine's invasion is a run of
// January and February 2022 (Ukraine's sanctions on 24 Russian companies
// of 21 January with the troops massed on the border, then the invasion),
// dated January.
func TestSeriesShiftsCrises(t *testing.T) {
	p := chronologyPanelInternal(t)
	for _, c := range []struct {
		d        dataset.Dyad
		from, to []string
	}{
		{dataset.Dyad{A: "RUS", B: "UKR"}, []string{"2014-02", "2022-02"}, []string{"2014-03", "2022-02"}},
		{dataset.Dyad{A: "RUS", B: "USA"}, []string{"2014-02", "2022-02"}, []string{"2014-03", "2022-02"}},
		{dataset.Dyad{A: "CHN", B: "IND"}.Undirected(), []string{"2020-04"}, []string{"2020-06"}},
	} {
		s, err := (&LevelOptions{}).Score(p, c.d)
		if err != nil {
			t.Fatal(err)
		}
		cps := SeriesShifts(s, nil)
		for i := range c.from {
			found := false
			for _, cp := range cps {
				// The run's months (From..To, which the report prints)
				// reach into the crisis's window.
				if cp.From.Format("2006-01") <= c.to[i] && cp.To.Format("2006-01") >= c.from[i] && cp.Shift() < 0 {
					found = true
				}
			}
			if !found {
				t.Errorf("%s: no fall with its onset in %s…%s (change points %+v)", c.d, c.from[i], c.to[i], cps)
			}
		}
	}
}

func TestLevelEventEffect(t *testing.T) {
	// A strike from an ordinary relationship (L = 0): the documented −1.957
	// (LevelOptions: one strike moves L = 0 to −2.0).
	var o *LevelOptions
	if e := o.EventEffect(0, -10); !near(e, -1.957385, 1e-5) {
		t.Errorf("strike at 0: %v", e)
	}
	if e := o.EventEffect(math.NaN(), 5); !math.IsNaN(e) {
		t.Errorf("NaN level: %v", e)
	}
}

func chronologyPanelInternal(t *testing.T) *Panel {
	t.Helper()
	// read as the report reads it: government to government, with the
	// lasting states the events open and close
	events, _, err := chronology.ReadAsReport()
	if err != nil {
		t.Fatal(err)
	}
	tab := dataset.NewTable(nil)
	for i := range events {
		tab.Add(&events[i])
	}
	p, err := NewPanel(tab.Rows(), &PanelOptions{Lasting: LastingLogFromEvents(events, dataset.WeightOne, nil)})
	if err != nil {
		t.Fatal(err)
	}
	return p
}
