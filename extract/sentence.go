package extract

import "unicode/utf8"

// Sentence is one sentence of a document.
//
// Index is its 0-based position in the document; Start and End are byte
// offsets of its text in the document (End exclusive), so Text ==
// doc[Start:End]. Title marks a heading line (a line without final
// punctuation, such as an article's title).
type Sentence struct {
	Index      int
	Start, End int
	Text       string
	Title      bool
}

// maxSentenceTokens bounds a sentence: a longer run of tokens without a
// sentence end (a table, a list, a binary blob) is cut into pieces of this
// size so that coding stays linear in the length of the text.
const maxSentenceTokens = 400

// SplitSentences splits a news text into sentences. It is made for news
// copy: paragraphs and heading lines (titles) are sentences of their own;
// a period ends a sentence only when the next word could start one, so
// abbreviations ("U.S. President", "Gen. Smith", "Vladimir V. Putin",
// "Jan. 5") do not split; quotations keep their closing marks ("… the
// world.” Xi said" splits after the quote); a dateline ("BEIJING, May 16
// (Reuters) -") is not part of the first sentence. Hard-wrapped lines (a
// line break inside a sentence) are joined back.
//
// It never fails: any string, including invalid UTF-8, gives sentences
// whose spans lie within the text and do not overlap.
func SplitSentences(text string) []Sentence {
	toks := tokenize(text)
	spans := splitTokens(text, toks)
	out := make([]Sentence, 0, len(spans))
	for _, sp := range spans {
		s := Sentence{Index: len(out), Start: toks[sp.from].start, End: toks[sp.to-1].end, Title: sp.title}
		s.Text = text[s.Start:s.End]
		out = append(out, s)
	}
	return out
}

// tokSpan is a sentence as a half-open range of token indexes.
type tokSpan struct {
	from, to int
	title    bool
}

// splitTokens finds the sentence boundaries in toks (the tokens of text).
func splitTokens(text string, toks []token) []tokSpan {
	var spans []tokSpan
	dlFrom, dlTo := datelineRange(toks)
	start := 0
	emit := func(from, to int) {
		if to <= from {
			return
		}
		// drop sentences made only of punctuation and quotes
		words := false
		for k := from; k < to; k++ {
			if toks[k].kind == tkWord || toks[k].kind == tkNumber {
				words = true
				break
			}
		}
		if !words {
			return
		}
		title := toks[to-1].kind == tkWord || toks[to-1].kind == tkNumber
		if title {
			// a heading: the text ends without punctuation at a line end
			title = to == len(toks) || toks[to].nl > 0
		}
		spans = append(spans, tokSpan{from: from, to: to, title: title})
	}
	for k := start; k < len(toks); k++ {
		if k == dlFrom && dlTo > dlFrom {
			// the dateline is not part of any sentence
			emit(start, k)
			start = dlTo
			k = dlTo - 1
			continue
		}
		if k > start && toks[k].nl > 0 && lineBreakEnds(toks, k) {
			emit(start, k)
			start = k
		}
		if k-start >= maxSentenceTokens {
			emit(start, k)
			start = k
		}
		if end := sentenceEndAt(toks, k); end > 0 {
			emit(start, end)
			start = end
			k = end - 1
		}
	}
	emit(start, len(toks))
	return spans
}

// lineBreakEnds decides whether the line break before toks[k] ends a
// sentence: a blank line always does; a single line break does after final
// punctuation, or when the previous line looks like a heading (it ends in a
// content word and the next line starts with a capital, a digit or a
// quotation mark). Otherwise the line is hard-wrapped.
func lineBreakEnds(toks []token, k int) bool {
	if toks[k].nl >= 2 {
		return true
	}
	p := &toks[k-1]
	switch p.kind {
	case tkPunct:
		switch p.low {
		case ".", "!", "?", "…", ":", ")", "]", "|", "*", "»":
			return true
		}
		return false
	case tkQuote:
		return true
	}
	if endsWithPeriod(p.text) {
		return true
	}
	n := &toks[k]
	if !(n.cap || n.kind == tkNumber || n.kind == tkQuote) {
		return false
	}
	if n.kind == tkWord && !n.cap {
		return false
	}
	return !continuationWord[p.low]
}

// continuationWord lists lower-case words that cannot end a heading: a line
// ending in one of them continues on the next line.
var continuationWord = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "and": true, "or": true, "but": true, "to": true,
	"in": true, "on": true, "at": true, "for": true, "with": true, "by": true, "from": true, "as": true,
	"that": true, "which": true, "who": true, "whose": true, "is": true, "are": true, "was": true,
	"were": true, "be": true, "been": true, "has": true, "have": true, "had": true, "will": true,
	"would": true, "its": true, "his": true, "her": true, "their": true, "our": true, "said": true,
	"between": true, "into": true, "against": true, "after": true, "before": true, "than": true,
	"mr": true, "mrs": true, "ms": true, "dr": true, "president": true, "minister": true,
}

func endsWithPeriod(s string) bool { return len(s) > 1 && s[len(s)-1] == '.' }

