package dataset

import (
	"errors"
	"strings"
	"testing"

	"github.com/entente/entente/cameo"
	"github.com/entente/entente/internal/sharedtest"
)

// The ICEWS sample (PROVENANCE.md): 3,705 rows of 2018-06-01..02. Counts
// below were taken from the file with a short Python script (split on
// tabs): 147 rows have Source Country NA and 232 Target Country NA, so
// 3,337 rows have both countries; 875 have Source Sectors NA; 2,359 rows
// are dated 2018-06-01 and 1,346 2018-06-02; (date, Event ID) is unique.
func TestReadICEWSSample(t *testing.T) {
	path := sharedtest.Path(t, icewsSample)
	events, rep, err := ReadFile(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	balanced(t, rep)
	if rep.Format != FormatICEWS || rep.RowsLine() != "rows: read=3705 kept=3705 rejected=0 filtered=0" {
		t.Fatalf("%s %s\n%s", rep.Format, rep.RowsLine(), rep.Summary())
	}
	// every country name of the sample is in the country table
	if len(rep.UnknownNames) != 0 {
		t.Errorf("unknown country names: %v", rep.UnknownNames)
	}
	ids := map[string]bool{}
	days := map[string]int{}
	srcNone, tgtNone, both, sectNone := 0, 0, 0, 0
	for _, e := range events {
		ids[e.ID] = true
		days[e.Date.Format("2006-01-02")]++
		if e.Source.Country == "" {
			srcNone++
		}
		if e.Target.Country == "" {
			tgtNone++
		}
		if e.Dyadic() {
			both++
		}
		if e.Source.Sector == "" {
			sectNone++
		}
		// Intensity is ICEWS's Goldstein weight of the code (checked on
		// every row of the sample against cameo-codes.csv)
		if e.Goldstein != cameo.GoldsteinICEWS.Weight(e.Code) {
			t.Errorf("%s: Goldstein %v, ICEWS table %v", e.ID, e.Goldstein, cameo.GoldsteinICEWS.Weight(e.Code))
		}
		if e.Quad != cameo.QuadICEWS.Quad(e.Code) {
			t.Errorf("%s: quad %v, want the ICEWS mapping's %v", e.ID, e.Quad, cameo.QuadICEWS.Quad(e.Code))
		}
		if e.Source.Name == "NA" || e.Source.Sector == "NA" || e.Target.Country == "NA" && e.Target.Name == "" {
			t.Errorf("%s: literal NA kept: %+v %+v", e.ID, e.Source, e.Target)
		}
	}
	if len(ids) != 3705 {
		t.Errorf("%d distinct IDs, want 3705 (date/Event ID is unique)", len(ids))
	}
	if days["2018-06-01"] != 2359 || days["2018-06-02"] != 1346 {
		t.Errorf("days %v", days)
	}
	if srcNone != 147 || tgtNone != 232 || both != 3337 || sectNone != 875 {
		t.Errorf("no source country %d (want 147), no target %d (232), both %d (3337), no source sector %d (875)", srcNone, tgtNone, both, sectNone)
	}
	e := events[0]
	if e.ID != "2018-06-01/32889836" || e.Source.Name != "Foreign Affairs (Bangladesh)" || e.Source.Country != "BGD" ||
		e.Source.Sector != "Executive,Foreign Ministry,Government" || e.Target.Country != "VNM" || e.Code != "040" ||
		e.Goldstein != 1 || e.Description != "Consult" || e.Reference != "Vietnam News Agency Bulletin" ||
		len(e.Evidence) != 1 || e.Evidence[0] != (Evidence{Doc: "47400351", Sentence: 1}) || e.Origin.Line != 2 {
		t.Errorf("first event %+v", e)
	}
}

func TestReadICEWSRows(t *testing.T) {
	header := strings.Join(ICEWSColumns, "\t")
	row := func(id, date, src, code, intensity, tgt, sent string) string {
		return strings.Join([]string{id, date, "Name", "NA", src, "Text", code, intensity, "Other", "Sector A,Sector B", tgt, "77", sent, "Pub", "NA", "NA", "NA", "NA", "NA", "NA"}, "\t")
	}
	data := strings.Join([]string{
		header,
		row("1", "2018-06-01", "Namibia", "042", "1.9", "Atlantis", "3"),
		row("2", "2018-06-01", "NA", "1213", "NA", "China", "1"),
		row("3", "2018-13-01", "China", "042", "1", "China", "1"),
		row("4", "2018-06-01", "China", "42", "1", "China", "1"),
		row("5", "2018-06-01", "China", "042", "strong", "China", "1"),
		row("6", "2018-06-01", "China", "042", "1", "China", "zero"),
		"7\t2018-06-01\ttoo few",
	}, "\n")
	events, rep, err := readString(t, "s.tab", data, nil)
	if err != nil {
		t.Fatal(err)
	}
	if rep.RowsLine() != "rows: read=7 kept=2 rejected=5 filtered=0" {
		t.Fatalf("%s\n%s", rep.RowsLine(), rep.Summary())
	}
	a, b := events[0], events[1]
	// Namibia is a country, "NA" is missing; an unknown name is counted, never guessed
	if a.Source.Country != "NAM" || a.Target.Country != "" || rep.UnknownNames["Atlantis"] != 1 || a.Source.Sector != "" || a.Target.Sector != "Sector A,Sector B" {
		t.Errorf("a: %+v → %+v, unknown %v", a.Source, a.Target, rep.UnknownNames)
	}
	if a.Evidence[0].Sentence != 2 || a.Goldstein != 1.9 {
		t.Errorf("a: %+v", a)
	}
	// NA intensity: the ICEWS table's weight for 1213 (−4; GDELT's table has none)
	if b.Source.Country != "" || b.Goldstein != -4 || b.Quad != cameo.QuadICEWS.Quad("1213") {
		t.Errorf("b: %+v", b)
	}
	want := []struct {
		col string
		err error
	}{{"Event Date", ErrBadDate}, {"CAMEO Code", ErrBadCode}, {"Intensity", ErrBadNumber}, {"Sentence Number", ErrBadNumber}, {"", ErrColumnCount}}
	for i, w := range want {
		if s := rep.Samples[i]; s.Column != w.col || !errors.Is(s, w.err) {
			t.Errorf("sample %d: %v, want %q %v", i, s, w.col, w.err)
		}
	}
}

// A header without the required columns ends the read with a clear error.
func TestReadICEWSBadHeader(t *testing.T) {
	_, _, err := readString(t, "h.tab", "Event ID\tEvent Date\tSource Name\n1\t2018-06-01\tX\n", &ReadOptions{Format: FormatICEWS})
	if !errors.Is(err, ErrMissingField) || !strings.Contains(err.Error(), "h.tab:1") || !strings.Contains(err.Error(), "Source Country") {
		t.Errorf("%v", err)
	}
}

func FuzzICEWS(f *testing.F) {
	header := strings.Join(ICEWSColumns, "\t") + "\n"
	f.Add([]byte(header + "1\t2018-06-01\tA\tNA\tChina\tT\t042\t1.9\tB\tNA\tRussian Federation\t2\t1\tP\tNA\tNA\tNA\tNA\tNA\tNA\n"))
	f.Add([]byte(header + "1\t2018-06-01\n\n\t\t\t\n"))
	f.Add([]byte("Event ID\tEvent Date\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzReader(t, data, FormatICEWS)
	})
}
