package report

import (
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/entente/entente/country"
)

// rollCallTitle writes a roll call's short title as a sentence. The UN
// roll-call data set types most titles in capitals ("THE UNITED STATES OF
// AMERICA AGAINST CUBA"); such a title is lowered, the names of countries
// in it (country.Phrases: names, full names, adjectives) are written as
// the country table writes them and its first letter is capitalised
// ("The United States of America against Cuba"); other proper names stay
// lower-case ("the city of sevastopol"), the data set having no other
// record of their case. A title with lower-case letters is the source's
// own sentence and is kept as it is.
func rollCallTitle(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || strings.IndexFunc(s, unicode.IsLower) >= 0 {
		return s
	}
	low := strings.ToLower(s)
	out := []byte(low)
	for _, p := range titlePhrases() {
		for i := 0; ; {
			j := strings.Index(low[i:], p.low)
			if j < 0 {
				break
			}
			j += i
			end := j + len(p.low)
			if wordEdge(low, j-1) && wordEdge(low, end) {
				copy(out[j:end], p.text)
			}
			i = end
		}
	}
	r, n := utf8.DecodeRune(out)
	return string(unicode.ToUpper(r)) + string(out[n:])
}

// wordEdge reports whether position i of s is outside a word: before the
// start, past the end, or a byte that is not a letter or digit.
func wordEdge(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

type titlePhrase struct{ low, text string }

// titlePhrases are the country table's names, full names and adjectives
// whose lower-case form has the same length in bytes (so that it can be
// written over the lowered title in place), longest first, so that "the
// united states of america" is written before "america".
var titlePhrases = sync.OnceValue(func() []titlePhrase {
	seen := map[string]bool{}
	var out []titlePhrase
	for _, p := range country.Phrases() {
		if p.Form != country.FormName && p.Form != country.FormFullName && p.Form != country.FormAdjective {
			continue
		}
		low := strings.ToLower(p.Text)
		if seen[low] || len(low) != len(p.Text) || low == p.Text || len(low) < 3 {
			continue
		}
		seen[low] = true
		out = append(out, titlePhrase{low, p.Text})
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i].low) > len(out[j].low) })
	return out
})
