package extract

import (
	"strings"

	"github.com/entente/entente/dataset"
)

// Actor lists: small set operations on the actors of an event's sides (the
// states they name, overlaps, removing the source from its own targets).

// src0 is the first source actor, or the zero actor.
func src0(src []dataset.Actor) dataset.Actor {
	if len(src) == 0 {
		return dataset.Actor{}
	}
	return src[0]
}

// minusSource removes the source's states from a set of actors.
func minusSource(as, src []dataset.Actor) []dataset.Actor {
	var out []dataset.Actor
	for _, a := range as {
		self := false
		for _, s := range src {
			if s.Country != "" && s.Country == a.Country || s.Country == "" && s.Code != "" && s.Code == a.Code {
				self = true
				break
			}
		}
		if !self {
			out = append(out, a)
		}
	}
	return out
}

// dropSame removes the actors identical to a source (same state and sector).
func dropSame(as, src []dataset.Actor) []dataset.Actor {
	var out []dataset.Actor
	for _, a := range as {
		same := false
		for _, s := range src {
			if sameActor(a, s) {
				same = true
				break
			}
		}
		if !same {
			out = append(out, a)
		}
	}
	return out
}

// allSector reports whether every actor has the sector.
func allSector(as []dataset.Actor, sector string) bool {
	for _, a := range as {
		if a.Sector != sector {
			return false
		}
	}
	return len(as) > 0
}

// subsetStates reports whether every state of a is one of b's.
func subsetStates(a, b []dataset.Actor) bool {
	bs := stateCodes(b)
	as := stateCodes(a)
	if len(as) == 0 {
		return false
	}
	for _, x := range as {
		if !containsStr(bs, x) {
			return false
		}
	}
	return true
}

// overlapStates reports whether two actor lists share a state.
func overlapStates(a, b []dataset.Actor) bool {
	for _, x := range stateCodes(a) {
		if containsStr(stateCodes(b), x) {
			return true
		}
	}
	return false
}

// sharesActor reports whether one actor of a is the same as one of b.
func sharesActor(a, b []dataset.Actor) bool {
	for _, x := range a {
		for _, y := range b {
			if sameActor(x, y) {
				return true
			}
		}
	}
	return false
}

// allIGO reports whether every actor is an international organisation.
func allIGO(as []dataset.Actor) bool {
	for _, a := range as {
		if a.Country != "" || !strings.HasPrefix(a.Code, "IGO") {
			return false
		}
	}
	return len(as) > 0
}

// stateOnly keeps the actors that are states.
func stateOnly(as []dataset.Actor) []dataset.Actor {
	var out []dataset.Actor
	for _, a := range as {
		if a.Country != "" {
			out = append(out, a)
		}
	}
	return out
}

func maxInt(a, b int) int {
	if a > b {
		return a
	}
	return b
}

func minInt(a, b int) int {
	if a < b {
		return a
	}
	return b
}

// stateless reports whether every actor has no state and satisfies f.
func stateless(as []dataset.Actor, f func(dataset.Actor) bool) bool {
	for _, a := range as {
		if a.Country != "" || !f(a) {
			return false
		}
	}
	return len(as) > 0
}

// armedActors reports whether as is not empty and every actor is armed: a
// military or police, rebels or insurgents (sectors MIL, COP, REB, INS).
func armedActors(as []dataset.Actor) bool {
	for _, a := range as {
		switch a.Sector {
		case "MIL", "COP", "REB", "INS":
		default:
			return false
		}
	}
	return len(as) > 0
}
