package score

import (
	"math"
)

// Defaults of the marginalised local-level index (KalmanPrior).
const (
	// DefaultPriorScale is the scale s of the half-Cauchy prior on the
	// state's standard deviation per period relative to one event's,
	// √ψ = √(q/σ²) ~ HalfCauchy(0, s).
	DefaultPriorScale = 0.1
	// DefaultGridSize is the number of log ψ values of the grid.
	DefaultGridSize = 25
	// DefaultGridMin and DefaultGridMax bound the grid of ψ = q/σ².
	DefaultGridMin = 1e-6
	DefaultGridMax = 10.0
	// DefaultSigma2Prior is the prior guess of σ², the variance of one
	// observation around the state: a spread of ±4 Goldstein points.
	DefaultSigma2Prior = 16.0
	// DefaultSigma2Weight is ν₀, the prior's weight in pseudo-observations.
	DefaultSigma2Weight = 2.0
)

// KalmanPrior is the prior of the marginalised local-level index. A nil
// *KalmanPrior, and every zero field, means the default.
//
// The model is the local level of LevelFilter with ψ = q/σ² and σ² unknown.
// Priors:
//
//	√ψ ~ HalfCauchy(0, s)                       (Gelman 2006, "Prior distributions for
//	                                             variance parameters in hierarchical models")
//	σ² | ψ ~ Inv-Gamma(ν₀/2, ν₀·s₀²/2)          (conjugate; ν₀ pseudo-observations of variance s₀²)
//
// Given ψ, every variance of the filter scales with σ², so σ² integrates
// out in closed form (Harvey 1989, §3.4; West & Harrison 1997, §4.5): with
// the filter run at σ² = 1, v_t its one-step prediction errors and F*_t
// their variances over the m observations after the first,
//
//	p(y_{1:t} | ψ) ∝ Π F*_τ^{−1/2} · (ν₀s₀² + Σ v_τ²/F*_τ)^{−(ν₀+m)/2}.
//
// ψ is integrated over a grid of GridSize values, evenly spaced in log ψ
// over [GridMin, GridMax], each weighted by that likelihood times the
// prior density of log ψ (the half-Cauchy density of √ψ times √ψ/2). The
// index's moments are the mixture's: with w_k the weights, m_k and P_k the
// state mean and variance of grid point k and σ²_k = (ν₀s₀² + Σ v²/F*)/(ν₀ + m)
// its σ² estimate,
//
//	mean = Σ w_k m_k,    variance = Σ w_k (σ²_k P_k + m_k²) − mean².
//
// The filtered reading at period t uses weights from the data up to t
// only, so that it never sees the future; the smoothed reading uses the
// weights of the whole series. A dyad with few observations keeps the
// prior's spread over ψ and wide bands; no dyad collapses to a constant,
// because the prior puts little mass on ψ → 0.
type KalmanPrior struct {
	// Scale is s (default DefaultPriorScale = 0.1: a typical monthly
	// change of the state of a tenth of one event's spread).
	Scale float64
	// GridSize, GridMin and GridMax define the grid of ψ (defaults 25,
	// 1e−6 and 10).
	GridSize         int
	GridMin, GridMax float64
	// Sigma2 is s₀² (default DefaultSigma2Prior = 16, a spread of ±4
	// points; not estimated from the dyad's data, which would let a
	// filtered reading learn from later periods) and Sigma2Weight is ν₀
	// (default 2).
	Sigma2       float64
	Sigma2Weight float64
}

func (o *KalmanPrior) options() KalmanPrior {
	var p KalmanPrior
	if o != nil {
		p = *o
	}
	if p.Scale == 0 {
		p.Scale = DefaultPriorScale
	}
	if p.GridSize == 0 {
		p.GridSize = DefaultGridSize
	}
	if p.GridMin == 0 {
		p.GridMin = DefaultGridMin
	}
	if p.GridMax == 0 {
		p.GridMax = DefaultGridMax
	}
	if p.Sigma2Weight == 0 {
		p.Sigma2Weight = DefaultSigma2Weight
	}
	if !(p.Scale > 0) || math.IsInf(p.Scale, 0) || p.GridSize < 1 || !(p.GridMin > 0) || !(p.GridMax >= p.GridMin) ||
		math.IsInf(p.GridMax, 0) || !(p.Sigma2 >= 0) || math.IsInf(p.Sigma2, 0) || !(p.Sigma2Weight > 0) || math.IsInf(p.Sigma2Weight, 0) {
		panic("score: KalmanPrior: Scale, GridMin, GridMax, Sigma2Weight must be positive and finite, GridSize >= 1, Sigma2 >= 0")
	}
	return p
}

// MarginalWork is scratch space for the marginalised index, reused between
// dyads to avoid allocation; the zero value is ready. It is not safe for
// concurrent use.
type MarginalWork struct {
	grid          KalmanPrior // the grid the arrays below were built for
	psi, logPrior []float64
	cores         []levelCore
	logw, w, s2   []float64
	filtX, filtP  []float64 // grid × periods, for the smoother
	sx, sp        []float64
}

