package score

import (
	"bufio"
	"fmt"
	"hash/fnv"
	"io"
	"math"
	"math/rand/v2"
	"sort"
	"strings"
	"time"

	"github.com/go-gota/gota/dataframe"
	"github.com/go-gota/gota/series"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/votes"
)

// Vote-alignment measures (VoteAlign), by name.
const (
	VoteAgreement   = "agreement"
	VoteS           = "s"
	VoteS2          = "s2"
	VoteKappa       = "kappa"
	VotePi          = "pi"
	VoteCoincidence = "coincidence"
	// VoteIdealDist is the ideal-point distance of a dyad, computed by the
	// ideal-point model, not by VoteAlign.
	VoteIdealDist = "idealdist"
)

// VoteMeasures returns the measures VoteAlign computes, in the order it
// writes them: agreement, s, s2, kappa, pi, coincidence.
func VoteMeasures() []string {
	return []string{VoteAgreement, VoteS, VoteS2, VoteKappa, VotePi, VoteCoincidence}
}

// VotePeriod says how roll calls are grouped into periods.
type VotePeriod int8

const (
	// VoteByYear groups roll calls by the calendar year of their date
	// (the zero value). Undated roll calls are left out.
	VoteByYear VotePeriod = iota
	// VoteBySession groups them by General Assembly session (session 1 is
	// 1946; a session opens in September and runs into the next year).
	VoteBySession
)

// ParseVotePeriod reads "year" or "session".
func ParseVotePeriod(s string) (VotePeriod, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "year", "":
		return VoteByYear, nil
	case "session":
		return VoteBySession, nil
	}
	return 0, fmt.Errorf("score: vote period %q: want year or session: %w", s, ErrBadValue)
}

// String returns "year" or "session".
func (p VotePeriod) String() string {
	if p == VoteBySession {
		return "session"
	}
	return "year"
}

// Key returns the period of roll call r: its calendar year or session
// (0 when unknown).
func (p VotePeriod) Key(r *votes.RollCall) int {
	if p == VoteBySession {
		return r.Session
	}
	return r.Year()
}

// Bootstrap defaults.
const (
	DefaultVoteReplicates = 1000
	DefaultVoteLevel      = 0.95
	DefaultVoteSeed       = 20110701 // any fixed number; changing it changes the bands
)

// VoteAlignOptions configures VoteAlign and ExplainVotes. The zero value
// (or nil) computes every measure per calendar year over every recorded
// roll call, with 95 % bootstrap bands from 1000 replicates.
type VoteAlignOptions struct {
	// Period groups roll calls by year (default) or session.
	Period VotePeriod
	// Measures are the measures to compute (VoteMeasures; nil: all).
	Measures []string
	// Select keeps a subset of roll calls: important votes only, one
	// issue, no amendment or paragraph votes (zero value: all).
	Select votes.Selection
	// Replicates is the number of bootstrap replicates (0: 1000; −1: no
	// bands).
	Replicates int
	// Level is the coverage of the bands (0: 0.95); outside (0, 1) it
	// panics (misuse).
	Level float64
	// Seed seeds the bootstrap (0: DefaultVoteSeed). Each dyad and period
	// has its own stream derived from Seed, the dyad and the period, so a
	// value's band does not depend on which other dyads are computed.
	Seed uint64
}

// VoteAlignment is one row of the tidy vote-alignment table: a measure of
// one dyad in one period, with its bootstrap band and the number of
// common roll calls.
type VoteAlignment struct {
	Dyad dataset.Dyad
	// Period is the calendar year or the session.
	Period  int
	Measure string
	// Value, Lower and Upper are NaN where the measure is undefined
	// (kappa and pi when both countries cast one kind of vote only;
	// coincidence without a yes or no from either).
	Value, Lower, Upper float64
	// N is the number of roll calls on which both countries cast a vote
	// (yes, abstain or no).
	N int
}

// VoteTable is the 3×3 table of a dyad's joint votes over common roll
// calls: T[a][b] counts roll calls where A voted a and B voted b, with
// 0 yes, 1 abstain, 2 no. Every measure is a function of it.
type VoteTable [3][3]float64

// N returns the number of common roll calls.
func (t *VoteTable) N() float64 {
	n := 0.0
	for a := range 3 {
		for b := range 3 {
			n += t[a][b]
		}
	}
	return n
}

