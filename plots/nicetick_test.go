package plots

import (
	"reflect"
	"testing"
)

func TestNiceTicks(t *testing.T) {
	// Expected ticks by hand: the 1-2-5 step whose number of ticks inside
	// the range is nearest n, ties going to the larger step.
	tests := []struct {
		name     string
		min, max float64
		n        int
		want     []string
	}{
		// steps 1 (11 ticks), 2 (6), 5 (3) → 2
		{"0–10", 0, 10, 6, []string{"0", "2", "4", "6", "8", "10"}},
		// steps 1 (13), 2 (6), 5 (2), 10 (1): |6−4| = |2−4|, tie → 5
		{"tie to larger step", -4.3, 8.6, 4, []string{"0", "5"}},
		// steps 0.1 (11), 0.2 (6), 0.5 (3) → 0.2
		{"decimals", 0, 1, 6, []string{"0", "0.2", "0.4", "0.6", "0.8", "1"}},
		// steps 1 (19), 2 (9), 5 (3): |9−7| = 2 < |3−7| = 4 → 2
		{"minus signs", -9, 9, 7, []string{"−8", "−6", "−4", "−2", "0", "2", "4", "6", "8"}},
		// steps 0.1 (7), 0.2 (3): |7−5| = |3−5|, tie → 0.2
		{"small symmetric", -0.35, 0.35, 5, []string{"−0.2", "0", "0.2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, tk := range (niceTicks{n: tt.n}).Ticks(tt.min, tt.max) {
				got = append(got, tk.Label)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("ticks(%v, %v, n=%d) = %q, want %q", tt.min, tt.max, tt.n, got, tt.want)
			}
		})
	}
	if got := (niceTicks{}).Ticks(1, 1); got != nil {
		t.Errorf("empty range: %v", got)
	}
}

func TestFormatNumber(t *testing.T) {
	tests := []struct {
		v    float64
		prec int
		want string
	}{
		{-3, 0, "−3"}, {3, 0, "3"}, {0, 2, "0"}, {-0.0001, 2, "0"},
		{0.8, 2, "0.8"}, {-0.25, 2, "−0.25"}, {1, 2, "1"}, {12.5, 1, "12.5"},
	}
	for _, tt := range tests {
		if got := formatNumber(tt.v, tt.prec); got != tt.want {
			t.Errorf("formatNumber(%v, %d) = %q, want %q", tt.v, tt.prec, got, tt.want)
		}
	}
}
