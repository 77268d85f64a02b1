package dataset

import (
	"bytes"
	"encoding/binary"
	"math"
	"math/rand/v2"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/entente/entente/cameo"
)

// checkBits compares fastBits with the obvious reading of rec: the tab
// positions, their number, and whether rec is ASCII; the assembly and the
// portable kernels must agree.
func checkBits(t *testing.T, rec []byte) {
	t.Helper()
	var want []int
	ascii := true
	for i, c := range rec {
		if c >= 0x80 {
			ascii = false
		}
		if c == '\t' {
			want = append(want, i)
		}
	}
	long := len(rec)/64 >= fastMaxBlocks
	for _, kernel := range []string{"native", "portable"} {
		saved := haveAVX2
		if kernel == "portable" {
			haveAVX2 = false
		}
		var b fastBits
		ok := b.set(rec)
		haveAVX2 = saved
		if ok != (ascii && !long) {
			t.Fatalf("%s: set(%q) = %v, want %v", kernel, rec, ok, ascii && !long)
		}
		if !ok {
			continue
		}
		if b.tabs != len(want) {
			t.Fatalf("%s: %d tabs in %q, want %d", kernel, b.tabs, rec, len(want))
		}
		var got []int
		for range want {
			got = append(got, b.next())
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: tabs of %q at %v, want %v", kernel, rec, got, want)
		}
		// skip(n) then next() lands on the tab after the n skipped
		for n := 0; n < len(want); n += 1 + n/3 {
			var c fastBits
			c.set(rec)
			c.skip(n)
			if p := c.next(); p != want[n] {
				t.Fatalf("%s: skip(%d) then next = %d, want %d", kernel, n, p, want[n])
			}
		}
	}
}

func FuzzFastBits(f *testing.F) {
	f.Add([]byte("1\t2\t\t\tUSA"))
	f.Add([]byte(strings.Repeat("ab\t", 60)))
	f.Fuzz(func(t *testing.T, b []byte) { checkBits(t, b) })
}

func TestTabMask(t *testing.T) {
	// every byte value, in every lane, next to a tab and to its neighbours
	for v := 0; v < 256; v++ {
		for lane := 0; lane < 8; lane++ {
			var b [8]byte
			for i := range b {
				b[i] = '\t'
			}
			b[lane] = byte(v)
			m := tabMask(binary.LittleEndian.Uint64(b[:]))
			for i := range b {
				if got, want := m>>(8*i+7)&1 == 1, b[i] == '\t'; got != want {
					t.Fatalf("byte %#x in lane %d: lane %d marked %v", v, lane, i, got)
				}
			}
		}
	}
}

// checkFloat: when fastFloat accepts, strconv accepts with the same bits.
// It tries s alone and followed by other bytes (as in a row, where the
// parser reads past the field with a word load).
func checkFloat(t *testing.T, s string) {
	t.Helper()
	row := []byte(s + "\t9x\t\t\xff12345678")
	v, ok := fastFloat([]byte(s))
	v2, ok2 := fastFloat(row[:len(s)])
	if ok != ok2 || math.Float64bits(v) != math.Float64bits(v2) {
		t.Fatalf("fastFloat(%q) = %v %v alone, %v %v inside a row", s, v, ok, v2, ok2)
	}
	if !ok {
		return
	}
	want, err := strconv.ParseFloat(s, 64)
	if err != nil || math.Float64bits(v) != math.Float64bits(want) {
		t.Fatalf("fastFloat(%q) = %v (%x), strconv %v (%x), %v", s, v, math.Float64bits(v), want, math.Float64bits(want), err)
	}
}

func TestFastFloat(t *testing.T) {
	accept := []string{"0", "-0", "-0.0", "4", "1.9", "-10.0", "-0.34188034188034", "2.53807106598985", "9007199254740992", "0.1", "123.456", "0.000000000000000001"}
	reject := []string{"", "-", ".5", "5.", "1e5", "+2", "NaN", "Inf", "1..2", "1.2.3", "0x10", "9007199254740993", "1.23456789012345678", "12a", " 1"}
	for _, s := range accept {
		if _, ok := fastFloat([]byte(s)); !ok {
			t.Errorf("fastFloat(%q) rejected", s)
		}
		checkFloat(t, s)
	}
	for _, s := range reject {
		if v, ok := fastFloat([]byte(s)); ok {
			t.Errorf("fastFloat(%q) = %v, want rejection (left to strconv)", s, v)
		}
	}
	if v, _ := fastFloat([]byte("-0.0")); !math.Signbit(v) {
		t.Error("fastFloat(-0.0) lost the sign")
	}
	r := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < 100000; i++ {
		var s string
		switch i % 3 {
		case 0: // GDELT tones: up to 15 significant digits
			s = strconv.FormatFloat((r.Float64()-0.5)*40, 'f', r.IntN(15), 64)
		case 1: // Goldstein weights
			s = strconv.FormatFloat(float64(r.IntN(201)-100)/10, 'f', 1, 64)
		default: // anything with up to 16 digits
			s = strconv.FormatUint(r.Uint64()%1e16, 10)
			if k := r.IntN(len(s) + 1); k > 0 && k < len(s) {
				s = s[:k] + "." + s[k:]
			}
		}
		checkFloat(t, s)
	}
}

