package score

import (
	"math"
	"time"

	"github.com/entente/entente/dataset"
)

// Point is one period of a scored series. Start is the first day of the
// period (UTC). Lower/Upper bound the 95 % band and Lower80/Upper80 the
// 80 % band; all four are NaN for models without a band. Value is NaN for a
// period the model cannot score (no events, for the event-balance indices).
// N is the number of events in the period and W their total weight.
type Point struct {
	Start            time.Time
	Value            float64
	Lower, Upper     float64
	Lower80, Upper80 float64
	N                int64
	W                float64
}

// NewPoint returns a Point at start with every float NaN.
func NewPoint(start time.Time) Point {
	n := math.NaN()
	return Point{Start: start, Value: n, Lower: n, Upper: n, Lower80: n, Upper80: n}
}

// HasBand reports whether the point carries a 95 % band.
func (p Point) HasBand() bool { return !math.IsNaN(p.Lower) && !math.IsNaN(p.Upper) }

// Series is one model's scores for one dyad, one point per period in time
// order, with no missing periods between the first and the last (periods
// without data have NaN values or, for the state-space models, a
// prediction with a wider band).
//
// Weight is the event weight the statistics were aggregated with and
// Params the model's settings and fitted values (for example q, sigma2 and
// loglik for the state-space models), in a fixed order.
type Series struct {
	Dyad        dataset.Dyad
	Directed    bool
	Model       string
	Granularity dataset.Granularity
	Points      []Point
	Weight      dataset.Weight
	Params      []Param
	// Saturation is the saturation the model's steps went through (the
	// level's, LevelOptions.Saturation; nil for a model without one, and
	// for a series read back from a file, which does not record it).
	// SeriesShifts with ShiftOptions.Unsaturate measures the series' moves
	// with it undone.
	Saturation Saturation
}

// Param is one named model setting or fitted value of a Series.
type Param struct {
	Name  string
	Value float64
}

// Param returns the value of the named parameter and whether the series
// has it.
func (s *Series) Param(name string) (float64, bool) {
	for _, p := range s.Params {
		if p.Name == name {
			return p.Value, true
		}
	}
	return math.NaN(), false
}

// Counts returns the number of events of each period.
func (s *Series) Counts() []int64 {
	out := make([]int64, len(s.Points))
	for i, p := range s.Points {
		out[i] = p.N
	}
	return out
}

// Times returns the period starts.
func (s *Series) Times() []time.Time {
	out := make([]time.Time, len(s.Points))
	for i, p := range s.Points {
		out[i] = p.Start
	}
	return out
}

// Values returns the values (NaN where missing).
func (s *Series) Values() []float64 {
	out := make([]float64, len(s.Points))
	for i, p := range s.Points {
		out[i] = p.Value
	}
	return out
}

// Bands returns the 95 % (level 95) or 80 % (level 80) lower and upper
// bounds; for any other level it panics.
func (s *Series) Bands(level int) (lower, upper []float64) {
	if level != 95 && level != 80 {
		panic("score: Bands level must be 80 or 95")
	}
	lower = make([]float64, len(s.Points))
	upper = make([]float64, len(s.Points))
	for i, p := range s.Points {
		if level == 95 {
			lower[i], upper[i] = p.Lower, p.Upper
		} else {
			lower[i], upper[i] = p.Lower80, p.Upper80
		}
	}
	return lower, upper
}

// Last returns the last point with a non-NaN value and true, or false.
func (s *Series) Last() (Point, bool) {
	for i := len(s.Points) - 1; i >= 0; i-- {
		if !math.IsNaN(s.Points[i].Value) {
			return s.Points[i], true
		}
	}
	return Point{}, false
}

// Label returns "CHN-RUS" for an undirected series and "CHN→RUS" for a
// directed one.
func (s *Series) Label() string {
	if s.Directed {
		return s.Dyad.A + "→" + s.Dyad.B
	}
	return s.Dyad.String()
}
