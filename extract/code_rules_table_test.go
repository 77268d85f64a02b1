package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/entente/entente/cameo"
)

func TestCodeRulesTable(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range codeRules {
		if r.name == "" || seen[r.name] || r.apply == nil {
			t.Errorf("code rule %q: unnamed, repeated or without apply", r.name)
		}
		seen[r.name] = true
		for _, c := range r.codes {
			if !cameo.Valid(c) {
				t.Errorf("code rule %q: %q is not a CAMEO code", r.name, c)
			}
		}
	}
	// the rule that fired is named with the code it set
	evs := testCoder.CodeSentence("Russia seized Crimea.", time.Date(2014, 3, 1, 0, 0, 0, 0, time.UTC))
	if len(evs) != 1 || evs[0].Code != "192" || !strings.Contains(evs[0].Evidence[0].Rule, "seized place: occupation → 192") {
		t.Fatalf("%+v", evs)
	}
}

// TestExplosionNeedsDevice: "explode" codes a bombing (183, the verb's
// line; 1832 by the car bomb's kind, subjectWeapons) only with a bomb or
// device for subject; the reviewer's four sentences of round 10 (fireworks,
// a gas pipe, a landmine, a state's missile near a border) code nothing.
func TestExplosionNeedsDevice(t *testing.T) {
	codeCases(t, []struct{ text, want string }{
		{"Fireworks exploded over the French embassy in London.", ""},
		{"A gas pipe exploded near the Russian embassy in Berlin.", ""},
		{"A landmine exploded near the Ukrainian border.", ""},
		{"A Russian missile exploded near the Polish border.", ""},
		{"A car bomb exploded near the Russian embassy in Kabul.", ">RUS:1832"},
	})
}

// TestGatheringNeedsProtestCue: a crowd gathering outside an embassy is a
// demonstration (141, the "gather" line's pattern) only with a protest
// cue; the reviewer's two sentences of round 10 (a celebration, fireworks)
// code nothing; protesters as subject, or "to protest", keep 141 aimed at
// the embassy's state.
func TestGatheringNeedsProtestCue(t *testing.T) {
	codeCases(t, []struct{ text, want string }{
		{"Crowds gathered outside the Chinese embassy in Washington to celebrate the Lunar New Year.", ""},
		{"Crowds gathered outside the US embassy in Tokyo to watch the fireworks.", ""},
		{"Protesters gathered outside the Chinese embassy in Washington.", "USA>CHN:141"},
		{"Crowds gathered outside the Chinese embassy in Washington to protest the crackdown.", "USA>CHN:141"},
	})
}
