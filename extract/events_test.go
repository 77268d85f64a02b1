package extract

import (
	"reflect"
	"testing"

	"github.com/entente/entente/dataset"
)

// sameActor: one state with the same sector, or a state and its
// government, or the same organisation; a state and its rebels are two.
func TestSameActor(t *testing.T) {
	rus := makeActor("RUS", "", "")
	tests := []struct {
		a, b dataset.Actor
		want bool
	}{
		{rus, makeActor("RUS", "", ""), true},
		{rus, makeActor("RUS", "GOV", ""), true},
		{makeActor("RUS", "GOV", ""), rus, true},
		{makeActor("RUS", "MIL", ""), makeActor("RUS", "MIL", ""), true},
		{rus, makeActor("RUS", "REB", ""), false},
		{makeActor("RUS", "GOV", ""), makeActor("RUS", "MIL", ""), false},
		{rus, makeActor("UKR", "", ""), false},
		{makeActor("IGOUNO", "IGO", ""), makeActor("IGOUNO", "IGO", ""), true},
		{makeActor("IGOUNO", "IGO", ""), makeActor("IGONAT", "IGO", ""), false},
		{dataset.Actor{}, dataset.Actor{}, false}, // unknown sides are never the same
	}
	for _, tt := range tests {
		if got := sameActor(tt.a, tt.b); got != tt.want {
			t.Errorf("sameActor(%s, %s) = %v, want %v", tt.a.Code, tt.b.Code, got, tt.want)
		}
	}
}

// sidesOK (events.go's comment): force may have its victims alone;
// statements, appeals and threats may lack a target; visits, cooperation
// and criticism need one. Codes from the CAMEO 1.1b3 codebook: 190 use
// conventional military force, 020 make an appeal, 138 threaten with
// military force, 042 make a visit, 111 criticize or denounce.
func TestSidesOK(t *testing.T) {
	a := []dataset.Actor{makeActor("RUS", "", "")}
	tests := []struct {
		code     string
		src, tgt []dataset.Actor
		want     bool
	}{
		{"190", nil, a, true},
		{"042", nil, a, false},
		{"020", a, nil, true},
		{"138", a, nil, true},
		{"042", a, nil, false},
		{"111", a, nil, false},
		{"042", a, a, true},
		{"190", nil, nil, false},
	}
	for _, tt := range tests {
		if got := sidesOK(tt.code, tt.src, tt.tgt); got != tt.want {
			t.Errorf("sidesOK(%s, %d sources, %d targets) = %v, want %v", tt.code, len(tt.src), len(tt.tgt), got, tt.want)
		}
	}
}

func TestStateCounts(t *testing.T) {
	as := []dataset.Actor{makeActor("RUS", "GOV", ""), makeActor("RUS", "MIL", ""), makeActor("CHN", "", ""), makeActor("IGOUNO", "IGO", "")}
	if got := stateCodes(as); !reflect.DeepEqual(got, []string{"RUS", "CHN"}) {
		t.Errorf("stateCodes = %v, want [RUS CHN]", got)
	}
	if got := countStates(as); got != 3 { // RUS, CHN and the UN by its code
		t.Errorf("countStates = %d, want 3", got)
	}
	d := &docState{pair: []string{"CHN", "RUS"}}
	if d.partner(as[:1]) != "CHN" || d.partner([]dataset.Actor{makeActor("USA", "", "")}) != "" || d.partner(nil) != "" {
		t.Error("partner: RUS's partner is CHN; USA and nobody have none")
	}
}

// A reciprocal verb with a compound subject codes both directions
// (pairEvents); an actor never acts on itself (cross). Sentences written
// for this test; 046 engage in negotiation (CAMEO 1.1b3: talks).
func TestEventsBothWays(t *testing.T) {
	if got, _ := ruleEvents("China and Russia held talks."); got != "CHN>RUS:046 RUS>CHN:046" {
		t.Errorf("reciprocal talks: %q", got)
	}
	if got, _ := ruleEvents("Russia met Russia."); got != "" {
		t.Errorf("an actor met itself: %q", got)
	}
}

// TestReactionOwnPeopleAbroad: a reaction to an act on one's own nationals
// aims at the state of the place it happened (the reviewer's sentence of
// round 10, 111 by "condemn"; one written for this test, 114 by "protest"
// from a state), not at oneself; another state's nationals stay the
// target (the negative case).
func TestReactionOwnPeopleAbroad(t *testing.T) {
	codeCases(t, []struct{ text, want string }{
		{"Germany condemned the arrest of a German journalist in Turkey.", "DEU>TUR:111"},
		{"France protested the detention of French citizens in Iran.", "FRA>IRN:114"},
		{"Germany condemned the arrest of a Turkish journalist in Turkey.", "DEU>TUR:111"},
		// an appeal too (0253 by the "release" noun's family; coverage.tsv)
		{"The French foreign ministry called for the release of a French researcher held in Russia.", "FRA>RUS:0253"},
	})
}

// TestPassiveSentForces: forces sent by a passive verb without an agent
// are their own state's act on the destination (074 by the "deploy"
// line's peacekeeper pattern, 154 its default; the reviewer's sentence of
// round 10 and one written for this test); a passive without forces keeps
// the subject as the target ("was attacked": the negative case).
func TestPassiveSentForces(t *testing.T) {
	codeCases(t, []struct{ text, want string }{
		{"Indian peacekeepers were deployed to South Sudan under the UN mission.", "IND>SSD:074"},
		{"Russian troops were deployed to Belarus.", "RUS>BLR:154"},
		{"The Russian embassy in Kyiv was attacked.", ">RUS:190"},
	})
}

// TestOwnPeopleAbroadAgent: a reaction to an act on one's own nationals
// abroad aims at the place's state (DEU>TUR, the "own people abroad" rule)
// unless the object names the act's agent (a by-phrase, militants): then
// the place gives no target (the reviewer's sentence of round 10, which
// coded USA>IRQ; the by-agent rule names Islamic State, IMGMOSISI in the
// actor tables).
func TestOwnPeopleAbroadAgent(t *testing.T) {
	codeCases(t, []struct{ text, want string }{
		{"The United States condemned the killing of American soldiers in Iraq by Islamic State militants.", "USA>IMGMOSISI:111"},
		{"Germany condemned the arrest of a German journalist in Turkey.", "DEU>TUR:111"},
	})
}
