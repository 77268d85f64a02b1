package dataset

import (
	"strings"
	"testing"
	"time"
)

func filterEvent(date string, src, tgt, code string) *Event {
	e := NewEvent()
	if date != "" {
		e.Date, _ = time.Parse(time.DateOnly, date)
	}
	e.Source.Country, e.Target.Country = src, tgt
	setCode(&e, code)
	return &e
}

func TestFilterReason(t *testing.T) {
	day := func(s string) time.Time { d, _ := time.Parse(time.DateOnly, s); return d }
	for _, tc := range []struct {
		name string
		f    *Filter
		e    *Event
		want string
	}{
		{"nil filter keeps", nil, filterEvent("", "", "", "042"), ""},
		{"empty filter keeps", &Filter{}, filterEvent("", "", "", "042"), ""},
		{"in range", &Filter{From: day("2020-01-01"), To: day("2020-12-31")}, filterEvent("2020-06-01", "CHN", "RUS", "042"), ""},
		{"To is inclusive", &Filter{To: day("2020-12-31")}, filterEvent("2020-12-31", "CHN", "RUS", "042"), ""},
		{"To covers its whole day", &Filter{To: day("2020-12-31")}, func() *Event {
			e := filterEvent("2020-12-31", "CHN", "RUS", "042")
			e.Date = e.Date.Add(23 * time.Hour)
			return e
		}(), ""},
		{"before From", &Filter{From: day("2020-01-01")}, filterEvent("2019-12-31", "CHN", "RUS", "042"), FilterDateRange},
		{"after To", &Filter{To: day("2020-01-01")}, filterEvent("2020-01-02", "CHN", "RUS", "042"), FilterDateRange},
		{"undated with a bound", &Filter{From: day("2020-01-01")}, filterEvent("", "CHN", "RUS", "042"), FilterDateRange},
		{"require dyad", &Filter{RequireDyad: true}, filterEvent("2020-01-01", "CHN", "", "042"), FilterNotDyadic},
		{"self", &Filter{ExcludeSelf: true}, filterEvent("2020-01-01", "CHN", "CHN", "042"), FilterSelf},
		{"self needs a country", &Filter{ExcludeSelf: true}, filterEvent("2020-01-01", "", "", "042"), ""},
		{"country either side", &Filter{Countries: []string{"rus"}}, filterEvent("2020-01-01", "CHN", "RUS", "042"), ""},
		{"country absent", &Filter{Countries: []string{"USA"}}, filterEvent("2020-01-01", "CHN", "RUS", "042"), FilterCountry},
		{"Namibia is a country", &Filter{Countries: []string{"NAM"}}, filterEvent("2020-01-01", "NAM", "RUS", "042"), ""},
		{"dyad reversed", &Filter{Dyads: []Dyad{{"RUS", "CHN"}}}, filterEvent("2020-01-01", "CHN", "RUS", "042"), ""},
		{"dyad other", &Filter{Dyads: []Dyad{{"USA", "CHN"}}}, filterEvent("2020-01-01", "CHN", "RUS", "042"), FilterDyad},
		{"root", &Filter{Roots: []string{"04", "17"}}, filterEvent("2020-01-01", "CHN", "RUS", "173"), ""},
		{"root other", &Filter{Roots: []string{"04"}}, filterEvent("2020-01-01", "CHN", "RUS", "190"), FilterRoot},
		{"root of an invalid code", &Filter{Roots: []string{"04"}}, filterEvent("2020-01-01", "CHN", "RUS", "x"), FilterRoot},
		{"first failing check names the reason", &Filter{From: day("2021-01-01"), Roots: []string{"01"}}, filterEvent("2020-01-01", "CHN", "RUS", "042"), FilterDateRange},
	} {
		if got := tc.f.Reason(tc.e); got != tc.want {
			t.Errorf("%s: Reason = %q, want %q", tc.name, got, tc.want)
		}
		if tc.f.Keep(tc.e) != (tc.want == "") {
			t.Errorf("%s: Keep disagrees with Reason", tc.name)
		}
	}
}

func TestFilterInvalid(t *testing.T) {
	day := func(s string) time.Time { d, _ := time.Parse(time.DateOnly, s); return d }
	for _, f := range []*Filter{
		{Roots: []string{"4"}},
		{Roots: []string{"042"}},
		{Roots: []string{"21"}},
		{From: day("2021-01-01"), To: day("2020-01-01")},
		{Countries: []string{" "}},
		{Dyads: []Dyad{{"CHN", ""}}},
	} {
		if _, err := compileFilter(f); err == nil || !strings.HasPrefix(err.Error(), "dataset: filter") {
			t.Errorf("%+v: error %v", f, err)
		}
	}
	defer func() {
		if r := recover(); r == nil || !strings.HasPrefix(r.(string), "dataset: ") {
			t.Errorf("Reason with an invalid filter: recover() = %v", r)
		}
	}()
	(&Filter{Roots: []string{"4"}}).Reason(filterEvent("", "", "", "042"))
}

// Filtered rows are counted by reason and the reconciliation holds.
func TestReadWithFilter(t *testing.T) {
	data := strings.Join([]string{
		gdeltRow("1", "20160728", "USA", "CHN", "042", ""),
		gdeltRow("2", "20150728", "USA", "CHN", "042", ""),
		gdeltRow("3", "20160728", "USA", "USA", "042", ""),
		gdeltRow("4", "20160728", "USA", "CHN", "190", ""),
		gdeltRow("5", "20160728", "USA", "CHN", "bad", ""),
	}, "\n")
	day, _ := time.Parse(time.DateOnly, "2016-01-01")
	events, rep, err := readString(t, "f.tsv", data, &ReadOptions{Filter: &Filter{From: day, ExcludeSelf: true, Roots: []string{"04"}}})
	if err != nil {
		t.Fatal(err)
	}
	if rep.RowsLine() != "rows: read=5 kept=1 rejected=1 filtered=3" || len(events) != 1 || events[0].ID != "1" {
		t.Fatalf("%s %v", rep.RowsLine(), events)
	}
	if rep.Filters[FilterDateRange] != 1 || rep.Filters[FilterSelf] != 1 || rep.Filters[FilterRoot] != 1 {
		t.Errorf("filters %v", rep.Filters)
	}
}
