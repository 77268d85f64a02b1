package dataset

import (
	"strings"
	"testing"
)

// Packed keys are exact: two fields (and extra words) give the same key if
// and only if they are equal — a trailing NUL, a shorter prefix or another
// extra word is another key; fields longer than 15 bytes are refused.
func TestPackShortExact(t *testing.T) {
	fields := []string{"", "\x00", "A", "A\x00", "AB", "USA", "USAGOV", "USAGOVLEG", "123456789012345", "12345678901234"}
	seen := map[fastPacked]string{}
	for _, f := range fields {
		for _, extra := range []uint32{0, 1, 2 << 1} {
			k, ok := packShort([]byte(f), extra)
			if !ok {
				t.Fatalf("packShort(%q) refused", f)
			}
			id := f + "|" + string(rune('0'+extra))
			if prev, dup := seen[k]; dup {
				t.Errorf("%q and %q pack alike", prev, id)
			}
			seen[k] = id
		}
	}
	if _, ok := packShort([]byte(strings.Repeat("x", 16)), 0); ok {
		t.Error("a 16-byte field was packed")
	}
	// pairs: the tab keeps "AB"+"C" apart from "A"+"BC"
	a, _ := packPair([]byte("AB"), []byte("C"))
	b, _ := packPair([]byte("A"), []byte("BC"))
	if a == b {
		t.Error("packPair(AB, C) == packPair(A, BC)")
	}
	if _, ok := packPair([]byte("1234567890"), []byte("GOVX1")); ok { // 10+1+5 bytes
		t.Error("a 16-byte pair was packed")
	}
}

func TestFastPackedMap(t *testing.T) {
	var m fastPackedMap
	if _, ok := m.get(fastPacked{}); ok {
		t.Fatal("empty map found a key")
	}
	const n = 5000 // several growths
	key := func(i int) fastPacked {
		k, _ := packShort([]byte(strings.Repeat("k", i%7)+string(rune('a'+i%26))), uint32(i))
		return k
	}
	for i := 0; i < n; i++ {
		m.put(key(i), int32(i))
	}
	m.put(key(7), 70) // overwrite
	for i := 0; i < n; i++ {
		want := int32(i)
		if i == 7 {
			want = 70
		}
		if v, ok := m.get(key(i)); !ok || v != want {
			t.Fatalf("get(%d) = %d, %v; want %d", i, v, ok, want)
		}
	}
	if m.n != n {
		t.Errorf("%d entries, want %d", m.n, n)
	}
}

// fastRoles answers as roleCache (ActorRole's precedence) for short and
// long codes alike, and again from its cache.
func TestFastRolesMatchRoleCache(t *testing.T) {
	codes := []string{"", "USA", "USAGOV", "USAOPP", "RUSREB", "CHNBUS", "USAGOVLEGOPP", "IRNMILREBSEP", "XYZ"}
	sectors := []string{"", "GOV", "OPP", "REB", "BUS", "MED", "MIL", "LONGSECTORCODE"}
	var f fastRoles
	var c roleCache
	for round := 0; round < 2; round++ {
		for _, code := range codes {
			for _, sec := range sectors {
				if got, want := f.role([]byte(code), []byte(sec)), c.role([]byte(code), []byte(sec)); got != want {
					t.Errorf("round %d: role(%q, %q) = %q, want %q", round, code, sec, got, want)
				}
			}
		}
	}
}
