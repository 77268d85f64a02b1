package pipeline

import (
	"bytes"
	"errors"
	"testing"
	"time"

	"github.com/entente/entente/dataset"
)

// FuzzDecodeStats: decodeStats (the Beam coder's decoder) never panics; a
// refusal wraps dataset.ErrSyntax; accepted bytes re-encode (encodeStats)
// to bytes that decode and encode again to the same bytes.
func FuzzDecodeStats(f *testing.F) {
	var s dataset.Stats
	s.N, s.Reports = 3, 4
	s.W.Add(2.5)
	s.GW.Add(-7)
	s.First = time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC)
	s.Last = s.First.AddDate(0, 0, 5)
	for _, x := range []dataset.Stats{s, {}} {
		b, err := encodeStats(x)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
		f.Add(b[:len(b)/2])
	}
	f.Add([]byte(nil))
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := decodeStats(b)
		if err != nil {
			if !errors.Is(err, dataset.ErrSyntax) {
				t.Fatalf("decodeStats: %v does not wrap ErrSyntax", err)
			}
			return
		}
		b2, err := encodeStats(s)
		if err != nil {
			t.Fatalf("decoded %+v does not encode: %v", s, err)
		}
		s2, err := decodeStats(b2)
		if err != nil {
			t.Fatalf("re-encoded bytes do not decode: %v", err)
		}
		b3, err := encodeStats(s2)
		if err != nil || !bytes.Equal(b2, b3) {
			t.Fatalf("encoding not stable: %x then %x (%v)", b2, b3, err)
		}
	})
}
