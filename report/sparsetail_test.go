package report

import (
	"strings"
	"testing"
	"time"

	"github.com/entente/entente/dataset"
)

// tailEvents are n CHN-RUS events (code 042, Goldstein 3.4) on the first of
// each month given.
func tailEvents(t *testing.T, months map[string]int) []dataset.Event {
	t.Helper()
	var out []dataset.Event
	for m, n := range months {
		d, err := time.Parse("2006-01", m)
		if err != nil {
			t.Fatal(err)
		}
		for i := 0; i < n; i++ {
			e := dataset.NewEvent()
			e.Date, e.Source, e.Target = d.AddDate(0, 0, i), dataset.Actor{Country: "CHN"}, dataset.Actor{Country: "RUS"}
			e.SetCode("042")
			out = append(out, e)
		}
	}
	return out
}

// tailTable is the monthly table of tailEvents.
func tailTable(t *testing.T, months map[string]int) *dataset.Table {
	t.Helper()
	tab := dataset.NewTable(nil)
	for _, e := range tailEvents(t, months) {
		tab.Add(&e)
	}
	return tab
}

func TestFindSparseTail(t *testing.T) {
	// A GDELT-like tail: 2 events in 1982-01, then 3 in 2016-06 and 5 in
	// 2016-07. The final run (2016-06, 2016-07) holds 8 of 10 events
	// (≥ SparseTailRun); 1 of the 413 months 1982-01…2016-05 has events
	// (≤ SparseTailDensity): the period starts at 2016-06, 2 events out.
	tail := FindSparseTail(tailTable(t, map[string]int{"1982-01": 2, "2016-06": 3, "2016-07": 5}), dataset.Month)
	if tail == nil || tail.From.Format("2006-01-02") != "2016-06-01" || tail.Events != 2 ||
		tail.First.Format("2006-01-02") != "1982-01-01" || tail.Last.Format("2006-01-02") != "1982-01-31" {
		t.Fatalf("tail = %+v", tail)
	}
	if s := tail.String(); !strings.Contains(s, "(rule: sparse tail)") || !strings.Contains(s, "2 earlier events") || !strings.Contains(s, "-from 1982-01") {
		t.Errorf("note %q", s)
	}
	if s := tail.Sentence(); !strings.Contains(s, "1 Jun 2016") || !strings.Contains(s, "-from 1982-01 includes them.") {
		t.Errorf("sentence %q", s)
	}
	for name, months := range map[string]map[string]int{
		// a real gap: 6 of the 7 months before the run have events
		"dense before the gap": {"2020-01": 1, "2020-02": 1, "2020-03": 1, "2020-04": 1, "2020-05": 1, "2020-06": 1, "2020-08": 5, "2020-09": 5},
		// the run holds 1 of 3 events
		"minority run":     {"2020-01": 1, "2020-03": 1, "2020-06": 1},
		"continuous":       {"2020-01": 1, "2020-02": 1},
		"one period":       {"2020-01": 4},
		"no events at all": {},
	} {
		if tail := FindSparseTail(tailTable(t, months), dataset.Month); tail != nil {
			t.Errorf("%s: the rule fired: %+v", name, tail)
		}
	}
}

// Build applies the rule without From, as the report command does: the
// report starts at the run and says what it left out; KeepSparseTail and
// From turn it off.
func TestBuildSparseTail(t *testing.T) {
	// 2 events in 1982-01, 3 in 2016-06 and 5 in 2016-07 (TestFindSparseTail)
	events := tailEvents(t, map[string]int{"1982-01": 2, "2016-06": 3, "2016-07": 5})
	opts := &Options{NoVotes: true, TopEvents: -1}
	r, err := BuildEvents(events, opts)
	if err != nil {
		t.Fatal(err)
	}
	if r.SparseTail == nil || r.From.Format("2006-01-02") != "2016-06-01" || r.Aggregation.OutsideRange != 2 {
		t.Errorf("default: tail %+v, from %v, outside the period %d; want the period from 2016-06 with 2 events out", r.SparseTail, r.From, r.Aggregation.OutsideRange)
	}
	var notes string
	for _, m := range r.Methods {
		if m.Heading == "Notes on the data" {
			notes = m.Text
		}
	}
	if notes != r.SparseTail.Sentence() {
		t.Errorf("the methods' notes on the data are %q, want what the rule left out", notes)
	}
	if opts.From.IsZero() == false || len(opts.Notes) != 0 {
		t.Errorf("Build changed the caller's options: %+v", opts)
	}
	for name, o := range map[string]*Options{
		"KeepSparseTail": {NoVotes: true, TopEvents: -1, KeepSparseTail: true},
		"From":           {NoVotes: true, TopEvents: -1, From: time.Date(1982, 1, 1, 0, 0, 0, 0, time.UTC)},
	} {
		r, err := BuildEvents(events, o)
		if err != nil {
			t.Fatal(err)
		}
		if r.SparseTail != nil || r.From.Format("2006-01-02") != "1982-01-01" || r.Aggregation.OutsideRange != 0 {
			t.Errorf("%s: tail %+v, from %v, outside %d; want every period", name, r.SparseTail, r.From, r.Aggregation.OutsideRange)
		}
	}
}
