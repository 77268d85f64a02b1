package score

import (
	"math"
)

// YearlyMeans returns the calendar years a series covers and the mean of
// its non-NaN values in each (NaN for a year without one), in time order.
func YearlyMeans(s *Series) (years []int, means []float64) {
	var sum float64
	n := 0
	flush := func() {
		if n == 0 {
			means = append(means, math.NaN())
		} else {
			means = append(means, sum/float64(n))
		}
		sum, n = 0, 0
	}
	for _, p := range s.Points {
		y := p.Start.Year()
		if len(years) == 0 || years[len(years)-1] != y {
			if len(years) > 0 {
				flush()
			}
			years = append(years, y)
		}
		if !math.IsNaN(p.Value) {
			sum += p.Value
			n++
		}
	}
	if len(years) > 0 {
		flush()
	}
	return years, means
}

// YearlyComparison compares a dyad's yearly index with another yearly
// measure of the same relationship, such as its UN General Assembly voting
// agreement: an external check of the index, where agreement is not the
// goal (warmth and voting alignment differ) but a systematic opposition is
// a finding to explain.
type YearlyComparison struct {
	// Years are the years where both series have a value, in the order
	// given; N is their number.
	Years []int
	N     int
	// Correlation is Pearson's r over those years (NaN with fewer than 3
	// or when either series is constant there).
	Correlation float64
	// Disagree lists the years where the two stand on opposite sides of
	// their own means by at least half a standard deviation each
	// (z-scores over the common years of opposite sign, |z| ≥ 0.5).
	Disagree []int
}

// CompareYearly compares index and other, one value per year of years
// (NaN: no value), over the years where both have a value (see
// YearlyComparison). It panics if the slices differ in length.
func CompareYearly(years []int, index, other []float64) *YearlyComparison {
	if len(index) != len(years) || len(other) != len(years) {
		panic("score: CompareYearly: years, index and other differ in length")
	}
	c := &YearlyComparison{Correlation: math.NaN()}
	var xs, ys []float64
	for i, y := range years {
		if math.IsNaN(index[i]) || math.IsNaN(other[i]) || math.IsInf(index[i], 0) || math.IsInf(other[i], 0) {
			continue
		}
		c.Years = append(c.Years, y)
		xs = append(xs, index[i])
		ys = append(ys, other[i])
	}
	c.N = len(xs)
	if c.N < 3 {
		return c
	}
	mx, sx := meanSD(xs)
	my, sy := meanSD(ys)
	if !(sx > 0) || !(sy > 0) {
		return c
	}
	var r float64
	for i := range xs {
		zx, zy := (xs[i]-mx)/sx, (ys[i]-my)/sy
		r += zx * zy
		if zx*zy < 0 && math.Abs(zx) >= 0.5 && math.Abs(zy) >= 0.5 {
			c.Disagree = append(c.Disagree, c.Years[i])
		}
	}
	c.Correlation = r / float64(c.N-1)
	return c
}

// meanSD returns the mean and the sample standard deviation (n − 1).
func meanSD(x []float64) (mean, sd float64) {
	for _, v := range x {
		mean += v
	}
	mean /= float64(len(x))
	var ss float64
	for _, v := range x {
		ss += (v - mean) * (v - mean)
	}
	return mean, math.Sqrt(ss / float64(len(x)-1))
}
