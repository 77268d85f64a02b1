package country

import (
	"sort"
	"unicode"
)

// FormKind says what kind of surface form a name is.
type FormKind int8

const (
	FormName      FormKind = iota + 1 // the short name: "Russia"
	FormFullName                      // the official name: "Russian Federation"
	FormAlias                         // another name: "Burma", "U.S.", "Korea, Republic of"
	FormAdjective                     // adjective or demonym: "Chinese", "Venezuelans"
	FormSeat                          // capital or seat of government as metonym: "the Kremlin"
)

// String returns "name", "full name", "alias", "adjective", "seat", or
// "unknown".
func (k FormKind) String() string {
	switch k {
	case FormName:
		return "name"
	case FormFullName:
		return "full name"
	case FormAlias:
		return "alias"
	case FormAdjective:
		return "adjective"
	case FormSeat:
		return "seat"
	}
	return "unknown"
}

// Form is one surface form of an entry.
type Form struct {
	Text string   // as written in the table: "U.S.", "the Kremlin"
	Key  string   // Normalize(Text): "us", "kremlin"
	Kind FormKind // name, full name, alias, adjective or seat
	// CaseSensitive marks acronyms ("US", "UK", "DPRK", "CAR", "BiH"): two
	// or more capitals in a word of at most five letters. A matcher over
	// running text should match these only in their written case, so "us"
	// and "car" are not read as countries.
	CaseSensitive bool
}

// Forms returns every surface form of c: its name, full name, aliases,
// adjectives and seats, in that order, without repeating a key (the first
// kind wins: "Vatican" is an alias of the Holy See before it is a seat).
func (c Country) Forms() []Form {
	var out []Form
	seen := map[string]bool{}
	add := func(text string, kind FormKind) {
		key := Normalize(text)
		if key == "" || seen[key] {
			return
		}
		seen[key] = true
		out = append(out, Form{Text: text, Key: key, Kind: kind, CaseSensitive: isAcronym(text)})
	}
	add(c.Name, FormName)
	add(c.FullName, FormFullName)
	for _, a := range c.Aliases {
		add(a, FormAlias)
	}
	for _, a := range c.Adjectives {
		add(a, FormAdjective)
	}
	for _, s := range c.Seats {
		add(s, FormSeat)
	}
	return out
}

// isAcronym reports whether text, full stops removed, is a single word of at
// most five letters with at least two capitals ("U.S.", "DPRK", "BiH").
func isAcronym(text string) bool {
	letters, upper := 0, 0
	for _, r := range text {
		switch {
		case r == '.':
		case unicode.IsLetter(r):
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		default:
			return false
		}
	}
	return letters <= 5 && upper >= 2
}

// Phrase is one surface form of one entry, flattened for building a phrase
// matcher: match Key against Normalize'd text (respecting CaseSensitive),
// then resolve the matched key with ByPhrase or by filtering the phrases
// that share it by year (From/Until) and Kind.
type Phrase struct {
	Text          string   // the form as written in the table
	Key           string   // Normalize(Text)
	Code          string   // the entry's canonical code
	Form          FormKind // name, full name, alias, adjective or seat
	Kind          Kind     // the entry's kind: regions are not countries
	From, Until   int      // the entry's years (0 = open)
	CaseSensitive bool     // see Form.CaseSensitive
}

// Phrases returns every surface form of every entry, sorted by Key, then
// Code. A key that appears with several codes is ambiguous ("korean",
// "congolese", "kremlin" for the Soviet Union and Russia); ByPhrase
// resolves such keys only when a year leaves a single entry.
func Phrases() []Phrase {
	var out []Phrase
	for _, i := range sorted {
		c := &table[i]
		for _, f := range c.Forms() {
			out = append(out, Phrase{Text: f.Text, Key: f.Key, Code: c.Code, Form: f.Kind, Kind: c.Kind,
				From: c.From, Until: c.Until, CaseSensitive: f.CaseSensitive})
		}
	}
	sort.SliceStable(out, func(a, b int) bool {
		if out[a].Key != out[b].Key {
			return out[a].Key < out[b].Key
		}
		return out[a].Code < out[b].Code
	})
	return out
}
