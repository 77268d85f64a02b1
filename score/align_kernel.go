package score

import (
	"math"
	"math/bits"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"
)

// alignWork is one worker's scratch space for the alignment kernels: it is
// sized on the first period and reused, so a period allocates nothing.
//
// The kernels compute, for every pair of rows (i, j) at once, the sums over
// their shared third countries k (both values present; a row's own column
// is never present):
//
//	W_ij = Σ w_k m_ik m_jk      Sx_ij  = Σ w_k m_jk x_ik     Sxx_ij = Σ w_k m_jk x_ik²
//	Sxy_ij = Σ w_k x_ik x_jk    (x = 0 where missing, m the 0/1 mask)
//
// Sxy is one BLAS Syrk of X·diag(√w); Sx, Sxx and W are Gemm products with
// the mask computed from sparse column lists (maskSums), or — when every
// profile is complete apart from the rows' own columns — row sums
// corrected for the two excluded columns, O(N²). The
// absolute-distance S needs Σ w_k m_ik m_jk |x_ik − x_jk|, which no matrix
// product gives: it is a 4-way unrolled loop over the pairs. κ counts
// agreements with popcounts over bitsets of each row's classes.
type alignWork struct {
	xm, mk, xw, xa, xb []float64 // N×K
	w                  []float64 // K
	valid, neg, pos    []uint64  // N×words
	sxy, sx, sxx, wm   []float64 // N×N
	rs, rss, rw        []float64 // N
	list, off          []int32   // maskSums' column lists
}

func growF(b []float64, n int) []float64 {
	if cap(b) < n {
		return make([]float64, n)
	}
	return b[:n]
}

func growU(b []uint64, n int) []uint64 {
	if cap(b) < n {
		return make([]uint64, n)
	}
	b = b[:n]
	for i := range b {
		b[i] = 0
	}
	return b
}

func general(rows, cols int, data []float64) blas64.General {
	return blas64.General{Rows: rows, Cols: cols, Stride: cols, Data: data}
}