// Measure returns the named measure of the table; NaN where it is
// undefined or the table is empty. It panics on an unknown name.
//
// With n common roll calls, votes coded yes = 1, abstain = 2, no = 3 and
// d(a, b) the distance between two votes:
//
//   - agreement: the share of common roll calls with the same vote
//     (Voeten 2000, "Clashes in the Assembly", International Organization
//     54(2)).
//   - s: Signorino and Ritter's (1999) S with absolute distance,
//     S = 1 − 2·D/d_max, D = Σ|a − b|/n, d_max = 2 (Signorino and Ritter
//     1999, "Tau-b or not tau-b", International Studies Quarterly 43(1),
//     eq. 2).
//   - s2: S with squared distance, S = 1 − 2·Σ(a − b)²/(n·d_max²),
//     d_max = 2.
//   - kappa and pi: Häge's (2011) chance-corrected versions of S (Häge,
//     "Choice or Circumstance?", Political Analysis 19(3)),
//     1 − D_o/D_e with the absolute distance: D_o = Σ|a − b|/n observed,
//     D_e = Σ_a Σ_b p(a)·q(b)·|a − b| expected by chance; Cohen's κ takes
//     p and q as each country's own shares of yes/abstain/no over the
//     common roll calls, Scott's π takes both as their pooled shares. NaN
//     when D_e = 0 (both cast one and the same kind of vote throughout).
//   - coincidence: the US State Department's voting coincidence with
//     abstentions at half weight ("Voting Practices in the United
//     Nations", annual report to Congress): (same + ½·one abstains) /
//     (same + opposite + one abstains), same = both yes or both no,
//     opposite = one yes and one no, one abstains = exactly one abstains;
//     roll calls where both abstain are left out, as in the report. NaN
//     when the denominator is 0.
func (t *VoteTable) Measure(name string) float64 {
	n := t.N()
	if n == 0 {
		return math.NaN()
	}
	// sum returns Σ d over the table (counts are whole numbers, so the
	// sums are exact and each measure below is one correctly rounded
	// division: s = (2n − 2·Σ|a−b|)/(2n) rather than 1 − 2·D/2).
	sum := func(sq bool) float64 {
		s := 0.0
		for a := range 3 {
			for b := range 3 {
				d := math.Abs(float64(a - b))
				if sq {
					d *= d
				}
				s += t[a][b] * d
			}
		}
		return s
	}
	dist := func(sq bool) float64 { return sum(sq) / n }
	switch name {
	case VoteAgreement:
		return (t[0][0] + t[1][1] + t[2][2]) / n
	case VoteS:
		return (2*n - 2*sum(false)) / (2 * n)
	case VoteS2:
		return (4*n - 2*sum(true)) / (4 * n)
	case VoteKappa, VotePi:
		var p, q [3]float64
		for a := range 3 {
			for b := range 3 {
				p[a] += t[a][b] / n
				q[b] += t[a][b] / n
			}
		}
		if name == VotePi {
			for k := range 3 {
				p[k] = (p[k] + q[k]) / 2
				q[k] = p[k]
			}
		}
		de := 0.0
		for a := range 3 {
			for b := range 3 {
				de += p[a] * q[b] * math.Abs(float64(a-b))
			}
		}
		if de < 1e-15 {
			return math.NaN()
		}
		return 1 - dist(false)/de
	case VoteCoincidence:
		same := t[0][0] + t[2][2]
		opposite := t[0][2] + t[2][0]
		one := t[0][1] + t[1][0] + t[2][1] + t[1][2]
		if same+opposite+one == 0 {
			return math.NaN()
		}
		return (same + one/2) / (same + opposite + one)
	}
	panic(fmt.Sprintf("score: unknown vote measure %q", name))
}

// VoteTableFor returns the table of joint votes of dyad d over the roll
// calls sel keeps (nil: all), pooled: the input of VoteTable.Measure for
// any span of roll calls. A country without votes in s is an error
// wrapping ErrUnknownCountry.
func VoteTableFor(s *votes.Set, d dataset.Dyad, sel *votes.Selection) (VoteTable, error) {
	var t VoteTable
	ja, jb := s.CountryIndex(d.A), s.CountryIndex(d.B)
	if ja < 0 || jb < 0 {
		missing := d.A
		if ja >= 0 {
			missing = d.B
		}
		return t, fmt.Errorf("%w: %s has no votes", ErrUnknownCountry, missing)
	}
	for i := range s.RollCalls {
		if !sel.Keep(&s.RollCalls[i]) {
			continue
		}
		va, vb := s.Vote(i, ja), s.Vote(i, jb)
		if va.Recorded() && vb.Recorded() {
			t[va-1][vb-1]++
		}
	}
	return t, nil
}

