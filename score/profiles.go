package score

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"time"

	"github.com/entente/entente/dataset"
)

// DefaultMinEvents is the number of events a dyad needs in a period for
// its index to enter a profile.
const DefaultMinEvents = 3

// Profiles hold, for every period, each row country's index toward each
// column country — its foreign-relations profile. Alignment compares two
// rows over the columns other than themselves. A missing entry (NaN) is a
// relation without enough data in that period; an entry of a country
// toward itself is always missing.
//
// Lo and Hi are the natural bounds of the index (Measure.Range); the
// S-scores use Hi − Lo as the largest possible distance when it is finite.
type Profiles struct {
	Rows    []string
	Cols    []string
	Periods []time.Time
	Model   string
	Lo, Hi  float64

	values []float64 // periods × rows × cols
	volume []float64 // periods × cols, nil if unknown
	rindex map[string]int
	cindex map[string]int
	self   []int // column of each row's own country, or −1
}

// NewProfiles returns profiles of rows toward cols over periods with every
// entry missing and an unknown range (Lo, Hi = −Inf, +Inf). Codes must be
// distinct within rows and within cols; it panics otherwise.
func NewProfiles(rows, cols []string, periods []time.Time) *Profiles {
	p := &Profiles{
		Rows: append([]string(nil), rows...), Cols: append([]string(nil), cols...),
		Periods: append([]time.Time(nil), periods...),
		Lo:      math.Inf(-1), Hi: math.Inf(1),
		rindex: map[string]int{}, cindex: map[string]int{},
	}
	for i, r := range p.Rows {
		if _, dup := p.rindex[r]; dup {
			panic("score: NewProfiles: row country " + r + " twice")
		}
		p.rindex[r] = i
	}
	for k, c := range p.Cols {
		if _, dup := p.cindex[c]; dup {
			panic("score: NewProfiles: column country " + c + " twice")
		}
		p.cindex[c] = k
	}
	p.self = make([]int, len(p.Rows))
	for i, r := range p.Rows {
		p.self[i] = -1
		if k, ok := p.cindex[r]; ok {
			p.self[i] = k
		}
	}
	p.values = make([]float64, len(p.Periods)*len(p.Rows)*len(p.Cols))
	for i := range p.values {
		p.values[i] = math.NaN()
	}
	return p
}

func (p *Profiles) at(t, i, k int) int { return (t*len(p.Rows)+i)*len(p.Cols) + k }

// SetAt sets the index of row i toward column k in period t (indices of
// Periods, Rows, Cols); NaN marks it missing. Setting a row's entry toward
// its own country is ignored. It panics on an index out of range.
func (p *Profiles) SetAt(t, i, k int, v float64) {
	if p.self[i] == k {
		return
	}
	if math.IsInf(v, 0) {
		v = math.NaN()
	}
	p.values[p.at(t, i, k)] = v
}

// Set is SetAt by country codes; it returns an error wrapping
// ErrUnknownCountry for a code the profiles do not hold.
func (p *Profiles) Set(t int, row, col string, v float64) error {
	i, ok := p.rindex[row]
	if !ok {
		return fmt.Errorf("score: %w: %q is not a profile row", ErrUnknownCountry, row)
	}
	k, ok := p.cindex[col]
	if !ok {
		return fmt.Errorf("score: %w: %q is not a profile column", ErrUnknownCountry, col)
	}
	p.SetAt(t, i, k, v)
	return nil
}

// At returns the entry of row toward col in period t, NaN if missing or
// unknown.
func (p *Profiles) At(t int, row, col string) float64 {
	i, ok := p.rindex[row]
	k, ok2 := p.cindex[col]
	if !ok || !ok2 || t < 0 || t >= len(p.Periods) {
		return math.NaN()
	}
	return p.values[p.at(t, i, k)]
}

// Row returns a copy of row's profile in period t (one value per column),
// or nil for an unknown row.
func (p *Profiles) Row(t int, row string) []float64 {
	i, ok := p.rindex[row]
	if !ok || t < 0 || t >= len(p.Periods) {
		return nil
	}
	return append([]float64(nil), p.values[p.at(t, i, 0):p.at(t, i, 0)+len(p.Cols)]...)
}

