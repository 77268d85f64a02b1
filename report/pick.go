package report

import (
	"github.com/entente/entente/dataset"
	"github.com/entente/entente/score"
)

// DyadPick is a dyad asked for among scored series: the pair, and whether
// it names one direction (Directed: the series of what Dyad.A did to
// Dyad.B, labelled "A→B" in a directed scores file).
type DyadPick struct {
	Dyad     dataset.Dyad
	Directed bool
}

// Label is the pick as the scores file labels what it asks for: "CHN→RUS"
// for a direction, "CHN-RUS" for the pair.
func (p DyadPick) Label() string {
	if p.Directed {
		return p.Dyad.A + "→" + p.Dyad.B
	}
	return p.Dyad.String()
}

// PickScores is the one rule by which a report rendered from scores
// chooses its dyads (FromScores' Options.Dyads and `report render
// -dyads`): it returns the series of set that picks ask for, in the
// picks' order (each pick's series in the set's order), and the picks
// that have none, in their order. A pick with a direction takes that
// direction's series (a directed file's "A→B"), never the pair's
// undirected ones; a pick without one takes the pair's undirected series
// (given in either order), or, when set has none, the series of its own
// direction (a directed file read as what A did to B). A pick that asks
// for series an earlier pick took adds nothing and is not missing. set
// is not changed; the picked series are shared with it. A nil set has
// none.
func PickScores(set *score.SeriesSet, picks []DyadPick) (picked *score.SeriesSet, missing []DyadPick) {
	type key struct {
		d        dataset.Dyad
		directed bool
	}
	keyOf := func(s *score.Series) key {
		if s.Directed {
			return key{s.Dyad, true}
		}
		return key{s.Dyad.Undirected(), false}
	}
	has := map[key]bool{}
	if set != nil {
		for _, s := range set.Series {
			has[keyOf(s)] = true
		}
	}
	picked = &score.SeriesSet{}
	done := map[key]bool{}
	for _, p := range picks {
		k := key{p.Dyad, true}
		if u := (key{p.Dyad.Undirected(), false}); !p.Directed && has[u] {
			k = u
		}
		if !has[k] {
			missing = append(missing, p)
			continue
		}
		if done[k] {
			continue
		}
		done[k] = true
		for _, s := range set.Series {
			if keyOf(s) == k {
				picked.Add(s)
			}
		}
	}
	return picked, missing
}
