package report

import (
	"math"
	"strings"
	"testing"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/score"
)

// The constants the methods and captions state are score's: a dyad with
// one event (042, +1.9, so that the level starts near 1.7 and its band is
// not cut at ±9) in its first month and none for a year has N = 1 event
// behind the level then, so the outer half-width is 1.96·3.6/√2 = 4.99
// and the inner 1.28·3.6/√2 = 3.26 (hand calculation); eleven months on
// (Dec 2020), N = 0.96¹¹ = 0.6382 (the level's 4 % monthly decay) and the
// outer half-width 1.96·3.6/√1.6382 = 5.51.
func TestLevelBandConstants(t *testing.T) {
	evs := []dataset.Event{ev("2020-01-10", "CHN", "RUS", "042", "visit"), ev("2021-01-10", "CHN", "RUS", "043", "visit")}
	p, err := score.PanelFromEvents(evs, nil)
	if err != nil {
		t.Fatal(err)
	}
	s, err := (&score.LevelOptions{}).Score(p, dataset.Dyad{A: "CHN", B: "RUS"})
	if err != nil {
		t.Fatal(err)
	}
	check := func(i int, n float64) {
		t.Helper()
		pt := s.Points[i]
		if pt.Lower <= -score.MaxLevel || pt.Upper >= score.MaxLevel {
			t.Fatalf("point %d: band %v … %v is cut; pick another fixture", i, pt.Lower, pt.Upper)
		}
		outer, inner := (pt.Upper-pt.Lower)/2, (pt.Upper80-pt.Lower80)/2
		if math.Abs(outer-score.LevelBandHalfWidth(n, false)) > 0.01 || math.Abs(inner-score.LevelBandHalfWidth(n, true)) > 0.01 {
			t.Errorf("point %d (N = %.4f): half-widths %.3f and %.3f, the text's formula %.3f and %.3f", i, n, outer, inner,
				score.LevelBandHalfWidth(n, false), score.LevelBandHalfWidth(n, true))
		}
	}
	check(0, 1)
	check(11, math.Pow(0.96, 11))
	if h := score.LevelBandHalfWidth(1, false); math.Abs(h-4.99) > 0.005 {
		t.Errorf("one event: ±%.3f, want 4.99", h)
	}
	if h := score.LevelBandHalfWidth(math.Pow(0.96, 11), false); math.Abs(h-5.51) > 0.005 {
		t.Errorf("one event aged 11 months: ±%.3f, want 5.51", h)
	}
	// The methods state the constants and the cut; the caption too.
	m := levelBandsMethod()
	for _, w := range []string{"z·3.6/√(N + 1)", "3.6 = 0.9 × 4", "z = 1.96", "1.28", "4 % less", "cut at ±9", "not the probability", "±5.0", "±2.1", "±0.7"} {
		if !strings.Contains(m, w) {
			t.Errorf("methods lack %q: %s", w, m)
		}
	}
	c := levelBandsCaption()
	for _, w := range []string{"z·3.6/√(N + 1)", "1.28 (inner", "1.96 (outer)", "cut at ±9"} {
		if !strings.Contains(c, w) {
			t.Errorf("caption lacks %q: %s", w, c)
		}
	}
}