// SetVolume sets column k's event volume in period t (a weight for
// AlignOptions.WeightByVolume).
func (p *Profiles) SetVolume(t, k int, v float64) {
	if p.volume == nil {
		p.volume = make([]float64, len(p.Periods)*len(p.Cols))
	}
	p.volume[t*len(p.Cols)+k] = v
}

// Volume returns column k's event volume in period t (0 if unknown).
func (p *Profiles) Volume(t, k int) float64 {
	if p.volume == nil {
		return 0
	}
	return p.volume[t*len(p.Cols)+k]
}

// PeriodIndex returns the index of the period starting at start, or −1.
func (p *Profiles) PeriodIndex(start time.Time) int {
	for i, t := range p.Periods {
		if t.Equal(start) {
			return i
		}
	}
	return -1
}

// ProfileOptions configure PanelProfiles. A nil *ProfileOptions, and every
// zero field, means the default.
type ProfileOptions struct {
	// Model scores each relation (default: the weighted mean Goldstein
	// weight, &IndexOptions{}). Its direction setting decides whether a
	// profile is what A did to k (directed) or both directions pooled.
	Model Model
	// MinEvents is the number of events a dyad needs in a period for its
	// value to enter the profiles (default DefaultMinEvents = 3; negative:
	// any finite value enters, as for smoothed models that score quiet
	// periods).
	MinEvents int
	// Cols are the third countries (default: every country of the panel).
	Cols []string
}

type ranger interface{ Range() (lo, hi float64) }

// PanelProfiles scores, with opts.Model, every dyad between a row country
// and a column country that has events in the panel, and keeps the values
// of periods with at least MinEvents events. Rows are the countries to
// compare (nil: every country of the panel). Column volumes are the
// panel's (Panel.Volume). Errors are the model's.
func PanelProfiles(p *Panel, rows []string, opts *ProfileOptions) (*Profiles, error) {
	var o ProfileOptions
	if opts != nil {
		o = *opts
	}
	if o.Model == nil {
		o.Model = &IndexOptions{}
	}
	if o.MinEvents == 0 {
		o.MinEvents = DefaultMinEvents
	}
	cols := o.Cols
	if cols == nil {
		cols = p.Countries()
	}
	if rows == nil {
		rows = p.Countries()
	}
	pr := NewProfiles(rows, cols, p.periods)
	pr.Model = o.Model.Name()
	if r, ok := o.Model.(ranger); ok {
		pr.Lo, pr.Hi = r.Range()
	}
	for k, c := range pr.Cols {
		for t := range pr.Periods {
			pr.SetVolume(t, k, p.Volume(c, t))
		}
	}
	// Every (row, col) pair with events, in a fixed order.
	type job struct{ i, k int }
	var jobs []job
	for i, r := range pr.Rows {
		for k, c := range pr.Cols {
			if r == c {
				continue
			}
			if _, ok := p.dindex[dataset.Dyad{A: r, B: c}]; ok {
				jobs = append(jobs, job{i, k})
				continue
			}
			if _, ok := p.dindex[dataset.Dyad{A: c, B: r}]; ok {
				jobs = append(jobs, job{i, k})
			}
		}
	}
	sort.Slice(jobs, func(a, b int) bool {
		if jobs[a].i != jobs[b].i {
			return jobs[a].i < jobs[b].i
		}
		return jobs[a].k < jobs[b].k
	})
	for _, j := range jobs {
		s, err := o.Model.Score(p, dataset.Dyad{A: pr.Rows[j.i], B: pr.Cols[j.k]})
		if err != nil {
			if errors.Is(err, ErrTooFewObservations) {
				continue // not enough data for this relation: stays missing
			}
			return nil, err
		}
		for t := range s.Points {
			pt := &s.Points[t]
			if o.MinEvents > 0 && pt.N < int64(o.MinEvents) {
				continue
			}
			pr.SetAt(t, j.i, j.k, pt.Value)
		}
	}
	return pr, nil
}
