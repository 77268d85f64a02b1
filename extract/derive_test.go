package extract

import (
	"strings"
	"testing"
)

func TestParseDeriveTableErrors(t *testing.T) {
	for _, tc := range []struct{ table, want string }{
		{"intent 030 | 04=036", "bad pattern"},
		{"intent 030 | 04*036", "no '='"},
		{"plead 030 | 04*=036", "unknown family"},
		{"intent 999 | 04*=036", "default"},
		{"intent 030 | 04*=999", "not a CAMEO code"},
		{"intent 030 | 04*=>nobody", "unknown family"},
		{"intent 030 | 04*=036\nintent 020 | 05*=032", "two defaults"},
		{"intent | 04*=036", "want"},
	} {
		if _, err := parseDeriveTable(tc.table); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: error %v, want %q", tc.table, err, tc.want)
		}
	}
}

func TestDeriveTableOrder(t *testing.T) {
	// rules are tried in order: the exact code before its base, the base
	// before its root, a delegation last (CAMEO 1.1b3: 1721 "impose
	// restrictions on political freedoms" under a threat is 1321; other
	// 172 codes 132; other 17x 137; an intent to use force is a threat,
	// 190 → 1384)
	for _, tc := range []struct {
		f          family
		comp, want string
	}{
		{famThreat, "1721", "1321"}, {famThreat, "172", "132"}, {famThreat, "171", "137"},
		{famIntent, "190", "1384"}, {famPrepare, "190", "150"}, {famPrepare, "042", "036"},
	} {
		if got, ok := derive(tc.f, tc.comp); !ok || got != tc.want {
			t.Errorf("derive(%d, %s) = %q %v, want %q", tc.f, tc.comp, got, ok, tc.want)
		}
	}
}
