package country

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// foldSpecial spells out the Latin letters that have no canonical
// decomposition into a base letter plus combining marks, so that stripping
// diacritics still leaves a plain letter ("Ø" → "o", "ß" → "ss"). Keys are
// lower case: folding runs after lower-casing.
var foldSpecial = map[rune]string{
	'ø': "o", 'ł': "l", 'đ': "d", 'ð': "d", 'þ': "th", 'æ': "ae", 'œ': "oe",
	'ß': "ss", 'ı': "i", 'ħ': "h", 'ŧ': "t", 'ŀ': "l", 'ĸ': "k", 'ŋ': "ng",
}

// isApostrophe reports whether r is one of the apostrophes and quote marks
// that are deleted rather than turned into a space, so "Côte d’Ivoire" and
// "Cote d'Ivoire" meet, and "N'Djamena" stays one word.
func isApostrophe(r rune) bool {
	switch r {
	case '\'', '’', '‘', '`', '´', 'ʼ', 'ʻ', 'ʹ', '′':
		return true
	}
	return false
}

// Normalize returns the lookup key ByName, ByNameIn, ByPhrase and Candidates
// use, and that a phrase matcher should use for its keys (Phrase.Key is
// Normalize(Phrase.Text)). It
//
//   - decomposes the text (Unicode NFKD) and drops combining marks, so
//     "Côte" becomes "cote" and "Türkiye" "turkiye"; letters without a
//     decomposition are spelled out ("ø" → "o", "ß" → "ss");
//   - lower-cases;
//   - deletes full stops and apostrophes, so "U.S." becomes "us" and
//     "d'Ivoire" "divoire";
//   - reads "&" as "and";
//   - turns every other character that is not a letter or digit (hyphens,
//     commas, parentheses, brackets, slashes, control characters, invalid
//     UTF-8) into a word break;
//   - drops every word "the" and spells the word "st" as "saint";
//   - joins the remaining words with single spaces.
//
// So "the United States", "United States" and "UNITED-STATES" share the key
// "united states", and "Democratic Republic of the Congo" and ICEWS's
// "Democratic Republic of Congo" share "democratic republic of congo".
// Normalize is idempotent: Normalize(Normalize(s)) == Normalize(s). It does
// no fuzzy matching: a misspelling keeps its own key.
func Normalize(s string) string {
	var words []string
	var w strings.Builder
	flush := func() {
		if w.Len() == 0 {
			return
		}
		word := w.String()
		w.Reset()
		switch word {
		case "the":
			return
		case "st":
			word = "saint"
		}
		words = append(words, word)
	}
	emit := func(r rune) {
		switch {
		case unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r):
			// a combining mark left by the decomposition: drop it
		case r == '.' || isApostrophe(r):
			// deleted: "U.S." → "us", "d'Ivoire" → "divoire"
		case r == '&':
			flush()
			words = append(words, "and")
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			r = unicode.ToLower(r)
			if f, ok := foldSpecial[r]; ok {
				w.WriteString(f)
				return
			}
			w.WriteRune(r)
		default:
			flush()
		}
	}
	if isASCII(s) {
		for i := 0; i < len(s); i++ {
			emit(rune(s[i]))
		}
	} else {
		// Lower-case before decomposing so that letters whose lower-case
		// form decomposes (e.g. "İ" → "i̇") lose their marks too.
		for _, r := range norm.NFKD.String(lowerRunes(s)) {
			emit(r)
		}
	}
	flush()
	return strings.Join(words, " ")
}

// lowerRunes lower-cases s rune by rune (strings.ToLower without its
// special cases, so the result decomposes predictably); invalid UTF-8 bytes
// become U+FFFD, which Normalize treats as a word break.
func lowerRunes(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		s = s[size:]
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
