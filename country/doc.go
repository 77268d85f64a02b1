// Package country is entente's table of states, territories, historical
// states and CAMEO regions, with lookups by code and by name for readers of
// event data (GDELT and Phoenix country codes, ICEWS country names) and for
// the text coder (names, aliases, adjectives, demonyms and seats of
// government as metonyms).
//
// The table was written in the project from public facts — ISO 3166-1 and
// ISO 3166-3 codes, official names, capitals, demonyms, the CAMEO codebook's
// codes — and is checked by the tests against the reference files in
// ../shared/data (ICEWS names, GDELT codes, the countrycode and NGEC
// crosswalks, CountryInfo capitals, the Phoenix dictionaries).
//
// Conventions:
//
//   - Codes are strings of three upper-case letters, matched exactly:
//     Lookup("usa") and Lookup(" USA") are false. ISO alpha-2 codes are
//     looked up with LookupISO2; "NA" is Namibia, never a missing value.
//   - Each entry has one canonical Code: the ISO alpha-3 code ("ROU"), the
//     ISO 3166-3 code of a historical state ("SUN"), "XKX" for Kosovo. Other
//     codes of the same state resolve to it: CAMEO's "ROM" (Romania), "TMP"
//     (Timor-Leste), "KSV" (Kosovo); Phoenix's "USR" (Soviet Union) and
//     "FRY" (Federal Republic of Yugoslavia); the former ISO codes of states
//     that only changed name — "ZAR" Zaire is the DR Congo, "BUR" Burma is
//     Myanmar, "DHY" Dahomey is Benin, "HVO" Upper Volta is Burkina Faso;
//     GDELT's "WSB" (West Bank) and "GZS" (Gaza Strip) resolve to Palestine
//     and "BAG" (Baghdad) to Iraq, the state they are part of.
//   - Historical states keep their own codes and years and are never mapped
//     to a successor (Successors is information only): SUN Soviet Union
//     1922–1991; YUG Socialist Federal Republic of Yugoslavia 1945–1992;
//     SCG Federal Republic of Yugoslavia, from 2003 Serbia and Montenegro,
//     1992–2006 (CAMEO and Phoenix use SCG for the whole period, CountryInfo
//     FRY until 2003; ISO used YUG until 2003 and SCG after; entente follows
//     CAMEO: YUG is the federation that dissolved in 1992, SCG its rump
//     successor); CSK Czechoslovakia 1918–1992; DDR East Germany 1949–1990;
//     YMD South Yemen 1967–1990; VDR North Vietnam 1945–1976; ANT Netherlands
//     Antilles 1954–2010. A state that continued under the same code is one
//     entry: DEU is West Germany before 1990 and Germany after; YEM is North
//     Yemen before 1990 (ISO's YEM) and unified Yemen after; Zaire is a name
//     of the DR Congo, 1971–1997, not a separate state.
//   - From and Until are years, inclusive, 0 meaning open; years of a
//     transition belong to both sides (1992 is in YUG and SCG).
//   - CAMEO regional codes in the country field ("AFR" Africa, "EUR"
//     Europe, "MEA" Middle East, "WST" the West, …) are entries of Kind
//     Region: Valid is true, so data that carries them is not reported as
//     unknown, but IsCountry is false, so they are not counted as countries.
//   - Names are matched after Normalize: case, diacritics, punctuation,
//     "&" versus "and", "St." versus "Saint" and the word "the" do not
//     matter; nothing else is forgiven — there is no fuzzy matching.
//     ByName resolves names, full names, aliases, adjectives and demonyms;
//     ByPhrase also capitals and seats of government. A form that belongs
//     to several entries ("Korea", "Korean", "Congolese", "Dominican",
//     "Virgin Islands"; "the Kremlin" without a year) resolves to nothing;
//     Candidates lists them. Unknown names return false, never a guess.
//   - Territories ("PRI", "HKG", "GRL") are their own entries with the state
//     they belong to in Sovereign; they are not folded into it.
//   - Missing values: "" for absent strings (no capital, no ISO2 for a
//     region), 0 for open years, nil for absent lists.
//   - Every function is safe for concurrent use; the table is read-only and
//     returned Country values are copies. Nothing in this package panics.
package country
