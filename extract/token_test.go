package extract

import "testing"

// TestTokenizeRePrefix checks the tokens of a verb written with the prefix
// "re-": one word whose lower-case form is the verb without it, so that
// the lexicon's entry codes it ("re-imposed" imposes again); the text keeps
// the hyphen, and other hyphenated words stay three tokens.
func TestTokenizeRePrefix(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string // low of every token
	}{
		{"re-imposed sanctions", []string{"imposed", "sanctions"}},
		{"Re-open", []string{"open"}},
		{"pre-war", []string{"pre", "-", "war"}},
		{"re-", []string{"re", "-"}},
		{"Russian-backed", []string{"russian", "-", "backed"}},
	} {
		toks := tokenize(tc.text)
		var got []string
		for _, tk := range toks {
			got = append(got, tk.low)
		}
		if len(got) != len(tc.want) {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
				break
			}
		}
	}
	if toks := tokenize("re-imposed"); toks[0].text != "re-imposed" {
		t.Errorf("text %q, want the hyphenated word", toks[0].text)
	}
}
