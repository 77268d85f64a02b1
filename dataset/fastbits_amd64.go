package dataset

import "golang.org/x/sys/cpu"

// lineBlocksAVX2 is implemented in fastbits_amd64.s.
//
//go:noescape
func lineBlocksAVX2(src *byte, blocks int, tabs, nls, high *uint64)

var haveAVX2 = cpu.X86.HasAVX2

// lineBlocks fills, for each 64-byte block k of src (len(src) a multiple
// of 64), tabs[k], nls[k] and high[k] with one bit per byte marking tabs,
// newlines and bytes that are not ASCII.
func lineBlocks(src []byte, tabs, nls, high []uint64) {
	n := len(src) / 64
	if n == 0 {
		return
	}
	if haveAVX2 {
		_, _, _ = tabs[n-1], nls[n-1], high[n-1]
		lineBlocksAVX2(&src[0], n, &tabs[0], &nls[0], &high[0])
		return
	}
	lineBlocksGo(src, tabs, nls, high)
}
