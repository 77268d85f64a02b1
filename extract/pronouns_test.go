package extract

import (
	"fmt"
	"strings"
	"testing"
)

// pronounSpans lists pronounMentions of a sentence as "text/kind" with the
// flags that matter: ^ head, + ofPerson, #n count.
func pronounSpans(text string) string {
	toks := tokenize(text)
	var out []string
	for _, m := range pronounMentions(toks, 0, len(toks), nil) {
		s := tokText(toks, m.from, m.to)
		switch m.kind {
		case mkPronoun:
			s += "/pron"
		case mkCollective:
			s += "/coll"
		}
		if m.head {
			s += "^"
		}
		if m.ofPerson {
			s += "+"
		}
		if m.count > 0 {
			s += fmt.Sprintf("#%d", m.count)
		}
		out = append(out, s)
	}
	return strings.Join(out, " ")
}

// Sentences written for this test; the spans by hand from pronouns.go's
// rules.
func TestPronounMentions(t *testing.T) {
	tests := []struct{ text, want string }{
		{"He met them.", "He/pron^ them/pron^"},
		{"She praised his counterpart.", "She/pron^ his/pron"}, // a determiner, not an argument
		{"They accused his country.", "They/pron^ his country/pron^+"},
		{"The two leaders met both sides.", "The two leaders/coll^ both sides/coll^"},
		{"The pair agreed.", "The pair/coll^"},
		{"The three countries signed.", "The three countries/coll^#3"},
		{"The two heads of state met.", "The two heads of state/coll^"},
		{"He said the country would respond.", "He/pron^ the country/pron^"},
		{"The country's leader spoke.", ""},  // "the country's …" is not the pronoun
		{"The US Navy sailed.", ""},          // upper-case US is the state
		{"The talks helped us.", "us/pron^"}, // lower-case us is the pronoun
		{"The two sides' positions.", "The two sides/coll^"},
	}
	for _, tt := range tests {
		if got := pronounSpans(tt.text); got != tt.want {
			t.Errorf("%q: %q, want %q", tt.text, got, tt.want)
		}
	}
}

// Tokens covered by an actor atom are not pronouns again.
func TestPronounMentionsSkipsAtoms(t *testing.T) {
	toks := tokenize("Both sides met.")
	if ms := pronounMentions(toks, 0, len(toks), []atom{{from: 1, to: 2}}); len(ms) != 0 {
		t.Errorf("covered 'sides' still gave %d mentions", len(ms))
	}
}
