package dataset

import (
	"errors"
	"reflect"
	"testing"
	"time"
)

func TestStatsBinary(t *testing.T) {
	tab := NewTable(&AggregateOptions{Granularity: Day})
	for _, e := range tableEvents() {
		tab.Add(&e)
	}
	var big Stats
	big.W.Add(1e20) // beyond 64 bits of fixed point
	big.WT.Add(-1e20)
	big.First = time.Date(2024, 1, 2, 3, 4, 5, 6, time.UTC)
	rows := append(tab.Rows(), DyadPeriod{Stats: big}, DyadPeriod{})
	for _, r := range rows {
		b, err := r.Stats.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var back Stats
		if err := back.UnmarshalBinary(b); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(back, r.Stats) {
			t.Errorf("%+v round-trips to %+v", r.Stats, back)
		}
		for _, cut := range []int{0, 1, len(b) - 1} {
			if err := back.UnmarshalBinary(b[:cut]); !errors.Is(err, ErrSyntax) {
				t.Errorf("cut at %d: %v", cut, err)
			}
		}
	}
}
