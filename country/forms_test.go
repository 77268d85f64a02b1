package country

import (
	"sort"
	"testing"
)

func TestFormKindString(t *testing.T) {
	want := map[FormKind]string{FormName: "name", FormFullName: "full name", FormAlias: "alias",
		FormAdjective: "adjective", FormSeat: "seat", 0: "unknown", 9: "unknown"}
	for k, s := range want {
		if k.String() != s {
			t.Errorf("FormKind(%d).String() = %q, want %q", k, k.String(), s)
		}
	}
}

func TestForms(t *testing.T) {
	usa, _ := Lookup("USA")
	forms := usa.Forms()
	byKey := map[string]Form{}
	for _, f := range forms {
		if _, dup := byKey[f.Key]; dup {
			t.Errorf("key %q repeated", f.Key)
		}
		byKey[f.Key] = f
	}
	tests := []Form{
		// From the USA row of the table; keys by Normalize's rules.
		{Text: "United States", Key: "united states", Kind: FormName},
		{Text: "United States of America", Key: "united states of america", Kind: FormFullName},
		{Text: "US", Key: "us", Kind: FormAlias, CaseSensitive: true},
		{Text: "America", Key: "america", Kind: FormAlias},
		{Text: "Americans", Key: "americans", Kind: FormAdjective},
		{Text: "the White House", Key: "white house", Kind: FormSeat},
		{Text: "Washington, D.C.", Key: "washington dc", Kind: FormSeat},
	}
	for _, want := range tests {
		if got, ok := byKey[want.Key]; !ok || got != want {
			t.Errorf("form %q = %+v, want %+v", want.Key, got, want)
		}
	}
	// "U.S." has the key "us" of "US", which came first.
	if byKey["us"].Text != "US" {
		t.Errorf("the key \"us\" kept %q", byKey["us"].Text)
	}
	// The Holy See: "Vatican" is an alias before it is a seat.
	vat, _ := Lookup("VAT")
	for _, f := range vat.Forms() {
		if f.Key == "vatican" && f.Kind != FormAlias {
			t.Errorf("Vatican is a %s, want alias", f.Kind)
		}
	}
	if (Country{}).Forms() != nil {
		t.Error("the zero Country has forms")
	}
}

func TestIsAcronym(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"US", true}, {"U.S.", true}, {"USA", true}, {"DPRK", true}, {"BiH", true}, {"CAR", true},
		{"ČSSR", true}, {"Lao", false}, {"Chad", false}, {"UNITED", false}, {"United States", false},
		{"D.R. Congo", false}, {"U", false}, {"", false},
	}
	for _, tt := range tests {
		if got := isAcronym(tt.s); got != tt.want {
			t.Errorf("isAcronym(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

func TestPhrases(t *testing.T) {
	ps := Phrases()
	if !sort.SliceIsSorted(ps, func(a, b int) bool {
		if ps[a].Key != ps[b].Key {
			return ps[a].Key < ps[b].Key
		}
		return ps[a].Code < ps[b].Code
	}) {
		t.Error("Phrases() is not sorted by key, then code")
	}
	n := 0
	for _, c := range All() {
		n += len(c.Forms())
	}
	if len(ps) != n {
		t.Errorf("Phrases() has %d entries, the entries' Forms %d", len(ps), n)
	}
	for _, p := range ps {
		if p.Key != Normalize(p.Text) {
			t.Errorf("phrase %q has key %q, Normalize gives %q", p.Text, p.Key, Normalize(p.Text))
		}
		c, ok := Lookup(p.Code)
		if !ok || c.Kind != p.Kind || c.From != p.From || c.Until != p.Until {
			t.Errorf("phrase %q: code %s kind %s years %d–%d disagree with the table", p.Text, p.Code, p.Kind, p.From, p.Until)
		}
	}
}

var sinkPhrases []Phrase

func BenchmarkPhrases(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sinkPhrases = Phrases()
	}
}
