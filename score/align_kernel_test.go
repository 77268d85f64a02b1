package score

import (
	"math"
	"math/rand/v2"
	"testing"
)

// The unrolled loops against hand sums. Lengths 0, 1, 3, 5 and 7 exercise
// the 2- and 4-way bodies and their tails.
func TestL1Loops(t *testing.T) {
	a := []float64{1, -2, 3, 0, 5, -1, 2}
	b := []float64{0, 2, 3, -1, 1, 1, 2}
	w := []float64{1, 0.5, 2, 1, 0.25, 3, 4}
	// |a−b| = 1, 4, 0, 1, 4, 2, 0
	for _, tt := range []struct {
		n            int
		plain, wsum  float64
		masked, mass float64 // with wa = w and mb = 1,0,1,0,…
	}{
		{0, 0, 0, 0, 0},
		{1, 1, 1, 1, 1},                     // 1·1
		{3, 5, 1 + 2 + 0, 1 + 0, 1 + 2},     // plain 1+4+0; weighted 1·1 + 0.5·4 + 2·0
		{5, 10, 3 + 1 + 1, 1 + 0 + 1, 3.25}, // + 1·1 + 0.25·4; masked keeps k = 0, 2, 4
		{7, 12, 5 + 6 + 0, 2, 7.25},         // + 3·2 + 4·0; masked adds k = 6 (|0|·4, mass 4)
	} {
		mb := make([]float64, tt.n)
		for k := 0; k < tt.n; k += 2 {
			mb[k] = 1
		}
		if got := l1Plain(a[:tt.n], b[:tt.n]); got != tt.plain {
			t.Errorf("n=%d: l1Plain = %v, want %v", tt.n, got, tt.plain)
		}
		if got := l1Weighted(a[:tt.n], b[:tt.n], w[:tt.n]); got != tt.wsum {
			t.Errorf("n=%d: l1Weighted = %v, want %v", tt.n, got, tt.wsum)
		}
		d, W := l1Masked(a[:tt.n], b[:tt.n], w[:tt.n], mb)
		if d != tt.masked || W != tt.mass {
			t.Errorf("n=%d: l1Masked = %v, %v; want %v, %v", tt.n, d, W, tt.masked, tt.mass)
		}
	}
}

func TestGather(t *testing.T) {
	a := []float64{1, 2, 4, 8, 16}
	b := []float64{-1, -2, -4, -8, -16}
	for _, tt := range []struct {
		idx []int32
		sum float64
	}{{nil, 0}, {[]int32{3}, 8}, {[]int32{0, 4}, 17}, {[]int32{1, 2, 4}, 22}} {
		if got := gather1(a, tt.idx); got != tt.sum {
			t.Errorf("gather1(%v) = %v, want %v", tt.idx, got, tt.sum)
		}
		if sa, sb := gather2(a, b, tt.idx); sa != tt.sum || sb != -tt.sum {
			t.Errorf("gather2(%v) = %v, %v; want %v, %v", tt.idx, sa, sb, tt.sum, -tt.sum)
		}
	}
}

// growF reuses capacity; growU also clears, since the bitsets are OR-ed into.
func TestGrowBuffers(t *testing.T) {
	f := make([]float64, 2, 8)
	f[0] = 7
	if g := growF(f, 5); len(g) != 5 || &g[0] != &f[0] {
		t.Error("growF did not reuse the buffer")
	}
	if g := growF(f, 9); len(g) != 9 || g[0] != 0 {
		t.Error("growF did not allocate a zeroed buffer")
	}
	u := make([]uint64, 3, 4)
	u[0], u[2] = math.MaxUint64, 5
	g := growU(u, 4)
	if len(g) != 4 || &g[0] != &u[0] || g[0] != 0 || g[2] != 0 {
		t.Errorf("growU = %v; want four zeros in the same buffer", g)
	}
}

func TestAlignKernelsMatchReference(t *testing.T) {
	// Property: every matrix kernel (Syrk/Gemm, the complete-profile
	// shortcut, the unrolled L1 loop, the κ popcounts) equals the direct
	// per-pair formula pairValue, and the contributions add up to it.
	r := rand.New(rand.NewPCG(7, 7))
	for _, miss := range []float64{0, 0.3, 0.9} {
		p := randomProfiles(r, 9, 13, 2, miss)
		for _, method := range Methods() {
			for _, weighted := range []int{0, 1, 2} {
				opt := &AlignOptions{Method: method, MinCommon: 1, Neutral: 0.5}
				switch weighted {
				case 1:
					opt.Weights = make([]float64, len(p.Cols))
					for k := range opt.Weights {
						opt.Weights[k] = float64(k%4) + 0.5
					}
				case 2:
					opt.WeightByVolume = true
				}
				ms, err := Align(p, opt)
				if err != nil {
					t.Fatal(err)
				}
				for _, m := range ms {
					w := m.weights()
					for _, a := range p.Rows {
						for _, b := range p.Rows {
							want, n, _ := pairValue(&m.opts, p.Row(m.t, a), p.Row(m.t, b), w, m.Range, false)
							got := m.At(a, b)
							if !near(got, want, 1e-9) || m.Common(a, b) != n {
								t.Fatalf("miss=%v %s weighted=%d %s–%s: kernel %v (n=%d), reference %v (n=%d)",
									miss, method, weighted, a, b, got, m.Common(a, b), want, n)
							}
							if math.IsNaN(got) {
								continue
							}
							cs, _ := m.Contributions(a, b)
							sum := 0.0
							for _, c := range cs {
								sum += c.Contribution
							}
							if !near(sum, got, 1e-9) {
								t.Fatalf("%s %s–%s: contributions sum to %v, value %v", method, a, b, sum, got)
							}
						}
					}
				}
			}
		}
	}
}
