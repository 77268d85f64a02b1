package cameo

import (
	"math"
	"testing"
)

// Known rows of the CAMEO 1.1b3 codebook's Goldstein table, quoted as GDELT
// transcribes it in CAMEO.goldsteinscale.txt ("code<TAB>weight"); ICEWS's
// table agrees on all of these (TestWeightTablesDiffer lists where it does
// not).
func TestGoldsteinKnownRows(t *testing.T) {
	tests := []struct {
		row  string // the lookup file's line
		code string
		want float64
	}{
		{"010\t0.0", "010", 0},
		{"011\t-0.1", "011", -0.1},
		{"0211\t3.4", "0211", 3.4},
		{"0334\t6.0", "0334", 6},
		{"043\t2.8", "043", 2.8},
		{"057\t8.0", "057", 8},
		{"145\t-7.5", "145", -7.5},
		{"163\t-8.0", "163", -8},
		{"180\t-9.0", "180", -9},
		{"190\t-10.0", "190", -10},
	}
	for _, tt := range tests {
		for _, tab := range WeightTables() {
			if got := tab.Weight(tt.code); got != tt.want {
				t.Errorf("%s.Weight(%s) = %v; codebook row %q", tab.Name(), tt.code, got, tt.row)
			}
		}
		if got := Goldstein(tt.code); got != tt.want {
			t.Errorf("Goldstein(%s) = %v; codebook row %q", tt.code, got, tt.row)
		}
	}
}

// Unknown codes and GDELT's missing 1213 give NaN, never a made-up weight
// (doc.go); Has follows.
func TestWeightUnknownIsNaN(t *testing.T) {
	for _, code := range []string{"", "42", "0421", "999", " 042"} {
		for _, tab := range WeightTables() {
			if w := tab.Weight(code); !math.IsNaN(w) || tab.Has(code) {
				t.Errorf("%s.Weight(%q) = %v, Has %v; want NaN, false", tab.Name(), code, w, tab.Has(code))
			}
		}
	}
	if GoldsteinGDELT.Has("1213") || !GoldsteinICEWS.Has("1213") {
		t.Error("1213: GDELT's table must lack it, ICEWS's must have it")
	}
}

func TestWeightTableByName(t *testing.T) {
	for _, tt := range []struct {
		name string
		want *WeightTable
	}{{"gdelt", GoldsteinGDELT}, {"icews", GoldsteinICEWS}, {"GDELT", nil}, {"", nil}} {
		got, ok := WeightTableByName(tt.name)
		if got != tt.want || ok != (tt.want != nil) {
			t.Errorf("WeightTableByName(%q) = %v, %v", tt.name, got, ok)
		}
		if ok && got.Name() != tt.name {
			t.Errorf("Name() = %q, want %q", got.Name(), tt.name)
		}
	}
}

// WeightTable.Codes lists exactly the codes Has accepts, in codebook order.
func TestWeightTableCodes(t *testing.T) {
	for _, tab := range WeightTables() {
		listed := map[string]bool{}
		prev := ""
		for _, c := range tab.Codes() {
			if c <= prev {
				t.Errorf("%s: %s after %s", tab.Name(), c, prev)
			}
			prev = c
			listed[c] = true
		}
		for _, in := range Codes() {
			if listed[in.Code] != tab.Has(in.Code) {
				t.Errorf("%s: Codes() and Has(%s) disagree", tab.Name(), in.Code)
			}
		}
	}
}

// The documented differences between the two weight tables (PROVENANCE.md,
// the issue): 016, 022, 164, 165 differ and ICEWS adds 1213. Values from the
// two lookup files.
func TestWeightTablesDiffer(t *testing.T) {
	want := map[string][2]float64{
		"016":  {-2, -5},
		"022":  {3.2, 3.4},
		"164":  {-7, -6.5},
		"165":  {-6.5, -7},
		"1213": {math.NaN(), -4},
	}
	for _, info := range Codes() {
		g, i := GoldsteinGDELT.Weight(info.Code), GoldsteinICEWS.Weight(info.Code)
		w, listed := want[info.Code]
		same := g == i
		if !listed && !same {
			t.Errorf("%s: weights differ (%v, %v) but the difference is not documented", info.Code, g, i)
		}
		if listed {
			if !(g == w[0] || math.IsNaN(g) && math.IsNaN(w[0])) || i != w[1] {
				t.Errorf("%s: weights (%v, %v), want %v", info.Code, g, i, w)
			}
		}
	}
}
