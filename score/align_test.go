package score

import (
	"bytes"
	"errors"
	"math"
	"math/rand/v2"
	"testing"
	"time"
)

func month(y int, m time.Month) time.Time { return time.Date(y, m, 1, 0, 0, 0, 0, time.UTC) }

// handProfiles: rows A and B, columns A…E, one period. A's values toward
// C, D, E are 2, −4, 6 and B's 4, −4, −2; A→B = 5 and B→A = −7 must be left
// out (they are the pair itself).
func handProfiles() *Profiles {
	p := NewProfiles([]string{"A", "B"}, []string{"A", "B", "C", "D", "E"}, []time.Time{month(2020, 1)})
	p.Lo, p.Hi = -10, 10
	set := func(r, c string, v float64) {
		if err := p.Set(0, r, c, v); err != nil {
			panic(err)
		}
	}
	set("A", "B", 5)
	set("A", "C", 2)
	set("A", "D", -4)
	set("A", "E", 6)
	set("B", "A", -7)
	set("B", "C", 4)
	set("B", "D", -4)
	set("B", "E", -2)
	set("A", "A", 3) // ignored: a country's relation to itself
	return p
}

func TestAlignHand(t *testing.T) {
	// Hand calculation over the shared third countries C, D, E
	// (x = 2, −4, 6; y = 4, −4, −2; R = 20 from the Goldstein range):
	//   s:  Σ|x−y| = 2 + 0 + 8 = 10, S = 1 − 2·10/(3·20) = 2/3
	//   s2: Σ(x−y)² = 4 + 0 + 64 = 68, S = 1 − 2·68/(3·400) = 1 − 17/150
	//   pearson: x̄ = 4/3, ȳ = −2/3; Σdxdy = 44/3, Σdx² = 152/3, Σdy² = 104/3,
	//            r = 44/√(152·104)
	//   cosine: Σxy = 12, Σx² = 56, Σy² = 36, c = 12/√(56·36)
	//   kappa: classes (+,−,+) and (+,−,−): p_o = 2/3,
	//          p_e = (1/3)(2/3) + (2/3)(1/3) = 4/9, κ = (2/9)/(5/9) = 0.4
	want := map[string]float64{
		MethodS:       2.0 / 3,
		MethodS2:      1 - 17.0/150,
		MethodPearson: 44 / math.Sqrt(152*104),
		MethodCosine:  12 / math.Sqrt(56*36),
		MethodKappa:   0.4,
	}
	p := handProfiles()
	for _, method := range Methods() {
		m, err := AlignPeriod(p, 0, &AlignOptions{Method: method})
		if err != nil {
			t.Fatal(err)
		}
		if got := m.At("A", "B"); !near(got, want[method], 1e-12) {
			t.Errorf("%s: A–B = %v, want %v", method, got, want[method])
		}
		if got := m.At("B", "A"); got != m.At("A", "B") {
			t.Errorf("%s: not symmetric", method)
		}
		if m.Common("A", "B") != 3 {
			t.Errorf("%s: common = %d, want 3", method, m.Common("A", "B"))
		}
		// Contributions add up to the value.
		cs, err := m.Contributions("A", "B")
		if err != nil {
			t.Fatal(err)
		}
		sum := 0.0
		for _, c := range cs {
			sum += c.Contribution
		}
		if len(cs) != 3 || !near(sum, want[method], 1e-12) {
			t.Errorf("%s: %d contributions summing to %v, want 3 summing to %v", method, len(cs), sum, want[method])
		}
	}
	// S contributions by hand: D (equal values) gives (1/3)(1 − 0) = 1/3,
	// C (distance 2) (1/3)(1 − 4/20) = 0.2667, E (distance 8)
	// (1/3)(1 − 16/20) = 0.0667 — in that order.
	m, _ := AlignPeriod(p, 0, nil)
	cs, _ := m.Contributions("A", "B")
	if cs[0].Country != "D" || !near(cs[0].Contribution, 1.0/3, 1e-12) || cs[2].Country != "E" || !near(cs[2].Contribution, 1.0/15, 1e-12) {
		t.Errorf("S contributions = %+v", cs)
	}
	if cs[0].Relation() != "both hostile" || cs[2].Relation() != "opposed" {
		t.Errorf("relations = %q, %q", cs[0].Relation(), cs[2].Relation())
	}
	if got := cs[0].Describe("A", "B"); got != "A and B: both hostile to D (-4.000, -4.000): +0.333" {
		t.Errorf("Describe = %q", got)
	}
}

