package score

import (
	"math"
)

// The Kalman filter and Rauch–Tung–Striebel smoother of the state-space
// index, in plain float64 loops: the models are scalar (local level) or
// 2×2 (local linear trend), where gonum/mat's general matrices would cost
// a hundred times more than the arithmetic.
//
// Observation model, for every period t with events:
//
//	y_t = x_t + ε_t,   ε_t ~ N(0, σ²/n_t)
//
// y_t is the period's weighted mean Goldstein weight and n_t its effective
// number of events. A period is missing — prediction only, its variance
// grows by q — when n_t <= 0 or y_t or n_t is NaN.
//
// Local level:          x_t = x_{t−1} + η_t,           η_t ~ N(0, q)
// Local linear trend:   x_t = x_{t−1} + β_{t−1} + η_t,  η_t ~ N(0, q)
//                       β_t = β_{t−1} + ζ_t,            ζ_t ~ N(0, q_β)
//
// Initialisation is diffuse. For the local level it is exact: the first
// observed period gives x = y with variance σ²/n, and the log-likelihood
// counts the observations after it. For the trend the first observation
// gives the level as above and a slope of 0 with variance κ = 1e6·σ² (a
// standard deviation of a thousand σ per period: no information), and the
// log-likelihood counts the observations after the second. Periods before
// the first observation have NaN outputs.
//
// The log-likelihood is the prediction-error decomposition
//
//	log L = −½ Σ_t [log 2π + log F_t + v_t²/F_t]
//
// with v_t = y_t − ŷ_{t|t−1} and F_t its variance.

// diffuseKappa is the slope prior variance of the trend model, in units of σ².
const diffuseKappa = 1e6

const log2Pi = 1.8378770664093453 // log(2π)

func missing(y, n float64) bool { return !(n > 0 && n <= math.MaxFloat64) || y != y }

// LevelFilter is the local-level Kalman filter (see the package
// documentation of the state-space index): state variance Q ≥ 0 and
// observation variance Sigma2 > 0 per unit of n; Smooth asks for the
// smoothed rather than the filtered state. TrendFilter is its
// local-linear-trend counterpart.
type LevelFilter struct {
	Q, Sigma2 float64
	Smooth    bool
}

// Run filters y and n (n the evidence of each period; a period with n ≤ 0
// or y NaN is missing) and writes the state mean and variance of every
// period into mean and variance (destination first; NaN before the first
// observation): the smoothed estimates when f.Smooth is set, the filtered
// ones otherwise. It returns the exact diffuse log-likelihood and the
// number of observations it counts (observed periods − 1). It does not
// allocate. It panics if the slices differ in length or Q < 0 or
// Sigma2 ≤ 0 (programmer misuse).
func (f *LevelFilter) Run(mean, variance, y, n []float64) (loglik float64, m int) {
	q, sigma2, smooth := f.Q, f.Sigma2, f.Smooth
	if len(n) != len(y) || len(mean) != len(y) || len(variance) != len(y) {
		panic("score: LevelFilter.Run: slices differ in length")
	}
	if !(q >= 0) || !(sigma2 > 0) || math.IsInf(q, 0) || math.IsInf(sigma2, 0) {
		panic("score: LevelFilter.Run: need Q >= 0 and Sigma2 > 0, both finite")
	}
	var c levelCore
	first := -1
	for t := range y {
		c.step(y[t], n[t], q, sigma2)
		if !c.started {
			mean[t], variance[t] = math.NaN(), math.NaN()
			continue
		}
		if first < 0 {
			first = t
		}
		mean[t], variance[t] = c.x, c.P
	}
	if first < 0 {
		return math.NaN(), 0
	}
	if smooth {
		rtsLevel(mean[first:], variance[first:len(mean)], q)
	}
	return c.loglik(), c.m
}

// rtsLevel runs the Rauch–Tung–Striebel smoother of the local level in
// place over filtered means and variances (no NaN): m1 and v1 hold the
// smoothed state of t+1 while the filtered state of t is read.
func rtsLevel(ms, vs []float64, q float64) {
	vs = vs[:len(ms)]
	m1, v1 := ms[len(ms)-1], vs[len(ms)-1]
	for t := len(ms) - 2; t >= 0; t-- {
		mf, vf := ms[t], vs[t]
		pp := vf + q // P_{t+1|t}
		if pp == 0 {
			ms[t], vs[t] = m1, v1
			continue
		}
		J := vf / pp
		m1 = mf + J*(m1-mf)
		v1 = vf + J*J*(v1-pp)
		if v1 < 0 { // rounding
			v1 = 0
		}
		ms[t], vs[t] = m1, v1
	}
}

