package report

import (
	"strings"
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

// TestReportNamesRoleRule: the report documents the role rule (issue 11,
// review): the methods say what the government-to-government rule sets
// aside and how many rows it set aside, and the accounting names every
// filter that removed rows with its count and reason. The counts are the
// chronology's (v4: 8 opposition rows and 1 separatist row, the data
// card's role rows; TestBuildEventsAppliesRoles counts 9).
func TestReportNamesRoleRule(t *testing.T) {
	events, err := chronology.Events()
	if err != nil {
		t.Fatal(err)
	}
	r, err := BuildEvents(events, &Options{Dyads: []dataset.Dyad{{A: "USA", B: "VEN"}}, NoVotes: true, TopEvents: -1})
	if err != nil {
		t.Fatal(err)
	}
	html := r.HTML()
	for _, want := range []string{
		"government to government", "opposition", "rebels", "it set aside 9 rows", "-roles changes it",
		`8 by &#34;role: opposition&#34; (role rule`, `1 by &#34;role: rebels&#34; (role rule`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("the HTML report lacks %q", want)
		}
	}
	if strings.Contains(html, "filtered (outside the dyads or period asked for)") {
		t.Error("the accounting still says every filtered row was outside the dyads or period")
	}
	// A file's filters, as the command passes them (Source.Filters).
	r = &Report{Sources: []Source{{Name: "events.csv", Read: 20, Kept: 10, Filtered: 10,
		Filters: map[string]int64{dataset.RuleOpposition: 8, dataset.RuleRebels: 1, dataset.FilterDateRange: 1}}}}
	lines := strings.Join(reconciliation(r), "\n")
	want := `Filtered from events.csv: 8 by "role: opposition" (role rule: acts with another state's opposition); 1 by "date range" (outside the period asked for); 1 by "role: rebels" (role rule: acts with another state's rebels or separatists).`
	if !strings.Contains(lines, want) {
		t.Errorf("reconciliation:\n%s\nwant the line\n%s", lines, want)
	}
	if got := rolesText(r, &Options{}); !strings.Contains(got, "set aside 9 rows") {
		t.Errorf("methods: %s", got)
	}
	if got := rolesText(r, &Options{AllRoles: true}); !strings.Contains(got, "-roles all") {
		t.Errorf("methods with every role: %s", got)
	}
}

// Options.IngestOptions sets the role rule on the readers too, so that the
// chronology's file read by dataset.IngestFiles gives the report that
// BuildEvents gives on the same rows read in memory: the summary and
// scores byte for byte. Before, only events in memory were filtered and the
// file path kept the 9 rows about an opposition or rebels (found when the
// README's library path was tried).
func TestIngestFilesAppliesRoles(t *testing.T) {
	events, _, err := chronology.ReadAsReport()
	if err != nil {
		t.Fatal(err)
	}
	opts := &Options{Dyads: chronology.CoreDyads()}
	mem, err := BuildEvents(events, opts)
	if err != nil {
		t.Fatal(err)
	}
	in, reps, err := dataset.IngestFiles([]string{"../chronology/events.csv"}, opts.IngestOptions())
	if err != nil {
		t.Fatal(err)
	}
	if reps[0].Filtered != 9 { // 8 "role: opposition", 1 "role: rebels" (chronology's data card)
		t.Errorf("filtered %d rows of the file, want the role rule's 9: %v", reps[0].Filtered, reps[0].Filters)
	}
	file, err := Build(in, opts)
	if err != nil {
		t.Fatal(err)
	}
	for name, w := range map[string]func(*Report, *strings.Builder) error{
		"summary.csv": func(r *Report, b *strings.Builder) error { return r.WriteSummaryCSV(b) },
		"scores.csv":  func(r *Report, b *strings.Builder) error { return r.WriteScoresCSV(b) },
	} {
		var a, b strings.Builder
		if err := w(mem, &a); err != nil {
			t.Fatal(err)
		}
		if err := w(file, &b); err != nil {
			t.Fatal(err)
		}
		if a.String() != b.String() {
			t.Errorf("%s differs between the events in memory and the file", name)
		}
	}
}
