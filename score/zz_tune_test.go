package score_test

import (
	"os"
	"testing"

	"github.com/entente/entente/score"
)

func TestZZTuneLevel(t *testing.T) {
	if os.Getenv("ZZ_TUNE") == "" {
		t.Skip()
	}
	p := chronologyPanel(t)
	tps := harnessPoints()
	for _, d := range []float64{-1, 0.02, 0.04, 0.06, 0.1} {
		for _, h := range []float64{12, 24, 48} {
			v, _ := score.Validate(&score.LevelOptions{Decay: d, BaselineHalfLife: h}, p, tps, nil)
			t.Logf("decay %.2f H %2.0f tuning %d/%d", d, h, v.TuningHeld, v.TuningTotal)
		}
	}
	for _, g := range []float64{0.1, 0.2, 0.35, 0.5, 0.8} {
		v, _ := score.Validate(&score.KalmanOptions{Push: g}, p, tps, nil)
		t.Logf("kalman push %.2f tuning %d/%d", g, v.TuningHeld, v.TuningTotal)
		v, _ = score.Validate(&score.KalmanOptions{Push: g, Observation: score.ObserveMean}, p, tps, nil)
		t.Logf("kalman-mean push %.2f tuning %d/%d", g, v.TuningHeld, v.TuningTotal)
	}
}

func TestZZDiff(t *testing.T) {
	if os.Getenv("ZZ_DIFF") == "" {
		t.Skip()
	}
	p := chronologyPanel(t)
	tps := harnessPoints()
	a, _ := score.Validate(&score.LevelOptions{}, p, tps, nil)
	b, _ := score.Validate(&score.KalmanOptions{}, p, tps, nil)
	for i := range a.Checks {
		if a.Checks[i].Point.HeldApart() || a.Checks[i].Held == b.Checks[i].Held {
			continue
		}
		t.Logf("level %-5v kalman %-5v L %+.1f→%+.1f K %+.1f→%+.1f %s", a.Checks[i].Held, b.Checks[i].Held, a.Checks[i].Before, a.Checks[i].After, b.Checks[i].Before, b.Checks[i].After, a.Checks[i].Point.Label)
	}
}
