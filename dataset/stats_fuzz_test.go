package dataset

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"
)

// FuzzParseDyad: ParseDyad never panics; a dyad it accepts has two codes of
// two or three upper-case letters and reads back from its String form; a
// refusal wraps ErrSyntax.
func FuzzParseDyad(f *testing.F) {
	for _, s := range []string{"CHN-RUS", "chn:rus", " usa / can ", "US-CA", "CHN", "", "-", "CHN-RUSS",
		"CH1-RUS", "ÇHN-RUS", "CHN--RUS", "a-b", "CHN-RUS-USA"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDyad(s)
		if err != nil {
			if !errors.Is(err, ErrSyntax) {
				t.Fatalf("ParseDyad(%q): %v does not wrap ErrSyntax", s, err)
			}
			return
		}
		if !isCodeLike(d.A) || !isCodeLike(d.B) {
			t.Fatalf("ParseDyad(%q) = %#v: not two codes", s, d)
		}
		back, err := ParseDyad(d.String())
		if err != nil || back != d {
			t.Fatalf("ParseDyad(%q) = %v; its String reads back as %v, %v", s, d, back, err)
		}
	})
}

// FuzzParseDyads: ParseDyads never panics, refuses exactly when one of the
// non-blank comma-separated parts is refused by ParseDyad, and its dyads
// join back (with commas) to a list that reads to the same dyads.
func FuzzParseDyads(f *testing.F) {
	for _, s := range []string{"CHN-RUS,CHN-USA", "", ",", " , usa-can ,", "CHN-RUS,,x", "CHN-RUS;CHN-USA"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ds, err := ParseDyads(s)
		var want error
		n := 0
		for _, part := range strings.Split(s, ",") {
			if strings.TrimSpace(part) == "" {
				continue
			}
			n++
			if _, e := ParseDyad(part); e != nil && want == nil {
				want = e
			}
		}
		if (err != nil) != (want != nil) {
			t.Fatalf("ParseDyads(%q) error %v; its parts' first error %v", s, err, want)
		}
		if err != nil {
			if !errors.Is(err, ErrSyntax) {
				t.Fatalf("ParseDyads(%q): %v does not wrap ErrSyntax", s, err)
			}
			return
		}
		if len(ds) != n {
			t.Fatalf("ParseDyads(%q) = %d dyads, want %d (the non-blank parts)", s, len(ds), n)
		}
		parts := make([]string, len(ds))
		for i, d := range ds {
			parts[i] = d.String()
		}
		back, err := ParseDyads(strings.Join(parts, ","))
		if err != nil || !reflect.DeepEqual(back, ds) {
			t.Fatalf("ParseDyads(%q) = %v; joined back reads %v, %v", s, ds, back, err)
		}
	})
}

// FuzzStatsUnmarshalBinary: UnmarshalBinary never panics; a refusal wraps
// ErrSyntax and leaves the receiver as it was; accepted bytes decode to
// Stats whose encoding decodes to the same Stats and re-encodes to the same
// bytes (the encoding is a fixed point after one round).
func FuzzStatsUnmarshalBinary(f *testing.F) {
	tab := NewTable(&AggregateOptions{Granularity: Day})
	for _, e := range tableEvents() {
		tab.Add(&e)
	}
	var big Stats
	big.W.Add(1e20)
	big.WT.Add(-1e20)
	big.First = time.Date(2024, 1, 2, 3, 4, 5, 6, time.FixedZone("", 3600))
	for _, r := range append(tab.Rows(), DyadPeriod{Stats: big}, DyadPeriod{}) {
		b, err := r.Stats.MarshalBinary()
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
		f.Add(b[:len(b)-1])
	}
	f.Add([]byte{})
	f.Add([]byte{1})
	f.Fuzz(func(t *testing.T, b []byte) {
		sentinel := Stats{N: -7}
		s := sentinel
		if err := s.UnmarshalBinary(b); err != nil {
			if !errors.Is(err, ErrSyntax) {
				t.Fatalf("%v does not wrap ErrSyntax", err)
			}
			if !reflect.DeepEqual(s, sentinel) {
				t.Fatalf("a refused input changed the receiver to %+v", s)
			}
			return
		}
		b2, err := s.MarshalBinary()
		if err != nil {
			t.Fatalf("decoded %+v does not encode: %v", s, err)
		}
		var s2 Stats
		if err := s2.UnmarshalBinary(b2); err != nil {
			t.Fatalf("re-encoded %x does not decode: %v", b2, err)
		}
		if !statsBinaryEqual(s, s2) {
			t.Fatalf("%+v round-trips to %+v", s, s2)
		}
		b3, err := s2.MarshalBinary()
		if err != nil || !bytes.Equal(b2, b3) {
			t.Fatalf("encoding is not stable: %x then %x (%v)", b2, b3, err)
		}
	})
}

// statsBinaryEqual compares Stats field by field, times by instant and
// offset (two decodings of one encoding give equal but distinct zones).
func statsBinaryEqual(a, b Stats) bool {
	ta := []time.Time{a.First, a.Last}
	tb := []time.Time{b.First, b.Last}
	for i := range ta {
		_, oa := ta[i].Zone()
		_, ob := tb[i].Zone()
		if !ta[i].Equal(tb[i]) || oa != ob || ta[i].IsZero() != tb[i].IsZero() {
			return false
		}
	}
	a.First, a.Last, b.First, b.Last = time.Time{}, time.Time{}, time.Time{}, time.Time{}
	return reflect.DeepEqual(a, b)
}
