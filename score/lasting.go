package score

import (
	"math"
	"sort"
	"time"

	"github.com/entente/entente/cameo"
	"github.com/entente/entente/dataset"
)

// LastingState is a condition between two states that persists until a
// documented end, rather than an act whose effect fades: a sanctions
// regime, reduced or broken diplomatic relations, an occupation, a
// blockade, a war. Events whose CAMEO code is in Open open it; events
// whose code is in Close end it. The codes are chosen from the CAMEO
// 1.1b3 code names (cameo.Name), never from example sentences: a code
// opens a lasting state when its name says that it imposes, breaks,
// occupies or fights, and closes one when its name says that it eases,
// retreats or declares a truce.
//
// While a state is in force the relationship level cannot rise above
// Ceiling (see LevelOptions.Lasting): a pair under sanctions or with
// broken relations is at best discordant, one at war or under occupation
// at best tense.
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
	Persist     int
	Window      int
	Rounds      bool
}

// The default lasting states. The ceilings are the upper bounds of the
// grades: discordant (0) and tense (−3).
var defaultLasting = []LastingState{
	{Name: "sanctions", Open: []string{"163"}, Close: []string{"085"}, Ceiling: -1.5, Persist: 2, Window: 12, Rounds: true},
	{Name: "relations reduced", Open: []string{"161"}, Close: []string{"054"}, Ceiling: -1.5, Persist: 2, Window: 12, Rounds: true},
	{Name: "blockade", Open: []string{"191"}, Close: []string{"0872"}, Ceiling: -4.5, Persist: 1, Window: 1},
	{Name: "occupation", Open: []string{"192"}, Close: []string{"0874"}, Ceiling: -4.5, Persist: 1, Window: 1},
	{Name: "war", Open: []string{"19", "190", "193", "194", "195", "196", "20", "200", "201", "202", "203", "204", "2041", "2042"},
		Close: []string{"087", "0871", "0873", "0874"}, Ceiling: -4.5, Persist: 2, Window: 3},
}

// LastingStates returns the default table of lasting states (a copy):
//
//	sanctions          163 Impose embargo, boycott, or sanctions     085 Ease economic sanctions, boycott, embargo   ceiling  0, rounds
//	relations reduced  161 Reduce or break diplomatic relations      054 Grant diplomatic recognition                ceiling  0, rounds
//	blockade           191 Impose blockade, restrict movement        0872 Ease military blockade                     ceiling −3
//	occupation         192 Occupy territory                          0874 Retreat or surrender militarily            ceiling −3
//	war                19x Fight (but 191, 192), 20x mass violence   087, 0871, 0873, 0874 de-escalate, truce,      ceiling −3,
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
		if s.Persist < 0 || s.Window < 0 || (s.Persist > s.Window && s.Window > 0) || !(s.Ceiling >= -MaxLevel && s.Ceiling <= MaxLevel) {
			panic("score: LastingState " + s.Name + ": Persist must be in [0, Window] and Ceiling in [-9, 9]")
		}
		for _, c := range append(append([]string(nil), s.Open...), s.Close...) {
			if !cameo.Valid(c) {
				panic("score: LastingState " + s.Name + ": " + c + " is not a CAMEO code")
			}
		}
	}
	return opt
}

// LastingLog records, per undirected dyad and period, the weight of the
// events that open and close each lasting state. Build it from the same
// events as the panel (AddEvent, with the panel's event weight) and hand
// it to the panel (PanelOptions.Lasting); the level then respects the
// states in force. A lasting state is between two states whatever the
// direction of the act, so the log is undirected. AddEvent is not safe
// for concurrent use; once handed to a panel the log is only read, and
// reads are.
type LastingLog struct {
	opt   LastingOptions
	codes map[string][]int // code → 2·state (open) or 2·state+1 (close)
	// cells[d][period start, Unix seconds] holds the period's opening
	// and closing weights, 2 per state
	cells map[dataset.Dyad]map[int64][]float64
}

// NewLastingLog returns an empty log.
func NewLastingLog(opts *LastingOptions) *LastingLog {
	l := &LastingLog{opt: opts.options(), codes: map[string][]int{}, cells: map[dataset.Dyad]map[int64][]float64{}}
	for i, s := range l.opt.States {
		for _, c := range s.Open {
			l.codes[c] = append(l.codes[c], 2*i)
		}
		for _, c := range s.Close {
			l.codes[c] = append(l.codes[c], 2*i+1)
		}
	}
	return l
}

