package extract

import (
	"strings"

	"github.com/entente/entente/dataset"
)

// ruleTrace records the steps that coded an event, in the order they fired:
// the lexicon entry that matched ("verb \"sign\"", with its WordNet seed
// when it was derived), the object pattern or event noun that set the code,
// and the clause rules that changed the code or chose the actors ("passive:
// the by-agent acts", "compound subject: both directions"). Its String is
// what Evidence.Rule and the "rule" column carry.
type ruleTrace []string

func (r *ruleTrace) add(step string) { *r = append(*r, step) }

func (r ruleTrace) String() string { return strings.Join(r, "; ") }

// entryRule names a lexicon entry: its kind ("verb", "noun"), key and, for
// an entry derived from WordNet, its source ("verb \"bombard\" (wordnet
// synonym of \"attack\")").
func entryRule(kind, key, src string) string {
	s := kind + ` "` + key + `"`
	if src != "" {
		s += " (" + src + ")"
	}
	return s
}

// stampRule sets rule on the evidence of events that have none yet (an
// inner rule, set where the event was made, wins).
func stampRule(evs []dataset.Event, rule string) {
	for i := range evs {
		for j := range evs[i].Evidence {
			if evs[i].Evidence[j].Rule == "" {
				evs[i].Evidence[j].Rule = rule
			}
		}
	}
}
