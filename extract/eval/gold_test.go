package eval

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/internal/sharedtest"
)

const ploverSample = `[
 {"id": "DOC", "event": "DOCUMENT", "eventText": "header"},
 {"id": "R1", "date": "2000-01-01", "event": "DISAPPROVE",
  "source": [{"actorText": "Zimbabwe", "code": "ZWE", "sector": "GOV"}],
  "target": [{"actorText": "United States", "code": "USA"}],
  "text": "Zimbabwe accused the United States of aggression.",
  "textInfo": {"markup": "(SRC: Zimbabwe) (EVT: accused) the (TAR: United States)"}},
 {"id": "R2", "date": "2000-01-01", "event": "AGREE",
  "source": [{"actorText": "Hungarian", "code": "HUN"}, {"actorText": "Romanian", "code": "ROU"}],
  "target": "",
  "text": "Hungarian and Romanian officials agreed to cooperate.",
  "textInfo": {"markup": "(SRC/TAR: Hungarian) and (SRC/TAR: Romanian) officials (EVT: agreed)"}}
]`

func TestReadPLOVERFrom(t *testing.T) {
	gold, err := ReadPLOVERFrom(strings.NewReader(ploverSample), "sample.json")
	if err != nil {
		t.Fatal(err)
	}
	if len(gold) != 2 || gold[0].ID != "R1" || gold[0].Events[0].PLOVER != "ACCUSE" || gold[0].Line != 3 ||
		gold[0].Events[0].Sources[0].Country() != "ZWE" || gold[1].Events[0].Reciprocal != true || len(gold[1].Events[0].Targets) != 0 {
		t.Fatalf("%+v", gold)
	}
	for src, want := range map[string]error{
		`{"not": "an array"}`:                                           dataset.ErrSyntax,
		`[{"id":"x","text":"t","event":"PARTY"}]`:                       dataset.ErrBadCode,
		`[{"id":"x","text":"t","event":"AGREE","date":"01/01/2000"}]`:   dataset.ErrBadDate,
		`[{"id":"x","text":"t","event":"AGREE","source":[{"code":1}]}]`: dataset.ErrSyntax,
	} {
		_, err := ReadPLOVERFrom(strings.NewReader(src), "bad.json")
		var pe *dataset.ParseError
		if !errors.Is(err, want) || !errors.As(err, &pe) || pe.File != "bad.json" {
			t.Errorf("%s: %v, want %v", src, err, want)
		}
	}
}

func TestReadPLOVERDev(t *testing.T) {
	gold, err := ReadPLOVER(sharedtest.Path(t, "data/plover/PLOVER_GSR_CAMEO.dev.json"))
	if err != nil {
		t.Fatal(err)
	}
	// the file: 165 records, one of them the DOCUMENT header
	if len(gold) != 164 {
		t.Errorf("%d records, want 164", len(gold))
	}
	reciprocal := 0
	for _, g := range gold {
		if len(g.Events) != 1 || g.Events[0].PLOVER == "" {
			t.Fatalf("%s: %+v", g.ID, g.Events)
		}
		if g.Events[0].Reciprocal {
			reciprocal++
		}
	}
	if reciprocal < 5 {
		t.Errorf("%d reciprocal records, want the file's SRC/TAR compounds", reciprocal)
	}
}

func TestReadPETRARCH(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "r.xml")
	os.WriteFile(path, []byte(`<Validation><Environment><Actorfile>a.txt</Actorfile><Agentfile>g.txt</Agentfile></Environment>
<Sentences>
<!-- <Sentence id="COMMENTED" date="19950101"></Sentence> -->
<Sentence date="19950101" id="DEMO-01" category="DEMO">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<Text>
Arnor is about to restore full diplomatic
ties with Gondor.
</Text>
</Sentence>
<Sentence date="19950102" id="NONE-01"><Text>Nothing.</Text></Sentence>
</Sentences></Validation>`), 0o644)
	p, err := ReadPETRARCH(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Records) != 2 || p.Records[0].Text != "Arnor is about to restore full diplomatic ties with Gondor." || p.Records[0].Line != 4 ||
		p.Records[0].Events[0].Code != "064" || p.Records[0].Events[0].PLOVER != "COOPERATE" || len(p.Records[1].Events) != 0 ||
		p.Actors != filepath.Join(dir, "a.txt") || p.Agents != filepath.Join(dir, "g.txt") {
		t.Fatalf("%+v", p)
	}
	os.WriteFile(path, []byte("<Validation><Sentences>"), 0o644)
	if _, err := ReadPETRARCH(path); !errors.Is(err, ErrFormat) {
		t.Errorf("truncated: %v", err)
	}
}

