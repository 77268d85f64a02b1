package dataset

import (
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/entente/entente/cameo"
)

func TestReadJSONL(t *testing.T) {
	data := `{"date":"2024-05-16","source":"CHN","target":"RUS","code":"042","goldstein":null,"mentions":3}
{"date":"2024-05-17","source":"NA","target":"CHN","code":42,"tone":-1.5,"unknown_key":{"x":1}}

{"date":"2024-05-18","source":"CHN","target":"RUS","code":"042","mentions":"many"}
{"date":"2024-05-18","source":"CHN","target":"RUS","code":"042","description":["not","text"]}
[1,2]
{"date":"2024-05-18","source":"CHN"
{"date":"2024-05-18","source":"CHN","target":"RUS","plover":"consult","urls":["http://a"],"evidence":[{"doc":"d","sentence":3,"text":"t"}]}
`
	events, rep, err := readString(t, "e.jsonl", data, nil)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Format != FormatJSONL || rep.RowsLine() != "rows: read=7 kept=3 rejected=4 filtered=0" {
		t.Fatalf("%s %s\n%s", rep.Format, rep.RowsLine(), rep.Summary())
	}
	a, b, c := events[0], events[1], events[2]
	// null goldstein: the file's own unknown, not filled
	if !math.IsNaN(a.Goldstein) || a.Mentions != 3 || a.Quad != cameo.VerbalCoop {
		t.Errorf("a: %+v", a)
	}
	// "NA" is Namibia; the number 42 is repaired to "042" and counted
	if b.Source.Country != "NAM" || b.Code != "042" || b.Tone != -1.5 || len(rep.Repairs) != 1 || b.Goldstein != cameo.GoldsteinGDELT.Weight("042") {
		t.Errorf("b: %+v %v", b, rep.Repairs)
	}
	if c.PLOVER != cameo.CONSULT || c.Quad != cameo.VerbalCoop || c.CodeValid || len(c.URLs) != 1 || len(c.Evidence) != 1 || c.Evidence[0].Sentence != 3 || c.Origin.Line != 8 {
		t.Errorf("c: %+v", c)
	}
	want := []struct {
		line int
		col  string
		err  error
	}{{4, "mentions", ErrBadNumber}, {5, "description", ErrSyntax}, {6, "", ErrSyntax}, {7, "", ErrSyntax}}
	for i, w := range want {
		s := rep.Samples[i]
		if s.Line != w.line || s.Column != w.col || !errors.Is(s, w.err) {
			t.Errorf("sample %d: %v, want line %d column %q %v", i, s, w.line, w.col, w.err)
		}
	}
}

// A JSON array of flat records with a mapping.
func TestReadJSONArrayWithMapping(t *testing.T) {
	data := `[
  {"day": "2024-05-16", "from": "Germany", "to": "France", "cameo": "036"},
  {"day": "2024-05-17", "from": "DE", "to": "FR", "cameo": "036"}
]`
	m := &ColumnMapping{Date: "day", SourceCountry: "from", TargetCountry: "to", Code: "cameo"}
	events, rep, err := readString(t, "a.json", data, &ReadOptions{Columns: m, Format: FormatJSONL})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Kept != 2 || events[0].Source.Country != "DEU" || events[1].Target.Country != "FRA" || events[1].Origin.Line != 3 {
		t.Fatalf("%s %+v\n%s", rep.RowsLine(), events, rep.Summary())
	}
}

func TestJSONArrayFraming(t *testing.T) {
	for _, tc := range []struct {
		data string
		rows string
		err  error
	}{
		{`[]`, "rows: read=0 kept=0 rejected=0 filtered=0", nil},
		{"[\n{\"date\":\"2024-01-01\",\"code\":\"042\"},\n]\n", "rows: read=1 kept=1 rejected=0 filtered=0", nil}, // trailing comma tolerated
		{`[{"code":"042","description":"a ] and a , and a \" in text"}]`, "rows: read=1 kept=1 rejected=0 filtered=0", nil},
		{`[{"code":"042"}] {"code":"043"}`, "rows: read=1 kept=1 rejected=0 filtered=0", ErrSyntax},
		{`[{"code":"042"}, {"code":`, "rows: read=2 kept=1 rejected=1 filtered=0", ErrSyntax},
		{`[{"code":"042"}, 7, "x"]`, "rows: read=3 kept=1 rejected=2 filtered=0", nil},
	} {
		_, rep, err := readString(t, "a.json", tc.data, &ReadOptions{Format: FormatJSONL})
		if rep.RowsLine() != tc.rows || (tc.err == nil) != (err == nil) || tc.err != nil && !errors.Is(err, tc.err) {
			t.Errorf("%q: %s, %v; want %s, %v", tc.data, rep.RowsLine(), err, tc.rows, tc.err)
		}
	}
}

func TestJSONArrayLongRecord(t *testing.T) {
	long := `{"code":"042","description":"` + strings.Repeat("x", 5000) + `"}`
	var rejects strings.Builder
	data := "[" + long + ",\n" + `{"code":"043"}` + "]"
	events, rep, err := readString(t, "a.json", data, &ReadOptions{Format: FormatJSONL, MaxLineBytes: 1000, Rejects: &rejects})
	if err != nil || len(events) != 1 || rep.Rejected != 1 || !errors.Is(rep.Samples[0], ErrLineTooLong) {
		t.Fatalf("%v %s %v", err, rep.RowsLine(), rep.Samples)
	}
	if rejects.String() != long+"\n" {
		t.Errorf("rejects has %d bytes, want the %d-byte record", rejects.Len(), len(long)+1)
	}
}

func FuzzJSONL(f *testing.F) {
	f.Add([]byte(`{"date":"2024-05-16","source":"CHN","target":"RUS","code":"042"}` + "\n"))
	f.Add([]byte(`[{"date":"2024-05-16","code":42,"goldstein":null},{"urls":[1]}]`))
	f.Add([]byte("{\"evidence\":[{\"sentence\":\"x\"}],\"plover\":\"AID\"}\n{\n"))
	f.Add([]byte(`[{"a":"\"]"}, ,]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzReader(t, data, FormatJSONL)
	})
}
