package score_test

import (
	"fmt"
	"math"
	"time"

	"github.com/entente/entente/chronology"
	"github.com/entente/entente/dataset"
	"github.com/entente/entente/score"
)

// What one event adds to its period's sum: conflict counts more than
// cooperation (GDELT Goldstein weights of the CAMEO codes named).
func ExampleLevelOptions_EventValue() {
	var o *score.LevelOptions // the defaults
	for _, e := range []struct {
		what string
		g    float64
	}{
		{"195 missile strike", -10}, {"163 sanctions", -8}, {"161 expulsion", -4},
		{"041 phone call", 1}, {"042 visit", 1.9}, {"046 talks", 7}, {"057 agreement", 8},
	} {
		fmt.Printf("%-18s %+5.1f → %+6.2f\n", e.what, e.g, o.EventValue(e.g))
	}
	// Output:
	// 195 missile strike -10.0 → -15.00
	// 163 sanctions       -8.0 → -11.20
	// 161 expulsion       -4.0 →  -4.80
	// 041 phone call      +1.0 →  +0.95
	// 042 visit           +1.9 →  +1.72
	// 046 talks           +7.0 →  +4.55
	// 057 agreement       +8.0 →  +4.80
}

// The level over plain monthly value sums, from a start of 1.5: talks in
// both directions (2 × 4.55), a quiet month, a month of three strikes
// (3 × −15), a strike beside a round of talks (−15 + 9.1): the strike
// still lowers the level. Of each move 0.4 stands and 0.6 is acute; each
// month after the first the standing part loses 4 % of its distance to
// the baseline (0 for plain sums) when above it, 1 % when below it
// (conflict is remembered four times longer), and the acute part 25 %.
// By hand: month 1 moves 1.5 → 2.72, standing 1.99, acute 0.73; the
// quiet month reads 1.99 × 0.96 + 0.73 × 0.75 = 2.46; the strikes take
// the level to −1.64 with the standing part still +0.28 (one bad month
// is mostly acute), so the last month starts from 0.27 − 1.44 = −1.17.
func ExampleLevelPath() {
	nan := math.NaN()
	sums := []float64{9.1, nan, -45, -15 + 9.1}
	for i, l := range score.LevelPath(sums, 1.5, nil) {
		fmt.Printf("month %d: %+.2f %s\n", i+1, l, score.Grade(l))
	}
	// Output:
	// month 1: +2.72 ordinary
	// month 2: +2.46 ordinary
	// month 3: -1.64 discordant
	// month 4: -2.05 discordant
}

// Hostility is sticky: a month of three strikes and a month of as much
// cooperation, each followed by a quiet year, over plain sums (baseline
// 0), every move standing (Standing 1). The cooling keeps 0.99¹² = 89 %
// of its distance after the year, the thaw 0.96¹² = 61 %; with the same
// decay on both sides (HostileMemory −1) the cooling fades as fast as the
// thaw. By default only 0.4 of the move stands and the acute 0.6 fades at
// 25 % a month: −3.39·(0.4·0.99¹² + 0.6·0.75¹²) = −1.26.
func ExampleLevelOptions_hostileMemory() {
	quietYear := func(first float64) []float64 {
		sums := []float64{first}
		for i := 0; i < 12; i++ {
			sums = append(sums, math.NaN())
		}
		return sums
	}
	for _, c := range []struct {
		what string
		sum  float64
		opts *score.LevelOptions
	}{
		{"cooling", -45, &score.LevelOptions{Standing: 1}},
		{"thaw", 45, &score.LevelOptions{Standing: 1}},
		{"cooling, symmetric", -45, &score.LevelOptions{HostileMemory: -1, Standing: 1}},
		{"cooling, default", -45, nil},
	} {
		path := score.LevelPath(quietYear(c.sum), 0, c.opts)
		fmt.Printf("%-18s %+.2f → %+.2f a year later\n", c.what, path[0], path[12])
	}
	// Output:
	// cooling            -3.39 → -3.00 a year later
	// thaw               +3.39 → +2.07 a year later
	// cooling, symmetric -3.39 → -2.07 a year later
	// cooling, default   -3.39 → -1.26 a year later
}