// Lenient reading (eval's default): a record that cannot be read is
// rejected, counted and written to Rejects as one JSON line; a record
// without text is filtered. The input: a header without text (filtered),
// R1 good, R2 with month 13 (line 4), R3 with an unknown category (line
// 5) — read=4 kept=1 rejected=2 filtered=1. Strict stops at R2.
func TestReadPLOVERReport(t *testing.T) {
	in := `[
 {"id": "DOC", "event": "DOCUMENT"},
 {"id": "R1", "date": "2000-01-01", "event": "AGREE", "source": [{"code": "FRA"}], "target": [{"code": "DEU"}], "text": "France agreed."},
 {"id": "R2", "date": "2000-13-01", "event": "AGREE", "source": [{"code": "FRA"}], "target": [{"code": "DEU"}], "text": "Bad date."},
 {"id": "R3", "date": "2000-01-01", "event": "NOSUCH", "source": [{"code": "FRA"}], "target": [{"code": "DEU"}], "text": "Bad category."}
]`
	var rej bytes.Buffer
	gold, rep, err := ReadPLOVERReport(strings.NewReader(in), "g.json", &ReadOptions{Rejects: &rej})
	if err != nil {
		t.Fatal(err)
	}
	if rep.RowsLine() != "rows: read=4 kept=1 rejected=2 filtered=1" || len(gold) != 1 || gold[0].ID != "R1" {
		t.Fatalf("%s, %d records", rep.RowsLine(), len(gold))
	}
	if len(rep.Samples) != 2 || rep.Samples[0].Line != 4 || !errors.Is(rep.Samples[0], dataset.ErrBadDate) || rep.Samples[1].Line != 5 || !errors.Is(rep.Samples[1], dataset.ErrBadCode) {
		t.Errorf("samples %v", rep.Samples)
	}
	lines := strings.Split(strings.TrimSuffix(rej.String(), "\n"), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[0], `{"id":"R2",`) || !strings.HasPrefix(lines[1], `{"id":"R3",`) {
		t.Errorf("rejects:\n%s", rej.String())
	}
	_, rep, err = ReadPLOVERReport(strings.NewReader(in), "g.json", &ReadOptions{Strict: true})
	var pe *dataset.ParseError
	if !errors.As(err, &pe) || pe.Line != 4 || rep.RowsLine() != "rows: read=3 kept=1 rejected=1 filtered=1" {
		t.Errorf("strict: %v, %s", err, rep.RowsLine())
	}
	// a syntax error ends the array in both modes
	if _, _, err := ReadPLOVERReport(strings.NewReader(`[{"id":"R1","text":"x"}, {"id": `), "g.json", nil); !errors.Is(err, dataset.ErrSyntax) {
		t.Errorf("syntax: %v", err)
	}
	// a record on the line of the "[" is on line 1, and a field of the
	// wrong type is named with the types, wrapping ErrSyntax, in words a
	// user reads (a new-user walk saw line 2 and "Go struct field
	// ploverRecord.id")
	_, rep, err = ReadPLOVERReport(strings.NewReader(`[{"id":1,"text":5},`+"\n"+` {"id":"R","text":7}]`), "g.json", nil)
	if err != nil || len(rep.Samples) != 2 {
		t.Fatalf("%v %v", err, rep.Samples)
	}
	if s := rep.Samples[0]; s.Line != 1 || s.Column != "id" || !errors.Is(s, dataset.ErrSyntax) || !strings.Contains(s.Error(), "want a string, got a JSON number") || strings.Contains(s.Error(), "Go struct") {
		t.Errorf("first: line %d, %v", s.Line, s)
	}
	if s := rep.Samples[1]; s.Line != 2 || s.Column != "text" {
		t.Errorf("second: line %d, %v", s.Line, s)
	}
}

// PETRARCH records with a bad date are rejected one by one in lenient
// mode, their <Sentence> element written to Rejects.
func TestReadPETRARCHReport(t *testing.T) {
	in := `<Validation><Sentences>
<Sentence date="19950101" id="A"><Text>Fine.</Text></Sentence>
<Sentence date="19951301" id="B">
<Text>Bad date.</Text>
</Sentence>
</Sentences></Validation>`
	var rej bytes.Buffer
	p, rep, err := ReadPETRARCHReport(strings.NewReader(in), "r.xml", &ReadOptions{Rejects: &rej})
	if err != nil || len(p.Records) != 1 || rep.RowsLine() != "rows: read=2 kept=1 rejected=1 filtered=0" {
		t.Fatalf("%v, %s", err, rep.RowsLine())
	}
	if want := "<Sentence date=\"19951301\" id=\"B\">\n<Text>Bad date.</Text>\n</Sentence>\n"; rej.String() != want {
		t.Errorf("rejects %q, want %q", rej.String(), want)
	}
	if _, err := ReadPETRARCH(writeTemp(t, in)); !errors.Is(err, dataset.ErrBadDate) {
		t.Errorf("ReadPETRARCH stays strict: %v", err)
	}
}

func writeTemp(t *testing.T, s string) string {
	p := filepath.Join(t.TempDir(), "f")
	os.WriteFile(p, []byte(s), 0o644)
	return p
}

func TestReadPETRARCHUnitTests(t *testing.T) {
	p, err := ReadPETRARCH(sharedtest.Path(t, "data/petrarch2/PETR.UnitTest.records.xml"))
	if err != nil {
		t.Fatal(err)
	}
	// the file holds 284 <Sentence> records outside comments
	if len(p.Records) != 284 || filepath.Base(p.Actors) != "PETR.Validate.actors.txt" || filepath.Base(p.Agents) != "PETR.Validate.agents.txt" {
		t.Errorf("%d records, actors %q, agents %q", len(p.Records), p.Actors, p.Agents)
	}
}

