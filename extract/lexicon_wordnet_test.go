package extract

import (
	"regexp"
	"strings"
	"testing"
)

// Every generated line names its seed ("# wordnet synonym of \"x\""), the
// seed is a word of the hand table, and no generated word repeats a hand
// entry (the generator leaves those out; parseLexicon would refuse the
// duplicate).
func TestWordNetTablesNameTheirSeeds(t *testing.T) {
	hand, err := parseLexicon(verbTable, nounTable)
	if err != nil {
		t.Fatal(err)
	}
	src := regexp.MustCompile(`^wordnet (synonym|hyponym|derivation) of "([^"]+)"$`)
	for _, tab := range []struct {
		name, text string
		verbs      bool
	}{{"verbs", wordnetVerbTable, true}, {"nouns", wordnetNounTable, false}} {
		n := 0
		for _, line := range strings.Split(tab.text, "\n") {
			body, comment := lineComment(line)
			if body == "" {
				continue
			}
			n++
			key := strings.TrimSpace(strings.Split(body, "|")[0])
			m := src.FindStringSubmatch(comment)
			if m == nil {
				t.Errorf("%s: %q names no seed (%q)", tab.name, key, comment)
				continue
			}
			seed := m[2]
			// a derivation's seed is a verb of the hand table; a synonym's or
			// hyponym's a word of its own table
			_, isVerb := hand.verbs[seed]
			_, isNoun := hand.nouns[seed]
			if !isVerb && !isNoun {
				t.Errorf("%s: %q: seed %q is not in the hand table", tab.name, key, seed)
			}
			if _, dup := hand.verbs[key]; dup && tab.verbs {
				t.Errorf("generated verb %q repeats a hand entry", key)
			}
			if _, dup := hand.nouns[key]; dup && !tab.verbs {
				t.Errorf("generated noun %q repeats a hand entry", key)
			}
		}
		if n == 0 {
			t.Errorf("%s: empty", tab.name)
		}
	}
	// The header's counts: 163 verbs and 113 + 67 nouns kept.
	if v, nn := len(tableLines(wordnetVerbTable)), len(tableLines(wordnetNounTable)); v != 163 || nn != 113+67 {
		t.Errorf("%d verbs, %d nouns; the header says 163 and 113 + 67", v, nn)
	}
}

// wordnetIrregular: "form base" pairs whose base is a generated or hand
// verb.
func TestWordNetIrregular(t *testing.T) {
	for _, line := range tableLines(wordnetIrregular) {
		f := strings.Fields(line)
		if len(f) != 2 {
			t.Errorf("line %q: want form and base", line)
			continue
		}
		found := false
		for k := range builtin.verbs {
			if k == f[1] || strings.HasPrefix(k, f[1]+" ") {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("%q: base %q is no verb of the lexicon", line, f[1])
		}
	}
}

// TestWordNetSenseNoise checks that the generated noun table leaves out
// words that share a seed's first WordNet sense only in a reading the hand
// line does not mean (wngen's nounStop): a visa is no sanction, a crash
// no clash, a workout no military exercise, an ovation no credit.
func TestWordNetSenseNoise(t *testing.T) {
	for _, w := range []string{"visa", "okay", "imprimatur", "crash", "clang", "acme", "ailment", "workout", "ovation", "salute", "parole", "exhibition", "barring", "colonization"} {
		if n := builtin.nouns[w]; n != nil {
			t.Errorf("noun %q is in the lexicon (%s, %s)", w, n.code, n.src)
		}
	}
	// and the sense the hand lines mean is still there
	for _, w := range []string{"trade embargo", "armistice", "bloodbath", "carnage"} {
		if builtin.nouns[w] == nil {
			t.Errorf("noun %q is missing", w)
		}
	}
}

// TestWordNetVerbNoise checks sentences written for this test: verbs that
// WordNet groups with a seed in a reading news seldom means code nothing
// (wngen's stop list): relations worsening are no rejection, circumventing
// sanctions no siege, meddling no force, undermining talks no sabotage.
func TestWordNetVerbNoise(t *testing.T) {
	for _, text := range []string{
		"Relations between China and Japan worsened.",
		"Traders in Dubai circumvented the sanctions on Russia.",
		"Russia meddled in the American election.",
		"Hardliners in Tehran undermined the talks with Washington.",
		"The drought will necessitate aid to Somalia.",
	} {
		if evs := testCoder.CodeSentence(text, d("2024-05-16")); len(evs) > 0 {
			t.Errorf("%q: got %s %s>%s (%s), want no event", text, evs[0].Code, evs[0].Source.Code, evs[0].Target.Code, evs[0].Evidence[0].Rule)
		}
	}
}
