package chronology

import (
	"bytes"
	_ "embed"
	"hash/fnv"
	"io"
	"math"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/entente/entente/country"
	"github.com/entente/entente/dataset"
)

// ReadingsFile is the name the embedded readings carry in errors: the
// file's path in the repository.
const ReadingsFile = "chronology/readings.csv"

// The two kinds of reading.
const (
	// KindGrade: the relationship stood within a range of grades.
	KindGrade = "grade"
	// KindOrder: the relationship was warmer than another span.
	KindOrder = "order"
)

//go:embed readings.csv
var readingsCSV []byte

// grades are the six grade names from the coldest to the warmest. Grade i
// covers the level interval [−9+3i, −6+3i), the last one closed: [6, 9].
var grades = [...]string{"confrontation", "tense", "discordant", "ordinary", "good", "friendly"}

// Grades returns the six grade names of the −9…+9 relationship scale, from
// the coldest to the warmest: confrontation [−9, −6), tense [−6, −3),
// discordant [−3, 0), ordinary [0, 3), good [3, 6), friendly [6, 9].
func Grades() []string { return append([]string(nil), grades[:]...) }

// GradeRank returns the position of a grade name in Grades (0 for
// confrontation … 5 for friendly), or −1 for a name that is not a grade.
// Names are matched exactly (lower case).
func GradeRank(name string) int {
	for i, g := range grades {
		if g == name {
			return i
		}
	}
	return -1
}

// Reading is one statement about where a relationship between two
// governments stood, monthly, on the −9…+9 scale, written from documented
// history by an engineer blind to every model (see Readings).
//
// A grade reading (Kind KindGrade) says that at least Share of the months
// From…To (both included) fall in the grades Lowest…Highest, and, when
// NeverAbove is set, that no month is warmer than NeverAbove. An order
// reading (Kind KindOrder) says that Dyad over From…To stood warmer than
// OtherDyad over OtherFrom…OtherTo (the authors compared typical levels:
// the means of the monthly levels); its grade fields are empty and its
// Share NaN.
type Reading struct {
	Kind string
	// Dyad is undirected (A < B).
	Dyad dataset.Dyad
	// From and To are the first days (00:00 UTC) of the first and the last
	// month of the span; From <= To.
	From, To time.Time
	// Lowest and Highest are grade names (Grades), Lowest no warmer than
	// Highest; empty in an order reading.
	Lowest, Highest string
	// Share is the smallest share of the span's months that must fall in
	// Lowest…Highest, in (0, 1]; NaN in an order reading.
	Share float64
	// NeverAbove is the warmest grade any month may reach, "" for no such
	// bound; when set it is no colder than Highest.
	NeverAbove string
	// OtherDyad, OtherFrom and OtherTo are the span an order reading
	// compares with (zero in a grade reading).
	OtherDyad           dataset.Dyad
	OtherFrom, OtherTo  time.Time
	Description, Source string
	// Line is the row's line in the file (the header is line 1).
	Line int
}

// HeldApart reports whether the reading belongs to the held-apart half of
// the readings: the FNV-1a hash (32 bits) of "kind dyad from to" (months
// as YYYY-MM; for an order reading also "other_dyad other_from
// other_to") is odd. The split depends only on the row, so adding rows
// never moves others between the halves. Every reading was written blind
// to the models and first scored on 8 December 2026 for all of them at
// once; from then on a model may be chosen or tuned on the other half
// (the tuning half) only, and the held-apart figure is the one to quote.
func (r Reading) HeldApart() bool {
	key := r.Kind + " " + r.Dyad.String() + " " + r.From.Format("2006-01") + " " + r.To.Format("2006-01")
	if r.Kind == KindOrder {
		key += " " + r.OtherDyad.String() + " " + r.OtherFrom.Format("2006-01") + " " + r.OtherTo.Format("2006-01")
	}
	h := fnv.New32a()
	h.Write([]byte(key))
	return h.Sum32()%2 == 1
}

// Months returns the number of months From…To, both included.
func (r Reading) Months() int {
	return months(r.From, r.To)
}

// OtherMonths returns the number of months OtherFrom…OtherTo, both
// included; 0 in a grade reading.
func (r Reading) OtherMonths() int {
	if r.Kind != KindOrder {
		return 0
	}
	return months(r.OtherFrom, r.OtherTo)
}

