package extract

import "testing"

// A participle clause that restates the violence of its main clause (",
// killing three civilians") is the same attack, not a second event of its
// source on whoever the participle's object resolves to.
func TestParticipleConsequence(t *testing.T) {
	evs := testCoder.CodeSentence("Russian forces shelled the city of Kharkiv overnight, killing three civilians, regional governor Oleh Syniehubov said.", d("2024-05-16"))
	if len(evs) != 1 || evs[0].Source.Country != "RUS" || evs[0].Target.Country != "UKR" {
		t.Errorf("got %s; want one RUS→UKR attack", datedTriples(evs))
	}
}