// checkVoteMeasures validates names (nil: all).
func checkVoteMeasures(names []string) ([]string, error) {
	if len(names) == 0 {
		return VoteMeasures(), nil
	}
	known := map[string]bool{}
	for _, m := range VoteMeasures() {
		known[m] = true
	}
	for _, m := range names {
		if !known[m] {
			return nil, fmt.Errorf("%w: vote measure %q (want %s)", ErrUnknownMethod, m, strings.Join(VoteMeasures(), ", "))
		}
	}
	return names, nil
}

// votePairs returns, per period, the joint votes (a, b in 0..2) of the
// dyad on the common roll calls that sel keeps, and the periods in order.
func votePairs(s *votes.Set, d dataset.Dyad, o *VoteAlignOptions) (map[int][][2]int8, []int, error) {
	ja, jb := s.CountryIndex(d.A), s.CountryIndex(d.B)
	if ja < 0 || jb < 0 {
		missing := d.A
		if ja >= 0 {
			missing = d.B
		}
		return nil, nil, fmt.Errorf("%w: %s has no votes", ErrUnknownCountry, missing)
	}
	out := map[int][][2]int8{}
	var periods []int
	for i := range s.RollCalls {
		rc := &s.RollCalls[i]
		if !o.Select.Keep(rc) {
			continue
		}
		k := o.Period.Key(rc)
		if k == 0 {
			continue
		}
		va, vb := s.Vote(i, ja), s.Vote(i, jb)
		if !va.Recorded() || !vb.Recorded() {
			continue
		}
		if _, ok := out[k]; !ok {
			periods = append(periods, k)
		}
		out[k] = append(out[k], [2]int8{int8(va) - 1, int8(vb) - 1})
	}
	sort.Ints(periods)
	return out, periods, nil
}

func (o *VoteAlignOptions) defaults() VoteAlignOptions {
	var c VoteAlignOptions
	if o != nil {
		c = *o
	}
	if c.Replicates == 0 {
		c.Replicates = DefaultVoteReplicates
	}
	if c.Level == 0 {
		c.Level = DefaultVoteLevel
	}
	if c.Seed == 0 {
		c.Seed = DefaultVoteSeed
	}
	if !(c.Level > 0 && c.Level < 1) {
		panic(fmt.Sprintf("score: VoteAlignOptions.Level %v not in (0, 1)", c.Level))
	}
	return c
}

// VoteAlign computes the vote-alignment measures of each dyad per period
// (see VoteTable.Measure for the formulas) with percentile bootstrap bands
// over roll calls: each replicate draws the period's n common roll calls
// with replacement and recomputes the measure; Lower and Upper are the
// (1 − Level)/2 and (1 + Level)/2 quantiles of the replicates (linear
// interpolation, R's type 7), NaN replicates left out. Rows come in the
// order dyads, periods ascending, measures as asked; only periods where
// the dyad has a common roll call are written. The result is
// deterministic: the same data and options give the same numbers.
//
// A dyad with a country that has no votes in s is an error wrapping
// ErrUnknownCountry; an unknown measure wraps ErrUnknownMethod.
func VoteAlign(s *votes.Set, dyads []dataset.Dyad, opts *VoteAlignOptions) ([]VoteAlignment, error) {
	o := opts.defaults()
	ms, err := checkVoteMeasures(o.Measures)
	if err != nil {
		return nil, err
	}
	var out []VoteAlignment
	for _, d := range dyads {
		pairs, periods, err := votePairs(s, d, &o)
		if err != nil {
			return nil, err
		}
		for _, p := range periods {
			ps := pairs[p]
			var t VoteTable
			for _, x := range ps {
				t[x[0]][x[1]]++
			}
			var reps [][]float64 // per measure
			if o.Replicates > 0 {
				reps = bootVotes(ps, ms, o.Replicates, o.Seed, d, p)
			}
			for k, m := range ms {
				r := VoteAlignment{Dyad: d, Period: p, Measure: m, Value: t.Measure(m), N: len(ps),
					Lower: math.NaN(), Upper: math.NaN()}
				if reps != nil {
					r.Lower = quantile7(reps[k], (1-o.Level)/2)
					r.Upper = quantile7(reps[k], (1+o.Level)/2)
				}
				out = append(out, r)
			}
		}
	}
	return out, nil
}

// bootVotes returns, per measure, the replicate values (NaN ones left
// out), sorted.
func bootVotes(ps [][2]int8, ms []string, reps int, seed uint64, d dataset.Dyad, period int) [][]float64 {
	h := fnv.New64a()
	fmt.Fprintf(h, "%s-%s/%d", d.A, d.B, period)
	rng := rand.New(rand.NewPCG(seed, h.Sum64()))
	out := make([][]float64, len(ms))
	n := len(ps)
	for range reps {
		var t VoteTable
		for range n {
			x := ps[rng.IntN(n)]
			t[x[0]][x[1]]++
		}
		for k, m := range ms {
			if v := t.Measure(m); !math.IsNaN(v) {
				out[k] = append(out[k], v)
			}
		}
	}
	for k := range out {
		sort.Float64s(out[k])
	}
	return out
}