// LastingLogFromEvents is NewLastingLog and AddEvent for each event,
// weighed by w (dataset.WeightOne: one each), the panel's event weight.
func LastingLogFromEvents(events []dataset.Event, w dataset.Weight, opts *LastingOptions) *LastingLog {
	l := NewLastingLog(opts)
	for i := range events {
		l.AddEvent(&events[i], w.Of(&events[i]))
	}
	return l
}

// States returns the log's table.
func (l *LastingLog) States() []LastingState { return l.opt.States }

// AddEvent records e with weight w when its code opens or closes a state
// and it is dated and between two countries; it reports whether it did.
func (l *LastingLog) AddEvent(e *dataset.Event, w float64) bool {
	idx := l.codes[e.Code]
	if len(idx) == 0 || e.Date.IsZero() || e.Source.Country == "" || e.Target.Country == "" || !(w > 0) || math.IsInf(w, 0) {
		return false
	}
	d := dataset.Dyad{A: e.Source.Country, B: e.Target.Country}.Undirected()
	k := l.opt.Granularity.Start(e.Date).Unix()
	m := l.cells[d]
	if m == nil {
		m = map[int64][]float64{}
		l.cells[d] = m
	}
	c := m[k]
	if c == nil {
		c = make([]float64, 2*len(l.opt.States))
		m[k] = c
	}
	for _, i := range idx {
		c[i] += w
	}
	return true
}

// LastingSpan is one lasting state in force over a dyad: from the period
// From to the period To (inclusive; To is the grid's last period when the
// state is still in force, Open reports that), and the state's ceiling.
type LastingSpan struct {
	State    string
	From, To time.Time
	Open     bool
	Ceiling  float64
}

// inForce runs the interpreter for dyad d over the panel's grid: ceil[t]
// is the lowest ceiling of the states in force in period t (NaN: none),
// and spans lists them; both are nil when the log holds no event of d.
// weight[t] is the dyad's event weight in period t.
func (l *LastingLog) inForce(periods []time.Time, d dataset.Dyad, weight []float64) (ceil []float64, spans []LastingSpan) {
	cells := l.cells[d.Undirected()]
	if len(cells) == 0 {
		return nil, nil
	}
	ns := len(l.opt.States)
	ceil = make([]float64, len(periods))
	for t := range ceil {
		ceil[t] = math.NaN()
	}
	rounds := make([]float64, ns)
	active := make([]int, ns) // index in spans + 1; 0: not in force
	recent := make([][]int, ns)
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
				spans = append(spans, LastingSpan{State: s.Name, From: start, Ceiling: s.Ceiling, Open: true})
				active[i] = len(spans)
			case !inForce && active[i] > 0:
				sp := &spans[active[i]-1]
				sp.To, sp.Open = periods[t-1], false
				active[i] = 0
			}
			if inForce && !(ceil[t] <= s.Ceiling) {
				ceil[t] = s.Ceiling
			}
		}
	}
	for i := range active {
		if active[i] > 0 && len(periods) > 0 {
			spans[active[i]-1].To = periods[len(periods)-1]
		}
	}
	sort.SliceStable(spans, func(a, b int) bool { return spans[a].From.Before(spans[b].From) })
	return ceil, spans
}

// LastingLogFromIngest builds the log of dyads from the evidence an
// ingest kept (dataset.Ingest.Evidence), with the table's granularity and
// event weight. The evidence holds each dyad-period's strongest events by
// |w·g|, among which the acts that open and close lasting states rank high
// (sanctions −8, fighting −10, easing +7, truce +9); a period with more
// stronger events than the evidence keeps may miss one. An ingest without
// evidence gives an empty log.
func LastingLogFromIngest(in *dataset.Ingest, dyads []dataset.Dyad) *LastingLog {
	var ao dataset.AggregateOptions
	if in != nil && in.Table != nil {
		ao = in.Table.Options()
	}
	l := NewLastingLog(&LastingOptions{Granularity: ao.Granularity})
	if in == nil {
		return l
	}
	for _, d := range dyads {
		evs := in.Evidence(d)
		for i := range evs {
			l.AddEvent(&evs[i], ao.Weight.Of(&evs[i]))
		}
	}
	return l
}
