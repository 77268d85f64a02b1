package score_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/entente/entente/chronology"
	"github.com/entente/entente/dataset"
	"github.com/entente/entente/score"
)

// A grade reading and an order reading checked on a hand-made level: the
// first half of 2020 tense (−4.5), the second discordant (−1.5).
func ExampleCheckReadings() {
	s := &score.Series{Granularity: dataset.Month, Model: "level"}
	for i := range 12 {
		p := score.NewPoint(time.Date(2020, time.Month(1+i), 1, 0, 0, 0, 0, time.UTC))
		p.Value = -4.5
		if i >= 6 {
			p.Value = -1.5
		}
		s.Points = append(s.Points, p)
	}
	csv := `kind,dyad,from,to,lowest,highest,share,never_above,other_dyad,other_from,other_to,description,source
grade,CHN-USA,2020-01,2020-12,tense,tense,0.8,discordant,,,,a tense year,example
order,CHN-USA,2020-07,2020-12,,,,,CHN-USA,2020-01,2020-06,a thaw,example
`
	rs, err := chronology.ReadReadings(strings.NewReader(csv), "example.csv")
	if err != nil {
		fmt.Println(err)
		return
	}
	res, err := score.CheckReadings(seriesModel{s}, nil, rs, &score.ReadingsOptions{Scale: 1})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range res.Checks {
		fmt.Println(c)
	}
	fmt.Printf("held %d of %d\n", res.Held(), res.Scored())
	// Output:
	// line 2 MISSED CHN-USA 2020-01..2020-12: 6 of 12 months tense (want 80 %), 0 colder, 0 above discordant
	// line 3 held CHN-USA 2020-07..2020-12 (-1.50) warmer than CHN-USA 2020-01..2020-06 (-4.50)
	// held 1 of 2
}

// seriesModel scores every dyad with one series.
type seriesModel struct{ s *score.Series }

func (m seriesModel) Name() string { return m.s.Model }
func (m seriesModel) Score(*score.Panel, dataset.Dyad) (*score.Series, error) {
	return m.s, nil
}
