package dataset

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"
)

func TestSumExactAndOrderIndependent(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	xs := make([]float64, 1000)
	for i := range xs {
		// Goldstein-like values times weights, tone-like values, and a
		// few large ones that go through the chunked path.
		switch i % 3 {
		case 0:
			xs[i] = float64(r.IntN(201)-100) / 10 * float64(1+r.IntN(50))
		case 1:
			xs[i] = r.NormFloat64() * 7.3
		default:
			xs[i] = r.NormFloat64() * 1e10
		}
	}
	var ref Sum
	for _, x := range xs {
		ref.Add(x)
	}
	for trial := 0; trial < 20; trial++ {
		perm := r.Perm(len(xs))
		// Split into random groups, sum each, merge in random order.
		parts := make([]Sum, 1+r.IntN(8))
		for _, i := range perm {
			parts[r.IntN(len(parts))].Add(xs[i])
		}
		var got Sum
		for _, j := range r.Perm(len(parts)) {
			got.Merge(parts[j])
		}
		if got != ref {
			t.Fatalf("trial %d: merged sum %v (%+v) != sequential %v (%+v)", trial, got.Float(), got, ref.Float(), ref)
		}
	}
}

func TestSumValues(t *testing.T) {
	tests := []struct {
		in   []float64
		want float64
	}{
		{nil, 0},
		{[]float64{0.1, 0.2}, 0.3}, // exact at 1e-9 resolution, unlike float addition
		{[]float64{-2.5, 1}, -1.5},
		{[]float64{1e12, -1e12, 3}, 3},
		{[]float64{math.NaN(), 4, math.Inf(1)}, 4},
		{[]float64{-1e-10}, 0}, // below resolution rounds to 0
	}
	for _, tt := range tests {
		var s Sum
		for _, x := range tt.in {
			s.Add(x)
		}
		if got := s.Float(); got != tt.want {
			t.Errorf("sum of %v = %v, want %v", tt.in, got, tt.want)
		}
	}
	var s Sum
	if s.Add(math.NaN()) || !s.IsZero() {
		t.Error("NaN was added")
	}
}

func TestSumNegativeCarry(t *testing.T) {
	// Crossing zero repeatedly exercises the borrow between the words.
	var s Sum
	for i := 0; i < 100; i++ {
		s.Add(-3.25)
		s.Add(1.25)
	}
	if got := s.Float(); got != -200 {
		t.Fatalf("got %v, want -200 (100 × -2)", got)
	}
}

// Large values are converted exactly and in constant time (an earlier
// version looped x/9e9 times). Reference: math/big on the same rounded
// values.
func TestSumLarge(t *testing.T) {
	xs := []float64{4e18, -4e18, 2e9 * 2e9, 1.5e28, -1.2345678912345e22, 9.3e9, -9.3e9, 0.1}
	var s Sum
	ref := new(big.Int)
	for _, x := range xs {
		if !s.Add(x) {
			t.Fatalf("Add(%g) refused", x)
		}
		v, _ := new(big.Float).SetFloat64(math.Round(x * sumScale)).Int(nil)
		ref.Add(ref, v)
	}
	want, _ := new(big.Float).Quo(new(big.Float).SetInt(ref), big.NewFloat(sumScale)).Float64()
	if got := s.Float(); math.Abs(got-want) > math.Abs(want)*1e-15 {
		t.Fatalf("large sum = %g, want %g", got, want)
	}
	// Order independence holds for large values too.
	var r Sum
	for i := len(xs) - 1; i >= 0; i-- {
		r.Add(xs[i])
	}
	if r != s {
		t.Fatal("reversed order differs")
	}
	if s.Add(2e29) || s.Add(-2e29) {
		t.Error("values beyond the 128-bit range must be refused")
	}
}
