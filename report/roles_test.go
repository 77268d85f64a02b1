package report

import (
	"testing"

	"github.com/entente/entente/chronology"
	"github.com/entente/entente/dataset"
)

// TestBuildEventsAppliesRoles: the library reads a relationship government
// to government by default, as the report command does (-roles
// government): BuildEvents on the whole chronology equals BuildEvents on
// the chronology without the rows dataset.DefaultRoleFilter sets aside
// (the nine opposition and separatist rows of chronology v4, among them
// the US recognition of Guaidó in January 2019, which would lift
// US–Venezuela in the month relations broke), and differs from keeping
// every role.
func TestBuildEventsAppliesRoles(t *testing.T) {
	events, err := chronology.Events()
	if err != nil {
		t.Fatal(err)
	}
	rf := dataset.DefaultRoleFilter()
	var kept []dataset.Event
	for i := range events {
		if rf.Keep(&events[i]) {
			kept = append(kept, events[i])
		}
	}
	if n := len(events) - len(kept); n != 9 {
		t.Fatalf("the default role filter sets aside %d chronology rows, want 9 (the data card's role rows)", n)
	}
	in := dataset.IngestEvents(events, (&Options{}).IngestOptions())
	if got := in.SetAside[dataset.RuleOpposition] + in.SetAside[dataset.RuleRebels]; got != 9 {
		t.Errorf("IngestEvents set aside %v, want 9 rows", in.SetAside)
	}
	usaVen := []dataset.Dyad{{A: "USA", B: "VEN"}}
	headline := func(evs []dataset.Event, o *Options) float64 {
		t.Helper()
		o.Dyads, o.NoVotes, o.TopEvents = usaVen, true, -1
		r, err := BuildEvents(evs, o)
		if err != nil {
			t.Fatal(err)
		}
		return r.Dyads[0].Summary.Value
	}
	def, filtered, all := headline(events, &Options{}), headline(kept, &Options{AllRoles: true}), headline(events, &Options{AllRoles: true})
	if def != filtered {
		t.Errorf("USA-VEN headline: %v by default, %v on the rows the role filter keeps: the library ignores roles", def, filtered)
	}
	if def == all {
		t.Errorf("USA-VEN headline: %v with every role too: the role rows made no difference", all)
	}
}
