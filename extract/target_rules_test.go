package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/entente/entente/dataset"
)

func TestTargetRuleApplies(t *testing.T) {
	r := targetRule{roots: []string{"16"}}
	for code, want := range map[string]bool{"163": true, "1622": true, "061": false, "190": false} {
		x := clauseCtx{code: code, src: []dataset.Actor{makeActor("USA", "GOV", "")}}
		if got := r.applies(&x); got != want {
			t.Errorf("roots 16, code %s: %v", code, got)
		}
	}
	// no source: only rules marked anySource
	if r.applies(&clauseCtx{code: "163"}) {
		t.Error("a rule without anySource applied to an event without source")
	}
}

func TestTargetRuleNamedInEvent(t *testing.T) {
	// a protest without a named target is aimed at the protesters' own
	// government: the rule of targetRules that fired is in the event's rule
	evs := testCoder.CodeSentence("Thousands of Kenyans protested in Nairobi.", time.Date(2024, 6, 25, 0, 0, 0, 0, time.UTC))
	if len(evs) != 1 || evs[0].Target.Country != "KEN" || !strings.Contains(evs[0].Evidence[0].Rule, "protest without target: the protesters' government") {
		t.Fatalf("%+v", evs)
	}
}

func TestRetaliationTarget(t *testing.T) {
	// a vow of retaliation is aimed at the source of the latest earlier
	// event of another actor
	a := Article{ID: "x", Published: time.Date(2024, 6, 14, 0, 0, 0, 0, time.UTC), Text: "The United States imposed sanctions on Russia. Moscow vowed to retaliate."}
	evs, err := testCoder.Code(a)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, e := range evs {
		if e.Source.Country == "RUS" && e.Target.Country == "USA" && e.Code[:2] == "13" {
			found = strings.Contains(e.Evidence[0].Rule, "retaliation: the latest earlier event's source")
		}
	}
	if !found {
		t.Errorf("no RUS→USA threat named by the retaliation rule: %+v", evs)
	}
}

func TestDrillsAroundAState(t *testing.T) {
	day := time.Date(2024, 5, 23, 0, 0, 0, 0, time.UTC)
	// exercises around another state: a show of force (CAMEO 150, "demonstrate
	// military or police power"); joint exercises stay military cooperation
	// (062)
	if got := datedTriples(testCoder.CodeSentence("China held large-scale military drills around Taiwan.", day)); got != "CHN>TWN:150@2024-05-23" {
		t.Errorf("drills around Taiwan: %s", got)
	}
	if got := datedTriples(testCoder.CodeSentence("Russia and China held joint naval drills.", day)); got != "CHN>RUS:062@2024-05-23 RUS>CHN:062@2024-05-23" {
		t.Errorf("joint drills: %s", got)
	}
}

