package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestGeneratedUpToDate regenerates lexicon_wordnet.go from the installed
// WordNet (Debian wordnet-base) and the hand tables and compares it with
// the committed file: the table must be what the generator makes. It skips
// when WordNet is not installed.
func TestGeneratedUpToDate(t *testing.T) {
	const dir = "/usr/share/wordnet"
	if _, err := os.Stat(filepath.Join(dir, "data.verb")); err != nil {
		t.Skip("WordNet 3.0 not installed (apt-get install wordnet-base)")
	}
	out := filepath.Join(t.TempDir(), "lexicon_wordnet.go")
	if err := run("../../lexicon_table.go", dir, out); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(out)
	want, err := os.ReadFile("../../lexicon_wordnet.go")
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Error("extract/lexicon_wordnet.go is stale: run go generate ./extract")
	}
}

func TestMissingWordNet(t *testing.T) {
	err := run("../../lexicon_table.go", t.TempDir(), filepath.Join(t.TempDir(), "x.go"))
	if err == nil {
		t.Fatal("no error without WordNet")
	}
}