func FuzzReadPLOVER(f *testing.F) {
	f.Add(ploverSample)
	f.Add(`[{"text":"x","event":"agree","source":"","target":[]}]`)
	f.Add(`[`)
	// entente's own format: an events list, empty or with a reciprocal event
	f.Add(`[{"id":"a#1","date":"2024-01-01","text":"x","events":[]},{"id":"a#2","text":"y","events":[{"source":"RUS","target":"UKR","plover":"ASSAULT","reciprocal":true}]}]`)
	f.Add(`[{"id":"a#1","text":"x","events":{"source":1}}]`)
	f.Fuzz(func(t *testing.T, s string) {
		gold, err := ReadPLOVERFrom(strings.NewReader(s), "fuzz")
		if err != nil {
			var pe *dataset.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("not a ParseError: %v", err)
			}
			return
		}
		for _, g := range gold {
			if g.Text == "" {
				t.Fatal("a record without text was kept")
			}
		}
		// lenient: what strict reads, and every record accounted for
		lg, rep, err := ReadPLOVERReport(strings.NewReader(s), "fuzz", nil)
		if err != nil || len(lg) != len(gold) || !rep.Balanced() || rep.Kept != int64(len(lg)) {
			t.Fatalf("lenient: %v, %d records, %s; strict %d", err, len(lg), rep.RowsLine(), len(gold))
		}
	})
}

func TestReadEntenteGold(t *testing.T) {
	in := `[{"id":"a1#1","date":"2024-05-16","text":"Xi and Putin signed a treaty.","events":[{"source":"CHN","target":"RUS","plover":"SUPPORT","reciprocal":true}]},
{"id":"a1#2","date":"2024-05-16","text":"Nothing happened.","events":[]},
{"id":"a2#1","date":"2024-05-16","text":"Bad.","events":[{"source":"CHN","plover":"NOPE"}]}]`
	_, err := ReadPLOVERFrom(strings.NewReader(in), "x.json")
	var pe *dataset.ParseError
	if !errors.As(err, &pe) || pe.Line != 3 || pe.Column != "events" || !errors.Is(err, dataset.ErrBadCode) {
		t.Fatalf("bad category: %v", err)
	}
	gold, err := ReadPLOVERFrom(strings.NewReader(in[:strings.LastIndex(in, ",\n")]+"]"), "x.json")
	if err != nil {
		t.Fatal(err)
	}
	// the reciprocal event is both directions; the empty list is a
	// no-event sentence (a record, no events)
	if len(gold) != 2 || len(gold[0].Events) != 2 || gold[0].Events[1].Sources[0].Code != "RUS" || len(gold[1].Events) != 0 {
		t.Fatalf("%+v", gold)
	}
	if SourceKey(gold[0]) != "a1" || SourceKey(gold[1]) != "a1" {
		t.Error("one article, one source")
	}
}

func TestEntenteGoldFile(t *testing.T) {
	gold, err := ReadPLOVER("testdata/entente.gold.json")
	if err != nil {
		t.Fatal(err)
	}
	// counted in the file: 90 sentences in 40 articles, 21 with no event
	none := 0
	for _, g := range gold {
		if len(g.Events) == 0 {
			none++
		}
	}
	if len(gold) != 90 || none != 21 {
		t.Errorf("%d records, %d without events; want 90, 21", len(gold), none)
	}
	tr, va := SplitRecords(gold)
	if len(tr) == 0 || len(va) == 0 {
		t.Errorf("train %d, validation %d", len(tr), len(va))
	}
}

// PETRARCH gold read leniently keeps what strict reading keeps, accounts
// for every <Sentence> and never panics.
func FuzzReadPETRARCH(f *testing.F) {
	f.Add(`<Validation><Sentences><Sentence date="19950101" id="A"><EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"/><Text>x</Text></Sentence></Sentences></Validation>`)
	f.Add(`<Validation><Sentences><Sentence date="1995" id="B"><Text>y</Text></Sentence></Sentences></Validation>`)
	f.Add(`<Validation>`)
	f.Fuzz(func(t *testing.T, s string) {
		p, rep, err := ReadPETRARCHReport(strings.NewReader(s), "f.xml", nil)
		if err != nil {
			var pe *dataset.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("not a ParseError: %v", err)
			}
			return
		}
		if !rep.Balanced() || rep.Kept != int64(len(p.Records)) {
			t.Fatalf("%s for %d records", rep.RowsLine(), len(p.Records))
		}
		sp, srep, err := ReadPETRARCHReport(strings.NewReader(s), "f.xml", &ReadOptions{Strict: true})
		if err == nil && (len(sp.Records) != len(p.Records) || srep.Rejected != 0 || rep.Rejected != 0) {
			t.Fatalf("strict read %d records, lenient %d (%s)", len(sp.Records), len(p.Records), rep.RowsLine())
		}
	})
}
