package country

import "testing"

func TestActiveIn(t *testing.T) {
	tests := []struct {
		code string
		year int
		want bool
	}{
		// Years from the table (Soviet Union 1922–1991, Russia from 1991,
		// East Germany 1949–1990, South Sudan from 2011); bounds inclusive.
		{"SUN", 1921, false},
		{"SUN", 1922, true},
		{"SUN", 1991, true},
		{"SUN", 1992, false},
		{"RUS", 1990, false},
		{"RUS", 1991, true},
		{"RUS", 2100, true},
		{"DDR", 1990, true},
		{"DDR", 1991, false},
		{"SSD", 2010, false},
		{"SSD", 2011, true},
		{"USA", 1800, true}, // From 0: open
		{"AFR", 1, true},    // regions have no years
	}
	for _, tt := range tests {
		c, ok := Lookup(tt.code)
		if !ok {
			t.Fatalf("Lookup(%q) failed", tt.code)
		}
		if got := c.ActiveIn(tt.year); got != tt.want {
			t.Errorf("%s.ActiveIn(%d) = %v, want %v", tt.code, tt.year, got, tt.want)
		}
	}
}

func TestIsCountryMethod(t *testing.T) {
	if (Country{}).IsCountry() {
		t.Error("the zero Country is a country")
	}
	for code, want := range map[string]bool{"FRA": true, "GRL": true, "YUG": true, "EUR": false} {
		c, _ := Lookup(code)
		if c.IsCountry() != want {
			t.Errorf("%s.IsCountry() = %v, want %v", code, c.IsCountry(), want)
		}
	}
}

// Returned values are copies: changing them must not change the table.
func TestReturnedValuesAreCopies(t *testing.T) {
	c, _ := Lookup("USA")
	c.Aliases[0] = "XXX"
	c.Seats[0] = "XXX"
	c.Name = "XXX"
	s, _ := Lookup("SUN")
	s.Successors[0] = "XXX"
	all := All()
	all[0].Adjectives = append(all[0].Adjectives[:0], "XXX")
	again, _ := Lookup("USA")
	if again.Aliases[0] != "US" || again.Seats[0] != "Washington" || again.Name != "United States" {
		t.Errorf("the table changed through a returned value: %+v", again)
	}
	if s2, _ := Lookup("SUN"); s2.Successors[0] != "RUS" {
		t.Errorf("Successors changed through a returned value: %v", s2.Successors)
	}
	if first := All()[0]; len(first.Adjectives) > 0 && first.Adjectives[0] == "XXX" {
		t.Error("All() returns the table's own slices")
	}
}
