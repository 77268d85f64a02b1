package country

// Country is one entry of the table: a state, a territory, a historical
// state or a CAMEO region. Values returned by this package are copies; the
// table itself cannot be changed through them.
type Country struct {
	// Code is the canonical code: the ISO 3166-1 alpha-3 code for states and
	// territories, the ISO 3166-3 code for historical states, "XKX" for
	// Kosovo (the code the EU, IMF and World Bank use; CAMEO's is "KSV") and
	// the CAMEO code for regions. Always three upper-case letters.
	Code string
	// ISO2 is the ISO 3166-1 alpha-2 code ("NA" for Namibia), the former
	// ISO 3166 alpha-2 code for historical states ("SU", "DD"), "XK" for
	// Kosovo, and "" for regions.
	ISO2 string
	// Name is the short English display name ("Russia", "Côte d'Ivoire",
	// "Türkiye").
	Name string
	// FullName is the official long name ("Russian Federation", "Republic of
	// Korea"); equal to Name when there is no longer form.
	FullName string
	// Aliases are other names: former and informal names, the ISO and
	// ICEWS spellings ("Korea, Republic of"), abbreviations ("USA",
	// "U.S.").
	Aliases []string
	// Adjectives are the adjectives and demonyms, singular and plural
	// ("Chinese", "Venezuelan", "Venezuelans", "Filipino", "Philippine").
	Adjectives []string
	// Capital is the capital (the constitutional one where the seat of
	// government differs: Bolivia's is Sucre, the government sits in La Paz),
	// or "" when there is none.
	Capital string
	// Seats are the places and buildings whose names stand for the
	// government in news text: usually the capital, plus seats of government
	// and metonyms such as "the Kremlin", "the White House", "Downing
	// Street", "Zhongnanhai", "Miraflores". Capitals that are ambiguous in
	// news text (Victoria, Georgetown, Brussels — usually meaning the EU) are
	// left out.
	Seats []string
	// Kind is State, Territory, Historical or Region.
	Kind Kind
	// From and Until are the first and last years the entry existed as what
	// it is, inclusive; 0 means open. From is set where the start separates
	// an entry from another one or keeps it out of older data: the
	// historical states; the successors of the Soviet Union, Yugoslavia,
	// Serbia and Montenegro, Czechoslovakia and the Netherlands Antilles
	// (Russia 1991, Czechia 1993, Aruba 1986, Curaçao 2010, …); unified
	// Vietnam (1976); and the states independent since 1990 (Namibia,
	// Eritrea, Palau, Timor-Leste, South Sudan, Kosovo). Every other entry
	// has From 0, including states that continued under the same code
	// (Germany, Yemen) and Palestine, which CAMEO codes PSE before the 1988
	// declaration of the state.
	From, Until int
	// Successors lists, for historical entries, the codes of the entries
	// that followed, for information only: nothing is ever mapped to them.
	Successors []string
	// Sovereign is, for territories, the code of the state the territory
	// belongs to or is associated with ("USA" for Puerto Rico, "CHN" for
	// Hong Kong); "" for states, regions and disputed territories.
	Sovereign string
	// CAMEO is the code CAMEO uses when it differs from Code ("ROM" for
	// Romania, "TMP" for Timor-Leste, "KSV" for Kosovo), else "".
	CAMEO string
	// OtherCodes lists every code besides Code that Lookup resolves to this
	// entry: CAMEO and Phoenix variants and former ISO codes of the same
	// state under another name ("ZAR" Zaire for the DR Congo, "BUR" Burma).
	OtherCodes []string
}

// ActiveIn reports whether the entry existed in year: From <= year <= Until,
// an open bound (0) never excluding. Regions are active in every year.
func (c Country) ActiveIn(year int) bool {
	return (c.From == 0 || year >= c.From) && (c.Until == 0 || year <= c.Until)
}

// IsCountry reports whether c is a state, territory or historical state
// rather than a CAMEO region or the zero Country.
func (c Country) IsCountry() bool { return c.Kind.IsCountry() }

// clone returns a copy of c whose slices do not share memory with c.
func (c Country) clone() Country {
	c.Aliases = cloneStrings(c.Aliases)
	c.Adjectives = cloneStrings(c.Adjectives)
	c.Seats = cloneStrings(c.Seats)
	c.Successors = cloneStrings(c.Successors)
	c.OtherCodes = cloneStrings(c.OtherCodes)
	return c
}

func cloneStrings(s []string) []string {
	if s == nil {
		return nil
	}
	return append([]string(nil), s...)
}
