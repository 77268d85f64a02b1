package extract

import (
	"strings"
	"testing"

	"github.com/entente/entente/country"
)

// placesTable: "CODE: places" or "CODE/SECTOR: seats"; every code is a
// country of the country table, every sector an agent sector, a place is
// listed once, and the places claimed by several states (the header names
// Kashmir, Nagorno-Karabakh and Jerusalem) are not listed.
func TestPlacesTableInvariants(t *testing.T) {
	secs, _ := agentSectors()
	at := map[string]string{}
	for _, line := range tableLines(placesTable) {
		head, list, ok := strings.Cut(line, ":")
		if !ok {
			t.Errorf("line %q has no colon", line)
			continue
		}
		code, sector, seat := strings.Cut(head, "/")
		if c, ok := country.Lookup(code); !ok || c.Code != code {
			t.Errorf("%q: %s is not a country code", line, code)
		}
		if seat && !secs[sector] {
			t.Errorf("%q: sector %q", head, sector)
		}
		for _, p := range strings.Split(list, ",") {
			p = strings.TrimSpace(p)
			if p == "" {
				t.Errorf("%s: empty place", head)
				continue
			}
			if prev, dup := at[p]; dup {
				t.Errorf("%q listed under %s and %s", p, prev, head)
			}
			at[p] = head
		}
	}
	for _, p := range []string{"Kashmir", "Nagorno-Karabakh", "Jerusalem"} {
		if h, ok := at[p]; ok {
			t.Errorf("contested %q is listed under %s", p, h)
		}
	}
	// Known rows, quoted from the table.
	for p, want := range map[string]string{"Basra": "IRQ", "Pentagon": "USA/GOV", "Knesset": "ISR/LEG", "Zhongnanhai": "CHN/GOV"} {
		if at[p] != want {
			t.Errorf("%s under %q, want %s", p, at[p], want)
		}
	}
}
