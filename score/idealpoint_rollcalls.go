package score

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"time"
)

// Ballot is one country's vote on one roll call. Its numbers follow
// Voeten's UNGA coding (1 yes, 2 abstain, 3 no); the zero value is
// BallotMissing: absent, not a member, or not recorded — never "no".
type Ballot int8

// The ballots. BallotMissing is the zero value.
const (
	BallotMissing Ballot = 0
	BallotYes     Ballot = 1
	BallotAbstain Ballot = 2
	BallotNo      Ballot = 3
)

// String returns "yes", "abstain", "no" or "missing" (and "Ballot(n)" for a
// value that is none of them).
func (b Ballot) String() string {
	switch b {
	case BallotMissing:
		return "missing"
	case BallotYes:
		return "yes"
	case BallotAbstain:
		return "abstain"
	case BallotNo:
		return "no"
	}
	return fmt.Sprintf("Ballot(%d)", int8(b))
}

func (b Ballot) valid() bool { return b >= BallotMissing && b <= BallotNo }

// RollCallColumn describes one roll call: a column of a RollCallMatrix.
type RollCallColumn struct {
	// ID names the roll call (the unvotes rcid, "5309").
	ID string
	// Period is the session number (or any period index): ideal points are
	// estimated per Period, and consecutive integers are consecutive
	// periods, so that a period without roll calls (the UN's 19th session,
	// 1964–65) still counts as one step of the random walk. Every integer
	// between a country's first and last period is a state of its chain,
	// so periods should be small consecutive integers (sessions, years),
	// not codes such as YYYYMM.
	Period int
	// Date of the vote; the zero time when unknown. Not used by the model.
	Date time.Time
}

// RollCallMatrix holds the votes of countries (rows) on roll calls
// (columns). Countries are codes (strings, "NA" is Namibia); Ballots is
// row-major: the vote of Countries[i] on RollCalls[j] is
// Ballots[i*len(RollCalls)+j]. A country that was absent or not a member
// has BallotMissing, which every measure skips.
//
// Build one with NewRollCallMatrix and Set, or fill the exported fields
// directly; FitIdealPoints checks them.
type RollCallMatrix struct {
	Countries []string
	RollCalls []RollCallColumn
	Ballots   []Ballot
}

// NewRollCallMatrix returns a matrix of the given countries and roll calls
// with every ballot missing. The slices are kept, not copied. It panics if
// a country code repeats (programmer misuse).
func NewRollCallMatrix(countries []string, rollCalls []RollCallColumn) *RollCallMatrix {
	seen := make(map[string]bool, len(countries))
	for _, c := range countries {
		if seen[c] {
			panic("score: NewRollCallMatrix: country " + c + " repeats")
		}
		seen[c] = true
	}
	return &RollCallMatrix{
		Countries: countries,
		RollCalls: rollCalls,
		Ballots:   make([]Ballot, len(countries)*len(rollCalls)),
	}
}

// At returns the vote of country i on roll call j.
func (m *RollCallMatrix) At(i, j int) Ballot {
	m.checkIndex(i, j)
	return m.Ballots[i*len(m.RollCalls)+j]
}

// Set records the vote of country i on roll call j. It panics on an index
// out of range or a value that is not a Ballot constant.
func (m *RollCallMatrix) Set(i, j int, b Ballot) {
	m.checkIndex(i, j)
	if !b.valid() {
		panic(fmt.Sprintf("score: RollCallMatrix.Set: %v is not a ballot", b))
	}
	m.Ballots[i*len(m.RollCalls)+j] = b
}

func (m *RollCallMatrix) checkIndex(i, j int) {
	if i < 0 || i >= len(m.Countries) || j < 0 || j >= len(m.RollCalls) {
		panic(fmt.Sprintf("score: RollCallMatrix: index (%d, %d) outside %d countries × %d roll calls",
			i, j, len(m.Countries), len(m.RollCalls)))
	}
}

// Country returns the row of a country code, or −1.
func (m *RollCallMatrix) Country(code string) int {
	for i, c := range m.Countries {
		if c == code {
			return i
		}
	}
	return -1
}

// Votes returns the number of ballots that are not missing.
func (m *RollCallMatrix) Votes() int {
	n := 0
	for _, b := range m.Ballots {
		if b != BallotMissing {
			n++
		}
	}
	return n
}

// Resample returns a bootstrap replicate of the matrix: within each period,
// as many roll calls as the period has, drawn with replacement (a roll call
// drawn twice appears twice, its ID suffixed "#2", "#3", …). The draw is a
// function of seed alone (PCG), so replicates are reproducible. Countries
// are shared with m; roll calls keep their period order.
func (m *RollCallMatrix) Resample(seed uint64) *RollCallMatrix {
	rng := rand.New(rand.NewPCG(seed, 0x1dea1))
	// Columns grouped by period, in period order then column order.
	idx := make([]int, len(m.RollCalls))
	for j := range idx {
		idx[j] = j
	}
	sort.SliceStable(idx, func(a, b int) bool { return m.RollCalls[idx[a]].Period < m.RollCalls[idx[b]].Period })
	var pick []int
	for lo := 0; lo < len(idx); {
		hi := lo
		for hi < len(idx) && m.RollCalls[idx[hi]].Period == m.RollCalls[idx[lo]].Period {
			hi++
		}
		for k := lo; k < hi; k++ {
			pick = append(pick, idx[lo+rng.IntN(hi-lo)])
		}
		lo = hi
	}
	sort.Ints(pick) // period order is kept: idx was sorted by period, stably
	sort.SliceStable(pick, func(a, b int) bool { return m.RollCalls[pick[a]].Period < m.RollCalls[pick[b]].Period })
	cols := make([]RollCallColumn, len(pick))
	count := make(map[int]int, len(pick))
	for k, j := range pick {
		cols[k] = m.RollCalls[j]
		count[j]++
		if count[j] > 1 {
			cols[k].ID = fmt.Sprintf("%s#%d", cols[k].ID, count[j])
		}
	}
	out := &RollCallMatrix{Countries: m.Countries, RollCalls: cols, Ballots: make([]Ballot, len(m.Countries)*len(cols))}
	for i := range m.Countries {
		src := m.Ballots[i*len(m.RollCalls) : (i+1)*len(m.RollCalls)]
		dst := out.Ballots[i*len(cols) : (i+1)*len(cols)]
		for k, j := range pick {
			dst[k] = src[j]
		}
	}
	return out
}
