package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/entente/entente/chronology"
)

func TestRuleNamesTheEntry(t *testing.T) {
	day := time.Date(2024, 5, 16, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, want string }{
		// hand table: "slap" is a light verb whose event noun sets 163
		{"Washington slapped sanctions on Caracas.", `verb "slap"; event noun "sanction"`},
		// a compound subject of a reciprocal verb: both directions
		{"Xi and Putin held talks.", `verb "hold"; event noun "talks"; reciprocal with a compound subject: both directions`},
		// passive with an agent
		{"Kyiv was shelled by Russia.", `passive: the by-agent acts on the subject`},
		// a family verb whose complement sets the code (agree + visit → 036)
		{"Putin agreed to visit China.", `verb "agree"; complement verb "visit" → 036`},
	} {
		evs := testCoder.CodeSentence(tc.text, day)
		if len(evs) == 0 {
			t.Errorf("%q: no events", tc.text)
			continue
		}
		if r := evs[0].Evidence[0].Rule; !strings.Contains(r, tc.want) {
			t.Errorf("%q: rule %q, want it to contain %q", tc.text, r, tc.want)
		}
	}
}

func TestRuleWordNetEntry(t *testing.T) {
	// "consensus" is not in the hand noun table; lexicon_wordnet.go derives
	// it from "accord" (a hyponym of its first sense), so the rule says so
	if _, hand := mustHandNouns(t)["consensus"]; hand {
		t.Skip("consensus is now a hand entry")
	}
	evs := testCoder.CodeSentence("India and China reached a consensus.", time.Date(2024, 12, 18, 0, 0, 0, 0, time.UTC))
	if len(evs) == 0 || evs[0].Code != "057" || !strings.Contains(evs[0].Evidence[0].Rule, `"consensus" (wordnet hyponym of "accord")`) {
		t.Fatalf("events %+v", evs)
	}
}

func mustHandNouns(t *testing.T) map[string]*nounEntry {
	lx, err := parseLexicon(verbTable, nounTable)
	if err != nil {
		t.Fatal(err)
	}
	return lx.nouns
}

func TestEveryEventHasARule(t *testing.T) {
	arts, err := chronology.Articles()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, a := range arts {
		evs, err := testCoder.Code(Article{ID: a.ID, Title: a.Title, Text: a.Text, Published: a.Published})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range evs {
			n++
			for _, ev := range e.Evidence {
				if ev.Rule == "" {
					t.Errorf("%s %s→%s %s: no rule (%s)", a.ID, e.Source.Code, e.Target.Code, e.Code, ev.Text)
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("no events coded from the example articles")
	}
}
