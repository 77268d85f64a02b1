package score

import (
	"fmt"
	"math"
	"sort"
	"time"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/votes"
)

// VoteDisagreement is one roll call on which a dyad voted differently.
type VoteDisagreement struct {
	RCID       int
	Date       time.Time
	Session    int
	Resolution string
	Short      string
	Issues     []string
	A, B       votes.Vote
	// Distance is |a − b| on yes=1/abstain=2/no=3: 1 when one abstains,
	// 2 when one votes yes and the other no.
	Distance int
}

// VoteIssue is an issue's part in a dyad's disagreement over a period.
type VoteIssue struct {
	// Issue is the issue code (votes.IssueCodes), "" for roll calls
	// without an issue tag; Name its name ("other" for "").
	Issue, Name string
	// N is the number of common roll calls with the issue; Agreement the
	// share of them with the same vote.
	N         int
	Agreement float64
	// Distance is the sum of |a − b| over those roll calls; Share its part
	// of the dyad's total distance in the period (roll calls with several
	// issues count for each, so shares can add up to more than 1).
	Distance int
	Share    float64
}

// VoteExplanation says which issues and roll calls drive a dyad's
// disagreement in one period.
type VoteExplanation struct {
	Dyad   dataset.Dyad
	Period int
	// N is the number of common roll calls, Distance the sum of |a − b|
	// over them (so s = 1 − Distance/N).
	N, Distance int
	// Issues are sorted by Distance, largest first (then by code).
	Issues []VoteIssue
	// RollCalls are the roll calls with different votes, largest distance
	// first, then by date and rcid.
	RollCalls []VoteDisagreement
}

// ExplainVotes breaks a dyad's disagreement in one period (a calendar
// year or a session, as opts.Period says; opts.Select applies) down by
// issue and lists the roll calls on which the two voted differently. The
// distance is the one of S with absolute distance (Signorino and Ritter
// 1999): s = 1 − Distance/N. A period without common roll calls is an
// error wrapping ErrNoPeriod; a country without votes, ErrUnknownCountry.
func ExplainVotes(s *votes.Set, d dataset.Dyad, period int, opts *VoteAlignOptions) (*VoteExplanation, error) {
	o := opts.defaults()
	ja, jb := s.CountryIndex(d.A), s.CountryIndex(d.B)
	if ja < 0 || jb < 0 {
		return nil, fmt.Errorf("%w: %s has no votes", ErrUnknownCountry, map[bool]string{true: d.A, false: d.B}[ja < 0])
	}
	e := &VoteExplanation{Dyad: d, Period: period}
	type acc struct{ n, same, dist int }
	by := map[string]*acc{}
	for i := range s.RollCalls {
		rc := &s.RollCalls[i]
		if !o.Select.Keep(rc) || o.Period.Key(rc) != period {
			continue
		}
		va, vb := s.Vote(i, ja), s.Vote(i, jb)
		if !va.Recorded() || !vb.Recorded() {
			continue
		}
		dist := int(math.Abs(float64(va - vb)))
		e.N++
		e.Distance += dist
		issues := rc.Issues
		if len(issues) == 0 {
			issues = []string{""}
		}
		for _, is := range issues {
			a := by[is]
			if a == nil {
				a = &acc{}
				by[is] = a
			}
			a.n++
			a.dist += dist
			if dist == 0 {
				a.same++
			}
		}
		if dist > 0 {
			e.RollCalls = append(e.RollCalls, VoteDisagreement{RCID: rc.RCID, Date: rc.Date, Session: rc.Session,
				Resolution: rc.Resolution, Short: rc.Short, Issues: append([]string(nil), rc.Issues...), A: va, B: vb, Distance: dist})
		}
	}
	if e.N == 0 {
		return nil, fmt.Errorf("%w: %s has no common roll call in %s %d", ErrNoPeriod, d, o.Period, period)
	}
	for is, a := range by {
		name := votes.IssueName(is)
		if is == "" {
			name = "other"
		}
		v := VoteIssue{Issue: is, Name: name, N: a.n, Agreement: float64(a.same) / float64(a.n), Distance: a.dist, Share: math.NaN()}
		if e.Distance > 0 {
			v.Share = float64(a.dist) / float64(e.Distance)
		}
		e.Issues = append(e.Issues, v)
	}
	sort.Slice(e.Issues, func(i, j int) bool {
		a, b := e.Issues[i], e.Issues[j]
		if a.Distance != b.Distance {
			return a.Distance > b.Distance
		}
		return a.Issue < b.Issue
	})
	sort.SliceStable(e.RollCalls, func(i, j int) bool {
		a, b := e.RollCalls[i], e.RollCalls[j]
		if a.Distance != b.Distance {
			return a.Distance > b.Distance
		}
		if !a.Date.Equal(b.Date) {
			return a.Date.Before(b.Date)
		}
		return a.RCID < b.RCID
	})
	return e, nil
}
