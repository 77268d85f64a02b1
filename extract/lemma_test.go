package extract

import "testing"

// The first candidate and its inflection, by hand from the suffix rules in
// lemma.go: an irregular form gives only its base; otherwise the word
// itself comes first.
func TestVerbCandidatesOrder(t *testing.T) {
	tests := []struct {
		w     string
		cands []string
		form  verbForm // of the last candidate
	}{
		{"met", []string{"meet"}, formPast},
		{"visit", []string{"visit"}, formBase},
		{"visited", []string{"visited", "visite", "visit"}, formPast},
		{"stopped", []string{"stopped", "stoppe", "stop", "stopp"}, formPast},
		{"denied", []string{"denied", "deny"}, formPast},
		{"saying", []string{"saying", "say"}, formGerund},
		{"condemns", []string{"condemns", "condemn"}, formS},
		{"criticise", []string{"criticise", "criticize"}, formBase},
		{"pushes", []string{"pushes", "push", "pushe"}, formS},
		{"discuss", []string{"discuss"}, formBase}, // -ss is no plural
	}
	for _, tt := range tests {
		cands, forms, n := verbCandidates(tt.w)
		if n != len(tt.cands) {
			t.Errorf("verbCandidates(%q) = %q, want %q", tt.w, cands[:n], tt.cands)
			continue
		}
		for i := range tt.cands {
			if cands[i] != tt.cands[i] {
				t.Errorf("verbCandidates(%q) = %q, want %q", tt.w, cands[:n], tt.cands)
				break
			}
		}
		if forms[n-1] != tt.form {
			t.Errorf("verbCandidates(%q): form %v, want %v", tt.w, forms[n-1], tt.form)
		}
	}
}

func TestUndoubleIzeSingular(t *testing.T) {
	// undouble drops a doubled final consonant except l, s, e, o, z; a
	// doubled l always (British "cancelled"); "called" keeps "call" because
	// verbCandidates puts "call" before "cal".
	for stem, want := range map[string]string{"stopp": "stop", "cancell": "cancel", "call": "cal", "pass": "", "agre": "", "fo": "", "buzz": ""} {
		got, ok := undouble(stem)
		if ok != (want != "") || got != want {
			t.Errorf("undouble(%q) = %q, %v; want %q", stem, got, ok, want)
		}
	}
	for s, want := range map[string]string{"criticise": "criticize", "rise": "", "mobilise": "mobilize", "visit": ""} {
		if got := izeOf(s); got != want {
			t.Errorf("izeOf(%q) = %q, want %q", s, got, want)
		}
	}
	for w, want := range map[string]string{"sanctions": "sanction", "parties": "party", "talks": "talk",
		"marches": "march", "crisis": "crisis", "census": "census", "press": "press", "ties": "tie"} {
		if got := nounSingular(w); got != want {
			t.Errorf("nounSingular(%q) = %q, want %q", w, got, want)
		}
	}
}

func TestVerbCandidates(t *testing.T) {
	tests := map[string]string{
		"visited":     "visit",
		"agreed":      "agree",
		"stopped":     "stop",
		"denies":      "deny",
		"met":         "meet",
		"pushes":      "push",
		"making":      "make",
		"criticised":  "criticize",
		"stabilising": "stabilize",
		"cancelled":   "cancel",
		"withdrawn":   "withdraw",
	}
	for w, want := range tests {
		cands, _, n := verbCandidates(w)
		found := false
		for i := 0; i < n; i++ {
			if cands[i] == want {
				found = true
			}
		}
		if !found {
			t.Errorf("verbCandidates(%q) = %q, want %q among them", w, cands[:n], want)
		}
	}
}
