package cameo

// A lasting state is a condition between two states that persists until a
// documented end rather than an act whose effect fades: a sanctions regime,
// reduced or broken diplomatic relations, a blockade, an occupation, a war.
// Some CAMEO codes open one and others close it. The codes are chosen from
// the CAMEO 1.1b3 code names (Name), never from example sentences: a code
// opens a state when its name says that it imposes, breaks, occupies or
// fights, and closes one when its name says that it eases, retreats or
// declares a truce.
//
// A Mark is one side of one lasting state: the codes that open it or the
// codes that close it. The aggregation (dataset.Stats.Marks) sums the
// weight of each period's events per mark, so that the states can be read
// from the statistics alone; the interpretation (how much weight opens a
// state, how long it lasts, what it caps) is score's.

// Mark indexes the lasting-state marks: 2·s opens state s, 2·s+1 closes
// it, s indexing LastingStates.
type Mark int

// NumLastingStates is the number of lasting states; NumMarks the number of
// marks (two per state). Arrays indexed by Mark have NumMarks elements.
const (
	NumLastingStates = 5
	NumMarks         = 2 * NumLastingStates
)

// MarkSet is a set of marks, bit m for Mark m: an event's code may feed
// several marks.
type MarkSet uint16

// Has reports whether m is in the set.
func (s MarkSet) Has(m Mark) bool { return m >= 0 && m < NumMarks && s&(1<<uint(m)) != 0 }

// LastingState is one lasting state's codes: those that open it and those
// that close it.
type LastingState struct {
	Name        string
	Open, Close []string
}

// lastingStates is the table, index the state (see Mark).
var lastingStates = [NumLastingStates]LastingState{
	{Name: "sanctions", Open: []string{"163"}, Close: []string{"085"}},
	{Name: "relations reduced", Open: []string{"161"}, Close: []string{"054"}},
	{Name: "blockade", Open: []string{"191"}, Close: []string{"0872"}},
	{Name: "occupation", Open: []string{"192"}, Close: []string{"0874"}},
	{Name: "war", Open: []string{"19", "190", "193", "194", "195", "196", "20", "200", "201", "202", "203", "204", "2041", "2042"},
		Close: []string{"087", "0871", "0873", "0874"}},
}

// LastingStates returns the table of lasting states (a copy), index the
// state of Mark:
//
//	sanctions          open 163 Impose embargo, boycott, or sanctions   close 085 Ease economic sanctions, boycott, embargo
//	relations reduced  open 161 Reduce or break diplomatic relations    close 054 Grant diplomatic recognition
//	blockade           open 191 Impose blockade, restrict movement      close 0872 Ease military blockade
//	occupation         open 192 Occupy territory                        close 0874 Retreat or surrender militarily
//	war                open 19x Fight (but 191, 192), 20x mass violence close 087, 0871, 0873, 0874 de-escalate,
//	                                                                    truce, demobilise, retreat
//
// 0874 closes both an occupation and a war.
func LastingStates() []LastingState {
	out := make([]LastingState, len(lastingStates))
	for i, s := range lastingStates {
		s.Open = append([]string(nil), s.Open...)
		s.Close = append([]string(nil), s.Close...)
		out[i] = s
	}
	return out
}

// markSets maps a code to its marks.
var markSets = func() map[string]MarkSet {
	m := map[string]MarkSet{}
	for i, s := range lastingStates {
		for _, c := range s.Open {
			m[c] |= 1 << uint(2*i)
		}
		for _, c := range s.Close {
			m[c] |= 1 << uint(2*i+1)
		}
	}
	return m
}()

// Marks returns the marks an event of CAMEO code code feeds (none for a
// code that opens or closes no lasting state, or is not a code).
func Marks(code string) MarkSet { return markSets[code] }

// MarkName returns "sanctions open", "war close" and so on, or "" for an
// index out of range.
func MarkName(m Mark) string {
	if m < 0 || m >= NumMarks {
		return ""
	}
	if m%2 == 0 {
		return lastingStates[m/2].Name + " open"
	}
	return lastingStates[m/2].Name + " close"
}
