package votes

import (
	"fmt"
	"sort"
)

// Record is one row of a votes file: one country's vote on one roll call.
type Record struct {
	// RCID is the roll call's id (see RollCall.RCID).
	RCID int
	// Country is entente's country code (country.Lookup's Code), "" when
	// the country could not be resolved (counted in the report's unknown
	// names).
	Country string
	// Name and Code are the country as written in the file: the name
	// column and the code column (ISO2 in unvotes, the COW number in
	// Voeten's layout), "" where the file has no such column.
	Name, Code string
	// Vote is the vote; Absent and NonMember rows are kept as such.
	Vote Vote
	// Line is the 1-based line of the row in its file, 0 if unknown.
	Line int
}

// Set is a roll-call × country matrix of votes: the rows are RollCalls
// (sorted by RCID), the columns Countries (entente codes, sorted). Every
// cell without a record is Missing. A Set is read-only once built and
// safe for concurrent use.
type Set struct {
	// RollCalls are the roll calls, sorted by RCID.
	RollCalls []RollCall
	// Countries are the countries' codes, sorted.
	Countries []string
	// DatesFrom says where the roll calls' dates and sessions came from:
	// "file" (the votes file has them), a roll-calls file's path, or
	// "embedded roll calls".
	DatesFrom string

	votes  []Vote // len(RollCalls) × len(Countries), roll call major
	byRC   map[int]int
	byCode map[string]int
}

// NewSet builds a Set from roll calls and vote records. Records with an
// empty Country are left out (they are counted by the readers); a record
// of a roll call that is not in rcs, or a second record of the same
// country on the same roll call, is an error.
func NewSet(rcs []RollCall, recs []Record) (*Set, error) {
	s := &Set{RollCalls: append([]RollCall(nil), rcs...)}
	sort.SliceStable(s.RollCalls, func(i, j int) bool { return s.RollCalls[i].RCID < s.RollCalls[j].RCID })
	s.byRC = make(map[int]int, len(rcs))
	for i, r := range s.RollCalls {
		if _, dup := s.byRC[r.RCID]; dup {
			return nil, fmt.Errorf("votes: roll call %d listed twice", r.RCID)
		}
		s.byRC[r.RCID] = i
	}
	seen := map[string]bool{}
	for i := range recs {
		if c := recs[i].Country; c != "" && !seen[c] {
			seen[c] = true
			s.Countries = append(s.Countries, c)
		}
	}
	sort.Strings(s.Countries)
	s.byCode = make(map[string]int, len(s.Countries))
	for j, c := range s.Countries {
		s.byCode[c] = j
	}
	s.votes = make([]Vote, len(s.RollCalls)*len(s.Countries))
	for i := range recs {
		r := &recs[i]
		if r.Country == "" {
			continue
		}
		rc, ok := s.byRC[r.RCID]
		if !ok {
			return nil, fmt.Errorf("votes: line %d: roll call %d is not in the roll-call table", r.Line, r.RCID)
		}
		k := rc*len(s.Countries) + s.byCode[r.Country]
		if s.votes[k] != Missing {
			return nil, fmt.Errorf("votes: line %d: %s has two votes on roll call %d", r.Line, r.Country, r.RCID)
		}
		s.votes[k] = r.Vote
	}
	return s, nil
}

// NumRollCalls returns the number of roll calls (rows).
func (s *Set) NumRollCalls() int { return len(s.RollCalls) }

// NumCountries returns the number of countries (columns).
func (s *Set) NumCountries() int { return len(s.Countries) }

// Vote returns the vote of country j on roll call i (indices into
// RollCalls and Countries). It panics if an index is out of range.
func (s *Set) Vote(i, j int) Vote {
	if i < 0 || i >= len(s.RollCalls) || j < 0 || j >= len(s.Countries) {
		panic(fmt.Sprintf("votes: index (%d, %d) out of range (%d × %d)", i, j, len(s.RollCalls), len(s.Countries)))
	}
	return s.votes[i*len(s.Countries)+j]
}

// Row returns the votes on roll call i, one per country, as a copy.
func (s *Set) Row(i int) []Vote {
	n := len(s.Countries)
	return append([]Vote(nil), s.votes[i*n:(i+1)*n]...)
}

// row is Row without the copy, for this package and its measures.
func (s *Set) row(i int) []Vote {
	n := len(s.Countries)
	return s.votes[i*n : (i+1)*n]
}

