package score

import "math"

// MaxLevel bounds the relationship level: every level is in
// [−MaxLevel, +MaxLevel].
const MaxLevel = 9.0

// GradeRange is one named grade of the relationship level: levels in
// [Lower, Upper) (the top grade includes +9).
type GradeRange struct {
	Name         string
	Lower, Upper float64
}

var grades = [...]GradeRange{
	{"confrontation", -9, -6},
	{"tense", -6, -3},
	{"discordant", -3, 0},
	{"ordinary", 0, 3},
	{"good", 3, 6},
	{"friendly", 6, 9},
}

// Grades returns the six grades from the most hostile up:
// confrontation [−9, −6), tense [−6, −3), discordant [−3, 0),
// ordinary [0, 3), good [3, 6), friendly [6, 9].
func Grades() []GradeRange {
	return append([]GradeRange(nil), grades[:]...)
}

// Grade returns the name of the grade of a level, or "" for NaN. Levels
// below −9 read as confrontation and above +9 as friendly.
func Grade(level float64) string {
	i := GradeIndex(level)
	if i < 0 {
		return ""
	}
	return grades[i].Name
}

// GradeIndex returns the index in Grades of the grade of a level (0 for
// confrontation … 5 for friendly), or −1 for NaN.
func GradeIndex(level float64) int {
	if math.IsNaN(level) {
		return -1
	}
	for i := len(grades) - 1; i > 0; i-- {
		if level >= grades[i].Lower {
			return i
		}
	}
	return 0
}
