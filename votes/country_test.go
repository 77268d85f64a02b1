package votes

import (
	"testing"
	"time"
)

// The seat rules (country.go) and the fall-through to the country table:
// ISO2, ISO3, COW numbers (Correlates of War: 2 = USA, 365 = Russia,
// 220 = France) and names.
func TestResolveCountry(t *testing.T) {
	tests := []struct {
		code, name string
		date       time.Time
		want, rule string
	}{
		{"SU", "", day(1980, 6, 1), "RUS", "Soviet seat is Russia's"},
		{"365", "", day(1950, 1, 1), "RUS", "Soviet seat is Russia's"},
		{"RU", "", day(2014, 3, 27), "RUS", ""},
		// Yugoslavia's seat by date: SFRY to 1992, FRY/SCG to 2 June 2006, Serbia after.
		{"YU", "", day(1992, 12, 31), "YUG", "Yugoslav seat by date"},
		{"YU", "", day(1993, 1, 1), "SCG", "Yugoslav seat by date"},
		{"YU", "", day(2006, 6, 2), "SCG", "Yugoslav seat by date"},
		{"YU", "", day(2006, 6, 3), "SRB", "Yugoslav seat by date"},
		{"", "Yugoslavia", time.Time{}, "YUG", "Yugoslav seat by date"}, // undated: the first period
		{"", "Federal Republic of Germany", day(1975, 1, 1), "DEU", "West Germany is DEU"},
		{"", "Yemen Arab Republic", day(1980, 1, 1), "YEM", "North Yemen is YEM"},
		{"US", "", day(2000, 1, 1), "USA", ""},
		{"USA", "", day(2000, 1, 1), "USA", ""},
		{"2", "", day(2000, 1, 1), "USA", ""},
		{"220", "", day(2000, 1, 1), "FRA", ""},
		{"NA", "", day(2000, 1, 1), "NAM", ""}, // Namibia, never missing
		{"", "France", day(2000, 1, 1), "FRA", ""},
		{"", "CHN", day(2000, 1, 1), "CHN", ""}, // a code in the name column
		{"ZZ", "Atlantis", day(2000, 1, 1), "", ""},
		{"", "", day(2000, 1, 1), "", ""},
	}
	var r resolver
	for _, tt := range tests {
		got, rule := resolveCountry(tt.code, tt.name, tt.date)
		if got != tt.want || rule != tt.rule {
			t.Errorf("resolveCountry(%q, %q, %s) = %q, %q; want %q, %q", tt.code, tt.name, tt.date.Format("2006-01-02"), got, rule, tt.want, tt.rule)
		}
		// The cache gives the same answer, twice (the second from the cache).
		for i := 0; i < 2; i++ {
			if c, rl := r.resolve(tt.code, tt.name, tt.date); c != got || rl != rule {
				t.Errorf("resolver(%q, %q) = %q, %q; resolveCountry %q, %q", tt.code, tt.name, c, rl, got, rule)
			}
		}
	}
}

// Every seat rule names itself, matches something, and only its last
// period is open-ended, after dated periods in order.
func TestSeatRulesTable(t *testing.T) {
	names := map[string]bool{}
	for _, r := range seatRules {
		if r.name == "" || names[r.name] || len(r.match) == 0 || len(r.periods) == 0 {
			t.Errorf("rule %q: empty, repeated or matching nothing", r.name)
		}
		names[r.name] = true
		for i, p := range r.periods {
			last := i == len(r.periods)-1
			if p.before.IsZero() != last || p.code == "" || i > 0 && !last && !p.before.After(r.periods[i-1].before) {
				t.Errorf("rule %q period %d: %+v", r.name, i, p)
			}
		}
		for _, k := range r.match {
			if seatRules[seatIndex[k]].name != r.name {
				t.Errorf("key %q matched by two rules", k)
			}
		}
	}
}

func TestIsCode(t *testing.T) {
	for s, want := range map[string]bool{"US": true, "USA": true, "365": true, "": false, "Us": false,
		"USAA": false, "France": false, "U": false, "3a": false} {
		if got := isCode(s); got != want {
			t.Errorf("isCode(%q) = %v, want %v", s, got, want)
		}
	}
}
