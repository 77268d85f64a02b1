package score

import (
	"errors"
	"math"
	"testing"

	"github.com/entente/entente/cameo"
	"github.com/entente/entente/dataset"
)

// indexPanel: CHN-RUS in January has three weight-one events,
// g = +4 (verbal coop, tone −1), −2 (verbal conflict, tone 3) and +7
// (material coop, no tone); February is empty; March has one event. CHN-USA
// (2 events) and RUS-USA (1 event) make the January pair volume of CHN-RUS
// 3 + 2 + 1 = 6.
func indexPanel() *Panel {
	return mustPanel([]dataset.DyadPeriod{
		row("CHN", "RUS", month(2020, 1), ev{1, 4, cameo.VerbalCoop, -1}, ev{1, -2, cameo.VerbalConflict, 3}, ev{1, 7, cameo.MaterialCoop, math.NaN()}),
		row("CHN", "RUS", month(2020, 3), coop(1)),
		row("CHN", "USA", month(2020, 1), coop(1), conf(-5)),
		row("RUS", "USA", month(2020, 1), conf(-4)),
	}, nil)
}

func TestIndexHand(t *testing.T) {
	// Hand calculation for January (g = 4, −2, 7; C = 2, K = 1, W = 3, V = 6):
	nan := math.NaN()
	tests := []struct {
		opts *IndexOptions
		name string
		jan  float64
	}{
		{nil, "goldstein", 3}, // (4 − 2 + 7)/3
		{&IndexOptions{Measure: MeasureSum}, "goldstein-sum", 9},                           // 4 − 2 + 7
		{&IndexOptions{Measure: MeasureSum, Normalize: true}, "goldstein-norm", 1.5},       // 9/6
		{&IndexOptions{Measure: MeasureNetCoop}, "netcoop", 1.0 / 3},                       // (2 − 1)/3
		{&IndexOptions{Measure: MeasureNetCoop, Normalize: true}, "netcoop-norm", 1.0 / 6}, // (2 − 1)/6
		{&IndexOptions{Measure: MeasureConflictRatio}, "conflict-ratio", 0.5},              // 1/2
		{&IndexOptions{Measure: MeasureQuadShare, Quad: cameo.MaterialCoop}, "share-material-coop", 1.0 / 3},
		{&IndexOptions{Measure: MeasureVolume}, "volume", 0.5}, // 3/6
		{&IndexOptions{Measure: MeasureTone}, "tone", 1},       // (−1 + 3)/2; the third has no tone
	}
	p := indexPanel()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.opts.Name(); got != tc.name {
				t.Fatalf("Name = %q, want %q", got, tc.name)
			}
			s, err := tc.opts.Score(p, dataset.Dyad{A: "RUS", B: "CHN"})
			if err != nil {
				t.Fatal(err)
			}
			if s.Dyad != (dataset.Dyad{A: "CHN", B: "RUS"}) || s.Model != tc.name || len(s.Points) != 3 {
				t.Fatalf("series %v %q with %d points", s.Dyad, s.Model, len(s.Points))
			}
			if got := s.Points[0].Value; !near(got, tc.jan, 1e-12) {
				t.Errorf("January = %v, want %v", got, tc.jan)
			}
			// February has no events: NaN, but the period is kept.
			if pt := s.Points[1]; !math.IsNaN(pt.Value) || pt.N != 0 || pt.W != 0 || !pt.Start.Equal(month(2020, 2)) {
				t.Errorf("February = %+v, want NaN with N 0", pt)
			}
			if s.Points[0].N != 3 || s.Points[0].W != 3 || s.Points[0].HasBand() {
				t.Errorf("January N=%d W=%v band=%v", s.Points[0].N, s.Points[0].W, s.Points[0].HasBand())
			}
		})
	}
	_ = nan
}

func TestIndexUndefined(t *testing.T) {
	// Conflict ratio without cooperation and tone without tones are NaN
	// (documented), not ±Inf or 0.
	p := mustPanel([]dataset.DyadPeriod{row("CHN", "USA", month(2020, 1), conf(-5))}, nil)
	s, _ := (&IndexOptions{Measure: MeasureConflictRatio}).Score(p, dataset.Dyad{A: "CHN", B: "USA"})
	if !math.IsNaN(s.Points[0].Value) {
		t.Errorf("conflict ratio with C = 0: %v", s.Points[0].Value)
	}
	s, _ = (&IndexOptions{Measure: MeasureTone}).Score(p, dataset.Dyad{A: "CHN", B: "USA"})
	if !math.IsNaN(s.Points[0].Value) {
		t.Errorf("tone without tones: %v", s.Points[0].Value)
	}
	// A dyad without events scores NaN everywhere.
	s, _ = (&IndexOptions{}).Score(p, dataset.Dyad{A: "FRA", B: "DEU"})
	if s.Dyad != (dataset.Dyad{A: "DEU", B: "FRA"}) || !math.IsNaN(s.Points[0].Value) {
		t.Errorf("absent dyad: %+v", s)
	}
}

