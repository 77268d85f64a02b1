package dataset

import (
	"fmt"
	"strings"
	"time"

	"github.com/entente/entente/cameo"
)

// Filter reasons, as counted in Report.Filters.
const (
	FilterDateRange = "date range"           // outside From..To, or undated with a bound set
	FilterNotDyadic = "not dyadic"           // RequireDyad and a country is unknown
	FilterSelf      = "self"                 // ExcludeSelf and source country == target country
	FilterCountry   = "country"              // neither country in Countries
	FilterDyad      = "dyad"                 // the pair is not one of Dyads
	FilterRoot      = "root"                 // the root code is not one of Roots
	FilterDocument  = "documentation record" // PLOVER's "DOCUMENT" record, which describes the file
)

// Keep reports whether the filter keeps e. A nil *Filter keeps everything.
// Invalid roots in f.Roots are a programmer error here and panic; Open
// returns them as an error instead.
func (f *Filter) Keep(e *Event) bool { return f.Reason(e) == "" }

// Reason returns why f drops e (one of the Filter* reasons), or "" if f
// keeps it. The checks run in the order date range, not dyadic, self,
// country, dyad, root, roles; the first that fails names the reason (for
// roles, the name of the RoleFilter rule that fires).
func (f *Filter) Reason(e *Event) string {
	m, err := compileFilter(f)
	if err != nil {
		panic("dataset: " + err.Error())
	}
	return m.reason(e)
}

// filterMatch is a compiled Filter: country codes upper-cased, sets for
// the lists. A nil *filterMatch keeps everything.
type filterMatch struct {
	from, to    time.Time
	dyads       map[Dyad]bool // both orders
	countries   map[string]bool
	requireDyad bool
	excludeSelf bool
	roots       map[string]bool
	roles       *RoleFilter // nil or with rules
}

// compileFilter checks and compiles f; nil (or an empty filter) gives nil.
func compileFilter(f *Filter) (*filterMatch, error) {
	if f == nil {
		return nil, nil
	}
	if !f.From.IsZero() && !f.To.IsZero() && f.To.Before(f.From) {
		return nil, fmt.Errorf("dataset: filter: To (%s) is before From (%s)", f.To.Format(time.DateOnly), f.From.Format(time.DateOnly))
	}
	m := &filterMatch{from: f.From, to: f.To, requireDyad: f.RequireDyad, excludeSelf: f.ExcludeSelf}
	if !m.to.IsZero() {
		// To is inclusive: a date-only bound (midnight) covers its whole day.
		if h, mi, s := m.to.Clock(); h == 0 && mi == 0 && s == 0 && m.to.Nanosecond() == 0 {
			m.to = m.to.Add(24*time.Hour - time.Nanosecond)
		}
	}
	if len(f.Dyads) > 0 {
		m.dyads = make(map[Dyad]bool, 2*len(f.Dyads))
		for _, d := range f.Dyads {
			d = Dyad{strings.ToUpper(strings.TrimSpace(d.A)), strings.ToUpper(strings.TrimSpace(d.B))}
			if d.A == "" || d.B == "" {
				return nil, fmt.Errorf("dataset: filter: dyad %q has an empty country", d.String())
			}
			m.dyads[d] = true
			m.dyads[d.Reverse()] = true
		}
	}
	if len(f.Countries) > 0 {
		m.countries = make(map[string]bool, len(f.Countries))
		for _, c := range f.Countries {
			c = strings.ToUpper(strings.TrimSpace(c))
			if c == "" {
				return nil, fmt.Errorf("dataset: filter: empty country code")
			}
			m.countries[c] = true
		}
	}
	if err := f.Roles.check(); err != nil {
		return nil, err
	}
	if f.Roles != nil && len(f.Roles.Rules) > 0 {
		m.roles = f.Roles
	}
	if len(f.Roots) > 0 {
		m.roots = make(map[string]bool, len(f.Roots))
		for _, r := range f.Roots {
			r = strings.TrimSpace(r)
			if len(r) != 2 || !cameo.Valid(r) {
				return nil, fmt.Errorf("dataset: filter: root %q is not a two-digit CAMEO root (01 … 20)", r)
			}
			m.roots[r] = true
		}
	}
	if m.from.IsZero() && m.to.IsZero() && m.dyads == nil && m.countries == nil && !m.requireDyad && !m.excludeSelf && m.roots == nil && m.roles == nil {
		return nil, nil
	}
	return m, nil
}

// reason returns why the event is dropped, or "".
func (m *filterMatch) reason(e *Event) string {
	if m == nil {
		return ""
	}
	if r := m.fields(e.Date, e.Source.Country, e.Target.Country, e.Root); r != "" {
		return r
	}
	return m.roles.actors(e.Source, e.Target)
}

// fields applies the filter to the fields it looks at, so that readers
// that do not build an Event (the fast GDELT aggregation) filter exactly
// like Reader does. It does not apply Roles: such readers must also call
// m.roles.actors with the two actors (Code, Country, Sector) when it
// returns "" (a nil m.roles keeps everything). date is the event date (zero if unknown), src and tgt
// the country codes ("" if unknown), root the two-digit root ("" if the
// code is not valid).
func (m *filterMatch) fields(date time.Time, src, tgt, root string) string {
	if m == nil {
		return ""
	}
	if !m.from.IsZero() || !m.to.IsZero() {
		if date.IsZero() || (!m.from.IsZero() && date.Before(m.from)) || (!m.to.IsZero() && date.After(m.to)) {
			return FilterDateRange
		}
	}
	if m.requireDyad && (src == "" || tgt == "") {
		return FilterNotDyadic
	}
	if m.excludeSelf && src != "" && src == tgt {
		return FilterSelf
	}
	if m.countries != nil && !m.countries[src] && !m.countries[tgt] {
		return FilterCountry
	}
	if m.dyads != nil && !m.dyads[Dyad{src, tgt}] {
		return FilterDyad
	}
	if m.roots != nil && !m.roots[root] {
		return FilterRoot
	}
	return ""
}
