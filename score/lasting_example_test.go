package score_test

import (
	"fmt"

	"github.com/entente/entente/cameo"
	"github.com/entente/entente/chronology"
	"github.com/entente/entente/dataset"
	"github.com/entente/entente/score"
)

// The default table: the codes that open and close each lasting state,
// and the highest level while it is in force.
func ExampleLastingStates() {
	for _, s := range score.LastingStates() {
		fmt.Printf("%-17s %+.1f opens %s (%s), closes %s (%s)\n", s.Name, s.Ceiling, s.Open[0], cameo.Name(s.Open[0]), s.Close[0], cameo.Name(s.Close[0]))
	}
	// Output:
	// sanctions         -1.5 opens 163 (Impose embargo, boycott, or sanctions), closes 085 (Ease economic sanctions, boycott, embargo)
	// relations reduced -1.5 opens 161 (Reduce or break diplomatic relations), closes 054 (Grant diplomatic recognition)
	// blockade          -4.5 opens 191 (Impose blockade, restrict movement), closes 0872 (Ease military blockade)
	// occupation        -4.5 opens 192 (Occupy territory), closes 0874 (Retreat or surrender militarily)
	// war               -4.5 opens 19 (Fight), closes 087 (De-escalate military engagement)
}

// The lasting states in force between Russia and Ukraine in the embedded
// chronology, read as the report reads it (government to government,
// from the table's mark sums: LastingLogFromTable).
func ExampleLevelOptions_Lasting() {
	events, _, err := chronology.ReadAsReport()
	if err != nil {
		fmt.Println(err)
		return
	}
	tab := dataset.NewTable(nil)
	for i := range events {
		tab.Add(&events[i])
	}
	// the states are read from the table's mark sums (dataset.Stats.Marks)
	p, err := score.NewPanel(tab.Rows(), &score.PanelOptions{Lasting: score.LastingLogFromTable(tab, nil)})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, d := range []dataset.Dyad{{A: "RUS", B: "UKR"}, {A: "RUS", B: "USA"}, {A: "CHN", B: "IND"}} {
		spans, err := (&score.LevelOptions{}).Lasting(p, d)
		if err != nil {
			fmt.Println(err)
			return
		}
		for _, s := range spans {
			to := s.To.Format("2006-01")
			if s.Open {
				to = "in force"
			}
			fmt.Printf("%s %-17s %s … %s\n", d, s.State, s.From.Format("2006-01"), to)
		}
	}
	// Since chronology v6's kind-6 re-audit the occupation opens with the
	// seizure of Crimea's airports (28 February 2014), the fighting of
	// July and August 2014 (Ukraine's border guard and security service,
	// Novoazovsk, Ilovaisk) is a war in August until the Minsk Protocol's
	// ceasefire of 5 September closes it, and China and India's clashes
	// of May and June 2020 open a war that the Pangong Tso disengagement
	// (February 2021) closes.
	//
	// Output:
	// RUS-UKR occupation        2014-02 … in force
	// RUS-UKR sanctions         2014-07 … in force
	// RUS-UKR war               2014-08 … 2014-08
	// RUS-UKR relations reduced 2022-02 … in force
	// RUS-UKR war               2022-03 … in force
	// RUS-USA sanctions         2014-04 … in force
	// RUS-USA relations reduced 2017-07 … in force
	// CHN-IND sanctions         2020-06 … in force
	// CHN-IND war               2020-06 … 2021-01
}
