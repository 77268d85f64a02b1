package score

import (
	"errors"
	"math"
	"testing"
	"time"

	"github.com/entente/entente/dataset"
)

func TestPanelProfiles(t *testing.T) {
	// 2020: CHN and VEN both hostile to USA (−5, −4, three events each),
	// both friendly to RUS (+4, +3); CHN–VEN itself is excluded from their
	// profiles. IRN–USA has two events only (below MinEvents 3): missing.
	three := func(g float64) []ev { return []ev{coop(g), coop(g), coop(g)} }
	rows := []dataset.DyadPeriod{
		row("CHN", "USA", month(2020, 1), three(-5)...),
		row("USA", "VEN", month(2020, 1), three(-4)...),
		row("CHN", "RUS", month(2020, 1), three(4)...),
		row("RUS", "VEN", month(2020, 1), three(3)...),
		row("CHN", "VEN", month(2020, 1), three(6)...),
		row("IRN", "USA", month(2020, 1), coop(-7), coop(-7)),
	}
	p := mustPanel(rows, &PanelOptions{Granularity: dataset.Month})
	pr, err := PanelProfiles(p, []string{"CHN", "VEN"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if pr.Lo != -10 || pr.Hi != 10 || pr.Model != "goldstein" || len(pr.Cols) != 5 {
		t.Fatalf("profiles: %v %v %q %v", pr.Lo, pr.Hi, pr.Model, pr.Cols)
	}
	if pr.At(0, "CHN", "USA") != -5 || pr.At(0, "VEN", "RUS") != 3 || !math.IsNaN(pr.At(0, "CHN", "CHN")) || !math.IsNaN(pr.At(0, "CHN", "IRN")) {
		t.Fatalf("CHN row %v, VEN row %v", pr.Row(0, "CHN"), pr.Row(0, "VEN"))
	}
	if pr.Volume(0, 3) != 8 { // USA (column 3 of CHN IRN RUS USA VEN): 3 + 3 + 2
		t.Errorf("USA volume = %v", pr.Volume(0, 3))
	}
	// Shared third countries: RUS and USA (VEN and CHN are the pair).
	m, err := AlignPeriod(pr, 0, &AlignOptions{MinCommon: 2})
	if err != nil {
		t.Fatal(err)
	}
	// S by hand: (|−5+4| + |4−3|)/2 = 1 mean distance, R = 20:
	// S = 1 − 2·1/20 = 0.9.
	if got := m.At("CHN", "VEN"); !near(got, 0.9, 1e-12) || m.Common("CHN", "VEN") != 2 {
		t.Fatalf("S = %v (common %d), want 0.9", got, m.Common("CHN", "VEN"))
	}
	cs, _ := m.Contributions("CHN", "VEN")
	if len(cs) != 2 || cs[0].Relation() != "both friendly" && cs[0].Relation() != "both hostile" {
		t.Fatalf("contributions %+v", cs)
	}
	// MinEvents −1 lets IRN–USA's two events in.
	pr, _ = PanelProfiles(p, []string{"IRN"}, &ProfileOptions{MinEvents: -1})
	if pr.At(0, "IRN", "USA") != -7 {
		t.Errorf("IRN→USA = %v", pr.At(0, "IRN", "USA"))
	}
	// Level profiles take the level's range.
	pr, _ = PanelProfiles(p, []string{"CHN"}, &ProfileOptions{Model: &LevelOptions{}, MinEvents: -1})
	if pr.Lo != -9 || pr.Hi != 9 || pr.Model != "level" {
		t.Errorf("level profiles range %v..%v", pr.Lo, pr.Hi)
	}
}

func TestProfilesSet(t *testing.T) {
	p := NewProfiles([]string{"A"}, []string{"A", "B"}, []time.Time{month(2020, 1)})
	if err := p.Set(0, "Z", "B", 1); !errors.Is(err, ErrUnknownCountry) {
		t.Errorf("unknown row: %v", err)
	}
	if err := p.Set(0, "A", "Z", 1); !errors.Is(err, ErrUnknownCountry) {
		t.Errorf("unknown col: %v", err)
	}
	p.Set(0, "A", "B", math.Inf(1))
	if !math.IsNaN(p.At(0, "A", "B")) {
		t.Error("Inf must be stored as missing")
	}
	if p.PeriodIndex(month(2020, 1)) != 0 || p.PeriodIndex(month(2021, 1)) != -1 || p.Row(0, "Z") != nil {
		t.Error("accessors")
	}
	defer func() {
		if recover() == nil {
			t.Error("duplicate row did not panic")
		}
	}()
	NewProfiles([]string{"A", "A"}, nil, nil)
}
