package score

import (
	"errors"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/entente/entente/cameo"
	"github.com/entente/entente/dataset"
)

func TestKalmanFitUsesMeanAndNEff(t *testing.T) {
	// The observation of a period is Stats.MeanGoldstein with n_t =
	// Stats.NEff. January: weights 3 and 1 on g = 2 and −2, so
	// y = (6 − 2)/4 = 1 and n = 4²/(9 + 1) = 1.6; March: one event g = 5,
	// n = 1. With Q and Sigma2 given the fit is LevelFilter.Run on those.
	p := mustPanel([]dataset.DyadPeriod{
		row("CHN", "RUS", month(2020, 1), ev{3, 2, cameo.VerbalCoop, math.NaN()}, ev{1, -2, cameo.VerbalConflict, math.NaN()}),
		row("CHN", "RUS", month(2020, 3), coop(5)),
	}, &PanelOptions{Weight: dataset.WeightSources})
	f, err := (&KalmanOptions{Q: 0.4, Sigma2: 2, Smoothed: true, Observation: ObserveMean, Push: -1}).Fit(p, dataset.Dyad{A: "CHN", B: "RUS"})
	if err != nil {
		t.Fatal(err)
	}
	y := []float64{1, math.NaN(), 5}
	n := []float64{1.6, 0, 1}
	mean := make([]float64, 3)
	v := make([]float64, 3)
	ll, _ := (&LevelFilter{Q: 0.4, Sigma2: 2, Smooth: true}).Run(mean, v, y, n)
	for i := range mean {
		pt := f.Series.Points[i]
		if !near(pt.Value, mean[i], 1e-12) || !near(pt.Upper-pt.Value, 1.959963984540054*math.Sqrt(v[i]), 1e-9) ||
			!near(pt.Value-pt.Lower80, 1.2815515655446004*math.Sqrt(v[i]), 1e-9) {
			t.Fatalf("period %d: %+v, want %v ± z·√%v", i, pt, mean[i], v[i])
		}
	}
	if f.Estimated || f.LogLik != ll || f.Q != 0.4 || f.Sigma2 != 2 {
		t.Fatalf("fit = %+v", f)
	}
	if q, ok := f.Series.Param("q"); !ok || q != 0.4 {
		t.Error("params")
	}
	// Too few periods for the ML estimate; the marginalised model scores
	// them, with a band wider than the one of the given variances above.
	_, err = (&KalmanOptions{ML: true}).Fit(p, dataset.Dyad{A: "CHN", B: "RUS"})
	if !errors.Is(err, ErrTooFewObservations) {
		t.Fatalf("err = %v", err)
	}
	g, err := (&KalmanOptions{Observation: ObserveMean}).Fit(p, dataset.Dyad{A: "CHN", B: "RUS"})
	if err != nil {
		t.Fatal(err)
	}
	if pt := g.Series.Points[2]; !(pt.Upper-pt.Lower > f.Series.Points[2].Upper-f.Series.Points[2].Lower) {
		t.Errorf("marginalised band %v..%v not wider than the fixed one", pt.Lower, pt.Upper)
	}
}

func TestKalmanMLIsTheMaximum(t *testing.T) {
	// The concentrated ML fit must beat every point of a fine grid over
	// (q, σ²) on the full likelihood (up to the search tolerance).
	r := rand.New(rand.NewPCG(21, 1))
	_, y, n := simulate(r, 120, 0.5, 6, 2)
	f, err := FitKalman(y, n, &KalmanOptions{ML: true})
	if err != nil {
		t.Fatal(err)
	}
	mean := make([]float64, len(y))
	v := make([]float64, len(y))
	best := math.Inf(-1)
	for lq := -6.0; lq <= 3; lq += 0.05 {
		for ls := -1.0; ls <= 4; ls += 0.05 {
			ll, _ := (&LevelFilter{Q: math.Exp(lq), Sigma2: math.Exp(ls), Smooth: false}).Run(mean, v, y, n)
			best = math.Max(best, ll)
		}
	}
	if f.LogLik < best-1e-3 {
		t.Fatalf("ML log-likelihood %v below the grid's %v", f.LogLik, best)
	}
	// The partial fits (one variance given) also reach at least the grid's
	// best along their free variance.
	g, err := FitKalman(y, n, &KalmanOptions{ML: true, Sigma2: f.Sigma2})
	if err != nil {
		t.Fatal(err)
	}
	if g.LogLik < f.LogLik-1e-3 || !g.Estimated {
		t.Fatalf("σ² given: %v vs %v", g.LogLik, f.LogLik)
	}
}

