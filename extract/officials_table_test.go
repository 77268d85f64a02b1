package extract

import (
	"testing"
	"time"
)

// termSectors are the sectors an official's or group's term may carry:
// the agent sectors plus the organisation kinds (officials_table.go's
// header: GOV, MIL, LEG, JUD, OPP, REB, PTY, BUS, IGO, …).
func termSectors() map[string]bool {
	s, _ := agentSectors()
	for _, x := range []string{"IGO", "NGO", "IMG"} {
		s[x] = true
	}
	return s
}

// Every line parses, every term's sector is known, and no name form
// belongs to two people (a shared form could not be resolved).
func TestOfficialsTableParses(t *testing.T) {
	os, err := parseOfficials(officialsTable)
	if err != nil {
		t.Fatal(err)
	}
	secs := termSectors()
	forms := map[string]string{}
	for _, o := range os {
		for _, tm := range o.Terms {
			if !secs[tm.Sector] {
				t.Errorf("%s: sector %q", o.Name, tm.Sector)
			}
		}
		for _, n := range o.Names {
			if prev, dup := forms[n]; dup && prev != o.Name {
				t.Errorf("name form %q belongs to %s and %s", n, prev, o.Name)
			}
			forms[n] = o.Name
		}
	}
}

// The decisions in the table's header, read back through Official.At.
func TestOfficialsTableDecisions(t *testing.T) {
	byName := map[string]Official{}
	for _, o := range Officials() {
		byName[o.Name] = o
	}
	day := func(s string) time.Time { d, _ := time.Parse("2006-01-02", s); return d }
	for _, tt := range []struct {
		name, day, code, sector string
	}{
		{"Xi Jinping", "2008-03-14", "CHN", "ELI"}, // the day before his first term
		{"Xi Jinping", "2008-03-15", "CHN", "GOV"},
		{"Xi Jinping", "2012-11-15", "CHN", "GOV"}, // the party leadership: no switch
		{"Vladimir Putin", "1998-07-25", "RUS", "GOV"},
		{"Vladimir Putin", "2009-06-01", "RUS", "GOV"}, // prime minister 2008–2012
		{"Nicolás Maduro", "2006-08-09", "VEN", "GOV"},
	} {
		o, ok := byName[tt.name]
		if !ok {
			t.Errorf("%s is not in the table", tt.name)
			continue
		}
		if code, sector, _ := o.At(day(tt.day)); code != tt.code || sector != tt.sector {
			t.Errorf("%s on %s: %s %s, want %s %s", tt.name, tt.day, code, sector, tt.code, tt.sector)
		}
	}
}

func TestOfficialsTable(t *testing.T) {
	os := Officials()
	if len(os) < 300 {
		t.Errorf("%d officials, want a few hundred", len(os))
	}
	seen := map[string]string{}
	for _, o := range os {
		if !validActorCode(o.Home) {
			t.Errorf("%s: bad home %q", o.Name, o.Home)
		}
		for i, tm := range o.Terms {
			if i > 0 && tm.From.Before(o.Terms[i-1].From) {
				t.Errorf("%s: terms out of order", o.Name)
			}
		}
		// a full name belongs to one person
		if prev, dup := seen[o.Name]; dup {
			t.Errorf("%s listed twice (%s and %s)", o.Name, prev, o.Home)
		}
		seen[o.Name] = o.Home
	}
}
