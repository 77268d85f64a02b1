package country

import "sort"

// iso2Aliases are alpha-2 codes that LookupISO2 accepts besides each entry's
// ISO2: the codes ISO 3166 reserves exceptionally ("UK" for the United
// Kingdom, "EL" for Greece, both used by the EU) and the former ISO 3166
// alpha-2 codes of states that only changed name (ISO 3166-3: Zaire,
// Burma, East Timor, Dahomey, Upper Volta).
var iso2Aliases = map[string]string{
	"UK": "GBR", "EL": "GRC",
	"ZR": "COD", "BU": "MMR", "TP": "TLS", "DY": "BEN", "HV": "BFA",
}

// ambiguous marks an alpha-2 code used by more than one entry ("CS" was
// Czechoslovakia until 1993 and Serbia and Montenegro 2003–2006).
const ambiguous = -1

var (
	byCode = map[string]int{} // Code and OtherCodes → table index
	byISO2 = map[string]int{} // ISO2 and iso2Aliases → table index, or ambiguous
	sorted []int              // table indices ordered by Code
)

func init() {
	for i := range table {
		c := &table[i]
		byCode[c.Code] = i
		for _, o := range c.OtherCodes {
			byCode[o] = i
		}
		if c.ISO2 != "" {
			if _, dup := byISO2[c.ISO2]; dup {
				byISO2[c.ISO2] = ambiguous
			} else {
				byISO2[c.ISO2] = i
			}
		}
		sorted = append(sorted, i)
	}
	for a, code := range iso2Aliases {
		byISO2[a] = byCode[code]
	}
	sort.Slice(sorted, func(a, b int) bool { return table[sorted[a]].Code < table[sorted[b]].Code })
	buildNameIndex()
}

// Lookup returns the entry for an alpha-3 code or any other code the table
// knows for it (CAMEO's "ROM", "TMP", "KSV", Phoenix's "USR", "FRY", GDELT's
// "WSB", "GZS", "BAG", former ISO codes of renamed states such as "ZAR"):
// the returned Country has the canonical Code ("ROM" gives Code "ROU").
// Codes are matched exactly: upper case, no spaces. "NAM" is Namibia. Region
// codes ("AFR", "EUR", …) are found with Kind Region. An unknown code gives
// false.
func Lookup(code string) (Country, bool) {
	i, ok := byCode[code]
	if !ok {
		return Country{}, false
	}
	return table[i].clone(), true
}

// LookupISO2 returns the entry for an ISO 3166 alpha-2 code, matched
// exactly (upper case). "NA" is Namibia, never a missing value. Besides each
// entry's ISO2 it accepts "UK" and "EL" (reserved for the United Kingdom and
// Greece) and the former codes of renamed states ("ZR" Zaire → DR Congo,
// "BU" Burma, "TP" East Timor, "DY" Dahomey, "HV" Upper Volta). "CS" gives
// false: ISO used it for Czechoslovakia and later for Serbia and Montenegro.
func LookupISO2(code string) (Country, bool) {
	i, ok := byISO2[code]
	if !ok || i == ambiguous {
		return Country{}, false
	}
	return table[i].clone(), true
}

// Valid reports whether Lookup knows code: a state, territory, historical
// state or region, by its canonical or any other code. Use IsCountry to
// exclude regions.
func Valid(code string) bool {
	_, ok := byCode[code]
	return ok
}

// IsCountry reports whether code is known and names a state, territory or
// historical state, not a CAMEO region.
func IsCountry(code string) bool {
	i, ok := byCode[code]
	return ok && table[i].Kind.IsCountry()
}

// Canonical returns the canonical code for code ("ROM" → "ROU", "KSV" →
// "XKX", "ROU" → "ROU") and whether code is known. Unknown codes are
// returned unchanged with false.
func Canonical(code string) (string, bool) {
	i, ok := byCode[code]
	if !ok {
		return code, false
	}
	return table[i].Code, true
}

// Name returns the display name for code ("RUS" → "Russia", "ROM" →
// "Romania", "AFR" → "Africa"), or code itself when it is unknown, so
// charts and reports never show an empty label.
func Name(code string) string {
	if i, ok := byCode[code]; ok {
		return table[i].Name
	}
	return code
}

// All returns every entry — states, territories, historical states and
// regions — sorted by Code.
func All() []Country {
	out := make([]Country, len(sorted))
	for k, i := range sorted {
		out[k] = table[i].clone()
	}
	return out
}

// ByKind returns the entries of one kind, sorted by Code; nil for a kind
// that has none (including the zero Kind).
func ByKind(k Kind) []Country {
	var out []Country
	for _, i := range sorted {
		if table[i].Kind == k {
			out = append(out, table[i].clone())
		}
	}
	return out
}
