package score

import (
	"math"
	"slices"
	"sort"
	"time"

	"github.com/entente/entente/cameo"
	"github.com/entente/entente/dataset"
)

// LastingState is a condition between two states that persists until a
// documented end, rather than an act whose effect fades: a sanctions
// regime, reduced or broken diplomatic relations, an occupation, a
// blockade, a war. Events whose CAMEO code is in Open open it; events
// whose code is in Close end it. The states and their codes are CAMEO
// knowledge, held in cameo.LastingStates (chosen from the code names,
// never from example sentences); the aggregation sums the weight of each
// period's opening and closing events per state (dataset.Stats.Marks), so
// that the log reads them from the statistics of every event, whatever
// the input (event files, stats files) and whatever evidence was kept.
// Name, Open and Close must therefore be one of cameo.LastingStates' as it
// is; this type adds how the state is read.
//
// While a state is in force the relationship level is pulled back under
// Ceiling, half its excess a month (see LevelOptions.Lasting): a pair
// under sanctions or with broken relations stands at best discordant, one
// at war or under occupation at best tense, and a thaw shows above the
// ceiling only in the months it happens. While a state is in force, the share of each hostile
// move that stands (enters the level's standing part rather than its
// acute part, see LevelOptions) is the state's Standing instead of the
// level's own (LevelOptions.Standing, 0.4); with several in force, the
// largest. Standing 0 (the zero value) leaves the level's own share;
// a negative Standing means that none of a hostile move stands. The acts of a war, an occupation or a blockade (Standing 1)
// are the condition itself and do not fade as a crisis's do (a thaw
// during them does: it is not the condition), so that war alone takes a
// relationship to the bottom of the scale and stays there. Under a regime
// of sanctions or reduced relations (Standing −1: none) a further round, an
// expulsion or a new measure is the regime continuing, not a new breach:
// it shows in its months and fades, and the standing relationship is the
// regime's — under its ceiling, decaying toward the pair's record —
// rather than a sum of its rounds (see LevelOptions, "Acts under a
// regime").
//
// Opening. A period opens the state when the weight of its opening
// events is at least MinShare (LastingOptions) of all the dyad's events
// in the period, and at least Persist such periods fall within the last
// Window periods (Persist 1: one act, such as an annexation treaty or a
// sanctions order, opens it; war needs fighting in two months of three,
// so that a single border clash is an event, not a war).
//
// Closing. With Rounds, the state counts its rounds: each opening event
// adds its weight, each closing event lifts its weight, and the state is
// in force while rounds remain (an easing lifts one round of sanctions,
// not the regime). Without Rounds, a period whose closing weight is at
// least its opening weight ends the state (a truce ends a war, unless the
// fighting of the same period outweighs it).
type LastingState struct {
	Name        string
	Open, Close []string
	Ceiling     float64
	Standing    float64
	Persist     int
	Window      int
	Rounds      bool
}

// lastingReading is how each state of cameo.LastingStates is read, by
// name. The ceilings are the middles of the grades discordant (−3…0) and
// tense (−6…−3); the acts of organised violence stand (Standing 1), the
// acts under a regime of sanctions or reduced relations do not
// (Standing −1: none).
var lastingReading = map[string]LastingState{
	"sanctions":         {Ceiling: -1.5, Standing: -1, Persist: 2, Window: 12, Rounds: true},
	"relations reduced": {Ceiling: -1.5, Standing: -1, Persist: 2, Window: 12, Rounds: true},
	"blockade":          {Ceiling: -4.5, Standing: 1, Persist: 1, Window: 1},
	"occupation":        {Ceiling: -4.5, Standing: 1, Persist: 1, Window: 1},
	"war":               {Ceiling: -4.5, Standing: 1, Persist: 2, Window: 3},
}

// defaultLasting is cameo's table with lastingReading.
var defaultLasting = func() []LastingState {
	var out []LastingState
	for _, c := range cameo.LastingStates() {
		s, ok := lastingReading[c.Name]
		if !ok {
			panic("score: no reading of the lasting state " + c.Name)
		}
		s.Name, s.Open, s.Close = c.Name, c.Open, c.Close
		out = append(out, s)
	}
	return out
}()

// LastingStates returns the default table of lasting states (a copy):
//
//	sanctions          163 Impose embargo, boycott, or sanctions     085 Ease economic sanctions, boycott, embargo   ceiling −1.5, rounds
//	relations reduced  161 Reduce or break diplomatic relations      054 Grant diplomatic recognition                ceiling −1.5, rounds
//	blockade           191 Impose blockade, restrict movement        0872 Ease military blockade                     ceiling −4.5, moves stand
//	occupation         192 Occupy territory                          0874 Retreat or surrender militarily            ceiling −4.5, moves stand
//	war                19x Fight (but 191, 192), 20x mass violence   087, 0871, 0873, 0874 de-escalate, truce,      ceiling −4.5, moves stand,
//	                                                                 demobilise, retreat                             2 of 3 months
func LastingStates() []LastingState {
	out := make([]LastingState, len(defaultLasting))
	for i, s := range defaultLasting {
		s.Open = append([]string(nil), s.Open...)
		s.Close = append([]string(nil), s.Close...)
		out[i] = s
	}
	return out
}

