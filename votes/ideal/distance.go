package ideal

import (
	"github.com/entente/entente/dataset"
	"github.com/entente/entente/score"
	"sort"
)

// DistanceOptions configures DistanceRows; the zero value (or nil) means
// every session, labelled by year.
type DistanceOptions struct {
	// Period labels the rows: score.VoteByYear (the zero value) gives each
	// session the year SessionYear(session); score.VoteBySession the
	// session number.
	Period score.VotePeriod
	// FromYear and ToYear, when not zero, keep the sessions whose year
	// (SessionYear) lies between them, inclusive.
	FromYear, ToYear int
}

// DistanceRows returns the ideal-point distance of each dyad per session
// (score.IdealPoints.Distance: |θ_A − θ_B| with its band at the fit's
// Level) as rows of the tidy vote-alignment table (score.WriteVoteAlignCSV,
// dyad,period,measure,value,lower,upper,n), with Measure
// score.VoteIdealDist. N is the smaller of the two countries' recorded
// votes in the session (not common roll calls, as for the other measures:
// each ideal point rests on its own country's votes). Rows are in dyad
// order, then period; a session in which either country has no point has
// no row, and a dyad without common sessions none at all.
func DistanceRows(p *score.IdealPoints, dyads []dataset.Dyad, opts *DistanceOptions) []score.VoteAlignment {
	var o DistanceOptions
	if opts != nil {
		o = *opts
	}
	var out []score.VoteAlignment
	for _, d := range dyads {
		for _, x := range p.Distance(d.A, d.B) {
			y := SessionYear(x.Period)
			if (o.FromYear != 0 && y < o.FromYear) || (o.ToYear != 0 && y > o.ToYear) {
				continue
			}
			per := y
			if o.Period == score.VoteBySession {
				per = x.Period
			}
			out = append(out, score.VoteAlignment{Dyad: d, Period: per, Measure: score.VoteIdealDist,
				Value: x.Value, Lower: x.Lower, Upper: x.Upper, N: x.N})
		}
	}
	return out
}

// MergeRows puts the idealdist rows extra among the other measures' rows:
// by dyad (in the order of dyads, a dyad named twice at its first place),
// then period, the idealdist row after the other measures of its period
// (a stable sort of rows followed by extra). Neither input is modified.
func MergeRows(rows, extra []score.VoteAlignment, dyads []dataset.Dyad) []score.VoteAlignment {
	at := make(map[dataset.Dyad]int, len(dyads))
	for i, d := range dyads {
		if _, ok := at[d]; !ok {
			at[d] = i
		}
	}
	out := append(append([]score.VoteAlignment(nil), rows...), extra...)
	sort.SliceStable(out, func(i, j int) bool {
		a, b := at[out[i].Dyad], at[out[j].Dyad]
		if a != b {
			return a < b
		}
		return out[i].Period < out[j].Period
	})
	return out
}
