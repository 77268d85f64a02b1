package score_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/entente/entente/chronology"
	"github.com/entente/entente/score"
)

func TestZZDebug(t *testing.T) {
	name := os.Getenv("ZZ_MODEL")
	if name == "" {
		t.Skip()
	}
	p := chronologyPanel(t)
	m, _ := score.ModelByName(name)
	for _, d := range chronology.CoreDyads() {
		s, err := m.Score(p, d.Undirected())
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		for i, pt := range s.Points {
			if pt.Start.Month()%3 == 1 || pt.N > 0 {
				_ = i
				if pt.Start.Month()%6 == 1 {
					fmt.Fprintf(&b, "%s:%+.1f ", pt.Start.Format("06-01"), pt.Value)
				}
			}
		}
		t.Logf("%s %s", d, b.String())
	}
}
