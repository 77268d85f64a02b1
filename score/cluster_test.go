package score

import (
	"errors"
	"math"
	"reflect"
	"testing"
)

// lineDist is the distance matrix of points on a line, |x_i − x_j|.
func lineDist(xs ...float64) [][]float64 {
	d := make([][]float64, len(xs))
	for i := range xs {
		d[i] = make([]float64, len(xs))
		for j := range xs {
			d[i][j] = math.Abs(xs[i] - xs[j])
		}
	}
	return d
}

func TestAverageLinkage(t *testing.T) {
	nan := math.NaN()
	inf := math.Inf(1)
	tests := []struct {
		name   string
		dist   [][]float64
		merges []Merge
		order  []int
	}{
		// Points 0, 1, 5, 7. By hand: {0,1} at 1; {5,7} at 2; then the
		// mean of 5, 7, 4, 6 = 5.5. R: hclust(dist(c(0,1,5,7)),
		// "average")$height is 1 2 5.5.
		{"four points", lineDist(0, 1, 5, 7),
			[]Merge{{0, 1, 1, 2}, {2, 3, 2, 2}, {4, 5, 5.5, 4}}, []int{0, 1, 2, 3}},
		// 10, 11, 0: {0,1} at 1, then leaf 2 at (10+11)/2 = 10.5; the
		// subtree holding leaf 0 is drawn first.
		{"leaf order by smallest member", lineDist(10, 11, 0),
			[]Merge{{0, 1, 1, 2}, {2, 3, 10.5, 3}}, []int{0, 1, 2}},
		// 3, 0, 1: leaves 1 and 2 merge first (distance 1); leaf 0 joins
		// at (3+2)/2 = 2.5 and, having the smallest index, comes first.
		{"order puts leaf 0 first", lineDist(3, 0, 1),
			[]Merge{{1, 2, 1, 2}, {0, 3, 2.5, 3}}, []int{0, 1, 2}},
		// d01 unknown: 0 and 2 merge at 1; {0,2}–1 averages the only
		// known pair (2,1) = 2.
		{"NaN pair skipped", [][]float64{{0, nan, 1}, {nan, 0, 2}, {1, 2, 0}},
			[]Merge{{0, 2, 1, 2}, {1, 3, 2, 3}}, []int{0, 2, 1}},
		// Nothing known: every merge at +Inf, in id order.
		{"all unknown", [][]float64{{0, nan, nan}, {nan, 0, nan}, {nan, nan, 0}},
			[]Merge{{0, 1, inf, 2}, {2, 3, inf, 3}}, []int{0, 1, 2}},
		// Asymmetric input: the two triangles are averaged, (1+3)/2 = 2.
		{"asymmetric averaged", [][]float64{{0, 1}, {3, 0}},
			[]Merge{{0, 1, 2, 2}}, []int{0, 1}},
		{"one item", [][]float64{{0}}, nil, []int{0}},
		{"empty", nil, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := AverageLinkage(tt.dist)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(d.Merges, tt.merges) {
				t.Errorf("merges = %v, want %v", d.Merges, tt.merges)
			}
			if !reflect.DeepEqual(d.Order, tt.order) {
				t.Errorf("order = %v, want %v", d.Order, tt.order)
			}
		})
	}
}

func TestAverageLinkageShape(t *testing.T) {
	_, err := AverageLinkage([][]float64{{0, 1}, {1}})
	if !errors.Is(err, ErrNotSquare) {
		t.Fatalf("err = %v, want ErrNotSquare", err)
	}
}

func TestAverageLinkageOrderIsPermutation(t *testing.T) {
	// 30 points with a deterministic pseudo-random layout: the order is a
	// permutation and the heights never decrease (average linkage is
	// monotone).
	xs := make([]float64, 30)
	for i := range xs {
		xs[i] = math.Mod(float64(i*7919%104729), 97)
	}
	d, err := AverageLinkage(lineDist(xs...))
	if err != nil {
		t.Fatal(err)
	}
	seen := map[int]bool{}
	for _, i := range d.Order {
		seen[i] = true
	}
	if len(d.Order) != 30 || len(seen) != 30 {
		t.Fatalf("order %v is not a permutation of 0..29", d.Order)
	}
	for i := 1; i < len(d.Merges); i++ {
		if d.Merges[i].Height < d.Merges[i-1].Height-1e-12 {
			t.Fatalf("height decreases at merge %d: %v", i, d.Merges)
		}
	}
	if last := d.Merges[len(d.Merges)-1]; last.Size != 30 {
		t.Fatalf("root size %d", last.Size)
	}
}
