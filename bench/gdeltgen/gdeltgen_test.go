package gdeltgen

import (
	"bytes"
	"strings"
	"testing"
)

// The generated file must have the properties BENCHMARKS.md claims for it.
func TestGenerateProperties(t *testing.T) {
	const rows = 20000
	data := Generate(Options{Rows: rows})
	if !bytes.Equal(data, Generate(Options{Rows: rows})) {
		t.Fatal("same seed, different output")
	}
	if bytes.Equal(data, Generate(Options{Rows: rows, Seed: 2})) {
		t.Fatal("different seeds, same output")
	}
	lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	if len(lines) != rows {
		t.Fatalf("%d lines, want %d", len(lines), rows)
	}
	var n57, n58, dyadic int
	codes := map[string]int{}
	for _, l := range lines {
		f := strings.Split(l, "\t")
		switch len(f) {
		case 57:
			n57++
		case 58:
			n58++
		default:
			t.Fatalf("row with %d fields: %q", len(f), l)
		}
		if f[7] != "" && f[17] != "" {
			dyadic++
		}
		for _, c := range []string{f[7], f[17]} {
			if c != "" {
				codes[c]++
			}
		}
	}
	share := func(n int) float64 { return float64(n) / rows }
	// defaults: 28 % backfile (57 columns), 40 % dyadic; binomial sd at
	// 20,000 rows is about 0.35 %, so ±2 % cannot fail by chance
	if s := share(n57); s < 0.26 || s > 0.30 {
		t.Errorf("57-column share %.3f, want 0.28", s)
	}
	if s := share(dyadic); s < 0.38 || s > 0.42 {
		t.Errorf("dyadic share %.3f, want 0.40", s)
	}
	if len(codes) < 200 || len(codes) > NumCountries {
		t.Errorf("%d distinct country codes, want about %d", len(codes), NumCountries)
	}
	if codes["USA"] < 5*codes["FRA"] {
		t.Errorf("not Zipf-skewed: USA %d, FRA %d", codes["USA"], codes["FRA"])
	}
	avg := float64(len(data)) / rows
	if avg < 345 || avg > 385 {
		t.Errorf("average row %.0f bytes, want about 365 (730 MB for 2M rows)", avg)
	}
}
