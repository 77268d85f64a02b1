package score_test

import (
	"fmt"
	"math"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/entente/entente/chronology"
	"github.com/entente/entente/dataset"
	"github.com/entente/entente/score"
)

// harnessPoints converts the embedded documented turning points.
func harnessPoints() []score.TurningPoint {
	var out []score.TurningPoint
	for _, tp := range chronology.TurningPoints() {
		out = append(out, score.TurningPoint{Dyad: tp.Dyad, Month: tp.Month, Direction: tp.Direction(),
			Label: tp.Dyad.String() + " " + tp.Month.Format("2006-01") + " " + tp.Description})
	}
	return out
}

// chronologyPanel is the embedded chronology on a monthly undirected panel.
func chronologyPanel(t testing.TB) *score.Panel {
	t.Helper()
	events, err := chronology.Events()
	if err != nil {
		t.Fatal(err)
	}
	tab := dataset.NewTable(nil)
	for i := range events {
		tab.Add(&events[i])
	}
	p, err := score.PanelFromTable(tab, time.Time{}, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestHarnessReport scores every registered model on the documented
// turning points and prints the table (go test -run HarnessReport -v);
// HARNESS_DETAIL=model lists that model's points.
func TestHarnessReport(t *testing.T) {
	p := chronologyPanel(t)
	tps := harnessPoints()
	var b strings.Builder
	fmt.Fprintf(&b, "%-24s %8s %10s %8s\n", "model", "tuning", "held-apart", "total")
	for _, name := range score.ModelNames() {
		m, _ := score.ModelByName(name)
		v, err := score.Validate(m, p, tps, nil)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if os.Getenv("HARNESS_ALL") == "" { // choose and tune on the tuning half only
			fmt.Fprintf(&b, "%-24s %3d/%-4d\n", name, v.TuningHeld, v.TuningTotal)
		} else {
			fmt.Fprintf(&b, "%-24s %3d/%-4d %5d/%-4d %3d/%-4d\n", name, v.TuningHeld, v.TuningTotal, v.HeldApartHeld, v.HeldApartTotal, v.Held, v.Total)
		}
		if os.Getenv("HARNESS_DETAIL") == name {
			for _, c := range v.Checks {
				if c.Point.HeldApart() { // tune on the tuning half only
					continue
				}
				fmt.Fprintf(&b, "   %-5v half=%-5v %+6.2f→%+6.2f (range %5.2f) %s\n", c.Held, c.Point.HeldApart(), c.Before, c.After, c.Range, c.Point.Label)
			}
		}
	}
	t.Log("\n" + b.String())
	_ = math.NaN
}
