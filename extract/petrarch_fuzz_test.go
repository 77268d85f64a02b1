package extract

import (
	"errors"
	"strings"
	"testing"

	"github.com/entente/entente/dataset"
)

// FuzzParseAgents: ParseAgents never panics; with no read error its report
// balances (read = kept + rejected), every rejection is a *ParseError on a
// line of the input wrapping dataset.ErrSyntax, every agent phrase has
// words, and the dictionary builds a gazetteer.
func FuzzParseAgents(f *testing.F) {
	f.Add("!MINST! = MINISTER, MINISTRY\nPRESIDENT [~GOV]\nPOLICE {} [~COP]\n!MINST!_OF_SILLY_WALKS [~GOV]\nGOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]\n")
	f.Add("PRESIDENT\nSOLDIER [~MIL]\n!X!_GUARD [~MIL]\n!Y_GUARD [~MIL]\n")
	f.Add("<!-- a comment\n-->[ ] {\n!=\n! = ,\nA {B [C]\n[")
	f.Add("\xe9L\xc9VE [~EDU]\n")
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseAgents(strings.NewReader(s), "fuzz")
		if err != nil {
			return // a line longer than the scanner's limit
		}
		checkDictReport(t, d.Report(), strings.Count(s, "\n")+1)
		for _, a := range d.agents {
			if len(a.words) == 0 {
				t.Fatalf("an agent without words: %+v", a)
			}
		}
		buildCustomGazetteer(nil, []*AgentDictionary{d}, true)
	})
}

// FuzzParseDiscards: ParseDiscards never panics; with no read error its
// report balances, rejections are *ParseErrors wrapping dataset.ErrSyntax,
// every phrase has words, and a kept phrase is found in a text made of it.
func FuzzParseDiscards(f *testing.F) {
	f.Add("# comment\nMONTHS LATER\n+Manchester_United  # a club\nBASEBALL\n+\n")
	f.Add("+\n+ #\n<!-- x\n-->_\n")
	f.Add("\xe9t\xe9\n")
	f.Fuzz(func(t *testing.T, s string) {
		l, err := ParseDiscards(strings.NewReader(s), "fuzz")
		if err != nil {
			return // a line longer than the scanner's limit
		}
		checkDictReport(t, l.Report(), strings.Count(s, "\n")+1)
		if int64(l.Len()) != l.Report().Kept {
			t.Fatalf("%d phrases for %s", l.Len(), l.Report().RowsLine())
		}
		for _, ws := range append(append([][]string(nil), l.sentence...), l.story...) {
			if len(ws) == 0 {
				t.Fatal("a phrase without words")
			}
			toks := tokenize(strings.Join(ws, " "))
			discardIn(toks, 0, len(toks), [][]string{ws})
		}
	})
}

// checkDictReport checks a dictionary's line accounting.
func checkDictReport(t *testing.T, rep *dataset.Report, lines int) {
	t.Helper()
	if !rep.Balanced() {
		t.Fatalf("unbalanced %s", rep.RowsLine())
	}
	for _, e := range rep.Samples {
		if !errors.Is(e, dataset.ErrSyntax) || e.Line < 1 || e.Line > lines || e.File != "fuzz" {
			t.Fatalf("rejection %v: want a line of the input wrapping ErrSyntax", e)
		}
	}
}
