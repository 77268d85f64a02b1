package dataset

import (
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/entente/entente/cameo"
)

// Dyad is an ordered pair of country codes. In a directed view A is the
// source and B the target; in an undirected view A <= B.
type Dyad struct {
	A, B string
}

// String returns "A-B", the form ParseDyad reads.
func (d Dyad) String() string { return d.A + "-" + d.B }

// Undirected returns the dyad with its codes in ascending order.
func (d Dyad) Undirected() Dyad {
	if d.B < d.A {
		return Dyad{d.B, d.A}
	}
	return d
}

// Reverse returns B-A.
func (d Dyad) Reverse() Dyad { return Dyad{d.B, d.A} }

// Self reports whether the dyad is a self-dyad (A == B): a domestic event
// such as USA→USA.
func (d Dyad) Self() bool { return d.A == d.B }

// Has reports whether code is one of the dyad's countries.
func (d Dyad) Has(code string) bool { return d.A == code || d.B == code }

// ParseDyad reads "CHN-RUS" (also "CHN:RUS", "CHN/RUS" and lower case). The
// codes are upper-cased and must be two to three letters each; they are not
// checked against the country table. An error wraps ErrSyntax.
func ParseDyad(s string) (Dyad, error) {
	t := strings.ToUpper(strings.TrimSpace(s))
	sep := strings.IndexAny(t, "-:/")
	if sep < 0 {
		return Dyad{}, fmt.Errorf("dataset: dyad %q: %w: want two country codes such as CHN-RUS", s, ErrSyntax)
	}
	a, b := strings.TrimSpace(t[:sep]), strings.TrimSpace(t[sep+1:])
	if !isCodeLike(a) || !isCodeLike(b) {
		return Dyad{}, fmt.Errorf("dataset: dyad %q: %w: want two country codes such as CHN-RUS", s, ErrSyntax)
	}
	return Dyad{a, b}, nil
}

