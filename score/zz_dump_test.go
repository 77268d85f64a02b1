package score_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/entente/entente/chronology"
	"github.com/entente/entente/score"
)

func TestZZDump(t *testing.T) {
	if os.Getenv("ZZ") == "" {
		t.Skip()
	}
	p := chronologyPanel(t)
	m, _ := score.ModelByName(os.Getenv("ZZ"))
	for _, d := range chronology.CoreDyads() {
		s, _ := m.Score(p, d.Undirected())
		var b strings.Builder
		fmt.Fprintf(&b, "%s\n", d)
		for i, pt := range s.Points {
			if i%12 == 0 {
				fmt.Fprintf(&b, "\n%d ", pt.Start.Year())
			}
			fmt.Fprintf(&b, "%5.1f", pt.Value)
		}
		t.Log(b.String())
	}
}
