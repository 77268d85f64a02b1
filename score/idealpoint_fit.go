package score

import (
	"math"
	"sync"
)

// The fitting machinery of FitIdealPoints: the ordered-logit terms of one
// vote, the Newton step of one roll call (three parameters) and of one
// country (its chain of ideal points, a tridiagonal system), the exact
// moves along the directions the likelihood cannot see, and the Laplace
// variances. See IdealPointOptions for the model.

// Prior scales of the roll-call parameters (IdealPointOptions documents
// them): cutpoints ~ N(0, ipCutSD²), discrimination ~ N(0, ipDiscSD²), the
// gap between the cutpoints ~ Gamma(2, ipGapScale).
const (
	// ipTrustStep: Newton steps no longer than this in every coordinate are
	// taken without evaluating the posterior at their end (see
	// IdealPointOptions, Fit).
	ipTrustStep = 0.05

	ipCutSD    = 5.0
	ipDiscSD   = 2.5
	ipGapScale = 1.0
)

// ordTerm is one vote's probability and the derivatives of its
// log-likelihood with respect to u = c0 − η and v = c1 − η (the distances
// of the two cutpoints from the linear predictor). Categories: 0 no, 1
// abstain, 2 yes, with P(no) = F(c0 − η), P(no or abstain) = F(c1 − η). A
// derivative that does not apply (v for "no", u for "yes") is 0.
type ordTerm struct {
	p, lu, lv, luu, lvv, luv float64
}

// ipLogistic returns F(x) and G(x) = 1 − F(x) from one exponential, without
// overflow.
func ipLogistic(x float64) (F, G float64) {
	if x >= 0 {
		e := math.Exp(-x)
		return 1 / (1 + e), e / (1 + e)
	}
	e := math.Exp(x)
	return e / (1 + e), 1 / (1 + e)
}

// ordLogit computes the ordTerm of category k at u = c0 − η, v = c1 − η,
// given em = e^(c1−c0) − 1 (a constant of the roll call), in the stable
// forms of the logistic (G = 1 − F):
//
//	no:      p = F(u),   ℓ_u = G(u),   ℓ_uu = −F(u)G(u)
//	yes:     p = G(v),   ℓ_v = −F(v),  ℓ_vv = −F(v)G(v)
//	abstain: p = F(v) − F(u) = F(u)·G(v)·em  (exactly; no cancellation)
//	         ℓ_u = −G(u)/(G(v)·em),  ℓ_v = F(v)/(F(u)·em)
//	         ℓ_uu = ℓ_u(1 − 2F(u)) − ℓ_u²,  ℓ_vv = ℓ_v(1 − 2F(v)) − ℓ_v²,  ℓ_uv = −ℓ_u ℓ_v
//
// With deriv false only p is computed.
func ordLogit(k int8, u, v, em float64, deriv bool) ordTerm {
	switch k {
	case 0:
		F, G := ipLogistic(u)
		return ordTerm{p: F, lu: G, luu: -F * G}
	case 2:
		F, G := ipLogistic(v)
		return ordTerm{p: G, lv: -F, lvv: -F * G}
	}
	Fu, Gu := ipLogistic(u)
	Fv, Gv := ipLogistic(v)
	t := ordTerm{p: Fu * Gv * em}
	if !deriv {
		return t
	}
	t.lu = -Gu / (Gv * em)
	t.lv = Fv / (Fu * em)
	t.luu = t.lu*(1-2*Fu) - t.lu*t.lu
	t.lvv = t.lv*(1-2*Fv) - t.lv*t.lv
	t.luv = -t.lu * t.lv
	return t
}

// ipLogProd sums logarithms of probabilities as the logarithm of their
// product, kept as mantissa × 2^exp so it neither underflows nor needs a
// logarithm per term (the fit's most frequent operation). Probabilities
// below 2^−500 (never met with the priors' ranges) are logged one by one.
type ipLogProd struct {
	m   float64
	e   int
	add float64
}

