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

// The reconciliation starts from the articles' events when the report
// has them: coded, merged across outlets, out (the counts of the example
// articles by hand from `report -o out examples/articles.jsonl`: 116
// coded, 2 merged, 114 out), before the filters and the deduplication.
func TestReconciliationArticles(t *testing.T) {
	r := &Report{ArticleDedup: &dataset.DedupReport{In: 116, Merged: 2, Out: 114}, Deduplicated: true, Dedup: dataset.DedupReport{In: 111, Out: 111}}
	lines := reconciliation(r)
	if len(lines) < 3 || lines[0] != "Articles: 116 events coded, 2 merged as one event reported by several outlets, 114 out." || lines[1] != "Deduplication: 111 events in, 0 merged, 111 out." {
		t.Errorf("reconciliation: %q", lines)
	}
	r.ArticleDedup = nil
	if lines := reconciliation(r); len(lines) == 0 || lines[0] != "Deduplication: 111 events in, 0 merged, 111 out." {
		t.Errorf("without articles: %q", lines)
	}
}
