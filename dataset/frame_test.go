package dataset

import (
	"math"
	"reflect"
	"testing"

	"github.com/go-gota/gota/dataframe"
	"github.com/go-gota/gota/series"

	"github.com/entente/entente/cameo"
	"github.com/entente/entente/internal/sharedtest"
)

// The trap the frames avoid: gota's own loader turns "042" into 42 and
// reads Namibia's "NA" as missing. If gota changed, this test would say so.
func TestGotaLoaderTrap(t *testing.T) {
	df := dataframe.LoadRecords([][]string{{"code", "country"}, {"042", "NA"}})
	if df.Col("code").Type() != series.Int || df.Col("code").Elem(0).String() != "42" {
		t.Errorf("gota no longer converts \"042\": %v %v", df.Col("code").Type(), df.Col("code").Elem(0))
	}
	if !df.Col("country").Elem(0).IsNA() {
		t.Error("gota no longer reads \"NA\" as missing")
	}
}

func TestEventsFrameTypes(t *testing.T) {
	a := NewEvent()
	a.Date = day(2024, 5, 2)
	a.DatePrecision = "month"
	a.Source = Actor{Country: "NAM", Code: "NAMGOV", Name: "NaN", Sector: "GOV"}
	a.Target = Actor{Country: "NA", Name: "Namibia (alpha-2)"}
	a.SetCode("042")
	a.Mentions, a.Sources = 4, 0
	a.Tone = -1.5
	a.URLs = []string{"http://a", "http://b"}
	a.Evidence = []Evidence{{Doc: "d"}}
	a.Origin = Origin{"f.csv", 7}
	b := NewEvent() // undated, unknown everything
	b.Code = "NaN"
	b.Quad = cameo.Neutral
	df := EventsFrame([]Event{a, b})
	if df.Err != nil {
		t.Fatal(df.Err)
	}
	if got := df.Names(); !reflect.DeepEqual(got, EventsFrameColumns) {
		t.Fatalf("columns = %v", got)
	}
	if df.Nrow() != 2 {
		t.Fatalf("rows = %d", df.Nrow())
	}
	cell := func(col string, row int) series.Element { return df.Col(col).Elem(row) }
	checks := []struct {
		col  string
		row  int
		want string
		na   bool
	}{
		{"code", 0, "042", false},  // a string, not 42
		{"root", 0, "04", false},   // root of 042
		{"target", 0, "NA", false}, // Namibia's alpha-2 code is not missing
		{"source_name", 0, "NaN", false},
		{"code", 1, "NaN", false}, // even gota's own missing marker stays text
		{"date", 0, "2024-05-02", false},
		{"date", 1, "NaN", true}, // unknown date: NA
		{"date_precision", 0, "month", false},
		{"date_precision", 1, "", false},    // a day, or unknown
		{"quad", 0, "1", false},             // 042 is verbal cooperation in GDELT's mapping
		{"quad", 1, "0", false},             // Phoenix's neutral class is 0
		{"goldstein", 0, "1.900000", false}, // GDELT weight of 042 (codebook)
		{"goldstein", 1, "NaN", true},
		{"mentions", 0, "4", false},
		{"sources", 0, "NaN", true}, // 0 = unknown
		{"tone", 0, "-1.500000", false},
		{"reports", 1, "1", false},
		{"urls", 0, "http://a\nhttp://b", false},
		{"evidence", 0, "1", false},
		{"origin_line", 0, "7", false},
		{"code_valid", 0, "true", false},
		{"code_valid", 1, "false", false},
	}
	for _, c := range checks {
		e := cell(c.col, c.row)
		if e.IsNA() != c.na || (!c.na && e.String() != c.want) {
			t.Errorf("%s[%d] = %q (NA %v), want %q (NA %v)", c.col, c.row, e.String(), e.IsNA(), c.want, c.na)
		}
	}
	for col, typ := range map[string]series.Type{"code": series.String, "source": series.String, "date": series.String, "goldstein": series.Float, "mentions": series.Int, "quad": series.Int, "background": series.Bool} {
		if df.Col(col).Type() != typ {
			t.Errorf("%s is %v, want %v", col, df.Col(col).Type(), typ)
		}
	}
	// a filter on the kept text works as expected
	nam := df.Filter(dataframe.F{Colname: "target", Comparator: series.Eq, Comparando: "NA"})
	if nam.Nrow() != 1 {
		t.Errorf("filter target == NA gives %d rows, want 1", nam.Nrow())
	}
}

func TestStatsFrame(t *testing.T) {
	tb := buildTable(nil, tableEvents())
	rows := tb.Rows()
	df := StatsFrame(rows)
	if df.Err != nil {
		t.Fatal(df.Err)
	}
	if got := df.Names(); !reflect.DeepEqual(got, StatsFrameColumns) {
		t.Fatalf("columns = %v", got)
	}
	if df.Nrow() != len(rows) {
		t.Fatalf("rows = %d, want %d", df.Nrow(), len(rows))
	}
	// row 0 is CHN-RUS May 2024 of TestTableUndirectedMonthly: n=2, WG=2,
	// mean Goldstein 1, mean tone 2, first 2024-05-02
	want := map[string]string{"dyad": "CHN-RUS", "a": "CHN", "b": "RUS", "start": "2024-05-01", "n": "2", "reports": "2",
		"wg": "2.000000", "wg2": "20.000000", "mean_goldstein": "1.000000", "mean_tone": "2.000000",
		"w_verbal_coop": "1.000000", "w_verbal_conflict": "1.000000", "w_material_coop": "0.000000", "first": "2024-05-02", "last": "2024-05-20"}
	for col, v := range want {
		if got := df.Col(col).Elem(0).String(); got != v {
			t.Errorf("%s = %q, want %q", col, got, v)
		}
	}
	// row 1 (CHN-RUS June): no Goldstein weight → NA mean
	if e := df.Col("mean_goldstein").Elem(1); !e.IsNA() || !math.IsNaN(e.Float()) {
		t.Errorf("June mean_goldstein = %v, want NA", e)
	}
	if df.Col("n").Type() != series.Int || df.Col("start").Type() != series.String {
		t.Error("wrong column types")
	}
	if empty := StatsFrame(nil); empty.Err != nil || empty.Nrow() != 0 || empty.Ncol() != len(StatsFrameColumns) {
		t.Errorf("empty frame: %v, %d×%d", empty.Err, empty.Nrow(), empty.Ncol())
	}
}

func TestReadFrameSharedGDELT(t *testing.T) {
	path := sharedtest.Path(t, "data/gdelt/gdelt1_daily_events_sample_20160728.tsv")
	df, rep, err := ReadFrame(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	// PROVENANCE.md: 710 rows, all valid
	if df.Nrow() != 710 || rep.Kept != 710 {
		t.Fatalf("rows %d kept %d, want 710", df.Nrow(), rep.Kept)
	}
	// the file's first row has EventCode 010 (head -1 of the file)
	if got := df.Col("code").Elem(0).String(); got != "010" {
		t.Errorf("first code = %q, want \"010\"", got)
	}
	zero := 0
	for _, c := range df.Col("code").Records() {
		if c[0] == '0' {
			zero++
		}
	}
	if zero == 0 {
		t.Error("no code kept its leading zero")
	}
}
