package plots_test

import (
	"errors"
	"fmt"
	"math"

	"github.com/entente/entente/plots"
)

// A heatmap of an alignment matrix; a NaN cell is drawn in the missing
// colour, a ragged matrix is an ErrShape error.
func ExampleNewHeatmapChart() {
	vals := [][]float64{
		{1, 0.7, -0.4},
		{0.7, 1, math.NaN()},
		{-0.4, math.NaN(), 1},
	}
	ch, err := plots.NewHeatmapChart(vals, []string{"China", "Russia", "Türkiye"}, &plots.HeatmapOptions{ValueLabel: "S score"})
	fmt.Println(ch.Title, "|", ch.Subtitle, "|", err)
	_, err = plots.NewHeatmapChart([][]float64{{1, 2}, {3}}, []string{"A", "B"}, nil)
	fmt.Println(errors.Is(err, plots.ErrShape))
	// Output:
	// Alignment | 3 countries, ordered by average-linkage clustering | <nil>
	// true
}
