package extract

import (
	"os"
	"sort"
	"strings"
	"testing"
)

// review10Case is one line of testdata/review10.tsv: a news sentence and
// the triples a careful coder gives it (none: no event).
type review10Case struct {
	line int
	text string
	want []string // "SRC-TGT-CODE"
}

func readReview10(t *testing.T) []review10Case {
	t.Helper()
	data, err := os.ReadFile("testdata/review10.tsv")
	if err != nil {
		t.Fatal(err)
	}
	var out []review10Case
	for i, line := range strings.Split(string(data), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 2 {
			t.Fatalf("review10.tsv:%d: %d fields, want 2", i+1, len(f))
		}
		c := review10Case{line: i + 1, text: f[0]}
		for _, w := range strings.Split(f[1], ";") {
			if w != "" {
				c.want = append(c.want, w)
			}
		}
		out = append(out, c)
	}
	return out
}

// review10Triples are the coded events as deduplicated SRC-TGT-CODE
// triples (UNK for a missing actor).
func review10Triples(c *Coder, text string) []string {
	seen := map[string]bool{}
	var out []string
	for _, e := range c.CodeSentence(text, d("2025-06-12")) {
		src, tgt := actorKey(e.Source), actorKey(e.Target)
		if src == "" {
			src = "UNK"
		}
		if tgt == "" {
			tgt = "UNK"
		}
		k := src + "-" + tgt + "-" + e.Code
		if !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// review10Match: got is exactly want, an actor matched as in coverage.tsv
// (an organisation's code may carry a sector after the one expected).
func review10Match(got, want []string) bool {
	if len(got) != len(want) {
		return false
	}
	used := make([]bool, len(got))
	for _, w := range want {
		wf := strings.Split(w, "-")
		found := false
		for i, g := range got {
			gf := strings.Split(g, "-")
			if used[i] || len(gf) != 3 || len(wf) != 3 {
				continue
			}
			if coverageActor(gf[0], wf[0]) && coverageActor(gf[1], wf[1]) && gf[2] == wf[2] {
				used[i], found = true, true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// TestReview10 codes the reviewer's sentences of round 10 with the
// default options and counts those fully right (the exact set of
// triples). Before the round's fixes (commit de82f9e): 94 of 150 by this
// test's matching (the reviewer counted 95). The floor is the count at the
// latest fix (133 after the round-10 fixes); the misses are listed with
// -v. A TUNING figure: the fixes were made against these sentences. Of the
// misses left, six are statements (01x), which the default options do not
// code, and three hostings whose guest's visit (042) the reviewer also
// wants: coding it cost three PLOVER train sentences, so it was dropped.
func TestReview10(t *testing.T) {
	c, err := NewCoder(nil)
	if err != nil {
		t.Fatal(err)
	}
	cases := readReview10(t)
	exact := 0
	for _, rc := range cases {
		got := review10Triples(c, rc.text)
		if review10Match(got, rc.want) {
			exact++
			continue
		}
		t.Logf("review10.tsv:%d: %s\n    want %s\n    got  %s", rc.line, rc.text, strings.Join(rc.want, ";"), strings.Join(got, ";"))
	}
	t.Logf("review10: %d of %d fully right", exact, len(cases))
	const floor = 133
	if exact < floor {
		t.Errorf("review10 fell: %d fully right (floor %d)", exact, floor)
	}
}