func newIPLogProd() ipLogProd { return ipLogProd{m: 1} }

func (a *ipLogProd) mul(p float64) {
	if p < 0x1p-500 {
		a.add += math.Log(p)
		return
	}
	a.m *= p
	if a.m < 0x1p-500 {
		fr, ex := math.Frexp(a.m)
		a.m, a.e = fr, a.e+ex
	}
}

func (a *ipLogProd) log() float64 { return math.Log(a.m) + float64(a.e)*math.Ln2 + a.add }

// ipObs is one recorded vote: the other index (country for a roll call's
// list, roll call for a country's) and the category (0 no, 1 abstain, 2 yes).
type ipObs struct {
	k int32
	y int8
}

// ipModel is the fitting state.
type ipModel struct {
	nc, nv, nt int   // countries, roll calls, periods of the grid
	period     []int // per roll call, its grid index
	start, end []int // per country, its first and last grid index (−1 if it never voted)
	off        []int // per country, the offset of its chain in theta
	theta      []float64
	c0, c1, b  []float64 // per roll call
	em         []float64 // per roll call: e^(c1−c0) − 1
	vIdx       []int     // roll call j's votes are vObs[vIdx[j]:vIdx[j+1]]
	vObs       []ipObs
	cIdx       []int // country i's votes are cObs[cIdx[i]:cIdx[i+1]]
	cObs       []ipObs
	drift2     float64 // random-walk variance per period
	workers    int
	lpVote     []float64 // per roll call: its prior terms
	lpCountry  []float64 // per country: its votes' log-likelihood + its chain's prior
}

func (m *ipModel) th(i, t int) float64 { return m.theta[m.off[i]+t-m.start[i]] }

// parallel runs f(w, k) for k in [0, n) on the model's workers, worker w
// taking k ≡ w (mod workers); f writes only state of its own k, so the
// result does not depend on the number of workers.
func (m *ipModel) parallel(n int, f func(w, k int)) {
	if m.workers <= 1 || n < 2*m.workers {
		for k := 0; k < n; k++ {
			f(0, k)
		}
		return
	}
	var wg sync.WaitGroup
	for w := 0; w < m.workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for k := w; k < n; k += m.workers {
				f(w, k)
			}
		}(w)
	}
	wg.Wait()
}

// votePrior returns the log prior of one roll call's parameters (up to a
// constant) and adds its gradient and negative Hessian (order c0, c1, b;
// Hessian packed as 00, 11, 22, 01, 02, 12) when g is not nil.
func votePrior(c0, c1, b float64, g *[3]float64, h *[6]float64) float64 {
	const vc, vb = ipCutSD * ipCutSD, ipDiscSD * ipDiscSD
	gap := c1 - c0
	lp := -(c0*c0+c1*c1)/(2*vc) - b*b/(2*vb) + math.Log(gap) - gap/ipGapScale
	if g != nil {
		dg := 1/gap - 1/ipGapScale
		g[0] += -c0/vc - dg
		g[1] += -c1/vc + dg
		g[2] += -b / vb
		ig2 := 1 / (gap * gap)
		h[0] += 1/vc + ig2
		h[1] += 1/vc + ig2
		h[2] += 1 / vb
		h[3] += -ig2
	}
	return lp
}