// CountryIndex returns the column of a country code, -1 if absent.
func (s *Set) CountryIndex(code string) int {
	if j, ok := s.byCode[code]; ok {
		return j
	}
	return -1
}

// RollCallIndex returns the row of a roll-call id, -1 if absent.
func (s *Set) RollCallIndex(rcid int) int {
	if i, ok := s.byRC[rcid]; ok {
		return i
	}
	return -1
}

// NumVotes returns the number of recorded votes (yes, abstain, no).
func (s *Set) NumVotes() int {
	n := 0
	for _, v := range s.votes {
		if v.Recorded() {
			n++
		}
	}
	return n
}

// Sessions returns the sessions present, ascending (0 for unknown ones
// left out).
func (s *Set) Sessions() []int {
	seen := map[int]bool{}
	var out []int
	for i := range s.RollCalls {
		if x := s.RollCalls[i].Session; x > 0 && !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	sort.Ints(out)
	return out
}

// Years returns the calendar years of the roll calls' dates, ascending.
func (s *Set) Years() []int {
	seen := map[int]bool{}
	var out []int
	for i := range s.RollCalls {
		if y := s.RollCalls[i].Year(); y > 0 && !seen[y] {
			seen[y] = true
			out = append(out, y)
		}
	}
	sort.Ints(out)
	return out
}

// Selection chooses roll calls. The zero value selects every roll call.
type Selection struct {
	// Session and Year, when not zero, keep the roll calls of that General
	// Assembly session or calendar year.
	Session, Year int
	// FromYear and ToYear, when not zero, keep the roll calls dated in
	// those calendar years (inclusive); undated roll calls are left out.
	FromYear, ToYear int
	// ImportantOnly keeps the votes the State Department marks important.
	ImportantOnly bool
	// Issue, when not "", keeps the roll calls with that issue code (see
	// IssueCodes).
	Issue string
	// NoAmendments leaves out votes on amendments and on paragraphs (roll
	// calls whose flags are unknown are kept).
	NoAmendments bool
}

// Keep reports whether roll call r is selected.
func (o *Selection) Keep(r *RollCall) bool {
	if o == nil {
		return true
	}
	switch {
	case o.Session != 0 && r.Session != o.Session,
		o.Year != 0 && r.Year() != o.Year,
		o.FromYear != 0 && (r.Year() == 0 || r.Year() < o.FromYear),
		o.ToYear != 0 && (r.Year() == 0 || r.Year() > o.ToYear),
		o.ImportantOnly && !r.Important.True(),
		o.Issue != "" && !r.HasIssue(o.Issue),
		o.NoAmendments && (r.Amend.True() || r.Para.True()):
		return false
	}
	return true
}

// Matrix is a plain roll-call × country matrix of votes, for models that
// work on one (ideal points): Votes[i*len(Countries)+j] is the vote of
// Countries[j] on RollCalls[i].
type Matrix struct {
	RollCalls []RollCall
	Countries []string
	Votes     []Vote
}

// At returns the vote of country j on roll call i.
func (m *Matrix) At(i, j int) Vote { return m.Votes[i*len(m.Countries)+j] }

// Matrix returns the roll calls that sel keeps (nil: all) as a Matrix over
// the countries with at least one recorded vote among them, in code order.
// A session's matrix for an ideal-point model is
// s.Matrix(&votes.Selection{Session: 68}).
func (s *Set) Matrix(sel *Selection) *Matrix {
	var rows []int
	for i := range s.RollCalls {
		if sel.Keep(&s.RollCalls[i]) {
			rows = append(rows, i)
		}
	}
	var cols []int
	for j := range s.Countries {
		for _, i := range rows {
			if s.votes[i*len(s.Countries)+j].Recorded() {
				cols = append(cols, j)
				break
			}
		}
	}
	m := &Matrix{RollCalls: make([]RollCall, len(rows)), Countries: make([]string, len(cols)), Votes: make([]Vote, len(rows)*len(cols))}
	for k, j := range cols {
		m.Countries[k] = s.Countries[j]
	}
	for r, i := range rows {
		m.RollCalls[r] = s.RollCalls[i]
		for k, j := range cols {
			m.Votes[r*len(cols)+k] = s.votes[i*len(s.Countries)+j]
		}
	}
	return m
}
