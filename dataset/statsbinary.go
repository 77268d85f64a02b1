package dataset

import (
	"encoding/binary"
	"fmt"
	"time"
)

// statsBinaryVersion is the first byte of Stats' binary encoding.
const statsBinaryVersion = 2

// MarshalBinary encodes s exactly, for shipping statistics between
// processes (the beam module's coder); UnmarshalBinary reads it back to
// identical Stats. The layout, all integers little-endian: a version byte
// (2; version 1 lacked Marks); N and Reports as int64; each Sum of the
// stats file's column order (W, W2, GW, GW2, WG, WG2, Quad[0…5], TW, WT,
// Marks[0…9], zeros when Marks is nil) as its high int64 then low
// uint64 word; First and Last each as a length byte and time.Time's binary
// form. It is not a file format: files are stats files (WriteStats).
func (s *Stats) MarshalBinary() ([]byte, error) {
	return s.AppendBinary(make([]byte, 0, 1+16+16*(8+statsNumQuads+len(statsMarkColumns))+2*17))
}

// statsNumQuads keeps the capacity estimate above readable.
const statsNumQuads = len(statsQuadColumns)

// AppendBinary appends MarshalBinary's encoding of s to b.
func (s *Stats) AppendBinary(b []byte) ([]byte, error) {
	b = append(b, statsBinaryVersion)
	b = binary.LittleEndian.AppendUint64(b, uint64(s.N))
	b = binary.LittleEndian.AppendUint64(b, uint64(s.Reports))
	c, marks := *s, s.markSums()
	for _, p := range statsSums(&c, &marks) {
		b = binary.LittleEndian.AppendUint64(b, uint64(p.hi))
		b = binary.LittleEndian.AppendUint64(b, p.lo)
	}
	for _, t := range []time.Time{s.First, s.Last} {
		n := len(b)
		b = append(b, 0)
		var err error
		if b, err = t.AppendBinary(b); err != nil {
			return nil, fmt.Errorf("dataset: Stats.MarshalBinary: %w", err)
		}
		b[n] = byte(len(b) - n - 1)
	}
	return b, nil
}

// UnmarshalBinary sets s from MarshalBinary's encoding. Malformed data is
// an error wrapping ErrSyntax.
func (s *Stats) UnmarshalBinary(data []byte) error {
	bad := func(what string) error {
		return fmt.Errorf("dataset: Stats.UnmarshalBinary: %w: %s", ErrSyntax, what)
	}
	if len(data) < 1 || data[0] != statsBinaryVersion {
		return bad("unknown version")
	}
	data = data[1:]
	var out Stats
	var marks MarkSums
	sums := statsSums(&out, &marks)
	if len(data) < 16+16*len(sums) {
		return bad("too short")
	}
	out.N = int64(binary.LittleEndian.Uint64(data))
	out.Reports = int64(binary.LittleEndian.Uint64(data[8:]))
	data = data[16:]
	for _, p := range sums {
		p.hi = int64(binary.LittleEndian.Uint64(data))
		p.lo = binary.LittleEndian.Uint64(data[8:])
		data = data[16:]
	}
	for _, t := range []*time.Time{&out.First, &out.Last} {
		if len(data) < 1 || len(data) < 1+int(data[0]) {
			return bad("time too short")
		}
		n := int(data[0])
		if err := t.UnmarshalBinary(data[1 : 1+n]); err != nil {
			return bad(err.Error())
		}
		data = data[1+n:]
	}
	if len(data) != 0 {
		return bad("trailing bytes")
	}
	out.setMarks(&marks)
	*s = out
	return nil
}