func months(from, to time.Time) int {
	return (to.Year()-from.Year())*12 + int(to.Month()) - int(from.Month()) + 1
}

// Allows reports whether a month in grade g lies in the reading's range
// Lowest…Highest. It is false for an order reading and for a name that is
// not a grade.
func (r Reading) Allows(g string) bool {
	k := GradeRank(g)
	return r.Kind == KindGrade && k >= 0 && k >= GradeRank(r.Lowest) && k <= GradeRank(r.Highest)
}

// Exceeds reports whether a month in grade g breaks the reading's
// NeverAbove bound (is warmer than it). It is false when there is no bound
// and for a name that is not a grade.
func (r Reading) Exceeds(g string) bool {
	k := GradeRank(g)
	return r.NeverAbove != "" && k >= 0 && k > GradeRank(r.NeverAbove)
}

var readings = sync.OnceValues(func() ([]Reading, error) {
	return ReadReadings(bytes.NewReader(readingsCSV), ReadingsFile)
})

// Readings returns a copy of the embedded readings (readings.csv), in file
// order: grade readings and order readings of the eight default dyads
// (CoreDyads) and six contrast dyads, 2012–2025.
//
// Who wrote them and how. An engineer blind to every model of the project
// (who had opened none of its scores, charts, reports or benchmarks, nor
// the chronology's events and turning points) wrote them from documented
// history on 8 December 2026, each row with its official or reference
// sources. The project scores its models on them and tunes nothing to
// them; they are never an input to a model. The embedded file is checked
// by the package's tests; a bad row there is a build defect and panics.
func Readings() []Reading {
	rs, err := readings()
	if err != nil {
		panic("chronology: " + err.Error())
	}
	return append([]Reading(nil), rs...)
}

// readingHeader is the header ReadReadings requires.
var readingHeader = []string{"kind", "dyad", "from", "to", "lowest", "highest", "share", "never_above",
	"other_dyad", "other_from", "other_to", "description", "source"}

// Column indexes of readingHeader.
const (
	rcKind = iota
	rcDyad
	rcFrom
	rcTo
	rcLowest
	rcHighest
	rcShare
	rcNeverAbove
	rcOtherDyad
	rcOtherFrom
	rcOtherTo
	rcDescription
	rcSource
)

// The months a reading may name: the chronology's span.
var (
	readingFirst = time.Date(2012, 1, 1, 0, 0, 0, 0, time.UTC)
	readingLast  = time.Date(2025, 12, 1, 0, 0, 0, 0, time.UTC)
)

