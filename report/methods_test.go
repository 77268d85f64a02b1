package report

import (
	"fmt"
	"strings"
	"testing"

	"github.com/entente/entente/score"
)

// The methods page prints the headline's figure on the documented turning
// points, the one score.Validate computes (issue 11), and says what + and
// − mean.
func TestMethodsPrintHarnessFigure(t *testing.T) {
	r, err := BuildEvents(fixtureEvents(), nil)
	if err != nil {
		t.Fatal(err)
	}
	v, err := harness(&score.LevelOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if v.Total < 60 || v.Held == 0 {
		t.Fatalf("harness %d of %d", v.Held, v.Total)
	}
	var text string
	for _, m := range r.Methods {
		text += m.Text + "\n"
	}
	want := fmt.Sprintf("moves the right way at %d of %d documented turning points", v.Held, v.Total)
	for _, w := range []string{want, "+ is warmer", "− is cooler", "thin evidence", fmt.Sprintf("%d of %d on the held-apart half", v.HeldApartHeld, v.HeldApartTotal)} {
		if !strings.Contains(text, w) {
			t.Errorf("methods lack %q:\n%s", w, text)
		}
	}
}
