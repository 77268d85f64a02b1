package score_test

import (
	"fmt"
	"time"

	"github.com/entente/entente/cameo"
	"github.com/entente/entente/dataset"
	"github.com/entente/entente/score"
)

// monthRow is a hand-made dyad-period with weight-one events of the given
// Goldstein weights (positive ones cooperative, negative conflictual).
func monthRow(a, b string, y int, m time.Month, gs ...float64) dataset.DyadPeriod {
	start := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	r := dataset.DyadPeriod{Dyad: dataset.Dyad{A: a, B: b}, Start: start}
	for _, g := range gs {
		q := cameo.VerbalCoop
		if g < 0 {
			q = cameo.VerbalConflict
		}
		r.AddValues(start, 1, g, q, 0, 1)
	}
	return r
}

func ExampleNewPanel() {
	rows := []dataset.DyadPeriod{
		monthRow("CHN", "RUS", 2024, 5, 7, 4, 3),
		monthRow("CHN", "USA", 2024, 5, -4, 2),
		monthRow("CHN", "RUS", 2024, 7, 3),
	}
	p, err := score.NewPanel(rows, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(p.NumPeriods(), "periods,", len(p.Dyads()), "dyads,", p.Countries())
	fmt.Println("CHN's volume in May:", p.Volume("CHN", 0))
	// Output:
	// 3 periods, 2 dyads, [CHN RUS USA]
	// CHN's volume in May: 5
}
