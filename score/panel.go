package score

import (
	"fmt"
	"sort"
	"time"

	"github.com/entente/entente/dataset"
)

// PanelOptions say how the rows handed to NewPanel were aggregated, and
// which periods to keep. A nil *PanelOptions, and every zero field, means
// the default: monthly, undirected, weight one, every period of the rows.
type PanelOptions struct {
	// Granularity of the rows (default Month). Every row's Start must be
	// the first day of one of its periods.
	Granularity dataset.Granularity
	// Directed says the rows keep A→B and B→A apart. Undirected rows must
	// have A <= B (the form dataset.Table writes).
	Directed bool
	// Weight is the event weight the rows were aggregated with. It is
	// metadata: the sums already carry it; it is copied into every Series.
	Weight dataset.Weight
	// From and To restrict the grid to the periods containing them; a zero
	// bound means the first (last) period of the rows. Rows outside are
	// left out and counted (Panel.Outside).
	From, To time.Time
	// Lasting, when set, records the events that open and close lasting
	// states (sanctions, war, ...) for the same events as the rows, read
	// by the relationship level (LevelOptions). nil: the log is read from
	// the rows' own mark sums (dataset.Stats.Marks) with the default
	// LastingOptions at the panel's granularity — every row given, also
	// those outside From..To, so that a state opened before From is in
	// force — which is what the report does (LastingLogFromTable of the
	// same table).
	Lasting *LastingLog
	// NoLasting leaves the log empty when Lasting is nil: no lasting
	// state is known (the level then reads as LevelOptions.NoLasting).
	NoLasting bool
}

// Panel is the dyad-period statistics of a whole data set laid on a
// regular grid of periods: every model scores its dyads from a Panel. It
// also holds each country's event volume per period (Σw over all events
// between it and another country, either direction), the denominator of
// the volume-normalised indices.
//
// A Panel is built from all the rows of an aggregation, not only from the
// dyads to be scored, so that the volumes are right. It is read-only after
// NewPanel and safe for concurrent use.
type Panel struct {
	opts    PanelOptions
	periods []time.Time
	pindex  map[int64]int32

	rows []dataset.DyadPeriod // sorted by dyad, then period
	pidx []int32              // period index of each row
	off  []int32              // rows of dyad i are rows[off[i]:off[i+1]]

	dyads  []dataset.Dyad
	dindex map[dataset.Dyad]int32

	countries []string
	cindex    map[string]int32
	volume    []float64 // countries × periods

	outside int
	merged  int
}

// NewPanel lays rows (for example dataset.Table.Rows()) on the grid of
// periods opts describe. The rows are copied; the caller's slice is not
// changed. Rows of the same dyad and period are merged (their sums add).
// It returns an error wrapping ErrBadRow naming the first row whose Start
// is not the first day of a period, or (for an undirected panel) whose A
// sorts after B. A panel with no rows has an empty grid.
func NewPanel(rows []dataset.DyadPeriod, opts *PanelOptions) (*Panel, error) {
	return newPanel(func(f func(*dataset.DyadPeriod)) {
		for i := range rows {
			f(&rows[i])
		}
	}, opts)
}

// NewPanelFromTable is NewPanel(t.Rows(), opts) without the copy of every
// row that Rows makes: the panel copies only the rows inside its grid
// (dataset.Table.EachRow). On 2M GDELT rows that copy was 10 MB at the
// main job's peak.
func NewPanelFromTable(t *dataset.Table, opts *PanelOptions) (*Panel, error) {
	// the rows in place, sorted once (newPanel reads them three times)
	rows := make([]*dataset.DyadPeriod, 0, t.Len())
	t.EachRow(func(r *dataset.DyadPeriod) { rows = append(rows, r) })
	return newPanel(func(f func(*dataset.DyadPeriod)) {
		for _, r := range rows {
			f(r)
		}
	}, opts)
}