func TestAlignMinCommon(t *testing.T) {
	p := handProfiles()
	m, _ := AlignPeriod(p, 0, &AlignOptions{MinCommon: 4})
	if !math.IsNaN(m.At("A", "B")) {
		t.Errorf("3 shared countries with MinCommon 4: %v, want NaN", m.At("A", "B"))
	}
	cs, err := m.Contributions("A", "B")
	if err != nil || cs != nil {
		t.Errorf("contributions of a NaN pair = %v, %v", cs, err)
	}
	if _, err := m.Contributions("A", "ZZZ"); !errors.Is(err, ErrUnknownCountry) {
		t.Errorf("unknown country: %v", err)
	}
	if _, err := AlignPeriod(p, 0, &AlignOptions{Method: "bogus"}); !errors.Is(err, ErrUnknownMethod) {
		t.Errorf("unknown method: %v", err)
	}
	if _, err := AlignPeriod(p, 3, nil); !errors.Is(err, ErrNoPeriod) {
		t.Errorf("period out of range: %v", err)
	}
}

// randomProfiles fills N rows × K columns (rows are the first N columns)
// over T periods, leaving a fraction miss of entries missing.
func randomProfiles(r *rand.Rand, N, K, T int, miss float64) *Profiles {
	rows := make([]string, N)
	cols := make([]string, K)
	for k := range cols {
		cols[k] = code3(k)
		if k < N {
			rows[k] = cols[k]
		}
	}
	periods := make([]time.Time, T)
	for i := range periods {
		periods[i] = month(2000, 1).AddDate(0, i, 0)
	}
	p := NewProfiles(rows, cols, periods)
	p.Lo, p.Hi = -10, 10
	for t := 0; t < T; t++ {
		for i := 0; i < N; i++ {
			for k := 0; k < K; k++ {
				if r.Float64() < miss {
					continue
				}
				v := math.Round(r.NormFloat64()*3*4) / 4 // quarter steps: exact zeros and ties occur
				p.SetAt(t, i, k, math.Max(-10, math.Min(10, v)))
			}
			p.SetVolume(t, i, float64(r.IntN(50)))
		}
		for k := N; k < K; k++ {
			p.SetVolume(t, k, float64(r.IntN(50)))
		}
	}
	return p
}

func code3(k int) string {
	return string([]byte{'A' + byte(k/676%26), 'A' + byte(k/26%26), 'A' + byte(k%26)})
}

func TestAlignProperties(t *testing.T) {
	// Properties (issue 4): S of identical profiles is 1; every method is
	// symmetric and bounded (S and S² in [−1, 1], the others too).
	r := rand.New(rand.NewPCG(3, 4))
	p := randomProfiles(r, 12, 20, 3, 0.2)
	// make row 1 a copy of row 0 (apart from their own columns, which are
	// excluded anyway)
	for t := range p.Periods {
		for k := range p.Cols {
			if k == 0 || k == 1 {
				continue
			}
			p.SetAt(t, 1, k, p.values[p.at(t, 0, k)])
		}
	}
	for _, method := range Methods() {
		ms, err := Align(p, &AlignOptions{Method: method})
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range ms {
			if method == MethodS || method == MethodS2 {
				if v := m.At(p.Rows[0], p.Rows[1]); !near(v, 1, 1e-12) {
					t.Errorf("%s: identical profiles give %v, want 1", method, v)
				}
			}
			for _, a := range p.Rows {
				if v := m.At(a, a); !math.IsNaN(v) && !near(v, 1, 1e-9) && method != MethodKappa {
					t.Errorf("%s: %s with itself = %v, want 1", method, a, v)
				}
				for _, b := range p.Rows {
					v := m.At(a, b)
					if v != m.At(b, a) && !(math.IsNaN(v) && math.IsNaN(m.At(b, a))) {
						t.Errorf("%s: %s–%s not symmetric", method, a, b)
					}
					if v < -1-1e-12 || v > 1+1e-12 {
						t.Errorf("%s: %s–%s = %v out of [−1, 1]", method, a, b, v)
					}
				}
			}
		}
	}
}

