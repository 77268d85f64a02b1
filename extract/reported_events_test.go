package extract

import (
	"strings"
	"testing"

	"github.com/entente/entente/dataset"
)

// Reported obligations on sentences written for this test: "X said Y must
// do Z" is X's demand on Y, "should" an appeal, refined by Z (CAMEO 1.1b3:
// 1053 demand release of persons or property, 0253 appeal for it, 100
// demand); a "must" of both sides said by one is no demand.
func TestObligationEvents(t *testing.T) {
	tests := []struct{ text, want, rule string }{
		{"China said Japan must release the fishermen.", "CHN>JPN:1053", `reported obligation "must" → 100; complement verb "release" → 1053`},
		{"China said Japan should release the fishermen.", "CHN>JPN:0253", `reported obligation "should" → 020; complement verb "release" → 0253`},
		{"Washington told Lebanon to rein in Hezbollah.", "USA>LBN:100", "told to: a demand → 100"},
		{"China said both countries must cooperate.", "", ""},
	}
	for _, tt := range tests {
		got, rule := ruleEvents(tt.text)
		if got != tt.want || !strings.Contains(rule, tt.rule) {
			t.Errorf("%q: %s (%s), want %s by %q", tt.text, got, rule, tt.want, tt.rule)
		}
	}
}

// thatSubject: the first resolved head phrase after "that" and before the
// verb; none without "that".
func TestThatSubject(t *testing.T) {
	toks := tokenize("Russia said that Ukraine and Poland shelled Belgorod.")
	// mentions by hand: Russia 0, Ukraine 3, Poland 5, Belgorod 7; "shelled" is 6
	ms := []mention{{from: 0, to: 1, head: true}, {from: 3, to: 4, head: true}, {from: 5, to: 6, head: true}, {from: 7, to: 8, head: true}}
	res := [][]dataset.Actor{{makeActor("RUS", "", "")}, {makeActor("UKR", "", "")}, {makeActor("POL", "", "")}, {makeActor("RUS", "CVL", "")}}
	if got := thatSubject(toks, ms, res, 1, 6); got != 1 {
		t.Errorf("thatSubject = %d, want 1 (Ukraine)", got)
	}
	res[1] = nil // unresolved: the next one
	if got := thatSubject(toks, ms, res, 1, 6); got != 2 {
		t.Errorf("thatSubject with Ukraine unresolved = %d, want 2 (Poland)", got)
	}
	toks = tokenize("Russia said Ukraine shelled Belgorod.")
	if got := thatSubject(toks, ms[:3], res[:3], 1, 3); got != -1 {
		t.Errorf("no that: %d, want -1", got)
	}
}
