package report

import (
	"errors"
	"math"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/score"
)

func TestBuildAccounting(t *testing.T) {
	r, err := BuildEvents(fixtureEvents(), &Options{Generated: fixedTime})
	if err != nil {
		t.Fatal(err)
	}
	// Counts from the fixture (fixtures_test.go): 70 events, one repeated
	// report merged; then 1 undated, 2 not dyadic, 1 domestic; 50 CHN–RUS,
	// 12 USA–VEN, 3 CIV–TUR reported (the three busiest dyads).
	if r.Dedup.In != 70 || r.Dedup.Merged != 1 || r.Dedup.Out != 69 {
		t.Errorf("dedup %+v", r.Dedup)
	}
	want := Aggregation{Events: 69, Undated: 1, NotDyadic: 2, Self: 1, Reported: 65}
	if r.Aggregation != want || !r.Aggregation.Balanced() {
		t.Errorf("aggregation %+v, want %+v", r.Aggregation, want)
	}
	var got []string
	for _, d := range r.Dyads {
		got = append(got, d.Dyad.String()+" "+d.Name)
	}
	wantDyads := []string{"CHN-RUS China – Russia", "USA-VEN United States – Venezuela", "CIV-TUR Côte d'Ivoire – Türkiye"}
	if !reflect.DeepEqual(got, wantDyads) {
		t.Errorf("dyads %q, want %q", got, wantDyads)
	}
	// Jan 2022 – Dec 2023, monthly
	if !r.From.Equal(time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC)) || !r.To.Equal(time.Date(2023, 12, 31, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("range %v – %v", r.From, r.To)
	}
	if r.Title != "Relations between China, Côte d'Ivoire, Russia, Türkiye, United States and Venezuela" {
		t.Errorf("title %q", r.Title)
	}
}

