package extract

import (
	"strings"
	"testing"
	"time"
)

func official(t *testing.T, name string) Official {
	t.Helper()
	for _, o := range Officials() {
		for _, n := range o.Names {
			if n == name {
				return o
			}
		}
	}
	t.Fatalf("no official %q", name)
	return Official{}
}

// Expected codes: dates of office from the table's sources (official
// biographies); the day before a term starts and the day it starts.
func TestOfficialAt(t *testing.T) {
	tests := []struct {
		name, day, code, sector string
		in                      bool
	}{
		{"Xi Jinping", "2008-03-14", "CHN", "ELI", false},
		{"Xi Jinping", "2013-03-14", "CHN", "GOV", true},
		{"Putin", "1998-07-24", "RUS", "ELI", false},
		{"Putin", "2010-01-01", "RUS", "GOV", true}, // prime minister 2008–2012
		{"Maduro", "2013-03-05", "VEN", "GOV", true},
		{"Trump", "2022-06-01", "USA", "ELI", false}, // between his terms
		{"Trump", "2025-01-20", "USA", "GOV", true},
		{"Biden", "2025-01-21", "USA", "ELI", false},
		{"Kofi Annan", "2000-01-01", "IGOUNO", "IGO", true},
		{"Jens Stoltenberg", "2020-01-01", "IGONAT", "IGO", true},
		{"Jens Stoltenberg", "2010-01-01", "NOR", "GOV", true},
		{"Vojislav Kostunica", "2000-01-01", "SRB", "OPP", true},
		{"Vojislav Kostunica", "2001-01-01", "SRB", "GOV", true},
	}
	for _, tt := range tests {
		o := official(t, tt.name)
		code, sector, in := o.At(d(tt.day))
		if code != tt.code || sector != tt.sector || in != tt.in {
			t.Errorf("%s on %s: %s %s %v, want %s %s %v", tt.name, tt.day, code, sector, in, tt.code, tt.sector, tt.in)
		}
	}
	// undated: the open term, if any
	if code, sector, in := official(t, "Xi Jinping").At(time.Time{}); code != "CHN" || sector != "GOV" || !in {
		t.Errorf("Xi undated: %s %s %v, want his open term", code, sector, in)
	}
	if code, sector, in := official(t, "Barack Obama").At(time.Time{}); code != "USA" || sector != "ELI" || in {
		t.Errorf("Obama undated: %s %s %v, want former", code, sector, in)
	}
}

func TestParseOfficialsErrors(t *testing.T) {
	for src, want := range map[string]string{
		"CHN | Xi":                              "want 3 columns",
		"chn | Xi | GOV 2012-01-01..":           "bad code",
		"CHN | Xi | GOVERNMENT 2012-01-01..":    "bad sector",
		"CHN | Xi | GOV 2012-13-01..":           "month out of range",
		"CHN | Xi | GOV 2012-01-01..2011-01-01": "ends before it starts",
		"CHN |  | GOV 2012-01-01..":             "no name",
		"CHN | Xi | GOV@chn 2012-01-01..":       "bad code",
	} {
		_, err := parseOfficials(src)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("parseOfficials(%q) = %v, want %q", src, err, want)
		}
	}
}

// TestGroupTerms checks groups (and officials) of the CAMEO era added to
// orgs_table.go (officials_table.go),
// coded by the sector of the term covering the event's date (the terms
// are public facts: Renamo's 1992 Rome peace accord, SWAPO in government
// from Namibia's independence on 1990-03-21): the group acts as its
// state's rebels or government (190 the "attack" line; 181 "abduct").
func TestGroupTerms(t *testing.T) {
	for _, tc := range []struct {
		text, day, want string
	}{
		{"Renamo rebels attacked a bus in central Mozambique.", "1988-05-02", "MOZREB>MOZ:190"},
		{"SWAPO guerrillas attacked a South African army base.", "1985-03-01", "NAMREB>ZAFMIL:190"},
		{"The Lord's Resistance Army abducted 40 children in northern Uganda.", "2003-06-10", "UGAREB>UGACVL:181"},
		// heads of state of the era added to officials_table.go (1723 the
		// "impose" line's curfew pattern; 111 "condemn")
		{"President Zeroual imposed a curfew in Algiers.", "1995-02-01", "DZAGOV>DZACVL:1723"},
		{"Honecker condemned West Germany.", "1985-02-01", "DDRGOV>DEU:111"},
	} {
		var got []string
		for _, e := range testCoder.CodeSentence(tc.text, d(tc.day)) {
			got = append(got, e.Source.Code+">"+e.Target.Code+":"+e.Code)
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}
