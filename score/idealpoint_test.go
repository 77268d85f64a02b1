package score

import (
	"errors"
	"math"
	"strings"
	"testing"

	"gonum.org/v1/gonum/stat"
)

// TestFitIdealPointsRecovery: on data drawn from the model (60 countries,
// 15 periods of 40 roll calls, drift 0.2, 10 % missing) the estimates
// correlate with the true ideal points at r ≥ 0.97 (measured: 0.986), and
// the 95 % Laplace bands, after mapping the truth onto the estimates' scale
// by least squares, cover at least 85 % of the true values (measured:
// 0.960; they ignore the roll-call parameters' uncertainty, so they could
// fall short of 95 % with fewer votes per period).
func TestFitIdealPointsRecovery(t *testing.T) {
	const nc, np = 60, 15
	m, truth := simRollCalls(11, nc, np, 40, 0.2, 0.1)
	p, err := FitIdealPoints(m, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !p.Converged {
		t.Fatalf("no convergence in %d sweeps", p.Iterations)
	}
	var est, tru []float64
	for _, q := range p.Points {
		i := m.Country(q.Country)
		est = append(est, q.Value)
		tru = append(tru, truth[i*np+q.Period-1])
	}
	r := stat.Correlation(est, tru, nil)
	if math.Abs(r) < 0.97 {
		t.Errorf("correlation with the truth %.4f, want |r| ≥ 0.97", r)
	}
	a, b := stat.LinearRegression(tru, est, nil, false)
	in := 0
	for k, q := range p.Points {
		if x := a + b*tru[k]; x >= q.Lower && x <= q.Upper {
			in++
		}
	}
	cover := float64(in) / float64(len(p.Points))
	if cover < 0.85 {
		t.Errorf("band coverage %.3f, want ≥ 0.85", cover)
	}
	t.Logf("r = %.4f, coverage %.3f, %d sweeps", r, cover, p.Iterations)
}

// modalAccuracy is the share of the recorded votes of m that equal the
// most probable category under cutpoints c0, c1, discriminations b and
// ideal points theta(country, period).
func modalAccuracy(m *RollCallMatrix, c0, c1, b []float64, theta func(i, period int) float64) float64 {
	right, all := 0, 0
	for j, rc := range m.RollCalls {
		for i := range m.Countries {
			v := m.At(i, j)
			if v == BallotMissing {
				continue
			}
			eta := b[j] * theta(i, rc.Period)
			pn := 1 / (1 + math.Exp(-(c0[j] - eta)))
			pna := 1 / (1 + math.Exp(-(c1[j] - eta)))
			best := BallotNo
			if pna-pn > pn {
				best = BallotAbstain
			}
			if 1-pna > max(pn, pna-pn) {
				best = BallotYes
			}
			all++
			if best == v {
				right++
			}
		}
	}
	return float64(right) / float64(all)
}

// TestFitIdealPointsIdentification: mean 0 and sd 1 over the reported
// points, the anchor's mean positive, an explicit anchor flipping the sign,
// the result independent of the number of workers, and the roll-call
// parameters transformed with the ideal points: with them the fitted model
// predicts the votes (most probable category) at least as well as the true
// parameters do, less 0.02 (in-sample it does a little better).
func TestFitIdealPointsIdentification(t *testing.T) {
	sim := simRollCallsFull(12, 40, 8, 25, 0.2, 0.1)
	m := sim.m
	p, err := FitIdealPoints(m, &IdealPointOptions{Anchor: "C3"})
	if err != nil {
		t.Fatal(err)
	}
	var v []float64
	for _, q := range p.Points {
		v = append(v, q.Value)
	}
	mean, sd := stat.PopMeanStdDev(v, nil)
	if math.Abs(mean) > 1e-12 || math.Abs(sd-1) > 1e-12 {
		t.Errorf("mean %g, sd %g; want 0 and 1", mean, sd)
	}
	anchorMean := func(p *IdealPoints, c string) float64 {
		s := 0.0
		for _, q := range p.Series(c) {
			s += q.Value
		}
		return s
	}
	if anchorMean(p, "C3") <= 0 {
		t.Errorf("anchor C3 has mean %g, want > 0", anchorMean(p, "C3"))
	}
	q, err := FitIdealPoints(m, &IdealPointOptions{Anchor: "C3", Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	for k := range p.Points {
		if p.Points[k] != q.Points[k] {
			t.Fatalf("1 worker and the default differ at %+v / %+v", p.Points[k], q.Points[k])
		}
	}
	// The other sign: choose as anchor the country with the lowest point.
	low := p.Points[0]
	for _, x := range p.Points {
		if x.Value < low.Value {
			low = x
		}
	}
	f, err := FitIdealPoints(m, &IdealPointOptions{Anchor: low.Country})
	if err != nil {
		t.Fatal(err)
	}
	for k := range p.Points {
		if math.Abs(f.Points[k].Value+p.Points[k].Value) > 1e-9 {
			t.Fatalf("anchor %s: %+v is not the mirror of %+v", low.Country, f.Points[k], p.Points[k])
		}
	}
	at := map[[2]int]float64{}
	for _, x := range p.Points {
		at[[2]int{m.Country(x.Country), x.Period}] = x.Value
	}
	var c0, c1, b []float64
	for _, rc := range p.RollCalls {
		c0, c1, b = append(c0, rc.Cut0), append(c1, rc.Cut1), append(b, rc.Discrimination)
	}
	fit := modalAccuracy(m, c0, c1, b, func(i, t int) float64 { return at[[2]int{i, t}] })
	truth := modalAccuracy(m, sim.c0, sim.c1, sim.b, func(i, t int) float64 { return sim.theta[i*8+t-1] })
	if fit < truth-0.02 {
		t.Errorf("the identified parameters predict %.3f of the votes, the true ones %.3f", fit, truth)
	}
	t.Logf("modal accuracy: fit %.3f, truth %.3f", fit, truth)
}

// TestFitIdealPointsMissing: a missing ballot is absence, not "no": a
// country that votes in periods 1 and 3 only has no point in period 2 (its
// chain is interpolated there), N counts its votes, and turning a
// country's "no" votes into missing changes its ideal point (so missing is
// not read as "no").
func TestFitIdealPointsMissing(t *testing.T) {
	m, _ := simRollCalls(13, 20, 3, 30, 0.2, 0)
	for j, rc := range m.RollCalls {
		if rc.Period == 2 {
			m.Set(0, j, BallotMissing)
		}
	}
	p, err := FitIdealPoints(m, nil)
	if err != nil {
		t.Fatal(err)
	}
	s := p.Series("C0")
	if len(s) != 2 || s[0].Period != 1 || s[1].Period != 3 || s[0].N != 30 || s[1].N != 30 {
		t.Fatalf("C0's points %+v, want periods 1 and 3 with 30 votes each", s)
	}
	if got := len(p.Series("C1")); got != 3 {
		t.Errorf("C1 has %d points, want 3", got)
	}
	if p.Votes != m.Votes() || p.Votes != 20*90-30 {
		t.Errorf("Votes %d, matrix %d, want %d", p.Votes, m.Votes(), 20*90-30)
	}
	q := *m
	q.Ballots = append([]Ballot(nil), m.Ballots...)
	for j := range q.RollCalls {
		if q.At(1, j) == BallotNo {
			q.Set(1, j, BallotMissing)
		}
	}
	p2, err := FitIdealPoints(&q, nil)
	if err != nil {
		t.Fatal(err)
	}
	if d := math.Abs(p2.Series("C1")[0].Value - p.Series("C1")[0].Value); d < 0.05 {
		t.Errorf("C1 moved by %g when its no votes went missing; missing is being read as no?", d)
	}
}

func TestFitIdealPointsErrors(t *testing.T) {
	m := NewRollCallMatrix([]string{"USA", "CUB"}, []RollCallColumn{{ID: "1", Period: 1}})
	if _, err := FitIdealPoints(m, nil); !errors.Is(err, ErrTooFewObservations) {
		t.Errorf("no votes: %v, want ErrTooFewObservations", err)
	}
	m.Set(0, 0, BallotYes)
	m.Set(1, 0, BallotNo)
	if _, err := FitIdealPoints(m, &IdealPointOptions{Anchor: "ISR"}); !errors.Is(err, ErrUnknownCountry) {
		t.Errorf("anchor ISR: %v, want ErrUnknownCountry", err)
	}
	if _, err := FitIdealPoints(m, nil); err != nil {
		t.Errorf("two votes: %v", err)
	}
	panics := func(name string, f func()) {
		t.Helper()
		defer func() {
			r := recover()
			if s, ok := r.(string); !ok || !strings.HasPrefix(s, "score: ") {
				t.Errorf("%s: recovered %v, want a \"score: \" panic", name, r)
			}
		}()
		f()
	}
	panics("short ballots", func() {
		FitIdealPoints(&RollCallMatrix{Countries: []string{"A"}, RollCalls: []RollCallColumn{{}, {}}, Ballots: []Ballot{1}}, nil)
	})
	panics("bad ballot", func() {
		FitIdealPoints(&RollCallMatrix{Countries: []string{"A"}, RollCalls: []RollCallColumn{{}}, Ballots: []Ballot{4}}, nil)
	})
	panics("repeated country", func() { NewRollCallMatrix([]string{"NA", "NA"}, nil) })
	panics("negative drift", func() { FitIdealPoints(m, &IdealPointOptions{Drift: -1}) })
	panics("level 1", func() { FitIdealPoints(m, &IdealPointOptions{Level: 1}) })
	panics("set 5", func() { m.Set(0, 0, 5) })
	panics("index", func() { m.At(2, 0) })
}

// TestFitIdealPointsBootstrap: with Bootstrap the values are those of the
// plain fit; a point's SD is the standard deviation of its values in the
// refits on m.Resample(seed+1 … seed+B), recomputed here from those refits;
// the distance band is |Δ| ± z·sd of the replicate distances (z = 1.959964
// for 95 %); the result is the same for the same seed.
func TestFitIdealPointsBootstrap(t *testing.T) {
	const B = 8
	m, _ := simRollCalls(21, 25, 4, 30, 0.2, 0.1)
	plain, err := FitIdealPoints(m, nil)
	if err != nil {
		t.Fatal(err)
	}
	opts := &IdealPointOptions{Bootstrap: B, BootstrapSeed: 40}
	p, err := FitIdealPoints(m, opts)
	if err != nil {
		t.Fatal(err)
	}
	if p.Bootstrap != B {
		t.Errorf("Bootstrap = %d, want %d", p.Bootstrap, B)
	}
	var reps []*IdealPoints
	for r := uint64(1); r <= B; r++ {
		q, err := FitIdealPoints(m.Resample(40+r), nil)
		if err != nil {
			t.Fatal(err)
		}
		reps = append(reps, q)
	}
	value := func(q *IdealPoints, c string, period int) float64 {
		for _, x := range q.Series(c) {
			if x.Period == period {
				return x.Value
			}
		}
		return math.NaN()
	}
	sd := func(v []float64) float64 {
		var ok []float64
		for _, x := range v {
			if !math.IsNaN(x) {
				ok = append(ok, x)
			}
		}
		return stat.StdDev(ok, nil)
	}
	for k, x := range p.Points {
		if x.Value != plain.Points[k].Value {
			t.Fatalf("%+v: value differs from the plain fit's %g", x, plain.Points[k].Value)
		}
		var v []float64
		for _, q := range reps {
			v = append(v, value(q, x.Country, x.Period))
		}
		if w := sd(v); math.Abs(x.SD-w) > 1e-12 || !(x.SD > 0) {
			t.Fatalf("%+v: SD %g, from the replicates %g", x, x.SD, w)
		}
		if math.Abs(x.Upper-x.Value-1.959963984540054*x.SD) > 1e-12 {
			t.Fatalf("%+v: band is not value ± 1.96·SD", x)
		}
	}
	for _, d := range p.Distance("C1", "C2") {
		var v []float64
		for _, q := range reps {
			v = append(v, math.Abs(value(q, "C1", d.Period)-value(q, "C2", d.Period)))
		}
		w := sd(v)
		if math.Abs(d.Upper-d.Value-1.959963984540054*w) > 1e-12 || math.Abs(d.Lower-max(d.Value-1.959963984540054*w, 0)) > 1e-12 {
			t.Errorf("%+v: band from replicate sd %g expected", d, w)
		}
	}
	again, _ := FitIdealPoints(m, opts)
	for k := range p.Points {
		if again.Points[k] != p.Points[k] {
			t.Fatal("the same seed gave other bands")
		}
	}
}