func FuzzFastFloat(f *testing.F) {
	for _, s := range []string{"-0.34188034188034", "1.9", "5.", "1e5", "9007199254740993"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkFloat(t, s) })
}

func TestFastDigitsAndDates(t *testing.T) {
	for s, want := range map[string]uint64{"0": 0, "007": 7, "123456789012345678": 123456789012345678} {
		if v, ok := fastDigits([]byte(s)); !ok || v != want {
			t.Errorf("fastDigits(%q) = %d, %v", s, v, ok)
		}
	}
	for _, s := range []string{"", "-1", "1234567890123456789", "1a", "+1"} {
		if _, ok := fastDigits([]byte(s)); ok {
			t.Errorf("fastDigits(%q) accepted", s)
		}
	}
	// fastDate must agree with the reader's parseYYYYMMDD on every string
	for _, s := range []string{"20160728", "20160229", "20150229", "20000229", "19000229", "00010101", "99991231", "00000101", "20161301", "20160100", "20160431", "2016072", "201607281", "2016O728"} {
		v, ok := fastDate([]byte(s))
		want, wok := parseYYYYMMDD(s)
		if ok != wok || (ok && !ymdTime(v).Equal(want)) {
			t.Errorf("fastDate(%q) = %d %v; reader %v %v", s, v, ok, want, wok)
		}
	}
	for _, s := range []string{"20160728", "20160728235959", "20160728240000", "20160728236000", "20160728235960", "2016072812", "20160230000000", ""} {
		_, wok := parseGDELTTimestamp(s)
		if got := fastTimestamp([]byte(s)); got != wok && s != "" {
			t.Errorf("fastTimestamp(%q) = %v, reader %v", s, got, wok)
		}
	}
}

// Period numbers must map back to Granularity.Start for every date.
func TestPeriodIndexMatchesStart(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	dates := []time.Time{day(1, 1, 1), day(1582, 10, 15), day(1970, 1, 1), day(2000, 2, 29), day(2016, 7, 28), day(9999, 12, 31)}
	for i := 0; i < 20000; i++ {
		dates = append(dates, day(1+r.IntN(9999), time.Month(1+r.IntN(12)), 1+r.IntN(28)))
	}
	for _, g := range []Granularity{Day, Week, Month, Quarter, Year} {
		for _, d := range dates {
			y, m, dd := d.Date()
			ymd := int32(y*10000 + int(m)*100 + dd)
			want := g.Start(d)
			sy, sm, sd := periodStart(g, periodIndex(g, ymd))
			got := time.Date(sy, time.Month(sm), sd, 0, 0, 0, 0, time.UTC)
			if g == Week && y == 1 && want.Year() < 1 {
				continue // the week of 0001-01-01 starts in year 0, which Go prints but GDELT dates never reach
			}
			if !got.Equal(want) {
				t.Fatalf("%v of %s: period start %s, want %s", g, d.Format(time.DateOnly), got.Format(time.DateOnly), want.Format(time.DateOnly))
			}
		}
	}
}

// A fastCell must give bit-identical Stats to Stats.AddValues, including
// values beyond one int64 of 1e-9 units (overflow into the spill sums) and
// values too large for one step of Sum.Add.
func TestFastCellMatchesStats(t *testing.T) {
	r := rand.New(rand.NewPCG(8, 9))
	for trial := 0; trial < 50; trial++ {
		var c fastCell
		var sp fastSpills
		var ref Stats
		for i := 0; i < 2000; i++ {
			w := float64(1 + r.IntN(9))
			switch trial % 4 {
			case 1:
				w = math.Log(1 + float64(r.IntN(300)))
			case 2:
				w = float64(1 + r.IntN(94000)) // w² up to 8.8e9, 8.8e18 units: overflows an int64 in two steps
			case 3:
				w = float64(100000 + r.IntN(900000)) // w² beyond maxChunk (9e9): Sum.Add's chunked path
			}
			g := math.Round(r.NormFloat64()*40) / 10
			if r.IntN(7) == 0 {
				g = math.NaN()
			}
			tone := r.NormFloat64() * 3
			if r.IntN(5) == 0 {
				tone = math.NaN()
			}
			q := cameo.Quad(r.IntN(cameo.NumQuads))
			c.add(&sp, w, g, q, tone, 0)
			ref.AddValues(EventValues{Date: time.Time{}, Weight: w, Goldstein: g, Quad: q, Tone: tone, Reports: 1})
		}
		got := c.stats(sp, ymdTime)
		if !reflect.DeepEqual(got, ref) {
			t.Fatalf("trial %d: fastCell stats differ\n got %+v\nwant %+v", trial, got, ref)
		}
		if trial%4 == 2 && sp.over[&c] == nil {
			t.Fatalf("trial %d: large weights did not exercise the overflow path", trial)
		}
	}
}

