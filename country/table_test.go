package country

import (
	"sort"
	"strings"
	"testing"
)

func isUpperASCII(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for i := 0; i < n; i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

func TestTableCodes(t *testing.T) {
	seen := map[string]string{}
	for _, c := range table {
		for _, code := range append([]string{c.Code}, c.OtherCodes...) {
			if !isUpperASCII(code, 3) {
				t.Errorf("%s: code %q is not three upper-case letters", c.Code, code)
			}
			if prev, dup := seen[code]; dup {
				t.Errorf("code %s belongs to both %s and %s", code, prev, c.Code)
			}
			seen[code] = c.Code
		}
		if c.CAMEO != "" {
			found := false
			for _, o := range c.OtherCodes {
				found = found || o == c.CAMEO
			}
			if !found {
				t.Errorf("%s: CAMEO code %s is not in OtherCodes", c.Code, c.CAMEO)
			}
		}
	}
}

func TestTableISO2(t *testing.T) {
	seen := map[string][]string{}
	for _, c := range table {
		if c.Kind == Region {
			if c.ISO2 != "" {
				t.Errorf("region %s has ISO2 %q", c.Code, c.ISO2)
			}
			continue
		}
		if !isUpperASCII(c.ISO2, 2) {
			t.Errorf("%s: ISO2 %q is not two upper-case letters", c.Code, c.ISO2)
		}
		seen[c.ISO2] = append(seen[c.ISO2], c.Code)
	}
	for iso2, codes := range seen {
		// The one alpha-2 code ISO reused: CS, Czechoslovakia until 1993,
		// Serbia and Montenegro 2003–2006 (ISO 3166-3).
		if len(codes) > 1 && !(iso2 == "CS" && len(codes) == 2) {
			t.Errorf("ISO2 %s is used by %v", iso2, codes)
		}
	}
	for a, code := range iso2Aliases {
		if _, taken := seen[a]; taken {
			t.Errorf("ISO2 alias %s is also an entry's ISO2", a)
		}
		if !Valid(code) {
			t.Errorf("ISO2 alias %s points to unknown %s", a, code)
		}
	}
}

// checkList fails on empty, padded or repeated strings in a list.
func checkList(t *testing.T, code, field string, list []string) {
	t.Helper()
	seen := map[string]bool{}
	for _, s := range list {
		if s == "" || strings.TrimSpace(s) != s {
			t.Errorf("%s.%s has the bad entry %q", code, field, s)
		}
		if seen[s] {
			t.Errorf("%s.%s repeats %q", code, field, s)
		}
		seen[s] = true
	}
}

func TestTableFields(t *testing.T) {
	for _, c := range table {
		for field, s := range map[string]string{"Name": c.Name, "FullName": c.FullName} {
			if s == "" || strings.TrimSpace(s) != s {
				t.Errorf("%s.%s = %q", c.Code, field, s)
			}
		}
		if strings.TrimSpace(c.Capital) != c.Capital {
			t.Errorf("%s.Capital = %q", c.Code, c.Capital)
		}
		checkList(t, c.Code, "Aliases", c.Aliases)
		checkList(t, c.Code, "Adjectives", c.Adjectives)
		checkList(t, c.Code, "Seats", c.Seats)
		checkList(t, c.Code, "Successors", c.Successors)
		checkList(t, c.Code, "OtherCodes", c.OtherCodes)
		if c.From != 0 && c.Until != 0 && c.From > c.Until {
			t.Errorf("%s: From %d after Until %d", c.Code, c.From, c.Until)
		}
		switch c.Kind {
		case State:
			if c.Capital == "" {
				t.Errorf("state %s has no capital", c.Code)
			}
			if c.Until != 0 || c.Sovereign != "" || len(c.Successors) > 0 {
				t.Errorf("state %s has Until, Sovereign or Successors", c.Code)
			}
		case Territory:
			// Antarctica and Western Sahara belong to no state.
			if c.Sovereign == "" && c.Code != "ATA" && c.Code != "ESH" {
				t.Errorf("territory %s has no sovereign", c.Code)
			}
			if c.Until != 0 {
				t.Errorf("territory %s has Until %d: it should be Historical", c.Code, c.Until)
			}
		case Historical:
			if c.From == 0 || c.Until == 0 || len(c.Successors) == 0 {
				t.Errorf("historical %s lacks years or successors", c.Code)
			}
			for _, s := range c.Successors {
				succ, ok := Lookup(s)
				if !ok || succ.Code != s {
					t.Errorf("%s: successor %s is not a canonical code", c.Code, s)
					continue
				}
				// A successor exists right after its predecessor ends.
				if !succ.ActiveIn(c.Until + 1) {
					t.Errorf("%s ends %d but its successor %s does not exist in %d", c.Code, c.Until, s, c.Until+1)
				}
			}
		case Region:
			if c.From != 0 || c.Until != 0 || c.Sovereign != "" || c.Capital != "" || len(c.Seats) > 0 {
				t.Errorf("region %s has country fields", c.Code)
			}
		default:
			t.Errorf("%s has kind %d", c.Code, c.Kind)
		}
		if c.Sovereign != "" {
			s, ok := Lookup(c.Sovereign)
			if !ok || s.Kind != State || s.Code != c.Sovereign {
				t.Errorf("%s: sovereign %s is not a state's canonical code", c.Code, c.Sovereign)
			}
		}
	}
}

// ISO 3166-1 lists 249 entries; 193 UN members plus the Holy See, Palestine
// and Taiwan are the ISO entries entente counts as states, and Kosovo is
// the one state without an ISO code. Historical and region counts are the
// rows of the table's last groups (eight ISO 3166-3 entries, 26 CAMEO
// region codes and CAMEO's four transnational actor codes IGO, IMG, MNC, NGO).
func TestTableCounts(t *testing.T) {
	iso := 0
	for _, c := range table {
		if (c.Kind == State || c.Kind == Territory) && c.Code != "XKX" {
			iso++
		}
	}
	want := map[Kind]int{State: 197, Territory: 249 - 196, Historical: 8, Region: 26 + 4}
	for k, n := range want {
		if got := len(ByKind(k)); got != n {
			t.Errorf("%d entries of kind %s, want %d", got, k, n)
		}
	}
	if iso != 249 {
		t.Errorf("%d ISO 3166-1 entries, want 249", iso)
	}
}

// The only surface forms shared by several entries are the ones the doc
// names: adjectives two states share, the two Virgin Islands, and seats of
// a historical state and its successor. Anything else is a typo or an
// unintended ambiguity.
func TestTableAmbiguousForms(t *testing.T) {
	want := map[string]string{
		"congolese":      "COD COG",
		"dominican":      "DMA DOM",
		"dominicans":     "DMA DOM",
		"korea":          "KOR PRK",
		"korean":         "KOR PRK",
		"koreans":        "KOR PRK",
		"virgin islands": "VGB VIR",
		"kremlin":        "RUS SUN",
		"moscow":         "RUS SUN",
		"prague":         "CSK CZE",
		"belgrade":       "SCG SRB YUG",
		"hanoi":          "VDR VNM",
	}
	got := map[string][]string{}
	for _, p := range Phrases() {
		got[p.Key] = append(got[p.Key], p.Code)
	}
	for key, codes := range got {
		if len(codes) < 2 {
			continue
		}
		sort.Strings(codes)
		if w, ok := want[key]; !ok || w != strings.Join(codes, " ") {
			t.Errorf("form %q is shared by %v; expected %q", key, codes, w)
		}
		delete(want, key)
	}
	for key, codes := range want {
		t.Errorf("form %q should be shared by %s", key, codes)
	}
	// Seats shared by two entries never overlap in time except in the
	// transition year.
	for key := range map[string]bool{"kremlin": true, "prague": true, "hanoi": true} {
		for _, year := range []int{1950, 1985, 2024} {
			n := 0
			for _, c := range Candidates(key) {
				if c.ActiveIn(year) {
					n++
				}
			}
			if n > 1 {
				t.Errorf("%q belongs to %d entries in %d", key, n, year)
			}
		}
	}
}
