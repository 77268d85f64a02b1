package score

import "github.com/entente/entente/chronology"

// ChronologyTurningPoints converts documented turning points of package
// chronology — chronology.TurningPoints(), the list the project validates
// on, or a list read with chronology.ReadTurningPoints — into the points
// Validate takes, in their order: the same dyad (undirected) and month,
// Direction +1 for a warming (Up) and −1 for a cooling, and Label "DYAD
// YYYY-MM description" ("CHN-IND 2020-06 Galwan Valley clash …"). The
// report's methods, its tests and score's harness convert them here, and
// nowhere else. nil gives nil.
func ChronologyTurningPoints(points []chronology.TurningPoint) []TurningPoint {
	if points == nil {
		return nil
	}
	out := make([]TurningPoint, len(points))
	for i, p := range points {
		out[i] = TurningPoint{Dyad: p.Dyad, Month: p.Month, Direction: p.Direction(),
			Label: p.Dyad.String() + " " + p.Month.Format("2006-01") + " " + p.Description}
	}
	return out
}
