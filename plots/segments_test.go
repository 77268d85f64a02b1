package plots

import (
	"math"
	"reflect"
	"testing"
)

func TestFiniteRuns(t *testing.T) {
	n := math.NaN()
	inf := math.Inf(1)
	tests := []struct {
		name string
		cols [][]float64
		want [][2]int
	}{
		{"all finite", [][]float64{{1, 2, 3}}, [][2]int{{0, 3}}},
		{"gap in the middle", [][]float64{{1, n, 3, 4}}, [][2]int{{0, 1}, {2, 4}}},
		{"leading and trailing NaN", [][]float64{{n, 1, 2, n}}, [][2]int{{1, 3}}},
		{"all NaN", [][]float64{{n, n}}, nil},
		{"infinity is a gap too", [][]float64{{1, inf, 2}}, [][2]int{{0, 1}, {2, 3}}},
		{"NaN in any column breaks", [][]float64{{1, 2, 3, 4}, {1, n, 3, 4}, {1, 2, 3, n}}, [][2]int{{0, 1}, {2, 3}}},
		{"shorter column ends the run", [][]float64{{1, 2, 3}, {1, 2}}, [][2]int{{0, 2}}},
		{"empty", [][]float64{{}}, nil},
		{"no columns", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := finiteRuns(tt.cols...); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("finiteRuns = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestFiniteRange(t *testing.T) {
	lo, hi := finiteRange([]float64{3, math.NaN(), -2}, []float64{math.Inf(1), 7})
	if lo != -2 || hi != 7 {
		t.Errorf("finiteRange = %v, %v; want −2, 7", lo, hi)
	}
	lo, hi = finiteRange([]float64{math.NaN()})
	if !math.IsInf(lo, 1) || !math.IsInf(hi, -1) {
		t.Errorf("finiteRange of NaN = %v, %v; want +Inf, −Inf", lo, hi)
	}
}
