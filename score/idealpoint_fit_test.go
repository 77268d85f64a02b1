package score

import (
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// TestOrdLogitDerivatives checks ordLogit against its definition: the three
// probabilities are F(u), F(v) − F(u) and 1 − F(v) (so they sum to 1), and
// the derivatives of log p match central finite differences (h = 1e-4;
// tolerance 1e-6 on the first, 1e-4 on the second derivatives).
func TestOrdLogitDerivatives(t *testing.T) {
	F := func(x float64) float64 { return 1 / (1 + math.Exp(-x)) }
	prob := func(k int8, u, v float64) float64 {
		switch k {
		case 0:
			return F(u)
		case 1:
			if u > 0 {
				return F(-u) - F(-v)
			}
			return F(v) - F(u)
		}
		return F(-v)
	}
	for _, c := range [][2]float64{{-1, 1}, {-3, -2.5}, {2, 6}, {-0.1, 0.2}, {-8, 3}} {
		u, v := c[0], c[1]
		em := math.Expm1(v - u)
		sum := 0.0
		for k := int8(0); k < 3; k++ {
			r := ordLogit(k, u, v, em, true)
			if math.Abs(r.p-prob(k, u, v)) > 1e-14 {
				t.Errorf("k=%d u=%g v=%g: p=%g, want %g", k, u, v, r.p, prob(k, u, v))
			}
			sum += r.p
			const h = 1e-4
			l := func(du, dv float64) float64 { return math.Log(prob(k, u+du, v+dv)) }
			lu := (l(h, 0) - l(-h, 0)) / (2 * h)
			lv := (l(0, h) - l(0, -h)) / (2 * h)
			luu := (l(h, 0) - 2*l(0, 0) + l(-h, 0)) / (h * h)
			lvv := (l(0, h) - 2*l(0, 0) + l(0, -h)) / (h * h)
			luv := (l(h, h) - l(h, -h) - l(-h, h) + l(-h, -h)) / (4 * h * h)
			for _, d := range []struct {
				name      string
				got, want float64
				tol       float64
			}{{"lu", r.lu, lu, 1e-6}, {"lv", r.lv, lv, 1e-6}, {"luu", r.luu, luu, 1e-4}, {"lvv", r.lvv, lvv, 1e-4}, {"luv", r.luv, luv, 1e-4}} {
				if math.Abs(d.got-d.want) > d.tol*(1+math.Abs(d.want)) {
					t.Errorf("k=%d u=%g v=%g: %s = %g, finite difference %g", k, u, v, d.name, d.got, d.want)
				}
			}
		}
		if math.Abs(sum-1) > 1e-14 {
			t.Errorf("u=%g v=%g: probabilities sum to %g", u, v, sum)
		}
	}
}

// TestLogProd: the mantissa–exponent product gives Σ log p, also for
// products far below the smallest float64 and for single tiny terms.
func TestLogProd(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	a := newIPLogProd()
	want := 0.0
	for k := 0; k < 10000; k++ {
		p := rng.Float64()
		if k%1000 == 0 {
			p = 1e-200 // below 2^−500: logged on its own
		}
		a.mul(p)
		want += math.Log(p)
	}
	if got := a.log(); math.Abs(got-want) > 1e-9*math.Abs(want) {
		t.Errorf("log of the product %.12g, sum of logs %.12g", got, want)
	}
}

// TestCountryVarianceDense: the Laplace variances from the two-sweep
// tridiagonal formula equal the diagonal of the inverse negative Hessian
// computed densely with gonum/mat, and countryLP's gradient and curvature
// match finite differences.
func TestCountryVarianceDense(t *testing.T) {
	m, _ := simRollCalls(5, 12, 6, 15, 0.3, 0.2)
	md, err := newIPModel(m, (&IdealPointOptions{}).withDefaults())
	if err != nil {
		t.Fatal(err)
	}
	md.run(50, 1e-8)
	var s ipScratch
	for i := 0; i < md.nc; i++ {
		n := md.end[i] - md.start[i] + 1
		x := append([]float64(nil), md.theta[md.off[i]:md.off[i]+n]...)
		g, nd := make([]float64, n), make([]float64, n)
		md.countryLP(i, x, g, nd)
		// Finite differences of the log posterior.
		const h = 1e-5
		for k := 0; k < n; k++ {
			xp := append([]float64(nil), x...)
			xm := append([]float64(nil), x...)
			xp[k] += h
			xm[k] -= h
			lp, l0, lm := md.countryLP(i, xp, nil, nil), md.countryLP(i, x, nil, nil), md.countryLP(i, xm, nil, nil)
			if fd := (lp - lm) / (2 * h); math.Abs(fd-g[k]) > 1e-5*(1+math.Abs(fd)) {
				t.Errorf("country %d period %d: gradient %g, finite difference %g", i, k, g[k], fd)
			}
			if fd := -(lp - 2*l0 + lm) / (h * h); math.Abs(fd-nd[k]) > 1e-3*(1+math.Abs(fd)) {
				t.Errorf("country %d period %d: curvature %g, finite difference %g", i, k, nd[k], fd)
			}
		}
		A := mat.NewSymDense(n, nil)
		for k := 0; k < n; k++ {
			A.SetSym(k, k, nd[k])
			if k > 0 {
				A.SetSym(k, k-1, -1/md.drift2)
			}
		}
		var inv mat.Dense
		if err := inv.Inverse(A); err != nil {
			t.Fatal(err)
		}
		v := make([]float64, n)
		md.countryVariance(i, &s, v)
		for k := 0; k < n; k++ {
			if w := inv.At(k, k); math.Abs(v[k]-w) > 1e-10*w {
				t.Errorf("country %d period %d: variance %g, dense inverse %g", i, k, v[k], w)
			}
		}
	}
}

// TestVoteStepStationary: after the fit, every roll call's gradient (of
// the log posterior in c0, c1, β) is near zero, and so is every country's.
func TestVoteStepStationary(t *testing.T) {
	m, _ := simRollCalls(6, 30, 5, 20, 0.2, 0.1)
	md, err := newIPModel(m, (&IdealPointOptions{}).withDefaults())
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := md.run(2000, 1e-10); !ok {
		t.Fatal("no convergence to 1e-10")
	}
	var g [3]float64
	var h [6]float64
	for j := 0; j < md.nv; j++ {
		md.voteLP(j, md.c0[j], md.c1[j], md.b[j], &g, &h)
		for k, v := range g {
			if math.Abs(v) > 1e-5 {
				t.Errorf("roll call %d: gradient[%d] = %g", j, k, v)
			}
		}
	}
	var s ipScratch
	for i := 0; i < md.nc; i++ {
		n := md.end[i] - md.start[i] + 1
		s.size(n)
		md.countryLP(i, md.theta[md.off[i]:md.off[i]+n], s.g, s.nd)
		for k, v := range s.g {
			if math.Abs(v) > 1e-5 {
				t.Errorf("country %d period %d: gradient %g", i, k, v)
			}
		}
	}
}