// newPanel is NewPanel of the rows each visits (in one order, the same
// every call; row numbers in errors count in it).
func newPanel(each func(func(*dataset.DyadPeriod)), opts *PanelOptions) (*Panel, error) {
	var o PanelOptions
	if opts != nil {
		o = *opts
	}
	if !o.Weight.Valid() {
		panic(fmt.Sprintf("score: PanelOptions.Weight %d is not a declared dataset.Weight", int8(o.Weight)))
	}
	if o.Granularity < dataset.Month || o.Granularity > dataset.Year {
		panic(fmt.Sprintf("score: PanelOptions.Granularity %d is not a declared dataset.Granularity", int8(o.Granularity)))
	}
	g := o.Granularity
	if o.Lasting == nil && !o.NoLasting {
		l := newLastingLog(&LastingOptions{Granularity: g})
		each(l.add)
		o.Lasting = l
	}
	if o.Lasting != nil && o.Lasting.opt.Granularity != g {
		panic(fmt.Sprintf("score: PanelOptions.Lasting is a log of %s periods, the panel's are %s periods (LastingOptions.Granularity)", o.Lasting.opt.Granularity, g))
	}
	var first, last time.Time
	var bad error
	i := -1
	each(func(r *dataset.DyadPeriod) {
		i++
		if bad != nil {
			return
		}
		if r.Start.IsZero() || !g.Start(r.Start).Equal(r.Start) {
			bad = fmt.Errorf("score: row %d (%s %s): %w: start is not the first day of a %s period", i, r.Dyad, r.Start.Format("2006-01-02"), ErrBadRow, g)
			return
		}
		if !o.Directed && r.Dyad.B < r.Dyad.A {
			bad = fmt.Errorf("score: row %d (%s): %w: an undirected panel needs A <= B (use Dyad.Undirected or PanelOptions.Directed)", i, r.Dyad, ErrBadRow)
			return
		}
		if first.IsZero() || r.Start.Before(first) {
			first = r.Start
		}
		if r.Start.After(last) {
			last = r.Start
		}
	})
	if bad != nil {
		return nil, bad
	}
	from, to := first, last
	if !o.From.IsZero() {
		from = g.Start(o.From)
	}
	if !o.To.IsZero() {
		to = g.Start(o.To)
	}
	p := &Panel{opts: o, pindex: map[int64]int32{}, dindex: map[dataset.Dyad]int32{}, cindex: map[string]int32{}}
	if !from.IsZero() && !to.IsZero() {
		p.periods = g.Periods(from, to)
	}
	for i, t := range p.periods {
		p.pindex[t.Unix()] = int32(i)
	}

	// Copy the rows inside the grid, sort them, merge duplicates.
	n := 0
	each(func(r *dataset.DyadPeriod) {
		if _, ok := p.pindex[r.Start.Unix()]; ok {
			n++
		}
	})
	kept := make([]dataset.DyadPeriod, 0, n)
	each(func(r *dataset.DyadPeriod) {
		if _, ok := p.pindex[r.Start.Unix()]; !ok {
			p.outside++
			return
		}
		kept = append(kept, *r)
	})
	sort.SliceStable(kept, func(i, j int) bool { return lessRow(&kept[i], &kept[j]) })
	out := kept[:0]
	for i := range kept {
		if n := len(out); n > 0 && out[n-1].Dyad == kept[i].Dyad && out[n-1].Start.Equal(kept[i].Start) {
			out[n-1].Stats.Merge(&kept[i].Stats)
			p.merged++
			continue
		}
		out = append(out, kept[i])
	}
	p.rows = out
	p.pidx = make([]int32, len(out))
	for i := range out {
		p.pidx[i] = p.pindex[out[i].Start.Unix()]
		if i == 0 || out[i].Dyad != out[i-1].Dyad {
			p.dindex[out[i].Dyad] = int32(len(p.dyads))
			p.dyads = append(p.dyads, out[i].Dyad)
			p.off = append(p.off, int32(i))
		}
	}
	p.off = append(p.off, int32(len(out)))

	// Countries and their volumes (self-dyads excluded).
	seen := map[string]bool{}
	for _, d := range p.dyads {
		seen[d.A] = true
		seen[d.B] = true
	}
	for c := range seen {
		p.countries = append(p.countries, c)
	}
	sort.Strings(p.countries)
	for i, c := range p.countries {
		p.cindex[c] = int32(i)
	}
	np := len(p.periods)
	sums := make([]dataset.Sum, len(p.countries)*np)
	for i := range p.rows {
		r := &p.rows[i]
		if r.Dyad.A == r.Dyad.B {
			continue
		}
		t := int(p.pidx[i])
		sums[int(p.cindex[r.Dyad.A])*np+t].Merge(r.W)
		sums[int(p.cindex[r.Dyad.B])*np+t].Merge(r.W)
	}
	p.volume = make([]float64, len(sums))
	for i := range sums {
		p.volume[i] = sums[i].Float()
	}
	return p, nil
}

