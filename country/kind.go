package country

// Kind says what an entry of the table is.
type Kind int8

const (
	// State is a current sovereign state, including states with limited
	// recognition that ISO 3166-1 or CAMEO code as countries (Taiwan,
	// Palestine, Kosovo) and the Holy See.
	State Kind = iota + 1
	// Territory is a current dependent territory or other area with its
	// own ISO 3166-1 code that is not a sovereign state (Puerto Rico, Hong
	// Kong, Greenland, Western Sahara, Antarctica); Country.Sovereign names
	// the state it belongs to, if any.
	Territory
	// Historical is a state or territory that no longer exists (Soviet
	// Union, Yugoslavia, Czechoslovakia, East Germany, …), kept under its
	// own code with its years; Country.Successors lists the entries that
	// followed it, for information only.
	Historical
	// Region is a CAMEO regional or group code that appears in the country
	// field of event data ("AFR", "EUR", "MEA", "WST", …). It is known (Valid
	// is true) but it is not a country (IsCountry is false).
	Region
)

// String returns "state", "territory", "historical", "region", or
// "unknown" for the zero value and any other value.
func (k Kind) String() string {
	switch k {
	case State:
		return "state"
	case Territory:
		return "territory"
	case Historical:
		return "historical"
	case Region:
		return "region"
	}
	return "unknown"
}

// IsCountry reports whether k is a state, a territory or a historical state,
// that is anything but a region (and not the zero value).
func (k Kind) IsCountry() bool {
	return k == State || k == Territory || k == Historical
}
