package score_test

import (
	"fmt"

	"github.com/entente/entente/score"
)

// Average linkage on four points of a line, 0, 1, 5 and 7 (distances
// |xi − xj|); R's hclust(..., "average") gives the same heights.
func ExampleAverageLinkage() {
	xs := []float64{0, 1, 5, 7}
	dist := make([][]float64, len(xs))
	for i := range xs {
		dist[i] = make([]float64, len(xs))
		for j := range xs {
			d := xs[i] - xs[j]
			if d < 0 {
				d = -d
			}
			dist[i][j] = d
		}
	}
	d, _ := score.AverageLinkage(dist)
	for _, m := range d.Merges {
		fmt.Printf("%d+%d at %g (%d leaves)\n", m.A, m.B, m.Height, m.Size)
	}
	fmt.Println("order:", d.Order)
	// Output:
	// 0+1 at 1 (2 leaves)
	// 2+3 at 2 (2 leaves)
	// 4+5 at 5.5 (4 leaves)
	// order: [0 1 2 3]
}