// levelCore is the one local-level filter step every caller shares
// (LevelFilter.Run, the likelihood of the ML search, the marginalised index):
// state mean x and variance P after the last step, and the terms of the
// log-likelihood. The zero value is before the first observation.
type levelCore struct {
	x, P    float64
	started bool
	logs    logSum
	sumV2F  float64
	m       int
}

// step advances one period: before the first observation it waits; the
// first observation sets x = y, P = sigma2/n (exact diffuse start); then
// each period predicts (P += q) and, when observed, updates x and P and
// adds log F and v²/F. It reports whether the period was observed.
func (c *levelCore) step(y, n, q, sigma2 float64) bool { return c.stepInput(y, n, q, sigma2, 0) }

// stepInput is step with a known input u added to the state's prediction
// (x_t = x_{t−1} + u_t + η_t); u is ignored before the first observation.
func (c *levelCore) stepInput(y, n, q, sigma2, u float64) bool {
	miss := missing(y, n)
	if !c.started {
		if miss {
			return false
		}
		c.started = true
		c.x, c.P = y, sigma2/n
		return true
	}
	c.P += q
	c.x += u
	if miss {
		return false
	}
	H := sigma2 / n
	F := c.P + H
	inv := 1 / F
	v := y - c.x
	c.logs.add(F)
	c.sumV2F += v * v * inv
	c.m++
	c.x += c.P * inv * v
	c.P = c.P * H * inv
	return true
}

func (c *levelCore) loglik() float64 {
	return -0.5 * (float64(c.m)*log2Pi + c.logs.value() + c.sumV2F)
}

// levelLik is the local-level filter without outputs: it returns Σ log F_t,
// Σ v_t²/F_t and the number of terms.
func levelLik(y, n []float64, q, sigma2 float64) (sumLogF, sumV2F float64, m int) {
	var c levelCore
	for t := range y {
		c.step(y[t], n[t], q, sigma2)
	}
	return c.logs.value(), c.sumV2F, c.m
}

// logSum accumulates Σ log F as the log of running products, flushed to
// the sum before they can overflow or underflow: one math.Log per ~100
// factors instead of one per factor. The result agrees with the direct
// sum to a few ulps.
type logSum struct {
	sum, prod float64
	started   bool
}

func (l *logSum) add(f float64) {
	if !l.started {
		l.prod, l.started = 1, true
	}
	l.prod *= f
	if l.prod > 1e100 || l.prod < 1e-100 {
		l.sum += math.Log(l.prod)
		l.prod = 1
	}
}

func (l *logSum) value() float64 {
	if !l.started {
		return 0
	}
	return l.sum + math.Log(l.prod)
}

// KalmanWork is scratch space for TrendFilter.Run, reused between calls to
// avoid allocation; the zero value is ready. It is not safe for concurrent
// use.
type KalmanWork struct {
	a0, a1, p00, p01, p11 []float64
}

func (w *KalmanWork) grow(n int) {
	if cap(w.a0) < n {
		w.a0 = make([]float64, n)
		w.a1 = make([]float64, n)
		w.p00 = make([]float64, n)
		w.p01 = make([]float64, n)
		w.p11 = make([]float64, n)
	}
	w.a0, w.a1, w.p00, w.p01, w.p11 = w.a0[:n], w.a1[:n], w.p00[:n], w.p01[:n], w.p11[:n]
}

// TrendFilter is the local-linear-trend model (see the package
// documentation of the state-space index): level variance Q, slope
// variance QTrend and observation variance Sigma2 per unit of n; Smooth
// asks for the smoothed rather than the filtered state.
type TrendFilter struct {
	Q, QTrend, Sigma2 float64
	Smooth            bool
}

// TrendState is where TrendFilter.Run writes the level's mean and variance
// and the slope's mean of every period (Slope may be nil); NaN before the
// first observation.
type TrendState struct {
	Mean, Variance, Slope []float64
}

// trendCore is the one local-linear-trend filter step that Run and the
// likelihood of the ML search share.
type trendCore struct {
	l, b, P00, P01, P11 float64
	seen                int
	logs                logSum
	sumV2F              float64
	m                   int
}

// step advances one period; the first observation gives the level as y
// with variance sigma2/n and a slope of 0 with the diffuse variance
// diffuseKappa·sigma2; the likelihood counts observations after the
// second.
func (c *trendCore) step(y, n, q, qTrend, sigma2 float64) {
	miss := missing(y, n)
	if c.seen == 0 {
		if miss {
			return
		}
		c.seen = 1
		c.l, c.b = y, 0
		c.P00, c.P01, c.P11 = sigma2/n, 0, diffuseKappa*sigma2
		return
	}
	c.l += c.b
	c.P00 += 2*c.P01 + c.P11 + q
	c.P01 += c.P11
	c.P11 += qTrend
	if miss {
		return
	}
	H := sigma2 / n
	F := c.P00 + H
	inv := 1 / F
	v := y - c.l
	if c.seen >= 2 {
		c.logs.add(F)
		c.sumV2F += v * v * inv
		c.m++
	}
	c.seen++
	k0, k1 := c.P00*inv, c.P01*inv
	c.l += k0 * v
	c.b += k1 * v
	c.P11 -= c.P01 * k1
	c.P01 -= c.P00 * k1
	c.P00 -= c.P00 * k0
}