// period fills out (values and common counts) for period t.
func (wk *alignWork) period(p *Profiles, t int, o *AlignOptions, out *AlignmentMatrix) {
	N, K := len(p.Rows), len(p.Cols)
	base := p.at(t, 0, 0)
	vals := p.values[base : base+N*K]
	wk.w = periodWeights(p, t, o, wk.w)
	w := wk.w
	uniform := true
	wt := 0.0
	for _, x := range w {
		if x != 1 {
			uniform = false
		}
		wt += x
	}
	words := (K + 63) / 64
	wk.valid = growU(wk.valid, N*words)
	wk.xm = growF(wk.xm, N*K)
	wk.mk = growF(wk.mk, N*K)
	kappa := o.Method == MethodKappa
	if kappa {
		wk.neg = growU(wk.neg, N*words)
		wk.pos = growU(wk.pos, N*words)
	}
	complete := true
	lo, hi := math.Inf(1), math.Inf(-1)
	for i := 0; i < N; i++ {
		self := p.self[i]
		row := vals[i*K : (i+1)*K]
		xm, mk := wk.xm[i*K:(i+1)*K], wk.mk[i*K:(i+1)*K]
		vb := wk.valid[i*words : (i+1)*words]
		for k, x := range row {
			if math.IsNaN(x) {
				xm[k], mk[k] = 0, 0
				if k != self {
					complete = false
				}
				continue
			}
			xm[k], mk[k] = x, 1
			vb[k>>6] |= 1 << (uint(k) & 63)
			if x < lo {
				lo = x
			}
			if x > hi {
				hi = x
			}
			if kappa {
				switch signClass(x, o.Neutral) {
				case 0:
					wk.neg[i*words+k>>6] |= 1 << (uint(k) & 63)
				case 2:
					wk.pos[i*words+k>>6] |= 1 << (uint(k) & 63)
				}
			}
		}
	}
	// Shared third countries: popcounts.
	for i := 0; i < N; i++ {
		vi := wk.valid[i*words : (i+1)*words]
		for j := i; j < N; j++ {
			vj := wk.valid[j*words : (j+1)*words]
			c := 0
			for q := range vi {
				c += bits.OnesCount64(vi[q] & vj[q])
			}
			out.common[i*N+j] = int32(c)
		}
	}
	// Results go to the upper triangle only (the SymDense is Upper).
	res := out.sym.RawSymmetric().Data
	nan := math.NaN()
	minCommon := int32(o.MinCommon)
	set := func(i, j int, v float64) {
		if out.common[i*N+j] < minCommon {
			v = nan
		}
		res[i*N+j] = v
	}

	// R for the S-scores.
	rng := nan
	if o.Method == MethodS || o.Method == MethodS2 {
		rng = o.Range
		if rng == 0 {
			rng = p.Hi - p.Lo
			if math.IsInf(rng, 0) || math.IsNaN(rng) {
				rng = hi - lo
				if math.IsInf(rng, 0) {
					rng = nan
				}
			}
		}
	}
	out.Range = rng

	switch o.Method {
	case MethodKappa:
		if !uniform {
			wk.pairLoop(p, vals, o, rng, set)
			return
		}
		wk.kappa(N, words, set)
		return
	case MethodS:
		wk.l1(p, N, K, w, uniform, complete, wt, rng, set)
		return
	}

	// cosine, pearson, s2: Sxy by Syrk.
	xs := wk.xm
	if !uniform {
		wk.xw = growF(wk.xw, N*K)
		for i := 0; i < N; i++ {
			for k := 0; k < K; k++ {
				wk.xw[i*K+k] = wk.xm[i*K+k] * math.Sqrt(w[k])
			}
		}
		xs = wk.xw
	}
	wk.sxy = growF(wk.sxy, N*N)
	blas64.Syrk(blas.NoTrans, 1, general(N, K, xs), 0, blas64.Symmetric{Uplo: blas.Upper, N: N, Stride: N, Data: wk.sxy})
	wk.sx = growF(wk.sx, N*N)
	wk.sxx = growF(wk.sxx, N*N)
	wk.wm = growF(wk.wm, N*N)
	if complete {
		wk.rs = growF(wk.rs, N)
		wk.rss = growF(wk.rss, N)
		for i := 0; i < N; i++ {
			var s, ss float64
			for k, x := range wk.xm[i*K : (i+1)*K] {
				s += w[k] * x
				ss += w[k] * x * x
			}
			wk.rs[i], wk.rss[i] = s, ss
		}
		for i := 0; i < N; i++ {
			wsi := 0.0
			if si := p.self[i]; si >= 0 {
				wsi = w[si]
			}
			for j := 0; j < N; j++ {
				wsj, xj, sj := 0.0, 0.0, p.self[j]
				if sj >= 0 && j != i {
					wsj = w[sj]
					xj = wk.xm[i*K+sj]
				}
				if j == i {
					wk.wm[i*N+j] = wt - wsi
				} else {
					wk.wm[i*N+j] = wt - wsi - wsj
				}
				wk.sx[i*N+j] = wk.rs[i] - wsj*xj
				wk.sxx[i*N+j] = wk.rss[i] - wsj*xj*xj
			}
		}
	} else {
		wk.maskSums(p, N, K, w, uniform, o.Method == MethodPearson, o.Method != MethodCosine, out.common)
	}
	for i := 0; i < N; i++ {
		for j := i; j < N; j++ {
			sxy := wk.sxy[i*N+j]
			sxx, syy := wk.sxx[i*N+j], wk.sxx[j*N+i]
			var v float64
			switch o.Method {
			case MethodCosine:
				if sxx > 0 && syy > 0 {
					v = clampUnit(sxy / math.Sqrt(sxx*syy))
				} else {
					v = nan
				}
			case MethodPearson:
				W := wk.wm[i*N+j]
				sx, sy := wk.sx[i*N+j], wk.sx[j*N+i]
				vx, vy := W*sxx-sx*sx, W*syy-sy*sy
				if W > 0 && vx > 0 && vy > 0 {
					v = clampUnit((W*sxy - sx*sy) / math.Sqrt(vx*vy))
				} else {
					v = nan
				}
			case MethodS2:
				W := wk.wm[i*N+j]
				if W > 0 && rng > 0 {
					d2 := sxx + syy - 2*sxy
					if d2 < 0 {
						d2 = 0
					}
					v = 1 - 2*d2/(W*rng*rng)
				} else {
					v = nan
				}
			}
			if out.common[i*N+j] < minCommon {
				v = nan
			}
			res[i*N+j] = v
		}
	}
}

