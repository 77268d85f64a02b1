package country

import (
	"sort"
	"testing"
)

func TestLookup(t *testing.T) {
	tests := []struct {
		code     string
		wantCode string // "" when Lookup must fail
		wantName string
		kind     Kind
	}{
		// Codes from ISO 3166-1/-3 and the CAMEO codebook; the canonical
		// code is the table's.
		{"NAM", "NAM", "Namibia", State},
		{"USA", "USA", "United States", State},
		{"CHN", "CHN", "China", State},
		{"VEN", "VEN", "Venezuela", State},
		{"ROU", "ROU", "Romania", State},
		{"ROM", "ROU", "Romania", State},           // CAMEO
		{"TMP", "TLS", "Timor-Leste", State},       // CAMEO / former ISO
		{"KSV", "XKX", "Kosovo", State},            // CAMEO
		{"XKX", "XKX", "Kosovo", State},            // EU / World Bank
		{"ZAR", "COD", "DR Congo", State},          // Zaire is a name of the DR Congo
		{"BUR", "MMR", "Myanmar", State},           // Burma
		{"WSB", "PSE", "Palestine", State},         // GDELT: West Bank
		{"GZS", "PSE", "Palestine", State},         // GDELT: Gaza Strip
		{"BAG", "IRQ", "Iraq", State},              // GDELT: Baghdad
		{"SUN", "SUN", "Soviet Union", Historical}, // never RUS
		{"USR", "SUN", "Soviet Union", Historical}, // Phoenix
		{"YUG", "YUG", "Yugoslavia", Historical},
		{"SCG", "SCG", "Serbia and Montenegro", Historical},
		{"FRY", "SCG", "Serbia and Montenegro", Historical},
		{"CSK", "CSK", "Czechoslovakia", Historical},
		{"DDR", "DDR", "East Germany", Historical},
		{"YMD", "YMD", "South Yemen", Historical},
		{"PRI", "PRI", "Puerto Rico", Territory},
		{"HKG", "HKG", "Hong Kong", Territory},
		{"AFR", "AFR", "Africa", Region},
		{"WST", "WST", "The West", Region},
		{"usa", "", "", 0}, // exact upper case only
		{" USA", "", "", 0},
		{"US", "", "", 0}, // alpha-2 belongs to LookupISO2
		{"", "", "", 0},
		{"042", "", "", 0},
		{"XXX", "", "", 0},
		{"KNT", "", "", 0}, // Kinakuta: PETRARCH's fictional test country
	}
	for _, tt := range tests {
		c, ok := Lookup(tt.code)
		if ok != (tt.wantCode != "") {
			t.Errorf("Lookup(%q) ok = %v", tt.code, ok)
			continue
		}
		if !ok {
			if c.Code != "" {
				t.Errorf("failed Lookup(%q) returned %+v", tt.code, c)
			}
			continue
		}
		if c.Code != tt.wantCode || c.Name != tt.wantName || c.Kind != tt.kind {
			t.Errorf("Lookup(%q) = %s %q %s, want %s %q %s", tt.code, c.Code, c.Name, c.Kind, tt.wantCode, tt.wantName, tt.kind)
		}
		if !Valid(tt.code) {
			t.Errorf("Valid(%q) = false after a successful Lookup", tt.code)
		}
		if got, _ := Canonical(tt.code); got != tt.wantCode {
			t.Errorf("Canonical(%q) = %q, want %q", tt.code, got, tt.wantCode)
		}
		if got := Name(tt.code); got != tt.wantName {
			t.Errorf("Name(%q) = %q, want %q", tt.code, got, tt.wantName)
		}
		if got := IsCountry(tt.code); got != tt.kind.IsCountry() {
			t.Errorf("IsCountry(%q) = %v", tt.code, got)
		}
	}
}

func TestUnknownCodes(t *testing.T) {
	// CAMEO's transnational actor codes are known but never countries.
	for _, code := range []string{"IGO", "IMG", "MNC", "NGO"} {
		if !Valid(code) || IsCountry(code) {
			t.Errorf("%q: Valid %v, IsCountry %v; want a known non-country", code, Valid(code), IsCountry(code))
		}
	}
	for _, code := range []string{"", "usa", "ZZZ", "NA", "UIS"} {
		if Valid(code) || IsCountry(code) {
			t.Errorf("%q is reported as known", code)
		}
		if got := Name(code); got != code {
			t.Errorf("Name(%q) = %q, want the code itself", code, got)
		}
		if got, ok := Canonical(code); ok || got != code {
			t.Errorf("Canonical(%q) = %q, %v; want the code unchanged and false", code, got, ok)
		}
	}
}

func TestLookupISO2(t *testing.T) {
	tests := []struct{ iso2, want string }{
		// ISO 3166-1 alpha-2, ISO 3166-3 for the historical states, the
		// exceptionally reserved "UK" and "EL", user-assigned "XK".
		{"NA", "NAM"}, // Namibia, never missing
		{"US", "USA"},
		{"GB", "GBR"},
		{"UK", "GBR"},
		{"EL", "GRC"},
		{"GR", "GRC"},
		{"CN", "CHN"},
		{"TW", "TWN"},
		{"KP", "PRK"},
		{"KR", "KOR"},
		{"XK", "XKX"},
		{"SU", "SUN"},
		{"YU", "YUG"},
		{"DD", "DDR"},
		{"ZR", "COD"},
		{"TP", "TLS"},
		{"AN", "ANT"},
		{"CS", ""}, // Czechoslovakia until 1993, Serbia and Montenegro 2003–2006
		{"na", ""},
		{"", ""},
		{"USA", ""},
		{"ZZ", ""},
	}
	for _, tt := range tests {
		c, ok := LookupISO2(tt.iso2)
		if ok != (tt.want != "") || c.Code != tt.want {
			t.Errorf("LookupISO2(%q) = %q, %v; want %q", tt.iso2, c.Code, ok, tt.want)
		}
	}
}

func TestAllAndByKind(t *testing.T) {
	all := All()
	if len(all) != len(table) {
		t.Fatalf("All() has %d entries, the table %d", len(all), len(table))
	}
	if !sort.SliceIsSorted(all, func(a, b int) bool { return all[a].Code < all[b].Code }) {
		t.Error("All() is not sorted by Code")
	}
	total := 0
	for _, k := range []Kind{State, Territory, Historical, Region} {
		cs := ByKind(k)
		total += len(cs)
		for _, c := range cs {
			if c.Kind != k {
				t.Errorf("ByKind(%s) returned %s of kind %s", k, c.Code, c.Kind)
			}
		}
		if !sort.SliceIsSorted(cs, func(a, b int) bool { return cs[a].Code < cs[b].Code }) {
			t.Errorf("ByKind(%s) is not sorted", k)
		}
	}
	if total != len(all) {
		t.Errorf("the kinds cover %d entries of %d", total, len(all))
	}
	if ByKind(0) != nil {
		t.Error("ByKind(0) is not nil")
	}
}

var sinkCountry Country

func BenchmarkLookup(b *testing.B) {
	codes := []string{"USA", "CHN", "RUS", "ROM", "AFR", "ZZZ"}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sinkCountry, _ = Lookup(codes[i%len(codes)])
	}
}

func BenchmarkValid(b *testing.B) {
	codes := []string{"USA", "CHN", "RUS", "ROM", "AFR", "ZZZ"}
	n := 0
	for i := 0; i < b.N; i++ {
		if Valid(codes[i%len(codes)]) {
			n++
		}
	}
	sinkInt = n
}

var sinkInt int