func TestKalmanTrendOnPanel(t *testing.T) {
	// A steady rise of 0.5 a month, observed without noise apart from the
	// events' spread, gives a positive smoothed slope and a trend model
	// name.
	var rows []dataset.DyadPeriod
	for m := 0; m < 24; m++ {
		lvl := -4 + 0.5*float64(m)
		rows = append(rows, row("CHN", "USA", month(2018, 1).AddDate(0, m, 0), coop(lvl-1), coop(lvl+1)))
	}
	p := mustPanel(rows, nil)
	f, err := (&KalmanOptions{Trend: true, Observation: ObserveMean}).Fit(p, dataset.Dyad{A: "CHN", B: "USA"})
	if err != nil {
		t.Fatal(err)
	}
	if f.Series.Model != "trend" || len(f.Slope) != 24 || !near(f.Slope[12], 0.5, 0.05) {
		t.Fatalf("model %q slope %v", f.Series.Model, f.Slope)
	}
	for _, c := range []struct {
		o    KalmanOptions
		want string
	}{{KalmanOptions{}, "kalman"}, {KalmanOptions{Smoothed: true}, "kalman-smoothed"}, {KalmanOptions{Observation: ObserveMean}, "kalman-mean"},
		{KalmanOptions{ML: true, Observation: ObserveMean}, "kalman-ml"}, {KalmanOptions{ML: true}, "kalman-ml"}, {KalmanOptions{ML: true, Observation: ObserveEvidence}, "kalman-ml-evidence"},
		{KalmanOptions{Trend: true}, "trend"}, {KalmanOptions{Observation: ObserveEvidence}, "kalman"},
		{KalmanOptions{Q: 1, Observation: ObserveMean}, "kalman-ml"}, {KalmanOptions{Q: 1, Sigma2: 2, Observation: ObserveMean}, "kalman-mean"}, {KalmanOptions{Q: 1, Sigma2: 2}, "kalman"},
		{KalmanOptions{Trend: true, Observation: ObserveMean, Smoothed: true}, "trend-smoothed"}} {
		if got := c.o.Name(); got != c.want {
			t.Errorf("%+v: name %q, want %q", c.o, got, c.want)
		}
	}
}

func TestKalmanBoundaryFlag(t *testing.T) {
	// Ten values with a clean break and no within-level noise: the
	// likelihood is highest with σ² → 0 (every value exact), flagged.
	y := []float64{2.1, 1.4, 2.6, 1.9, -1.2, -2.5, -1.8, -2.9, -2.2, -1.6}
	n := []float64{3, 5, 2, 4, 6, 3, 4, 5, 2, 3}
	f, err := FitKalman(y, n, &KalmanOptions{ML: true})
	if err != nil {
		t.Fatal(err)
	}
	if !f.Boundary || f.Sigma2 > 1e-3*f.Q {
		t.Fatalf("fit %+v: want Boundary with σ² ≪ q", f)
	}
	r := rand.New(rand.NewPCG(1, 99))
	_, y, n = simulate(r, 240, 0.3, 9, 3)
	if f, err := FitKalman(y, n, &KalmanOptions{ML: true}); err != nil || f.Boundary {
		t.Fatalf("regular fit flagged or failed: %+v, %v", f, err)
	}
}

// BenchmarkFitKalmanML: maximum-likelihood fit of q and σ² plus the
// smoother for 10,000 dyads × 240 months, half empty (target ≤ 3 s per op
// on one core).
func BenchmarkFitKalmanML(b *testing.B) {
	y, n := benchData(10000, 240)
	b.ReportAllocs()
	b.ResetTimer()
	start := cpuTime()
	defer reportCPU(b, start)
	evals := 0
	for i := 0; i < b.N; i++ {
		for d := range y {
			f, err := FitKalman(y[d], n[d], &KalmanOptions{ML: true, Smoothed: true})
			if err != nil {
				b.Fatal(err)
			}
			evals += f.Evaluations
		}
	}
	b.ReportMetric(float64(evals)/float64(b.N*len(y)), "evals/dyad")
}