// voteLP returns roll call j's log-likelihood plus log prior at (c0, c1, b),
// and its gradient and negative Hessian when g is not nil.
func (m *ipModel) voteLP(j int, c0, c1, b float64, g *[3]float64, h *[6]float64) float64 {
	if !(c1 > c0) {
		return math.Inf(-1)
	}
	if g != nil {
		*g = [3]float64{}
		*h = [6]float64{}
	}
	lp := votePrior(c0, c1, b, g, h)
	t := m.period[j]
	em := math.Expm1(c1 - c0)
	ll := newIPLogProd()
	for _, o := range m.vObs[m.vIdx[j]:m.vIdx[j+1]] {
		x := m.th(int(o.k), t)
		eta := b * x
		r := ordLogit(o.y, c0-eta, c1-eta, em, g != nil)
		ll.mul(r.p)
		if g == nil {
			continue
		}
		// u = c0 − b·x, v = c1 − b·x.
		g[0] += r.lu
		g[1] += r.lv
		g[2] -= x * (r.lu + r.lv)
		h[0] -= r.luu
		h[1] -= r.lvv
		h[3] -= r.luv
		h[2] -= x * x * (r.luu + 2*r.luv + r.lvv)
		h[4] += x * (r.luu + r.luv)
		h[5] += x * (r.luv + r.lvv)
	}
	return lp + ll.log()
}

// solve3 solves the symmetric positive-definite system H δ = g (H packed
// as in votePrior) by Cholesky; ok is false if H is not positive definite.
func solve3(h *[6]float64, g *[3]float64) (d [3]float64, ok bool) {
	a00, a11, a22, a01, a02, a12 := h[0], h[1], h[2], h[3], h[4], h[5]
	if !(a00 > 0) {
		return d, false
	}
	l00 := math.Sqrt(a00)
	l10 := a01 / l00
	l20 := a02 / l00
	s11 := a11 - l10*l10
	if !(s11 > 0) {
		return d, false
	}
	l11 := math.Sqrt(s11)
	l21 := (a12 - l20*l10) / l11
	s22 := a22 - l20*l20 - l21*l21
	if !(s22 > 0) {
		return d, false
	}
	l22 := math.Sqrt(s22)
	y0 := g[0] / l00
	y1 := (g[1] - l10*y0) / l11
	y2 := (g[2] - l20*y0 - l21*y1) / l22
	d[2] = y2 / l22
	d[1] = (y1 - l21*d[2]) / l11
	d[0] = (y0 - l10*d[1] - l20*d[2]) / l00
	return d, true
}

// voteStep takes up to steps Newton steps on roll call j's parameters,
// halving a step until the log posterior does not decrease, and records
// its final log posterior in lpVote[j] (likelihood included: the prior is
// subtracted out by the caller's bookkeeping, see sweep).
func (m *ipModel) voteStep(j, steps int) {
	var g [3]float64
	var h [6]float64
	c0, c1, b := m.c0[j], m.c1[j], m.b[j]
	lp := m.voteLP(j, c0, c1, b, &g, &h)
	for s := 0; s < steps; s++ {
		d, ok := solve3(&h, &g)
		if !ok {
			break
		}
		if math.Abs(d[0]) <= ipTrustStep && math.Abs(d[1]) <= ipTrustStep && math.Abs(d[2]) <= ipTrustStep &&
			c1+d[1] > c0+d[0] {
			// A short step: the quadratic model is accurate; take it unchecked.
			c0, c1, b = c0+d[0], c1+d[1], b+d[2]
			if s < steps-1 {
				lp = m.voteLP(j, c0, c1, b, &g, &h)
				continue
			}
			break
		}
		step := 1.0
		moved := false
		for try := 0; try < 30; try++ {
			n0, n1, nb := c0+step*d[0], c1+step*d[1], b+step*d[2]
			nlp := m.voteLP(j, n0, n1, nb, nil, nil)
			if nlp >= lp {
				c0, c1, b, lp, moved = n0, n1, nb, nlp, true
				break
			}
			step /= 2
		}
		if !moved || s == steps-1 {
			break
		}
		lp = m.voteLP(j, c0, c1, b, &g, &h)
	}
	m.c0[j], m.c1[j], m.b[j] = c0, c1, b
	m.em[j] = math.Expm1(c1 - c0)
	m.lpVote[j] = votePrior(c0, c1, b, nil, nil)
}

