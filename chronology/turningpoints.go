package chronology

import (
	"bytes"
	_ "embed"
	"io"
	"strings"
	"sync"
	"time"

	"github.com/entente/entente/country"
	"github.com/entente/entente/dataset"
)

// TurningPointsFile is the name the embedded turning points carry in
// errors: the file's path in the repository.
const TurningPointsFile = "chronology/turningpoints.csv"

//go:embed turningpoints.csv
var turningPointsCSV []byte

// TurningPoint is one documented change in a relationship: the month a
// well-known act of one state toward the other made relations warmer (Up)
// or cooler (down), with a one-line description and the official record or
// wire report that documents it. It is validation data for the models of
// package score, never an input to them.
type TurningPoint struct {
	// Dyad is undirected (A <= B).
	Dyad dataset.Dyad
	// Month is the first day of the month of the act, 00:00 UTC.
	Month time.Time
	// Up is true when relations warmed, false when they cooled.
	Up          bool
	Description string
	Source      string
	// Line is the row's line in the file (the header is line 1).
	Line int
}

// Direction returns +1 for a warming and −1 for a cooling.
func (p TurningPoint) Direction() float64 {
	if p.Up {
		return 1
	}
	return -1
}

var turningPoints = sync.OnceValues(func() ([]TurningPoint, error) {
	return ReadTurningPoints(bytes.NewReader(turningPointsCSV), TurningPointsFile)
})

// TurningPoints returns a copy of the embedded list of documented turning
// points (turningpoints.csv), in file order.
//
// Selection rule. A row is a summit, state visit, agreement, ceasefire,
// prisoner exchange, sanction round, expulsion, recognition decision,
// annexation, invasion or armed clash between the two states, 2012–2025,
// that an official record (a government's or the UN's) or a major wire
// documents, and that was read at the time as making relations warmer or
// cooler. The list was written from history before any model was scored
// on it and is not edited to suit a model; points in a month already on
// the list for the same dyad are left out. It covers the eight default
// dyads (CoreDyads) and six others of the chronology. The embedded file is checked by the package's tests; a bad row
// there is a build defect and panics.
func TurningPoints() []TurningPoint {
	tps, err := turningPoints()
	if err != nil {
		panic("chronology: " + err.Error())
	}
	return append([]TurningPoint(nil), tps...)
}

// turningPointHeader is the header ReadTurningPoints requires.
var turningPointHeader = []string{"dyad", "month", "direction", "description", "source"}

// ReadTurningPoints reads a turning-point list in the format of
// turningpoints.csv: a header dyad,month,direction,description,source, then
// one row per turning point with the dyad as two country codes
// ("CHN-IND", either order), the month as YYYY-MM, the direction "up" or
// "down", and a non-empty description and source. name is the file name
// used in errors. A bad row is a *dataset.ParseError naming the line and
// column and wrapping dataset.ErrColumnCount, ErrBadDate, ErrSyntax or
// ErrMissingField.
func ReadTurningPoints(r io.Reader, name string) ([]TurningPoint, error) {
	var out []TurningPoint
	err := readTable(r, name, turningPointHeader, func(rec []string, line int) error {
		bad := func(field int, sentinel error) error {
			return &dataset.ParseError{File: name, Line: line, Field: field + 1, Column: turningPointHeader[field], Value: rec[field], Err: sentinel}
		}
		var tp TurningPoint
		tp.Line = line
		d, err := dataset.ParseDyad(strings.TrimSpace(rec[0]))
		if err != nil || d.Self() || !country.Valid(d.A) || !country.Valid(d.B) {
			return bad(0, dataset.ErrSyntax)
		}
		tp.Dyad = d.Undirected()
		m, err := time.Parse("2006-01", strings.TrimSpace(rec[1]))
		if err != nil {
			return bad(1, dataset.ErrBadDate)
		}
		tp.Month = m
		switch strings.TrimSpace(rec[2]) {
		case "up":
			tp.Up = true
		case "down":
		default:
			return bad(2, dataset.ErrSyntax)
		}
		tp.Description = strings.TrimSpace(rec[3])
		if tp.Description == "" {
			return bad(3, dataset.ErrMissingField)
		}
		tp.Source = strings.TrimSpace(rec[4])
		if tp.Source == "" {
			return bad(4, dataset.ErrMissingField)
		}
		out = append(out, tp)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}
