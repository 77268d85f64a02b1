package extract

import (
	"testing"
)

// TestNoEventSentences checks that sentences reporting no act between
// actors code to nothing (precision on no-event sentences; written for this
// test, not from any gold set): absent plans ("has no plans to hold
// talks"), likelihood ("is unlikely to accept"), modals, conditions,
// descriptions of states and relations, and events expected but not
// happened ("a meeting … is expected later this year").
func TestNoEventSentences(t *testing.T) {
	for _, text := range []string{
		"North Korea has no plans to hold talks with the United States.",
		"Russia has no intention of attacking NATO.",
		"There are no plans for Biden to meet Putin.",
		"Iran is unlikely to accept the proposal.",
		"Iran is likely to reject the proposal.",
		"Analysts say China could invade Taiwan.",
		"It is not clear whether Russia will attack.",
		"Israel may strike Iran's nuclear sites.",
		"If Russia attacks, NATO will respond.",
		"The United States and China are the world's two largest economies.",
		"Germany is Russia's largest trading partner in Europe.",
		"The two countries have close ties.",
		"Relations between Moscow and Kyiv remain tense.",
		"Turkey is a member of NATO.",
		"A meeting between Putin and Xi is expected later this year.",
		"Tensions between Iran and Israel have risen.",
		"Japan's economy shrank in the third quarter.",
		"The weather in London was mild on Monday.",
		"Officials in Brussels said the talks would resume next week.",
	} {
		if evs := testCoder.CodeSentence(text, d("2024-05-16")); len(evs) != 0 {
			t.Errorf("%q: got %s, want no event", text, datedTriples(evs))
		}
	}
}