// PanelFromTable is NewPanel on every row of t, with the table's
// granularity, direction and weight and the log of the lasting states
// its events open and close (LastingLogFromTable at the table's
// granularity), as the report reads them; from and to restrict the grid
// as PanelOptions.From and To do (zero: the table's span).
func PanelFromTable(t *dataset.Table, from, to time.Time) (*Panel, error) {
	ao := t.Options()
	// the lasting states: the panel's default log, read from the rows
	return NewPanelFromTable(t, &PanelOptions{Granularity: ao.Granularity, Directed: ao.Directed, Weight: ao.Weight, From: from, To: to})
}

// PanelFromEvents aggregates events (self-dyads left out, as the report
// does) with opts' granularity, direction and weight, and lays them on a
// panel with the log of the lasting states they open and close
// (opts.Lasting when set, else — unless opts.NoLasting — the log of the
// events' table with the default states, as NewPanel reads it): the panel the report and `report score` read, for events held
// in memory. opts.From and To restrict the grid as in NewPanel. Read the
// events as the report does (government to government:
// dataset.DefaultRoleFilter; deduplicated: dataset.Dedup) to get its
// numbers.
func PanelFromEvents(events []dataset.Event, opts *PanelOptions) (*Panel, error) {
	var o PanelOptions
	if opts != nil {
		o = *opts
	}
	tab := dataset.NewTable(&dataset.AggregateOptions{Granularity: o.Granularity, Directed: o.Directed, Weight: o.Weight, ExcludeSelf: true})
	for i := range events {
		tab.Add(&events[i])
	}
	return NewPanelFromTable(tab, &o) // a nil Lasting is read from the table's rows unless NoLasting
}

func lessRow(a, b *dataset.DyadPeriod) bool {
	if a.Dyad.A != b.Dyad.A {
		return a.Dyad.A < b.Dyad.A
	}
	if a.Dyad.B != b.Dyad.B {
		return a.Dyad.B < b.Dyad.B
	}
	return a.Start.Before(b.Start)
}

// Options returns the panel's options.
func (p *Panel) Options() PanelOptions { return p.opts }

// Granularity returns the period length.
func (p *Panel) Granularity() dataset.Granularity { return p.opts.Granularity }

// Lasting returns the panel's log of lasting states (nil: none).
func (p *Panel) Lasting() *LastingLog { return p.opts.Lasting }

// Directed reports whether the rows keep the two directions apart.
func (p *Panel) Directed() bool { return p.opts.Directed }

// Weight returns the event weight the rows were aggregated with.
func (p *Panel) Weight() dataset.Weight { return p.opts.Weight }

// Periods returns the starts of the grid's periods, in order (a copy).
func (p *Panel) Periods() []time.Time {
	return append([]time.Time(nil), p.periods...)
}

// NumPeriods returns the number of periods of the grid.
func (p *Panel) NumPeriods() int { return len(p.periods) }

// PeriodIndex returns the index of the period containing t, or -1.
func (p *Panel) PeriodIndex(t time.Time) int {
	if t.IsZero() {
		return -1
	}
	i, ok := p.pindex[p.opts.Granularity.Start(t).Unix()]
	if !ok {
		return -1
	}
	return int(i)
}

// Dyads returns the dyads with at least one event in the grid, sorted
// (a copy). In a directed panel A→B and B→A are separate dyads.
func (p *Panel) Dyads() []dataset.Dyad {
	return append([]dataset.Dyad(nil), p.dyads...)
}

// Countries returns every country code of the panel's dyads, sorted (a
// copy).
func (p *Panel) Countries() []string {
	return append([]string(nil), p.countries...)
}

// Len returns the number of rows (dyad-periods with events) in the grid.
func (p *Panel) Len() int { return len(p.rows) }

// Outside returns the number of rows left out because their period is
// outside the grid (PanelOptions.From/To).
func (p *Panel) Outside() int { return p.outside }

// Merged returns the number of duplicate rows (same dyad and period) that
// NewPanel merged into another.
func (p *Panel) Merged() int { return p.merged }

// Volume returns Σw of every event between country c and any other country
// (either direction; self-dyads excluded) in period t (an index of
// Periods); 0 for a country without events.
func (p *Panel) Volume(c string, t int) float64 {
	i, ok := p.cindex[c]
	if !ok || t < 0 || t >= len(p.periods) {
		return 0
	}
	return p.volume[int(i)*len(p.periods)+t]
}

// rowsOf returns the row range of dyad d exactly as keyed (no
// normalisation), or an empty range.
func (p *Panel) rowsOf(d dataset.Dyad) (lo, hi int) {
	i, ok := p.dindex[d]
	if !ok {
		return 0, 0
	}
	return int(p.off[i]), int(p.off[i+1])
}

