package extract

import "testing"

// Phrase assembly seen through Coder.Mentions on sentences written for
// this test: a state's name or adjective, modifiers and a role noun make
// one actor; a sponsor compound stays a modifier; a company name is no
// state; a title and a name make a person. Codes from the country and
// agents tables.
func TestMentionsPhrases(t *testing.T) {
	day := d("2024-05-16")
	tests := []struct{ text, want string }{
		{"Chinese state media reported.", "Chinese state media=CHNGOV"}, // "state media" is a GOV agent
		{"Nigeria's junior foreign minister spoke.", "Nigeria's junior foreign minister=NGAGOV"},
		{"Vietnamese-led forces advanced.", "Vietnamese-led forces=VNMMIL"},
		{"China National Petroleum Corporation signed.", "China National Petroleum Corporation=CHNBUS"}, // a company of China
		{"Japan cut ties with Taiwan.", "Japan=JPN Taiwan=TWN"},                                         // "cut" is the verb
		{"the Ukraine crisis", "~Ukraine=UKR"},
		{"Moldova demanded that Romania send troops.", "Moldova=MDA Romania=ROU"}, // "send" is the subjunctive's verb
		// an attitude prefix ("pro-Western") is a modifier between the
		// possessor and the role (the reviewer's finding of round 10)
		{"Moldova's pro-Western president met Macron.", "Moldova's pro-Western president=MDAGOV Macron=FRAGOV"},
	}
	for _, tt := range tests {
		if got := codes(testCoder.Mentions(tt.text, day)); got != tt.want {
			t.Errorf("%q:\n got  %s\n want %s", tt.text, got, tt.want)
		}
	}
	// A sponsor compound names no actor: "Russian-backed separatists" are
	// separatists (a role, REB) of no named state, not Russia's.
	ms := testCoder.Mentions("Russian-backed separatists attacked.", day)
	if len(ms) != 1 || ms[0].Kind != "role" || ms[0].Text != "separatists" || ms[0].Actors[0].Sector != "REB" || ms[0].Actors[0].Country != "" {
		t.Errorf("Russian-backed separatists: %+v", ms)
	}
}

// The gap tests between the parts of a phrase, on token lists.
func TestPhraseGaps(t *testing.T) {
	gap := func(s string) []token { return tokenize(s) }
	// after, the tokens after the first word of a phrase ("Nicaragua" +
	// "'s Sandinista"): a leading "'s" or glued hyphen tokenizes as in text
	after := func(s string) []token { return tokenize(s)[1:] }
	for s, want := range map[string]bool{"Niger's": true, "Niger's new": true, "Nicaragua's Sandinista": true, "Niger's the": false, "Niger new": false} {
		if got := possessiveGap(after(s)); got != want {
			t.Errorf("possessiveGap(%q) = %v, want %v", s, got, want)
		}
	}
	for s, want := range map[string]bool{"Vietnamese-led": true, "Russian-backed": false} {
		if got := onlyModifiers(after(s)); got != want {
			t.Errorf("onlyModifiers(%q) = %v, want %v", s, got, want)
		}
	}
	for s, want := range map[string]bool{"": true, "state": true, "junior foreign": true,
		"a b c d": false, "of": false, "cut": false, "and": false} {
		if got := onlyModifiers(gap(s)); got != want {
			t.Errorf("onlyModifiers(%q) = %v, want %v", s, got, want)
		}
	}
	for s, want := range map[string]bool{"of": true, "in the": true, "from two aid": true, "from the": true, "to": false,
		"of the Big": false, "in a very long row": false, "": false} {
		if got := ofGap(gap(s)); got != want {
			t.Errorf("ofGap(%q) = %v, want %v", s, got, want)
		}
	}
	if !appositionGap(gap(",")) || appositionGap(gap(", and")) {
		t.Error("appositionGap")
	}
}

func TestPhraseWords(t *testing.T) {
	for w, want := range map[string]bool{"visited": true, "ran": true, "cut": true, "relies": true, "ties": true /* "tie" */, "crisis": false, "oil": false} {
		if got := looksVerb(w); got != want {
			t.Errorf("looksVerb(%q) = %v, want %v", w, got, want)
		}
	}
	for s, want := range map[string]bool{"crisis": true, "oil": true, "imports": false /* "import" is a verb */, "relies": false, "today": false, "Minister": false, "quickly": false} {
		toks := tokenize(s)
		if got := isNounish(&toks[0]); got != want {
			t.Errorf("isNounish(%q) = %v, want %v", s, got, want)
		}
	}
	toks := tokenize("China National Petroleum Corporation signed")
	if got := companyName(toks, 1, len(toks)); got != 4 {
		t.Errorf("companyName = %d, want 4 (after Corporation)", got)
	}
	if got := companyName(toks, 4, len(toks)); got != 4 {
		t.Errorf("companyName at a lower-case word = %d, want 4", got)
	}
	toks = tokenize("President Abdelaziz Bouteflicka said")
	if got := titledName(toks, 1, len(toks)); got != 3 {
		t.Errorf("titledName = %d, want 3", got)
	}
	toks = tokenize("President Monday Said")
	if got := titledName(toks, 1, len(toks)); got != 1 {
		t.Errorf("titledName over a weekday = %d, want none", got)
	}
	toks = tokenize("forsake its program")
	if !verbBeforeDeterminer(toks, 0, len(toks)) {
		t.Error("verbBeforeDeterminer: forsake its")
	}
}

// TestOwnerParticiple: an ownership hyphen participle ("British-owned")
// names the owner as a modifier, like "Greek-flagged", and the owner is
// the target of an act on the thing (the reviewer's sentence of round
// 10: 181 by the "hijack" line); a sponsor participle ("Iranian-backed")
// still names no actor.
func TestOwnerParticiple(t *testing.T) {
	codeCases(t, []struct{ text, want string }{
		{"Houthi rebels hijacked a British-owned cargo ship in the Red Sea.", "YEM>GBR:181"},
	})
	for _, m := range testCoder.Mentions("Iranian-backed militias attacked the base.", d("2025-06-12")) {
		if m.Text == "Iranian" {
			t.Errorf("a sponsor participle made a mention: %+v", m)
		}
	}
}
