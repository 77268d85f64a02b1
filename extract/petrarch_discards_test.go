package extract

import (
	"strings"
	"testing"

	"github.com/entente/entente/internal/sharedtest"
)

func TestDiscards(t *testing.T) {
	l, err := ParseDiscards(strings.NewReader("# comment\nMONTHS LATER\n+Manchester_United  # a club\nBASEBALL\n+\n"), "sample")
	if err != nil {
		t.Fatal(err)
	}
	rep := l.Report()
	if l.Len() != 3 || rep.Read != 4 || rep.Rejected != 1 || !rep.Balanced() {
		t.Fatalf("%d phrases, %s %v", l.Len(), rep.RowsLine(), rep.Samples)
	}
	c, err := NewCoder(&Options{Discards: []*DiscardList{l}})
	if err != nil {
		t.Fatal(err)
	}
	pub := d("2024-05-16")
	// a sentence phrase drops its sentence only
	evs, st, _ := c.CodeWithStats(Article{Text: "Months later, Russia attacked Georgia. China criticized Japan.", Published: pub})
	if triples(evs) != "CHN>JPN:111" || st.Discarded != 1 || st.Sentences != 2 {
		t.Errorf("sentence discard: %s %+v", triples(evs), st)
	}
	// a story phrase drops the article
	evs, st, _ = c.CodeWithStats(Article{Text: "China criticized Japan. Manchester United won.", Published: pub})
	if len(evs) != 0 || st.Discarded != 2 {
		t.Errorf("story discard: %s %+v", triples(evs), st)
	}
	if got := triples(c.CodeSentence("China criticized the Japanese baseballers.", pub)); got != "CHN>JPN:111" {
		t.Errorf("phrases match whole words: %s", got)
	}
	if _, err := NewCoder(&Options{Discards: []*DiscardList{nil}}); err == nil {
		t.Error("a nil discard list must fail")
	}
	v, err := LoadDiscards(sharedtest.Path(t, "data/petrarch2/PETR.Validate.discards.txt"))
	if err != nil || v.Len() != 9 || v.Report().Rejected != 0 {
		t.Errorf("PETR.Validate.discards.txt: %v %d", err, v.Len())
	}
}