// maskSums computes, for incomplete profiles, Sx_ij = Σ_k w_k m_jk x_ik
// (needSx),
// Sxx_ij = Σ_k w_k m_jk x_ik² and (weighted, when needW) W_ij = Σ_k w_k
// m_ik m_jk into wk.sx, wk.sxx and wk.wm. Instead of dense products with
// the 0/1 mask it walks, for each j, the shorter of its two column lists:
// the missing columns of j, whose terms are subtracted from the row
// totals of i, or its present columns, whose terms are added. The cost is
// N²·min(f, 1 − f)·K for a share f of missing entries — a fraction of a
// Gemm's N²·K at the sparse profiles of event data — and nothing is
// allocated. A row's own column is missing in every mask, so the pair's
// own relations drop out by themselves. W without weights is the count of
// shared columns (the popcounts).
func (wk *alignWork) maskSums(p *Profiles, N, K int, w []float64, uniform, needSx, needW bool, common []int32) {
	// minority lists
	missing := 0
	for _, m := range wk.mk {
		if m == 0 {
			missing++
		}
	}
	subtract := 2*missing <= N*K
	wk.list = wk.list[:0]
	wk.off = append(wk.off[:0], 0)
	for j := 0; j < N; j++ {
		for k, m := range wk.mk[j*K : (j+1)*K] {
			if (m == 0) == subtract {
				wk.list = append(wk.list, int32(k))
			}
		}
		wk.off = append(wk.off, int32(len(wk.list)))
	}
	wk.xa = growF(wk.xa, N*K)
	wk.xb = growF(wk.xb, N*K)
	weighted := needW && !uniform
	if weighted {
		wk.xw = growF(wk.xw, N*K)
	}
	wk.rs = growF(wk.rs, N)
	wk.rss = growF(wk.rss, N)
	wk.rw = growF(wk.rw, N)
	for i := 0; i < N; i++ {
		var s, ss, sw float64
		xm, mk := wk.xm[i*K:(i+1)*K], wk.mk[i*K:(i+1)*K]
		xa, xb := wk.xa[i*K:(i+1)*K], wk.xb[i*K:(i+1)*K]
		for k, x := range xm {
			xa[k] = w[k] * x
			xb[k] = w[k] * x * x
			s += xa[k]
			ss += xb[k]
		}
		if weighted {
			xw := wk.xw[i*K : (i+1)*K]
			for k, m := range mk {
				xw[k] = w[k] * m
				sw += xw[k]
			}
		}
		wk.rs[i], wk.rss[i], wk.rw[i] = s, ss, sw
	}
	for i := 0; i < N; i++ {
		xa, xb := wk.xa[i*K:(i+1)*K], wk.xb[i*K:(i+1)*K]
		var xw []float64
		if weighted {
			xw = wk.xw[i*K : (i+1)*K]
		}
		for j := 0; j < N; j++ {
			idx := wk.list[wk.off[j]:wk.off[j+1]]
			var sa, sb float64
			if needSx {
				sa, sb = gather2(xa, xb, idx)
			} else {
				sb = gather1(xb, idx)
			}
			sw := 0.0
			if weighted {
				sw = gather1(xw, idx)
			}
			if subtract {
				sa, sb, sw = wk.rs[i]-sa, wk.rss[i]-sb, wk.rw[i]-sw
			}
			wk.sx[i*N+j], wk.sxx[i*N+j] = sa, sb
			if weighted {
				wk.wm[i*N+j] = sw
			}
		}
	}
	if needW && uniform {
		for i := 0; i < N; i++ {
			for j := i; j < N; j++ {
				wk.wm[i*N+j] = float64(common[i*N+j])
			}
		}
	}
}

