package report

import (
	"fmt"
	"strings"
	"testing"

	"github.com/entente/entente/chronology"
	"github.com/entente/entente/dataset"
	"github.com/entente/entente/plots"
	"github.com/entente/entente/score"
)

// The methods page prints the headline's figure on the documented turning
// points, the one score.Validate computes (issue 11), and says what + and
// − mean.
func TestMethodsPrintHarnessFigure(t *testing.T) {
	r, err := BuildEvents(fixtureEvents(), nil)
	if err != nil {
		t.Fatal(err)
	}
	v, err := harness(&score.LevelOptions{})
	if err != nil {
		t.Fatal(err)
	}
	// The figure is the one score's harness measures, computed here
	// independently of the report's harness (the chronology read as the
	// report commands read it, its lasting states, score.Validate's
	// defaults), so the report cannot print a figure of another reading:
	// 96 of 132 (45 of 62 held apart) and change points at 50 of the 132
	// points on chronology v7, hostile acts under a regime not standing
	// (score's TestHarnessFloor).
	evs, _, err := chronology.ReadAsReport()
	if err != nil {
		t.Fatal(err)
	}
	tab := dataset.NewTable(nil)
	for i := range evs {
		tab.Add(&evs[i])
	}
	p, err := score.NewPanel(tab.Rows(), &score.PanelOptions{Lasting: score.LastingLogFromEvents(evs, dataset.WeightOne, nil)})
	if err != nil {
		t.Fatal(err)
	}
	ind, err := score.Validate(&score.LevelOptions{}, p, score.ChronologyTurningPoints(chronology.TurningPoints()), nil)
	if err != nil {
		t.Fatal(err)
	}
	if v.Total < 60 || v.Held != ind.Held || v.Total != ind.Total || v.HeldApartHeld != ind.HeldApartHeld || v.Changed != ind.Changed || v.AtPoints != ind.AtPoints {
		t.Fatalf("report's harness %d of %d (%d held apart, %d changed, %d at points), score's %d of %d (%d, %d, %d)",
			v.Held, v.Total, v.HeldApartHeld, v.Changed, v.AtPoints, ind.Held, ind.Total, ind.HeldApartHeld, ind.Changed, ind.AtPoints)
	}
	// 14 dyads: the eight default dyads and the six contrast dyads of
	// chronology/turningpoints.csv (its data card).
	var text string
	for _, m := range r.Methods {
		text += m.Text + "\n"
	}
	want := fmt.Sprintf("moves the right way at %d of %d documented turning points", v.Held, v.Total)
	for _, w := range []string{want, "+ is warmer", "− is cooler", "thin evidence", fmt.Sprintf("%d of %d on the held-apart half", v.HeldApartHeld, v.HeldApartTotal),
		fmt.Sprintf("fall within a month of %d of the %d points", v.Changed, v.Total), fmt.Sprintf("%d of its %d change points on the 14 dyads the points name", v.AtPoints, v.ChangePoints)} {
		if !strings.Contains(text, w) {
			t.Errorf("methods lack %q:\n%s", w, text)
		}
	}
}

