package dataset

import (
	"math/rand/v2"
	"testing"
)

// This file tests lineBlocks, the function whose two build-tag halves are
// fastbits_amd64.go (AVX2 assembly, portable fallback) and
// fastbits_other.go (portable only). It is named after the portable half
// — a name ending in _amd64_test.go would itself be an amd64-only build
// constraint — and has no build tag: it runs on whichever half builds, and
// on amd64 it checks the native kernel and the portable one.

// wantBlocks is the obvious reading of lineBlocks' contract: bit i of word
// k marks byte 64k+i as a tab, a newline, or not ASCII.
func wantBlocks(src []byte) (tabs, nls, high []uint64) {
	n := len(src) / 64
	tabs, nls, high = make([]uint64, n), make([]uint64, n), make([]uint64, n)
	for i, c := range src[:n*64] {
		bit := uint64(1) << (i % 64)
		switch {
		case c == '\t':
			tabs[i/64] |= bit
		case c == '\n':
			nls[i/64] |= bit
		case c >= 0x80:
			high[i/64] |= bit
		}
	}
	return tabs, nls, high
}

func TestLineBlocks(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	alphabet := []byte("\t\n\r\x00\x09\x0a\x0b\x7f\x80\x89\x8a\xffa ")
	for _, blocks := range []int{0, 1, 2, 3, 7} {
		for trial := 0; trial < 50; trial++ {
			src := make([]byte, blocks*64)
			for i := range src {
				src[i] = alphabet[r.IntN(len(alphabet))]
			}
			wt, wn, wh := wantBlocks(src)
			for _, kernel := range []string{"native", "portable"} {
				saved := haveAVX2
				if kernel == "portable" {
					haveAVX2 = false
				}
				tabs, nls, high := make([]uint64, blocks), make([]uint64, blocks), make([]uint64, blocks)
				lineBlocks(src, tabs, nls, high)
				haveAVX2 = saved
				for k := 0; k < blocks; k++ {
					if tabs[k] != wt[k] || nls[k] != wn[k] || high[k] != wh[k] {
						t.Fatalf("%s, block %d of %q: tabs %#x nls %#x high %#x; want %#x %#x %#x",
							kernel, k, src[k*64:k*64+64], tabs[k], nls[k], high[k], wt[k], wn[k], wh[k])
					}
				}
			}
		}
	}
}

// A block where every byte is a tab, a newline or 0xff: all 64 bits set.
func TestLineBlocksFull(t *testing.T) {
	for _, c := range []byte{'\t', '\n', 0xff} {
		src := make([]byte, 64)
		for i := range src {
			src[i] = c
		}
		tabs, nls, high := make([]uint64, 1), make([]uint64, 1), make([]uint64, 1)
		lineBlocks(src, tabs, nls, high)
		want := [3]uint64{}
		want[map[byte]int{'\t': 0, '\n': 1, 0xff: 2}[c]] = ^uint64(0)
		if got := [3]uint64{tabs[0], nls[0], high[0]}; got != want {
			t.Errorf("64 × %#x: %#x, want %#x", c, got, want)
		}
	}
}
