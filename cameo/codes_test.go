package cameo

import (
	"bufio"
	"encoding/csv"
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