// When kalman holds more documented turning points than the level, the
// methods say so with its figures (score.Validate's, computed here) and
// say why the level stays the headline: the rule's second test, the
// history readings written blind to the models, with both models'
// figures (score.CheckReadings, computed here) (issue 11 item 4: the
// headline is the model that wins, or the report says why not). Without
// such a lead the paragraph is absent.
func TestMethodsRival(t *testing.T) {
	lv, err := harness(&score.LevelOptions{})
	if err != nil {
		t.Fatal(err)
	}
	k, err := harness(&score.KalmanOptions{})
	if err != nil {
		t.Fatal(err)
	}
	lr, err := readings(&score.LevelOptions{})
	if err != nil {
		t.Fatal(err)
	}
	kr, err := readings(&score.KalmanOptions{})
	if err != nil {
		t.Fatal(err)
	}
	text := rivalText(lv)
	tuningLead, apartLead := k.TuningHeld > lv.TuningHeld, k.HeldApartHeld > lv.HeldApartHeld
	if (!tuningLead && !apartLead) || (tuningLead && kr.Held() >= lr.Held()) {
		if text != "" {
			t.Errorf("kalman %d/%d turning points and %d readings, the level %d/%d and %d: want no rival paragraph, got %q", k.TuningHeld, k.HeldApartHeld, kr.Held(), lv.TuningHeld, lv.HeldApartHeld, lr.Held(), text)
		}
		return
	}
	want := []string{
		fmt.Sprintf("kalman reads %d of %d against the level's %d", kr.Held(), kr.Scored(), lr.Held()),
		"stated before the history readings above were scored",
	}
	if tuningLead {
		want = append(want, fmt.Sprintf("it holds %d of %d (%d of %d on the tuning half, against the level's %d; %d of %d held apart, against %d)",
			k.Held, k.Total, k.TuningHeld, k.TuningTotal, lv.TuningHeld, k.HeldApartHeld, k.HeldApartTotal, lv.HeldApartHeld))
	} else {
		want = append(want, fmt.Sprintf("more of the held-apart turning points than the level (%d of %d, against %d) and at fewer of the tuning half, on which models are chosen (%d of %d, against %d)",
			k.HeldApartHeld, k.HeldApartTotal, lv.HeldApartHeld, k.TuningHeld, k.TuningTotal, lv.TuningHeld))
	}
	for _, w := range want {
		if !strings.Contains(text, w) {
			t.Errorf("rival paragraph lacks %q: %s", w, text)
		}
	}
	r, err := BuildEvents(fixtureEvents(), nil)
	if err != nil {
		t.Fatal(err)
	}
	var all string
	for _, m := range r.Methods {
		all += m.Text
	}
	if !strings.Contains(all, text) {
		t.Errorf("the methods lack the rival paragraph")
	}
}

// The alignment paragraph describes the heatmap the overview holds: the
// UN votes' S (the default), the event profiles' S without the votes, and
// nothing when the overview has no heatmap (only the small multiples).
func TestAlignmentText(t *testing.T) {
	hm := &plots.Chart{Kind: "heatmap"}
	votes := alignmentText(&Report{Votes: &VoteSection{FromYear: 2012, ToYear: 2019, Heatmap: hm}, Overview: []*plots.Chart{{Kind: "multiples"}, hm}})
	if !strings.Contains(votes, "recorded votes in the UN General Assembly, 2012–2019 pooled") || strings.Contains(votes, "Goldstein") {
		t.Errorf("with votes: %s", votes)
	}
	events := alignmentText(&Report{Overview: []*plots.Chart{{Kind: "multiples"}, hm}})
	if !strings.Contains(events, "mean Goldstein weight toward every third country") || strings.Contains(events, "UN General Assembly") {
		t.Errorf("without votes: %s", events)
	}
	if none := alignmentText(&Report{Overview: []*plots.Chart{{Kind: "multiples"}}}); none != "" {
		t.Errorf("no heatmap: %s", none)
	}
}

// The methods list all six grades with their cut points (score.Grades)
// and say that 0 is the boundary between discordant and ordinary, not
// "an ordinary relationship" (issue 11 item 3).
func TestGradesText(t *testing.T) {
	want := "confrontation −9 to −6, tense −6 to −3, discordant −3 to 0, ordinary 0 to +3, good +3 to +6, friendly +6 to +9"
	if g := gradesText(); !strings.HasPrefix(g, want) {
		t.Errorf("grades %q, want %q…", g, want)
	}
	r, err := BuildEvents(fixtureEvents(), &Options{NoVotes: true})
	if err != nil {
		t.Fatal(err)
	}
	if m := r.Methods[0].Text; !strings.Contains(m, "0 is where they balance — the boundary between discordant (below it) and ordinary (from it up)") || !strings.Contains(m, want) {
		t.Errorf("methods: %s", m)
	}
}

// The methods state the headline's figure on the history readings written
// blind to the models (score.CheckReadings, computed here) and how its
// misses lean, colder or warmer than the history.
func TestMethodsReadings(t *testing.T) {
	r, err := readings(&score.LevelOptions{})
	if err != nil {
		t.Fatal(err)
	}
	text := readingsText(&score.LevelOptions{})
	want := fmt.Sprintf("the level reads %d of the %d spans and %d of the %d claims", r.GradesHeld, r.Grades, r.OrdersHeld, r.Orders)
	if !strings.Contains(text, want) {
		t.Errorf("readings sentence lacks %q: %s", want, text)
	}
	colder := 0
	for _, c := range r.Checks {
		if c.Colder() {
			colder++
		}
	}
	if !strings.Contains(text, fmt.Sprintf("%d read colder than the history and %d warmer", colder, r.Grades-r.GradesHeld-colder)) {
		t.Errorf("readings sentence lacks the count of colder misses %d: %s", colder, text)
	}
}
