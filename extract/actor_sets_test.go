package extract

import (
	"reflect"
	"testing"

	"github.com/entente/entente/dataset"
)

// Hand-made sides: makeActor gives Country "" for organisations.
var (
	usaGOV = makeActor("USA", "GOV", "")
	usaMIL = makeActor("USA", "MIL", "")
	chnGOV = makeActor("CHN", "GOV", "")
	chnREB = makeActor("CHN", "REB", "")
	un     = makeActor("IGOUNO", "IGO", "")
	nato   = makeActor("IGONAT", "IGO", "")
	redX   = makeActor("NGOHLHIRC", "NGO", "")
)

func TestActorSets(t *testing.T) {
	as := []dataset.Actor{usaMIL, chnGOV, un}
	// minusSource drops the source's states (any sector) and, for an
	// organisation source, the same organisation.
	if got := minusSource(as, []dataset.Actor{usaGOV}); !reflect.DeepEqual(got, []dataset.Actor{chnGOV, un}) {
		t.Errorf("minusSource(USA) = %v", got)
	}
	if got := minusSource(as, []dataset.Actor{un}); !reflect.DeepEqual(got, []dataset.Actor{usaMIL, chnGOV}) {
		t.Errorf("minusSource(UN) = %v", got)
	}
	// dropSame drops only the same actor: USA's military is not USA's
	// government, but CHN GOV is.
	if got := dropSame(as, []dataset.Actor{usaGOV, chnGOV}); !reflect.DeepEqual(got, []dataset.Actor{usaMIL, un}) {
		t.Errorf("dropSame = %v", got)
	}
	if got := src0(nil); !got.IsZero() {
		t.Errorf("src0(nil) = %v", got)
	}
	if got := src0(as); got != usaMIL {
		t.Errorf("src0 = %v", got)
	}
	if got := stateOnly(as); !reflect.DeepEqual(got, []dataset.Actor{usaMIL, chnGOV}) {
		t.Errorf("stateOnly = %v", got)
	}
}

func TestActorSetPredicates(t *testing.T) {
	tests := []struct {
		name string
		got  bool
		want bool
	}{
		{"allSector GOV of USA GOV, CHN GOV", allSector([]dataset.Actor{usaGOV, chnGOV}, "GOV"), true},
		{"allSector GOV of USA GOV, USA MIL", allSector([]dataset.Actor{usaGOV, usaMIL}, "GOV"), false},
		{"allSector of none", allSector(nil, "GOV"), false},
		{"subsetStates USA ⊂ USA, CHN", subsetStates([]dataset.Actor{usaMIL}, []dataset.Actor{usaGOV, chnREB}), true},
		{"subsetStates USA, CHN ⊂ USA", subsetStates([]dataset.Actor{usaMIL, chnGOV}, []dataset.Actor{usaGOV}), false},
		{"subsetStates of no state", subsetStates([]dataset.Actor{un}, []dataset.Actor{usaGOV}), false},
		{"overlapStates CHN REB, CHN GOV", overlapStates([]dataset.Actor{chnREB}, []dataset.Actor{chnGOV}), true},
		{"overlapStates UN, UN", overlapStates([]dataset.Actor{un}, []dataset.Actor{un}), false}, // states only
		{"sharesActor UN, UN", sharesActor([]dataset.Actor{usaGOV, un}, []dataset.Actor{un}), true},
		{"sharesActor CHN REB, CHN GOV", sharesActor([]dataset.Actor{chnREB}, []dataset.Actor{chnGOV}), false},
		{"allIGO UN, NATO", allIGO([]dataset.Actor{un, nato}), true},
		{"allIGO UN, Red Cross", allIGO([]dataset.Actor{un, redX}), false},
		{"allIGO of none", allIGO(nil), false},
		{"stateless UN, Red Cross", stateless([]dataset.Actor{un, redX}, func(dataset.Actor) bool { return true }), true},
		{"stateless UN, USA", stateless([]dataset.Actor{un, usaGOV}, func(dataset.Actor) bool { return true }), false},
		{"stateless of none", stateless(nil, func(dataset.Actor) bool { return true }), false},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s = %v, want %v", tt.name, tt.got, tt.want)
		}
	}
	if maxInt(3, -1) != 3 || maxInt(-1, 3) != 3 || minInt(3, -1) != -1 || minInt(-1, 3) != -1 {
		t.Error("maxInt/minInt")
	}
}
