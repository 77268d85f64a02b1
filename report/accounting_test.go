package report

import (
	"testing"

	"github.com/entente/entente/dataset"
)

// filterList names each filter with its count, most rows first, a known
// filter with its reason and an unknown one as it is; zero counts are left
// out (the counts are the map's, by hand).
func TestFilterList(t *testing.T) {
	got := filterList(map[string]int64{dataset.RuleRebels: 1, dataset.RuleOpposition: 1200, "outside -from/-to": 3, "none": 0})
	want := `1,200 by "role: opposition" (role rule: acts with another state's opposition); 3 by "outside -from/-to"; 1 by "role: rebels" (role rule: acts with another state's rebels or separatists)`
	if got != want {
		t.Errorf("filterList:\n got %s\nwant %s", got, want)
	}
}
