package dataset

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// A record inside a larger buffer (setRange): tab positions are relative
// to the record's first byte, the record's own bitmap is cut at both ends,
// and a non-ASCII byte outside the record does not spoil it. Positions by
// hand from the strings.
func TestFastBitsSetRange(t *testing.T) {
	// 60 bytes of a previous record (with tabs), then "ab\tc\td" at 60…65
	// — crossing the first 64-byte block — then "\té\t".
	buf := []byte(strings.Repeat("x\t", 30) + "ab\tc\td" + "\té\t")
	blocks := (len(buf) + 63) / 64
	padded := make([]byte, blocks*64)
	copy(padded, buf)
	tabs, nls, high := make([]uint64, blocks), make([]uint64, blocks), make([]uint64, blocks)
	lineBlocks(padded, tabs, nls, high)
	var b fastBits
	if !b.setRange(tabs, high, 60, 66) {
		t.Fatal("setRange refused an ASCII record")
	}
	if b.tabs != 2 {
		t.Errorf("%d tabs, want 2", b.tabs)
	}
	if p, q := b.next(), b.next(); p != 2 || q != 4 {
		t.Errorf("tabs at %d, %d; want 2, 4", p, q)
	}
	if last, prev := b.lastTwo(); last != 4 || prev != 2 {
		t.Errorf("lastTwo = %d, %d; want 4, 2", last, prev)
	}
	// The record plus the tab and the 'é' after it is not ASCII.
	if b.setRange(tabs, high, 60, 68) {
		t.Error("setRange accepted a record with a non-ASCII byte")
	}
	// Empty and too-long records are refused.
	if b.setRange(tabs, high, 5, 5) || b.setRange(tabs, high, 0, fastMaxBlocks*64) {
		t.Error("setRange accepted an empty or over-long record")
	}
}

// lastTwo counts from the end of the record: -1 where there is no tab.
func TestFastBitsLastTwo(t *testing.T) {
	for _, tt := range []struct {
		rec        string
		last, prev int
	}{
		{"abc", -1, -1},
		{"a\tb", 1, -1},
		{"\ta\tb\t", 4, 2},
		{strings.Repeat("y", 70) + "\t" + strings.Repeat("z", 100) + "\t", 171, 70}, // across blocks
	} {
		var b fastBits
		if !b.set([]byte(tt.rec)) {
			t.Fatalf("set(%q) refused", tt.rec)
		}
		if last, prev := b.lastTwo(); last != tt.last || prev != tt.prev {
			t.Errorf("lastTwo(%q) = %d, %d; want %d, %d", tt.rec, last, prev, tt.last, tt.prev)
		}
	}
}

// nlMask marks the bytes of a word that are newlines (top bit of each
// such byte), as tabMask marks tabs.
func TestNLMask(t *testing.T) {
	for _, tt := range []struct {
		w    uint64
		want uint64
	}{
		{0x0a, 0x80},
		{0x0a00_0000_0000_0a0a, 0x8000_0000_0000_8080},
		{0x0909_0b8a_ff00_7f0b, 0}, // tab, 0x0b, 0x8a (0x0a with the top bit), 0xff: none is '\n'
	} {
		if got := nlMask(tt.w); got != tt.want {
			t.Errorf("nlMask(%#x) = %#x, want %#x", tt.w, got, tt.want)
		}
	}
}

func TestFastBits(t *testing.T) {
	cases := []string{"", "a", "\t", "\t\t\t\t\t\t\t\t\t\t", "ab\tcd", "x\x08\ty\t\x08", "é\tx",
		strings.Repeat("\t", 64), strings.Repeat("\t", 65), strings.Repeat("a\t", 70), strings.Repeat("abcdefg\t", 50) + "z",
		strings.Repeat("x", 63) + "\x80", strings.Repeat("y", 64*fastMaxBlocks)}
	for _, c := range cases {
		checkBits(t, []byte(c))
	}
	r := rand.New(rand.NewPCG(1, 2))
	alphabet := []byte("\t\t\t\t\x08\x09\x0a\x89\xffab0\x00")
	for i := 0; i < 3000; i++ {
		b := make([]byte, r.IntN(700))
		for j := range b {
			b[j] = alphabet[r.IntN(len(alphabet))]
		}
		if r.IntN(2) == 0 { // mostly ASCII, as real rows
			for j := range b {
				if b[j] >= 0x80 {
					b[j] = 'z'
				}
			}
		}
		checkBits(t, b)
	}
}
