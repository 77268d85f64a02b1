package report

import (
	"math"
	"sort"

	"github.com/entente/entente/dataset"
)

// Top events. A dyad's top events are first the acts that drove its
// reported change points — the report's own evidence for its turns — then
// its weightiest acts of the years those leave out:
//
//  1. Each act is weighed by |w·g|, its event weight w times its Goldstein
//     weight g (re-weighted with Options.Goldstein when set): the size of
//     the act on the Goldstein scale. (The level values an act as
//     h(g) = g − g²/20, which keeps this order within conflict and within
//     cooperation, not across them: a sanction, −8, is worth −11.2 to the
//     level and a signed agreement, +8, +4.8.)
//  2. An act coded in both directions (a visit 042 one way and its hosting
//     043 the other, a joint statement 057 both ways: same day and
//     description, mutualKey) is one act, listed once (↔).
//  3. The drivers first: each reported change point's act — of its
//     drivers (ChangePoint.Drivers) that moved the headline the change's
//     own way, the one of the largest |Goldstein weight| — the heaviest
//     act first, then the larger change (|After − Before|), then the
//     earlier; a change without such a driver gives none, an act that
//     drove two changes is listed once. Why the act's own weight, not its
//     move on the level or the change's size: near a bound the saturation
//     shrinks a crisis's moves (Russia–Ukraine's invasion, from −6.4,
//     shifts the level by −1.2, less than six thaws of its ten changes,
//     and Ukraine's sanctions of the month before moved it more than the
//     invasion did), while an act's size does not shrink. Russia–Ukraine's
//     five then include the seizure of Crimea (the storming of Belbek,
//     March 2014) and the
//     invasion (February 2022), where ranking all acts by weight alone
//     listed five −10 strikes of 2018 and after.
//  4. The rest of the list, when the changes leave room, spreads over the
//     years: within a year the acts rank by weight, then reports, then the
//     earlier date (the onset of that year's largest change first); the
//     list takes at most one act per year until every year with acts has
//     one (a year a driver came from has its one), then a second per year,
//     and so on: the heaviest year's act first; among years whose acts
//     weigh the same, the year farthest from the years already listed in
//     the round, then the act with more reports, then the more recent year
//     (a round starts with the drivers' years listed in the first, none in
//     the others). A curated chronology weighs most acts 8 or −8
//     (agreements, sanctions), so that ranking by weight alone, ties to
//     the earliest, listed China–Russia's 2012–2015 joint statements and
//     none of 2022 (the "no limits" statement); spread over the years, the
//     list spans the period.
//  5. The list is shown heaviest first, then in date order.

// topEvents chooses a dyad's top events (see above) from its events and
// its reported change points (with their drivers); Options.TopEvents of
// them, none when negative. Events without a Goldstein weight are not
// ranked.
func topEvents(evs []dataset.Event, cps []ChangePoint, o Options) []TopEvent {
	if o.TopEvents < 0 {
		return nil
	}
	var rows []TopEvent
	for i := range evs {
		e := &evs[i]
		g := e.Goldstein
		if o.Goldstein != nil {
			g = o.Goldstein.Weight(e.Code)
		}
		if math.IsNaN(g) {
			continue
		}
		url := e.URL
		if url == "" && len(e.URLs) > 0 {
			url = e.URLs[0]
		}
		rows = append(rows, TopEvent{
			Date: e.Date, DatePrecision: e.DatePrecision, Source: e.Source.Country, Target: e.Target.Country, Code: e.Code,
			Description: eventText(e), Goldstein: g, Reports: e.ReportCount(), Weight: o.Weight.Of(e) * g,
			Reference: e.Reference, URL: url,
		})
	}
	sort.SliceStable(rows, func(i, j int) bool { return heavier(rows[i], rows[j]) })
	// One act per mutual key: the first (heaviest) row stands for it.
	var acts []TopEvent
	index := map[string]int{}
	for _, e := range rows {
		key := mutualKey(e.Date, e.Description, e.Code)
		if k, dup := index[key]; dup {
			if acts[k].Source == e.Target && acts[k].Target == e.Source {
				acts[k].Mutual = true
			}
			continue
		}
		index[key] = len(acts)
		acts = append(acts, e)
	}
	top, rest := changeDrivers(acts, cps, o.TopEvents)
	top = append(top, spreadOverYears(rest, top, o.TopEvents-len(top))...)
	sort.SliceStable(top, func(i, j int) bool {
		a, b := top[i], top[j]
		if math.Abs(a.Weight) != math.Abs(b.Weight) {
			return math.Abs(a.Weight) > math.Abs(b.Weight)
		}
		if !a.Date.Equal(b.Date) {
			return a.Date.Before(b.Date)
		}
		return a.Code < b.Code
	})
	return top
}

