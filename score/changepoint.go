package score

import (
	"fmt"
	"math"
	"sort"
	"time"
)

// ChangeOptions configure ChangePoints. A nil *ChangeOptions, and every
// zero field, means the default.
type ChangeOptions struct {
	// Penalty is β, the cost of one more change point, in units of
	// weighted squared deviation (default 3·log(n)·σ̂², see ChangePoints).
	Penalty float64
	// Sigma2 is σ², the variance of an observation of weight 1 around its
	// segment's mean (default: estimated robustly from the differences of
	// neighbouring observations, which a few shifts do not inflate).
	Sigma2 float64
	// MinSize is the fewest observations in a segment (default 2).
	MinSize int
	// Credibility is the mass of the location interval of each change
	// (default 0.9).
	Credibility float64
}

// ChangePoint is one detected change of level.
//
// Index is the position (in the input) of the first observation of the
// new level and Date its time. Before and After are the weighted means of
// the segments on either side. Prob is how sure the change is: the
// Schwarz approximation to the posterior probability that the window
// between the neighbouring change points holds a change rather than none,
//
//	Prob = 1 / (1 + exp(−[(RSS₀ − RSS₁)/(2σ²) − β/(2σ²)])),
//
// with RSS₀ the window's weighted residual sum of squares around one mean
// and RSS₁ around two, split at Index, and β the penalty: with the default
// β = 3·log(n)·σ² this is the BIC approximation (log n for the two extra
// parameters) with prior odds of a change of n^(−1/2):1, so a change worth
// exactly the penalty has Prob = 0.5. From/To (FromIndex/ToIndex) bound the
// central Credibility interval of its location, under the posterior
// π(τ) ∝ exp(−RSS₁(τ)/(2σ²)) over the admissible splits of that window,
// and LocationProb is π at Index. The fields' meaning depends on the
// detector: SeriesShifts sets Prob and LocationProb to NaN and From/To to
// the first and last period of the change's run of moves (see there).
type ChangePoint struct {
	Index              int
	Date               time.Time
	Before, After      float64
	Prob               float64
	FromIndex, ToIndex int
	From, To           time.Time
	LocationProb       float64
}

// Shift returns After − Before.
func (c ChangePoint) Shift() float64 { return c.After - c.Before }

// Segment is a stretch of constant level between change points: input
// positions [Start, End) (End exclusive), its weighted mean and total
// weight and number of observations.
type Segment struct {
	Start, End   int
	Mean, Weight float64
	N            int
}

// ChangeResult is the segmentation of a series.
type ChangeResult struct {
	Points   []ChangePoint
	Segments []Segment
	// Sigma2 and Penalty are the σ² and β used; N the observations.
	Sigma2, Penalty float64
	N               int
}

