package score

import (
	"math"
	"math/rand/v2"
	"strconv"
)

// simRollCalls draws a roll-call matrix from the model of FitIdealPoints:
// nc countries over np periods with nr roll calls each; θ_i,0 ~ N(0, 1)
// and a random walk of standard deviation drift; β_j ~ N(0, 1.5²) (sign
// and size both vary), c_j0 ~ N(−1, 1), gap ~ 0.5 + Exp(1) (so about a
// tenth of the votes are abstentions); a ballot missing with probability
// pmiss. It returns the matrix and the true ideal points (country-major,
// period-minor). The draw depends on seed alone.
func simRollCalls(seed uint64, nc, np, nr int, drift, pmiss float64) (*RollCallMatrix, []float64) {
	s := simRollCallsFull(seed, nc, np, nr, drift, pmiss)
	return s.m, s.theta
}

// ipSimulated is a draw of simRollCallsFull: the matrix and the true
// parameters (theta country-major, period-minor; c0, c1, b per roll call).
type ipSimulated struct {
	m         *RollCallMatrix
	theta     []float64
	c0, c1, b []float64
}

func simRollCallsFull(seed uint64, nc, np, nr int, drift, pmiss float64) ipSimulated {
	rng := rand.New(rand.NewPCG(seed, 7))
	countries := make([]string, nc)
	for i := range countries {
		countries[i] = "C" + strconv.Itoa(i)
	}
	cols := make([]RollCallColumn, 0, np*nr)
	for t := 0; t < np; t++ {
		for r := 0; r < nr; r++ {
			cols = append(cols, RollCallColumn{ID: strconv.Itoa(t*nr + r), Period: t + 1})
		}
	}
	truth := make([]float64, nc*np)
	for i := 0; i < nc; i++ {
		x := rng.NormFloat64()
		for t := 0; t < np; t++ {
			if t > 0 {
				x += drift * rng.NormFloat64()
			}
			truth[i*np+t] = x
		}
	}
	m := NewRollCallMatrix(countries, cols)
	sim := ipSimulated{m: m, theta: truth}
	for j, c := range cols {
		b := 1.5 * rng.NormFloat64()
		c0 := -1 + rng.NormFloat64()
		c1 := c0 + 0.5 + rng.ExpFloat64()
		sim.c0, sim.c1, sim.b = append(sim.c0, c0), append(sim.c1, c1), append(sim.b, b)
		for i := 0; i < nc; i++ {
			if rng.Float64() < pmiss {
				rng.Float64()
				continue
			}
			eta := b * truth[i*np+c.Period-1]
			u := rng.Float64()
			switch {
			case u < 1/(1+math.Exp(-(c0-eta))):
				m.Set(i, j, BallotNo)
			case u < 1/(1+math.Exp(-(c1-eta))):
				m.Set(i, j, BallotAbstain)
			default:
				m.Set(i, j, BallotYes)
			}
		}
	}
	return sim
}
