package chronology

import (
	"testing"

	"github.com/entente/entente/dataset"
)

// TestRoles: the rows whose actor is not the state carry its CAMEO type
// code in source_sector or target_sector, every such code is in dataset's
// role table with a non-state role, and the default role filter sets
// exactly those rows aside — the recognition of Juan Guaido (USA→VEN 054,
// 23 January 2019) first among them — with the rule's name.
func TestRoles(t *testing.T) {
	known := map[string]dataset.Role{}
	for _, c := range dataset.RoleCodes() {
		if c.Scheme == "CAMEO" {
			known[c.Code] = c.Role
		}
	}
	want := map[string]int{}
	for _, r := range rawRows(t) {
		for _, sec := range []string{r.sourceSector, r.targetSector} {
			if sec == "" {
				continue
			}
			role, ok := known[sec]
			if !ok || role.IsState() {
				t.Errorf("%s:%d: sector %q is not a non-state CAMEO type code", File, r.line, sec)
			}
			switch role {
			case dataset.RoleOpposition:
				want[dataset.RuleOpposition]++
			case dataset.RoleRebel:
				want[dataset.RuleRebels]++
			}
		}
	}
	if want[dataset.RuleOpposition] == 0 || want[dataset.RuleRebels] == 0 {
		t.Fatalf("no opposition or rebel rows: %v", want)
	}
	events, rep, err := ReadAsReport()
	if err != nil {
		t.Fatal(err)
	}
	if rep.Filters[dataset.RuleOpposition] != int64(want[dataset.RuleOpposition]) || rep.Filters[dataset.RuleRebels] != int64(want[dataset.RuleRebels]) ||
		rep.Filtered != int64(want[dataset.RuleOpposition]+want[dataset.RuleRebels]) {
		t.Errorf("filtered %v, want %v", rep.Filters, want)
	}
	for _, e := range events {
		if e.Date.Format("2006-01-02") == "2019-01-23" && e.Source.Country == "USA" && e.Code == "054" {
			t.Error("the recognition of Guaido is kept by the default role filter")
		}
	}
	// The whole chronology is still read by Events, roles and all.
	all := mustEvents(t)
	if int64(len(all)-len(events)) != rep.Filtered {
		t.Errorf("Events has %d rows, the filtered read %d, filtered=%d", len(all), len(events), rep.Filtered)
	}
	found := false
	for i := range all {
		e := &all[i]
		if e.Date.Format("2006-01-02") == "2019-01-23" && e.Source.Country == "USA" && e.Target.Country == "VEN" && e.Code == "054" {
			found = true
			if r := dataset.ActorRole(e.Target); r != dataset.RoleOpposition {
				t.Errorf("Guaido row: target role %q, want opposition", r)
			}
			if r := dataset.DefaultRoleFilter().Reason(e); r != dataset.RuleOpposition {
				t.Errorf("Guaido row: reason %q, want %q", r, dataset.RuleOpposition)
			}
		}
	}
	if !found {
		t.Error("the 2019-01-23 USA→VEN 054 row is missing")
	}
}

// TestReadAsReport: the report's reading keeps 1,891 of the 1,900 rows
// (the data card's nine rows with a non-state role set aside) and has no
// repeated reports for dataset.Dedup to merge.
func TestReadAsReport(t *testing.T) {
	evs, rep, err := ReadAsReport()
	if err != nil {
		t.Fatal(err)
	}
	if rep.Read != 1900 || rep.Kept != 1891 || rep.Filtered != 9 {
		t.Errorf("%s, want read=1900 kept=1891 filtered=9", rep.RowsLine())
	}
	if merged, dr := dataset.Dedup(evs, nil); len(merged) != len(evs) {
		t.Errorf("dedup merged %d of %d events: %v", len(evs)-len(merged), len(evs), dr)
	}
}
