package extract

import (
	"strings"
	"testing"
)

func TestParseDeriveTableErrors(t *testing.T) {
	for _, tc := range []struct{ table, want string }{
		{"intent 030 | 04=036", "bad pattern"},
		{"intent 030 | 04*036", "no '='"},
		{"plead 030 | 04*=036", "unknown family"},
		{"intent 999 | 04*=036", "default"},
		{"intent 030 | 04*=999", "not a CAMEO code"},
		{"intent 030 | 04*=>nobody", "unknown family"},
		{"intent 030 | 04*=036\nintent 020 | 05*=032", "two defaults"},
		{"intent | 04*=036", "want"},
	} {
		if _, err := parseDeriveTable(tc.table); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: error %v, want %q", tc.table, err, tc.want)
		}
	}
}

func TestDeriveTableOrder(t *testing.T) {
	// rules are tried in order: the exact code before its base, the base
	// before its root, a delegation last (CAMEO 1.1b3: 1721 "impose
	// restrictions on political freedoms" under a threat is 1321; other
	// 172 codes 132; other 17x 137; an intent to use force is a threat,
	// 190 → 1384)
	for _, tc := range []struct {
		f          family
		comp, want string
	}{
		{famThreat, "1721", "1321"}, {famThreat, "172", "132"}, {famThreat, "171", "137"},
		{famIntent, "190", "1384"}, {famPrepare, "190", "150"}, {famPrepare, "042", "036"},
		// a decision to sanction (163), expel diplomats (161), deploy
		// (154) or blockade (191) is that act; to visit (042) an intent
		// (036); to attack (190) a threat (1384) through intent
		{famDecide, "163", "163"}, {famDecide, "161", "161"}, {famDecide, "154", "154"}, {famDecide, "191", "191"},
		{famDecide, "042", "036"}, {famDecide, "190", "1384"},
	} {
		if got, ok := derive(tc.f, tc.comp); !ok || got != tc.want {
			t.Errorf("derive(%d, %s) = %q %v, want %q", tc.f, tc.comp, got, ok, tc.want)
		}
	}
}

// "decided to" announces the decided sanction, expulsion or deployment
// (deriveTable line "decide"); a negated infinitive after a verb of intent
// or decision is no event, neither the intent nor a threat. Sentences
// composed for this test.
func TestDecisionComplements(t *testing.T) {
	codesAs(t, []struct{ text, want string }{
		{"Washington decided to impose sanctions on Moscow.", "USA>RUS:163"},
		{"The EU decided to suspend aid to Niger.", "IGOEEC>NER:162"},
		{"NATO decided to send more troops to Kosovo.", "IGONAT>XKX:154"},
		{"China decided to visit India.", "CHN>IND:036"},
		{"Russia decided to attack Ukraine.", "RUS>UKR:1384"},
		{"Iran promised not to impose sanctions on Britain.", ""},
		{"Iran decided not to impose sanctions on Britain.", ""},
		// an appeal not to act is still an appeal
		{"The US urged Israel not to attack Rafah.", "USA>ISR:020"},
	})
}

// Verbs of pressing another to act govern an infinitive like "urge"
// (lexicon rows pressure, push, advise, persuade; appeal family: 0253
// appeal for release of persons, 020 for other acts); a weak one
// ("push") is no appeal without its infinitive. Sentences composed for
// this test.
func TestPressingToAct(t *testing.T) {
	codesAs(t, []struct{ text, want string }{
		{"The US pressured Egypt to release the activists.", "USA>EGY:0253"},
		{"Britain advised Iran to release the sailors.", "GBR>IRN:0253"},
		{"Washington pushed Seoul to impose sanctions on Russia.", "USA>KOR:020"},
		{"The US pressured Israel.", "USA>ISR:020"},
		// no infinitive: no appeal (and no complement "back")
		{"Ukrainian troops pushed Russian forces back across the river.", ""},
		{"Russian forces pushed deeper into Ukraine.", ""},
		{"Ukrainian troops pushed back Russian forces.", "UKR>RUS:190"},
	})
}

// "want"/"wish" with someone asked are appeals for the infinitive's act
// (appeal family: 0254 appeal to ease sanctions, 026 appeal to meet or
// negotiate); with no one asked, the subject's own intent (intent family:
// 032 intent to cooperate diplomatically, 1384 an intent to use force is a
// threat). A meeting awaited ("ready for talks with Kyiv") is no meeting
// (awaited). Sentences composed for this test.
func TestWantsAndAwaited(t *testing.T) {
	codesAs(t, []struct{ text, want string }{
		{"Iran wants the US to lift sanctions.", "IRN>USA:0254"},
		{"China wants Russia and Ukraine to negotiate.", "CHN>RUS:026 CHN>UKR:026"},
		{"India wants to improve relations with China.", "IND>CHN:032"},
		{"Russia wants to attack Ukraine.", "RUS>UKR:1384"},
		{"Japan wants better relations with South Korea.", ""},
		{"The Kremlin said it was ready for talks with Kyiv.", ""},
		{"Russia is open to a meeting with Ukraine.", ""},
		{"Lavrov arrived in Beijing for talks with Wang Yi.", "RUS>CHN:042 RUS>CHN:046"},
	})
}
