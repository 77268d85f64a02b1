package extract

import (
	"testing"

	"github.com/entente/entente/dataset"
)

// Coordination, "of" phrases, separatist entities and pair modifiers, seen
// through Coder.Mentions on sentences written for this test; codes from
// the country table and the agents table's sectors.
func TestMentionsCoordination(t *testing.T) {
	day := d("2024-05-16")
	tests := []struct{ text, want string }{
		// "and", ", and", "as well as" join phrases into one mention
		{"France, Germany and Italy agreed.", "France, Germany and Italy=FRA,DEU,ITA"},
		{"Japan as well as South Korea protested.", "Japan as well as South Korea=JPN,KOR"},
		// a comma before "a" is an apposition, not a list
		{"Pakistan, a key ally, objected.", "Pakistan=PAK"},
		// a bare role takes the state of the actor it belongs to
		// (supporters: CVL, agents_table.go; Maduro's state VEN)
		{"Supporters of President Maduro rallied.", "Supporters of President Maduro=VENCVL"},
		// an outsider's role keeps its own sector over an institution's
		// (outsiderRoles: supporters are CVL, opponents OPP, agents_table.go),
		// however the state is named; an insider takes the institution's
		// (a member of parliament is LEG)
		{"Supporters of the Lithuanian parliament met.", "Supporters of the Lithuanian parliament=LTUCVL"},
		{"Supporters of the parliament of Lithuania met.", "Supporters of the parliament of Lithuania=LTUCVL"},
		{"Supporters of the Venezuelan government met.", "Supporters of the Venezuelan government=VENCVL"},
		{"Opponents of the Venezuelan government met.", "Opponents of the Venezuelan government=VENOPP"},
		{"Members of the Lithuanian parliament met.", "Lithuanian parliament=LTULEG"},
		// a self-proclaimed entity is its state's rebels; without the word,
		// Abkhazia is a place of Georgia (places_table.go), its civilians
		{"The self-proclaimed Abkhazia protested.", "Abkhazia=GEOREB"},
		{"The breakaway region of Abkhazia protested.", "Abkhazia=GEOCVL"},
		// hyphenated pairs modify the noun after them
		{"US-China trade talks resumed.", "~US-China=USA,CHN"},
	}
	for _, tt := range tests {
		if got := codes(testCoder.Mentions(tt.text, day)); got != tt.want {
			t.Errorf("%q:\n got  %s\n want %s", tt.text, got, tt.want)
		}
	}
}

func TestCoordGap(t *testing.T) {
	tests := []struct {
		gap             string
		comma, conj, ok bool
	}{
		{"and", false, true, true},
		{", and", true, true, true},
		{",", true, false, true},
		{"as well as", false, true, true},
		{"and the", false, true, true},
		{"and a group of", false, true, true},
		{", a", false, false, false}, // apposition
		{"of", false, false, false},
		{"but", false, false, false},
	}
	for _, tt := range tests {
		toks := tokenize(tt.gap)
		comma, conj, ok := coordGap(toks, 0, len(toks))
		if comma != tt.comma || conj != tt.conj || ok != tt.ok {
			t.Errorf("coordGap(%q) = %v %v %v, want %v %v %v", tt.gap, comma, conj, ok, tt.comma, tt.conj, tt.ok)
		}
	}
}

func TestCoordHelpers(t *testing.T) {
	toks := tokenize("the self-proclaimed Donetsk")
	if !separatistBefore(toks, 0, len(toks)-1) {
		t.Error("self-proclaimed is a separatist word")
	}
	toks = tokenize("the Russian Donetsk")
	if separatistBefore(toks, 0, len(toks)-1) {
		t.Error("Russian is no separatist word")
	}
	as := asRebels([]dataset.Actor{makeActor("UKR", "", "Donetsk"), makeActor("UKR", "MIL", ""), makeActor("IGOUNO", "IGO", "")})
	if as[0].Code != "UKRREB" || as[1].Code != "UKRMIL" || as[2].Code != "IGOUNO" {
		t.Errorf("asRebels = %v; want UKRREB, UKRMIL kept, IGOUNO kept", as)
	}
	toks = tokenize("Russia captured Damascus")
	if !objectOfVerb(toks, 0, 2) {
		t.Error("Damascus is the object of captured")
	}
	toks = tokenize("in Damascus")
	if objectOfVerb(toks, 0, 1) {
		t.Error("Damascus after a preposition is no object")
	}
	toks = tokenize("Yesterday, both Russia and China")
	if !clauseStart(toks, 0, 3) || clauseStart(toks, 0, 5) {
		t.Error("clauseStart: Russia opens the clause after the comma, China does not")
	}
	toks = tokenize("China will respond")
	if !clauseAfter(toks, 1, len(toks)) {
		t.Error("clauseAfter: will")
	}
}