// ReadReadings reads readings in the format of readings.csv: the header
// kind,dyad,from,to,lowest,highest,share,never_above,other_dyad,other_from,
// other_to,description,source, then one reading per row. kind is "grade"
// or "order"; dyad and other_dyad are two valid country codes in
// alphabetical order ("CHN-USA"); from, to, other_from and other_to are
// months YYYY-MM within 2012-01…2025-12, from no later than to. A grade row
// gives lowest and highest (grade names, lowest no warmer), share (a
// number in (0, 1]) and optionally never_above (a grade no colder than
// highest), and leaves the other_ columns empty; an order row leaves
// lowest, highest, share and never_above empty and gives other_dyad,
// other_from and other_to, a span different from its own. description and
// source are required. name is the file name used in errors.
//
// A bad row is a *dataset.ParseError naming the line and column and
// wrapping dataset.ErrColumnCount, ErrSyntax (a bad kind, dyad, grade name
// or grade order, or a field that must be empty), ErrBadDate (a bad month,
// one outside the span, or from after to), ErrBadNumber (share) or
// ErrMissingField; the first bad row stops the reading.
func ReadReadings(r io.Reader, name string) ([]Reading, error) {
	var out []Reading
	err := readTable(r, name, readingHeader, func(rec []string, line int) error {
		rd, field, sentinel := parseReading(rec)
		if sentinel != nil {
			return &dataset.ParseError{File: name, Line: line, Field: field + 1, Column: readingHeader[field], Value: rec[field], Err: sentinel}
		}
		rd.Line = line
		out = append(out, rd)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// parseReading reads one record of readingHeader's columns. On a bad field
// it returns the field's index and the sentinel error.
func parseReading(rec []string) (Reading, int, error) {
	for i := range rec {
		rec[i] = strings.TrimSpace(rec[i])
	}
	rd := Reading{Kind: rec[rcKind], Share: math.NaN()}
	if rd.Kind != KindGrade && rd.Kind != KindOrder {
		return rd, rcKind, dataset.ErrSyntax
	}
	var ok bool
	if rd.Dyad, ok = readingDyad(rec[rcDyad]); !ok {
		return rd, rcDyad, dataset.ErrSyntax
	}
	var field int
	var err error
	if rd.From, rd.To, field, err = readingSpan(rec, rcFrom, rcTo); err != nil {
		return rd, field, err
	}
	if rd.Kind == KindGrade {
		if rd.Lowest = rec[rcLowest]; GradeRank(rd.Lowest) < 0 {
			return rd, rcLowest, dataset.ErrSyntax
		}
		if rd.Highest = rec[rcHighest]; GradeRank(rd.Highest) < GradeRank(rd.Lowest) {
			return rd, rcHighest, dataset.ErrSyntax
		}
		share, err := strconv.ParseFloat(rec[rcShare], 64)
		if err != nil || !(share > 0 && share <= 1) {
			return rd, rcShare, dataset.ErrBadNumber
		}
		rd.Share = share
		if rd.NeverAbove = rec[rcNeverAbove]; rd.NeverAbove != "" && GradeRank(rd.NeverAbove) < GradeRank(rd.Highest) {
			return rd, rcNeverAbove, dataset.ErrSyntax
		}
		for _, c := range []int{rcOtherDyad, rcOtherFrom, rcOtherTo} {
			if rec[c] != "" {
				return rd, c, dataset.ErrSyntax
			}
		}
	} else {
		for _, c := range []int{rcLowest, rcHighest, rcShare, rcNeverAbove} {
			if rec[c] != "" {
				return rd, c, dataset.ErrSyntax
			}
		}
		for _, c := range []int{rcOtherDyad, rcOtherFrom, rcOtherTo} {
			if rec[c] == "" {
				return rd, c, dataset.ErrMissingField
			}
		}
		if rd.OtherDyad, ok = readingDyad(rec[rcOtherDyad]); !ok {
			return rd, rcOtherDyad, dataset.ErrSyntax
		}
		if rd.OtherFrom, rd.OtherTo, field, err = readingSpan(rec, rcOtherFrom, rcOtherTo); err != nil {
			return rd, field, err
		}
		if rd.OtherDyad == rd.Dyad && rd.OtherFrom.Equal(rd.From) && rd.OtherTo.Equal(rd.To) {
			return rd, rcOtherTo, dataset.ErrSyntax // a span compared with itself
		}
	}
	if rd.Description = rec[rcDescription]; rd.Description == "" {
		return rd, rcDescription, dataset.ErrMissingField
	}
	if rd.Source = rec[rcSource]; rd.Source == "" {
		return rd, rcSource, dataset.ErrMissingField
	}
	return rd, 0, nil
}

// readingDyad reads a dyad of two distinct valid country codes written in
// alphabetical order.
func readingDyad(s string) (dataset.Dyad, bool) {
	d, err := dataset.ParseDyad(s)
	if err != nil || d.Self() || d.B < d.A || !country.Valid(d.A) || !country.Valid(d.B) {
		return dataset.Dyad{}, false
	}
	return d, true
}

// readingSpan reads the months of columns from and to: each YYYY-MM within
// the chronology's span, the first no later than the second.
func readingSpan(rec []string, from, to int) (time.Time, time.Time, int, error) {
	var ms [2]time.Time
	for i, c := range []int{from, to} {
		m, err := time.Parse("2006-01", rec[c])
		if err != nil || m.Before(readingFirst) || m.After(readingLast) {
			return time.Time{}, time.Time{}, c, dataset.ErrBadDate
		}
		ms[i] = m
	}
	if ms[1].Before(ms[0]) {
		return time.Time{}, time.Time{}, to, dataset.ErrBadDate
	}
	return ms[0], ms[1], 0, nil
}