// Run filters (and with Smooth, smooths) y and n into dst and returns the
// diffuse log-likelihood and the number of observations it counts
// (observed periods − 2). work may be nil; with a reused work it does not
// allocate. It panics if the slices differ in length or a variance is
// negative (Sigma2 must be positive).
func (f *TrendFilter) Run(dst *TrendState, y, n []float64, work *KalmanWork) (loglik float64, m int) {
	mean, variance, slope := dst.Mean, dst.Variance, dst.Slope
	if len(n) != len(y) || len(mean) != len(y) || len(variance) != len(y) || (slope != nil && len(slope) != len(y)) {
		panic("score: TrendFilter.Run: slices differ in length")
	}
	q, qTrend, sigma2 := f.Q, f.QTrend, f.Sigma2
	if !(q >= 0) || !(qTrend >= 0) || !(sigma2 > 0) || math.IsInf(q, 0) || math.IsInf(qTrend, 0) || math.IsInf(sigma2, 0) {
		panic("score: TrendFilter: need Q, QTrend >= 0 and Sigma2 > 0, all finite")
	}
	if work == nil {
		work = &KalmanWork{}
	}
	work.grow(len(y))
	a0, a1, p00, p01, p11 := work.a0, work.a1, work.p00, work.p01, work.p11
	first := -1
	var c trendCore
	for t := range y {
		c.step(y[t], n[t], q, qTrend, sigma2)
		if c.seen == 0 {
			a0[t] = math.NaN()
			continue
		}
		if first < 0 {
			first = t
		}
		a0[t], a1[t], p00[t], p01[t], p11[t] = c.l, c.b, c.P00, c.P01, c.P11
	}
	if f.Smooth && first >= 0 {
		for t := len(y) - 2; t >= first; t-- {
			// prediction of t+1 from the filtered state at t
			f00, f01, f11 := p00[t], p01[t], p11[t]
			q00 := f00 + 2*f01 + f11 + q
			q01 := f01 + f11
			q11 := f11 + qTrend
			det := q00*q11 - q01*q01
			if !(det > 0) {
				continue
			}
			// P_t T' (T' = [[1,0],[1,1]])
			c00, c01 := f00+f01, f01
			c10, c11 := f01+f11, f11
			// J = P_t T' (P_{t+1|t})^{-1}
			j00 := (c00*q11 - c01*q01) / det
			j01 := (-c00*q01 + c01*q00) / det
			j10 := (c10*q11 - c11*q01) / det
			j11 := (-c10*q01 + c11*q00) / det
			d0 := a0[t+1] - (a0[t] + a1[t])
			d1 := a1[t+1] - a1[t]
			a0[t] += j00*d0 + j01*d1
			a1[t] += j10*d0 + j11*d1
			// P_t|T = P_t + J (P_{t+1|T} − P_{t+1|t}) J'
			e00, e01, e11 := p00[t+1]-q00, p01[t+1]-q01, p11[t+1]-q11
			// M = J E
			m00 := j00*e00 + j01*e01
			m01 := j00*e01 + j01*e11
			m10 := j10*e00 + j11*e01
			m11 := j10*e01 + j11*e11
			p00[t] += m00*j00 + m01*j01
			p01[t] += m00*j10 + m01*j11
			p11[t] += m10*j10 + m11*j11
			if p00[t] < 0 {
				p00[t] = 0
			}
		}
	}
	for t := range y {
		if first < 0 || t < first {
			mean[t], variance[t] = math.NaN(), math.NaN()
			if slope != nil {
				slope[t] = math.NaN()
			}
			continue
		}
		mean[t], variance[t] = a0[t], p00[t]
		if slope != nil {
			slope[t] = a1[t]
		}
	}
	if first < 0 {
		return math.NaN(), 0
	}
	return -0.5 * (float64(c.m)*log2Pi + c.logs.value() + c.sumV2F), c.m
}

// trendLik is the trend filter without outputs: Σ log F, Σ v²/F and the
// number of terms.
func trendLik(y, n []float64, q, qTrend, sigma2 float64) (sumLogF, sumV2F float64, m int) {
	var c trendCore
	for t := range y {
		c.step(y[t], n[t], q, qTrend, sigma2)
	}
	return c.logs.value(), c.sumV2F, c.m
}
