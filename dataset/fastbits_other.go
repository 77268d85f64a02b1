//go:build !amd64

package dataset

// lineBlocks fills, for each 64-byte block k of src (len(src) a multiple
// of 64), tabs[k], nls[k] and high[k] with one bit per byte marking tabs,
// newlines and bytes that are not ASCII.
func lineBlocks(src []byte, tabs, nls, high []uint64) { lineBlocksGo(src, tabs, nls, high) }

// haveAVX2 is false: the portable kernel is used.
var haveAVX2 = false