// gather2 returns Σ a[k] and Σ b[k] over k in idx.
func gather2(a, b []float64, idx []int32) (sa, sb float64) {
	var a0, a1, b0, b1 float64
	n := 0
	for ; n+2 <= len(idx); n += 2 {
		k0, k1 := idx[n], idx[n+1]
		a0 += a[k0]
		b0 += b[k0]
		a1 += a[k1]
		b1 += b[k1]
	}
	if n < len(idx) {
		k := idx[n]
		a0 += a[k]
		b0 += b[k]
	}
	return a0 + a1, b0 + b1
}

// gather1 returns Σ a[k] over k in idx.
func gather1(a []float64, idx []int32) float64 {
	var s0, s1 float64
	n := 0
	for ; n+2 <= len(idx); n += 2 {
		s0 += a[idx[n]]
		s1 += a[idx[n+1]]
	}
	if n < len(idx) {
		s0 += a[idx[n]]
	}
	return s0 + s1
}

// l1 computes the absolute-distance S-scores.
func (wk *alignWork) l1(p *Profiles, N, K int, w []float64, uniform, complete bool, wt, rng float64, set func(i, j int, v float64)) {
	nan := math.NaN()
	if !complete {
		// m_i∘w per row, so a term is |x_i − x_j|·(w m_i)_k·m_jk
		wk.xa = growF(wk.xa, N*K)
		for i := 0; i < N*K; i++ {
			wk.xa[i] = wk.mk[i] * w[i%K]
		}
	}
	for i := 0; i < N; i++ {
		xi := wk.xm[i*K : (i+1)*K]
		for j := i; j < N; j++ {
			xj := wk.xm[j*K : (j+1)*K]
			var d, W float64
			switch {
			case complete:
				if uniform {
					d = l1Plain(xi, xj)
				} else {
					d = l1Weighted(xi, xj, w)
				}
				W = wt
				if si := p.self[i]; si >= 0 {
					W -= w[si]
					d -= w[si] * math.Abs(xi[si]-xj[si])
				}
				if sj := p.self[j]; sj >= 0 && j != i {
					W -= w[sj]
					d -= w[sj] * math.Abs(xi[sj]-xj[sj])
				}
			default:
				d, W = l1Masked(xi, xj, wk.xa[i*K:(i+1)*K], wk.mk[j*K:(j+1)*K])
			}
			if W > 0 && rng > 0 {
				if d < 0 {
					d = 0
				}
				set(i, j, 1-2*d/(W*rng))
			} else {
				set(i, j, nan)
			}
		}
	}
}

// l1Plain returns Σ|a_k − b_k|.
func l1Plain(a, b []float64) float64 {
	b = b[:len(a)]
	var s0, s1, s2, s3 float64
	k := 0
	for ; k+4 <= len(a); k += 4 {
		s0 += math.Abs(a[k] - b[k])
		s1 += math.Abs(a[k+1] - b[k+1])
		s2 += math.Abs(a[k+2] - b[k+2])
		s3 += math.Abs(a[k+3] - b[k+3])
	}
	for ; k < len(a); k++ {
		s0 += math.Abs(a[k] - b[k])
	}
	return (s0 + s1) + (s2 + s3)
}

