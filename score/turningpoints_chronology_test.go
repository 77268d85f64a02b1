package score_test

import (
	"strings"
	"testing"

	"github.com/entente/entente/chronology"
	"github.com/entente/entente/score"
)

// Every documented turning point keeps its dyad and month, reads its
// direction as +1 (up) or −1 (down) and is labelled by dyad, month and
// description; a list read from a file converts alike.
func TestChronologyTurningPoints(t *testing.T) {
	cps := chronology.TurningPoints()
	tps := score.ChronologyTurningPoints(cps)
	if len(tps) != len(cps) || len(tps) < 60 {
		t.Fatalf("%d points from %d", len(tps), len(cps))
	}
	for i, tp := range tps {
		cp := cps[i]
		want := -1.0
		if cp.Up {
			want = 1
		}
		if tp.Dyad != cp.Dyad || !tp.Month.Equal(cp.Month) || tp.Direction != want ||
			tp.Label != cp.Dyad.String()+" "+cp.Month.Format("2006-01")+" "+cp.Description {
			t.Errorf("point %d (line %d): %+v from %+v", i, cp.Line, tp, cp)
		}
	}
	// two rows written here: a cooling given as IND-CHN (read undirected)
	// and a warming
	list, err := chronology.ReadTurningPoints(strings.NewReader("dyad,month,direction,description,source\nIND-CHN,2020-06,down,Galwan,MEA\nCHN-RUS,2013-03,up,Xi in Moscow,kremlin.ru\n"), "test.csv")
	if err != nil {
		t.Fatal(err)
	}
	got := score.ChronologyTurningPoints(list)
	if len(got) != 2 || got[0].Dyad.String() != "CHN-IND" || got[0].Direction != -1 || got[0].Label != "CHN-IND 2020-06 Galwan" ||
		got[1].Direction != 1 || got[1].Month.Format("2006-01-02") != "2013-03-01" {
		t.Errorf("converted %+v", got)
	}
	if score.ChronologyTurningPoints(nil) != nil {
		t.Error("nil does not give nil")
	}
}
