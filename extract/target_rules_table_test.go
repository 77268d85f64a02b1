package extract

import (
	"testing"

	"github.com/entente/entente/cameo"
)

func TestTargetRulesTable(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range targetRules {
		if r.name == "" || seen[r.name] || r.find == nil {
			t.Errorf("rule %q: unnamed, repeated or without find", r.name)
		}
		seen[r.name] = true
		for _, c := range append(append([]string(nil), r.codes...), r.nounCodes...) {
			if !cameo.Valid(c) {
				t.Errorf("rule %q: %q is not a CAMEO code", r.name, c)
			}
		}
	}
}

// A rule's roots are CAMEO roots ("16", not "016"), and a rule restricted
// to event nouns also says which codes or roots it serves (else it would
// apply to every event whose noun matches, whatever the verb coded).
func TestTargetRulesRoots(t *testing.T) {
	for _, r := range targetRules {
		for _, root := range r.roots {
			if info, ok := cameo.Lookup(root); !ok || info.Level != cameo.LevelRoot {
				t.Errorf("rule %q: %q is not a CAMEO root", r.name, root)
			}
		}
		if len(r.nounCodes) > 0 && len(r.codes) == 0 && len(r.roots) == 0 {
			t.Errorf("rule %q: noun codes without codes or roots", r.name)
		}
	}
}
