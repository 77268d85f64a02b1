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
	n := normalizer{buf: make([]byte, 0, len(s)+4), start: -1}
	if isASCII(s) {
		for i := 0; i < len(s); i++ {
			n.emit(rune(s[i]))
		}
	} else {
		// Lower-case before decomposing so that letters whose lower-case
		// form decomposes (e.g. "İ" → "i̇") lose their marks too.
		for _, r := range norm.NFKD.String(lowerRunes(s)) {
			n.emit(r)
		}
	}
	n.endWord()
	return string(n.buf)
}

// normalizer accumulates Normalize's output: words separated by single
// spaces, the current word starting at buf[start] (start < 0 between words).
type normalizer struct {
	buf   []byte
	start int
}

func (n *normalizer) emit(r rune) {
	switch {
	case r < utf8.RuneSelf && ('a' <= r && r <= 'z' || '0' <= r && r <= '9'):
		n.letter(byte(r), "")
	case r < utf8.RuneSelf && 'A' <= r && r <= 'Z':
		n.letter(byte(r)+'a'-'A', "")
	case r == '.' || isApostrophe(r):
		// deleted: "U.S." → "us", "d'Ivoire" → "divoire"
	case r == '&':
		n.endWord()
		n.letter(0, "and")
		n.endWord()
	case unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r):
		// a combining mark left by the decomposition: drop it
	case unicode.IsLetter(r) || unicode.IsDigit(r):
		r = unicode.ToLower(r)
		if f, ok := foldSpecial[r]; ok {
			n.letter(0, f)
		} else {
			n.letter(0, string(r))
		}
	default:
		n.endWord()
	}
}

// letter appends the ASCII byte b, or the string s when b is 0, to the
// current word, starting a new word if needed.
func (n *normalizer) letter(b byte, s string) {
	if n.start < 0 {
		if len(n.buf) > 0 {
			n.buf = append(n.buf, ' ')
		}
		n.start = len(n.buf)
	}
	if b != 0 {
		n.buf = append(n.buf, b)
	} else {
		n.buf = append(n.buf, s...)
	}
}

// endWord closes the current word: "the" is dropped (with the space before
// it), "st" becomes "saint".
func (n *normalizer) endWord() {
	if n.start < 0 {
		return
	}
	switch string(n.buf[n.start:]) {
	case "the":
		n.buf = n.buf[:n.start]
		if len(n.buf) > 0 {
			n.buf = n.buf[:len(n.buf)-1]
		}
	case "st":
		n.buf = append(n.buf[:n.start], "saint"...)
	}
	n.start = -1
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
