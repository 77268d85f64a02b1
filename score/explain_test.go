package score

import (
	"errors"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/entente/entente/dataset"
)

// explainEvents: CHN–RUS in January 2020 (GDELT Goldstein weights from the
// codebook: 042 = 1.9, 057 = 8.0) and March 2020 (042 = 1.9, 112 = −2.0,
// 163 = −8.0, 042); nothing in February; a CHN–USA event and an undated
// one that must be ignored.
func explainEvents() []dataset.Event {
	es := []dataset.Event{
		event("CHN", "RUS", "042", day(2020, 1, 10)),
		event("RUS", "CHN", "057", day(2020, 1, 20)),
		event("CHN", "USA", "163", day(2020, 3, 2)),
		event("RUS", "CHN", "042", day(2020, 3, 3)),
		event("CHN", "RUS", "112", day(2020, 3, 4)),
		event("RUS", "CHN", "163", day(2020, 3, 5)),
		event("CHN", "RUS", "042", day(2020, 3, 6)),
	}
	es[3].Description = "Lavrov visits Beijing"
	es[3].Evidence = []dataset.Evidence{{Doc: "a1", Text: "Lavrov arrived in Beijing on Tuesday."}}
	und := event("CHN", "RUS", "163", day(2020, 3, 9))
	und.Date = time.Time{}
	return append(es, und)
}

func TestExplainMean(t *testing.T) {
	es := explainEvents()
	// Check the codebook weights the test relies on.
	if es[0].Goldstein != 1.9 || es[1].Goldstein != 8 || es[4].Goldstein != -2 || es[5].Goldstein != -8 {
		t.Fatalf("codebook weights changed: %v %v %v %v", es[0].Goldstein, es[1].Goldstein, es[4].Goldstein, es[5].Goldstein)
	}
	x, err := Explain(es, dataset.Dyad{A: "RUS", B: "CHN"}, day(2020, 3, 15), nil)
	if err != nil {
		t.Fatal(err)
	}
	// By hand: March mean (1.9 − 2 − 8 + 1.9)/4 = −1.55; January (the last
	// month with events; February has none) (1.9 + 8)/2 = 4.95; change
	// −6.5. The 163 event contributes −8/4 = −2 to the value and
	// (−8 − 4.95)/4 = −3.2375 to the change, the most of all.
	if !near(x.Value, -1.55, 1e-12) || !near(x.PreviousValue, 4.95, 1e-12) || !near(x.Change, -6.5, 1e-12) ||
		!x.Previous.Equal(month(2020, 1)) || x.Events != 4 || x.Unscored != 0 {
		t.Fatalf("explanation = %+v", x)
	}
	if x.Dyad != (dataset.Dyad{A: "CHN", B: "RUS"}) || x.Measure != "goldstein" {
		t.Fatalf("dyad %v measure %q", x.Dyad, x.Measure)
	}
	top := x.ByValue[0]
	if top.Index != 5 || top.Event.Code != "163" || !near(top.Contribution, -2, 1e-12) || !near(top.Change, -3.2375, 1e-12) {
		t.Fatalf("top = %+v", top)
	}
	if x.ByChange[0].Index != 5 {
		t.Fatalf("top change = %+v", x.ByChange[0])
	}
	var sumV, sumC float64
	for _, c := range x.ByValue {
		sumV += c.Contribution
		sumC += c.Change
	}
	if !near(sumV, x.Value, 1e-12) || !near(sumC, x.Change, 1e-12) {
		t.Fatalf("contributions sum to %v and %v, want %v and %v", sumV, sumC, x.Value, x.Change)
	}
	// The explained value is the scored one.
	tab := dataset.NewTable(nil)
	for i := range es {
		tab.Add(&es[i])
	}
	p, _ := PanelFromTable(tab, month(2020, 1), month(2020, 3))
	s, _ := (&IndexOptions{}).Score(p, dataset.Dyad{A: "CHN", B: "RUS"})
	if !near(s.Points[2].Value, x.Value, 1e-9) {
		t.Fatalf("scored %v, explained %v", s.Points[2].Value, x.Value)
	}
	// The values the removed Markdown title used to show: −1.55 in March,
	// 4.95 in January (the last earlier month with events), change −6.5.
	if !near(x.Value, -1.55, 1e-9) || !near(x.PreviousValue, 4.95, 1e-9) || !near(x.Change, -6.5, 1e-9) ||
		!x.Previous.Equal(month(2020, 1)) {
		t.Fatalf("explanation %v (%v on %v, change %v)", x.Value, x.PreviousValue, x.Previous, x.Change)
	}
	found := false
	for _, c := range append(append([]Contribution(nil), x.ByValue...), x.ByChange...) {
		for _, ev := range c.Event.Evidence {
			found = found || strings.Contains(ev.Text, "Lavrov arrived in Beijing on Tuesday.")
		}
	}
	if !found {
		t.Fatal("the evidence of the explained events is not carried in the contributions")
	}
}