func TestIndexDirected(t *testing.T) {
	p := mustPanel([]dataset.DyadPeriod{
		row("CHN", "RUS", month(2020, 1), coop(4)),
		row("RUS", "CHN", month(2020, 1), conf(-2)),
	}, &PanelOptions{Directed: true})
	s, _ := (&IndexOptions{Directed: true}).Score(p, dataset.Dyad{A: "RUS", B: "CHN"})
	if s.Points[0].Value != -2 || !s.Directed || s.Label() != "RUS→CHN" {
		t.Errorf("directed: %v %q", s.Points[0].Value, s.Label())
	}
	s, _ = (&IndexOptions{}).Score(p, dataset.Dyad{A: "RUS", B: "CHN"})
	if s.Points[0].Value != 1 || s.Directed || s.Label() != "CHN-RUS" {
		t.Errorf("pooled: %v %q", s.Points[0].Value, s.Label())
	}
	// Volume normalisation counts both directions once: V = 1 + 1 = 2.
	s, _ = (&IndexOptions{Measure: MeasureVolume, Directed: true}).Score(p, dataset.Dyad{A: "RUS", B: "CHN"})
	if s.Points[0].Value != 0.5 {
		t.Errorf("directed volume share = %v, want 1/2", s.Points[0].Value)
	}
	u := mustPanel([]dataset.DyadPeriod{row("CHN", "RUS", month(2020, 1), coop(4))}, nil)
	if _, err := (&IndexOptions{Directed: true}).Score(u, dataset.Dyad{A: "CHN", B: "RUS"}); !errors.Is(err, ErrUndirected) {
		t.Errorf("err = %v", err)
	}
}

func TestIndexWeightRecorded(t *testing.T) {
	p := mustPanel([]dataset.DyadPeriod{row("CHN", "RUS", month(2020, 1), ev{2.5, 4, cameo.VerbalCoop, math.NaN()}, ev{0.5, -2, cameo.VerbalConflict, math.NaN()})},
		&PanelOptions{Weight: dataset.WeightLogSources})
	s, _ := (*IndexOptions)(nil).Score(p, dataset.Dyad{A: "CHN", B: "RUS"})
	// (2.5·4 − 0.5·2)/3 = 3
	if s.Weight != dataset.WeightLogSources || s.Points[0].Value != 3 || s.Points[0].W != 3 {
		t.Errorf("weight %v value %v W %v", s.Weight, s.Points[0].Value, s.Points[0].W)
	}
}

func TestIndexOptionsMisusePanics(t *testing.T) {
	defer func() {
		if r := recover(); r == nil {
			t.Fatal("Normalize on the mean did not panic")
		}
	}()
	(&IndexOptions{Measure: MeasureMean, Normalize: true}).Name()
}

func TestMeasureRange(t *testing.T) {
	lo, hi := MeasureMean.Range(false)
	if lo != -10 || hi != 10 {
		t.Error("mean range")
	}
	lo, hi = (&IndexOptions{Measure: MeasureSum, Normalize: true}).Range()
	if lo != -10 || hi != 10 {
		t.Error("normalised sum range")
	}
	if _, hi = MeasureSum.Range(false); !math.IsInf(hi, 1) {
		t.Error("sum range")
	}
}

// BenchmarkIndexScore: the weighted mean index of 1,000 dyads over 240
// months (about half of them with events) from one panel; the allocations
// are per series (its points), none per period.
func BenchmarkIndexScore(b *testing.B) {
	var rows []dataset.DyadPeriod
	var dyads []dataset.Dyad
	for d := 0; d < 1000; d++ {
		a, c := code3(d), code3(d+1000)
		dyads = append(dyads, dataset.Dyad{A: a, B: c})
		for m := 0; m < 240; m += 2 {
			rows = append(rows, row(a, c, month(2000, 1).AddDate(0, m, 0), coop(float64(m%7)), conf(-1)))
		}
	}
	p := mustPanel(rows, nil)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range dyads {
			if _, err := (&IndexOptions{Measure: MeasureNetCoop, Normalize: true}).Score(p, d); err != nil {
				b.Fatal(err)
			}
		}
	}
}
