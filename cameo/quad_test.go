package cameo

import "testing"

// Root → quad class for each mapping, from the definitions quoted in
// PROVENANCE.md (GDELT 01–05/06–09/10–14/15–20; ICEWS 01–05/06–08/09–13/
// 14–20; Phoenix 01–02 neutral, 16 verbal conflict).
func TestQuadMappingsByRoot(t *testing.T) {
	V, M, C, X, N := VerbalCoop, MaterialCoop, VerbalConflict, MaterialConflict, Neutral
	want := map[string][20]Quad{
		"gdelt":   {V, V, V, V, V, M, M, M, M, C, C, C, C, C, X, X, X, X, X, X},
		"icews":   {V, V, V, V, V, M, M, M, C, C, C, C, C, X, X, X, X, X, X, X},
		"phoenix": {N, N, V, V, V, M, M, M, C, C, C, C, C, X, X, C, X, X, X, X},
	}
	for name, roots := range want {
		m, ok := QuadMappingByName(name)
		if !ok {
			t.Fatalf("no mapping %q", name)
		}
		for _, info := range Codes() {
			r := int(info.Root[0]-'0')*10 + int(info.Root[1]-'0')
			if got := m.Quad(info.Code); got != roots[r-1] {
				t.Errorf("%s: Quad(%s) = %v, want %v", name, info.Code, got, roots[r-1])
			}
		}
	}
}

func TestQuadPLOVER(t *testing.T) {
	tests := []struct {
		code string
		want Quad
	}{
		{"042", VerbalCoop},       // CONSULT
		{"057", VerbalCoop},       // SUPPORT
		{"0874", MaterialCoop},    // RETREAT
		{"163", MaterialConflict}, // COERCE (the crosswalk maps sanctions to COERCE)
		{"1712", MaterialConflict},
		{"090", VerbalConflict}, // ACCUSE (investigate)
		{"020", VerbalConflict}, // REQUEST (entente extension)
		{"010", QuadUnknown},    // statements have no PLOVER category
		{"xyz", QuadUnknown},
	}
	for _, tt := range tests {
		if got := QuadPLOVER.Quad(tt.code); got != tt.want {
			t.Errorf("QuadPLOVER.Quad(%s) = %v, want %v", tt.code, got, tt.want)
		}
	}
}

func TestQuadFromNumber(t *testing.T) {
	for n, want := range map[int]Quad{0: Neutral, 1: VerbalCoop, 4: MaterialConflict} {
		if q, ok := QuadFromNumber(n); !ok || q != want {
			t.Errorf("QuadFromNumber(%d) = %v, %v", n, q, ok)
		}
	}
	if _, ok := QuadFromNumber(5); ok {
		t.Error("QuadFromNumber(5) ok")
	}
	if QuadUnknown.String() != "unknown" || MaterialConflict.String() != "material conflict" {
		t.Error("Quad names")
	}
}
