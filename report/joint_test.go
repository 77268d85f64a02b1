package report

import (
	"fmt"
	"strings"
	"testing"

	"github.com/entente/entente/dataset"
)

// jointRows counts the rows of joint acts: in the fixture's CHN–RUS rows
// only the state visit of 2023-06-15 (042 RUS→CHN and 043 CHN→RUS, one
// description) is one, 2 rows; the repeated report of "Agreement 1
// signed" is the same direction twice and the monthly 057 and 051 have
// different descriptions. Without descriptions, rows of one day and code
// both ways (a joint statement 057, named by its CAMEO name) are one.
func TestJointRows(t *testing.T) {
	evs := fixtureEvents()
	chnRus := evs[:51]
	if n := jointRows(chnRus); n != 2 {
		t.Errorf("fixture CHN–RUS: %d joint rows, want 2", n)
	}
	bare := []dataset.Event{ev("2022-02-04", "CHN", "RUS", "057", ""), ev("2022-02-04", "RUS", "CHN", "057", ""), ev("2022-02-05", "RUS", "CHN", "057", "")}
	if n := jointRows(bare); n != 2 {
		t.Errorf("057 both ways without descriptions: %d joint rows, want 2", n)
	}
	// Two acts told in one sentence (an article: sanctions one way, an
	// expulsion the other, 163 and 161 with one text) are not one joint
	// act (review).
	const s = "Russia imposed sanctions on Ukraine, and Ukraine expelled Russian diplomats."
	two := []dataset.Event{ev("2024-05-16", "RUS", "UKR", "163", s), ev("2024-05-16", "UKR", "RUS", "161", s)}
	if n := jointRows(two); n != 0 {
		t.Errorf("two acts in one sentence: %d joint rows, want 0", n)
	}
	// a visit and its hosting (042 one way, 043 the other) are one
	visit := []dataset.Event{ev("2024-05-16", "RUS", "CHN", "042", "Putin visits Beijing"), ev("2024-05-16", "CHN", "RUS", "043", "Putin visits Beijing")}
	if n := jointRows(visit); n != 2 {
		t.Errorf("a visit and its hosting: %d joint rows, want 2", n)
	}
}

// The methods say that a joint act is two rows and counts twice in the
// events counts, with the report's own count, and give the level's event
// values per event and per occurrence: h(−10) = −10 − 100/20 = −15,
// h(7) = 7 − 49/20 = 4.55, twice 9.1 (hand calculation).
func TestMethodsJointActs(t *testing.T) {
	r, err := BuildEvents(fixtureEvents(), &Options{NoVotes: true})
	if err != nil {
		t.Fatal(err)
	}
	var rows, joint int64
	for _, d := range r.Dyads {
		rows += d.Summary.Events
		joint += int64(d.joint)
	}
	if joint != 2 {
		t.Errorf("%d joint rows in the report, want 2 (the state visit)", joint)
	}
	var text string
	for _, m := range r.Methods {
		text += m.Text + "\n"
	}
	for _, w := range []string{
		"is coded as two rows, one per direction", "so a joint act counts twice",
		fmt.Sprintf("here 2 of the report's dyads' %d rows are such pairs", rows),
		"per event a strike −15, talks +4.55; per occurrence a joint act such as talks is two rows, one per direction, and counts twice, 9.1",
	} {
		if !strings.Contains(text, w) {
			t.Errorf("methods lack %q:\n%s", w, text)
		}
	}
}

// When the evidence holds only part of a dyad's events (each period keeps
// its strongest few, IngestOptions.Evidence; a stats file keeps none), the
// methods do not state a count of joint acts: a count of the kept part
// would read as the whole (review). 30 joint statements in one month, 60
// rows, against the evidence kept per dyad-period (DefaultEvidence, 10; 2 × TopEvents when larger).
func TestMethodsJointActsPartialEvidence(t *testing.T) {
	var evs []dataset.Event
	for i := 0; i < 30; i++ {
		d := fmt.Sprintf("2024-05-%02d", 1+i%28)
		desc := fmt.Sprintf("Joint statement %d", i)
		evs = append(evs, ev(d, "CHN", "RUS", "057", desc), ev(d, "RUS", "CHN", "057", desc))
	}
	r, err := BuildEvents(evs, &Options{NoVotes: true})
	if err != nil {
		t.Fatal(err)
	}
	if r.Dyads[0].joint != -1 {
		t.Errorf("joint %d with part of 60 events kept, want -1 (not counted)", r.Dyads[0].joint)
	}
	for _, m := range r.Methods {
		if strings.Contains(m.Text, "rows are such pairs") {
			t.Errorf("methods state a count from part of the evidence: %s", m.Text)
		}
	}
}
