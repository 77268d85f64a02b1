package score

import (
	"math"
	"math/rand/v2"
	"testing"
)

func near(a, b, tol float64) bool {
	if math.IsNaN(a) || math.IsNaN(b) {
		return math.IsNaN(a) && math.IsNaN(b)
	}
	return math.Abs(a-b) <= tol
}

func TestLevelFilterHand(t *testing.T) {
	// Two observations y = 1, 3 with n = 1, q = 1, σ² = 1, by hand:
	// filter: x₀ = 1, P₀ = 1 (diffuse start at the first observation);
	// t = 1: P = 1 + 1 = 2, F = 2 + 1 = 3, v = 2, x₁ = 1 + (2/3)·2 = 7/3,
	// P₁ = 2·1/3 = 2/3; log L = −½(log 2π + log 3 + 4/3).
	// Smoother: J = 1/2, x₀|₁ = 1 + ½(7/3 − 1) = 5/3,
	// P₀|₁ = 1 + ¼(2/3 − 2) = 2/3 — the GLS mean of y₀ (var 1) and y₁
	// (var 2): (1·1 + 3·½)/(1 + ½) = 5/3 with variance 1/1.5 = 2/3.
	y := []float64{1, 3}
	n := []float64{1, 1}
	mean := make([]float64, 2)
	v := make([]float64, 2)
	ll, m := (&LevelFilter{Q: 1, Sigma2: 1, Smooth: false}).Run(mean, v, y, n)
	wantLL := -0.5 * (math.Log(2*math.Pi) + math.Log(3) + 4.0/3)
	if m != 1 || !near(ll, wantLL, 1e-12) {
		t.Fatalf("loglik = %v (m=%d), want %v", ll, m, wantLL)
	}
	if !near(mean[0], 1, 1e-12) || !near(mean[1], 7.0/3, 1e-12) || !near(v[1], 2.0/3, 1e-12) {
		t.Fatalf("filtered = %v %v", mean, v)
	}
	(&LevelFilter{Q: 1, Sigma2: 1, Smooth: true}).Run(mean, v, y, n)
	if !near(mean[0], 5.0/3, 1e-12) || !near(v[0], 2.0/3, 1e-12) || !near(mean[1], 7.0/3, 1e-12) {
		t.Fatalf("smoothed = %v %v", mean, v)
	}
}

func TestLevelFilterMissingWidens(t *testing.T) {
	// Leading missing periods are NaN; a gap is prediction only, so its
	// filtered variance grows by q per period (hand: P = 1/2 after the
	// first observation with n = 2, σ² = 1; then 1/2 + 0.3, 1/2 + 0.6).
	nan := math.NaN()
	y := []float64{nan, 2, nan, nan, 4}
	n := []float64{0, 2, 0, 0, 3}
	mean := make([]float64, 5)
	v := make([]float64, 5)
	(&LevelFilter{Q: 0.3, Sigma2: 1, Smooth: false}).Run(mean, v, y, n)
	if !math.IsNaN(mean[0]) || !math.IsNaN(v[0]) {
		t.Fatalf("leading period = %v %v, want NaN", mean[0], v[0])
	}
	if !near(v[1], 0.5, 1e-12) || !near(v[2], 0.8, 1e-12) || !near(v[3], 1.1, 1e-12) || mean[2] != 2 {
		t.Fatalf("gap variances = %v, means %v", v, mean)
	}
	(&LevelFilter{Q: 0.3, Sigma2: 1, Smooth: true}).Run(mean, v, y, n)
	if !(v[2] > v[1]) || !(v[2] > v[4]) {
		t.Fatalf("smoothed band should be widest inside the gap: %v", v)
	}
}

