package dataset

import "encoding/binary"

// This file holds the byte-level helpers of the fast GDELT aggregation
// path (fast.go): a word-at-a-time tab splitter and hand-written number
// parsers. Each parser accepts a subset of what the reader's parsers
// (strconv) accept and returns the same value for it; anything else makes
// the row go through the reader's own decoder, so the two paths can never
// disagree on a value or on an error.

const (
	swarLo7  = 0x7f7f7f7f7f7f7f7f
	swarHigh = 0x8080808080808080
	swarTabs = 0x0909090909090909
)

// tabMask has the high bit set in every byte of w that is a tab: a tab is
// a zero byte of w ^ 0x0909…, found exactly (no false positives from
// borrows) with ^(((x & 0x7f…) + 0x7f…) | x | 0x7f…).
func tabMask(w uint64) uint64 {
	x := w ^ swarTabs
	return ^(((x & swarLo7) + swarLo7) | x | swarLo7)
}

// fastDigits parses a run of 1 to 18 ASCII digits.
func fastDigits(b []byte) (uint64, bool) {
	if len(b) == 0 || len(b) > 18 {
		return 0, false
	}
	var v uint64
	for _, c := range b {
		d := c - '0'
		if d > 9 {
			return 0, false
		}
		v = v*10 + uint64(d)
	}
	return v, true
}

// fastAllDigits reports whether b is a non-empty run of ASCII digits.
func fastAllDigits(b []byte) bool {
	if len(b) == 0 {
		return false
	}
	for len(b) >= 8 {
		w := binary.LittleEndian.Uint64(b[:8])
		if w&0xf0f0f0f0f0f0f0f0 != 0x3030303030303030 || (w+0x0606060606060606)&0xf0f0f0f0f0f0f0f0 != 0x3030303030303030 {
			return false
		}
		b = b[8:]
	}
	for _, c := range b {
		if c-'0' > 9 {
			return false
		}
	}
	return true
}

// fastPow10 holds the powers of ten that are exact in float64.
var fastPow10 = [...]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

// fastFloat parses -?[0-9]+(\.[0-9]+)? with a mantissa of at most 2^53
// and at most 22 decimals: then m / 10^k is one correctly rounded IEEE
// division of two exact values, which is the correctly rounded value
// strconv.ParseFloat returns (its own exact fast path). Other forms
// ("1e5", "+2", ".5", 17 significant digits) report false.
func fastFloat(b []byte) (float64, bool) {
	neg := false
	if len(b) > 0 && b[0] == '-' {
		neg = true
		b = b[1:]
	}
	// integer part: one or more digits
	i := 0
	var m uint64
	for ; i < len(b) && i < 19; i++ {
		d := b[i] - '0'
		if d > 9 {
			break
		}
		m = m*10 + uint64(d)
	}
	if i == 0 {
		return 0, false
	}
	frac := 0
	if i < len(b) {
		if b[i] != '.' {
			return 0, false
		}
		f := b[i+1:]
		frac = len(f)
		if frac == 0 || i+frac > 19 {
			return 0, false // "5." (accepted by strconv, left to it) or too many digits
		}
		for len(f) >= 8 {
			v, ok := eightDigits(f)
			if !ok {
				return 0, false
			}
			m = m*1e8 + v
			f = f[8:]
		}
		if k := len(f); k > 0 && cap(f) >= 8 {
			// The k digits and the bytes after them (inside the buffer):
			// shift the k digits to the top, fill the rest with '0'.
			w := binary.LittleEndian.Uint64(f[:8]) << (8 * (8 - k))
			w |= 0x3030303030303030 >> (8 * k)
			v, ok := digitsWord(w)
			if !ok {
				return 0, false
			}
			m = m*uint64(fastPow10[k]) + v
		} else {
			for _, c := range f {
				d := c - '0'
				if d > 9 {
					return 0, false
				}
				m = m*10 + uint64(d)
			}
		}
	}
	if m > 1<<53 {
		return 0, false
	}
	v := float64(m)
	if frac > 0 {
		v /= fastPow10[frac]
	}
	if neg {
		v = -v
	}
	return v, true
}

// eightDigits parses exactly eight ASCII digits at once (the first is the
// most significant): a digit byte is 0x30–0x39, which the two masks test
// for all eight bytes, and three multiply-shift steps combine pairs,
// quads and halves (Lemire's SWAR parse).
func eightDigits(b []byte) (uint64, bool) { return digitsWord(binary.LittleEndian.Uint64(b[:8])) }

