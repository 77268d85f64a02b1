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

// Complement verbs of reform, policy change, rights and settlement give
// the families their subcodes (CAMEO 1.1b3 names: 0244 appeal for change
// in institutions, 0342 intent to change policy, 1042 demand policy
// change, 107 demand settling of dispute, 1234 reject request for change
// in institutions, 106 demand meeting, negotiation); a request noun's
// owner is the target of its rejection. Sentences written for this test.
func TestComplementSubcodes(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Sweden urged Georgia to reform its electoral system.", "SWE>GEO:0244"},
		{"Kazakhstan pledged to change its visa policy.", "KAZ>KAZ:0342"},
		{"Beijing demanded that Washington change its Taiwan policy.", "CHN>USA:1042"},
		{"Guyana demanded that Venezuela settle the border dispute.", "GUY>VEN:107"},
		{"Hungary rejected German calls to reform its judiciary.", "HUN>DEU:1234"},
		{"Armenia demanded negotiations with Azerbaijan.", "ARM>AZE:106"},
		{"Somalia appealed to Japan for food aid.", "SOM>JPN:0233"},
		// 122 reject request for material aid, 121 reject material
		// cooperation, 1622 reduce or stop military assistance, 1621
		// economic assistance
		{"Germany rejected Ukraine's request for aid.", "DEU>UKR:122"},
		// 0256 appeal for de-escalation (an appeal to agree to a
		// ceasefire), 035 express intent to yield
		{"Qatar urged Israel to agree to a ceasefire.", "QAT>ISR:0256"},
		// 138 threaten with military force, 131 threaten non-force, 1321
		// threaten with restrictions on political freedoms, 1211 reject
		// economic cooperation, 1223 reject request for humanitarian aid,
		// 183 non-military bombing
		{"North Korea threatened South Korea with military action.", "PRK>KOR:138"},
		{"China threatened Australia with economic retaliation.", "CHN>AUS:131"},
		{"China threatened to restrict American journalists.", "CHN>USA:1321"},
		{"India rejected a free trade deal with China.", "IND>CHN:1211"},
		{"Hungary refused to take in refugees from Syria.", "HUN>SYR:1223"},
		{"Hamas carried out a bombing in Jerusalem.", "PSE>ISR:183"},
		// verbs of means: 2041 use chemical weapons, 190 use
		// conventional military force; their -ing form is no predicate
		// (the aircraft's attack stays the sentence's event, 190)
		{"Iraq used chemical weapons against Iranian troops.", "IRQ>IRN:2041"},
		// event nouns named after codes: 0211 appeal for economic
		// cooperation, 0241 appeal for change in leadership; 166 expel or
		// withdraw (forces), 070 provide aid
		{"Serbia appealed to China for economic cooperation.", "SRB>CHN:0211"},
		{"Mali expelled French forces.", "MLI>FRA:166"},
		{"China provided aid to Laos.", "CHN>LAO:070"},
		{"Russia used conventional military force against Georgia.", "RUS>GEO:190"},
		{"British aircraft using guided missiles attacked Iraqi positions.", "GBR>IRQ:190"},
		{"Azerbaijan said it was willing to make concessions to Armenia.", "AZE>ARM:035"},
		{"Hungary rejected Ukraine's offer of cooperation.", "HUN>UKR:121"},
		{"The United States halted arms deliveries to Israel.", "USA>ISR:1622"},
		{"Japan suspended loans to Myanmar.", "JPN>MMR:1621"},
	}
	for _, tt := range tests {
		if got := triples(testCoder.CodeSentence(tt.text, d("2024-05-16"))); got != tt.want {
			t.Errorf("%q:\n got  %s\n want %s", tt.text, got, tt.want)
		}
	}
}