// ipScratch is one worker's buffers for the country step.
type ipScratch struct {
	g, d, e, x, nd, tmp []float64
}

func (s *ipScratch) size(n int) {
	if cap(s.g) < n {
		s.g, s.d, s.e = make([]float64, n), make([]float64, n), make([]float64, n)
		s.x, s.nd, s.tmp = make([]float64, n), make([]float64, n), make([]float64, n)
	}
	s.g, s.d, s.e, s.x, s.nd, s.tmp = s.g[:n], s.d[:n], s.e[:n], s.x[:n], s.nd[:n], s.tmp[:n]
}

// countryLP returns country i's log posterior terms (its votes'
// log-likelihood, the N(0, 1) prior of its first ideal point and the
// random walk) at the chain x; when grad is not nil it also writes the
// gradient and the diagonal of the negative Hessian (the off-diagonal of
// the negative Hessian is the constant −1/drift²).
func (m *ipModel) countryLP(i int, x, grad, nd []float64) float64 {
	s := m.start[i]
	w := 1 / m.drift2
	lp := -x[0] * x[0] / 2
	if grad != nil {
		for t := range grad {
			grad[t], nd[t] = 0, 0
		}
		grad[0] = -x[0]
		nd[0] = 1
	}
	for t := 1; t < len(x); t++ {
		dx := x[t] - x[t-1]
		lp -= dx * dx * w / 2
		if grad != nil {
			grad[t] -= dx * w
			grad[t-1] += dx * w
			nd[t] += w
			nd[t-1] += w
		}
	}
	ll := newIPLogProd()
	for _, o := range m.cObs[m.cIdx[i]:m.cIdx[i+1]] {
		j := int(o.k)
		t := m.period[j] - s
		b := m.b[j]
		eta := b * x[t]
		r := ordLogit(o.y, m.c0[j]-eta, m.c1[j]-eta, m.em[j], grad != nil)
		ll.mul(r.p)
		if grad != nil {
			grad[t] -= b * (r.lu + r.lv)
			nd[t] -= b * b * (r.luu + 2*r.luv + r.lvv)
		}
	}
	return lp + ll.log()
}

// countryStep takes one Newton step on country i's chain (a tridiagonal
// system, solved by the Thomas algorithm), halving it until the log
// posterior does not decrease; it records the result in lpCountry[i].
func (m *ipModel) countryStep(i int, s *ipScratch) {
	if m.start[i] < 0 {
		return
	}
	n := m.end[i] - m.start[i] + 1
	s.size(n)
	x := m.theta[m.off[i] : m.off[i]+n]
	lp := m.countryLP(i, x, s.g, s.nd)
	// Solve (negative Hessian) δ = g; off-diagonal −w.
	w := 1 / m.drift2
	// Forward elimination into s.e (modified diagonal) and s.d (rhs).
	s.e[0], s.d[0] = s.nd[0], s.g[0]
	for t := 1; t < n; t++ {
		f := -w / s.e[t-1]
		s.e[t] = s.nd[t] + f*w
		s.d[t] = s.g[t] - f*s.d[t-1]
	}
	s.d[n-1] /= s.e[n-1]
	for t := n - 2; t >= 0; t-- {
		s.d[t] = (s.d[t] + w*s.d[t+1]) / s.e[t]
	}
	short := true
	for _, v := range s.d {
		short = short && math.Abs(v) <= ipTrustStep
	}
	if short {
		// A short step: the quadratic model is accurate; take it unchecked.
		for t := range x {
			x[t] += s.d[t]
		}
		m.lpCountry[i] = math.NaN()
		return
	}
	step := 1.0
	for try := 0; try < 30; try++ {
		for t := range s.x {
			s.x[t] = x[t] + step*s.d[t]
		}
		nlp := m.countryLP(i, s.x, nil, nil)
		if nlp >= lp {
			copy(x, s.x)
			lp = nlp
			break
		}
		step /= 2
	}
	m.lpCountry[i] = lp
}

