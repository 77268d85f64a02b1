package extract

import (
	"strings"
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
		"Japan released treated water from the Fukushima plant.",
		// hypotheticals of the journalist and plans given up
		"China would attack Taiwan if it declared independence.",
		"The United States would impose sanctions on Iran if it enriched uranium.",
		"Turkey abandoned plans to attack Syria.",
		"Russia gave up efforts to capture Kyiv.",
		"Japan called off plans to visit China.",
		"China showed no desire to invade Taiwan.",
		// the negator opens the intent noun's phrase (a reviewer's)
		"Iran showed no sign of readiness to resume talks.",
		"Russia showed no sign of any willingness to withdraw from Ukraine.",
	} {
		if evs := testCoder.CodeSentence(text, d("2024-05-16")); len(evs) != 0 {
			t.Errorf("%q: got %s, want no event", text, datedTriples(evs))
		}
	}
}

// TestUncodedPurpose checks sentences written for this test: the purpose
// infinitive of an obligation or a speculation is no more an event than
// they are ("should cooperate to encourage refugees …" codes no 020), and a
// weapon of no named state is no target ("a helicopter that was captured":
// no 192 without a target). The agreement (030 by the "agree" line, both
// ways for a compound subject) and the reported demand (100: "say" with
// "must") stay.
func TestUncodedPurpose(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Hungarian and Romanian officials agreed that their countries should cooperate to encourage refugees to return home.", "HUN>ROU:030 ROU>HUN:030"},
		{"Russia said that Sudan must return a helicopter that was captured by the Sudanese army.", "RUS>SDN:100"},
		{"Ukraine shot down a drone.", ""},
		{"Ukraine shot down Russian drones.", "UKR>RUS:190"},
		// "give"/"call" give up only with their particle: approval and
		// backing given to plans and efforts keep the plan's act (CAMEO
		// 072 provide military aid, 045 mediate; a reviewer's sentences)
		// 051 by the event noun "approval" of "give")
		{"Germany's cabinet gave final approval to plans to send tanks to Ukraine.", "DEU>UKR:051 DEU>UKR:072"},
		// an intent noun not negated frames its infinitive (036 express
		// intent to meet or negotiate)
		{"Russia showed signs of readiness to resume talks with Ukraine.", "RUS>UKR:036"},
		{"The EU gave its support to efforts to mediate between Russia and Ukraine.", ">RUS:051 >UKR:051 >RUS:045 >UKR:045"},
	} {
		var got []string
		for _, e := range testCoder.CodeSentence(tc.text, d("2024-05-16")) {
			got = append(got, e.Source.Country+">"+e.Target.Country+":"+e.Code)
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestToldTo checks sentences written for this test: "told X to do Y" is a
// demand on X (10, refined by the complement as the demand family does:
// "halt" an offensive → 1056, demand de-escalation of military
// engagement), and Y is the demand's content, not a second act of the
// speaker; "told reporters that …" is speech.
func TestToldTo(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Israel told Lebanon to rein in Hezbollah.", "ISR>LBN:100"},
		{"Biden told Netanyahu to halt the offensive.", "USA>ISR:1056"},
		{"Putin told reporters that Russia would respond.", ""},
	} {
		var got []string
		for _, e := range testCoder.CodeSentence(tc.text, d("2024-05-16")) {
			got = append(got, e.Source.Country+">"+e.Target.Country+":"+e.Code)
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}

// A conditional reported by its speaker is the speaker's threat (CAMEO
// 1384 threaten conventional attack), unlike the journalist's
// hypothetical; efforts stepped up are still made (190). Sentences
// written for this test.
func TestReportedConditionalAndSteppedUpEfforts(t *testing.T) {
	// attributed like reported (the first a reviewer's sentence)
	for _, text := range []string{
		"Russia said it would strike Ukraine if NATO expanded.",
		"Israel would strike Iran if it built a bomb, according to Israeli officials.",
		"Israel would strike Iran if it built a bomb, Israeli officials say.",
	} {
		if got := triples(testCoder.CodeSentence(text, d("2024-05-16"))); !strings.HasSuffix(got, ":1384") {
			t.Errorf("%q: got %s, want a 1384", text, got)
		}
	}
	if got := triples(testCoder.CodeSentence("Russia stepped up efforts to attack Ukraine.", d("2024-05-16"))); !strings.Contains(got, "RUS>UKR:") {
		t.Errorf("stepped-up efforts: got %q, want an event RUS>UKR", got)
	}
}

// An intent noun after a light verb governs its infinitive (CAMEO 030
// express intent to cooperate, 036 intent to meet), a reluctance refuses
// (1222 reject request for military aid), and a denied intention is no
// act ("denied any intention to attack NATO" codes no attack). Sentences
// written for this test.
func TestIntentNouns(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Chile expressed its intent to cooperate with Peru.", "CHL>PER:030"},
		{"Armenia expressed willingness to meet Azerbaijan.", "ARM>AZE:036"},
		{"Germany signalled reluctance to send tanks to Ukraine.", "DEU>UKR:1222"},
		{"Russia denied any intention to attack NATO.", ""},
	}
	for _, tt := range tests {
		if got := triples(testCoder.CodeSentence(tt.text, d("2024-05-16"))); got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestConditionOpeningSentence: a condition opening the sentence ends at
// its comma, so the main clause after it is coded (the reviewer's sentence
// of round 10: "respond militarily" is force, 190, and a future act of
// force is a threat of it, 1384, aimed at the condition's actor) and one
// written for this test; a condition after its main clause runs on over a
// relative clause's commas (PLOVER train's THREATEN-0009 shape: "if Hamas,
// which advocates …, ran": "advocates" stays in the condition, uncoded).
func TestConditionOpeningSentence(t *testing.T) {
	codeCases(t, []struct{ text, want string }{
		{"If Iran closes the Strait of Hormuz, the United States will respond militarily, Hegseth said.", "USA>IRN:1384"},
		{"If talks fail, Russia will attack Ukraine.", "RUS>UKR:1384"},
		{"Israel threatened to ban voting if Hamas, which advocates Israel's destruction, ran in the election.", "ISR>PSE:1322"}, // 1322: threaten to ban political parties (the "ban" line's voting pattern),
	})
	toks := tokenize("If Iran closes the strait, America will respond.")
	if !isCond(toks, 0, []int{0}, 2) || isCond(toks, 0, []int{0}, 8) {
		t.Errorf("isCond: the verb before the comma is conditional, the one after is not")
	}
}
