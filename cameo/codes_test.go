package cameo

import (
	"bufio"
	"encoding/csv"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/entente/entente/internal/sharedtest"
	"golang.org/x/text/encoding/charmap"
)

// readTSV2 reads a two-column tab-separated file with a header.
func readTSV2(t *testing.T, path string) map[string]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string]string{}
	sc := bufio.NewScanner(f)
	sc.Scan() // header
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		if line == "" {
			continue
		}
		k, v, ok := strings.Cut(line, "\t")
		if !ok {
			t.Fatalf("%s: line %q has no tab", path, line)
		}
		out[k] = v
	}
	return out
}

// The GDELT weight table must equal CAMEO.goldsteinscale.txt, code for code.
func TestGoldsteinGDELTMatchesLookupFile(t *testing.T) {
	file := readTSV2(t, sharedtest.Path(t, "data/gdelt/CAMEO.goldsteinscale.txt"))
	if len(file) != 311 {
		t.Fatalf("lookup file has %d codes, PROVENANCE.md documents 311", len(file))
	}
	for code, s := range file {
		want, err := strconv.ParseFloat(s, 64)
		if err != nil {
			t.Fatalf("code %s: %v", code, err)
		}
		if got := GoldsteinGDELT.Weight(code); got != want {
			t.Errorf("GDELT weight of %s = %v, file says %v", code, got, want)
		}
	}
	for _, code := range GoldsteinGDELT.Codes() {
		if _, ok := file[code]; !ok {
			t.Errorf("GDELT table has %s, the lookup file does not", code)
		}
	}
}

// Every code in the GDELT name file exists here; names are compared with the
// ICEWS codebook below, because GDELT's lookup file carries older labels.
func TestCodesMatchGDELTCodeList(t *testing.T) {
	file := readTSV2(t, sharedtest.Path(t, "data/gdelt/CAMEO.eventcodes.txt"))
	for code := range file {
		if !Valid(code) {
			t.Errorf("GDELT code %s missing from the table", code)
		}
	}
	// GDELT's file labels 101–108 with pre-1.1b3 names (e.g. "Demand
	// information, investigation" for 101); the codebook (and ICEWS) label
	// 101 "Demand material cooperation". Check that we follow the codebook.
	if got := Name("101"); got != "Demand material cooperation" {
		t.Errorf("Name(101) = %q", got)
	}
}

func readICEWSCodebook(t *testing.T) [][]string {
	t.Helper()
	f, err := os.Open(sharedtest.Path(t, "data/icews/cameo-codes.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	// The file is Windows-1252, not UTF-8 (curly quotes in 044).
	r := csv.NewReader(charmap.Windows1252.NewDecoder().Reader(f))
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

// The ICEWS weights and the code names must equal the ICEWS codebook.
func TestICEWSCodebook(t *testing.T) {
	recs := readICEWSCodebook(t)
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	seen := map[string]bool{}
	for _, rec := range recs[1:] {
		code := rec[col["code"]]
		seen[code] = true
		info, ok := Lookup(code)
		if !ok {
			t.Errorf("ICEWS code %s missing", code)
			continue
		}
		w, err := strconv.ParseFloat(rec[col["goldstein"]], 64)
		if err != nil {
			t.Fatalf("code %s: %v", code, err)
		}
		if got := GoldsteinICEWS.Weight(code); got != w {
			t.Errorf("ICEWS weight of %s = %v, codebook says %v", code, got, w)
		}
		name := strings.Join(strings.Fields(rec[col["name"]]), " ")
		name = strings.NewReplacer("\u2018", "'", "\u2019", "'").Replace(name)
		if !strings.EqualFold(info.Name, name) {
			t.Errorf("name of %s = %q, codebook says %q", code, info.Name, name)
		}
		if root := rec[col["root_code"]]; info.Root != root {
			t.Errorf("root of %s = %q, codebook says %q", code, info.Root, root)
		}
	}
	if len(seen) != len(Codes()) {
		t.Errorf("codebook has %d codes, table %d", len(seen), len(Codes()))
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