// DefaultLastingShare is LastingOptions.MinShare's default.
const DefaultLastingShare = 0.05

// LastingOptions configure a LastingLog. A nil *LastingOptions, and every
// zero field, means the default.
type LastingOptions struct {
	// States is the table (nil: LastingStates()).
	States []LastingState
	// Granularity is the period of the panel the log goes with (default
	// Month).
	Granularity dataset.Granularity
	// MinShare is the smallest share of a dyad-period's event weight that
	// its opening (closing) events must reach to open (close) a state
	// (default DefaultLastingShare = 0.05): one noisy sanctions row among
	// a thousand news reports of a busy pair opens nothing; negative: any
	// weight.
	MinShare float64
}

func (o *LastingOptions) options() LastingOptions {
	var opt LastingOptions
	if o != nil {
		opt = *o
	}
	if opt.States == nil {
		opt.States = LastingStates()
	}
	switch s := opt.MinShare; {
	case s == 0:
		opt.MinShare = DefaultLastingShare
	case s < 0:
		opt.MinShare = 0
	case !(s <= 1):
		panic("score: LastingOptions.MinShare must be at most 1")
	}
	for _, s := range opt.States {
		if s.Persist < 0 || s.Window < 0 || (s.Persist > s.Window && s.Window > 0) || !(s.Ceiling >= -MaxLevel && s.Ceiling <= MaxLevel) || !(s.Standing <= 1) {
			panic("score: LastingState " + s.Name + ": Persist must be in [0, Window], Ceiling in [-9, 9] and Standing at most 1 (not NaN)")
		}
		if lastingIndex(&s) < 0 {
			panic("score: LastingState " + s.Name + ": not one of cameo.LastingStates with its codes (the aggregation carries only those)")
		}
	}
	return opt
}

// lastingIndex returns the index in cameo.LastingStates of the state
// named s.Name with s's codes, or -1.
func lastingIndex(s *LastingState) int {
	for i, c := range cameo.LastingStates() {
		if c.Name == s.Name && slices.Equal(c.Open, s.Open) && slices.Equal(c.Close, s.Close) {
			return i
		}
	}
	return -1
}

// LastingLog records, per undirected dyad and period, the weight of the
// events that open and close each lasting state, read from the
// aggregation's mark sums (dataset.Stats.Marks). Build it from the table
// the panel reads (LastingLogFromTable) and hand it to the panel
// (PanelOptions.Lasting); the level then respects the states in force. A
// lasting state is between two states whatever the direction of the act,
// so the log is undirected: a directed table's two directions add up. A
// log is only read once built, and reads are safe for concurrent use.
type LastingLog struct {
	opt LastingOptions
	// cells[d][period start, Unix seconds] holds the period's opening
	// and closing weights, 2 per state
	cells map[dataset.Dyad]map[int64][]float64
	idx   []int // the states' indexes in cameo.LastingStates
}

// LastingLogFromTable builds the log from the statistics of tab's rows:
// for each state of the table (opts.States), its opening and closing mark
// sums (cameo.Mark 2·s and 2·s+1 of its index s in cameo.LastingStates),
// per undirected dyad and period of opts.Granularity. Give the panel's
// granularity (a coarser one than the table's sums its periods). Every
// event the table aggregated is read, so the log is the same whether the
// table came from event files, stats files or several shards. A nil tab
// gives an empty log.
func LastingLogFromTable(tab *dataset.Table, opts *LastingOptions) *LastingLog {
	l := newLastingLog(opts)
	if tab != nil {
		tab.EachMarked(l.add) // rows without a mark add nothing; no copy of the rows
	}
	return l
}

func newLastingLog(opts *LastingOptions) *LastingLog {
	l := &LastingLog{opt: opts.options(), cells: map[dataset.Dyad]map[int64][]float64{}}
	l.idx = make([]int, len(l.opt.States))
	for i := range l.opt.States {
		l.idx[i] = lastingIndex(&l.opt.States[i])
	}
	return l
}

// add adds the mark sums of one row (rows are added in Rows' order, so
// that the float sums of a directed table's two directions, or of a
// coarser granularity's periods, are always added in one order).
func (l *LastingLog) add(row *dataset.DyadPeriod) {
	if row.Dyad.A == "" || row.Dyad.B == "" {
		return
	}
	var c []float64
	for i, k := range l.idx {
		open, shut := row.Mark(cameo.Mark(2*k)).Float(), row.Mark(cameo.Mark(2*k+1)).Float()
		if !(open > 0) && !(shut > 0) {
			continue
		}
		if c == nil {
			d := row.Dyad.Undirected()
			m := l.cells[d]
			if m == nil {
				m = map[int64][]float64{}
				l.cells[d] = m
			}
			key := l.opt.Granularity.Start(row.Start).Unix()
			if c = m[key]; c == nil {
				c = make([]float64, 2*len(l.opt.States))
				m[key] = c
			}
		}
		c[2*i] += open
		c[2*i+1] += shut
	}
}

