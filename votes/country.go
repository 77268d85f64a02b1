package votes

import (
	"strconv"
	"strings"
	"time"

	"github.com/entente/entente/country"
)

// seatRule is a named rule that gives a UN seat entente's code for the
// date of a vote. The rules are data; resolveCountry is their one
// interpreter. A rule matches on the code as written (ISO2, ISO3 or a
// COW number) or on the name; the first period whose Before is after the
// vote's date (or that has a zero Before) gives the code.
type seatRule struct {
	name    string // the rule's name, reported when it fires
	match   []string
	periods []seatPeriod
}

type seatPeriod struct {
	before time.Time
	code   string
}

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// seatRules: the cases where a seat's votes are not simply its ISO code's.
var seatRules = []seatRule{
	// unvotes (and Voeten) record the Soviet Union's votes under Russia's
	// seat (RU, COW 365): the seat is Russia's in every year, as in the
	// source, so RUS series run from 1946.
	{name: "Soviet seat is Russia's", match: []string{"SU", "SUN", "USR", "365"}, periods: []seatPeriod{{code: "RUS"}}},
	// Yugoslavia's seat: the SFRY until its dissolution in 1992, the
	// Federal Republic of Yugoslavia / Serbia and Montenegro from its
	// admission (November 2000) to June 2006, Serbia after; unvotes writes
	// all of them "Yugoslavia", YU.
	{name: "Yugoslav seat by date", match: []string{"YU", "YUG", "Yugoslavia", "345"},
		periods: []seatPeriod{{day(1993, 1, 1), "YUG"}, {day(2006, 6, 3), "SCG"}, {code: "SRB"}}},
	// The German Federal Republic (unvotes: no ISO2) is Germany, DEU,
	// which country keeps as one state.
	{name: "West Germany is DEU", match: []string{"Federal Republic of Germany", "260", "255"}, periods: []seatPeriod{{code: "DEU"}}},
	// The Yemen Arab Republic (unvotes: no ISO2) is YEM.
	{name: "North Yemen is YEM", match: []string{"Yemen Arab Republic", "678", "679"}, periods: []seatPeriod{{code: "YEM"}}},
}

var seatIndex = func() map[string]int {
	m := map[string]int{}
	for i, r := range seatRules {
		for _, k := range r.match {
			m[k] = i
		}
	}
	return m
}()

// resolveCountry returns entente's code for a country given by code (ISO2,
// ISO3 or COW number) and/or name on date (zero: unknown), and the name of
// the seat rule that fired ("" if none). "" means unknown.
func resolveCountry(code, name string, date time.Time) (string, string) {
	for _, k := range []string{code, name} {
		if k == "" {
			continue
		}
		if i, ok := seatIndex[k]; ok {
			r := &seatRules[i]
			for _, p := range r.periods {
				if p.before.IsZero() || date.IsZero() || date.Before(p.before) {
					return p.code, r.name
				}
			}
		}
	}
	year := 0
	if !date.IsZero() {
		year = date.Year()
	}
	if code != "" {
		if n, err := strconv.Atoi(code); err == nil {
			if c, ok := country.ByCOW(n, year); ok {
				return c.Code, ""
			}
		} else if len(code) == 2 {
			if c, ok := country.LookupISO2(code); ok && c.IsCountry() {
				return c.Code, ""
			}
		} else if c, ok := country.Lookup(code); ok && c.IsCountry() {
			return c.Code, ""
		}
	}
	if name != "" {
		if c, ok := country.ByNameIn(name, year); ok && c.IsCountry() {
			return c.Code, ""
		}
		if code == "" && isCode(name) {
			return resolveCountry(name, "", date)
		}
	}
	return "", ""
}

// isCode reports whether s looks like a country code rather than a name:
// two or three upper-case ASCII letters, or digits (a COW number).
func isCode(s string) bool {
	if s == "" {
		return false
	}
	digits := strings.Trim(s, "0123456789") == ""
	upper := strings.Trim(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == "" && (len(s) == 2 || len(s) == 3)
	return digits || upper
}

// resolver caches resolveCountry by code, name and year: the country
// table's lookups normalise names, which is too slow for every row of a
// million-row file. Seat rules, which depend on the exact date, are not
// cached (they are a map lookup).
type resolver struct {
	cache map[resolveKey]resolved
}

type resolveKey struct {
	code, name string
	year       int
}

type resolved struct{ code, rule string }

func (r *resolver) resolve(code, name string, date time.Time) (string, string) {
	if _, ok := seatIndex[code]; ok || code == "" && name == "" {
		return resolveCountry(code, name, date)
	}
	if _, ok := seatIndex[name]; ok {
		return resolveCountry(code, name, date)
	}
	k := resolveKey{code: code, name: name}
	if !date.IsZero() {
		k.year = date.Year()
	}
	if v, ok := r.cache[k]; ok {
		return v.code, v.rule
	}
	c, rule := resolveCountry(code, name, date)
	if r.cache == nil {
		r.cache = map[resolveKey]resolved{}
	}
	r.cache[k] = resolved{c, rule}
	return c, rule
}