func TestFastLinesLong(t *testing.T) {
	// a line longer than the buffer and than max is skipped and written out whole
	long := bytes.Repeat([]byte("x"), 3*fastBufferSize)
	in := append(append([]byte("a\n"), long...), "\r\nb"...)
	var over bytes.Buffer
	l := &fastLines{r: bytes.NewReader(in), buf: make([]byte, 1024)}
	l.fill()
	var got []string
	for {
		line, nl, lg, ok := l.next(100, &over)
		if !ok {
			break
		}
		got = append(got, strconv.Quote(string(line[:min(len(line), 3)]))+strconv.FormatBool(nl)+strconv.FormatBool(lg))
	}
	want := []string{`"a"truefalse`, `"xxx"truetrue`, `"b"falsefalse`}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("lines = %v, want %v", got, want)
	}
	if over.Len() != len(long)+2 || l.pos != int64(len(in)) {
		t.Errorf("overflow got %d bytes, want %d; pos %d of %d", over.Len(), len(long)+2, l.pos, len(in))
	}
}

// Cells built from parts of the events and merged equal the cell built
// from all of them (the workers' cells are merged this way).
func TestFastCellMerge(t *testing.T) {
	r := rand.New(rand.NewPCG(10, 11))
	for trial := 0; trial < 30; trial++ {
		var all fastCell
		var allSp fastSpills
		parts := make([]fastCell, 1+r.IntN(4))
		partSp := make([]fastSpills, len(parts))
		for i := 0; i < 500; i++ {
			w := float64(1 + r.IntN(94000)) // large enough to overflow int64 sums
			if trial%2 == 0 {
				w = float64(1 + r.IntN(5))
			}
			g, tone, q := math.Round(r.NormFloat64()*40)/10, r.NormFloat64(), cameo.Quad(r.IntN(cameo.NumQuads))
			ymd := int32(20160700 + 1 + r.IntN(28))
			k := r.IntN(len(parts))
			for j, c := range []*fastCell{&all, &parts[k]} {
				sp := &allSp
				if j == 1 {
					sp = &partSp[k]
				}
				if c.n == 0 {
					c.first, c.last = ymd, ymd
				}
				c.first, c.last = min(c.first, ymd), max(c.last, ymd)
				c.add(sp, w, g, q, tone, 0)
			}
		}
		var merged fastCell
		var mergedSp fastSpills
		for i := range parts {
			if parts[i].n > 0 {
				merged.merge(&mergedSp, &parts[i], partSp[i])
			}
		}
		if got, want := merged.stats(mergedSp, ymdTime), all.stats(allSp, ymdTime); !reflect.DeepEqual(got, want) {
			t.Fatalf("trial %d: merged cells differ\n got %+v\nwant %+v", trial, got, want)
		}
	}
}

func TestEightDigitsAndAllDigits(t *testing.T) {
	r := rand.New(rand.NewPCG(12, 13))
	alphabet := []byte("0123456789/:\x00\xff a")
	for i := 0; i < 200000; i++ {
		b := make([]byte, 1+r.IntN(20))
		for j := range b {
			if r.IntN(4) == 0 {
				b[j] = alphabet[r.IntN(len(alphabet))]
			} else {
				b[j] = byte('0' + r.IntN(10))
			}
		}
		allDigits := true
		for _, c := range b {
			if c < '0' || c > '9' {
				allDigits = false
			}
		}
		if got := fastAllDigits(b); got != allDigits {
			t.Fatalf("fastAllDigits(%q) = %v", b, got)
		}
		if len(b) >= 8 {
			v, ok := eightDigits(b)
			want, err := strconv.ParseUint(string(b[:8]), 10, 64)
			wok := err == nil && !strings.ContainsAny(string(b[:8]), "+-")
			if ok != wok || (ok && v != want) {
				t.Fatalf("eightDigits(%q) = %d %v, want %d %v", b[:8], v, ok, want, wok)
			}
		}
	}
}
