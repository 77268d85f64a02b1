package ideal

import (
	"fmt"
	"sort"
	"strconv"
	"time"

	"github.com/entente/entente/score"
	"github.com/entente/entente/votes"
)

// SessionYear returns the calendar year labelling General Assembly session
// s: 1945 + s, the year in which the session opens (session 1 opened in
// January 1946; from the 4th, in September) and holds most of its roll
// calls. It is how ideal points, which are estimated per session, are
// shown by year.
func SessionYear(s int) int { return 1945 + s }

// SessionOf returns the General Assembly session in progress on date d: a
// session opens in September of year 1945 + s and runs until the next one
// opens, so a vote in January–August of year y belongs to session
// y − 1946 and one in September–December to session y − 1945 (1946, when
// the first session met from January, is session 1 throughout). It is
// used for roll calls whose file gives a date but no session; special and
// emergency sessions are folded into the regular session in progress. It
// returns 0 for the zero time or a date before 1946.
func SessionOf(d time.Time) int {
	if d.IsZero() || d.Year() < 1946 {
		return 0
	}
	y := d.Year()
	if y == 1946 {
		return 1
	}
	if d.Month() >= time.September {
		return y - 1945
	}
	return y - 1946
}

// Matrix converts a votes.Matrix into the score.RollCallMatrix the
// ideal-point model fits: the same countries, the roll calls ordered by
// session and then RCID with ID the RCID, Period the session (SessionOf
// its date where the session is unknown) and Date the vote's date. Yes,
// abstain and no become the ballots of the same names; absences,
// non-membership and missing records are score.BallotMissing. Roll calls
// with neither a session nor a date cannot be placed in time and are left
// out; the second result counts them.
func Matrix(m *votes.Matrix) (*score.RollCallMatrix, int) {
	type col struct {
		i, session int
	}
	var cols []col
	dropped := 0
	for i := range m.RollCalls {
		r := &m.RollCalls[i]
		s := r.Session
		if s <= 0 {
			s = SessionOf(r.Date)
		}
		if s <= 0 {
			dropped++
			continue
		}
		cols = append(cols, col{i, s})
	}
	sort.SliceStable(cols, func(a, b int) bool {
		if cols[a].session != cols[b].session {
			return cols[a].session < cols[b].session
		}
		return m.RollCalls[cols[a].i].RCID < m.RollCalls[cols[b].i].RCID
	})
	rcs := make([]score.RollCallColumn, len(cols))
	for k, c := range cols {
		r := &m.RollCalls[c.i]
		rcs[k] = score.RollCallColumn{ID: strconv.Itoa(r.RCID), Period: c.session, Date: r.Date}
	}
	out := score.NewRollCallMatrix(append([]string(nil), m.Countries...), rcs)
	nv := len(rcs)
	for k, c := range cols {
		for j := range m.Countries {
			if v := m.At(c.i, j); v.Recorded() {
				out.Ballots[j*nv+k] = score.Ballot(v) // votes.Yes, Abstain, No = 1, 2, 3 = score.BallotYes, …
			}
		}
	}
	return out, dropped
}

// Fit fits score.FitIdealPoints (opts: nil for its defaults, those of the
// embedded estimates) to the roll calls of s that sel keeps (nil: all),
// per session (see Matrix). Fit(votes.Embedded(), nil, nil) reproduces
// Embedded to 3 decimals. It returns an error wrapping
// score.ErrTooFewObservations when no roll call with a recorded vote can
// be placed in a session.
func Fit(s *votes.Set, sel *votes.Selection, opts *score.IdealPointOptions) (*score.IdealPoints, error) {
	m, _ := Matrix(s.Matrix(sel))
	p, err := score.FitIdealPoints(m, opts)
	if err != nil {
		return nil, fmt.Errorf("ideal: %w", err)
	}
	return p, nil
}
