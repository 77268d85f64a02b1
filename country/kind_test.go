package country

import "testing"

func TestKindString(t *testing.T) {
	tests := []struct {
		k         Kind
		want      string
		isCountry bool
	}{
		{State, "state", true},
		{Territory, "territory", true},
		{Historical, "historical", true},
		{Region, "region", false},
		{0, "unknown", false},
		{Kind(42), "unknown", false},
	}
	for _, tt := range tests {
		if got := tt.k.String(); got != tt.want {
			t.Errorf("Kind(%d).String() = %q, want %q", tt.k, got, tt.want)
		}
		if got := tt.k.IsCountry(); got != tt.isCountry {
			t.Errorf("Kind(%d).IsCountry() = %v, want %v", tt.k, got, tt.isCountry)
		}
	}
}
