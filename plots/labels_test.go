package plots

import (
	"testing"
)

func TestShortLabel(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"Talks in São Tomé", 36, "Talks in São Tomé"},
		{"Joint statement on international relations entering a new era", 36, "Joint statement on international…"},
		{"Supercalifragilisticexpialidocious", 10, "Supercali…"}, // no space: cut at n−1 runes
		{"Côte d'Ivoire, Türkiye sign", 16, "Côte d'Ivoire…"},    // trailing comma dropped
		{"short", 0, "short"}, // 0 means 40
	}
	for _, tt := range tests {
		if got := ShortLabel(tt.in, tt.n); got != tt.want {
			t.Errorf("ShortLabel(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}
