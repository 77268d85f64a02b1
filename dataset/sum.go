package dataset

import (
	"math"
	"math/bits"
)

// sumScale is the fixed-point resolution of Sum: values are kept as integer
// multiples of 1e-9.
const sumScale = 1e9

// maxChunk bounds the values the fast aggregation path adds inline; larger
// ones (and NaN/Inf) go through Sum.Add.
const maxChunk = 9e9

// Sum is an exact, order-independent accumulator. Every value added is
// rounded once to a multiple of 1e-9 and accumulated in 128-bit fixed point,
// so that sums built from the same values in any order, or merged from parts
// in any grouping, are bit-for-bit identical — the property that lets files,
// goroutines and machines aggregate independently. The zero value is 0.
//
// NaN and ±Inf are not accumulated: Add ignores them and returns false.
type Sum struct {
	hi int64
	lo uint64
}

// Add adds x and reports whether it was added: NaN, ±Inf and magnitudes
// of 1.7e29 or more (beyond the 128-bit range at 1e-9 resolution; no event
// weight comes near) are not.
func (s *Sum) Add(x float64) bool {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return false
	}
	v := math.Round(x * sumScale)
	if v > -0x1p63 && v < 0x1p63 {
		s.addFixed(int64(v))
		return true
	}
	u := math.Abs(v)
	if u >= 0x1p127 {
		return false
	}
	// u is an integer-valued float in [2^63, 2^127): split it exactly into
	// 64-bit words (both conversions are exact; see TestSumLarge).
	hi := uint64(u / 0x1p64)
	lo := uint64(u - float64(hi)*0x1p64)
	if v < 0 { // two's complement negate
		lo = ^lo + 1
		hi = ^hi
		if lo == 0 {
			hi++
		}
	}
	s.Merge(Sum{hi: int64(hi), lo: lo})
	return true
}

func (s *Sum) addFixed(v int64) {
	var carry uint64
	s.lo, carry = bits.Add64(s.lo, uint64(v), 0)
	// sign-extend v into the high word
	ext := int64(0)
	if v < 0 {
		ext = -1
	}
	s.hi = s.hi + ext + int64(carry)
}

// Merge adds o into s.
func (s *Sum) Merge(o Sum) {
	var carry uint64
	s.lo, carry = bits.Add64(s.lo, o.lo, 0)
	s.hi = s.hi + o.hi + int64(carry)
}

// Float returns the sum as a float64 (correct to float64 precision).
func (s Sum) Float() float64 {
	if s.hi == 0 && s.lo == 0 {
		return 0
	}
	neg := s.hi < 0
	hi, lo := uint64(s.hi), s.lo
	if neg { // two's complement negate
		lo = ^lo + 1
		hi = ^hi
		if lo == 0 {
			hi++
		}
	}
	v := (float64(hi)*(1<<64) + float64(lo)) / sumScale
	if neg {
		return -v
	}
	return v
}

// IsZero reports whether the sum is exactly 0.
func (s Sum) IsZero() bool { return s.hi == 0 && s.lo == 0 }