// changeDrivers takes up to n of acts (in heavier order) that drove the
// change points cps (the top events' rule 3), and returns them and the
// acts left. A driver is found among the acts by its day and text (a
// driver is one act, its rows in both directions added up): of the acts
// that have them, the heaviest of its Goldstein weight, else the
// heaviest (events coded from a CAMEO name alone can share a day and a
// text).
func changeDrivers(acts []TopEvent, cps []ChangePoint, n int) (top, rest []TopEvent) {
	used := make([]bool, len(acts))
	for _, d := range changeActs(cps) {
		if len(top) >= n {
			break
		}
		k := -1
		for j, a := range acts {
			if a.Date.Equal(d.Date) && a.Description == d.Description {
				if k < 0 || a.Goldstein == d.Goldstein && acts[k].Goldstein != d.Goldstein {
					k = j
				}
			}
		}
		if k >= 0 && !used[k] {
			used[k] = true
			top = append(top, acts[k])
		}
	}
	for k, a := range acts {
		if !used[k] {
			rest = append(rest, a)
		}
	}
	return top, rest
}

// changeActs returns each change point's act (the top events' rule 3):
// of its drivers that moved the headline the change's own way, the one
// of the largest |Goldstein weight| (the first listed, the larger move,
// among equals); a change without such a driver gives none. They are
// ranked by that weight, then by the change's |shift|, then by date.
func changeActs(cps []ChangePoint) []Driver {
	type act struct {
		d     Driver
		shift float64
	}
	var out []act
	for _, c := range cps {
		k := -1
		for i, d := range c.Drivers {
			if d.Change*c.Shift() > 0 && (k < 0 || math.Abs(d.Goldstein) > math.Abs(c.Drivers[k].Goldstein)) {
				k = i
			}
		}
		if k >= 0 {
			out = append(out, act{c.Drivers[k], math.Abs(c.Shift())})
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		gi, gj := math.Abs(out[i].d.Goldstein), math.Abs(out[j].d.Goldstein)
		if gi != gj {
			return gi > gj
		}
		if out[i].shift != out[j].shift {
			return out[i].shift > out[j].shift
		}
		return out[i].d.Date.Before(out[j].d.Date)
	})
	ds := make([]Driver, len(out))
	for i, a := range out {
		ds[i] = a.d
	}
	return ds
}

// heavier orders acts within a year: larger |w·g|, then more reports,
// then the earlier date, then the code.
func heavier(a, b TopEvent) bool {
	if math.Abs(a.Weight) != math.Abs(b.Weight) {
		return math.Abs(a.Weight) > math.Abs(b.Weight)
	}
	if a.Reports != b.Reports {
		return a.Reports > b.Reports
	}
	if !a.Date.Equal(b.Date) {
		return a.Date.Before(b.Date)
	}
	return a.Code < b.Code
}

// spreadOverYears takes n of acts (in heavier order), at most one per
// year per round, the acts of listed (the change points' drivers) counted
// in the rounds first (see the top events' rule 4).
func spreadOverYears(acts, listed []TopEvent, n int) []TopEvent {
	byYear := map[int][]TopEvent{} // each year's acts, heavier first
	var years []int
	for _, e := range acts {
		y := e.Date.Year()
		if byYear[y] == nil {
			years = append(years, y)
		}
		byYear[y] = append(byYear[y], e)
	}
	sort.Ints(years)
	had := map[int]int{} // acts listed before per year: they fill its first rounds
	var hadYears []int
	for _, e := range listed {
		y := e.Date.Year()
		if had[y] == 0 {
			hadYears = append(hadYears, y)
		}
		had[y]++
	}
	var out []TopEvent
	for round := 0; len(out) < n; round++ {
		var pool []int // years with an act left for this round
		left := false
		for _, y := range years {
			if k := round - had[y]; k >= 0 && len(byYear[y]) > k {
				pool = append(pool, y)
			}
			left = left || len(byYear[y]) > round-had[y]
		}
		if !left {
			break
		}
		var taken []int // years listed in this round
		for _, y := range hadYears {
			if had[y] > round {
				taken = append(taken, y)
			}
		}
		for len(out) < n && len(pool) > 0 {
			best := 0
			for k := 1; k < len(pool); k++ {
				if before(byYear[pool[k]][round-had[pool[k]]], pool[k], byYear[pool[best]][round-had[pool[best]]], pool[best], taken) {
					best = k
				}
			}
			y := pool[best]
			out = append(out, byYear[y][round-had[y]])
			taken = append(taken, y)
			pool = append(pool[:best], pool[best+1:]...)
		}
	}
	return out
}

// before reports whether year ya's act a is listed before year yb's act b
// in a round that has listed the years taken: heavier first, then the year
// farther from those taken, then more reports, then the more recent year.
func before(a TopEvent, ya int, b TopEvent, yb int, taken []int) bool {
	if math.Abs(a.Weight) != math.Abs(b.Weight) {
		return math.Abs(a.Weight) > math.Abs(b.Weight)
	}
	if da, db := yearGap(ya, taken), yearGap(yb, taken); da != db {
		return da > db
	}
	if a.Reports != b.Reports {
		return a.Reports > b.Reports
	}
	return ya > yb
}

// yearGap is the distance in years from y to the nearest of taken, or a
// large number when none is taken.
func yearGap(y int, taken []int) int {
	gap := math.MaxInt32
	for _, t := range taken {
		d := y - t
		if d < 0 {
			d = -d
		}
		gap = min(gap, d)
	}
	return gap
}