func TestExplainSumAndNetCoop(t *testing.T) {
	es := explainEvents()
	// Sum: March 1.9 − 2 − 8 + 1.9 = −6.2, January 9.9, change −16.1; the
	// change list holds the January events with −w·g.
	x, err := Explain(es, dataset.Dyad{A: "CHN", B: "RUS"}, day(2020, 3, 1), &ExplainOptions{Measure: MeasureSum, Top: -1})
	if err != nil {
		t.Fatal(err)
	}
	if !near(x.Value, -6.2, 1e-12) || !near(x.Change, -16.1, 1e-12) || len(x.ByChange) != 6 {
		t.Fatalf("sum: %+v", x)
	}
	sum := 0.0
	prevSeen := false
	for _, c := range x.ByChange {
		sum += c.Change
		prevSeen = prevSeen || c.Previous
	}
	// 163 (−8, March) and 057 (8, January, so −8) tie; the current
	// event comes first.
	if !near(sum, x.Change, 1e-12) || !prevSeen || x.ByChange[0].Index != 5 || x.ByChange[1].Index != 1 || !x.ByChange[1].Previous {
		t.Fatalf("sum changes add to %v (want %v); first %+v", sum, x.Change, x.ByChange[0])
	}
	// Net cooperation (GDELT quads: 042 verbal coop, 112 verbal conflict,
	// 163 material conflict): March (2 − 2)/4 = 0, January 1, change −1.
	x, _ = Explain(es, dataset.Dyad{A: "CHN", B: "RUS"}, day(2020, 3, 1), &ExplainOptions{Measure: MeasureNetCoop})
	if x.Value != 0 || x.PreviousValue != 1 || x.Measure != "netcoop" {
		t.Fatalf("netcoop: %+v", x)
	}
}

func TestExplainEdges(t *testing.T) {
	es := explainEvents()
	if _, err := Explain(es, dataset.Dyad{A: "CHN", B: "RUS"}, day(2020, 2, 1), nil); !errors.Is(err, ErrNoPeriod) {
		t.Fatalf("empty month: %v", err)
	}
	// The first month has no previous one: change NaN, no change list.
	x, err := Explain(es, dataset.Dyad{A: "CHN", B: "RUS"}, day(2020, 1, 1), nil)
	if err != nil || !math.IsNaN(x.Change) || x.ByChange != nil || !x.Previous.IsZero() || !math.IsNaN(x.ByValue[0].Change) {
		t.Fatalf("first month: %+v %v", x, err)
	}
	// Directed: only CHN→RUS in March (112, 042): (−2 + 1.9)/2 = −0.05.
	x, _ = Explain(es, dataset.Dyad{A: "CHN", B: "RUS"}, day(2020, 3, 1), &ExplainOptions{Aggregate: dataset.AggregateOptions{Directed: true}})
	if !near(x.Value, -0.05, 1e-12) || x.Events != 2 {
		t.Fatalf("directed: %+v", x)
	}
	// An event without a Goldstein weight is counted but does not
	// contribute.
	es[4].Goldstein = math.NaN()
	x, _ = Explain(es, dataset.Dyad{A: "CHN", B: "RUS"}, day(2020, 3, 1), nil)
	if x.Unscored != 1 || x.Events != 4 || len(x.ByValue) != 3 {
		t.Fatalf("unscored: %+v", x)
	}
}

// TestExplainOrderFree: the same events in another order (as read from
// raw files or from evidence files) give the same lists — ties in the
// change (163 in March and 057 in January, both ±8 in the sum measure,
// TestExplainSumAndNetCoop) are broken by the events' content, not by
// their position.
func TestExplainOrderFree(t *testing.T) {
	es := explainEvents()
	rev := make([]dataset.Event, len(es))
	for i := range es {
		rev[len(es)-1-i] = es[i]
	}
	for _, m := range []Measure{MeasureSum, MeasureMean} {
		a, err := Explain(es, dataset.Dyad{A: "CHN", B: "RUS"}, day(2020, 3, 1), &ExplainOptions{Measure: m, Top: -1})
		if err != nil {
			t.Fatal(err)
		}
		b, err := Explain(rev, dataset.Dyad{A: "CHN", B: "RUS"}, day(2020, 3, 1), &ExplainOptions{Measure: m, Top: -1})
		if err != nil {
			t.Fatal(err)
		}
		if len(a.ByChange) != len(b.ByChange) || len(a.ByValue) != len(b.ByValue) {
			t.Fatalf("%s: %d/%d vs %d/%d contributions", m, len(a.ByChange), len(a.ByValue), len(b.ByChange), len(b.ByValue))
		}
		for i := range a.ByChange {
			if a.ByChange[i].Event.Code != b.ByChange[i].Event.Code || !a.ByChange[i].Event.Date.Equal(b.ByChange[i].Event.Date) {
				t.Errorf("%s: change %d: %s %s vs %s %s", m, i, a.ByChange[i].Event.Date.Format("2006-01-02"), a.ByChange[i].Event.Code, b.ByChange[i].Event.Date.Format("2006-01-02"), b.ByChange[i].Event.Code)
			}
		}
		for i := range a.ByValue {
			if a.ByValue[i].Event.Code != b.ByValue[i].Event.Code || !a.ByValue[i].Event.Date.Equal(b.ByValue[i].Event.Date) {
				t.Errorf("%s: value %d: %s vs %s", m, i, a.ByValue[i].Event.Code, b.ByValue[i].Event.Code)
			}
		}
	}
}
