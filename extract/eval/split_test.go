package eval

import (
	"testing"

	"github.com/entente/entente/internal/sharedtest"
)

func TestSourceKey(t *testing.T) {
	// the keys documented on SourceKey
	for id, want := range map[string]string{
		"PLOVER-GSR01-AGREE-0001": "PLOVER-GSR01-AGREE-0001",
		"DEMO-00":                 "DEMO-0",
		"DEMO-01":                 "DEMO-0",
		"SYNSET-12a":              "SYNSET-1",
		"seed-02#4":               "seed-02",
		"record-7":                "record-",
		"plain":                   "plain",
	} {
		if got := SourceKey(GoldRecord{ID: id}); got != want {
			t.Errorf("SourceKey(%q) = %q, want %q", id, got, want)
		}
	}
}

func TestSplitOfPLOVER(t *testing.T) {
	// number halved, odd → validation: 1→0 train, 3→1 validation, 5→2
	// train, 7→3 validation, 34→17 validation, 36→18 train
	for id, want := range map[string]Split{
		"PLOVER-GSR01-AGREE-0001": Train, "PLOVER-GSR01-AGREE-0003": Validation,
		"PLOVER-GSR01-AGREE-0005": Train, "PLOVER-GSR01-AGREE-0007": Validation,
		"PLOVER-GSR01-AGREE-0034": Validation, "PLOVER-GSR01-AGREE-0036": Train,
	} {
		if got := SplitOf(GoldRecord{ID: id}); got != want {
			t.Errorf("SplitOf(%s) = %s, want %s", id, got, want)
		}
	}
}

func TestSplitBySource(t *testing.T) {
	// records of one source fall on one side, whatever their number
	a, b := SplitOf(GoldRecord{ID: "DEMO-00"}), SplitOf(GoldRecord{ID: "DEMO-07"})
	if a != b {
		t.Errorf("DEMO-00 %s, DEMO-07 %s: one source split", a, b)
	}
	c, d := SplitOf(GoldRecord{ID: "art-1#0"}), SplitOf(GoldRecord{ID: "art-1#9"})
	if c != d {
		t.Errorf("art-1#0 %s, art-1#9 %s: one article split", c, d)
	}
	recs := []GoldRecord{{ID: "PLOVER-X-A-0001"}, {ID: "PLOVER-X-A-0003"}, {ID: "PLOVER-X-A-0005"}}
	tr, va := SplitRecords(recs)
	if len(tr) != 2 || len(va) != 1 || tr[0].ID != "PLOVER-X-A-0001" || tr[1].ID != "PLOVER-X-A-0005" || va[0].ID != "PLOVER-X-A-0003" {
		t.Errorf("SplitRecords: train %v validation %v", tr, va)
	}
}

func TestSplitPLOVERDev(t *testing.T) {
	gold, err := ReadPLOVER(sharedtest.Path(t, "data/plover/PLOVER_GSR_CAMEO.dev.json"))
	if err != nil {
		t.Fatal(err)
	}
	tr, va := SplitRecords(gold)
	// counted from the file with the rule above (164 records: 87 train, 77
	// validation); every category with at least two records has one on
	// each side except COOPERATE (its two records, 0001 and 0004, halve to 0 and 2)
	if len(tr) != 87 || len(va) != 77 {
		t.Errorf("train %d, validation %d; want 87, 77", len(tr), len(va))
	}
	side := map[string][2]int{}
	for _, g := range gold {
		for _, e := range g.Events {
			x := side[e.PLOVER]
			if SplitOf(g) == Validation {
				x[1]++
			} else {
				x[0]++
			}
			side[e.PLOVER] = x
		}
	}
	for cat, x := range side {
		if cat != "COOPERATE" && (x[0] == 0 || x[1] == 0) {
			t.Errorf("%s: train %d, validation %d", cat, x[0], x[1])
		}
	}
}