// TestDomesticForce checks the domestic reach of force: a state's troops
// and police are targets of its rebels and opposition, and force without a
// named target acts on the place where it happens (its people when the
// place is the source's own state). Sentences written for this test.
func TestDomesticForce(t *testing.T) {
	c, err := NewCoder(nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ text, want string }{
		{"Kenyan opposition supporters clashed with police.", "KENCVL>KENCOP"},
		{"Malian rebels blew up a bridge in Gao.", "MLIREB>MLICVL"},
		// a weapon is never the target: the rockets' destination is
		{"Hezbollah fired rockets into northern Israel.", "LBNREB>ISR"},
		// a force noun as the subject: the modifying state on its target
		{"Russian attacks on Kyiv killed five civilians.", "RUS>UKRGOV"},
		// a noun in a fronted adjunct is not the subject
		{"After Russian attacks on Kyiv, Ukraine asked for more air defence.", "UKR>"},
		// a military attacking positions uses force, not words
		{"Russian troops in Crimea attacked Ukrainian positions.", "RUSMIL>UKR"},
		// speaking by phone is a phone call (041); speaking to reporters
		// is no event
		{"Putin spoke by telephone with Erdogan on Friday.", "RUSGOV>TURGOV"},
		{"Putin spoke to reporters in Moscow.", ""},
		// a show of force near another state aims at it
		{"China deployed warships near Taiwan.", "CHN>TWN"},
		// a crowd of no named state is the people of the place
		{"Thousands protested in Tehran against the government.", "IRNCVL>IRNGOV"},
		// sanctions adopted, loans approved
		{"The EU adopted a new package of sanctions against Russia.", "IGOEEC>RUS"},
		{"The World Bank approved a $500 million loan to Egypt.", "IGOWBK>EGY"},
		{"Russia launched strikes in Ukraine.", "RUS>UKR"},
		// coercion in a place of the source's own state acts on its people
		{"Algeria imposed a curfew in Algiers.", "DZA>DZACVL"},
		// victims named by a role are the people of the place
		{"An Israeli airstrike killed 10 people in Gaza.", "ISRMIL>PSECVL"},
		// weapons are not victims, a retaliation's place is not the scene
		{"Iran fired drones at Israel in retaliation for a strike on its consulate in Damascus.", "IRN>ISR"},
		// a state's own police are not its target: a show of force (154)
		// without one
		{"Russia deployed police in Moscow.", "RUS>"},
	} {
		evs, err := c.Code(Article{ID: "t", Text: tc.text})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range evs {
			got = append(got, e.Source.Code+">"+e.Target.Code)
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestLeavingAndPartners checks the rules for reduced relations: leaving an
// organisation is a break of relations with it (161, not a retreat or a
// resignation), and withdrawing from an agreement is aimed at its partner
// after "with". Sentences written for this test.
func TestLeavingAndPartners(t *testing.T) {
	c, err := NewCoder(nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ text, want string }{
		{"Mali announced its withdrawal from ECOWAS.", "MLI>IGOWAS:161"},
		{"Burkina Faso quit the Economic Community of West African States.", "BFA>IGOWAS:161"},
		{"The United States withdrew from the nuclear deal with Iran.", "USA>IRN:161"},
		// a show of force at a border aims at the state across it
		{"India mobilized troops along the Pakistani border.", "IND>PAK:154"},
		// a withdrawal from a place stays a retreat (0874)
		{"Israel withdrew from Gaza.", "ISR>PSE:0874"},
	} {
		evs, err := c.Code(Article{ID: "t", Text: tc.text})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range evs {
			got = append(got, e.Source.Code+">"+e.Target.Code+":"+e.Code)
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestAnaphoricActs checks that an act named by its noun ("the arrests")
// is aimed at the source of the latest earlier event of another state
// (target rule "the measure"; an article written for this test).
func TestAnaphoricActs(t *testing.T) {
	c, err := NewCoder(nil)
	if err != nil {
		t.Fatal(err)
	}
	evs, err := c.Code(Article{ID: "t", Text: "Kenya arrested two Ugandan opposition politicians. Uganda condemned the arrests. Kenya rejected the criticism."})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range evs {
		got = append(got, e.Source.Country+">"+e.Target.Country+":"+e.Code)
	}
	// 173 arrest, 111 condemn, 120 reject (lexicon_table.go)
	if want := "KEN>UGA:173 UGA>KEN:111 KEN>UGA:120"; strings.Join(got, " ") != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestOrderToOwnPeople checks sentences written for this test: a state's
// order to its own media, opposition or people to undergo coercion is
// that coercion (1721, restrictions on political freedoms: the "suspend"
// line's publication pattern and the "close" line's office pattern), not
// a demand (100); an order to another state's mission or to its own army
// stays what it was (100; a retreat ordered is no event of the army's).
// Peacekeepers are never the source's own forces.
func TestOrderToOwnPeople(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"The Nicaraguan government ordered the opposition newspaper La Prensa to suspend publication.", "NICGOV>NICMED:1721"},
		{"The Egyptian government ordered the Muslim Brotherhood to close its offices.", "EGYGOV>EGYOPP:1721"},
		{"Iran ordered the British embassy to close.", "IRN>GBRGOV:100"},
		{"Ivorian rebels opposed the deployment of a regional peacekeeping force.", ""},
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

// TestAppealToUnknownAddressee checks sentences written for this test: an
// appeal whose addressee is a noun phrase no table knows ("its allies")
// is aimed at that addressee, not at the state its infinitive names (020,
// the "ask" line's code, with no target); a known addressee stays the
// target (0256, appeal for a ceasefire, from "observe the ceasefire"'s
// pattern; 020 for Russia's appeal to NATO).
func TestAppealToUnknownAddressee(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"The United States asked its allies to send troops to Bosnia.", "USA>:020"},
		{"The United Nations urged Iran and Iraq to observe the ceasefire.", "IGOUNO>IRN:0256 IGOUNO>IRQ:0256"},
		{"Russia urged NATO not to expand eastward.", "RUS>IGONAT:020"},
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

// TestForcesBlocking checks sentences written for this test: forces
// blocking another state's mission impose a blockade (191, code rule
// "forces blocking: blockade"); protesters blocking roads obstruct passage
// (144, the "block" line's road pattern); and the other uses of force
// below.
func TestForcesBlocking(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Chinese coast guard vessels blocked a Philippine supply mission.", "CHNMIL>PHLGOV:191"},
		{"Kenyan protesters blocked roads in Nairobi.", "KENCVL>KENGOV:144"},
		// force used by a crowd is a violent protest (145, code rule
		// "crowd using force"), a crowd of soldiers' is force (190)
		{"Hundreds of protesters stormed the Swedish embassy in Baghdad.", "IRQCVL>SWEGOV:145"},
		{"Hundreds of Russian soldiers attacked the town of Bakhmut.", "RUSMIL>UKRCVL:190"},
		// a participle after a noun no table knows describes that noun:
		// the ship was attacked, not the navy that rescued its crew (073
		// the "rescue" line, 190 "attack")
		{"The Indian navy rescued the crew of a Liberian-flagged ship attacked by Houthi rebels.", "INDMIL>LBR:073 YEMREB>LBR:190"},
		// drones launched at a place are force (190, the "launch" line's
		// drone pattern)
		{"Russian forces launched 40 drones at Kyiv overnight.", "RUSMIL>UKRGOV:190"},
		// artillery fire exchanged is artillery fire (194, the "exchange"
		// line's pattern), both ways; not an exchange of goods (064)
		{"Pakistani and Indian troops exchanged artillery fire in Kashmir.", "PAKMIL>INDMIL:194 INDMIL>PAKMIL:194"},
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

// Measures of a state over its own people have its people as target when
// the clause names none (CAMEO 1.1b3 names: 1723 impose curfew, 1724
// impose state of emergency, 1322 threaten to ban political parties, 0344
// intent to change institutions); easing dissent answers the dissenters'
// government (082 ease political dissent). Sentences written for this test.
func TestDomesticMeasures(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Bangladesh imposed a nationwide curfew.", "BGD>BGD:1723"},
		{"Ecuador declared a state of emergency.", "ECU>ECU:1724"},
		{"Turkey threatened to ban the pro-Kurdish opposition party.", "TUR>TUR:1322"},
		{"Kazakhstan's president pledged to reform the constitution.", "KAZ>KAZ:0344"},
		{"The Kenyan opposition called off its protests.", "KEN>KEN:082"},
		{"Kenya's vice-president declined to resign.", "KEN>KEN:1231"}, // 1231 reject request for change in leadership
	}
	for _, tt := range tests {
		evs := testCoder.CodeSentence(tt.text, d("2024-05-16"))
		if got := triples(evs); got != tt.want {
			t.Errorf("%q:\n got  %s\n want %s", tt.text, got, tt.want)
		}
	}
}

// A statement about an object a state modifies is aimed at that state
// (with Options.Statements; CAMEO 016 deny responsibility). Sentence
// written for this test.
func TestStatementModifierTarget(t *testing.T) {
	c, err := NewCoder(&Options{Statements: true})
	if err != nil {
		t.Fatal(err)
	}
	if got := triples(c.CodeSentence("Iran denied responsibility for the attack on Saudi oil facilities.", d("2024-05-16"))); got != "IRN>SAU:016" {
		t.Errorf("got %s, want IRN>SAU:016", got)
	}
}
