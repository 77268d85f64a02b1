package extract

import (
	"errors"
	"strings"
	"testing"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/internal/sharedtest"
)

const sampleVerbs = `<!-- a test verb dictionary in PETRARCH's format -->
&TIETYPES_
+MILITARY
+ECONOMIC

--- RESTORE  [064]  ---
RESTORE    # a comment
- * FULL_DIPLOMATIC  [050]
- * &TIETYPES TIES [061]
- NOT * RELATIONS  [12]
- * WEIS_ONLY  [345]

--- ACCUSE  [112] ---
ACCUSE
+BLAME
KLM_NOP_+RST [002]

--- BURN [---] ---
BURN
- * FLAG  [1711]
`

func TestParseVerbs(t *testing.T) {
	d, err := ParseVerbs(strings.NewReader(sampleVerbs), "sample")
	if err != nil {
		t.Fatal(err)
	}
	rep := d.Report()
	// RESTORE, ACCUSE, BLAME, BURN; the multi-word verb is filtered
	if d.Len() != 4 || rep.Rejected != 0 || rep.Filtered != 1 || !rep.Balanced() {
		t.Fatalf("%d verbs, %s %v", d.Len(), rep.RowsLine(), rep.Samples)
	}
	for verb, want := range map[string]string{"restore": "064", "BLAME": "112", "burn": ""} {
		if got, ok := d.Code(verb); !ok || got != want {
			t.Errorf("Code(%q) = %q, %v; want %q", verb, got, ok, want)
		}
	}
	if _, ok := d.Code("visit"); ok {
		t.Error("visit is not in the dictionary")
	}
	for src, want := range map[string]string{
		"- * X [010]":                         "a pattern outside a verb block",
		"--- A ---":                           "a block header needs a [code]",
		"--- A [010] ---\nA\n- * &NOPE [010]": "unknown synset",
		"--- A [010] ---\nA\n- X [010]":       "verb's place",
		"+B":                                  "outside a synset or verb list",
		"A [010]":                             "a verb outside a verb block",
	} {
		bd, err := ParseVerbs(strings.NewReader(src), "bad")
		if err != nil {
			t.Fatal(err)
		}
		rep := bd.Report()
		if rep.Rejected != 1 || !rep.Balanced() || !errors.Is(rep.Samples[0], dataset.ErrSyntax) || !strings.Contains(rep.Samples[0].Error(), want) {
			t.Errorf("ParseVerbs(%q): %s %v, want one rejection with %q", src, rep.RowsLine(), rep.Samples, want)
		}
	}
}

// The dictionary's codes and patterns replace the built-in lexicon's for
// its verbs; codes outside CAMEO code nothing.
func TestCoderWithVerbs(t *testing.T) {
	verbs, err := ParseVerbs(strings.NewReader(sampleVerbs), "sample")
	if err != nil {
		t.Fatal(err)
	}
	c, err := NewCoder(&Options{Verbs: []*VerbDictionary{verbs}})
	if err != nil {
		t.Fatal(err)
	}
	pub := d("2024-05-16")
	for text, want := range map[string]string{
		"Russia restored relations with Georgia.":                 "RUS>GEO:064",
		"Russia restored full diplomatic relations with Georgia.": "RUS>GEO:050",
		"Russia restored its military ties with Georgia.":         "RUS>GEO:061",
		"Russia restored weis only ties with Georgia.":            "",
		"Russia blamed Georgia.":                                  "RUS>GEO:112",
		"Protesters in Iran burned the US flag.":                  "IRN>USA:1711",
		"Russia burned Georgia's documents.":                      "",
		"Xi welcomed Putin.":                                      "CHN>RUS:043", // not in the dictionary: built-in
	} {
		if got := triples(c.CodeSentence(text, pub)); got != want {
			t.Errorf("%q: got %s, want %s", text, got, want)
		}
	}
	if _, err := NewCoder(&Options{Verbs: []*VerbDictionary{nil}}); err == nil {
		t.Error("a nil verb dictionary must fail")
	}
}

// PETR.Validate.verbs.txt loads, with the two kinds of lines outside the
// subset read (multi-word verbs) filtered and nothing rejected.
func TestLoadPETRVerbs(t *testing.T) {
	vd, err := LoadVerbs(sharedtest.Path(t, "data/petrarch2/PETR.Validate.verbs.txt"))
	if err != nil {
		t.Fatal(err)
	}
	rep := vd.Report()
	if vd.Len() < 200 || rep.Rejected != 0 || !rep.Balanced() {
		t.Fatalf("%d verbs, %s %v", vd.Len(), rep.RowsLine(), rep.Samples)
	}
	if code, ok := vd.Code("restore"); !ok || code != "064" {
		t.Errorf("restore: %q %v", code, ok)
	}
	actors, _ := LoadActors(sharedtest.Path(t, "data/petrarch2/PETR.Validate.actors.txt"))
	agents, _ := LoadAgents(sharedtest.Path(t, "data/petrarch2/PETR.Validate.agents.txt"))
	c, err := NewCoder(&Options{Dictionaries: []*ActorDictionary{actors}, Agents: []*AgentDictionary{agents}, Verbs: []*VerbDictionary{vd}, OnlyDictionaries: true})
	if err != nil {
		t.Fatal(err)
	}
	// PETR.UnitTest.records.xml: "Arnor security officials are about to
	// restore full diplomatic ties with Gondor police." is ARNGOV→GONCOP 064
	if got := triples(c.CodeSentence("Arnor is about to restore full diplomatic ties with Gondor.", d("1995-01-01"))); got != "ARN>GON:064" {
		t.Errorf("restore ties: %s", got)
	}
}

func FuzzParseVerbs(f *testing.F) {
	f.Add(sampleVerbs)
	f.Add("&A\n+B_C\n--- X [01] ---\nX {Y}\n- &A_* [02]\n<!-- x")
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseVerbs(strings.NewReader(s), "fuzz")
		if err != nil {
			return
		}
		if !d.Report().Balanced() {
			t.Fatalf("unbalanced report for %q", s)
		}
	})
}
