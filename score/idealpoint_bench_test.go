package score

import "testing"

// BenchmarkFitIdealPoints: 200 countries × 10,000 roll calls (50 periods of
// 200), 5 % of ballots missing, drawn from the model (simRollCalls): the
// size the issue asks to fit "in seconds". Reported in BENCHMARKS.md.
func BenchmarkFitIdealPoints(b *testing.B) {
	m, _ := simRollCalls(1, 200, 50, 200, 0.2, 0.05)
	b.ReportAllocs()
	b.ResetTimer()
	var p *IdealPoints
	for i := 0; i < b.N; i++ {
		var err error
		p, err = FitIdealPoints(m, nil)
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(p.Iterations), "sweeps")
	b.ReportMetric(float64(p.Votes), "votes")
}
