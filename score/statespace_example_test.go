package score_test

import (
	"fmt"
	"math"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/score"
)

func ExampleKalmanOptions_Fit() {
	p, _ := score.NewPanel([]dataset.DyadPeriod{
		monthRow("CHN", "USA", 2019, 1, 3, 2, 4),
		monthRow("CHN", "USA", 2019, 2, 1, 3),
		monthRow("CHN", "USA", 2019, 4, -3, -5, 1, -2),
		monthRow("CHN", "USA", 2019, 5, -4, -2),
		monthRow("CHN", "USA", 2019, 6, -6, -1, -3),
	}, nil)
	f, err := (&score.KalmanOptions{Q: 1, Sigma2: 4, Observation: score.ObserveMean, Push: -1}).Fit(p, dataset.Dyad{A: "USA", B: "CHN"})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, pt := range f.Series.Points {
		fmt.Printf("%s %6.2f [%6.2f, %6.2f] n=%d\n", pt.Start.Format("2006-01"), pt.Value, pt.Lower, pt.Upper, pt.N)
	}
	// The filtered reading (the default): January is its own mean, 3, with
	// variance σ²/n = 4/3 (band 3 ± 1.96·1.155); the empty March carries
	// February on with a wider band.
	// Output:
	// 2019-01   3.00 [  0.74,   5.26] n=3
	// 2019-02   2.46 [  0.43,   4.50] n=2
	// 2019-03   2.46 [ -0.36,   5.29] n=0
	// 2019-04  -1.09 [ -2.80,   0.61] n=4
	// 2019-05  -1.98 [ -3.88,  -0.09] n=2
	// 2019-06  -2.78 [ -4.52,  -1.04] n=3
}

func ExampleFitKalman() {
	// Monthly mean Goldstein weights and their effective numbers of
	// events: cooperation that sours in the second year (NaN: no events).
	nan := math.NaN()
	y := []float64{2.1, 3.4, 0.6, 1.9, nan, 2.5, 0.8, 3.9, 1.2, nan, 2.6, 1.1,
		-0.2, 1.5, -1.1, -2.9, nan, -1.2, -3.5, -0.8, -2.6, -1.9, nan, -3.1}
	n := []float64{3, 5, 2, 4, 0, 3, 4, 5, 2, 0, 3, 6,
		4, 2, 5, 3, 0, 4, 6, 2, 3, 5, 0, 4}
	f, err := score.FitKalman(y, n, &score.KalmanOptions{ML: true, Observation: score.ObserveMean})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("ML:           q=%.3f sigma2=%.3f loglik=%.3f boundary=%v\n", f.Q, f.Sigma2, f.LogLik, f.Boundary)
	// The default marginalises ψ = q/σ² and σ² (KalmanPrior): Q and Sigma2
	// are then exp(E[log ψ])·E[σ²] and E[σ²] under the posterior.
	g, err := score.FitKalman(y, n, &score.KalmanOptions{Observation: score.ObserveMean})
	if err != nil {
		fmt.Println(err)
		return
	}
	last := g.Series.Points[len(y)-1]
	fmt.Printf("marginalised: q=%.3f sigma2=%.3f last=%.2f [%.2f, %.2f]\n", g.Q, g.Sigma2, last.Value, last.Lower, last.Upper)
	// Output:
	// ML:           q=0.522 sigma2=4.384 loglik=-35.905 boundary=false
	// marginalised: q=0.427 sigma2=6.590 last=-2.51 [-4.26, -0.75]
}
