package score_test

import (
	"fmt"
	"os"
	"time"

	"github.com/entente/entente/score"
)

// Profiles set by hand: China's, Russia's and Venezuela's mean Goldstein
// weight toward four third countries in 2024.
func exampleProfiles() *score.Profiles {
	rows := []string{"CHN", "RUS", "VEN"}
	cols := []string{"CHN", "RUS", "VEN", "USA", "UKR", "IRN", "COL"}
	p := score.NewProfiles(rows, cols, []time.Time{time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)})
	p.Lo, p.Hi = -10, 10
	values := map[string][]float64{ // toward USA, UKR, IRN, COL
		"CHN": {-3.2, 1.0, 3.5, 2.0},
		"RUS": {-6.5, -8.7, 4.1, 1.5},
		"VEN": {-4.1, 0.5, 3.9, -2.5},
	}
	for _, r := range rows {
		for k, c := range cols[3:] {
			p.Set(0, r, c, values[r][k])
		}
	}
	p.Set(0, "CHN", "RUS", 5.5)
	p.Set(0, "RUS", "CHN", 5.0)
	p.Set(0, "CHN", "VEN", 4.0)
	p.Set(0, "VEN", "CHN", 4.5)
	return p
}

func ExampleAlignPeriod() {
	m, err := score.AlignPeriod(exampleProfiles(), 0, &score.AlignOptions{Method: score.MethodS})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(m.CSV())
	cs, _ := m.Contributions("CHN", "VEN")
	for _, c := range cs {
		fmt.Println(c.Describe("CHN", "VEN"))
	}
	// Output:
	// period,country,CHN,RUS,VEN
	// 2024-01-01,CHN,1,0.6475,0.8425
	// 2024-01-01,RUS,0.6475,1,0.674
	// 2024-01-01,VEN,0.8425,0.674,1
	// CHN and VEN: both friendly to IRN (3.500, 3.900): +0.240
	// CHN and VEN: both friendly to UKR (1.000, 0.500): +0.237
	// CHN and VEN: both hostile to USA (-3.200, -4.100): +0.228
	// CHN and VEN: opposed to COL (2.000, -2.500): +0.138
}

func ExampleAlign() {
	ms, _ := score.Align(exampleProfiles(), &score.AlignOptions{Method: score.MethodPearson})
	score.WriteAlignmentLongCSV(os.Stdout, ms)
	// Output:
	// period,a,b,method,value,common
	// 2024-01-01,CHN,RUS,pearson,0.70340555,4
	// 2024-01-01,CHN,VEN,pearson,0.79230599,4
	// 2024-01-01,RUS,VEN,pearson,0.61994945,5
}

func ExampleAlignmentFrame() {
	ms, _ := score.Align(exampleProfiles(), &score.AlignOptions{Method: score.MethodCosine})
	df := score.AlignmentFrame(ms)
	fmt.Println(df.Names())
	fmt.Println(df.Col("a").Records(), df.Col("b").Records())
	// Output:
	// [period a b method value common]
	// [CHN CHN RUS] [RUS VEN VEN]
}