// countryVariance writes into v the diagonal of the inverse negative
// Hessian of country i's chain at its current ideal points (the Laplace
// approximation of their posterior variances, with the roll-call
// parameters held at their estimates): for a tridiagonal A with diagonal
// a and off-diagonal −w, (A⁻¹)_tt = 1/(f_t + r_t − a_t), f and r the
// pivots of the forward and backward eliminations.
func (m *ipModel) countryVariance(i int, s *ipScratch, v []float64) {
	n := len(v)
	s.size(n)
	x := m.theta[m.off[i] : m.off[i]+n]
	m.countryLP(i, x, s.g, s.nd)
	w2 := 1 / (m.drift2 * m.drift2)
	s.e[0] = s.nd[0]
	for t := 1; t < n; t++ {
		s.e[t] = s.nd[t] - w2/s.e[t-1]
	}
	s.tmp[n-1] = s.nd[n-1]
	for t := n - 2; t >= 0; t-- {
		s.tmp[t] = s.nd[t] - w2/s.tmp[t+1]
	}
	for t := 0; t < n; t++ {
		v[t] = 1 / (s.e[t] + s.tmp[t] - s.nd[t])
	}
}

// rescale moves along the likelihood's scale ridge: θ → sθ, b → b/s leaves
// every vote's probability unchanged, and s⁴ = B/A maximises the prior
// −A s² − B/s², A the θ prior's quadratic form, B the discriminations'.
func (m *ipModel) rescale() {
	var a, bq float64
	for i := 0; i < m.nc; i++ {
		if m.start[i] < 0 {
			continue
		}
		n := m.end[i] - m.start[i] + 1
		x := m.theta[m.off[i] : m.off[i]+n]
		a += x[0] * x[0] / 2
		for t := 1; t < n; t++ {
			d := x[t] - x[t-1]
			a += d * d / (2 * m.drift2)
		}
	}
	for j := 0; j < m.nv; j++ {
		if m.vIdx[j+1] > m.vIdx[j] {
			bq += m.b[j] * m.b[j] / (2 * ipDiscSD * ipDiscSD)
		}
	}
	if !(a > 0) || !(bq > 0) {
		return
	}
	s := math.Sqrt(math.Sqrt(bq / a))
	for k := range m.theta {
		m.theta[k] *= s
	}
	for j := range m.b {
		m.b[j] /= s
	}
}

// rescalePeriods moves along the per-period scale ridges: θ_·t → s_t θ_·t
// with β_j → β_j/s_t for the roll calls of period t leaves every vote's
// probability unchanged. Holding the other periods, the prior is
// −(A s² − 2C s + B/s²) (A, C from the random walk and the first-period
// prior, B from the discriminations), maximised where A s⁴ − C s³ − B = 0;
// one Gauss–Seidel pass over the periods, a few Newton steps each.
func (m *ipModel) rescalePeriods() {
	T := m.nt
	bq := make([]float64, T)
	for j := 0; j < m.nv; j++ {
		if m.vIdx[j+1] > m.vIdx[j] {
			bq[m.period[j]] += m.b[j] * m.b[j] / (2 * ipDiscSD * ipDiscSD)
		}
	}
	w := 1 / (2 * m.drift2)
	scale := make([]float64, T)
	for t := 0; t < T; t++ {
		var a, c float64
		for i := 0; i < m.nc; i++ {
			if m.start[i] < 0 || t < m.start[i] || t > m.end[i] {
				continue
			}
			x := m.theta[m.off[i]+t-m.start[i]]
			if t == m.start[i] {
				a += x * x / 2
			} else {
				p := m.theta[m.off[i]+t-1-m.start[i]]
				a += x * x * w
				c += x * p * w
			}
			if t < m.end[i] {
				q := m.theta[m.off[i]+t+1-m.start[i]]
				a += x * x * w
				c += x * q * w
			}
		}
		s := 1.0
		if a > 0 && bq[t] > 0 {
			for k := 0; k < 20; k++ {
				f := a*s*s*s*s - c*s*s*s - bq[t]
				df := 4*a*s*s*s - 3*c*s*s
				if !(df > 0) {
					break
				}
				ns := s - f/df
				if ns <= s/2 {
					ns = s / 2
				}
				if math.Abs(ns-s) < 1e-12 {
					s = ns
					break
				}
				s = ns
			}
			if !(s > 0) || math.IsInf(s, 0) {
				s = 1
			}
		}
		scale[t] = s
		for i := 0; i < m.nc; i++ {
			if m.start[i] >= 0 && t >= m.start[i] && t <= m.end[i] {
				m.theta[m.off[i]+t-m.start[i]] *= s
			}
		}
	}
	for j := 0; j < m.nv; j++ {
		m.b[j] /= scale[m.period[j]]
	}
}

