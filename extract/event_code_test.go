package extract

import (
	"strings"
	"testing"
)

// A weak family verb ("seek") is no event without a coded complement, but
// an object pattern is one: "sought refuge in Germany" is 0233, to Germany.
func TestWeakVerbPattern(t *testing.T) {
	got := datedTriples(testCoder.CodeSentence("Some 800,000 Iraqi Kurds sought refuge in Germany last month.", d("1991-05-20")))
	if !strings.Contains(got, "IRQ>DEU:0233") {
		t.Errorf("got %s, want IRQ>DEU:0233", got)
	}
	if got := datedTriples(testCoder.CodeSentence("Iraq is seeking to counterbalance Iran.", d("2024-05-16"))); got != "" {
		t.Errorf("seeking to + uncoded verb: %s", got)
	}
}
