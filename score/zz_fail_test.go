package score_test

import (
	"fmt"
	"os"
	"testing"

	"github.com/entente/entente/chronology"
	"github.com/entente/entente/score"
)

func TestZZFail(t *testing.T) {
	if os.Getenv("ZZF") == "" {
		t.Skip()
	}
	p := chronologyPanel(t)
	core := map[string]bool{}
	for _, d := range chronology.CoreDyads() {
		core[d.Undirected().String()] = true
	}
	for _, o := range []*score.LevelOptions{{NoLasting: true}, {}} {
		v, _ := score.Validate(o, p, harnessPoints(), nil)
		fmt.Println("-----", o.NoLasting)
		for _, c := range v.Checks {
			if core[c.Point.Dyad.String()] && !c.Held {
				fmt.Printf("ha=%-5v %+6.2f→%+6.2f Δ%+5.2f need %.2f dir %+.0f %s\n", c.Point.HeldApart(), c.Before, c.After, c.Move, 0.05*c.Range, c.Point.Direction, c.Point.Label)
			}
		}
	}
}
