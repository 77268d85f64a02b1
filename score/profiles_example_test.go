package score_test

import (
	"fmt"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/score"
)

func ExamplePanelProfiles() {
	p, _ := score.NewPanel([]dataset.DyadPeriod{
		monthRow("CHN", "USA", 2024, 1, -3, -4, -2),
		monthRow("USA", "VEN", 2024, 1, -5, -4, -6),
		monthRow("CHN", "RUS", 2024, 1, 5, 6, 4),
		monthRow("RUS", "VEN", 2024, 1, 3, 5, 4),
		monthRow("CHN", "VEN", 2024, 1, 7, 6, 5),
	}, nil)
	pr, _ := score.PanelProfiles(p, []string{"CHN", "VEN"}, nil)
	fmt.Println(pr.Cols, pr.Row(0, "CHN"), pr.Row(0, "VEN"))
	m, _ := score.AlignPeriod(pr, 0, &score.AlignOptions{MinCommon: 2})
	fmt.Printf("S(CHN, VEN) = %.3f over %d third countries\n", m.At("CHN", "VEN"), m.Common("CHN", "VEN"))
	// Output:
	// [CHN RUS USA VEN] [NaN 5 -3 6] [6 4 -5 NaN]
	// S(CHN, VEN) = 0.850 over 2 third countries
}