// quantile7 is the p-quantile of sorted xs by linear interpolation between
// order statistics (Hyndman and Fan 1996, type 7); NaN if xs is empty.
func quantile7(xs []float64, p float64) float64 {
	if len(xs) == 0 {
		return math.NaN()
	}
	h := float64(len(xs)-1) * p
	lo := int(math.Floor(h))
	if lo >= len(xs)-1 {
		return xs[len(xs)-1]
	}
	return xs[lo] + (h-float64(lo))*(xs[lo+1]-xs[lo])
}

// VoteAlignHeader is the header of WriteVoteAlignCSV.
const VoteAlignHeader = "dyad,period,measure,value,lower,upper,n"

// WriteVoteAlignCSV writes rows as the tidy CSV
// dyad,period,measure,value,lower,upper,n with every measure's floats in
// one form, FormatFloat's 8 significant digits as the other CSV writers
// (empty where NaN): an ideal-point distance of 3-decimal estimates reads
// 3.797, not 3.7969999999999997.
func WriteVoteAlignCSV(w io.Writer, rows []VoteAlignment) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(VoteAlignHeader + "\n")
	for _, r := range rows {
		fmt.Fprintf(bw, "%s,%d,%s,%s,%s,%s,%d\n", r.Dyad.String(), r.Period, r.Measure,
			FormatFloat(r.Value), FormatFloat(r.Lower), FormatFloat(r.Upper), r.N)
	}
	return bw.Flush()
}

// VoteAlignFrame returns rows as a gota DataFrame with the columns of
// WriteVoteAlignCSV: dyad, measure (String), period, n (Int), value, lower,
// upper (Float, NaN where missing). Built with explicit types.
func VoteAlignFrame(rows []VoteAlignment) dataframe.DataFrame {
	dy := make([]string, len(rows))
	ms := make([]string, len(rows))
	per := make([]int, len(rows))
	n := make([]int, len(rows))
	v := make([]float64, len(rows))
	lo := make([]float64, len(rows))
	hi := make([]float64, len(rows))
	for i, r := range rows {
		dy[i], ms[i], per[i], n[i], v[i], lo[i], hi[i] = r.Dyad.String(), r.Measure, r.Period, r.N, r.Value, r.Lower, r.Upper
	}
	return dataframe.New(
		series.New(dy, series.String, "dyad"), series.New(per, series.Int, "period"),
		series.New(ms, series.String, "measure"), series.New(v, series.Float, "value"),
		series.New(lo, series.Float, "lower"), series.New(hi, series.Float, "upper"),
		series.New(n, series.Int, "n"))
}

// VoteSeries turns the rows of one measure into one Series per dyad (in
// the rows' order), one yearly point per year from the dyad's first to its
// last period (NaN where it has no common roll call), for the charts of
// package plots: Value, Lower and Upper from the rows, N the common roll
// calls; Model is "un-" plus the measure. Rows by session are placed on
// the year the session opened (1945 + session).
func VoteSeries(rows []VoteAlignment, measure string, period VotePeriod) []Series {
	var out []Series
	idx := map[dataset.Dyad]int{}
	byDyad := map[dataset.Dyad]map[int]VoteAlignment{}
	for _, r := range rows {
		if r.Measure != measure {
			continue
		}
		if _, ok := idx[r.Dyad]; !ok {
			idx[r.Dyad] = len(out)
			out = append(out, Series{Dyad: r.Dyad, Model: "un-" + measure, Granularity: dataset.Year})
			byDyad[r.Dyad] = map[int]VoteAlignment{}
		}
		y := r.Period
		if period == VoteBySession {
			y += 1945
		}
		byDyad[r.Dyad][y] = r
	}
	for k := range out {
		m := byDyad[out[k].Dyad]
		lo, hi := 0, 0
		for y := range m {
			if lo == 0 || y < lo {
				lo = y
			}
			if y > hi {
				hi = y
			}
		}
		for y := lo; y <= hi; y++ {
			p := NewPoint(time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC))
			if r, ok := m[y]; ok {
				p.Value, p.Lower, p.Upper, p.N = r.Value, r.Lower, r.Upper, int64(r.N)
			}
			out[k].Points = append(out[k].Points, p)
		}
	}
	return out
}