// sentenceEndAt reports where a sentence ends if toks[k] is final
// punctuation: the index after the punctuation and any closing quotes or
// brackets attached to it, or 0 if toks[k] does not end a sentence.
func sentenceEndAt(toks []token, k int) int {
	t := &toks[k]
	abbrev := false
	switch {
	case t.kind == tkPunct && (t.low == "." || t.low == "!" || t.low == "?" || t.low == "…"):
	case t.kind == tkWord && endsWithPeriod(t.text):
		abbrev = true // "U.S." at the end of a sentence, or not
	default:
		return 0
	}
	end := k + 1
	// closing quotes and brackets glued to the punctuation
	for end < len(toks) && !toks[end].space && (toks[end].kind == tkQuote || toks[end].low == ")" || toks[end].low == "]") {
		end++
	}
	// more final punctuation ("?!", "...")
	for end < len(toks) && !toks[end].space && toks[end].kind == tkPunct && (toks[end].low == "." || toks[end].low == "!" || toks[end].low == "?") {
		end++
	}
	if end >= len(toks) {
		return len(toks)
	}
	n := &toks[end]
	if n.nl > 0 {
		return end // the line break decides; it ends here anyway
	}
	if !n.space {
		return 0 // "3.5", "U.S.-led", ".com"
	}
	if !startsSentence(toks, end) {
		return 0
	}
	if t.low == "…" && end == k+1 {
		// an ellipsis inside a quotation or a sentence ("willing to…
		// jointly"); it ends a sentence only before a capital
		if !n.cap {
			return 0
		}
	}
	if t.low == "." && k > 0 && end == k+1 {
		p := &toks[k-1]
		if !t.space && p.kind == tkWord {
			if titleAbbrev[p.low] {
				return 0 // "Gen. Smith", "Mr. Xi"
			}
			if utf8.RuneCountInString(p.text) == 1 && p.cap {
				return 0 // an initial: "Vladimir V. Putin"
			}
			if monthAbbrev[p.low] && (n.kind == tkNumber) {
				return 0 // "Jan. 5"
			}
		}
	}
	if abbrev && end == k+1 {
		// "U.S." ends a sentence only before a word that typically
		// starts one
		if !sentenceStarter[n.low] && n.kind != tkQuote {
			return 0
		}
	}
	return end
}

// startsSentence reports whether toks[k] can start a sentence: a capital, a
// digit, or an opening quotation mark or bracket.
func startsSentence(toks []token, k int) bool {
	n := &toks[k]
	switch n.kind {
	case tkNumber:
		return true
	case tkQuote:
		return true
	case tkPunct:
		return n.low == "(" || n.low == "[" || n.low == "—" || n.low == "-"
	}
	return n.cap
}

// titleAbbrev are abbreviations that precede a name and so never end a
// sentence.
var titleAbbrev = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "gen": true, "sen": true, "rep": true, "gov": true,
	"lt": true, "col": true, "maj": true, "capt": true, "cpt": true, "sgt": true, "cmdr": true, "adm": true,
	"prof": true, "rev": true, "hon": true, "pres": true, "amb": true, "st": true, "mt": true, "ft": true,
	"messrs": true, "mme": true, "mlle": true, "brig": true, "cpl": true, "pvt": true, "insp": true,
	"supt": true, "fr": true, "sr": true, "gens": true, "no": true, "nos": true, "vs": true, "v": true,
	"approx": true, "dept": true, "est": true, "fig": true, "gov't": true, "govt": true,
}

var monthAbbrev = map[string]bool{
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// sentenceStarter are words that commonly open a sentence; after an
// abbreviation with a final period ("U.S.") only these start a new one.
var sentenceStarter = map[string]bool{
	"the": true, "a": true, "an": true, "he": true, "she": true, "it": true, "they": true, "we": true,
	"i": true, "but": true, "and": true, "in": true, "on": true, "at": true, "this": true, "that": true,
	"these": true, "those": true, "his": true, "her": true, "their": true, "its": true, "there": true,
	"however": true, "meanwhile": true, "after": true, "before": true, "during": true, "since": true,
	"when": true, "while": true, "as": true, "if": true, "for": true, "last": true, "earlier": true,
	"later": true, "yet": true, "still": true, "also": true, "both": true, "according": true,
	"officials": true, "on-": true, "so": true, "such": true, "some": true, "many": true, "most": true,
	"our": true, "you": true, "what": true, "why": true, "how": true, "who": true, "now": true,
}

// datelineRange returns the token range of a dateline at the start of a
// text ("BEIJING, May 16 (Reuters) -", "WASHINGTON —", "MOSCOW (AP) —"),
// or (0, 0) if there is none. A dateline is one to four upper-case words,
// optionally a comma and a short date, optionally an agency in brackets,
// then a dash; it opens the first line or the line after a title.
func datelineRange(toks []token) (from, to int) {
	if d := datelineAt(toks, 0); d > 0 {
		return 0, d
	}
	for j := 1; j < len(toks) && j < 60; j++ {
		if toks[j].nl > 0 {
			if d := datelineAt(toks, j); d > 0 {
				return j, d
			}
			break
		}
	}
	return 0, 0
}

// datelineAt returns the index after a dateline starting at toks[k], or 0.
func datelineAt(toks []token, k int) int {
	j := k
	words := 0
	for j < len(toks) && toks[j].kind == tkWord && toks[j].upper && words < 4 {
		words++
		j++
	}
	if words == 0 || j >= len(toks) {
		return 0
	}
	// optional ", May 16" / ", Sept. 5, 2024"
	if toks[j].low == "," {
		j++
		for m := 0; m < 6 && j < len(toks) && (toks[j].kind == tkWord || toks[j].kind == tkNumber || toks[j].low == "," || toks[j].low == "."); m++ {
			if toks[j].kind == tkWord && !toks[j].cap {
				return 0
			}
			j++
		}
	}
	// optional "(Reuters)"
	if j < len(toks) && toks[j].low == "(" {
		m := j + 1
		for m < len(toks) && m < j+6 && toks[m].low != ")" {
			m++
		}
		if m >= len(toks) || toks[m].low != ")" {
			return 0
		}
		j = m + 1
	}
	if j < len(toks) && toks[j].space && (toks[j].low == "—" || toks[j].low == "-") && j+1 < len(toks) && toks[j+1].nl == 0 {
		return j + 1
	}
	return 0
}