// key returns the dyad as the panel keys it for a view: unchanged for a
// directed view, and for an undirected panel with its codes in order.
func (p *Panel) key(d dataset.Dyad, directed bool) (dataset.Dyad, error) {
	if directed && !p.opts.Directed {
		return d, fmt.Errorf("score: %s: %w (aggregate with Directed set)", d, ErrUndirected)
	}
	if !p.opts.Directed {
		return d.Undirected(), nil
	}
	return d, nil
}

// view calls fn for every period with events of dyad d, in time order:
// the directed rows of A→B (directed), or the two directions merged
// (undirected view of a directed panel), or the undirected rows. s is
// valid only during the call.
func (p *Panel) view(d dataset.Dyad, directed bool, fn func(t int, s *dataset.Stats)) error {
	k, err := p.key(d, directed)
	if err != nil {
		return err
	}
	if directed || !p.opts.Directed || k.A == k.B {
		lo, hi := p.rowsOf(k)
		for i := lo; i < hi; i++ {
			fn(int(p.pidx[i]), &p.rows[i].Stats)
		}
		return nil
	}
	alo, ahi := p.rowsOf(k)
	blo, bhi := p.rowsOf(k.Reverse())
	var m dataset.Stats
	for alo < ahi || blo < bhi {
		switch {
		case blo >= bhi || (alo < ahi && p.pidx[alo] < p.pidx[blo]):
			fn(int(p.pidx[alo]), &p.rows[alo].Stats)
			alo++
		case alo >= ahi || p.pidx[blo] < p.pidx[alo]:
			fn(int(p.pidx[blo]), &p.rows[blo].Stats)
			blo++
		default:
			m = p.rows[alo].Stats
			m.Merge(&p.rows[blo].Stats)
			fn(int(p.pidx[alo]), &m)
			alo++
			blo++
		}
	}
	return nil
}

// Stats returns one Stats per period of the grid for dyad d: the directed
// A→B statistics (directed), or both directions pooled. Periods without
// events have zero Stats. It returns an error wrapping ErrUndirected for a
// directed view of an undirected panel.
func (p *Panel) Stats(d dataset.Dyad, directed bool) ([]dataset.Stats, error) {
	out := make([]dataset.Stats, len(p.periods))
	err := p.view(d, directed, func(t int, s *dataset.Stats) { out[t] = *s })
	if err != nil {
		return nil, err
	}
	return out, nil
}

// pairVolumes fills out (one value per period) with V = vol(A) + vol(B) −
// W(A–B, both directions): Σw of every event between A or B and another
// country. For a self-dyad it is vol(A).
func (p *Panel) pairVolumes(d dataset.Dyad, out []float64) {
	for t := range out {
		out[t] = p.Volume(d.A, t)
		if d.A != d.B {
			out[t] += p.Volume(d.B, t)
		}
	}
	if d.A == d.B {
		return
	}
	k := d.Undirected()
	lo, hi := p.rowsOf(k)
	for i := lo; i < hi; i++ {
		out[p.pidx[i]] -= p.rows[i].W.Float()
	}
	if p.opts.Directed {
		lo, hi = p.rowsOf(k.Reverse())
		for i := lo; i < hi; i++ {
			out[p.pidx[i]] -= p.rows[i].W.Float()
		}
	}
}

// MeanGoldstein returns the pooled weighted mean Goldstein weight of every
// event in the panel (ΣWG / ΣGW over all rows), NaN if none has one. Level
// uses it as the centre with AutoCenter.
func (p *Panel) MeanGoldstein() float64 {
	var wg, gw dataset.Sum
	for i := range p.rows {
		wg.Merge(p.rows[i].WG)
		gw.Merge(p.rows[i].GW)
	}
	s := dataset.Stats{WG: wg, GW: gw}
	return s.MeanGoldstein()
}

// newSeries returns a series of d over the panel's grid with every point
// NaN.
func (p *Panel) newSeries(d dataset.Dyad, directed bool, model string) *Series {
	k := d
	if !directed {
		k = d.Undirected()
	}
	s := &Series{Dyad: k, Directed: directed, Model: model, Granularity: p.opts.Granularity, Weight: p.opts.Weight}
	s.Points = make([]Point, len(p.periods))
	for i, t := range p.periods {
		s.Points[i] = NewPoint(t)
	}
	return s
}
