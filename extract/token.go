package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind classifies a token.
type tokKind uint8

const (
	tkWord   tokKind = iota // letters, possibly with inner periods ("U.S.") or digits ("G20")
	tkNumber                // digits with inner "," or "." ("1,600", "227.8")
	tkPunct                 // one punctuation character (or "..." / "…")
	tkQuote                 // an opening or closing quotation mark
)

// token is one word or punctuation mark of a text. start and end are byte
// offsets in the text the tokenizer was given.
type token struct {
	start, end int
	text       string // as written
	low        string // lower case, curly apostrophes straightened
	kind       tokKind
	cap        bool // first letter upper case
	upper      bool // every letter upper case (and at least two letters)
	space      bool // preceded by white space (or at the start)
	nl         int  // number of line breaks in the white space before it
	// inName marks a capitalised word after the first of an actor's name
	// ("International Monetary Fund"): no object pattern reads it
	// (matchPattern); set by codeSentence from the sentence's mentions
	inName bool
}

// tokenize splits text into tokens. It never fails: invalid UTF-8 bytes are
// treated as punctuation so that offsets stay exact.
func tokenize(text string) []token {
	toks := make([]token, 0, len(text)/5+4)
	i := 0
	nl := 0
	space := true
	for i < len(text) {
		r, sz := utf8.DecodeRuneInString(text[i:])
		if r == '\n' {
			nl++
			space = true
			i += sz
			continue
		}
		if unicode.IsSpace(r) || r == '\u00a0' || r == '\u200b' || r == '\ufeff' {
			space = true
			i += sz
			continue
		}
		start := i
		var t token
		switch {
		case isLetter(r) || unicode.IsDigit(r):
			i = scanWord(text, i)
			t = makeWord(text, start, i)
		case r == '\'' || r == '‘' || r == '’':
			// an apostrophe starting a contraction or possessive that
			// follows a word without space: "China’s", "don't" are handled
			// in scanWord; here it is a quotation mark, unless it is
			// "'s" after a word ending in a quote-less way.
			i += sz
			if !space && len(toks) > 0 && i < len(text) {
				if rest := text[i:]; (strings.HasPrefix(rest, "s") || strings.HasPrefix(rest, "S")) && (len(rest) == 1 || !isWordByte(rest[1])) {
					// possessive after a closing quote or an abbreviation: U.S.'s
					i++
					t = token{start: start, end: i, text: text[start:i], low: "'s", kind: tkWord}
					break
				}
			}
			t = token{start: start, end: i, text: text[start:i], low: "'", kind: tkQuote}
		case r == '"' || r == '“' || r == '”' || r == '«' || r == '»' || r == '„' || r == '`':
			i += sz
			// `` (TeX-style opening quotes) count as one quote.
			if r == '`' && i < len(text) && text[i] == '`' {
				i++
			}
			t = token{start: start, end: i, text: text[start:i], low: "\"", kind: tkQuote}
		case r == '.' && strings.HasPrefix(text[i:], "..."):
			i += 3
			t = token{start: start, end: i, text: text[start:i], low: "…", kind: tkPunct}
		default:
			i += sz
			low := text[start:i]
			switch r {
			case '—', '–', '―', '‒':
				low = "—"
			case utf8.RuneError:
				if sz == 1 {
					low = "\ufffd"
				}
			}
			t = token{start: start, end: i, text: text[start:i], low: low, kind: tkPunct}
		}
		t.space = space
		t.nl = nl
		toks = append(toks, t)
		space = false
		nl = 0
		// split a possessive or contraction glued to the word
		if t.kind == tkWord && i < len(text) {
			toks, i = splitClitic(text, toks, i)
		}
	}
	return toks
}

func isLetter(r rune) bool { return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) }

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

// scanWord scans a run of letters and digits from i, with inner periods
// for abbreviations ("U.S.", "a.m." keep their final period too) and inner
// apostrophes of names ("O'Brien", "N'Djamena"). It stops before a
// possessive "'s" or "n't".
func scanWord(text string, i int) int {
	n := len(text)
	start := i
	seg, dotted := 0, false // letters since the last inner period; seen one
	for i < n {
		r, sz := utf8.DecodeRuneInString(text[i:])
		if isLetter(r) || unicode.IsDigit(r) {
			i += sz
			seg++
			continue
		}
		if r == '-' && i-start == 2 && (text[start] == 'r' || text[start] == 'R') && text[start+1] == 'e' && i+1 < n && text[i+1] >= 'a' && text[i+1] <= 'z' {
			// "re-open", "re-imposed": one word (makeWord reads it as
			// the verb without its prefix)
			i++
			seg = 0
			continue
		}
		if r == '.' {
			if seg == 1 && i+2 < n && isLetterByte(text[i+1]) && text[i+2] == '.' {
				i += 2 // "U" ".S" of U.S.
				seg, dotted = 1, true
				continue
			}
			if dotted && seg == 1 {
				i++ // the final period of U.S.
				break
			}
			// a number's decimal point: "227.8"
			if i > 0 && isDigitByte(text[i-1]) && i+1 < n && isDigitByte(text[i+1]) {
				i++
				continue
			}
			break
		}
		if r == ',' && i > 0 && isDigitByte(text[i-1]) && i+3 < n && isDigitByte(text[i+1]) && isDigitByte(text[i+2]) && isDigitByte(text[i+3]) && (i+4 >= n || !isDigitByte(text[i+4])) {
			i++ // thousands separator: "1,600"
			continue
		}
		if r == '\'' || r == '’' {
			rest := text[i+sz:]
			// possessive or contraction: stop here
			if len(rest) == 0 || !isLetterByte(rest[0]) {
				break
			}
			if (rest[0] == 's' || rest[0] == 'S') && (len(rest) == 1 || !isWordByte(rest[1])) {
				break
			}
			if (rest[0] == 't' || rest[0] == 'T') && i > 0 && (text[i-1] == 'n' || text[i-1] == 'N') && (len(rest) == 1 || !isWordByte(rest[1])) {
				// "don't": back up so that "n't" is its own token
				return i - 1
			}
			if l := len(rest); (l >= 2 && (strings.HasPrefix(rest, "ll") || strings.HasPrefix(rest, "re") || strings.HasPrefix(rest, "ve")) && (l == 2 || !isWordByte(rest[2]))) ||
				((rest[0] == 'd' || rest[0] == 'm') && (l == 1 || !isWordByte(rest[1]))) {
				break // we'll, they're, I've, I'd, I'm
			}
			i += sz // O'Brien
			continue
		}
		break
	}
	return i
}