func TestBuildPeriodFilter(t *testing.T) {
	// 2023 only: the 12 CHN–RUS months of 2022 (2 events each, 24, the
	// repeated report merged) fall outside.
	r, err := BuildEvents(fixtureEvents(), &Options{
		From: time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2023, 12, 31, 0, 0, 0, 0, time.UTC),
		Dyads: []dataset.Dyad{{A: "RUS", B: "CHN"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	a := r.Aggregation
	if a.OutsideRange != 24 || a.Reported != 26 || a.OtherDyads != 15 || !a.Balanced() {
		t.Errorf("aggregation %+v", a)
	}
	if len(r.Dyads) != 1 || r.Dyads[0].Dyad != (dataset.Dyad{A: "CHN", B: "RUS"}) {
		t.Fatalf("dyads: RUS-CHN asked, CHN-RUS expected: %v", r.Dyads)
	}
	if r.Dyads[0].Summary.Events != 26 {
		t.Errorf("events %d", r.Dyads[0].Summary.Events)
	}
}

func TestBuildFallbackForFewObservations(t *testing.T) {
	// Three events in two months are too few for the state-space fit:
	// the report still has the dyad, scored by the weighted mean.
	var civ []dataset.Event
	for _, e := range fixtureEvents() {
		if e.Source.Country == "CIV" || e.Target.Country == "CIV" {
			civ = append(civ, e)
		}
	}
	// The default headline (the level) scores them; the ML state-space
	// index cannot, and falls back.
	r, err := BuildEvents(civ, nil)
	if err != nil {
		t.Fatal(err)
	}
	if d := r.Dyads[0]; d.Summary.Model != "level" || d.Fallback != "" || !d.Summary.Thin {
		t.Errorf("default: model %q fallback %q thin %v", d.Summary.Model, d.Fallback, d.Summary.Thin)
	}
	r, err = BuildEvents(civ, &Options{Index: "kalman-ml"})
	if err != nil {
		t.Fatal(err)
	}
	d := r.Dyads[0]
	if d.Summary.Model != "goldstein" || !strings.Contains(d.Fallback, "kalman-ml") {
		t.Errorf("model %q fallback %q", d.Summary.Model, d.Fallback)
	}
	// April 2023's only event is a 051 (3.4): the last value.
	if d.Summary.Value != 3.4 {
		t.Errorf("value %v", d.Summary.Value)
	}
	if r.Title != "Relations between Côte d'Ivoire and Türkiye" {
		t.Errorf("title %q", r.Title)
	}
	if len(d.Charts) != 4 {
		t.Errorf("%d charts", len(d.Charts))
	}
}

func TestBuildTopEvents(t *testing.T) {
	r, err := BuildEvents(fixtureEvents(), &Options{TopEvents: 3, Dyads: []dataset.Dyad{{A: "CHN", B: "RUS"}}})
	if err != nil {
		t.Fatal(err)
	}
	top := r.Dyads[0].TopEvents
	// |w·g| with weight one: the 057 agreements (8), one a year first
	// (topevents.go): 2022's heaviest is Agreement 1, which has 2 reports
	// after the merge, 2023's Agreement 13 (January, the earliest); then
	// a second round, the more recent year first: 2023's Agreement 14.
	if len(top) != 3 || top[0].Description != "Agreement 1 signed" || top[0].Reports != 2 || top[1].Description != "Agreement 13 signed" || top[2].Description != "Agreement 14 signed" {
		t.Fatalf("top events %+v", top)
	}
	if top[0].Goldstein != 8 || top[0].Weight != 8 || top[0].Actors() != "CHN → RUS" {
		t.Errorf("first event %+v", top[0])
	}
	// TopEvents 50: every agreement, then praise, then the visit coded
	// both ways is listed once as mutual.
	r, _ = BuildEvents(fixtureEvents(), &Options{TopEvents: 60, Dyads: []dataset.Dyad{{A: "CHN", B: "RUS"}}})
	var visits []TopEvent
	for _, e := range r.Dyads[0].TopEvents {
		if e.Description == "State visit to Beijing" {
			visits = append(visits, e)
		}
	}
	if len(visits) != 1 || !visits[0].Mutual || visits[0].Code != "043" || visits[0].Actors() != "CHN ↔ RUS" {
		t.Errorf("visit %+v", visits)
	}
	r, _ = BuildEvents(fixtureEvents(), &Options{TopEvents: -1})
	if len(r.Dyads[0].TopEvents) != 0 {
		t.Error("TopEvents −1 still lists events")
	}
}

func TestBuildScores(t *testing.T) {
	r, err := BuildEvents(fixtureEvents(), &Options{Models: []string{"netcoop", "kalman"}})
	if err != nil {
		t.Fatal(err)
	}
	// The headline (level) first, then the models asked for, level not
	// twice: every dyad has level, netcoop, kalman (the marginalised
	// index scores CIV–TUR's two months too).
	var models []string
	for _, s := range r.Scores.Series {
		models = append(models, s.Dyad.String()+":"+s.Model)
	}
	want := []string{"CHN-RUS:level", "CHN-RUS:netcoop", "CHN-RUS:kalman", "USA-VEN:level", "USA-VEN:netcoop", "USA-VEN:kalman", "CIV-TUR:level", "CIV-TUR:netcoop", "CIV-TUR:kalman"}
	if !reflect.DeepEqual(models, want) {
		t.Errorf("series %q, want %q", models, want)
	}
	// USA–VEN: sanctions and accusations, all conflict: net cooperation
	// −1 in every month of 2023.
	for _, s := range r.Scores.Series {
		if s.Dyad.String() == "USA-VEN" && s.Model == "netcoop" {
			last, _ := s.Last()
			if last.Value != -1 {
				t.Errorf("netcoop %v", last.Value)
			}
		}
	}
}

func TestBuildSurvivesConstantData(t *testing.T) {
	// Every event of the dyad has the same weight: the state-space fit
	// has no variance to estimate. The report is still built, with the
	// weighted mean if the fit fails, and says so.
	var evs []dataset.Event
	for i := 0; i < 6; i++ {
		evs = append(evs, ev(time.Date(2023, time.Month(1+i), 5, 0, 0, 0, 0, time.UTC).Format("2006-01-02"), "USA", "VEN", "163", "Sanctions"))
	}
	r, err := BuildEvents(evs, &Options{Index: "kalman-ml"})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Dyads) != 1 {
		t.Fatalf("%d dyads, want USA-VEN only", len(r.Dyads))
	}
	// The fit fails on constant data, so the report falls back to the
	// weighted mean Goldstein score and says why. The value is CAMEO 163's
	// Goldstein weight, −8 (cameo/codes_table.go, from the codebook), the mean
	// of six equal events.
	d := r.Dyads[0]
	if d.Summary.Model != "goldstein" || !strings.Contains(d.Fallback, "could not be fitted") {
		t.Errorf("model %q, fallback %q; want the goldstein fallback, saying kalman-ml could not be fitted", d.Summary.Model, d.Fallback)
	}
	if d.Summary.Value != -8 {
		t.Errorf("value %v, want −8 (CAMEO 163's Goldstein weight)", d.Summary.Value)
	}
}

func TestBuildErrors(t *testing.T) {
	if _, err := BuildEvents(fixtureEvents(), &Options{Index: "nonsense"}); !errors.Is(err, score.ErrUnknownModel) {
		t.Errorf("unknown index: %v", err)
	}
	if _, err := BuildEvents(fixtureEvents(), &Options{Models: []string{"goldstein", "bogus"}}); !errors.Is(err, score.ErrUnknownModel) {
		t.Errorf("unknown model: %v", err)
	}
	if _, err := BuildEvents(nil, nil); !errors.Is(err, ErrNoDyads) {
		t.Errorf("no events: %v", err)
	}
	only := []dataset.Event{ev("2023-01-07", "USA", "USA", "112", "Domestic")}
	if _, err := BuildEvents(only, nil); !errors.Is(err, ErrNoDyads) {
		t.Errorf("domestic only: %v", err)
	}
}

func TestBuildRequestedDyadWithoutEvents(t *testing.T) {
	// A dyad asked for but absent from the data is still reported: no
	// value, "no data" charts.
	r, err := BuildEvents(fixtureEvents(), &Options{Dyads: []dataset.Dyad{{A: "IND", B: "PAK"}}})
	if err != nil {
		t.Fatal(err)
	}
	s := r.Dyads[0].Summary
	if !math.IsNaN(s.Value) || s.Events != 0 || r.Dyads[0].Name != "India – Pakistan" {
		t.Errorf("summary %+v name %q", s, r.Dyads[0].Name)
	}
	if len(r.PDFBytes()) == 0 {
		t.Error("PDF of an empty dyad failed")
	}
}

func TestMixGranularity(t *testing.T) {
	d := func(y, m int) time.Time { return time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		from, to time.Time
		g, want  dataset.Granularity
	}{
		{d(2020, 1), d(2024, 12), dataset.Month, dataset.Month},   // 60 months
		{d(2012, 1), d(2025, 12), dataset.Month, dataset.Quarter}, // 168 months, 56 quarters
		{d(1990, 1), d(2025, 12), dataset.Month, dataset.Year},    // 144 quarters
		{d(2024, 1), d(2024, 3), dataset.Day, dataset.Day},        // 61 days
		{d(2023, 1), d(2024, 12), dataset.Week, dataset.Month},    // 105 weeks, 24 months
		{d(2012, 1), d(2025, 12), dataset.Year, dataset.Year},
	}
	for _, tt := range tests {
		if got := mixGranularity(tt.from, tt.to, tt.g); got != tt.want {
			t.Errorf("%v–%v %v: %v, want %v", tt.from.Format("2006-01"), tt.to.Format("2006-01"), tt.g, got, tt.want)
		}
	}
}

func TestBuildChangePoints(t *testing.T) {
	// USA–CUB: 12 months of agreements (057, +8) from Jan 2015, then 12
	// of sanctions (163, −8) from Jan 2016: one change of −16 at Jan 2016,
	// driven by that month's sanctions (−8 − 8 = −16 each, one event).
	var evs []dataset.Event
	for i := 0; i < 24; i++ {
		code, desc := "057", "Agreement"
		if i >= 12 {
			code, desc = "163", "Sanctions"
		}
		for k := 0; k < 3; k++ {
			d := time.Date(2015, time.Month(1+i), 3+7*k, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
			evs = append(evs, ev(d, "USA", "CUB", code, desc))
		}
	}
	r, err := BuildEvents(evs, nil)
	if err != nil {
		t.Fatal(err)
	}
	// The headline is the level: the change is found on it, in its units
	// (score.SeriesShifts), Before and After the level's means over the
	// three months before and from January 2016, and each driver the move
	// one sanction alone makes from December's level
	// (score.LevelOptions.EventEffect).
	cps := r.Dyads[0].ChangePoints
	if len(cps) != 1 {
		t.Fatalf("change points %+v", cps)
	}
	c := cps[0]
	lvl := r.Scores.Find(dataset.Dyad{A: "CUB", B: "USA"}, "level")
	mean := func(from, to int) float64 { // months since Jan 2015
		var s float64
		for i := from; i < to; i++ {
			s += lvl.Points[i].Value
		}
		return s / float64(to-from)
	}
	if !c.Time.Equal(time.Date(2016, 1, 1, 0, 0, 0, 0, time.UTC)) || c.Before != mean(9, 12) || c.After != mean(12, 15) || !(c.Shift() < -3) {
		t.Errorf("change %+v", c)
	}
	if !math.IsNaN(c.Confidence) {
		t.Errorf("confidence %v: the rule does not say one", c.Confidence)
	}
	// The change ran from January over every month whose move passed
	// the threshold (score.SeriesShifts' From…To); its drivers are the
	// largest of those months' sanctions, each moving the level from the
	// level before its own month.
	to := int(c.To.Month()) + 12*(c.To.Year()-2015) - 1
	if to < 12 || to > 23 {
		t.Fatalf("change runs to %s", c.To.Format("Jan 2006"))
	}
	effect := 0.0
	for k := 12; k <= to; k++ {
		if e := (*score.LevelOptions)(nil).EventEffect(lvl.Points[k-1].Value, -8); e < effect {
			effect = e
		}
	}
	if len(c.Drivers) != 3 || c.Drivers[0].Description != "Sanctions" || c.Drivers[0].Change != effect || c.Drivers[0].Goldstein != -8 {
		t.Errorf("drivers %+v, want three of %v (Goldstein −8, CAMEO 163)", c.Drivers, effect)
	}
	// the change is marked on the headline chart and listed in the summary
	if !strings.Contains(r.Dyads[0].Charts[0].SVG(), c.shiftText(1)) {
		t.Error("change point not labelled on the headline chart")
	}
	if !strings.Contains(r.Markdown(), "Cuba") {
		t.Error("summary lacks the dyad")
	}
}

func TestEventText(t *testing.T) {
	e := ev("2024-05-16", "RUS", "CHN", "042", "date precision: day")
	e.Evidence = []dataset.Evidence{{Text: "Putin  arrived in\nBeijing on Thursday."}}
	if got := eventText(&e); got != "Putin arrived in Beijing on Thursday." {
		t.Errorf("evidence: %q", got)
	}
	e.Evidence = nil
	if got := eventText(&e); got != "date precision: day" {
		t.Errorf("description: %q", got)
	}
	e.Description = ""
	if got := eventText(&e); got != "Make a visit" { // CAMEO 042's name
		t.Errorf("code name: %q", got)
	}
}

// The state-space charts' axis says what the index is (issue 11 item 3):
// kalman and kalman-smoothed a latent level (ticks −10 … +10), the scale of the
// net evidence 10·tanh(V/20) it observes (score's ObserveEvidence; the
// line is the filtered state, not the observation — review), the others
// the mean Goldstein weight (ObserveMean) — not "Goldstein scale" for both.
func TestYLabelStateSpace(t *testing.T) {
	for model, want := range map[string]string{
		"kalman": "Latent level", "kalman-smoothed": "Latent level",
		"kalman-mean": "Mean Goldstein weight (state space)", "kalman-ml": "Mean Goldstein weight (state space)", "trend": "Mean Goldstein weight (state space)",
		"level": "Level (−9 … +9)",
	} {
		if got := yLabel(model); got != want {
			t.Errorf("yLabel(%q) = %q, want %q", model, got, want)
		}
	}
}
