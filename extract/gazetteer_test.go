package extract

import (
	"reflect"
	"strings"
	"testing"
)

// lookup returns the entities the default gazetteer holds for a phrase
// (its normalised words).
func gazLookup(phrase string) []*entity {
	key := nameKeys(phrase)[0]
	words := strings.Fields(key)
	var out []*entity
	for _, e := range defaultGazetteer().byFirst[words[0]] {
		if equalWords(e.words, words) {
			out = append(out, e.ent)
		}
	}
	return out
}

// The sources' precedence (buildGazetteer): a country's name is never
// read as a place or a person; seats stand for the government, places for
// civilians; the tables' rows come through with their kinds.
func TestGazetteerEntries(t *testing.T) {
	tests := []struct {
		phrase string
		kind   entKind
		code   string
		sector string
	}{
		{"China", entCountry, "CHN", ""},
		{"Chinese", entAdj, "CHN", ""},
		{"Kremlin", entSeat, "RUS", "GOV"},
		{"Basra", entPlace, "IRQ", "CVL"}, // places_table.go
		{"Pentagon", entSeat, "USA", "GOV"},
		{"NATO", entGroup, "", ""},
		{"Xi Jinping", entPerson, "", ""},
		{"president", entAgent, "", "GOV"}, // agents_table.go
		{"presidents", entAgent, "", "GOV"},
		{"police", entAgent, "", "COP"},
	}
	for _, tt := range tests {
		es := gazLookup(tt.phrase)
		if len(es) == 0 {
			t.Errorf("%q: not in the gazetteer", tt.phrase)
			continue
		}
		e := es[0]
		if e.kind != tt.kind || tt.code != "" && !hasCode(e.codes, tt.code) || tt.sector != "" && e.sector != tt.sector {
			t.Errorf("%q: kind %d codes %v sector %q; want %d %s %q", tt.phrase, e.kind, e.codes, e.sector, tt.kind, tt.code, tt.sector)
		}
	}
	// Entries are sorted longest phrase first under each first word.
	for w, list := range defaultGazetteer().byFirst {
		for i := 1; i < len(list); i++ {
			if len(list[i].words) > len(list[i-1].words) {
				t.Fatalf("%q: entry %d longer than the one before", w, i)
			}
		}
	}
}

func TestGazetteerWords(t *testing.T) {
	for w, want := range map[string]string{"party": "parties", "day": "days", "minister": "ministers", "bus": "buses",
		"tax": "taxes", "church": "churches", "man": "men", "police": "police", "army": "armies", "": ""} {
		if got := pluralWord(w); got != want {
			t.Errorf("pluralWord(%q) = %q, want %q", w, got, want)
		}
	}
	for k, want := range map[string]string{"foreign minister": "foreign ministers", "head of state": "head of states", "official": "officials"} {
		if got := pluralPhrase(k); got != want {
			t.Errorf("pluralPhrase(%q) = %q, want %q", k, got, want)
		}
	}
	// two to six letters, all upper case ("G-20" has one letter)
	for s, want := range map[string]bool{"UN": true, "U.S.": true, "WHO": true, "E.U.": true, "G-20": false, "Who": false, "A": false, "NATO/EU": false, "ABCDEFG": false} {
		if got := isAcronymText(s); got != want {
			t.Errorf("isAcronymText(%q) = %v, want %v", s, got, want)
		}
	}
	for s, want := range map[string]bool{"Venezuelans": true, "Afghans": true, "Chinese": false, "Swiss": false, "Us": false} {
		if got := isPluralDemonym(s); got != want {
			t.Errorf("isPluralDemonym(%q) = %v, want %v", s, got, want)
		}
	}
	// A possessive is matched both joined and split, as the tokenizer splits it.
	if got := nameKeys("People's Republic"); len(got) != 2 || !strings.Contains(got[1], "people 's") && !strings.Contains(got[1], "people s") {
		t.Errorf("nameKeys(People's Republic) = %q, want two keys, the second split", got)
	}
	if got := nameKeys("Xi Jinping"); !reflect.DeepEqual(got, []string{"xi jinping"}) {
		t.Errorf("nameKeys(Xi Jinping) = %q", got)
	}
}
