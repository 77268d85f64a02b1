package dataset

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/entente/entente/cameo"
	"github.com/entente/entente/internal/sharedtest"
)

// The PLOVER development file: 165 records. Counted by hand from the file
// (python: json.load, then the type and length of "source" and "target"
// of each record):
//
//	  1 DOCUMENT record (no source, no target)       → filtered
//	  1 record with "target": "diplomatic"           → rejected (not an actor list)
//	135 records with one source and one target       → 135 events
//	 10 records with one source and two targets      →  20 events
//	  7 records with one source and no target        →   7 events
//	  1 record with no source and one target         →   1 event
//	 10 records with two sources and no target       →  20 events (reciprocal pairs)
//
// Kept 183, rejected 1, filtered 1; read 185 (each event is a row).
func TestReadPLOVERDev(t *testing.T) {
	path := sharedtest.Path(t, ploverDev)
	events, rep, err := ReadFile(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	balanced(t, rep)
	if rep.Format != FormatPLOVER || rep.RowsLine() != "rows: read=185 kept=183 rejected=1 filtered=1" {
		t.Fatalf("%s %s\n%s", rep.Format, rep.RowsLine(), rep.Summary())
	}
	if rep.Filters[FilterDocument] != 1 {
		t.Errorf("filters %v", rep.Filters)
	}
	s := rep.Samples[0]
	if s.Column != "target" || s.Value != `"diplomatic"` || !errors.Is(s, ErrSyntax) || s.Line == 0 {
		t.Errorf("rejection %v", s)
	}
	byID := map[string]Event{}
	for _, e := range events {
		byID[e.ID] = e
		if e.Code != "" || e.CodeValid {
			t.Errorf("%s: a CAMEO code %q was invented", e.ID, e.Code)
		}
		if !cameo.ValidPLOVER(e.PLOVER) || e.Quad != cameo.PLOVERQuad(e.PLOVER) {
			t.Errorf("%s: category %q quad %v", e.ID, e.PLOVER, e.Quad)
		}
		if e.Date.Format("2006-01-02") != "2000-01-01" {
			t.Errorf("%s: date %v (the file dates every record 2000-01-01)", e.ID, e.Date)
		}
	}
	// PLOVER 0.5 names are normalised: DEMAND → REQUEST, FIGHT → ASSAULT
	count := map[string]int{}
	for _, e := range events {
		count[e.PLOVER]++
	}
	if count["DEMAND"] != 0 || count["FIGHT"] != 0 || count["REQUEST"] == 0 {
		t.Errorf("categories %v", count)
	}
	// reciprocal: "Senior Hungarian and Romanian officials agreed"
	a, b := byID["PLOVER-GSR01-AGREE-0001#1"], byID["PLOVER-GSR01-AGREE-0001#2"]
	if a.Source.Code != "HUN" || a.Target.Code != "ROU" || b.Source.Code != "ROU" || b.Target.Code != "HUN" || a.PLOVER != "AGREE" {
		t.Errorf("reciprocal pair %+v / %+v", a.Source, a.Target)
	}
	if a.Source.Name != "Hungarian" || a.Source.Sector != "GOV" || len(a.Evidence) != 1 || !strings.HasPrefix(a.Evidence[0].Text, "Senior Hungarian") {
		t.Errorf("actor and evidence %+v %+v", a.Source, a.Evidence)
	}
	// one source, one target
	if e := byID["PLOVER-GSR01-AGREE-0005"]; e.Source.Code != "LBY" || e.Target.Code != "GBR" {
		t.Errorf("AGREE-0005 %+v → %+v", e.Source, e.Target)
	}
	// no source: the target alone
	if e := byID["PLOVER-GSR01-ASSAULT-0009"]; !e.Source.IsZero() || e.Target.Code != "IRQ" || e.Target.Sector != "CVL" {
		t.Errorf("ASSAULT-0009 %+v → %+v", e.Source, e.Target)
	}
}

// The same records as JSON lines (one per line, built at test time) read
// to the same events; JSON array line numbers differ, nothing else.
func TestReadPLOVERAsJSONL(t *testing.T) {
	data, err := os.ReadFile(sharedtest.Path(t, ploverDev))
	if err != nil {
		t.Fatal(err)
	}
	var recs []json.RawMessage
	if err := json.Unmarshal(data, &recs); err != nil {
		t.Fatal(err)
	}
	var lines bytes.Buffer
	for _, r := range recs {
		json.Compact(&lines, r)
		lines.WriteByte('\n')
	}
	a, repA, err := ReadEvents(bytes.NewReader(data), "dev.json", nil)
	if err != nil {
		t.Fatal(err)
	}
	b, repB, err := ReadEvents(&lines, "dev.jsonl", nil)
	if err != nil {
		t.Fatal(err)
	}
	if repA.RowsLine() != repB.RowsLine() || len(a) != len(b) {
		t.Fatalf("array %s, lines %s", repA.RowsLine(), repB.RowsLine())
	}
	for i := range a {
		a[i].Origin, b[i].Origin = Origin{}, Origin{}
		if !sameEvent(&a[i], &b[i]) {
			t.Fatalf("event %d differs:\n%+v\n%+v", i, a[i], b[i])
		}
	}
}

func TestReadPLOVERRecords(t *testing.T) {
	data := `[
 {"id": "doc", "event": "DOCUMENT", "comment": "about the file"},
 {"id": "a", "date": "2021-03-04", "source": [{"actorText": "Libya", "code": "LBY"}],
  "target": [{"actorText": "Britain", "code": "GBR"}, {"actorText": "France", "code": "FRA"}],
  "event": "demand", "text": "Libya demanded, from Britain and France, that [things] happen."},
 {"id": "b", "source": {"code": "USA"}, "event": "AID", "cameo": "0233"},
 {"id": "c", "event": "TELEPORT", "source": []},
 {"id": "d", "date": "yesterday", "event": "AID"},
 {"id": "e", "event": 5},
 {"id": "f", "source": [{"code": "USA"}], "target": ["USA"], "event": "AID"},
 {"id": "g", "event": ""}
]`
	var rejects bytes.Buffer
	events, rep, err := readString(t, "recs.json", data, &ReadOptions{Rejects: &rejects})
	if err != nil {
		t.Fatal(err)
	}
	// a: 2 events; b: 1; doc filtered; c, d, e, f, g rejected
	if rep.RowsLine() != "rows: read=9 kept=3 rejected=5 filtered=1" {
		t.Fatalf("%s\n%s", rep.RowsLine(), rep.Summary())
	}
	if events[0].ID != "a#1" || events[1].ID != "a#2" || events[0].PLOVER != cameo.REQUEST || events[1].Target.Code != "FRA" || events[0].Origin.Line != 3 {
		t.Errorf("record a: %+v", events[:2])
	}
	b := events[2]
	if b.Code != "0233" || !b.CodeValid || b.Root != "02" || b.Quad != cameo.MaterialCoop || b.Goldstein != cameo.GoldsteinGDELT.Weight("0233") || b.Target.IsZero() == false {
		t.Errorf("record b: %+v", b)
	}
	want := []struct {
		col string
		err error
	}{{"event", ErrBadCategory}, {"date", ErrBadDate}, {"event", ErrSyntax}, {"target", ErrSyntax}, {"event", ErrMissingField}}
	for i, w := range want {
		if s := rep.Samples[i]; s.Column != w.col || !errors.Is(s, w.err) {
			t.Errorf("sample %d: %v, want column %s %v", i, s, w.col, w.err)
		}
	}
	// rejected array records are written compacted, one per line
	lines := strings.Split(strings.TrimSpace(rejects.String()), "\n")
	if len(lines) != 5 || lines[0] != `{"id": "c", "event": "TELEPORT", "source": []}` {
		t.Errorf("rejects:\n%s", rejects.String())
	}
}

func TestReadPOLECAT(t *testing.T) {
	rec := `{"id": "20190801-2309-4e081644904c_COOPERATE_R", "date_resolved": "2019-08-01", "pub_date": "2019-08-01",
 "event_type": "RETREAT", "event_mode": [], "contexts": ["pro_democracy"],
 "attributes": {"ACTOR": [{"text": "Nicolas Maduro", "country": "VEN", "code_1": "ELI", "code_2": ""}],
                "RECIP": [{"text": "Juan Guaidó", "country": "VEN", "code_1": "REB", "code_2": "OPP"}],
                "LOC": [{"text": "Barbados"}]},
 "story_id": "AFPPT00020190801ef81000jh:50066619", "publisher": "translateme2-pt",
 "headline": "Governo e oposição da Venezuela retomam diálogo em Barbados\n", "event_text": "Delegates of the Venezuelan president ..."}`
	events, rep, err := readString(t, "polecat.jsonl", strings.ReplaceAll(rec, "\n", " ")+"\n", nil)
	if err != nil || len(events) != 1 {
		t.Fatalf("%v %s\n%s", err, rep.RowsLine(), rep.Summary())
	}
	e := events[0]
	if e.PLOVER != cameo.RETREAT || e.Quad != cameo.MaterialCoop || e.Date.Format(time.DateOnly) != "2019-08-01" ||
		e.Source.Name != "Nicolas Maduro" || e.Source.Code != "VEN" || e.Source.Sector != "ELI" ||
		e.Target.Sector != "REB,OPP" || e.Reference != "translateme2-pt" ||
		e.Description != "Governo e oposição da Venezuela retomam diálogo em Barbados" ||
		len(e.Evidence) != 1 || e.Evidence[0].Doc != "AFPPT00020190801ef81000jh:50066619" || e.Evidence[0].Sentence != -1 {
		t.Errorf("%+v", e)
	}
}

func FuzzPLOVER(f *testing.F) {
	f.Add([]byte(`[{"id":"a","event":"AGREE","source":[{"code":"USA"},{"code":"CHN"}]}]`))
	f.Add([]byte(`{"id":"a","event":"FIGHT","source":[{"code":"USA"}],"target":[{"code":"RUS"}],"date":"2000-01-01"}` + "\n" + `{"event":"DOCUMENT"}`))
	f.Add([]byte(`[{"event":"AID"},,{"event":`))
	f.Add([]byte(`{"attributes":{"ACTOR":[{"country":"VEN"}]},"event_type":"AID"}`))
	f.Add([]byte("[\n\"x\", 1, {\"event\": \"AID\", \"target\": \"diplomatic\"}]  ]"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzReader(t, data, FormatPLOVER)
	})
}

// fuzzReader reads data with a forced format in lenient and strict mode:
// no panic, the report reconciles, every rejection names the input.
func fuzzReader(t *testing.T, data []byte, f Format) {
	t.Helper()
	var rejects bytes.Buffer
	events, rep, err := ReadEvents(bytes.NewReader(data), "fuzz", &ReadOptions{Format: f, MaxLineBytes: 4096, Rejects: &rejects})
	if rep == nil || !rep.Balanced() {
		t.Fatalf("report %v does not reconcile", rep)
	}
	if int64(len(events)) != rep.Kept {
		t.Fatalf("%d events, kept %d", len(events), rep.Kept)
	}
	if err != nil {
		var pe *ParseError
		if !errors.As(err, &pe) && !strings.HasPrefix(err.Error(), "dataset: ") {
			t.Fatalf("error %v is neither a *ParseError nor a dataset error", err)
		}
	}
	for _, s := range rep.Samples {
		if s.File == "" || s.Line == 0 || s.Err == nil {
			t.Fatalf("sample without position: %#v", s)
		}
	}
	if rep.Rejected > 0 && rejects.Len() == 0 {
		t.Fatalf("%d rejections but nothing written to the rejects writer", rep.Rejected)
	}
	r, err := NewReader(bytes.NewReader(data), "fuzz", &ReadOptions{Format: f, Strict: true, MaxLineBytes: 4096})
	if err != nil {
		return
	}
	defer r.Close()
	// strict mode: go on after each rejection until the end or an error
	// that ends the input (returned again by the next call)
	var e Event
	var last error
	for i := 0; i < 1e6; i++ {
		err := r.Next(&e)
		if err == io.EOF || err != nil && err == last {
			break
		}
		last = err
	}
	if !r.Report().Balanced() {
		t.Fatal("strict report does not reconcile")
	}
}