// ChangePoints finds the changes of level of a series with PELT (pruned
// exact linear time; Killick, Fearnhead and Eckley 2012) minimising
//
//	Σ_segments Σ_i w_i (y_i − ȳ_seg)² + β·(number of changes)
//
// over every segmentation with at least MinSize observations per segment.
//
// The default penalty is β = 3·log(n)·σ̂², the leading term of the modified
// BIC (Zhang and Siegmund 2007), the default of R's changepoint package.
// The plain BIC penalty, 2·log(n)·σ̂², raises a false alarm in roughly one
// white-noise series of 120 periods in ten; 3·log(n) in about one in a
// hundred (see the tests), at the price of missing shifts smaller than
// about 3.8 standard errors of a segment mean.
// values may hold NaN (periods without a value), which are skipped; times
// (optional, nil or one per value) date the changes; weights (optional,
// nil means 1) are the observations' precisions relative to σ² — for
// period means, the effective number of events. It returns an error
// wrapping ErrTooFewObservations when fewer than 2·MinSize values are
// present, and panics if times or weights have the wrong length or a
// weight is negative (programmer misuse).
func ChangePoints(times []time.Time, values, weights []float64, opts *ChangeOptions) (*ChangeResult, error) {
	if times != nil && len(times) != len(values) {
		panic("score: ChangePoints: times and values differ in length")
	}
	if weights != nil && len(weights) != len(values) {
		panic("score: ChangePoints: weights and values differ in length")
	}
	var o ChangeOptions
	if opts != nil {
		o = *opts
	}
	if o.MinSize == 0 {
		o.MinSize = 2
	}
	if o.Credibility == 0 {
		o.Credibility = 0.9
	}
	if o.MinSize < 1 || !(o.Credibility > 0 && o.Credibility < 1) || !(o.Penalty >= 0) || !(o.Sigma2 >= 0) {
		panic("score: ChangeOptions: MinSize >= 1, Credibility in (0, 1), Penalty and Sigma2 >= 0")
	}
	// Compress to the observed values.
	var pos []int
	var y, w []float64
	for i, v := range values {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			continue
		}
		wi := 1.0
		if weights != nil {
			wi = weights[i]
			if !(wi >= 0) || math.IsInf(wi, 0) {
				panic("score: ChangePoints: weights must be finite and not negative")
			}
			if wi == 0 {
				continue
			}
		}
		pos = append(pos, i)
		y = append(y, v)
		w = append(w, wi)
	}
	n := len(y)
	if n < 2*o.MinSize {
		return nil, fmt.Errorf("score: change points: %w: %d values, need %d (2 × MinSize)", ErrTooFewObservations, n, 2*o.MinSize)
	}
	// Prefix sums of w, w·y, w·y².
	S0 := make([]float64, n+1)
	S1 := make([]float64, n+1)
	S2 := make([]float64, n+1)
	for i := 0; i < n; i++ {
		S0[i+1] = S0[i] + w[i]
		S1[i+1] = S1[i] + w[i]*y[i]
		S2[i+1] = S2[i] + w[i]*y[i]*y[i]
	}
	cost := func(a, b int) float64 { // observations a..b−1
		sw := S0[b] - S0[a]
		if sw <= 0 {
			return 0
		}
		s1 := S1[b] - S1[a]
		c := S2[b] - S2[a] - s1*s1/sw
		if c < 0 {
			return 0
		}
		return c
	}
	sigma2 := o.Sigma2
	if sigma2 == 0 {
		sigma2 = robustSigma2(y, w)
	}
	res := &ChangeResult{Sigma2: sigma2, N: n}
	if !(sigma2 > 0) {
		// constant series: a single segment
		res.Penalty = math.Inf(1)
		res.Segments = []Segment{segmentOf(pos, len(values), 0, n, S0, S1)}
		return res, nil
	}
	beta := o.Penalty
	if beta == 0 {
		beta = 3 * math.Log(float64(n)) * sigma2
	}
	res.Penalty = beta

	// PELT. A candidate τ (a change before observation τ) that fails the
	// pruning test at time t can still be the best last change for ends
	// before t + MinSize (t itself is not yet admissible there), so it is
	// dropped only from then on.
	F := make([]float64, n+1)
	last := make([]int, n+1)
	F[0] = -beta
	type cand struct{ tau, expires int }
	R := []cand{{0, n + 1}}
	for t := 1; t <= n; t++ {
		F[t] = math.Inf(1)
		last[t] = -1
		for _, c := range R {
			if t-c.tau < o.MinSize || t >= c.expires || math.IsInf(F[c.tau], 1) {
				continue
			}
			v := F[c.tau] + cost(c.tau, t) + beta
			if v < F[t] {
				F[t], last[t] = v, c.tau
			}
		}
		keep := R[:0]
		for _, c := range R {
			if t-c.tau >= o.MinSize && c.expires > t+o.MinSize && !math.IsInf(F[c.tau], 1) &&
				F[c.tau]+cost(c.tau, t) > F[t] {
				c.expires = t + o.MinSize
			}
			if c.expires > t {
				keep = append(keep, c)
			}
		}
		R = keep
		if !math.IsInf(F[t], 1) {
			R = append(R, cand{t, n + 1})
		}
	}
	var cuts []int
	for t := n; t > 0; t = last[t] {
		if last[t] < 0 {
			break
		}
		if last[t] > 0 {
			cuts = append(cuts, last[t])
		}
	}
	sort.Ints(cuts)
	bounds := append(append([]int{0}, cuts...), n)
	for s := 0; s+1 < len(bounds); s++ {
		res.Segments = append(res.Segments, segmentOf(pos, len(values), bounds[s], bounds[s+1], S0, S1))
	}
	halfPen := beta / (2 * sigma2)
	for c := 1; c+1 < len(bounds); c++ {
		a, tau, b := bounds[c-1], bounds[c], bounds[c+1]
		rss0 := cost(a, b)
		rss1 := cost(a, tau) + cost(tau, b)
		cp := ChangePoint{
			Index:  pos[tau],
			Before: res.Segments[c-1].Mean,
			After:  res.Segments[c].Mean,
			Prob:   1 / (1 + math.Exp(-((rss0-rss1)/(2*sigma2) - halfPen))),
		}
		// Location posterior over the admissible splits of (a, b).
		lo, hi := a+o.MinSize, b-o.MinSize
		best := math.Inf(1)
		for s := lo; s <= hi; s++ {
			best = math.Min(best, cost(a, s)+cost(s, b))
		}
		probs := make([]float64, hi-lo+1)
		total := 0.0
		for s := lo; s <= hi; s++ {
			probs[s-lo] = math.Exp(-(cost(a, s) + cost(s, b) - best) / (2 * sigma2))
			total += probs[s-lo]
		}
		tail := (1 - o.Credibility) / 2
		from, to := -1, -1
		cum := 0.0
		for s := lo; s <= hi; s++ {
			probs[s-lo] /= total
			cum += probs[s-lo]
			if from < 0 && cum > tail {
				from = s
			}
			if to < 0 && cum >= 1-tail {
				to = s
			}
		}
		if to < 0 {
			to = hi
		}
		cp.LocationProb = probs[tau-lo]
		from, to = min(from, tau), max(to, tau)
		cp.FromIndex, cp.ToIndex = pos[from], pos[to]
		if times != nil {
			cp.Date, cp.From, cp.To = times[cp.Index], times[cp.FromIndex], times[cp.ToIndex]
		}
		res.Points = append(res.Points, cp)
	}
	return res, nil
}