// ParseDyads reads a comma-separated list of dyads ("CHN-RUS,CHN-USA").
func ParseDyads(s string) ([]Dyad, error) {
	var out []Dyad
	for _, part := range strings.Split(s, ",") {
		if strings.TrimSpace(part) == "" {
			continue
		}
		d, err := ParseDyad(part)
		if err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, nil
}

func isCodeLike(s string) bool {
	if len(s) < 2 || len(s) > 3 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// Stats are the sufficient statistics of the events of one dyad in one
// period. Every sum is a Sum, so Stats built from the same events merge to
// bit-identical values whatever the order or grouping.
//
// w is the event weight chosen at aggregation (see Weight), g the Goldstein
// weight, t the tone:
//
//	N        number of events
//	Reports  Σ report counts (Event.ReportCount)
//	W, W2    Σw, Σw²                      over all events
//	GW, GW2  Σw, Σw²                      over events with a known Goldstein weight
//	WG, WG2  Σw·g, Σw·g²                  over the same events
//	Quad[q]  Σw over events of quad class q (index cameo.Quad; 0 = unknown)
//	TW, WT   Σw, Σw·t                     over events with a known tone
//	Marks[m] Σw over events whose CAMEO code feeds lasting-state mark m
//	         (cameo.Marks; an event may feed several marks, or none). Almost
//	         no dyad-period has one, so they are held sparsely: Marks is nil
//	         when every mark sum is 0, and only then (read them with Mark).
//	         Copies of a Stats share *Marks: AddMarks and Merge never write
//	         through it but set a new one (copy on write)
//	First, Last  earliest and latest event date (zero if none)
type Stats struct {
	N       int64
	Reports int64
	W, W2   Sum
	GW, GW2 Sum
	WG, WG2 Sum
	Quad    [cameo.NumQuads]Sum
	TW, WT  Sum
	Marks   *MarkSums
	First   time.Time
	Last    time.Time
}

// MarkSums holds the sums of Stats.Marks, index cameo.Mark.
type MarkSums [cameo.NumMarks]Sum

// String formats the sums as fmt formats the array (so that %v and %+v of
// a Stats show its mark sums, not the pointer), "<nil>" for nil.
func (m *MarkSums) String() string {
	if m == nil {
		return "<nil>"
	}
	return fmt.Sprintf("%v", *m)
}

// Mark returns the sum of mark m (zero when s.Marks is nil). It panics if
// m is not a cameo.Mark below cameo.NumMarks.
func (s *Stats) Mark(m cameo.Mark) Sum {
	if m < 0 || m >= cameo.NumMarks {
		panic(fmt.Sprintf("dataset: Stats.Mark: mark %d out of range", m))
	}
	if s.Marks == nil {
		return Sum{}
	}
	return s.Marks[m]
}

// markSums returns the mark sums of s, all zero when s.Marks is nil.
func (s *Stats) markSums() MarkSums {
	if s.Marks == nil {
		return MarkSums{}
	}
	return *s.Marks
}

// setMarks sets s.Marks to a new copy of m, or to nil when every sum of m is
// 0 (the invariant of Stats.Marks).
func (s *Stats) setMarks(m *MarkSums) { s.setMarksFrom(m, nil) }

// setMarksFrom is setMarks taking the copy from slab (nil: a new one).
func (s *Stats) setMarksFrom(m *MarkSums, slab *markSlab) {
	for i := range m {
		if !m[i].IsZero() {
			c := slab.alloc()
			*c = *m
			s.Marks = c
			return
		}
	}
	s.Marks = nil
}

// markSlabBlock is the number of MarkSums a markSlab allocates at once
// (160 bytes each: 20 kB).
const markSlabBlock = 128

// markSlab hands out MarkSums from blocks allocated markSlabBlock at a
// time, for the code that makes many rows at once (the streaming dedup's
// rows; on 2M GDELT rows ~20,000 of the 67,644 dyad-months have a mark),
// so that a row with a mark costs no allocation of its own (the fast
// path's cells hold theirs in blocks too: fastSpills). The nil slab
// allocates each one. A block stays alive while any of its MarkSums is
// referenced; a slab is not safe for concurrent use.
type markSlab struct {
	free []MarkSums
}

func (sl *markSlab) alloc() *MarkSums {
	if sl == nil {
		return new(MarkSums)
	}
	if len(sl.free) == 0 {
		sl.free = make([]MarkSums, markSlabBlock)
	}
	m := &sl.free[0]
	sl.free = sl.free[1:]
	return m
}

// EventValues are the parts of one event that Stats.AddValues sums: the
// date (zero if unknown), the weight, the Goldstein weight (NaN if
// unknown), the quad class, the tone (NaN if unknown) and the report count
// (0 is read as 1). Unlike Event's, a zero Goldstein weight or tone here
// is a known 0: give NaN for unknown.
type EventValues struct {
	Date      time.Time
	Weight    float64
	Goldstein float64
	Quad      cameo.Quad
	Tone      float64
	Reports   int
}

// AddValues adds one event given by its parts (EventValues). Non-finite
// or negative weights are programmer errors upstream; AddValues treats
// them as 0.
func (s *Stats) AddValues(v EventValues) {
	date, w, g, q, tone, reports := v.Date, v.Weight, v.Goldstein, v.Quad, v.Tone, v.Reports
	if !(w >= 0) || math.IsInf(w, 0) {
		w = 0
	}
	s.N++
	if reports <= 0 {
		reports = 1
	}
	s.Reports += int64(reports)
	s.W.Add(w)
	s.W2.Add(w * w)
	if !math.IsNaN(g) && !math.IsInf(g, 0) {
		s.GW.Add(w)
		s.GW2.Add(w * w)
		s.WG.Add(w * g)
		s.WG2.Add(w * g * g)
	}
	if q < 0 || int(q) >= len(s.Quad) {
		q = cameo.QuadUnknown
	}
	s.Quad[q].Add(w)
	if !math.IsNaN(tone) && !math.IsInf(tone, 0) {
		s.TW.Add(w)
		s.WT.Add(w * tone)
	}
	if !date.IsZero() {
		if s.First.IsZero() || date.Before(s.First) {
			s.First = date
		}
		if s.Last.IsZero() || date.After(s.Last) {
			s.Last = date
		}
	}
}

// AddMarks adds weight w to the sums of the marks in m (cameo.Marks of the
// event's code): call it beside AddValues, with the same w, for an event
// whose code is known. Like AddValues it treats a non-finite or negative w
// as 0.
func (s *Stats) AddMarks(m cameo.MarkSet, w float64) {
	if m == 0 || !(w > 0) || math.IsInf(w, 0) {
		return // adds nothing: s.Marks stays as it is
	}
	sums := s.markSums()
	for i := range sums {
		if m.Has(cameo.Mark(i)) {
			sums[i].Add(w)
		}
	}
	s.setMarks(&sums)
}

// addMarksInPlace is AddMarks writing through s.Marks once it is set
// instead of copying it: only for Stats whose *Marks no copy shares (rows
// being made, not yet handed out), where it saves an allocation an event.
// The mark sums it sets take their memory from slab (nil: their own).
func (s *Stats) addMarksInPlace(m cameo.MarkSet, w float64, slab *markSlab) {
	if m == 0 || !(w > 0) || math.IsInf(w, 0) {
		return
	}
	if s.Marks == nil {
		var sums MarkSums
		for i := range sums {
			if m.Has(cameo.Mark(i)) {
				sums[i].Add(w)
			}
		}
		s.setMarksFrom(&sums, slab)
		return
	}
	for i := range s.Marks {
		if m.Has(cameo.Mark(i)) {
			s.Marks[i].Add(w) // non-negative: the sums stay non-zero
		}
	}
}

// Add adds an event with weight w: AddValues and AddMarks of its code.
func (s *Stats) Add(e *Event, w float64) {
	s.AddValues(EventValues{Date: e.Date, Weight: w, Goldstein: e.Goldstein, Quad: e.Quad, Tone: e.Tone, Reports: e.ReportCount()})
	s.AddMarks(cameo.Marks(e.Code), w)
}

// Merge adds o into s.
func (s *Stats) Merge(o *Stats) {
	s.N += o.N
	s.Reports += o.Reports
	s.W.Merge(o.W)
	s.W2.Merge(o.W2)
	s.GW.Merge(o.GW)
	s.GW2.Merge(o.GW2)
	s.WG.Merge(o.WG)
	s.WG2.Merge(o.WG2)
	for i := range s.Quad {
		s.Quad[i].Merge(o.Quad[i])
	}
	s.TW.Merge(o.TW)
	s.WT.Merge(o.WT)
	if o.Marks != nil {
		sums := s.markSums()
		for i := range sums {
			sums[i].Merge(o.Marks[i])
		}
		s.setMarks(&sums)
	}
	if !o.First.IsZero() && (s.First.IsZero() || o.First.Before(s.First)) {
		s.First = o.First
	}
	if !o.Last.IsZero() && (s.Last.IsZero() || o.Last.After(s.Last)) {
		s.Last = o.Last
	}
}

// MeanGoldstein returns WG/GW, the weighted mean Goldstein weight, or NaN
// when no event has a known weight.
func (s *Stats) MeanGoldstein() float64 {
	gw := s.GW.Float()
	if gw == 0 {
		return math.NaN()
	}
	return s.WG.Float() / gw
}

// MeanTone returns WT/TW, or NaN when no event has a tone.
func (s *Stats) MeanTone() float64 {
	tw := s.TW.Float()
	if tw == 0 {
		return math.NaN()
	}
	return s.WT.Float() / tw
}

// NEff returns Kish's effective sample size of the Goldstein observations,
// (Σw)²/Σw², or 0 when there are none. With weight one it is the number of
// events with a known Goldstein weight.
func (s *Stats) NEff() float64 {
	w2 := s.GW2.Float()
	if w2 == 0 {
		return 0
	}
	w := s.GW.Float()
	return w * w / w2
}

// QuadShare returns Σw of quad class q divided by Σw, or NaN when Σw is 0.
func (s *Stats) QuadShare(q cameo.Quad) float64 {
	w := s.W.Float()
	if w == 0 || q < 0 || int(q) >= len(s.Quad) {
		return math.NaN()
	}
	return s.Quad[q].Float() / w
}

// DyadPeriod is the statistics of one dyad in one period; Start is the first
// day of the period (UTC).
type DyadPeriod struct {
	Dyad  Dyad
	Start time.Time
	Stats
}