// A series whose observed periods all have the same mean (a dyad with only
// sanctions, Goldstein −8) cannot identify σ²: the ML fit must say so with
// ErrDegenerate, not panic; the marginalised model leans on its prior for
// σ² and keeps a band.
func TestFitKalmanConstantSeries(t *testing.T) {
	y := []float64{-8, -8, math.NaN(), -8, -8}
	n := []float64{1, 2, 0, 1, 3}
	for _, trend := range []bool{false, true} {
		_, err := FitKalman(y, n, &KalmanOptions{Trend: trend, ML: true, Observation: ObserveMean})
		if !errors.Is(err, ErrDegenerate) {
			t.Errorf("trend=%v: err = %v, want ErrDegenerate", trend, err)
		}
	}
	f, err := FitKalman(y, n, &KalmanOptions{Observation: ObserveMean})
	if err != nil {
		t.Fatal(err)
	}
	for i, p := range f.Series.Points {
		if !near(p.Value, -8, 1e-9) || !(p.Upper > p.Lower) {
			t.Errorf("period %d: %+v, want −8 with a band", i, p)
		}
	}
}

// BenchmarkFitKalmanMarginal: the default index — the local level
// marginalised over a grid of DefaultGridSize values of ψ, filtered — for
// 10,000 dyads × 240 months, half empty, one workspace reused (issue 11's
// target: ≤ 2 s per op on one core).
func BenchmarkFitKalmanMarginal(b *testing.B) {
	y, n := benchData(10000, 240)
	prior := (*KalmanPrior)(nil).options()
	mean := make([]float64, 240)
	v := make([]float64, 240)
	u := make([]float64, 240)
	var work MarginalWork
	b.ReportAllocs()
	b.ResetTimer()
	start := cpuTime()
	defer reportCPU(b, start)
	for i := 0; i < b.N; i++ {
		for d := range y {
			// the default model's push: γ·e_t in observed months
			for t := range u {
				u[t] = 0
				if !missing(y[d][t], n[d][t]) {
					u[t] = DefaultPush * y[d][t]
				}
			}
			marginalLevel(y[d], n[d], u, true, &prior, DefaultSigma2Prior, 0, false, mean, v, &work)
		}
	}
}

// VolumeRelative: the net evidence of a month is scaled by the running
// mean of the pair's volume over that month's volume. January: CHN–RUS
// alone (volume 2, scale 1); February: the same two events beside eight
// CHN–USA events (volume 10, running mean 6, scale 0.6). Hand values:
// V = 2·h(7) = 2·(7 − 49/20) = 9.1, e = 10·tanh(V·scale/20).
func TestKalmanVolumeRelative(t *testing.T) {
	var usa []ev
	for i := 0; i < 8; i++ {
		usa = append(usa, coop(1))
	}
	p := mustPanel([]dataset.DyadPeriod{
		row("CHN", "RUS", month(2020, 1), coop(7), coop(7)),
		row("CHN", "RUS", month(2020, 2), coop(7), coop(7)),
		row("CHN", "USA", month(2020, 2), usa...),
	}, nil)
	var st [2]dataset.Stats
	stats, _ := p.Stats(dataset.Dyad{A: "CHN", B: "RUS"}, false)
	copy(st[:], stats)
	opt := (&KalmanOptions{}).options() // the default observation resolved: the net evidence
	for i, sc := range []float64{1, 0.6} {
		e, n := observe(&opt, &st[i], sc)
		if want := 10 * math.Tanh(9.1*sc/20); !near(e, want, 1e-12) || n != 1 {
			t.Errorf("month %d: e = %v, want %v", i+1, e, want)
		}
	}
	a, _ := (&KalmanOptions{}).Score(p, dataset.Dyad{A: "CHN", B: "RUS"})
	b, _ := (&KalmanOptions{VolumeRelative: true}).Score(p, dataset.Dyad{A: "CHN", B: "RUS"})
	if a.Points[0].Value != b.Points[0].Value || !(b.Points[1].Value < a.Points[1].Value) {
		t.Errorf("plain %v, volume-relative %v: want the same January and a lower February", a.Values(), b.Values())
	}
}