func TestLevelFilterZeroQIsWeightedMean(t *testing.T) {
	// Property: with q → 0 the state is constant and its smoothed value is
	// the GLS mean Σ n_t y_t / Σ n_t with variance σ²/Σ n_t, in every
	// period.
	r := rand.New(rand.NewPCG(1, 2))
	for trial := 0; trial < 20; trial++ {
		T := 5 + r.IntN(50)
		y := make([]float64, T)
		n := make([]float64, T)
		var sny, sn float64
		for i := range y {
			if r.Float64() < 0.3 {
				y[i], n[i] = math.NaN(), 0
				continue
			}
			y[i] = r.NormFloat64()*3 + 1
			n[i] = float64(1 + r.IntN(9))
			sny += n[i] * y[i]
			sn += n[i]
		}
		if sn == 0 {
			continue
		}
		mean := make([]float64, T)
		v := make([]float64, T)
		(&LevelFilter{Q: 1e-13, Sigma2: 4, Smooth: true}).Run(mean, v, y, n)
		want := sny / sn
		for i := range mean {
			if math.IsNaN(mean[i]) {
				continue
			}
			if !near(mean[i], want, 1e-6) || !near(v[i], 4/sn, 1e-6) {
				t.Fatalf("trial %d period %d: %v ± %v, want %v ± %v", trial, i, mean[i], v[i], want, 4/sn)
			}
		}
	}
}

func TestTrendFilterZeroVarianceIsLine(t *testing.T) {
	// With q = q_β = 0 the smoothed trend is the least-squares line; for
	// y = 1, 2, 4 at t = 0, 1, 2 (n = 1) by hand: slope = Σ(t−1)(y−7/3)/2
	// = (−1·−4/3 + 1·5/3)/2 = 3/2, intercept 7/3 − 3/2 = 5/6; fitted 5/6,
	// 7/3, 23/6. The diffuse slope prior (variance 1e6·σ²) moves them by
	// less than 1e−5.
	y := []float64{1, 2, 4}
	n := []float64{1, 1, 1}
	mean := make([]float64, 3)
	v := make([]float64, 3)
	slope := make([]float64, 3)
	(&TrendFilter{Sigma2: 1, Smooth: true}).Run(&TrendState{Mean: mean, Variance: v, Slope: slope}, y, n, nil)
	want := []float64{5.0 / 6, 7.0 / 3, 23.0 / 6}
	for i := range want {
		if !near(mean[i], want[i], 1e-5) || !near(slope[i], 1.5, 1e-5) {
			t.Fatalf("trend = %v slope %v, want %v slope 1.5", mean, slope, want)
		}
	}
}

func TestTrendFilterLoglikCountsFromThird(t *testing.T) {
	y := []float64{1, 2, 4, 3, math.NaN(), 5}
	n := []float64{1, 2, 1, 3, 0, 2}
	mean := make([]float64, len(y))
	v := make([]float64, len(y))
	ll, m := (&TrendFilter{Q: 0.1, QTrend: 0.01, Sigma2: 2}).Run(&TrendState{Mean: mean, Variance: v}, y, n, nil)
	if m != 3 {
		t.Fatalf("m = %d, want 3 (five observations minus the two diffuse ones)", m)
	}
	a, b, mm := trendLik(y, n, 0.1, 0.01, 2)
	if mm != m || !near(ll, -0.5*(float64(m)*log2Pi+a+b), 1e-12) {
		t.Fatalf("trendLik disagrees with TrendFilter.Run: %v vs %v", -0.5*(float64(m)*log2Pi+a+b), ll)
	}
}

// simulate draws a latent random walk (variance q per period) observed
// through Poisson(lambda) events per period with Goldstein noise of
// variance s2; about half the periods are empty when lambda ≈ 0.7.
func simulate(r *rand.Rand, T int, q, s2, lambda float64) (truth, y, n []float64) {
	truth = make([]float64, T)
	y = make([]float64, T)
	n = make([]float64, T)
	x := 0.0
	for t := 0; t < T; t++ {
		x += r.NormFloat64() * math.Sqrt(q)
		truth[t] = x
		k := poisson(r, lambda)
		if k == 0 {
			y[t] = math.NaN()
			continue
		}
		sum := 0.0
		for i := 0; i < k; i++ {
			sum += x + r.NormFloat64()*math.Sqrt(s2)
		}
		y[t], n[t] = sum/float64(k), float64(k)
	}
	return truth, y, n
}

func poisson(r *rand.Rand, lambda float64) int {
	l := math.Exp(-lambda)
	k, p := 0, 1.0
	for {
		p *= r.Float64()
		if p <= l {
			return k
		}
		k++
	}
}