// l1Weighted returns Σ w_k|a_k − b_k|.
func l1Weighted(a, b, w []float64) float64 {
	b = b[:len(a)]
	w = w[:len(a)]
	var s0, s1, s2, s3 float64
	k := 0
	for ; k+4 <= len(a); k += 4 {
		s0 += w[k] * math.Abs(a[k]-b[k])
		s1 += w[k+1] * math.Abs(a[k+1]-b[k+1])
		s2 += w[k+2] * math.Abs(a[k+2]-b[k+2])
		s3 += w[k+3] * math.Abs(a[k+3]-b[k+3])
	}
	for ; k < len(a); k++ {
		s0 += w[k] * math.Abs(a[k]-b[k])
	}
	return (s0 + s1) + (s2 + s3)
}

// l1Masked returns Σ wa_k·mb_k·|a_k − b_k| and Σ wa_k·mb_k.
func l1Masked(a, b, wa, mb []float64) (d, W float64) {
	b = b[:len(a)]
	wa = wa[:len(a)]
	mb = mb[:len(a)]
	var s0, s1, s2, s3, w0, w1 float64
	k := 0
	for ; k+4 <= len(a); k += 4 {
		c0 := wa[k] * mb[k]
		c1 := wa[k+1] * mb[k+1]
		c2 := wa[k+2] * mb[k+2]
		c3 := wa[k+3] * mb[k+3]
		s0 += c0 * math.Abs(a[k]-b[k])
		s1 += c1 * math.Abs(a[k+1]-b[k+1])
		s2 += c2 * math.Abs(a[k+2]-b[k+2])
		s3 += c3 * math.Abs(a[k+3]-b[k+3])
		w0 += c0 + c2
		w1 += c1 + c3
	}
	for ; k < len(a); k++ {
		c := wa[k] * mb[k]
		s0 += c * math.Abs(a[k]-b[k])
		w0 += c
	}
	return (s0 + s1) + (s2 + s3), w0 + w1
}

// kappa computes Cohen's κ with equal weights from the class bitsets.
func (wk *alignWork) kappa(N, words int, set func(i, j int, v float64)) {
	nan := math.NaN()
	for i := 0; i < N; i++ {
		vi, ni, pi := wk.valid[i*words:(i+1)*words], wk.neg[i*words:(i+1)*words], wk.pos[i*words:(i+1)*words]
		for j := i; j < N; j++ {
			vj, nj, pj := wk.valid[j*words:(j+1)*words], wk.neg[j*words:(j+1)*words], wk.pos[j*words:(j+1)*words]
			var n, agree, an, ap, bn, bp int
			for q := 0; q < words; q++ {
				both := vi[q] & vj[q]
				n += bits.OnesCount64(both)
				zi := vi[q] &^ (ni[q] | pi[q])
				zj := vj[q] &^ (nj[q] | pj[q])
				agree += bits.OnesCount64(both & (ni[q]&nj[q] | pi[q]&pj[q] | zi&zj))
				an += bits.OnesCount64(ni[q] & both)
				ap += bits.OnesCount64(pi[q] & both)
				bn += bits.OnesCount64(nj[q] & both)
				bp += bits.OnesCount64(pj[q] & both)
			}
			if n == 0 {
				set(i, j, nan)
				continue
			}
			fn := float64(n)
			az, bz := n-an-ap, n-bn-bp
			pe := (float64(an)*float64(bn) + float64(ap)*float64(bp) + float64(az)*float64(bz)) / (fn * fn)
			if !(pe < 1-1e-12) {
				set(i, j, nan)
				continue
			}
			set(i, j, (float64(agree)/fn-pe)/(1-pe))
		}
	}
}

// pairLoop computes every pair with pairValue (weighted κ).
func (wk *alignWork) pairLoop(p *Profiles, vals []float64, o *AlignOptions, rng float64, set func(i, j int, v float64)) {
	N, K := len(p.Rows), len(p.Cols)
	for i := 0; i < N; i++ {
		for j := i; j < N; j++ {
			v, _, _ := pairValue(o, vals[i*K:(i+1)*K], vals[j*K:(j+1)*K], wk.w, rng, false)
			set(i, j, v)
		}
	}
}
