package extract

import (
	"strings"
	"testing"
)

// The invariants of agentsTable: every line is "SECTOR: nouns" or
// "SECTOR!: nouns" with a three-letter upper-case sector, each sector has
// one line of each kind at most, nouns are lower case and listed once; the
// word lists beside it (weapons, person and institution titles) name
// nouns of the table, in the sector their comments give.
func TestAgentsTableInvariants(t *testing.T) {
	lines := map[string]bool{}
	seen := map[string]string{}
	for _, line := range tableLines(agentsTable) {
		sec, list, ok := strings.Cut(line, ":")
		if !ok {
			t.Errorf("line %q has no colon", line)
			continue
		}
		if lines[sec] {
			t.Errorf("sector %s has two lines", sec)
		}
		lines[sec] = true
		s := strings.TrimSuffix(sec, "!")
		if len(s) != 3 || strings.ToUpper(s) != s {
			t.Errorf("sector %q is not three upper-case letters", sec)
		}
		for _, n := range strings.Split(list, ",") {
			n = strings.TrimSpace(n)
			if n == "" {
				t.Errorf("%s: empty noun", sec)
				continue
			}
			if strings.ToLower(n) != n {
				t.Errorf("%s: noun %q is not lower case", sec, n)
			}
			if prev, dup := seen[n]; dup {
				t.Errorf("noun %q listed under %s and %s", n, prev, sec)
			}
			seen[n] = sec
		}
	}
	_, nouns := agentSectors()
	for w := range weaponNouns {
		// "mortar", "shell", "bomb", "strike" are weapons without an agent
		// line: a bare weapon is never a target, whoever fires it.
		if sec, ok := nouns[w]; ok && sec != "MIL" {
			t.Errorf("weapon %q is %s, not MIL", w, sec)
		}
	}
	for w := range personTitles {
		if sec, ok := nouns[w]; !ok || sec != "GOV" {
			t.Errorf("person title %q: sector %q, want a GOV noun", w, sec)
		}
	}
	for w := range institutionTitles {
		if _, ok := nouns[w]; !ok {
			t.Errorf("institution title %q is not an agent noun", w)
		}
	}
}

// Known rows, quoted from the table: a president is one person of the
// government, the police are COP, a rebel REB.
func TestAgentsTableKnownRows(t *testing.T) {
	_, nouns := agentSectors()
	for n, want := range map[string]string{"president": "GOV", "police": "COP", "rebel": "REB",
		"parliament": "LEG", "journalist": "MED", "refugee": "REF"} {
		if nouns[n] != want {
			t.Errorf("%q: %q, want %s", n, nouns[n], want)
		}
	}
}

// Every outsiderRoles noun is an agentsTable noun (outsiderSector panics
// at start-up otherwise) and takes that noun's sector, singular and plural.
func TestOutsiderSector(t *testing.T) {
	_, nouns := agentSectors()
	for _, r := range outsiderRoles {
		want, ok := nouns[r]
		if !ok {
			t.Errorf("outsider role %q is not in agentsTable", r)
			continue
		}
		if got := outsiderSector[r]; got != want {
			t.Errorf("outsiderSector[%q] = %q, want %q (agentsTable)", r, got, want)
		}
		if got := outsiderSector[pluralPhrase(r)]; got != want {
			t.Errorf("outsiderSector[%q] = %q, want %q (agentsTable)", pluralPhrase(r), got, want)
		}
	}
}

// TestNewAgents: nouns added in round 10 from the reviewer's sentences —
// consumers are civilians (CVL: the crowd's boycott, 143 by the "boycott"
// line), a commission is an institution (GOV) of the body it belongs to.
func TestNewAgents(t *testing.T) {
	codeCases(t, []struct{ text, want string }{
		{"Chinese consumers boycotted Japanese goods after the dispute over the islands.", "CHN>JPN:143"},
	})
	ms := testCoder.Mentions("A United Nations commission met.", d("2025-06-12"))
	if len(ms) != 1 || ms[0].Actors[0].Code != "IGOUNOGOV" {
		t.Errorf("United Nations commission: %+v, want IGOUNOGOV", ms)
	}
}
