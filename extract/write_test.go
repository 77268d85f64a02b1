package extract

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"

	"github.com/entente/entente/dataset"
)

func TestWriteJSONL(t *testing.T) {
	evs := testCoder.CodeSentence("Putin visited China. The UN criticized Israel.", d("2024-05-16"))
	undated := testCoder.CodeSentence("Putin visited China.", d("0001-01-01"))
	var buf bytes.Buffer
	if err := WriteJSONL(&buf, append(evs, undated...)); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d lines:\n%s", len(lines), buf.String())
	}
	var recs []map[string]any
	for _, l := range lines {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatal(err)
		}
		recs = append(recs, m)
	}
	// the item-9 contract: doc, date, source, target, code, plover
	want := []map[string]any{
		{"date": "2024-05-16", "source": "RUS", "target": "CHN", "code": "042", "plover": "CONSULT", "source_actor": "RUSGOV"},
		{"date": "2024-05-16", "source": "IGOUNO", "target": "ISR", "code": "111", "plover": "ACCUSE"},
		{"date": "", "source": "RUS", "target": "CHN", "code": "042"},
	}
	for i, w := range want {
		for k, v := range w {
			if recs[i][k] != v {
				t.Errorf("line %d: %s = %v, want %v", i+1, k, recs[i][k], v)
			}
		}
		if _, ok := recs[i]["doc"]; !ok {
			t.Errorf("line %d has no doc", i+1)
		}
		if ev, ok := recs[i]["evidence"].([]any); !ok || len(ev) != 1 {
			t.Errorf("line %d evidence %v", i+1, recs[i]["evidence"])
		}
	}
	// the first keys come in the contract's order
	if !strings.HasPrefix(lines[0], `{"doc":"","date":"2024-05-16","source":"RUS","target":"CHN","code":"042","plover":"CONSULT",`) {
		t.Errorf("key order: %s", lines[0])
	}
}

func TestWriteCSVReadBack(t *testing.T) {
	evs := testCoder.CodeSentence("Putin visited China, and Washington slapped sanctions on Caracas.", d("2024-05-16"))
	var buf bytes.Buffer
	if err := WriteCSV(&buf, evs); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(strings.NewReader(buf.String())).ReadAll()
	if err != nil || len(rows) != 3 || strings.Join(rows[0], ",") != strings.Join(Columns, ",") {
		t.Fatalf("csv: %v %q", err, rows)
	}
	// the dataset package reads it back as events
	back, rep, err := dataset.ReadEvents(strings.NewReader(buf.String()), "x.csv", &dataset.ReadOptions{Format: dataset.FormatCSV})
	if err != nil || len(back) != 2 || rep.Rejected != 0 {
		t.Fatalf("read back: %d events, %v, %v", len(back), rep, err)
	}
	for i := range back {
		if back[i].Code != evs[i].Code || back[i].Source.Country != evs[i].Source.Country || back[i].Target.Country != evs[i].Target.Country || !back[i].Date.Equal(evs[i].Date) {
			t.Errorf("event %d: %+v, want %+v", i, back[i], evs[i])
		}
	}
}

// The date's precision is a column of its own (date_precision), never the
// description, and the dataset package reads it back.
func TestWriteDatePrecision(t *testing.T) {
	evs := testCoder.CodeSentence("Xi visited Caracas in July 2014. Putin visited China last week.", d("2024-05-16"))
	if len(evs) != 2 {
		t.Fatalf("events %s", triples(evs))
	}
	for _, format := range []string{"csv", "jsonl"} {
		var buf bytes.Buffer
		write, f := WriteCSV, dataset.FormatCSV
		if format == "jsonl" {
			write, f = WriteJSONL, dataset.FormatJSONL
		}
		if err := write(&buf, evs); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(buf.String(), "precision:") {
			t.Errorf("%s: the precision is written as text:\n%s", format, buf.String())
		}
		back, rep, err := dataset.ReadEvents(strings.NewReader(buf.String()), "x."+format, &dataset.ReadOptions{Format: f})
		if err != nil || len(back) != 2 || rep.Rejected != 0 {
			t.Fatalf("%s: read back %d events, %v, %v", format, len(back), rep, err)
		}
		// "in July 2014": the month, dated to its 1st; "last week" (2024-05-16
		// was a Thursday): the week of Monday 2024-05-06
		for i, w := range []struct{ date, prec string }{{"2014-07-01", "month"}, {"2024-05-06", "week"}} {
			if dayText(back[i].Date) != w.date || back[i].DatePrecision != w.prec || back[i].Description != "" {
				t.Errorf("%s event %d: date %s precision %q description %q, want %s %q", format, i, dayText(back[i].Date), back[i].DatePrecision, back[i].Description, w.date, w.prec)
			}
		}
	}
}
