package cameo

import "testing"

// Name, RootOf and Valid on a few codes; the names are the CAMEO 1.1b3
// codebook's short labels as transcribed in codes_table.go (and checked
// against the ICEWS codebook by TestICEWSCodebook).
func TestNameRootOfValid(t *testing.T) {
	tests := []struct {
		code, name, root string
		valid            bool
	}{
		{"04", "Consult", "04", true},
		{"042", "Make a visit", "04", true},
		{"0211", "Appeal for economic cooperation", "02", true},
		{"190", "Use conventional military force", "19", true},
		{"2042", "Detonate nuclear weapons", "20", true},
		{"42", "", "", false},   // a lost leading zero
		{"21", "", "", false},   // CAMEO has twenty roots
		{"00", "", "", false},   // no root 00
		{"042 ", "", "", false}, // lookups never trim
		{"", "", "", false},
	}
	for _, tt := range tests {
		if got := Name(tt.code); got != tt.name {
			t.Errorf("Name(%q) = %q, want %q", tt.code, got, tt.name)
		}
		if got := RootOf(tt.code); got != tt.root {
			t.Errorf("RootOf(%q) = %q, want %q", tt.code, got, tt.root)
		}
		if got := Valid(tt.code); got != tt.valid {
			t.Errorf("Valid(%q) = %v, want %v", tt.code, got, tt.valid)
		}
	}
}

// Lookup's Info splits the code by its digits: root = first two, base =
// first three ("" for a root), level = the number of digits.
func TestLookupInfoFields(t *testing.T) {
	tests := []struct {
		code string
		want Info
	}{
		{"04", Info{Code: "04", Name: "Consult", Root: "04", Base: "", Level: LevelRoot}},
		{"042", Info{Code: "042", Name: "Make a visit", Root: "04", Base: "042", Level: LevelBase}},
		{"1213", Info{Code: "1213", Name: Name("1213"), Root: "12", Base: "121", Level: LevelFull}},
	}
	for _, tt := range tests {
		got, ok := Lookup(tt.code)
		if !ok || got != tt.want {
			t.Errorf("Lookup(%q) = %+v, %v; want %+v", tt.code, got, ok, tt.want)
		}
	}
}

// Codes is in codebook order and agrees with Lookup; Roots are "01" … "20" in
// order (the codebook's twenty roots).
func TestCodesAndRootsOrder(t *testing.T) {
	codes := Codes()
	for i, in := range codes {
		if i > 0 && codes[i-1].Code >= in.Code {
			t.Errorf("Codes()[%d] = %s after %s: not ascending", i, in.Code, codes[i-1].Code)
		}
		if got, ok := Lookup(in.Code); !ok || got != in {
			t.Errorf("Lookup(%s) = %+v, Codes says %+v", in.Code, got, in)
		}
	}
	roots := Roots()
	for i, r := range roots {
		want := string(rune('0'+(i+1)/10)) + string(rune('0'+(i+1)%10))
		if r.Code != want || r.Level != LevelRoot || r.Base != "" {
			t.Errorf("Roots()[%d] = %+v, want root %s", i, r, want)
		}
	}
	// Codes returns a copy: changing it does not change the table.
	codes[0].Name = "changed"
	if Name(codes[0].Code) == "changed" {
		t.Error("Codes() shares the table")
	}
}

func TestLookupIsStringExact(t *testing.T) {
	tests := []struct {
		code string
		ok   bool
		root string
		lvl  Level
	}{
		{"042", true, "04", LevelBase},
		{"42", false, "", 0},   // a lost leading zero is not a code
		{"0421", false, "", 0}, // not in CAMEO 1.1b3 (042 has no children)
		{"1213", true, "12", LevelFull},
		{"20", true, "20", LevelRoot},
		{" 042", false, "", 0},
		{"", false, "", 0},
	}
	for _, tt := range tests {
		info, ok := Lookup(tt.code)
		if ok != tt.ok || info.Root != tt.root || info.Level != tt.lvl {
			t.Errorf("Lookup(%q) = %+v, %v; want root %q level %d ok %v", tt.code, info, ok, tt.root, tt.lvl, tt.ok)
		}
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct {
		in, out string
		ok      bool
	}{
		{"042", "042", true},
		{"42", "042", true},
		{" \"042\" ", "042", true},
		{"1", "01", true},
		{"10", "10", true},
		{"311", "0311", true},
		{"101", "101", true},
		{"999", "999", false},
		{"abc", "abc", false},
	}
	for _, tt := range tests {
		got, ok := Normalize(tt.in)
		if got != tt.out || ok != tt.ok {
			t.Errorf("Normalize(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.out, tt.ok)
		}
	}
}

func TestRootsAndCounts(t *testing.T) {
	// 20 roots; 312 codes (311 in GDELT's file + 1213), from the two lookup files.
	if n := len(Roots()); n != 20 {
		t.Errorf("%d roots, want 20", n)
	}
	if n := len(Codes()); n != 312 {
		t.Errorf("%d codes, want 312", n)
	}
	if n := len(GoldsteinGDELT.Codes()); n != 311 {
		t.Errorf("GDELT table lists %d codes, want 311", n)
	}
}
