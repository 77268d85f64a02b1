package dataset

import (
	"bytes"
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/entente/entente/cameo"
)

// An analyst's spreadsheet: four columns are enough.
func TestReadGenericCSVMinimal(t *testing.T) {
	data := "Date,Source,Target,Code\n" +
		"2024-05-16,CHN,RUS,042\n" +
		"20240517,NA,ZA,036\n" + // alpha-2: "NA" is Namibia, not missing
		"2024/05/18,Russia,People's Republic of China,0311\n" + // names
		"2024-05-19T10:00:00Z,chn,rus,042\n"
	events, rep, err := readString(t, "sheet.csv", data, nil)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Format != FormatCSV || rep.RowsLine() != "rows: read=4 kept=4 rejected=0 filtered=0" {
		t.Fatalf("%s %s\n%s", rep.Format, rep.RowsLine(), rep.Summary())
	}
	want := [][2]string{{"CHN", "RUS"}, {"NAM", "ZAF"}, {"RUS", "CHN"}, {"CHN", "RUS"}}
	for i, w := range want {
		if events[i].Source.Country != w[0] || events[i].Target.Country != w[1] {
			t.Errorf("row %d: %s→%s, want %s→%s", i+2, events[i].Source.Country, events[i].Target.Country, w[0], w[1])
		}
	}
	e := events[0]
	if e.Code != "042" || e.Root != "04" || e.Quad != cameo.VerbalCoop || e.Goldstein != cameo.GoldsteinGDELT.Weight("042") {
		t.Errorf("defaults not filled: %+v", e)
	}
	if events[3].Date.Hour() != 10 {
		t.Errorf("RFC 3339 date %v", events[3].Date)
	}
}

func TestReadGenericCSVRepairsAndRejects(t *testing.T) {
	data := "date;source;target;code;goldstein;quad;tone\n" +
		"2024-05-16;CHN;RUS;42;;;\n" + // Excel dropped the zero: repaired, counted
		"2024-05-16;CHN;RUS;421;;;\n" + // 0421? not a code, and 421 is not either
		"2024-05-16;CHN;RUS;042;2,5;;\n" + // a decimal comma is not a number: rejected, not guessed
		"2024-05-16;CHN;RUS;042;NaN;unknown;NA\n" + // explicit unknowns
		"2024-05-16;CHN;Atlantis;042;;2;\n" + // unknown country: counted, never guessed
		"16.05.2024;CHN;RUS;042;;;\n" + // not a known date form
		"2024-05-16;CHN;RUS;042;;;;\n" + // one field too many
		"2024-05-16;CHN;RUS;;;;\n" // no code at all
	events, rep, err := readString(t, "semi.csv", data, nil)
	if err != nil {
		t.Fatal(err)
	}
	if rep.RowsLine() != "rows: read=8 kept=3 rejected=5 filtered=0" {
		t.Fatalf("%s\n%s", rep.RowsLine(), rep.Summary())
	}
	if events[0].Code != "042" || rep.Repairs[`code "42" read as "042" (leading zero restored)`] != 1 {
		t.Errorf("repair: %q %v", events[0].Code, rep.Repairs)
	}
	if !math.IsNaN(events[1].Goldstein) || events[1].Quad != cameo.QuadUnknown || !math.IsNaN(events[1].Tone) {
		t.Errorf("explicit unknowns were filled: %+v", events[1])
	}
	if events[2].Target.Country != "" || rep.UnknownNames["Atlantis"] != 1 || events[2].Quad != cameo.MaterialCoop {
		t.Errorf("unknown country: %+v %v", events[2].Target, rep.UnknownNames)
	}
	got := map[int]*ParseError{}
	for _, s := range rep.Samples {
		got[s.Line] = s
	}
	for _, w := range []struct {
		line int
		col  string
		err  error
	}{{3, "code", ErrBadCode}, {4, "goldstein", ErrBadNumber}, {7, "date", ErrBadDate}, {8, "", ErrColumnCount}, {9, "code", ErrMissingField}} {
		s := got[w.line]
		if s == nil || s.Column != w.col || !errors.Is(s, w.err) {
			t.Errorf("line %d: %v, want column %q %v", w.line, s, w.col, w.err)
		}
	}
	if s := got[3]; s != nil && s.Field != 4 {
		t.Errorf("field number %d, want 4", s.Field)
	}
}

func TestReadGenericCSVMapping(t *testing.T) {
	data := "When\tWho\tWhom\tWhat\tHow many\n" +
		"16/05/2024\tCHNGOV\tRUSMIL\t042\t3\n" +
		"17/05/2024\tGOV\tUSA\t043\t\n"
	m := &ColumnMapping{Date: "when", Source: "WHO", Target: "whom", Code: "What", Mentions: "how many", DateLayout: "02/01/2006"}
	events, rep, err := readString(t, "mapped.tsv", data, &ReadOptions{Columns: m})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Kept != 2 {
		t.Fatalf("%s\n%s", rep.RowsLine(), rep.Summary())
	}
	a, b := events[0], events[1]
	// countries from the CAMEO actor codes' first three letters
	if a.Source.Code != "CHNGOV" || a.Source.Country != "CHN" || a.Target.Country != "RUS" || a.Mentions != 3 || a.Date.Format("2006-01-02") != "2024-05-16" {
		t.Errorf("a: %+v", a)
	}
	// "GOV" is not a country: no country, and not an unknown name either
	if b.Source.Country != "" || b.Target.Country != "USA" || len(rep.UnknownNames) != 0 {
		t.Errorf("b: %+v %v", b.Source, rep.UnknownNames)
	}
	// a mapping naming a column the header lacks
	_, _, err = readString(t, "mapped.tsv", data, &ReadOptions{Columns: &ColumnMapping{Date: "Datum", Source: "Who", Target: "Whom", Code: "What"}})
	if !errors.Is(err, ErrMissingField) || !strings.Contains(err.Error(), `"Datum"`) {
		t.Errorf("missing mapped column: %v", err)
	}
}

