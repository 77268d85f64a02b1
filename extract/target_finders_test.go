package extract

import (
	"strings"
	"testing"
	"time"
)

// The target finders of targetRules on sentences written for this test
// (CAMEO 1.1b3 codes: 163 impose embargo, boycott, or sanctions; 042 make
// a visit; 111 criticize or denounce).
func TestTargetFinders(t *testing.T) {
	tests := []struct{ text, want, rule string }{
		// the state modifying the object / the goods' origin
		{"The EU imposed tariffs on Chinese imports.", "IGOEEC>CHN:163", ""}, // the noun's own target
		{"The US imposed tariffs on imports from China.", "USA>CHN:163", "target: the state the goods come from"},
	}
	for _, tt := range tests {
		got, rule := ruleEvents(tt.text)
		if got != tt.want || !strings.Contains(rule, tt.rule) {
			t.Errorf("%q: %s (%s), want %s by %q", tt.text, got, rule, tt.want, tt.rule)
		}
	}
}

// Finders that need the article: the partner of the article's pair, the
// source of the act named before, the state across a border (CAMEO
// 1.1b3: 042 make a visit, 111 criticize or denounce, 154 mobilize or
// increase armed forces). Articles written for this test.
func TestTargetFindersInArticles(t *testing.T) {
	tests := []struct{ text, want, rule string }{
		{"Xi Jinping hosted Vladimir Putin in Beijing. Putin arrived on Thursday.", "RUS>CHN:042", "visit without destination: the article's partner"},
		{"The United States imposed sanctions on Venezuela. Maduro condemned the measure.", "VEN>USA:111", "the measure: the latest earlier event's source"},
		{"Russia deployed troops near the border with Ukraine.", "RUS>UKR:154", "show of force at a border: the state across it"},
	}
	for _, tt := range tests {
		evs, err := testCoder.Code(Article{ID: "t", Published: time.Date(2024, 5, 16, 0, 0, 0, 0, time.UTC), Text: tt.text})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, e := range evs {
			if actorKey(e.Source)+">"+actorKey(e.Target)+":"+e.Code == tt.want && strings.Contains(e.Evidence[0].Rule, tt.rule) {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no %s by %q in %d events", tt.text, tt.want, tt.rule, len(evs))
		}
	}
}

func TestTargetFinderWords(t *testing.T) {
	for text, want := range map[string]bool{
		"the measure":         true,
		"this step":           true,
		"the new sanctions":   true,
		"the measure by Iran": false, // names its actor
		"a measure":           false,
		"the Kremlin":         false,
	} {
		toks := tokenize(text)
		if got := anaphoricAct(toks, 0, len(toks)); got != want {
			t.Errorf("anaphoricAct(%q) = %v, want %v", text, got, want)
		}
	}
	for text, want := range map[string]bool{"the diplomats to leave": true, "them to quit the talks": true, "them to stay": false} {
		toks := tokenize(text)
		if got := leaveAfter(toks, 0, len(toks)); got != want {
			t.Errorf("leaveAfter(%q) = %v, want %v", text, got, want)
		}
	}
	for n, want := range map[string]bool{"US diplomats": true, "the Russian ambassador": true, "Chargé d'affaires": true, "troops": false} {
		if got := diplomatName(n); got != want {
			t.Errorf("diplomatName(%q) = %v, want %v", n, got, want)
		}
	}
}
