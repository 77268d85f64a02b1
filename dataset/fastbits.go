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

// fastBits iterates over the tabs of one record in a buffer's tab bitmap
// (bm, where the record is bits [base, end)), giving positions relative
// to the record's first byte.
type fastBits struct {
	bm        []uint64
	base, end int
	tabs      int // number of tabs in the record
	k         int // iterator: current word
	m         uint64

	own, ownNL, ownHigh [fastMaxBlocks + 1]uint64 // bitmaps for set
	buf                 [fastMaxBlocks*64 + 64]byte
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
	if len(rec) == 0 {
		b.bm, b.base, b.end, b.tabs, b.k, b.m = b.own[:], 0, 0, 0, 0, 0
		return true
	}
	blocks := (len(rec) + 63) / 64
	clear(b.buf[:blocks*64]) // zero bytes are neither tabs nor non-ASCII
	copy(b.buf[:], rec)
	lineBlocks(b.buf[:blocks*64], b.own[:blocks], b.ownNL[:blocks], b.ownHigh[:blocks])
	return b.setRange(b.own[:], b.ownHigh[:], 0, len(rec))
}

// setRange starts the iterator on the record that is bytes [start, end)
// of a buffer whose bitmaps are tabs and high (see lineBlocks). It
// returns false when the record is empty, too long, or holds a byte that
// is not ASCII.
func (b *fastBits) setRange(tabs, high []uint64, start, end int) bool {
	if end <= start || end-start >= fastMaxBlocks*64 {
		return false
	}
	k0, k1 := start/64, (end-1)/64
	first := ^uint64(0) << (start % 64)
	last := ^uint64(0) >> (63 - (end-1)%64)
	var h uint64
	var n int
	if k0 == k1 {
		h = high[k0] & first & last
		n = bits.OnesCount64(tabs[k0] & first & last)
	} else {
		h = high[k0]&first | high[k1]&last
		n = bits.OnesCount64(tabs[k0]&first) + bits.OnesCount64(tabs[k1]&last)
		for k := k0 + 1; k < k1; k++ {
			h |= high[k]
			n += bits.OnesCount64(tabs[k])
		}
	}
	if h != 0 {
		return false
	}
	b.bm, b.base, b.end, b.tabs = tabs, start, end, n
	b.k, b.m = k0, tabs[k0]&first
	return true
}

// next returns the position of the next tab (the iterator must not be
// past the last one).
func (b *fastBits) next() int {
	for b.m == 0 {
		b.k++
		b.m = b.bm[b.k]
	}
	p := b.k*64 + bits.TrailingZeros64(b.m) - b.base
	b.m &= b.m - 1
	return p
}

// lastTwo returns the positions of the last tab and of the one before it
// (-1 when absent), from the end of the record.
func (b *fastBits) lastTwo() (last, prev int) {
	last, prev = -1, -1
	k0, k1 := b.base/64, (b.end-1)/64
	for k := k1; k >= k0; k-- {
		m := b.bm[k]
		if k == k1 {
			m &= ^uint64(0) >> (63 - (b.end-1)%64)
		}
		if k == k0 {
			m &= ^uint64(0) << (b.base % 64)
		}
		for m != 0 {
			hi := 63 - bits.LeadingZeros64(m)
			if last < 0 {
				last = k*64 + hi - b.base
			} else {
				return last, k*64 + hi - b.base
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
