package extract

import (
	"testing"

	"github.com/entente/entente/dataset"
)

func ev(doc string, sentence int, src, tgt, code, date string) dataset.Event {
	e := dataset.NewEvent()
	e.SetCode(code)
	e.Source = makeActor(src, "GOV", "")
	e.Target = makeActor(tgt, "", "")
	if date != "" {
		e.Date = d(date)
	}
	e.Evidence = []dataset.Evidence{{Doc: doc, Sentence: sentence, Text: doc}}
	return e
}

func TestDedup(t *testing.T) {
	events := []dataset.Event{
		ev("a", 0, "RUS", "CHN", "042", "2024-05-16"), // title
		ev("a", 2, "RUS", "CHN", "042", "2024-05-16"), // body: same article, same event
		ev("b", 1, "RUS", "CHN", "042", "2024-05-16"), // another outlet
		ev("c", 0, "RUS", "CHN", "042", "2024-05-16"),
		ev("c", 1, "RUS", "CHN", "042", "2024-05-17"), // another day
		ev("c", 2, "RUS", "CHN", "042", ""),           // undated: never merged
		ev("c", 3, "RUS", "CHN", "042", ""),
	}
	out, rep := Dedup(events, nil)
	// 7 in: a0+a2+b1+c0 → 1 (3 articles), c1, c2, c3
	if len(out) != 4 || rep.In != 7 || rep.Out != 4 || rep.Merged != 3 {
		t.Fatalf("%d events, report %+v", len(out), rep)
	}
	if out[0].Reports != 3 || len(out[0].Evidence) != 4 {
		t.Errorf("merged: Reports=%d evidence=%d, want 3 articles and 4 reports of evidence", out[0].Reports, len(out[0].Evidence))
	}
	if out[1].ReportCount() != 1 || !out[2].Date.IsZero() || !out[3].Date.IsZero() {
		t.Errorf("others: %+v", out[1:])
	}
	// the input is not modified
	if len(events[0].Evidence) != 1 || events[0].Reports != 1 {
		t.Errorf("input modified: %+v", events[0])
	}
	// actor key: "RUSGOV" and "RUS" stay apart
	a := ev("x", 0, "RUS", "CHN", "042", "2024-05-16")
	b := ev("y", 0, "RUS", "CHN", "042", "2024-05-16")
	b.Source = makeActor("RUS", "", "")
	if out, _ := Dedup([]dataset.Event{a, b}, &DedupOptions{Actors: true}); len(out) != 2 {
		t.Errorf("Actors: %d events, want 2", len(out))
	}
	if out, _ := Dedup([]dataset.Event{a, b}, nil); len(out) != 1 {
		t.Errorf("countries: %d events, want 1", len(out))
	}
}
