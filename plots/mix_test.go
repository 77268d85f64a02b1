package plots

import (
	"math"
	"testing"

	"github.com/entente/entente/cameo"
	"github.com/entente/entente/dataset"
)

func statsWith(start string, quads map[cameo.Quad]float64) dataset.Stats {
	var s dataset.Stats
	for q, w := range quads {
		s.AddValues(dataset.EventValues{Date: day0(start), Weight: w, Goldstein: 1, Quad: q, Tone: math.NaN(), Reports: 1})
	}
	return s
}

func TestMixBars(t *testing.T) {
	rows := []dataset.DyadPeriod{
		{Dyad: dyCHNRUS, Start: day0("2024-01-01"), Stats: statsWith("2024-01-05", map[cameo.Quad]float64{cameo.VerbalCoop: 3, cameo.MaterialConflict: 1})},
		// another dyad in the same month: added to the January bar
		{Dyad: dyCIVTUR, Start: day0("2024-01-01"), Stats: statsWith("2024-01-09", map[cameo.Quad]float64{cameo.VerbalCoop: 2, cameo.QuadUnknown: 2})},
		// February has no rows; March has one
		{Dyad: dyCHNRUS, Start: day0("2024-03-01"), Stats: statsWith("2024-03-02", map[cameo.Quad]float64{cameo.MaterialCoop: 4})},
	}
	bars, from, to, dyads := mixBars(rows, dataset.Month, &MixOptions{})
	if len(bars) != 2 || !from.Equal(day0("2024-01-01")) || !to.Equal(day0("2024-04-01")) || len(dyads) != 2 {
		t.Fatalf("bars %d, range %v–%v, dyads %v", len(bars), from, to, dyads)
	}
	// January: verbal cooperation 3 + 2 = 5, material conflict 1,
	// unknown 2 (sums of the weights above).
	jan := bars[0].h
	if jan[cameo.VerbalCoop] != 5 || jan[cameo.MaterialConflict] != 1 || jan[cameo.QuadUnknown] != 2 || jan[cameo.MaterialCoop] != 0 {
		t.Errorf("January bar %v", jan)
	}
	if bars[1].h[cameo.MaterialCoop] != 4 || !bars[1].start.Equal(day0("2024-03-01")) {
		t.Errorf("March bar %+v", bars[1])
	}
	// Shares: January's total weight is 8 → 5/8, 1/8, 2/8.
	shares, _, _, _ := mixBars(rows, dataset.Month, &MixOptions{Share: true})
	jan = shares[0].h
	if jan[cameo.VerbalCoop] != 5.0/8 || jan[cameo.MaterialConflict] != 1.0/8 || jan[cameo.QuadUnknown] != 2.0/8 {
		t.Errorf("January shares %v", jan)
	}
	// Quarterly: everything in Q1 2024 is one bar, 3+1+2+2+4 = 12.
	q, _, _, _ := mixBars(rows, dataset.Quarter, &MixOptions{})
	sum := 0.0
	for _, v := range q[0].h {
		sum += v
	}
	if len(q) != 1 || sum != 12 {
		t.Errorf("quarterly: %d bars, total %v, want 1 bar of 12", len(q), sum)
	}
}

func TestMixBarsFromTo(t *testing.T) {
	rows := mixFixture()
	bars, from, to, _ := mixBars(rows, dataset.Month, &MixOptions{From: day0("2022-02-15"), To: day0("2022-04-02")})
	if !from.Equal(day0("2022-02-01")) || !to.Equal(day0("2022-05-01")) {
		t.Fatalf("range %v – %v", from, to)
	}
	// mixFixture skips months i with i mod 7 = 3; Feb–Apr 2022 are i =
	// 13, 14, 15, none skipped.
	if len(bars) != 3 {
		t.Fatalf("%d bars, want 3", len(bars))
	}
}

func TestMixLegendOnlyPresentClasses(t *testing.T) {
	rows := []dataset.DyadPeriod{{Dyad: dyCHNRUS, Start: day0("2024-01-01"), Stats: statsWith("2024-01-05", map[cameo.Quad]float64{cameo.VerbalCoop: 3})}}
	ch, err := NewMixChart(rows, dataset.Month, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(ch.legend) != 1 || ch.legend[0].label != "verbal cooperation" {
		t.Errorf("legend %+v", ch.legend)
	}
}