// TestCompoundBeatsHeadPattern: a light verb's event is its noun, and a
// compound event noun the verb's patterns match only by its head is the
// more specific reading (lexicon_table.go: "humanitarian aid" 073 over
// "announce"'s aid=071, "drone attack" 195 over "launch"'s attack=190,
// "hunger strike" 142 over strike=190; "a chemical weapons attack" is one
// noun, 2041, not "weapons" with the verb "attack"). The reviewer's
// sentences of round 10 and sentences written for this test; the plain
// head ("announced aid" 071, "launched a strike" 190) and a non-light verb
// that transforms its noun ("eased its military blockade": 0872, the
// "ease" pattern, not the compound's 191) are the negative cases.
func TestCompoundBeatsHeadPattern(t *testing.T) {
	codeCases(t, []struct{ text, want string }{
		{"The European Union announced 50 million euros in humanitarian aid for Sudan.", "IGOEEC>SDN:073"},
		{"Ukraine launched a drone attack on an airbase in Russia.", "UKR>RUS:195"},
		{"The Syrian army carried out a chemical weapons attack on rebel-held areas near Damascus.", "SYR>SYR:2041"},
		{"The EU announced aid for Sudan.", "IGOEEC>SDN:071"},
		{"Russia launched a strike on Kyiv.", "RUS>UKR:190"},
		{"Saudi Arabia eased its military blockade of Yemen.", "SAU>YEM:0872"},
	})
	evs := testCoder.CodeSentence("Palestinian prisoners in Israeli jails launched a hunger strike.", d("2025-06-12"))
	if len(evs) != 1 || evs[0].Code != "142" {
		t.Errorf("hunger strike: got %s, want one 142", triples(evs))
	}
}

// TestMilitaryDrills: a state's own drills are a show of force (150, the
// "military drill" noun line), so ending them de-escalates (087, stoppedCode
// of root 15) and demanding their end is 1056 (derive: demand 087*=1056;
// the reviewer's sentence of round 10); joint drills stay military
// cooperation (062, "joint military drill").
func TestMilitaryDrills(t *testing.T) {
	codeCases(t, []struct{ text, want string }{
		{"Washington demanded that Beijing end its military drills around Taiwan.", "USA>CHN:1056"},
		// the reviewer's sentence of round 10 (coded USA>TWN:100): a
		// demand about a show of force aims at its owner, the modifier
		// (1056 by derive's "demand 15*=1056", de-escalation)
		{"The United States demanded an end to Chinese military drills near Taiwan.", "USA>CHN:1056"},
		{"China launched military drills around Taiwan.", "CHN>TWN:150"},
		{"Russia and Belarus held joint military exercises.", "BLR>RUS:062 RUS>BLR:062"},
	})
}

// TestPatternSkipsNames: an object pattern does not read a word inside an
// actor's name ("Fund" of the International Monetary Fund is no fund, 023);
// the loan after it is the request (0231, the "appeal" line's loan pattern;
// the reviewer's sentence of round 10). A name that is no actor keeps its
// words: "pulled out of the Black Sea Grain Initiative" is no retreat
// (0874, the "pull out" line's default, which a first version that skipped
// every capitalised inner word coded; PLOVER train sentence a17). The
// initiative names no state and no actor, so the sentence has no target
// and the coder codes nothing at all (the want "" below); the test fails
// if it codes the retreat or anything else.
func TestPatternSkipsNames(t *testing.T) {
	codeCases(t, []struct{ text, want string }{
		{"Egypt appealed to the International Monetary Fund for an additional $1.2 billion loan.", "EGY>IGOIMF:0231"},
		{"Sri Lanka appealed to India for help.", "LKA>IND:023"},
		{"Russia pulled out of the Black Sea Grain Initiative on Monday.", ""},
	})
}

// TestAccusationCharges: the charge's gerund names the accusation's
// subcode (the "accuse" line: attacking=1123 aggression, spying=1125
// espionage; the reviewer's sentence of round 10 and one written for this
// test); a charge noun keeps its pattern (corruption=1121).
func TestAccusationCharges(t *testing.T) {
	codeCases(t, []struct{ text, want string }{
		{"Russia accused Ukraine of attacking a nuclear power plant with drones.", "RUS>UKR:1123"},
		{"China accused the United States of spying.", "CHN>USA:1125"},
		{"Russia accused Ukraine of corruption.", "RUS>UKR:1121"},
	})
}

// TestRefuseComment: declining to comment is the "decline" line's
// comment=011 whatever the comment is about (the complement "comment" on
// accusations, 112, is speech, not the refused act), and a spokesman "for"
// a ministry speaks for it. With statements on (011 is a statement);
// coverage.tsv's sentence and the reviewer's of round 10.
func TestRefuseComment(t *testing.T) {
	c, err := NewCoder(&Options{Statements: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ text, want string }{
		{"Russia declined to comment on the British accusations.", "RUS>GBR:011"},
		{"A spokesman for the Indian foreign ministry declined to comment on the Chinese statement.", "IND>CHN:011"},
	} {
		if got := triples(c.CodeSentence(tc.text, d("2025-06-12"))); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}
