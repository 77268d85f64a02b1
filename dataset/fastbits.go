package dataset

import (
	"encoding/binary"
	"math/bits"
)

// Bitmaps of the bytes of a buffer, for the fast GDELT path: bit i of
// word k stands for byte 64k+i. lineBlocks marks tabs, newlines and bytes
// that are not ASCII; on amd64 with AVX2 it classifies 32 bytes per
// instruction (fastbits_amd64.s), elsewhere eight bytes at a time
// (lineBlocksGo). fastBits is the tab bitmap of one record, shifted so
// that bit 0 is its first byte, with an iterator over its tabs.

// fastMaxBlocks bounds the records fastBits handles (4 KiB: GDELT rows
// are a few hundred bytes); longer ones take the reader's decoder.
const fastMaxBlocks = 64

// fastBits is the tab bitmap of one record and an iterator over its tabs.
type fastBits struct {
	bm    [fastMaxBlocks + 1]uint64
	words int // bitmap words in use
	tabs  int // number of tabs
	k     int // iterator: current word
	m     uint64
}

// movemask gathers the top bit of each byte of a word into the top byte
// of the product: (x>>7 & 0x0101…) * movemask >> 56 has bit i set when
// byte i of x has its top bit set. The partial products never overlap,
// so no carry disturbs them.
const movemask = 0x0102040810204080

// nlMask is tabMask for newlines.
func nlMask(w uint64) uint64 {
	x := w ^ 0x0a0a0a0a0a0a0a0a
	return ^(((x & swarLo7) + swarLo7) | x | swarLo7)
}

// lineBlocksGo is lineBlocks without assembly.
func lineBlocksGo(src []byte, tabs, nls, high []uint64) {
	for k := 0; len(src) >= 64; k++ {
		var t, n, h uint64
		for s := 0; s < 64; s += 8 {
			w := binary.LittleEndian.Uint64(src[s : s+8])
			t |= ((tabMask(w) >> 7) * movemask >> 56) << s
			n |= ((nlMask(w) >> 7) * movemask >> 56) << s
			h |= (((w & swarHigh) >> 7) * movemask >> 56) << s
		}
		tabs[k], nls[k], high[k] = t, n, h
		src = src[64:]
	}
}

// set computes the bitmap of a record on its own and returns false
// (bitmap unusable) when rec is longer than fastMaxBlocks blocks or holds
// a byte that is not ASCII.
func (b *fastBits) set(rec []byte) bool {
	if len(rec)/64 >= fastMaxBlocks {
		return false
	}
	var buf [fastMaxBlocks*64 + 64]byte // zero bytes are neither tabs nor non-ASCII
	copy(buf[:], rec)
	blocks := (len(rec) + 63) / 64
	var nls, high [fastMaxBlocks + 1]uint64
	lineBlocks(buf[:blocks*64], b.bm[:blocks], nls[:blocks], high[:blocks])
	for _, h := range high[:blocks] {
		if h != 0 {
			return false
		}
	}
	b.finish(blocks)
	return true
}

// setRange takes the bitmap of the record buf[start:end] from the buffer's
// bitmaps (tabs, high: see lineBlocks), shifting it to start at bit 0. It
// returns false when the record is too long or holds a byte that is not
// ASCII.
func (b *fastBits) setRange(tabs, high []uint64, start, end int) bool {
	n := end - start
	if n/64 >= fastMaxBlocks {
		return false
	}
	words := (n + 63) / 64
	k0, s := start/64, uint(start%64)
	var or uint64
	for i := 0; i < words; i++ {
		t, h := tabs[k0+i], high[k0+i]
		if s != 0 {
			t = t>>s | tabs[k0+i+1]<<(64-s)
			h = h>>s | high[k0+i+1]<<(64-s)
		}
		if i == words-1 && n%64 != 0 {
			keep := uint64(1)<<(n%64) - 1
			t &= keep
			h &= keep
		}
		b.bm[i] = t
		or |= h
	}
	if or != 0 {
		return false
	}
	b.finish(words)
	return true
}

// finish counts the tabs of the first words and starts the iterator.
func (b *fastBits) finish(words int) {
	b.words = words
	n := 0
	for _, w := range b.bm[:words] {
		n += bits.OnesCount64(w)
	}
	b.tabs = n
	b.k, b.m = 0, 0
	if words > 0 {
		b.m = b.bm[0]
	}
}

// next returns the position of the next tab (the iterator must not be
// past the last one).
func (b *fastBits) next() int {
	for b.m == 0 {
		b.k++
		b.m = b.bm[b.k]
	}
	p := b.k*64 + bits.TrailingZeros64(b.m)
	b.m &= b.m - 1
	return p
}

// lastTwo returns the positions of the last tab and of the one before it
// (-1 when absent), from the end of the bitmap.
func (b *fastBits) lastTwo() (last, prev int) {
	last, prev = -1, -1
	for k := b.words - 1; k >= 0; k-- {
		m := b.bm[k]
		for m != 0 {
			hi := 63 - bits.LeadingZeros64(m)
			if last < 0 {
				last = k*64 + hi
			} else {
				return last, k*64 + hi
			}
			m &^= 1 << hi
		}
	}
	return last, prev
}

// skip passes over the next n tabs.
func (b *fastBits) skip(n int) {
	for {
		c := bits.OnesCount64(b.m)
		if c > n {
			break
		}
		n -= c
		b.k++
		b.m = b.bm[b.k]
	}
	for ; n > 0; n-- {
		b.m &= b.m - 1
	}
}
