package country

import "sort"

var (
	// nameIndex maps a normalised name, full name, alias or adjective to
	// the table indices that carry it (in Code order, without repeats).
	nameIndex = map[string][]int{}
	// phraseIndex is nameIndex plus seats.
	phraseIndex = map[string][]int{}
)

func buildNameIndex() {
	addTo := func(m map[string][]int, key string, i int) {
		for _, j := range m[key] {
			if j == i {
				return
			}
		}
		m[key] = append(m[key], i)
	}
	for _, i := range sorted {
		for _, f := range table[i].Forms() {
			if f.Kind != FormSeat {
				addTo(nameIndex, f.Key, i)
			}
			addTo(phraseIndex, f.Key, i)
		}
	}
}

// ByName resolves a country name as found in data: the short name, the
// official or ICEWS full name, an alias, or an adjective or demonym, all
// compared after Normalize (so case, diacritics, punctuation and the word
// "the" do not matter). It returns false when nothing matches and when
// several entries match ("Korea", "Korean", "Congolese", "Dominican",
// "Virgin Islands"): it never guesses. Capitals and seats are not names;
// see ByPhrase. Codes are not names either: ByName("NA") is false, use
// Lookup or LookupISO2.
func ByName(name string) (Country, bool) {
	return pick(nameIndex[Normalize(name)], 0)
}

// ByNameIn is ByName restricted to the entries that existed in year
// (Country.ActiveIn); year 0 means any year, as in ByName.
func ByNameIn(name string, year int) (Country, bool) {
	return pick(nameIndex[Normalize(name)], year)
}

// ByPhrase resolves any surface form — a name as in ByName, or a capital or
// seat of government used as a metonym ("Beijing", "the Kremlin", "Downing
// Street") — among the entries that existed in year (0 means any year). It
// returns false when nothing or more than one entry matches: "the Kremlin"
// is the Soviet Union in 1985 and Russia in 2024, and nothing without a
// year.
func ByPhrase(phrase string, year int) (Country, bool) {
	return pick(phraseIndex[Normalize(phrase)], year)
}

// Candidates returns every entry that has phrase as a surface form of any
// kind (name, alias, adjective, seat), sorted by Code; nil when there is
// none. It shows why ByName or ByPhrase refused an ambiguous phrase.
func Candidates(phrase string) []Country {
	idx := phraseIndex[Normalize(phrase)]
	if len(idx) == 0 {
		return nil
	}
	out := make([]Country, len(idx))
	for k, i := range idx {
		out[k] = table[i].clone()
	}
	sort.Slice(out, func(a, b int) bool { return out[a].Code < out[b].Code })
	return out
}

// pick returns the single entry among idx active in year (0: any year).
func pick(idx []int, year int) (Country, bool) {
	found := -1
	for _, i := range idx {
		if year != 0 && !table[i].ActiveIn(year) {
			continue
		}
		if found >= 0 {
			return Country{}, false
		}
		found = i
	}
	if found < 0 {
		return Country{}, false
	}
	return table[found].clone(), true
}