// segmentOf describes observations [a, b) in input positions: from the
// first observation's position to just before the next segment's first
// (or the end of the input).
func segmentOf(pos []int, total, a, b int, S0, S1 []float64) Segment {
	end := total
	if b < len(pos) {
		end = pos[b]
	}
	start := pos[a]
	if a == 0 {
		start = 0
	}
	sw := S0[b] - S0[a]
	return Segment{Start: start, End: end, Mean: (S1[b] - S1[a]) / sw, Weight: sw, N: b - a}
}

// robustSigma2 estimates σ² from the scaled differences of neighbouring
// observations, d_i = (y_i − y_{i−1}) / √(1/w_i + 1/w_{i−1}), which have
// variance σ² inside a segment: σ̂ = 1.4826·median|d_i − median d| (the
// normal-consistent MAD), falling back to the standard deviation of d when
// more than half the differences are equal.
func robustSigma2(y, w []float64) float64 {
	if len(y) < 2 {
		return 0
	}
	d := make([]float64, len(y)-1)
	for i := 1; i < len(y); i++ {
		d[i-1] = (y[i] - y[i-1]) / math.Sqrt(1/w[i]+1/w[i-1])
	}
	med := median(d)
	dev := make([]float64, len(d))
	for i, x := range d {
		dev[i] = math.Abs(x - med)
	}
	s := 1.482602218505602 * median(dev)
	if s > 0 {
		return s * s
	}
	var m, ss float64
	for _, x := range d {
		m += x
	}
	m /= float64(len(d))
	for _, x := range d {
		ss += (x - m) * (x - m)
	}
	if len(d) < 2 {
		return 0
	}
	return ss / float64(len(d)-1)
}

