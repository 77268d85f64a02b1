package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/entente/entente/cameo"
	"github.com/entente/entente/dataset"
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