// splitClitic appends a possessive "'s", a bare possessive "'" after a
// plural ("allies'"), "n't" or "'ll"-style contraction glued to the last
// token.
func splitClitic(text string, toks []token, i int) ([]token, int) {
	last := &toks[len(toks)-1]
	// "n't" left by scanWord
	if (text[i] == 'n' || text[i] == 'N') && i+1 < len(text) {
		r, sz := utf8.DecodeRuneInString(text[i+1:])
		if (r == '\'' || r == '’') && i+1+sz < len(text) && (text[i+1+sz] == 't' || text[i+1+sz] == 'T') {
			end := i + 1 + sz + 1
			toks = append(toks, token{start: i, end: end, text: text[i:end], low: "n't", kind: tkWord})
			return toks, end
		}
	}
	r, sz := utf8.DecodeRuneInString(text[i:])
	if r != '\'' && r != '’' {
		return toks, i
	}
	rest := text[i+sz:]
	switch {
	case len(rest) > 0 && (rest[0] == 's' || rest[0] == 'S') && (len(rest) == 1 || !isWordByte(rest[1])):
		end := i + sz + 1
		toks = append(toks, token{start: i, end: end, text: text[i:end], low: "'s", kind: tkWord})
		return toks, end
	case len(rest) >= 2 && (strings.HasPrefix(rest, "ll") || strings.HasPrefix(rest, "re") || strings.HasPrefix(rest, "ve")) && (len(rest) == 2 || !isWordByte(rest[2])):
		end := i + sz + 2
		toks = append(toks, token{start: i, end: end, text: text[i:end], low: "'" + strings.ToLower(rest[:2]), kind: tkWord})
		return toks, end
	case len(rest) >= 1 && (rest[0] == 'd' || rest[0] == 'm') && (len(rest) == 1 || !isWordByte(rest[1])):
		end := i + sz + 1
		toks = append(toks, token{start: i, end: end, text: text[i:end], low: "'" + strings.ToLower(rest[:1]), kind: tkWord})
		return toks, end
	case strings.HasSuffix(last.low, "s") && (len(rest) == 0 || !isWordByte(rest[0])):
		// plural possessive "allies'" — but not a closing single quote
		// that ends a quoted word ('no limits'): treated alike, as a
		// quote token; the actor matcher reads both as possessive.
		return toks, i
	}
	return toks, i
}

func isLetterByte(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80 }
func isDigitByte(b byte) bool  { return b >= '0' && b <= '9' }

// makeWord builds a word or number token for text[start:end].
func makeWord(text string, start, end int) token {
	s := text[start:end]
	t := token{start: start, end: end, text: s, kind: tkWord}
	digits, letters, uppers := 0, 0, 0
	for _, r := range s {
		switch {
		case unicode.IsDigit(r):
			digits++
		case isLetter(r):
			letters++
			if unicode.IsUpper(r) {
				uppers++
			}
		}
	}
	if letters == 0 && digits > 0 {
		t.kind = tkNumber
	}
	if letters > 0 {
		r, _ := utf8.DecodeRuneInString(s)
		t.cap = unicode.IsUpper(r)
		t.upper = uppers == letters && letters >= 2
	}
	t.low = lower(s)
	if len(t.low) > 4 && t.low[2] == '-' && strings.HasPrefix(t.low, "re-") {
		// "re-imposed sanctions" imposes them again: the verb's own
		// entry codes it
		t.low = t.low[3:]
	}
	return t
}

// lower lower-cases s and straightens curly apostrophes; it does not
// allocate when s is already lower case ASCII.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || c >= 'A' && c <= 'Z' {
			return strings.ReplaceAll(strings.ToLower(s), "’", "'")
		}
	}
	return s
}

// trimPeriod returns the word without a final period ("Gen." → "gen").
func trimPeriod(s string) string { return strings.TrimSuffix(s, ".") }