func TestReadGenericCSVHeaderErrors(t *testing.T) {
	for _, tc := range []struct{ data, want string }{
		{"date,source,target\n2020-01-01,CHN,RUS\n", "code or plover"},
		{"date,source,source,code\n", "twice"},
		{"date,src,source,code,target\n", "both hold"},
		{"date,\"source,target,code\n", "quoted field"},
	} {
		_, _, err := readString(t, "h.csv", tc.data, &ReadOptions{Format: FormatCSV})
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "h.csv:1") {
			t.Errorf("%q: %v, want an error about %q", tc.data, err, tc.want)
		}
	}
}

func TestReadCSVQuoting(t *testing.T) {
	data := "date,source,target,code,description\r\n" +
		"2020-01-01,CHN,RUS,042,\"two\r\nlines, \"\"quoted\"\"\"\r\n" +
		"2020-01-02,CHN,RUS,042,plain \"inner\" quotes\r\n" +
		"\r\n" +
		"2020-01-03,CHN,RUS,042,\"closed\"junk\r\n" +
		"2020-01-04,CHN,RUS,042,\"never closed\r\n" +
		"2020-01-05,CHN,RUS,042,x\r\n"
	var rejects bytes.Buffer
	events, rep, err := readString(t, "q.csv", data, &ReadOptions{Rejects: &rejects, MaxLineBytes: 1000})
	if err != nil {
		t.Fatal(err)
	}
	// row 5 has text after its closing quote; row 6 opens a quote that
	// swallows the rest of the file as one (rejected) record
	if rep.RowsLine() != "rows: read=4 kept=2 rejected=2 filtered=0" {
		t.Fatalf("%s\n%s", rep.RowsLine(), rep.Summary())
	}
	if events[0].Description != "two\r\nlines, \"quoted\"" || events[1].Description != `plain "inner" quotes` || events[1].Origin.Line != 4 {
		t.Errorf("%q %q line %d", events[0].Description, events[1].Description, events[1].Origin.Line)
	}
	if !errors.Is(rep.Samples[0], ErrSyntax) || rep.Samples[0].Line != 6 || rep.Samples[1].Line != 7 {
		t.Errorf("samples %v", rep.Samples)
	}
	// the header first, so the rejects file reads as it is
	if !strings.HasPrefix(rejects.String(), "date,source,target,code,description\n2020-01-03,") {
		t.Errorf("rejects %q", rejects.String())
	}
}

// A PLOVER category instead of a CAMEO code (POLECAT exports).
func TestReadCSVPLOVERCategory(t *testing.T) {
	data := "date,source,target,event_type\n2023-01-01,USA,CHN,accuse\n2023-01-01,USA,CHN,GOSSIP\n"
	events, rep, err := readString(t, "p.csv", data, nil)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Kept != 1 || events[0].PLOVER != cameo.ACCUSE || events[0].Quad != cameo.VerbalConflict || events[0].CodeValid {
		t.Fatalf("%s %+v", rep.RowsLine(), events)
	}
	if !errors.Is(rep.Samples[0], ErrBadCategory) {
		t.Errorf("%v", rep.Samples[0])
	}
}

func TestSplitCSV(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
		err  bool
	}{
		{"a,b,c", []string{"a", "b", "c"}, false},
		{",,", []string{"", "", ""}, false},
		{`"a,b",c`, []string{"a,b", "c"}, false},
		{`"a""b"`, []string{`a"b`}, false},
		{`a"b,c`, []string{`a"b`, "c"}, false},
		{`""`, []string{""}, false},
		{`"a"b`, nil, true},
		{`"a`, nil, true},
	} {
		got, err := splitCSV(tc.in, ',', nil)
		if (err != nil) != tc.err || !tc.err && strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("splitCSV(%q) = %q, %v", tc.in, got, err)
		}
	}
	if !quoteOpen([]byte("a,\"b\nc"), ',') || quoteOpen([]byte(`a,b"c`), ',') || quoteOpen([]byte(`"a""b",c`), ',') {
		t.Error("quoteOpen")
	}
}

func FuzzCSV(f *testing.F) {
	f.Add([]byte("date,source,target,code\n2020-01-01,CHN,RUS,042\n"))
	f.Add([]byte("date;source;target;code;quad;goldstein\n2020-01-01;NA;ZA;42;x;\n\"a\n"))
	f.Add([]byte("date\tsource\ttarget\tcode\n\"2020\t\"\"\n"))
	f.Add([]byte("date,source,target,code,urls,evidence\n,,,042,\"[1]\",\"[{\"\"sentence\"\":\"\"x\"\"}]\"\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzReader(t, data, FormatCSV)
	})
}
