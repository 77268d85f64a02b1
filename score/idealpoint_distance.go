package score

import (
	"math"

	"gonum.org/v1/gonum/stat/distuv"
)

// IdealDistance is the distance between two countries' ideal points in one
// period, |θ_A − θ_B|, on the identified scale of IdealPoints.
type IdealDistance struct {
	A, B   string
	Period int
	// Value is |θ_A − θ_B|; Lower and Upper bound it at the fit's Level.
	Value, Lower, Upper float64
	// N is the smaller of the two countries' vote counts in the period.
	N int
}

// Distance returns the ideal-point distance of countries a and b in every
// period where both have an ideal point, in period order (nil if there is
// none).
//
// Band: under the Laplace approximation the countries' chains are
// independent given the roll-call parameters, so the difference
// Δ = θ_a − θ_b has standard deviation √(sd_a² + sd_b²) and the interval
// Δ ± z·sd (z the normal quantile of Level). The band of |Δ| is the image
// of that interval under the absolute value: [min(|lo|, |hi|), max(|lo|,
// |hi|)] when the interval excludes 0, [0, max(|lo|, |hi|)] when it covers
// it (a distance whose band reaches 0 cannot be told from no distance).
//
// With bootstrap bands (IdealPointOptions.Bootstrap) the band is instead
// |Δ| ± z·sd, sd the standard deviation of the replicates' distances
// |θ_a,r − θ_b,r| (the replicates keep the countries' covariance), the
// lower end clipped at 0.
func (p *IdealPoints) Distance(a, b string) []IdealDistance {
	sa, sb := p.Series(a), p.Series(b)
	var ia, ib int // offsets of the series in Points, for the replicates
	if len(sa) > 0 && len(sb) > 0 && p.boot != nil {
		for k := range p.Points {
			if p.Points[k].Country == a {
				ia = k
				break
			}
		}
		for k := range p.Points {
			if p.Points[k].Country == b {
				ib = k
				break
			}
		}
	}
	if len(sa) == 0 || len(sb) == 0 {
		return nil
	}
	level := p.Level
	if !(level > 0 && level < 1) {
		level = 0.95
	}
	z := distuv.UnitNormal.Quantile(0.5 + level/2)
	var out []IdealDistance
	for i, k := 0, 0; i < len(sa) && k < len(sb); {
		switch {
		case sa[i].Period < sb[k].Period:
			i++
		case sa[i].Period > sb[k].Period:
			k++
		default:
			d := sa[i].Value - sb[k].Value
			sd := math.Hypot(sa[i].SD, sb[k].SD)
			lo, hi := math.Abs(d-z*sd), math.Abs(d+z*sd)
			if lo > hi {
				lo, hi = hi, lo
			}
			if d-z*sd <= 0 && d+z*sd >= 0 {
				lo = 0
			}
			if p.boot != nil {
				ra, rb := p.boot[ia+i], p.boot[ib+k]
				rd := make([]float64, len(ra))
				for r := range ra {
					rd[r] = math.Abs(ra[r] - rb[r]) // NaN if either is missing
				}
				bs := ipNanSD(rd)
				lo, hi = max(math.Abs(d)-z*bs, 0), math.Abs(d)+z*bs
			}
			out = append(out, IdealDistance{A: a, B: b, Period: sa[i].Period,
				Value: math.Abs(d), Lower: lo, Upper: hi, N: min(sa[i].N, sb[k].N)})
			i++
			k++
		}
	}
	return out
}
