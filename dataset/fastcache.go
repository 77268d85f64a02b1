package dataset

import "encoding/binary"

// Short-string caches of the fast path: a field of at most 15 bytes is
// packed with its length into two words without loss, so that a cache
// keyed by it is an open-addressing table on integers (one probe, no
// string hashing), exact: two keys are equal if and only if their bytes
// (and the extra word) are. Longer fields go the slow way (a Go map).

// fastPacked is a packed short field (plus an extra word: a country id, a
// flag) as a cache key.
type fastPacked struct {
	lo, hi uint64
	extra  uint32
}

// packShort packs b (at most 15 bytes) and extra; ok is false for longer
// fields.
func packShort(b []byte, extra uint32) (k fastPacked, ok bool) {
	if len(b) > 15 {
		return k, false
	}
	var buf [16]byte
	copy(buf[:], b)
	buf[15] = byte(len(b))
	return fastPacked{binary.LittleEndian.Uint64(buf[:8]), binary.LittleEndian.Uint64(buf[8:]), extra}, true
}

// packPair packs a and b separated by a tab (a byte no field holds) when
// together they fit.
func packPair(a, b []byte) (k fastPacked, ok bool) {
	n := len(a) + 1 + len(b)
	if n > 15 {
		return k, false
	}
	var buf [16]byte
	copy(buf[:], a)
	buf[len(a)] = '\t'
	copy(buf[len(a)+1:], b)
	buf[15] = byte(n)
	return fastPacked{binary.LittleEndian.Uint64(buf[:8]), binary.LittleEndian.Uint64(buf[8:]), 0}, true
}

// fastPackedMap maps packed keys to int32 values: linear probing on a
// power-of-two table at most half full.
type fastPackedMap struct {
	slots []fastPackedSlot
	shift uint
	n     int
}

type fastPackedSlot struct {
	k    fastPacked
	v    int32
	used bool
}

func (m *fastPackedMap) hash(k *fastPacked) int {
	h := (k.lo ^ uint64(k.extra)<<32) * 0x9e3779b97f4a7c15
	h ^= (k.hi + 0x632be59bd9b4e019) * 0xbf58476d1ce4e5b9
	return int(h >> m.shift)
}

func (m *fastPackedMap) get(k fastPacked) (int32, bool) {
	if m.n == 0 {
		return 0, false
	}
	mask := len(m.slots) - 1
	for i := m.hash(&k); ; i = (i + 1) & mask {
		s := &m.slots[i]
		if !s.used {
			return 0, false
		}
		if s.k == k {
			return s.v, true
		}
	}
}

func (m *fastPackedMap) put(k fastPacked, v int32) {
	if 2*(m.n+1) > len(m.slots) {
		old := m.slots
		size := max(2*len(old), 256)
		m.slots = make([]fastPackedSlot, size)
		m.shift = uint(64 - bitsLen(size-1))
		m.n = 0
		for _, s := range old {
			if s.used {
				m.put(s.k, s.v)
			}
		}
	}
	mask := len(m.slots) - 1
	for i := m.hash(&k); ; i = (i + 1) & mask {
		s := &m.slots[i]
		if !s.used {
			*s = fastPackedSlot{k: k, v: v, used: true}
			m.n++
			return
		}
		if s.k == k {
			s.v = v
			return
		}
	}
}

// fastRoles caches ActorRole by actor code and type code (roleCache's
// answers) for the fast path.
type fastRoles struct {
	cache roleCache
	index fastPackedMap // packed code, tab, type code → index in roles
	roles []Role
}

func (f *fastRoles) role(code, sector []byte) Role {
	k, ok := packPair(code, sector)
	if !ok {
		return f.cache.role(code, sector)
	}
	if i, ok := f.index.get(k); ok {
		return f.roles[i]
	}
	r := f.cache.role(code, sector)
	f.index.put(k, int32(len(f.roles)))
	f.roles = append(f.roles, r)
	return r
}
