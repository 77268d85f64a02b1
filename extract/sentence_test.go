package extract

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string // token texts
	}{
		{"U.S. President Joe Biden", []string{"U.S.", "President", "Joe", "Biden"}},
		{"China’s ties", []string{"China", "’s", "ties"}},
		{"Russia's RIA", []string{"Russia", "'s", "RIA"}},
		{"don't go", []string{"do", "n't", "go"}},
		{"$227.8 billion, 1,600 troops", []string{"$", "227.8", "billion", ",", "1,600", "troops"}},
		{"China-Russia ties", []string{"China", "-", "Russia", "ties"}},
		{"“no limits” partnership", []string{"“", "no", "limits", "”", "partnership"}},
		{"willing to…jointly", []string{"willing", "to", "…", "jointly"}},
		{"O'Brien and Xi'an", []string{"O'Brien", "and", "Xi'an"}},
		{"the U.S.A. and the U.N.", []string{"the", "U.S.A.", "and", "the", "U.N."}},
	}
	for _, tt := range tests {
		toks := tokenize(tt.in)
		var got []string
		for _, tk := range toks {
			got = append(got, tk.text)
			if tt.in[tk.start:tk.end] != tk.text {
				t.Errorf("%q: token %q has span %d:%d = %q", tt.in, tk.text, tk.start, tk.end, tt.in[tk.start:tk.end])
			}
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("tokenize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"abbreviations do not split", "U.S. President Joe Biden met Gen. Smith and Vladimir V. Putin on Jan. 5. The talks ended.",
			[]string{"U.S. President Joe Biden met Gen. Smith and Vladimir V. Putin on Jan. 5.", "The talks ended."}},
		{"U.S. at the end of a sentence", "Sanctions were imposed by the U.S. The move angered Beijing.",
			[]string{"Sanctions were imposed by the U.S.", "The move angered Beijing."}},
		{"dateline removed", "BEIJING, May 16 (Reuters) - Chinese President Xi Jinping met Vladimir Putin.",
			[]string{"Chinese President Xi Jinping met Vladimir Putin."}},
		{"title line kept, dateline removed", "Xi meets Putin\nMOSCOW (AP) — The two leaders met on Thursday.",
			[]string{"Xi meets Putin", "The two leaders met on Thursday."}},
		{"quotation closes before the split", "“We agree,” Xi said. “Good,” Putin replied.",
			[]string{"“We agree,” Xi said.", "“Good,” Putin replied."}},
		{"full stop inside a quotation", "Putin said, “It is a symbol of stability.” Xi nodded.",
			[]string{"Putin said, “It is a symbol of stability.”", "Xi nodded."}},
		{"hard-wrapped line joined", "Arnor is about to restore full diplomatic ties with Gondor almost\nfive years after crowds trashed its embassy.",
			[]string{"Arnor is about to restore full diplomatic ties with Gondor almost\nfive years after crowds trashed its embassy."}},
		{"headline then paragraph", "Russia and China Strengthen Partnership\n\nThe leaders met.",
			[]string{"Russia and China Strengthen Partnership", "The leaders met."}},
		{"ellipsis inside a quote", "“China is willing to…jointly achieve development.”",
			[]string{"“China is willing to…jointly achieve development.”"}},
		{"question", "Will they meet? Nobody knows.", []string{"Will they meet?", "Nobody knows."}},
		{"empty", "", nil},
		{"only punctuation", " … ; ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range SplitSentences(tt.in) {
				got = append(got, s.Text)
			}
			if strings.Join(got, "¶") != strings.Join(tt.want, "¶") {
				t.Errorf("got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestSplitSentencesTitle(t *testing.T) {
	ss := SplitSentences("Xi lauds ties as Putin arrives\nPutin arrived on Thursday.")
	if len(ss) != 2 || !ss[0].Title || ss[1].Title {
		t.Fatalf("got %+v, want a title then a sentence", ss)
	}
}

// checkSpans asserts the invariants of SplitSentences: spans inside the
// text, in order, not overlapping, Text equal to the span, indexes 0…n-1.
func checkSpans(t testing.TB, text string, ss []Sentence) {
	t.Helper()
	prev := 0
	for i, s := range ss {
		if s.Index != i || s.Start < prev || s.End < s.Start || s.End > len(text) || text[s.Start:s.End] != s.Text {
			t.Fatalf("sentence %d %+v breaks the span invariants of %q", i, s, text)
		}
		prev = s.End
	}
}

func TestSplitSentencesLongAndBinary(t *testing.T) {
	// 10 MB without any full stop: cut into bounded pieces, linear time
	long := strings.Repeat("word ", 2<<20)
	ss := SplitSentences(long)
	checkSpans(t, long, ss)
	if len(ss) < len(long)/5/maxSentenceTokens {
		t.Errorf("%d sentences for %d tokens: pieces longer than %d tokens", len(ss), len(long)/5, maxSentenceTokens)
	}
	bin := string([]byte{0xff, 0xfe, 0, 1, 2, 'a', '.', ' ', 'B', 0x80, 0x81})
	checkSpans(t, bin, SplitSentences(bin))
}

func FuzzSplitSentences(f *testing.F) {
	for _, s := range []string{
		"U.S. President Joe Biden met Gen. Smith.", "BEIJING, May 16 (Reuters) - Xi met Putin.",
		"“We agree,” Xi said. Putin nodded.", "Title\n\nBody text here.", "a…b. C?! d", "\xff\xfe\x00",
		"'no limits' partnership", "(AP) —", "---", "U.S.-led coalition.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ss := SplitSentences(s)
		checkSpans(t, s, ss)
		if utf8.ValidString(s) {
			for _, x := range ss {
				if !utf8.ValidString(x.Text) {
					t.Fatalf("sentence %q of valid UTF-8 is not valid", x.Text)
				}
			}
		}
	})
}
