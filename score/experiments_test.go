package score_test

// Measurements behind figures in the documentation that no default reads:
// opt-in (an environment variable), printed, never asserted, like
// TestHarnessReport. Tune on the tuning half only (the details printed
// skip the held-apart points). The change-point experiments (SHIFTS=…)
// need the package's internals and live in changepoint_experiments_test.go.

import (
	"fmt"
	"os"
	"strconv"
	"testing"

	"github.com/entente/entente/chronology"
	"github.com/entente/entente/dataset"
	"github.com/entente/entente/score"
)

// TestExperimentRoutine measures a remedy the level's doc ("The v6 kind-6
// data") reports and did not keep: the routinisation of repeated acts, an
// act weighing 1/(1 + n), n the acts of the same code and direction in
// the W months before it, applied to the events before aggregation (as
// mention counts of unit/(1 + n), read back with LevelOptions.Unit). It
// prints the tuning-half figures and asserts nothing; run it with
// ROUTINE=W (12, the window stated before measuring; 3, 6, 24) and
// go test -run ExperimentRoutine -v ./score.
func TestExperimentRoutine(t *testing.T) {
	ws := os.Getenv("ROUTINE")
	if ws == "" {
		t.Skip()
	}
	W, _ := strconv.Atoi(ws)
	events, _, err := chronology.ReadAsReport()
	if err != nil {
		t.Fatal(err)
	}
	const unit = 840
	for i := range events {
		e := &events[i]
		n := 0
		for j := 0; j < i; j++ {
			f := &events[j]
			if f.Code == e.Code && f.Source.Country == e.Source.Country && f.Target.Country == e.Target.Country && !f.Date.Before(e.Date.AddDate(0, -W, 0)) {
				n++
			}
		}
		e.Mentions = unit / (1 + n)
		if e.Mentions < 1 {
			e.Mentions = 1
		}
	}
	tab := dataset.NewTable(&dataset.AggregateOptions{Weight: dataset.WeightMentions})
	for i := range events {
		tab.Add(&events[i])
	}
	p, err := score.NewPanel(tab.Rows(), &score.PanelOptions{Weight: dataset.WeightMentions, Lasting: score.LastingLogFromEvents(events, dataset.WeightMentions, nil)})
	if err != nil {
		t.Fatal(err)
	}
	v, err := score.Validate(&score.LevelOptions{Unit: unit}, p, harnessPoints(), nil)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Printf("W=%d level tuning %d/%d changed %d\n", W, v.TuningHeld, v.TuningTotal, v.TuningChanged)
	for _, name := range []string{"kalman", "kalman-mean", "trend"} {
		m, _ := score.ModelByName(name)
		vk, err := score.Validate(m, p, harnessPoints(), nil)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Printf("W=%d %s tuning %d/%d\n", W, name, vk.TuningHeld, vk.TuningTotal)
	}
	for _, d := range []dataset.Dyad{{A: "RUS", B: "UKR"}, {A: "USA", B: "VEN"}, {A: "CHN", B: "USA"}, {A: "CHN", B: "RUS"}, {A: "CHN", B: "VEN"}, {A: "RUS", B: "USA"}, {A: "CHN", B: "IND"}} {
		sr, err := (&score.LevelOptions{Unit: unit}).Score(p, d)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Printf("%-8s", d)
		for _, pt := range sr.Points {
			if pt.Start.Month() == 12 && pt.Start.Year() >= 2013 {
				fmt.Printf(" %+5.1f", pt.Value)
			}
		}
		fmt.Print("  shifts:")
		for _, ch := range score.SeriesShifts(sr, nil) {
			fmt.Printf(" %s%+.1f", ch.Date.Format("2006-01"), ch.After-ch.Before)
		}
		fmt.Println()
	}
	if os.Getenv("ROUTINE_DETAIL") != "" {
		for _, c := range v.Checks {
			if c.Point.HeldApart() {
				continue
			}
			fmt.Printf("   %-5v %+6.2f→%+6.2f (range %5.2f) %s\n", c.Held, c.Before, c.After, c.Range, c.Point.Label)
		}
	}
}

// TestExperimentScan re-scans the level's own settings on the tuning half
// (the level's doc, "The v6 kind-6 data": 42 to 48 of 70 at best). It
// prints and asserts nothing; run it with SCAN=1 and
// go test -run ExperimentScan -v ./score.
func TestExperimentScan(t *testing.T) {
	if os.Getenv("SCAN") == "" {
		t.Skip()
	}
	p := chronologyPanel(t)
	tps := harnessPoints()
	run := func(name string, o *score.LevelOptions) {
		v, err := score.Validate(o, p, tps, nil)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Printf("%-40s tuning %d/%d changed %d\n", name, v.TuningHeld, v.TuningTotal, v.TuningChanged)
	}
	run("default", nil)
	for _, g := range []float64{0.25, 0.3, 0.4, 0.5} {
		run(fmt.Sprintf("gain %.2f", g), &score.LevelOptions{Gain: g})
	}
	for _, w := range []float64{0.2, 0.3, 0.5, 0.6} {
		run(fmt.Sprintf("standing %.2f", w), &score.LevelOptions{Standing: w})
	}
	for _, a := range []float64{0.15, 0.2, 0.3, 0.4} {
		run(fmt.Sprintf("acute %.2f", a), &score.LevelOptions{AcuteDecay: a})
	}
	for _, d := range []float64{0.02, 0.06, 0.08} {
		run(fmt.Sprintf("decay %.2f", d), &score.LevelOptions{Decay: d})
	}
	for _, m := range []float64{-1, 2, 6} {
		run(fmt.Sprintf("memory %.0f", m), &score.LevelOptions{HostileMemory: m})
	}
	for _, k := range []float64{5, 20, -1} {
		run(fmt.Sprintf("scale %.0f", k), &score.LevelOptions{Scale: k})
	}
	for _, b := range []float64{0.5, -1} {
		run(fmt.Sprintf("bias %.1f", b), &score.LevelOptions{NegativityBias: b})
	}
	run("proportional", &score.LevelOptions{Saturation: score.Proportional{}})
	for _, name := range score.SaturationNames() {
		sat, _ := score.SaturationByName(name)
		run("sat "+name, &score.LevelOptions{Saturation: sat})
	}
	for _, l := range []float64{0.1, 0.25, 0.5, 0.75, 0.9} {
		run(fmt.Sprintf("stickiness %.2f", l), &score.LevelOptions{Saturation: score.Sticky{Stickiness: l}})
	}
	run("nolasting", &score.LevelOptions{NoLasting: true})
	for _, h := range []float64{12, 24, 96} {
		run(fmt.Sprintf("halflife %.0f", h), &score.LevelOptions{BaselineHalfLife: h})
	}
}