func TestAlignDeterministicAcrossWorkers(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	p := randomProfiles(r, 15, 30, 12, 0.4)
	var outs []string
	for _, workers := range []int{1, 2, 5} {
		ms, err := Align(p, &AlignOptions{Method: MethodPearson, Workers: workers})
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := WriteAlignmentCSV(&b, ms); err != nil {
			t.Fatal(err)
		}
		outs = append(outs, b.String())
	}
	if outs[0] != outs[1] || outs[0] != outs[2] {
		t.Fatal("output depends on the number of workers")
	}
}

func TestAlignmentCSV(t *testing.T) {
	p := handProfiles()
	m, _ := AlignPeriod(p, 0, nil)
	want := "period,country,A,B\n" +
		"2020-01-01,A,1,0.66666667\n" +
		"2020-01-01,B,0.66666667,1\n"
	if got := m.CSV(); got != want {
		t.Errorf("CSV:\n%s\nwant:\n%s", got, want)
	}
	var b bytes.Buffer
	WriteAlignmentLongCSV(&b, []*AlignmentMatrix{m})
	if got := b.String(); got != "period,a,b,method,value,common\n2020-01-01,A,B,s,0.66666667,3\n" {
		t.Errorf("long CSV:\n%s", got)
	}
	pairs := m.Pairs()
	if len(pairs) != 1 || pairs[0].A != "A" || pairs[0].Common != 3 {
		t.Errorf("Pairs = %+v", pairs)
	}
}

// BenchmarkAlign: alignment matrices of 250 countries (profiles toward the
// same 250) for 240 months, per method, with complete profiles and with
// 30 % of the entries missing (targets on one core: Pearson/cosine
// ≤ 0.5 s, S ≤ 1.5 s per op; run with -cpu 1,2 for the speed-up).
func BenchmarkAlign(b *testing.B) {
	for _, miss := range []struct {
		name string
		frac float64
	}{{"complete", 0}, {"missing30", 0.3}} {
		r := rand.New(rand.NewPCG(250, 240))
		p := randomProfiles(r, 250, 250, 240, miss.frac)
		for _, method := range Methods() {
			b.Run(method+"/"+miss.name, func(b *testing.B) {
				b.ReportAllocs()
				for i := 0; i < b.N; i++ {
					if _, err := Align(p, &AlignOptions{Method: method}); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

func TestAlignmentFrame(t *testing.T) {
	p := NewProfiles([]string{"NA", "ZAF"}, []string{"NA", "ZAF", "USA", "CHN", "RUS"}, []time.Time{month(2020, 1)})
	for k, v := range []float64{1, 2, 3} {
		p.SetAt(0, 0, k+2, v)
		p.SetAt(0, 1, k+2, v+1)
	}
	p.Lo, p.Hi = -10, 10
	ms, _ := Align(p, nil)
	df := AlignmentFrame(ms)
	if r, c := df.Dims(); r != 1 || c != 6 {
		t.Fatalf("dims %d×%d", r, c)
	}
	// S by hand: every distance 1, R = 20: 1 − 2·1/20 = 0.9.
	if df.Col("a").Records()[0] != "NA" || df.Col("value").Float()[0] != 0.9 || df.Col("period").Records()[0] != "2020-01-01" {
		t.Fatalf("frame: %v", df)
	}
	if n, _ := df.Col("common").Int(); n[0] != 3 {
		t.Fatalf("common = %v", n)
	}
}
