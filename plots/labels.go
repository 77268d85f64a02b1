package plots

import (
	"unicode/utf8"

	"gonum.org/v1/plot/vg"
)

func inside(r, outer vg.Rectangle) bool {
	return r.Min.X >= outer.Min.X && r.Max.X <= outer.Max.X && r.Min.Y >= outer.Min.Y && r.Max.Y <= outer.Max.Y
}

func overlapsAny(r vg.Rectangle, others []vg.Rectangle) bool {
	for _, o := range others {
		if r.Min.X < o.Max.X && o.Min.X < r.Max.X && r.Min.Y < o.Max.Y && o.Min.Y < r.Max.Y {
			return true
		}
	}
	return false
}

// ShortLabel shortens s to at most n characters (runes), cutting at a word
// boundary where possible and ending with "…". n < 2 means 40.
func ShortLabel(s string, n int) string {
	if n < 2 {
		n = 40
	}
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)[:n-1]
	cut := len(r)
	for i := len(r) - 1; i > n/2; i-- {
		if r[i] == ' ' {
			cut = i
			break
		}
	}
	out := string(r[:cut])
	for len(out) > 0 && (out[len(out)-1] == ' ' || out[len(out)-1] == ',' || out[len(out)-1] == ';' || out[len(out)-1] == ':') {
		out = out[:len(out)-1]
	}
	return out + "…"
}
