package eval

import (
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