func median(x []float64) float64 {
	s := append([]float64(nil), x...)
	sort.Float64s(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

// SeriesChangePoints runs ChangePoints on a series' values and period
// starts, every value weighing 1 (pass weights to ChangePoints to weigh
// periods by their effective number of events). A state-space series is
// smooth by construction: run it on the event-balance index instead.
func SeriesChangePoints(s *Series, opts *ChangeOptions) (*ChangeResult, error) {
	return ChangePoints(s.Times(), s.Values(), nil, opts)
}

// Defaults of ShiftOptions.
const (
	DefaultShiftShare = 0.05
	DefaultShiftGap   = 6
	DefaultShiftMax   = 10
	DefaultShiftChain = 1
)

// ShiftOptions configure SeriesShifts. A nil *ShiftOptions, and
// every zero field, means the default.
type ShiftOptions struct {
	// Share is the smallest move, as a share of the series' range (max −
	// min of its values; default DefaultShiftShare = 0.05, the harness's
	// threshold, see ValidateOptions).
	Share float64
	// Gap is the fewest periods between two change points (default 6):
	// of two changes closer than that only the one with the larger shift
	// of its window means is kept.
	Gap int
	// Chain is the most periods between two moves of one sign that join
	// one run (default DefaultShiftChain = 1: moves in consecutive
	// periods). A move further from the last is a new run.
	Chain int
	// Max is the most change points reported, the largest shifts of
	// their window means first (default DefaultShiftMax = 10). Why 10:
	// on the tuning half of chronology v5 every Max in 8…20 held F1 0.37
	// to 0.39 (8 was kept); after v6's kind-6 re-audit, whose clashes,
	// exercises and shows of force are changes of their own, Max 8 put a
	// change point at 21 of the 70 tuning points (F1 0.252, precision
	// counted as in DefaultShiftMinZ), and every Max from 9 to 20 at 24 to
	// 26 (F1 0.272 to 0.277: 9 0.273, 10 0.273, 11 0.277, 12 to 20
	// 0.272), so the harness rules out 8 but does not choose among the
	// rest. Russia–Ukraine's invasion of February 2022 is the ninth
	// largest of its changes, so it needs 9 or more; from 11 on China–
	// India's section of the PDF report needs a third page. 10 was kept,
	// a judgement within the range the harness allows: about one change in
	// 17 months over 2012–2025. (These figures are with the moves as they
	// are, the default; with Unsaturate, Max 9, 10 and 11 hold 28, 31 and
	// 31 of the 70.)
	Max int
	// Before and After are the windows, in periods, of the means reported
	// on either side of a change (default 3 and 3, as ValidateOptions).
	Before, After int
	// Unsaturate measures each move with the series' Saturation undone
	// (see SeriesShifts, "The saturation undone"): measured on the
	// turning points and not the default, because the held-apart half
	// does not confirm its gain on the tuning half.
	Unsaturate bool
	// MinZ is the smallest shift of a change (After − Before), in
	// standard errors of the series over the Before window: the mean of
	// (Upper − Lower)/(2·1.96) over its points with a 95 % band (default
	// DefaultShiftMinZ = 0.5; negative: no such test). A series without
	// bands there is not tested.
	MinZ float64
}

// DefaultShiftMinZ is ShiftOptions.MinZ's default: a change must move the
// series by at least half a standard error of its own band.
//
// Why a half, not one: the turning-point harness measures whether the
// change points name the documented turning points in their months
// (ValidateOptions.ChangeWithin; PointCheck.Changed). On the tuning half
// of chronology v5's points, read on the level, MinZ 1 put a change
// point within a month of 17 of the 70 points, with 17 of its 40 change
// points at a tuning point; MinZ 0.5 puts one at 28 of 70, with 28 of 76
// (precision counts every change point on the points' dyads, those at a
// held-apart point among the misses, so that the choice never sees the
// held-apart half; F1 against the tuning points 0.31 → 0.38, and 0.38 to 0.39 against
// 0.29 to 0.32 for every Max in 8…20 and Gap 3 or 6; no test, MinZ −1,
// 0.33 to 0.37). The standard error of the level's evidence band is
// large where few events stand behind it, so a test at one standard
// error struck out the documented crises of sparse pairs — India–
// Pakistan's Uri and Balakot strikes (shifts −1.86 and −1.91 against
// standard errors of 2.01 and 2.54), Iran–United States' JCPOA (+1.15
// against 2.13), the US withdrawal of May 2018 (−1.66 against 1.86) and
// the strikes of June 2025 (−1.83 against 1.93). On the held-apart half, which
// the choice did not look at, the level's change points name 28 of 62
// points with MinZ 0.5 against 12 with MinZ 1.
const DefaultShiftMinZ = 0.5

// SeriesShifts finds the changes of a scored series — a state path
// such as the level or the state-space index, which moves in steps when
// events push it — in the series' own units, so that the change points
// sit on the chart of that series and read in its scale. A change is a
// period t whose move x_t − x_{t−1} (over the last earlier value) is at
// least
//
//	max(Share·R, 3·s)
//
// in size, R the range of the series' values and s a robust standard
// deviation of its moves (1.4826 × their median absolute deviation from
// the median), so that neither routine drift nor small series raise
// alarms (with ShiftOptions.Unsaturate, the move is measured with the
// series' saturation undone: below). A run of such moves
// of one sign in consecutive periods (each
// within Chain periods of the last, default 1) is one change dated at its
// first move — the onset (an invasion in February followed by a worse
// March is a change in February); moves further apart are separate
// changes, so that a crisis two months after a smaller step is dated in
// its own month rather than at the step before it. A run is dated at its
// onset even when a later month holds the heavier act: China–India's fall
// of 2020 runs from April (India's screening of Chinese investment) through
// May (the clashes at Pangong Tso and Naku La) to June (Galwan) and is
// dated April; the report lists its drivers by how far each moved the
// series. Of changes
// closer than Gap periods only the largest (by the shift of its window
// means, below) is kept, and at most Max, the largest first; the result
// is in time order.
// A run whose window means (below) do not move its way by at least the
// threshold (measured as the moves are) is a blip and not
// reported; nor is one whose shift After − Before is smaller than MinZ
// (default 0.5) standard errors of the series' band over the Before
// window, (Upper − Lower)/(2·1.96) averaged: a move well inside the
// uncertainty of the reading is not a change (the band and the shift are
// both read on the chart, the saturation left in). A
// month without events also splits a run: its move joins none, so the
// next move starts a new one. A move in a
// period without events (Point.N = 0: drift, decay or a pull toward a
// ceiling) starts or joins no run when the series counts its events (some
// point has N > 0): a change has events behind it. Before and
// After of each change are the series' means over the Before periods
// before t and the After periods from t on (the windows of the turning-
// point harness, ValidateOptions). Index and FromIndex are t, ToIndex
// the run's last period (t for a change of one move), and From and To
// their starts: the months the change ran over, whose events are its
// evidence (China–Venezuela's change of June 2014 is a run of June's
// congratulations and July's state visit, From June To July). Prob and
// LocationProb are NaN (the rule does not say how sure it is). NaN values are
// skipped. A series with fewer than 3 values has no change points.
//
// The saturation undone (ShiftOptions.Unsaturate; measured, not the
// default). With it, the move of a series with a Saturation (the level)
// counts as the move the same push makes from 0,
//
//	m(a, b) = Saturation.Step(0, p),   p the push with Step(a, p) = b,
//
// so that a blow near the bound it pushes toward counts as the blow it
// is. Under the level's Sticky saturation a fall of 0.3 from −8 is a push
// of −4.42 and counts −2.06, while a rise of 0.3 from −8.3, away from the
// bound, counts +0.29 (the worked numbers are TestSeriesShiftsSaturation's).
// Why it was tried: the level's saturation shrinks a new blow's move
// where a pair is already near the bottom of the scale, so that with the
// moves as they are the level's change points miss the crises of
// long-hostile pairs. The US–Venezuela rupture of January 2019
// moved the level −7.35 → −7.74, under the pair's threshold of 0.49;
// undone the fall counts −1.63 against 0.54. Russia's seizure of
// Ukraine's ships in the Kerch Strait (November 2018, −6.66 → −7.66) was
// a change but not among the pair's ten largest, cut by Max after thaws
// such as the ceasefire of July 2020 (+1.65 from −5.62); undone the fall
// counts −3.15, the threshold rises from 0.58 to 1.07 (the pair's falls
// count more) and the ceasefire's window shift, +1.04 undone, is a blip
// under it. Near the top the same holds for rises: China–Russia has 10
// change points (7 with the moves as they are), among them Xi's state
// visit of June 2019. Undone, the level puts a change point within a month of 31 of the 70
// tuning points of the documented turning points (TurningPoint.HeldApart
// false), against 25 with the moves as they are, with 31 of its 116
// change points at a tuning point against 25 of 113 (F1 0.273 → 0.333,
// precision counted as in DefaultShiftMinZ); over the 27 neighbours of
// the defaults (the robust SDs' multiplier 2.5, 3, 3.5 × Gap 5, 6, 7 ×
// Max 9, 10, 11) it holds 25 to 31 where the moves as they are hold 23 to
// 27, and more at each of them. On the held-apart half it names 25 of 62
// points against 26 (F1 0.281 against 0.297, counted alike): the gain does
// not show there (and the held-apart figures of earlier variants had been
// printed before this form was chosen, so the choice is not fully blind
// to that half). That is why it is not the default: a detector that wins
// on the half it was chosen on and not on the other is not shown to
// generalise, it gives China–Russia, a steady friendly pair, ten change
// points and China–United States two, and the report's change points
// would then depend on a saturation that the scores file does not
// record. What it does not
// fix: the Skripal expulsions (March 2018; Russia–United States' falls of
// January and March 2018 count −2.2 and −1.8 undone against a threshold
// of 2.1); Ilovaisk (August 2014: the third month of a run of falls from
// June, dated June and cut by the Gap to February's annexation); and
// China–United States, whose level swings by about ±2 a month: it has 2
// change points (3 as they are), gaining the closure of the consulates (July
// 2020) and losing May 2017, March 2018 and the truce of May 2025 (+2.94
// from −8.33, +2.48 undone), because its many small falls near −8 count
// large undone and raise its threshold from 1.9 to 3.4. Russia–Ukraine's
// rising change points are 5 of its 10 (6 as they are). The blip test reads
// the window shift undone, as the moves; the ranking (Gap, Max) reads the
// shift on the chart, as before: ranked on the undone shift, near-bound
// falls crowd the Max cut (26 of 70).
//
// Detectors tried and not kept (each principle stated before it was
// measured, on the tuning half; the experiments, with their figures, are
// changepoint_experiments_test.go's, SHIFTS=1): detecting on the level's
// standing part S (the relationship as it stands, its acute spikes left
// out; 14 to 16 of 70, 24 with the saturation undone); a blip test
// against the band (the window shift against 1, 1.5 or 2 standard errors
// instead of 3 robust SDs of the moves: 22, 18, 11); a robust SD over a
// local window of ±12 to ±48 months or over the past 24 to 48 months, so
// that one volatile spell does not set a pair's threshold (25 to 27; with
// the saturation undone 28 to 32, F1 0.296 to 0.333, medians over the
// neighbours 0.296 to 0.323 against the saturation alone's 0.308: one
// more parameter for no clear gain); a blip test against the spread of
// the series' window shifts rather than of its monthly moves (18 to 23;
// 26 with the saturation undone).
func SeriesShifts(s *Series, opts *ShiftOptions) []ChangePoint {
	var o ShiftOptions
	if opts != nil {
		o = *opts
	}
	if o.Share == 0 {
		o.Share = DefaultShiftShare
	}
	if o.Gap == 0 {
		o.Gap = DefaultShiftGap
	}
	if o.Max == 0 {
		o.Max = DefaultShiftMax
	}
	if o.Chain == 0 {
		o.Chain = DefaultShiftChain
	}
	if o.Before == 0 {
		o.Before = DefaultValidateBefore
	}
	if o.After == 0 {
		o.After = DefaultValidateAfter
	}
	if o.MinZ == 0 {
		o.MinZ = DefaultShiftMinZ
	}
	if math.IsNaN(o.MinZ) {
		panic("score: ShiftOptions: MinZ is NaN")
	}
	if !(o.Share > 0) || o.Gap < 1 || o.Chain < 1 || o.Max < 1 || o.Before < 1 || o.After < 1 {
		panic("score: ShiftOptions: Share must be positive, Gap, Chain, Max, Before and After at least 1")
	}
	var sat Saturation
	if o.Unsaturate {
		sat = s.Saturation
	}
	type move struct {
		t, end int // the run's first and last period
		size   float64
	}
	var moves []move
	var sizes []float64
	lo, hi := math.Inf(1), math.Inf(-1)
	prev := -1
	counted := false
	for t, p := range s.Points {
		counted = counted || p.N > 0
		if math.IsNaN(p.Value) {
			continue
		}
		lo, hi = math.Min(lo, p.Value), math.Max(hi, p.Value)
		if prev >= 0 {
			d := shiftMove(sat, s.Points[prev].Value, p.Value)
			moves = append(moves, move{t, t, d})
			sizes = append(sizes, d)
		}
		prev = t
	}
	if len(moves) < 2 {
		return nil
	}
	med := median(append([]float64(nil), sizes...))
	dev := make([]float64, len(sizes))
	for i, x := range sizes {
		dev[i] = math.Abs(x - med)
	}
	thr := math.Max(o.Share*(hi-lo), 3*1.482602218505602*median(dev))
	if !(thr > 0) {
		return nil
	}
	// Runs of qualifying moves of one sign, each within Chain periods of
	// the previous, are one change: dated at the run's first move (the
	// onset), sized by the run's total.
	var runs []move
	lastT := -1
	for _, m := range moves {
		if math.Abs(m.size) < thr || (counted && s.Points[m.t].N == 0) {
			continue
		}
		if n := len(runs); n > 0 && m.t-lastT <= o.Chain && (m.size > 0) == (runs[n-1].size > 0) {
			runs[n-1].size += m.size
			runs[n-1].end = m.t
		} else {
			runs = append(runs, m)
		}
		lastT = m.t
	}
	// A run whose window means (Before, After) do not move its way by at
	// least the threshold is a blip, not a change of level.
	// Candidates are ranked by that shift of the window means, not by the
	// run's own move: near a bound the saturation shrinks a crisis's
	// monthly move (Russia–Ukraine's invasion month moved −0.7 from −6.9)
	// while a thaw's spike is large and fades (a prisoner exchange at −8.8
	// moved +1.5), and the shift is what the table prints and the harness
	// measures.
	// The blip test measures the window shift as the moves (the
	// saturation undone); the MinZ test and the ranking read it on the
	// series' own scale, the chart's.
	var cand []move
	for _, r := range runs {
		before := windowMean(s.Points, r.t-o.Before, r.t)
		shift := windowMean(s.Points, r.t, r.t+o.After) - before
		moved := shiftMove(sat, before, before+shift)
		if moved*r.size > 0 && math.Abs(moved) >= thr && !(o.MinZ > 0 && math.Abs(shift) < o.MinZ*bandSE(s.Points, r.t-o.Before, r.t)) {
			cand = append(cand, move{r.t, r.end, shift})
		}
	}
	sort.SliceStable(cand, func(i, j int) bool { return math.Abs(cand[i].size) > math.Abs(cand[j].size) })
	var kept []move
	for _, c := range cand {
		ok := true
		for _, k := range kept {
			if c.t-k.t < o.Gap && k.t-c.t < o.Gap {
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
	for i, k := range kept {
		date := s.Points[k.t].Start
		out[i] = ChangePoint{Index: k.t, Date: date, FromIndex: k.t, ToIndex: k.end, From: date, To: s.Points[k.end].Start,
			Before: windowMean(s.Points, k.t-o.Before, k.t), After: windowMean(s.Points, k.t, k.t+o.After),
			Prob: math.NaN(), LocationProb: math.NaN()}
	}
	return out
}

// shiftMove is a move a → b as SeriesShifts measures it: b − a, or, with
// a saturation, the move the same push makes from 0,
//
//	sat.Step(0, p)   with p such that sat.Step(a, p) = b,
//
// so that a move near the bound it goes toward counts as the push behind
// it (NaN propagates).
func shiftMove(sat Saturation, a, b float64) float64 {
	if sat == nil || a == b || math.IsNaN(a) || math.IsNaN(b) {
		return b - a
	}
	return sat.Step(0, pushBetween(sat, a, b))
}

// pushBetween returns the push p with sat.Step(a, p) = b: for Sticky in
// closed form (Sticky's R = (9 + λL)/(9 − L) is multiplied by
// exp((1 + λ)p/18), so p = 18/(1 + λ)·ln(R(b)/R(a)) for a rise, and a fall
// is the mirror of a rise; +Inf at the bound), for any other saturation by
// bisection (a Saturation's Step rises with the push), a b that no push
// reaches (a bound) giving the largest push tried, ±2²¹ (the first doubling past 2²⁰).
func pushBetween(sat Saturation, a, b float64) float64 {
	if st, ok := sat.(Sticky); ok {
		lam := st.lambda()
		up := func(a, b float64) float64 {
			r := func(l float64) float64 { l = clampLevel(l); return (MaxLevel + lam*l) / (MaxLevel - l) }
			return 2 * MaxLevel / (1 + lam) * math.Log(r(b)/r(a))
		}
		if b < a {
			return -up(-a, -b)
		}
		return up(a, b)
	}
	sign := 1.0
	if b < a {
		sign = -1
	}
	short := func(p float64) bool { return sign*(sat.Step(a, sign*p)-b) < 0 }
	hi := 1.0
	for short(hi) {
		if hi *= 2; hi > 1<<20 {
			return sign * hi
		}
	}
	lo := 0.0
	for i := 0; i < 50; i++ {
		mid := (lo + hi) / 2
		if short(mid) {
			lo = mid
		} else {
			hi = mid
		}
	}
	return sign * (lo + hi) / 2
}

// bandSE is the mean standard error (Upper − Lower)/(2·1.96) of the points
// in [a, b) (clipped to the series) that have a 95 % band; 0 when none has
// one (no test).
func bandSE(pts []Point, a, b int) float64 {
	var sum float64
	var k int
	for i := max(a, 0); i < min(b, len(pts)); i++ {
		if pts[i].HasBand() {
			sum += (pts[i].Upper - pts[i].Lower) / (2 * 1.96)
			k++
		}
	}
	if k == 0 {
		return 0
	}
	return sum / float64(k)
}