func TestKalmanSimulationCoverage(t *testing.T) {
	// Simulation (issue 4): a latent random walk observed through noisy
	// events; the 95 % band of the marginalised filter, of its smoother
	// and of the ML-fitted smoother must cover the truth in at least 90 %
	// of the periods (after the first event) where the truth is on the
	// index's scale: the bands are cut at ±10 (issue 11), and a random
	// walk with q = 0.3 leaves it after a few years. Fixed seeds. A seed
	// leaves as few as 82 autocorrelated periods on the scale, so the
	// per-seed floor is 0.85 and the five seeds pooled must reach 0.93.
	opts := []*KalmanOptions{{Observation: ObserveMean}, {Observation: ObserveMean, Smoothed: true}, {ML: true, Observation: ObserveMean, Smoothed: true}}
	pooledCov, pooledTot := make([]int, len(opts)), make([]int, len(opts))
	for seed := uint64(1); seed <= 5; seed++ {
		for oi, o := range opts {
			r := rand.New(rand.NewPCG(seed, 99))
			truth, y, n := simulate(r, 240, 0.3, 9, 3)
			f, err := FitKalman(y, n, o)
			if err != nil {
				t.Fatal(err)
			}
			covered, total := 0, 0
			for i, p := range f.Series.Points {
				if math.IsNaN(p.Value) || math.Abs(truth[i]) > 10 {
					continue
				}
				total++
				if truth[i] >= p.Lower && truth[i] <= p.Upper {
					covered++
				}
			}
			pooledCov[oi] += covered
			pooledTot[oi] += total
			if frac := float64(covered) / float64(total); total < 40 || frac < 0.85 {
				t.Errorf("seed %d %s: 95 %% band covers %.3f of %d periods, want >= 0.85 (q̂=%.3g σ̂²=%.3g)", seed, o.Name(), frac, total, f.Q, f.Sigma2)
			}
			// Both should find the right order of magnitude (true q = 0.3, σ² = 9).
			if f.Q < 0.3/4 || f.Q > 0.3*4 || f.Sigma2 < 9/2.0 || f.Sigma2 > 9*2.0 {
				t.Errorf("seed %d %s: q̂ = %.3g, σ̂² = %.3g; want near 0.3 and 9", seed, o.Name(), f.Q, f.Sigma2)
			}
		}
	}
	for oi, o := range opts {
		if frac := float64(pooledCov[oi]) / float64(pooledTot[oi]); frac < 0.93 {
			t.Errorf("%s: pooled coverage %.3f of %d periods, want >= 0.93", o.Name(), frac, pooledTot[oi])
		}
	}
}

// benchPanel is 10,000 dyads × 240 months with about half the months
// empty (Poisson(0.7) events per month), as in issue 4's target.
func benchData(dyads, months int) (y, n [][]float64) {
	r := rand.New(rand.NewPCG(2024, 4))
	y = make([][]float64, dyads)
	n = make([][]float64, dyads)
	for d := range y {
		_, y[d], n[d] = simulate(r, months, 0.3, 9, 0.7)
	}
	return y, n
}

// BenchmarkLevelFilterSmoother: filter + RTS smoother with given q and σ²
// over 10,000 dyads × 240 months, half empty (target ≤ 0.1 s per op on
// one core, no allocations).
func BenchmarkLevelFilterSmoother(b *testing.B) {
	y, n := benchData(10000, 240)
	mean := make([]float64, 240)
	v := make([]float64, 240)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for d := range y {
			(&LevelFilter{Q: 0.3, Sigma2: 9, Smooth: true}).Run(mean, v, y[d], n[d])
		}
	}
}

// BenchmarkTrendFilterSmoother: the same with the local linear trend.
func BenchmarkTrendFilterSmoother(b *testing.B) {
	y, n := benchData(10000, 240)
	mean := make([]float64, 240)
	v := make([]float64, 240)
	slope := make([]float64, 240)
	var work KalmanWork
	tf := &TrendFilter{Q: 0.3, QTrend: 0.01, Sigma2: 9, Smooth: true}
	dst := TrendState{Mean: mean, Variance: v, Slope: slope}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for d := range y {
			tf.Run(&dst, y[d], n[d], &work)
		}
	}
}
