package extract

import (
	"strings"
	"testing"
)

// TestReactedToIsNoVisit checks sentences written for this test: a visit
// noun that the subject protests or condemns is the act reacted to, not a
// visit by the subject (no 042 from "over the visit", "for the visit"),
// while a visit the subject makes still codes (042: the lexicon's visit
// noun; 140 protest, 111 condemn from the verb lines).
func TestReactedToIsNoVisit(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"The Chinese ambassador protested to Japan over the visit.", "CHN>JPN:114"}, // an official's protest: complain officially
		{"Beijing condemned Tokyo for the visit.", "CHN>JPN:111"},
		{"Putin arrived in Beijing on Thursday. He is in China for a two-day state visit.", "RUS>CHN:042"},
	} {
		var got []string
		evs, err := testCoder.Code(Article{ID: "t", Published: d("2024-05-16"), Text: tc.text})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range evs {
			got = append(got, e.Source.Country+">"+e.Target.Country+":"+e.Code)
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestForceNounSubjects checks sentences written for this test: a force
// noun modified by a state's adjective is that state's force, as subject
// ("Russian shelling killed …") and as passive agent ("killed by Pakistani
// fire"); victims named by a role are the people of the place the
// subject's force hit ("airstrikes on Gaza … dozens of people": PSE CVL)
// or of the place after them ("in Kherson": UKR CVL), not the source's
// own. 190 is the "kill" verb line's code; "a fire broke out" is no
// event.
func TestForceNounSubjects(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Russian shelling killed five civilians in Kherson.", "RUS>UKRCVL:190"},
		{"Indian fire killed two Pakistani soldiers.", "IND>PAKMIL:190"},
		{"Three Indian soldiers were killed by Pakistani fire.", "PAK>INDMIL:190"},
		{"Israeli airstrikes on Gaza killed dozens of people.", "ISRMIL>PSECVL:190"},
		{"A fire broke out in the Russian embassy.", ""},
		// "strikes on X" are force (the "attack" noun line, 190), a
		// workers' strike is not
		{"Russian strikes on Kyiv killed three people.", "RUS>UKRGOV:190"},
		{"A strike by French workers halted trains.", ""},
	} {
		var got []string
		for _, e := range testCoder.CodeSentence(tc.text, d("2024-05-16")) {
			got = append(got, e.Source.Code+">"+e.Target.Code+":"+e.Code)
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestForceNounDestroys checks sentences written for this test: destruction
// by a force the subject names is that force — an air strike 195, shelling
// 194 (the lexicon's noun lines) — while troops destroying homes stay
// 1712 (destroy property).
func TestForceNounDestroys(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"An Israeli airstrike destroyed Iran's consulate in Damascus.", "ISR>IRN:195"},
		{"Russian shelling destroyed a hospital in Kharkiv.", "RUS>UKR:194"},
		{"Israeli troops destroyed Palestinian homes.", "ISR>PSE:1712"},
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

// TestNominalSubjects checks sentences written for this test: an event
// noun of sanctions or force opening its sentence as the subject of a verb
// in the past codes with the source its own phrase names — a possessor, a
// by-phrase, or for a reciprocal noun its parties after "between" (both
// ways) — whatever the verb. The codes are the noun lines' (194 shelling,
// 183 bombing, 163 sanction, 190 clash and fighting). A present or perfect
// verb is a state of affairs, not news (no event); a state that backs
// another actor is its sponsor, not the actor ("Russian-backed
// separatists" are no Russian party to the fighting).
func TestNominalSubjects(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Russia's shelling of Ukrainian cities drew condemnation.", "RUS>UKR:194"},
		{"The bombing of Belgrade by NATO continued.", "IGONAT>SRBGOV:183"},
		{"Britain's sanctions on Russia took effect on Monday.", "GBR>RUS:163"},
		{"Clashes between Armenian and Azerbaijani forces killed 15 soldiers.", "ARMMIL>AZEMIL:190 AZEMIL>ARMMIL:190"},
		{"Fighting broke out between Sudanese troops and Chadian forces.", "SDNMIL>TCDMIL:190 TCDMIL>SDNMIL:190"},
		{"Western sanctions on Russia have hurt its economy.", ""},
		{"Russia's attack on Ukraine is a crime.", ""},
		{"Clashes between armed groups escalated on Monday.", ""},
		{"Fighting between Ukrainian forces and Russian-backed separatists followed.", ""},
		// the reaction the act drew from a state is that state's act on
		// the act's source (141, the "protest" noun line)
		{"Pakistan's shelling of Indian villages drew a protest from New Delhi.", "PAK>IND:194 INDGOV>PAK:141"},
	} {
		var got []string
		for _, e := range testCoder.CodeSentence(tc.text, d("2024-05-16")) {
			got = append(got, e.Source.Code+">"+e.Target.Code+":"+e.Code)
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestOneMeetingPerDyad checks sentences written for this test (the first
// a reviewer's): a meeting noun in the clause of a meeting verb is the
// verb's meeting, so each dyad is counted once per direction (CAMEO 044
// meet at a "third" location, 040 consult); a meeting noun of another
// event (046 talks of a 042 visit) stays its own event.
func TestOneMeetingPerDyad(t *testing.T) {
	for _, tc := range []struct {
		text string
		n    int
		want string
	}{
		{"The Armenian and Azerbaijani foreign ministers met at a summit in Washington.", 2, "ARM>AZE:044 AZE>ARM:044"},
		{"Blinken met Wang Yi at a summit in Bali.", 1, "USA>CHN:044"},
		{"Modi and Xi met in Beijing for talks.", 2, "CHN>IND:040 IND>CHN:040"},
		{"Putin visited China for talks with Xi.", 2, "RUS>CHN:042 RUS>CHN:046"},
	} {
		evs := testCoder.CodeSentence(tc.text, d("2024-05-16"))
		if len(evs) != tc.n || triples(evs) != tc.want {
			t.Errorf("%q: %d events %s, want %d: %s", tc.text, len(evs), triples(evs), tc.n, tc.want)
		}
	}
}
