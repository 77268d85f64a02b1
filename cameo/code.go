package cameo

import (
	"math"
	"sort"
	"strings"
	"unicode"
)

var nan = math.NaN()

type codeRow struct {
	code         string
	name         string
	gdelt, icews float64
}

// Level is the depth of a CAMEO code: 2 digits (root), 3 (base) or 4 (full).
type Level int8

const (
	LevelRoot Level = 2
	LevelBase Level = 3
	LevelFull Level = 4
)

// Info describes one CAMEO event code.
type Info struct {
	Code  string // "0421"
	Name  string // the codebook's short label
	Root  string // "04"
	Base  string // "042" (equal to Code for a base code, "" for a root)
	Level Level
}

var index = func() map[string]int {
	m := make(map[string]int, len(codeTable))
	for i, r := range codeTable {
		m[r.code] = i
	}
	return m
}()

func infoOf(r *codeRow) Info {
	in := Info{Code: r.code, Name: r.name, Root: r.code[:2], Level: Level(len(r.code))}
	if len(r.code) >= 3 {
		in.Base = r.code[:3]
	}
	return in
}

// Lookup returns the code's description and whether it is a CAMEO code.
func Lookup(code string) (Info, bool) {
	i, ok := index[code]
	if !ok {
		return Info{}, false
	}
	return infoOf(&codeTable[i]), true
}

// Valid reports whether code is a CAMEO event code.
func Valid(code string) bool {
	_, ok := index[code]
	return ok
}

// Name returns the code's name, or "" for an unknown code.
func Name(code string) string {
	if i, ok := index[code]; ok {
		return codeTable[i].name
	}
	return ""
}

// RootOf returns the two-digit root of a valid code ("0421" → "04"), or ""
// if code is not a CAMEO code.
func RootOf(code string) string {
	if !Valid(code) {
		return ""
	}
	return code[:2]
}

// Codes returns every CAMEO code in codebook order (ascending as strings).
func Codes() []Info {
	out := make([]Info, len(codeTable))
	for i := range codeTable {
		out[i] = infoOf(&codeTable[i])
	}
	return out
}

// Roots returns the twenty root codes "01" … "20".
func Roots() []Info {
	var out []Info
	for i := range codeTable {
		if len(codeTable[i].code) == 2 {
			out = append(out, infoOf(&codeTable[i]))
		}
	}
	return out
}

// Normalize cleans a code typed or stored by other tools: it trims spaces
// and quotes around it (in any mix: ` "042" `, `' 042'`) and restores a leading zero lost to a numeric
// conversion ("42" → "042", "10" stays "10", "421" → "0421" only when "0421"
// is a code and "421" is not). It returns the cleaned code and whether it is
// valid. Codes that are already valid are returned unchanged.
func Normalize(s string) (string, bool) {
	s = strings.TrimFunc(s, func(r rune) bool { return r == '"' || r == '\'' || unicode.IsSpace(r) })
	if Valid(s) {
		return s, true
	}
	if s == "" || len(s) > 3 {
		return s, false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return s, false
		}
	}
	if Valid("0" + s) {
		return "0" + s, true
	}
	return s, false
}

// ensure codeTable is sorted (Codes promises codebook order).
var _ = func() bool {
	if !sort.SliceIsSorted(codeTable[:], func(i, j int) bool { return codeTable[i].code < codeTable[j].code }) {
		panic("cameo: code table is not sorted")
	}
	return true
}()