func (w *MarginalWork) setup(p *KalmanPrior, periods int, smooth bool) {
	g := p.GridSize
	if w.grid != *p || len(w.psi) != g {
		w.grid = *p
		w.psi = make([]float64, g)
		w.logPrior = make([]float64, g)
		w.cores = make([]levelCore, g)
		w.logw = make([]float64, g)
		w.w = make([]float64, g)
		w.s2 = make([]float64, g)
		lo, hi := math.Log(p.GridMin), math.Log(p.GridMax)
		for k := 0; k < g; k++ {
			lp := lo
			if g > 1 {
				lp = lo + (hi-lo)*float64(k)/float64(g-1)
			}
			w.psi[k] = math.Exp(lp)
			r := math.Sqrt(w.psi[k]) / p.Scale
			// half-Cauchy density of √ψ (up to a constant) × d√ψ/dlog ψ = √ψ/2
			w.logPrior[k] = -math.Log1p(r*r) + 0.5*lp
		}
	}
	for k := range w.cores {
		w.cores[k] = levelCore{}
	}
	if smooth {
		if cap(w.filtX) < g*periods {
			w.filtX = make([]float64, g*periods)
			w.filtP = make([]float64, g*periods)
		}
		w.filtX, w.filtP = w.filtX[:g*periods], w.filtP[:g*periods]
		if cap(w.sx) < periods {
			w.sx = make([]float64, periods)
			w.sp = make([]float64, periods)
		}
		w.sx, w.sp = w.sx[:periods], w.sp[:periods]
	}
}

// marginalSummary reports what the marginalised fit found: the posterior
// mean of log ψ and of σ² and the number of observations after the first.
type marginalSummary struct {
	meanLogPsi, sigma2 float64
	m                  int
	// loglik is the log-likelihood when the grid has one point and σ² is
	// known (fixed variances); NaN otherwise.
	loglik float64
}

// marginalLevel writes the marginalised local-level index of y, n into
// mean and variance (filtered, or smoothed with the whole series' weights)
// with s0 the prior guess s₀² of σ²; when sigma2 > 0 it is σ² itself
// (known) instead. It does not allocate once work has grown.
func marginalLevel(y, n, u []float64, clamp bool, p *KalmanPrior, s0, sigma2 float64, smooth bool, mean, variance []float64, work *MarginalWork) marginalSummary {
	T := len(y)
	work.setup(p, T, smooth)
	g := p.GridSize
	nu := p.Sigma2Weight
	known := sigma2 > 0
	prior := nu * s0
	lw, w, s2 := work.logw, work.w, work.s2
	nan := math.NaN()
	started := false
	dirty := true // the weights need recomputing
	var sum marginalSummary
	for t := 0; t < T; t++ {
		observed := false
		for k := 0; k < g; k++ {
			c := &work.cores[k]
			ut := 0.0
			if u != nil {
				ut = u[t]
			}
			if c.stepInput(y[t], n[t], work.psi[k], 1, ut) {
				observed = true
			}
			if clamp && c.started {
				c.x = math.Max(-10, math.Min(10, c.x))
			}
		}
		if !work.cores[0].started {
			mean[t], variance[t] = nan, nan
			continue
		}
		if !started || observed {
			started = true
			dirty = true
		}
		if dirty {
			mx := math.Inf(-1)
			for k := 0; k < g; k++ {
				c := &work.cores[k]
				m := float64(c.m)
				if known {
					s2[k] = sigma2
					lw[k] = work.logPrior[k] - 0.5*(c.logs.value()+c.sumV2F/sigma2)
				} else {
					ss := prior + c.sumV2F
					s2[k] = ss / (nu + m)
					lw[k] = work.logPrior[k] - 0.5*c.logs.value() - 0.5*(nu+m)*math.Log(ss)
				}
				if lw[k] > mx {
					mx = lw[k]
				}
			}
			var tot float64
			for k := 0; k < g; k++ {
				// e^−40 ≈ 4e−18: below a double's resolution of 1
				if d := lw[k] - mx; d > -40 {
					w[k] = math.Exp(d)
				} else {
					w[k] = 0
				}
				tot += w[k]
			}
			for k := 0; k < g; k++ {
				w[k] /= tot
			}
			dirty = false
		}
		var m1, m2 float64
		for k := 0; k < g; k++ {
			c := &work.cores[k]
			if smooth {
				work.filtX[k*T+t], work.filtP[k*T+t] = c.x, c.P
			}
			if w[k] == 0 {
				continue
			}
			m1 += w[k] * c.x
			m2 += w[k] * (s2[k]*c.P + c.x*c.x)
		}
		mean[t], variance[t] = m1, math.Max(m2-m1*m1, 0)
	}
	if !started {
		return marginalSummary{meanLogPsi: nan, sigma2: nan, loglik: nan}
	}
	for k := 0; k < g; k++ {
		sum.meanLogPsi += w[k] * math.Log(work.psi[k])
		sum.sigma2 += w[k] * s2[k]
	}
	sum.m = work.cores[0].m
	sum.loglik = math.NaN()
	if g == 1 && known {
		c := &work.cores[0]
		m := float64(c.m)
		sum.loglik = -0.5 * (m*log2Pi + m*math.Log(sigma2) + c.logs.value() + c.sumV2F/sigma2)
	}
	if smooth {
		first := 0
		for first < T && math.IsNaN(mean[first]) {
			first++
		}
		for t := first; t < T; t++ {
			mean[t], variance[t] = 0, 0
		}
		for k := 0; k < g; k++ {
			xs := work.filtX[k*T+first : k*T+T]
			ps := work.filtP[k*T+first : k*T+T]
			rtsLevel(xs, ps, work.psi[k])
			for i := range xs {
				mean[first+i] += w[k] * xs[i]
				variance[first+i] += w[k] * (s2[k]*ps[i] + xs[i]*xs[i])
			}
		}
		for t := first; t < T; t++ {
			variance[t] = math.Max(variance[t]-mean[t]*mean[t], 0)
		}
	}
	return sum
}