// LastingLogFromEvents is LastingLogFromTable of a table of events
// aggregated with weight w (dataset.WeightOne: one each), the panel's
// event weight, at opts.Granularity: for events held in memory.
func LastingLogFromEvents(events []dataset.Event, w dataset.Weight, opts *LastingOptions) *LastingLog {
	var g dataset.Granularity
	if opts != nil {
		g = opts.Granularity
	}
	tab := dataset.NewTable(&dataset.AggregateOptions{Granularity: g, Weight: w})
	for i := range events {
		tab.Add(&events[i])
	}
	return LastingLogFromTable(tab, opts)
}

// States returns the log's table.
func (l *LastingLog) States() []LastingState { return l.opt.States }

// LastingSpan is one lasting state in force over a dyad: from the period
// From to the period To (inclusive; To is the grid's last period when the
// state is still in force, Open reports that), and the state's ceiling.
// Onset is the first period of the acts that opened it: From itself for a
// state one act opens, and earlier for one that must persist (a war in
// force from March 2022, when its fighting had filled two months, has its
// onset in February). The level reads the state from From (it uses only
// the past); a history reads it from Onset.
type LastingSpan struct {
	State    string
	Onset    time.Time
	From, To time.Time
	Open     bool
	Ceiling  float64
}

// inForce runs the interpreter for dyad d over the panel's grid: ceil[t]
// is the lowest ceiling of the states in force in period t (NaN: none),
// stand[t] the largest of their Standing shares (NaN: none), and spans
// lists them; all are nil when the log holds no event of d. weight[t] is
// the dyad's event weight in period t.
func (l *LastingLog) inForce(periods []time.Time, d dataset.Dyad, weight []float64) (ceil, stand []float64, spans []LastingSpan) {
	cells := l.cells[d.Undirected()]
	if len(cells) == 0 {
		return nil, nil, nil
	}
	ns := len(l.opt.States)
	ceil = make([]float64, 2*len(periods))
	ceil, stand = ceil[:len(periods):len(periods)], ceil[len(periods):]
	for t := range ceil {
		ceil[t], stand[t] = math.NaN(), math.NaN()
	}
	rounds := make([]float64, ns)
	active := make([]int, ns) // index in spans + 1; 0: not in force
	recent := make([][]int, ns)
	ended := make([]int, ns) // the first period after each state's last span (0: none yet)
	for t, start := range periods {
		c := cells[start.Unix()]
		for i := range l.opt.States {
			s := &l.opt.States[i]
			var open, shut float64
			if c != nil {
				open, shut = c[2*i], c[2*i+1]
			}
			min := l.opt.MinShare * weight[t]
			sigOpen := open > 0 && open >= min
			sigShut := shut > 0 && shut >= min
			if sigOpen {
				recent[i] = append(recent[i], t)
			}
			win := s.Window
			if win < 1 {
				win = 1
			}
			for len(recent[i]) > 0 && recent[i][0] <= t-win {
				recent[i] = recent[i][1:]
			}
			persist := s.Persist
			if persist < 1 {
				persist = 1
			}
			if s.Rounds {
				if sigOpen {
					rounds[i] += open
				}
				if sigShut {
					rounds[i] = math.Max(0, rounds[i]-shut)
				}
			} else {
				switch {
				case sigShut && shut >= open:
					rounds[i] = 0
				case sigOpen:
					rounds[i] = 1
				}
			}
			inForce := rounds[i] > 0 && (active[i] > 0 || len(recent[i]) >= persist)
			if !inForce {
				rounds[i] = 0 // an act that did not persist opens nothing
			}
			switch {
			case inForce && active[i] == 0:
				onset := start
				for _, r := range recent[i] { // the first act since the state's last span
					if r >= ended[i] {
						onset = periods[r]
						break
					}
				}
				spans = append(spans, LastingSpan{State: s.Name, Onset: onset, From: start, Ceiling: s.Ceiling, Open: true})
				active[i] = len(spans)
			case !inForce && active[i] > 0:
				sp := &spans[active[i]-1]
				sp.To, sp.Open = periods[t-1], false
				active[i] = 0
				ended[i] = t
			}
			if inForce && !(ceil[t] <= s.Ceiling) {
				ceil[t] = s.Ceiling
			}
			// Standing 0 leaves the level's own share; negative: none
			if share := math.Max(s.Standing, 0); inForce && s.Standing != 0 && !(stand[t] >= share) {
				stand[t] = share
			}
		}
	}
	for i := range active {
		if active[i] > 0 && len(periods) > 0 {
			spans[active[i]-1].To = periods[len(periods)-1]
		}
	}
	sort.SliceStable(spans, func(a, b int) bool { return spans[a].From.Before(spans[b].From) })
	return ceil, stand, spans
}
