package score

import (
	"math"
	"testing"
)

func TestGrade(t *testing.T) {
	// The grades: confrontation [−9,−6), tense [−6,−3), discordant
	// [−3,0), ordinary [0,3), good [3,6), friendly [6,9].
	tests := []struct {
		level float64
		want  string
	}{
		{-9, "confrontation"}, {-12, "confrontation"}, {-6.0001, "confrontation"},
		{-6, "tense"}, {-3.0001, "tense"},
		{-3, "discordant"}, {-1e-9, "discordant"},
		{0, "ordinary"}, {2.999, "ordinary"},
		{3, "good"}, {5.999, "good"},
		{6, "friendly"}, {9, "friendly"}, {10, "friendly"},
		{math.NaN(), ""},
	}
	for _, tc := range tests {
		if got := Grade(tc.level); got != tc.want {
			t.Errorf("Grade(%v) = %q, want %q", tc.level, got, tc.want)
		}
	}
	gs := Grades()
	if len(gs) != 6 || gs[0].Lower != -9 || gs[5].Upper != 9 || GradeIndex(math.NaN()) != -1 {
		t.Errorf("Grades = %+v", gs)
	}
	for i := 1; i < len(gs); i++ {
		if gs[i].Lower != gs[i-1].Upper {
			t.Errorf("grades %d and %d do not meet", i-1, i)
		}
	}
	gs[0].Name = "changed"
	if Grades()[0].Name != "confrontation" {
		t.Error("Grades returns the package's own array")
	}
}