func ExampleLevelOptions_Score() {
	p, _ := score.NewPanel([]dataset.DyadPeriod{
		monthRow("RUS", "UKR", 2022, 1, -2, 1),
		monthRow("RUS", "UKR", 2022, 2, -10, -10, -9, -8),
		monthRow("RUS", "UKR", 2022, 3, -10, -10, -10, 7, 7),
	}, nil)
	s, _ := (&score.LevelOptions{}).Score(p, dataset.Dyad{A: "RUS", B: "UKR"})
	start, _ := s.Param("start")
	fmt.Printf("start %.2f\n", start)
	for _, pt := range s.Points {
		fmt.Printf("%s %+.2f %s\n", pt.Start.Format("2006-01"), pt.Value, score.Grade(pt.Value))
	}
	// Output:
	// start -4.42
	// 2022-01 -4.55 tense
	// 2022-02 -6.67 confrontation
	// 2022-03 -7.50 confrontation
}

// The level of the embedded chronology's core dyads at the end of each of
// the last five years (see the face-validity test on the chronology (facevalidity_test.go) for the
// grades an analyst expects and why), read as the report reads it:
// government to government (dataset.DefaultRoleFilter sets aside the nine
// rows about an opposition or separatists, such as the US recognition of
// Guaidó), with the lasting states its events open and close
// (PanelFromTable attaches them: Russia–Ukraine reads the occupation in
// force in December 2021).
func ExampleLevelOptions_chronology() {
	events, _, err := chronology.ReadAsReport()
	if err != nil {
		fmt.Println(err)
		return
	}
	t := dataset.NewTable(nil) // monthly, undirected, weight one
	for i := range events {
		t.Add(&events[i])
	}
	p, err := score.PanelFromTable(t, time.Time{}, time.Time{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("December  2021  2022  2023  2024  2025")
	for _, d := range []dataset.Dyad{{A: "RUS", B: "UKR"}, {A: "USA", B: "VEN"}, {A: "CHN", B: "USA"}, {A: "CHN", B: "RUS"}, {A: "CHN", B: "VEN"}} {
		s, err := (&score.LevelOptions{}).Score(p, d)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%-8s", d)
		for _, pt := range s.Points {
			if pt.Start.Month() == time.December && pt.Start.Year() >= 2021 {
				fmt.Printf(" %+5.1f", pt.Value)
			}
		}
		fmt.Println()
	}
	// (Chronology v6's kind-6 re-audit added the US freedom-of-navigation
	// operations and China's intercepts, which take China–United States
	// down by 0.3 to 1.2, and the joint exercises and patrols, which lift
	// China–Russia by 0.3 to 1.0.)
	//
	// Output:
	// December  2021  2022  2023  2024  2025
	// RUS-UKR   -6.4  -8.9  -8.8  -8.9  -8.8
	// USA-VEN   -8.0  -4.7  -3.4  -6.7  -8.3
	// CHN-USA   -7.8  -7.9  -7.1  -6.7  -4.9
	// CHN-RUS   +6.5  +7.0  +6.8  +6.7  +6.8
	// CHN-VEN   +3.1  +2.9  +3.7  +3.7  +3.4
}

// The level's evidence band with one, ten and a hundred recent events
// behind it (outer, 95 % band; LevelOptions' evidence band).
func ExampleLevelBandHalfWidth() {
	for _, n := range []float64{1, 10, 100} {
		fmt.Printf("%3.0f events: ±%.1f\n", n, score.LevelBandHalfWidth(n, false))
	}
	// Output:
	//   1 events: ±5.0
	//  10 events: ±2.1
	// 100 events: ±0.7
}