// digitsWord is eightDigits on the bytes of a little-endian word.
func digitsWord(w uint64) (uint64, bool) {
	if w&0xf0f0f0f0f0f0f0f0 != 0x3030303030303030 || (w+0x0606060606060606)&0xf0f0f0f0f0f0f0f0 != 0x3030303030303030 {
		return 0, false
	}
	w = (w & 0x0f0f0f0f0f0f0f0f) * 2561 >> 8
	w = (w & 0x00ff00ff00ff00ff) * 6553601 >> 16
	return (w & 0x0000ffff0000ffff) * 42949672960001 >> 32, true
}

// fastDate parses YYYYMMDD and checks that the date exists (years 1 to
// 9999, as the reader's validDate): it returns y*10000+m*100+d.
func fastDate(b []byte) (int32, bool) {
	if len(b) != 8 {
		return 0, false
	}
	v, ok := eightDigits(b)
	if !ok {
		return 0, false
	}
	y, m, d := int(v/10000), int(v/100%100), int(v%100)
	if y < 1 || m < 1 || m > 12 || d < 1 || (d > 28 && d > daysIn(y, m)) {
		return 0, false
	}
	return int32(v), true
}

// fastTimestamp checks a DATEADDED value: YYYYMMDD or YYYYMMDDHHMMSS.
func fastTimestamp(b []byte) bool {
	switch len(b) {
	case 8:
		_, ok := fastDate(b)
		return ok
	case 14:
		if _, ok := fastDate(b[:8]); !ok {
			return false
		}
		t, ok := fastDigits(b[8:])
		if !ok {
			return false
		}
		return t/10000 <= 23 && t/100%100 <= 59 && t%100 <= 59
	}
	return false
}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func daysIn(y, m int) int {
	switch m {
	case 2:
		if isLeap(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// daysFromCivil returns the number of days from 0001-01-01 (a Monday) to
// y-m-d in the proleptic Gregorian calendar.
func daysFromCivil(y, m, d int) int {
	// Howard Hinnant's algorithm, shifted to start the count at year 1.
	if m <= 2 {
		y--
	}
	era := y / 400
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 306 // 0000-03-01 is day 0 before the shift; 0001-01-01 is day 306
}

// periodIndex maps a date (YYYYMMDD as an int) to its period number
// under g: days or ISO weeks since 0001-01-01, or months, quarters or
// years since year 0.
func periodIndex(g Granularity, ymd int32) uint32 {
	y, m, d := int(ymd/10000), int(ymd/100%100), int(ymd%100)
	switch g {
	case Day:
		return uint32(daysFromCivil(y, m, d))
	case Week:
		return uint32(daysFromCivil(y, m, d) / 7)
	case Quarter:
		return uint32(y*4 + (m-1)/3)
	case Year:
		return uint32(y)
	}
	return uint32(y*12 + m - 1)
}

// periodStart is the first day of period p under g (inverse of
// periodIndex), as Granularity.Start returns it.
func periodStart(g Granularity, p uint32) (y, m, d int) {
	switch g {
	case Day, Week:
		days := int(p)
		if g == Week {
			days *= 7
		}
		return civilFromDays(days)
	case Quarter:
		return int(p) / 4, int(p)%4*3 + 1, 1
	case Year:
		return int(p), 1, 1
	}
	return int(p) / 12, int(p)%12 + 1, 1
}

// civilFromDays is the inverse of daysFromCivil.
func civilFromDays(n int) (y, m, d int) {
	z := n + 306
	era := z / 146097
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y = yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = doy - (153*mp+2)/5 + 1
	m = mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return y, m, d
}

// fastCodeIndex maps a CAMEO code of two to four digits to a dense index
// (two digits: 0–99, three: 100–1099, four: 1100–11099).
func fastCodeIndex(b []byte) (int, bool) {
	if len(b) < 2 || len(b) > 4 {
		return 0, false
	}
	v, ok := fastDigits(b)
	if !ok {
		return 0, false
	}
	switch len(b) {
	case 2:
		return int(v), true
	case 3:
		return 100 + int(v), true
	}
	return 1100 + int(v), true
}

// fastNumCodes is the size of the fastCodeIndex space.
const fastNumCodes = 11100

// fastCountryIndex packs three upper-case ASCII letters into 0 … 26³-1.
func fastCountryIndex(b []byte) (int, bool) {
	if len(b) != 3 {
		return 0, false
	}
	a, c, d := b[0]-'A', b[1]-'A', b[2]-'A'
	if a > 25 || c > 25 || d > 25 {
		return 0, false
	}
	return (int(a)*26+int(c))*26 + int(d), true
}

const fastNumCountryCodes = 26 * 26 * 26