// shift moves along the likelihood's location ridges: adding m_t to every
// ideal point of period t and b_j·m_t to the cutpoints of its roll calls
// leaves every vote's probability unchanged. The prior is quadratic in
// (m_0 … m_T−1) with a tridiagonal Hessian (the random walk links
// neighbouring periods), so the best shifts solve one tridiagonal system.
func (m *ipModel) shift() {
	const vc = ipCutSD * ipCutSD
	T := m.nt
	diag := make([]float64, T)
	off := make([]float64, T) // off[t]: coefficient between t and t+1 (negative Hessian)
	rhs := make([]float64, T) // gradient at m = 0
	w := 1 / m.drift2
	for i := 0; i < m.nc; i++ {
		if m.start[i] < 0 {
			continue
		}
		s := m.start[i]
		n := m.end[i] - s + 1
		x := m.theta[m.off[i] : m.off[i]+n]
		diag[s]++
		rhs[s] -= x[0]
		for t := 1; t < n; t++ {
			d := x[t] - x[t-1]
			diag[s+t] += w
			diag[s+t-1] += w
			off[s+t-1] -= w
			rhs[s+t] -= d * w
			rhs[s+t-1] += d * w
		}
	}
	for j := 0; j < m.nv; j++ {
		if m.vIdx[j+1] == m.vIdx[j] {
			continue
		}
		t, b := m.period[j], m.b[j]
		diag[t] += 2 * b * b / vc
		rhs[t] -= b * (m.c0[j] + m.c1[j]) / vc
	}
	// Periods nobody spans (none inside the grid, but be safe) stay put.
	for t := range diag {
		if diag[t] == 0 {
			diag[t] = 1
		}
	}
	// Thomas algorithm on the symmetric tridiagonal system.
	e := make([]float64, T)
	e[0] = diag[0]
	for t := 1; t < T; t++ {
		f := off[t-1] / e[t-1]
		e[t] = diag[t] - f*off[t-1]
		rhs[t] -= f * rhs[t-1]
	}
	sh := rhs
	sh[T-1] /= e[T-1]
	for t := T - 2; t >= 0; t-- {
		sh[t] = (sh[t] - off[t]*sh[t+1]) / e[t]
	}
	for i := 0; i < m.nc; i++ {
		if m.start[i] < 0 {
			continue
		}
		for t := m.start[i]; t <= m.end[i]; t++ {
			m.theta[m.off[i]+t-m.start[i]] += sh[t]
		}
	}
	for j := 0; j < m.nv; j++ {
		d := m.b[j] * sh[m.period[j]]
		m.c0[j] += d
		m.c1[j] += d
	}
}

// logPosterior sums the recorded terms in a fixed order.
func (m *ipModel) logPosterior() float64 {
	lp := 0.0
	for _, v := range m.lpVote {
		lp += v
	}
	for _, v := range m.lpCountry {
		lp += v
	}
	return lp
}
