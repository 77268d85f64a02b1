package score

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/entente/entente/cameo"
	"github.com/entente/entente/dataset"
	"github.com/entente/entente/internal/sharedtest"
)

// lastingPanel lays events on a monthly undirected panel with their log.
func lastingPanel(t *testing.T, events []dataset.Event, opts *LastingOptions) *Panel {
	t.Helper()
	tab := dataset.NewTable(nil)
	for i := range events {
		tab.Add(&events[i])
	}
	if opts == nil {
		opts = &LastingOptions{}
	}
	p, err := NewPanel(tab.Rows(), &PanelOptions{Lasting: LastingLogFromEvents(events, dataset.WeightOne, opts)})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func spanText(sp []LastingSpan) []string {
	var out []string
	for _, s := range sp {
		x := s.State + " " + s.From.Format("2006-01") + ".." + s.To.Format("2006-01")
		if !s.Onset.Equal(s.From) {
			x = s.State + " " + s.Onset.Format("2006-01") + "→" + s.From.Format("2006-01") + ".." + s.To.Format("2006-01")
		}
		if s.Open {
			x += " open"
		}
		out = append(out, x)
	}
	return out
}

// Sanctions open when rounds come in two months within twelve, count
// their rounds from the opening and end when easings have lifted them
// all; a lone round opens nothing (the table's rules, by hand). The
// January round is the onset of the regime that the March round puts in
// force (onset→from in spanText).
func TestLastingSanctionsRounds(t *testing.T) {
	evs := []dataset.Event{
		event("USA", "RUS", "163", day(2020, 1, 5)),  // a lone round: Persist 2 not met
		event("USA", "RUS", "042", day(2020, 2, 5)),  // a visit
		event("USA", "RUS", "163", day(2020, 3, 5)),  // second round within 12 months: opens, 1 round
		event("RUS", "USA", "163", day(2020, 4, 5)),  // 2 rounds
		event("USA", "RUS", "085", day(2020, 6, 5)),  // one lifted: 1 round, still in force
		event("USA", "RUS", "085", day(2020, 8, 5)),  // the last lifted: ends in August
		event("USA", "RUS", "042", day(2020, 12, 5)), // the grid runs to December
	}
	p := lastingPanel(t, evs, nil)
	sp, err := (&LevelOptions{}).Lasting(p, dataset.Dyad{A: "RUS", B: "USA"})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := spanText(sp), []string{"sanctions 2020-01→2020-03..2020-07"}; !sameStrings(got, want) {
		t.Errorf("spans %v, want %v", got, want)
	}
	// A regime that ends and opens again dates its new onset after the
	// old span: a round in October 2021 after the end in August 2020 (and
	// one in December, the second within twelve months, which puts it in
	// force) has its onset in October 2021 (by hand from the table's
	// rules; the first regime's rounds are outside the twelve months).
	re := append(append([]dataset.Event(nil), evs...),
		event("USA", "RUS", "163", day(2021, 10, 5)), event("USA", "RUS", "163", day(2021, 12, 5)), event("USA", "RUS", "042", day(2022, 2, 5)))
	sp, _ = (&LevelOptions{}).Lasting(lastingPanel(t, re, nil), dataset.Dyad{A: "RUS", B: "USA"})
	if got, want := spanText(sp), []string{"sanctions 2020-01→2020-03..2020-07", "sanctions 2021-10→2021-12..2022-02 open"}; !sameStrings(got, want) {
		t.Errorf("reopened: spans %v, want %v", got, want)
	}
	// Within the window of the old acts: a war fought in January and
	// March 2019 ends in April; fighting in May opens it again (May and
	// March within three months), with its onset in May, not March: March's
	// act belongs to the first war.
	war := []dataset.Event{
		event("IND", "PAK", "190", day(2019, 1, 5)), event("IND", "PAK", "195", day(2019, 3, 5)),
		event("PAK", "IND", "0871", day(2019, 4, 9)),
		event("IND", "PAK", "190", day(2019, 5, 5)), event("IND", "PAK", "190", day(2019, 6, 5)),
		event("IND", "PAK", "042", day(2019, 8, 5)),
	}
	sp, _ = (&LevelOptions{}).Lasting(lastingPanel(t, war, nil), dataset.Dyad{A: "IND", B: "PAK"})
	if got, want := spanText(sp), []string{"war 2019-01→2019-03..2019-03", "war 2019-05..2019-08 open"}; !sameStrings(got, want) {
		t.Errorf("war reopened: spans %v, want %v", got, want)
	}
	// NoLasting, or a panel without a log: none.
	if sp, _ := (&LevelOptions{NoLasting: true}).Lasting(p, dataset.Dyad{A: "RUS", B: "USA"}); sp != nil {
		t.Errorf("NoLasting: %v", spanText(sp))
	}
}

// A state without rounds (war) opens on fighting in two months of three
// and ends in a month whose truce outweighs its fighting; one clash is
// an event, not a war.
func TestLastingWar(t *testing.T) {
	evs := []dataset.Event{
		event("IND", "PAK", "190", day(2019, 1, 5)),
		event("IND", "PAK", "195", day(2019, 3, 5)),  // Jan and Mar within 3 months: war from March, onset January
		event("PAK", "IND", "195", day(2019, 4, 5)),  // fighting…
		event("PAK", "IND", "0871", day(2019, 4, 9)), // …and a truce of the same weight: ends in April
		event("IND", "PAK", "190", day(2019, 8, 5)),  // a lone clash
		event("IND", "PAK", "042", day(2019, 12, 5)),
	}
	p := lastingPanel(t, evs, nil)
	sp, err := (&LevelOptions{}).Lasting(p, dataset.Dyad{A: "IND", B: "PAK"})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := spanText(sp), []string{"war 2019-01→2019-03..2019-03"}; !sameStrings(got, want) {
		t.Errorf("spans %v, want %v", got, want)
	}
	// One act opens an occupation (Persist 1) and it stays in force to
	// the end of the grid.
	evs = append(evs, event("IND", "PAK", "192", day(2019, 10, 1)))
	p = lastingPanel(t, evs, nil)
	sp, _ = (&LevelOptions{}).Lasting(p, dataset.Dyad{A: "IND", B: "PAK"})
	if got, want := spanText(sp), []string{"war 2019-01→2019-03..2019-03", "occupation 2019-10..2019-12 open"}; !sameStrings(got, want) {
		t.Errorf("spans %v, want %v", got, want)
	}
}

// A round that is less than MinShare of its period's events — one
// sanctions row among 29 visits, 1/30 = 3.3 % < 5 % — does not count:
// the second month's round alone does not persist.
func TestLastingMinShare(t *testing.T) {
	evs := []dataset.Event{event("USA", "CHN", "163", day(2021, 1, 3)), event("USA", "CHN", "163", day(2021, 2, 3)), event("USA", "CHN", "042", day(2021, 6, 3))}
	for i := 0; i < 29; i++ {
		evs = append(evs, event("USA", "CHN", "042", day(2021, 1, 4)))
	}
	d := dataset.Dyad{A: "CHN", B: "USA"}
	sp, _ := (&LevelOptions{}).Lasting(lastingPanel(t, evs, nil), d)
	if len(sp) != 0 {
		t.Errorf("default MinShare: %v, want none", spanText(sp))
	}
	sp, _ = (&LevelOptions{}).Lasting(lastingPanel(t, evs, &LastingOptions{MinShare: -1}), d)
	if got, want := spanText(sp), []string{"sanctions 2021-01→2021-02..2021-06 open"}; !sameStrings(got, want) {
		t.Errorf("MinShare off: %v, want %v", got, want)
	}
}

// The level under a state in force, by hand from the documented
// recursion: start 0 (FixedStart), fixed baseline 0, decay d = 0.04 (d/4
// below the baseline), ceiling −1.5, pull r = 0.5, every move standing
// (the level's Standing 1, and the sanctions state's Standing 1 instead
// of its default 0: the ceiling's mechanics without the acute part, which
// TestLevelStandingAcuteHand checks; TestLevelRegimeActsAcute checks the
// default's).
func TestLevelLastingHand(t *testing.T) {
	evs := []dataset.Event{
		event("USA", "RUS", "163", day(2020, 1, 5)),
		event("USA", "RUS", "163", day(2020, 2, 5)), // sanctions in force from February
		event("USA", "RUS", "057", day(2020, 3, 5)), // an agreement: +8
		event("USA", "RUS", "057", day(2020, 3, 6)),
		event("USA", "RUS", "057", day(2020, 3, 7)),
		event("USA", "RUS", "042", day(2020, 5, 5)),
	}
	states := LastingStates()
	for i := range states {
		states[i].Standing = 1
	}
	p := lastingPanel(t, evs, &LastingOptions{States: states})
	o := &LevelOptions{FixedStart: true, FixedBaseline: true, Standing: 1}
	s, err := o.Score(p, dataset.Dyad{A: "RUS", B: "USA"})
	if err != nil {
		t.Fatal(err)
	}
	st := Sticky{}
	const d, m, c, r = 0.04, 4.0, -1.5, 0.5
	decay := func(l, b float64) float64 {
		k := d
		if l < b {
			k = d / m
		}
		return b + (1-k)*(l-b)
	}
	pull := func(l float64) float64 {
		if l > c {
			return c + (1-r)*(l-c)
		}
		return l
	}
	want := make([]float64, 5)
	want[0] = st.Step(0, o.Push(o.EventValue(-8)))                                           // Jan: no state yet
	want[1] = st.Step(pull(decay(want[0], math.Min(0, c))), o.Push(o.EventValue(-8)))        // Feb: baseline min(0, −1.5)
	want[2] = st.Step(pull(decay(want[1], c)), o.Push(3*o.EventValue(8)))                    // Mar
	want[3] = pull(decay(want[2], c))                                                        // Apr: no events
	want[4] = st.Step(pull(decay(want[3], c)), o.Push(o.EventValue(cameo.Goldstein("042")))) // May
	for i, w := range want {
		if got := s.Points[i].Value; !near(got, w, 1e-12) {
			t.Errorf("%s: %v, want %v", s.Points[i].Start.Format("2006-01"), got, w)
		}
	}
	// April is above the ceiling only by the pull's remainder of March's rise.
	if !(want[2] > c && want[3] < want[2] && want[3] > c) {
		t.Errorf("hand values %v: March above the ceiling, April pulled back toward it", want)
	}
	// Without the log the same events read higher after the agreement.
	free, _ := (&LevelOptions{FixedStart: true, FixedBaseline: true, NoLasting: true, Standing: 1}).Score(p, dataset.Dyad{A: "RUS", B: "USA"})
	if !(free.Points[3].Value > s.Points[3].Value) {
		t.Errorf("April: %v without lasting states, %v with", free.Points[3].Value, s.Points[3].Value)
	}
}

// The table's codes are CAMEO codes whose names say what they do (the
// codebook's names, cameo.Name), and every code opens or closes one state
// only in one role.
func TestLastingTable(t *testing.T) {
	for _, s := range LastingStates() {
		for _, c := range append(append([]string(nil), s.Open...), s.Close...) {
			if !cameo.Valid(c) {
				t.Errorf("%s: %s is not a CAMEO code", s.Name, c)
			}
		}
		for _, c := range s.Open {
			if cameo.Goldstein(c) >= 0 {
				t.Errorf("%s: opening code %s (%s) is not conflictual", s.Name, c, cameo.Name(c))
			}
		}
		for _, c := range s.Close {
			if cameo.Goldstein(c) <= 0 {
				t.Errorf("%s: closing code %s (%s) is not cooperative", s.Name, c, cameo.Name(c))
			}
		}
		if !(s.Ceiling < 0) {
			t.Errorf("%s: ceiling %v", s.Name, s.Ceiling)
		}
	}
	defer func() {
		if recover() == nil {
			t.Error("a table with a code that is not CAMEO did not panic")
		}
	}()
	LastingLogFromTable(nil, &LastingOptions{States: []LastingState{{Name: "x", Open: []string{"999"}, Ceiling: -1, Persist: 1, Window: 1}}})
}

// On news-coded data — the GDELT 1.0 daily sample of 28 July 2016 (one
// day, 710 events, about ten of them sanctions, expulsion or fighting
// rows between two countries) and the ICEWS sample of 2018 (3,705 events
// of one month) — noisy rows open no state: sanctions, reduced relations
// and war need two months, and an occupation or a blockade opened by one
// act must be at least 5 % of a dyad's events.
func TestLastingNewsSamples(t *testing.T) {
	for _, file := range []string{"data/gdelt/gdelt1_daily_events_sample_20160728.tsv", "data/icews/events.2018.sample.tab"} {
		evs, _, err := dataset.ReadFile(sharedtest.Path(t, file), nil)
		if err != nil {
			t.Fatal(err)
		}
		p, err := PanelFromEvents(evs, nil)
		if err != nil {
			t.Fatal(err)
		}
		recorded := 0.0
		for _, r := range p.rows {
			for m := range cameo.NumMarks {
				recorded += r.Mark(cameo.Mark(m)).Float()
			}
		}
		if recorded == 0 {
			t.Fatalf("%s: no row opens or closes a lasting state: the codes are not read", file)
		}
		for _, d := range p.Dyads() {
			sp, err := (&LevelOptions{}).Lasting(p, d)
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range sp {
				t.Errorf("%s %s: %s opened by one period of news", file, d, s.State)
			}
		}
	}
}

// The log reads every event the table aggregated, not a kept top few
// (the report's evidence keeps ten a dyad-month): 30 fighting events in
// September and 30 in October 2020 (war: two months of three, so it opens
// in October, the second), and one truce (0871) in November, whose weight
// 1 is at least that month's fighting (0), ends it: by hand, war
// 2020-10..2020-10 with its onset in September. The log is the same whether the table is directed or
// undirected, monthly or daily (the monthly panel sums the days), and
// after a round trip through a stats file (its mark columns).
func TestLastingFromTableEveryPath(t *testing.T) {
	var evs []dataset.Event
	for i := 0; i < 30; i++ {
		evs = append(evs, event("ARM", "AZE", "193", day(2020, 9, 1+i%28)))
		evs = append(evs, event("AZE", "ARM", "190", day(2020, 10, 1+i%28)))
	}
	evs = append(evs, event("ARM", "AZE", "0871", day(2020, 11, 10)), event("ARM", "AZE", "042", day(2021, 1, 10)))
	want := []string{"war 2020-09→2020-10..2020-10"}
	d := dataset.Dyad{A: "ARM", B: "AZE"}
	spans := func(name string, tab *dataset.Table) {
		t.Helper()
		ev := dataset.NewTable(nil)
		for i := range evs {
			ev.Add(&evs[i])
		}
		p, err := NewPanel(ev.Rows(), &PanelOptions{Lasting: LastingLogFromTable(tab, nil)})
		if err != nil {
			t.Fatal(err)
		}
		sp, err := (&LevelOptions{}).Lasting(p, d)
		if err != nil {
			t.Fatal(err)
		}
		if got := spanText(sp); !sameStrings(got, want) {
			t.Errorf("%s: spans %v, want %v", name, got, want)
		}
	}
	for _, ao := range []*dataset.AggregateOptions{nil, {Directed: true}, {Granularity: dataset.Day}, {Directed: true, Granularity: dataset.Day}} {
		tab := dataset.NewTable(ao)
		for i := range evs {
			tab.Add(&evs[i])
		}
		name := tab.Options().String()
		spans(name, tab)
		var b bytes.Buffer
		if err := dataset.WriteStats(&b, tab); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(t.TempDir(), "s.csv")
		if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		o := tab.Options()
		back, _, err := dataset.ReadStatsFiles([]string{path}, nil, &o)
		if err != nil {
			t.Fatal(err)
		}
		spans(name+" through a stats file", back)
	}
}

// The acts of a war stand (LastingState.Standing 1): after three months
// of fighting (the war in force from the second, two of three months)
// the level returns toward its standing part only as the standing part
// decays, while the same months read as a crisis (the table's war with
// Standing 0: the level's own 0.4) fade at the acute part's 25 % a
// month. In the default table the acts under sanctions and reduced
// relations do not stand at all (Standing −1: a further round is the
// regime continuing), those of war, occupation and blockade stand whole
// (organised violence is the condition itself).
func TestLastingWarStands(t *testing.T) {
	for _, s := range LastingStates() {
		want := -1.0
		if s.Name == "war" || s.Name == "occupation" || s.Name == "blockade" {
			want = 1
		}
		if s.Standing != want {
			t.Errorf("%s: Standing %v, want %v", s.Name, s.Standing, want)
		}
	}
	var evs []dataset.Event
	for m := time.Month(1); m <= 3; m++ {
		evs = append(evs, event("RUS", "UKR", "190", day(2022, m, 10)), event("RUS", "UKR", "190", day(2022, m, 20)))
	}
	evs = append(evs, event("RUS", "UKR", "042", day(2022, 12, 1))) // the grid runs to December
	crisis := LastingStates()
	for i := range crisis {
		crisis[i].Standing = 0
	}
	d := dataset.Dyad{A: "RUS", B: "UKR"}
	war, err := (&LevelOptions{}).Score(lastingPanel(t, evs, nil), d)
	if err != nil {
		t.Fatal(err)
	}
	acute, err := (&LevelOptions{}).Score(lastingPanel(t, evs, &LastingOptions{States: crisis}), d)
	if err != nil {
		t.Fatal(err)
	}
	// January is the same (the war is not yet in force); from March on
	// the standing war reads lower, and the gap widens in the quiet
	// months as the crisis reading's acute part fades.
	if war.Points[0].Value != acute.Points[0].Value {
		t.Errorf("January: %v and %v, want the same", war.Points[0].Value, acute.Points[0].Value)
	}
	gap3 := acute.Points[2].Value - war.Points[2].Value
	gap9 := acute.Points[8].Value - war.Points[8].Value
	if !(gap3 > 0 && gap9 > gap3) {
		t.Errorf("March gap %v, September gap %v: want the war lower, more so after quiet months", gap3, gap9)
	}
}

// Under a regime of sanctions in force (from February 2020, its second
// round), a further round (March) stands not at all by default
// (LastingState.Standing 0 for sanctions): it moves only the acute part,
// which loses a = 0.25 a month, so the gap it opens against the same
// history without it shrinks by exactly 0.75 a month (the standing parts
// are the same; neither level reaches the ceiling −1.5 or a bound). With
// the state's Standing at the level's own 0.4 (the reading before 8
// December 2026) 0.4 of the round stands and the gap stays open.
func TestLevelRegimeActsAcute(t *testing.T) {
	base := []dataset.Event{
		event("USA", "RUS", "163", day(2020, 1, 5)),
		event("USA", "RUS", "163", day(2020, 2, 5)),
		event("USA", "RUS", "042", day(2021, 6, 5)), // an event to end the grid on
	}
	more := append(append([]dataset.Event(nil), base...), event("USA", "RUS", "163", day(2020, 3, 5)))
	gaps := func(states []LastingState) []float64 {
		// a hostile record: the standing part decays toward −6, so that
		// neither level nears the ceiling
		o := &LevelOptions{FixedStart: true, Start: -4, FixedBaseline: true, Baseline: -6}
		d := dataset.Dyad{A: "RUS", B: "USA"}
		a, err := o.Score(lastingPanel(t, base, &LastingOptions{States: states}), d)
		if err != nil {
			t.Fatal(err)
		}
		b, err := o.Score(lastingPanel(t, more, &LastingOptions{States: states}), d)
		if err != nil {
			t.Fatal(err)
		}
		var g []float64
		for i := 2; i < 17; i++ { // March 2020 to May 2021
			if b.Points[i].Value > -1.5 || a.Points[i].Value > -1.5 {
				t.Fatalf("month %d: %v, %v above the ceiling", i, a.Points[i].Value, b.Points[i].Value)
			}
			g = append(g, b.Points[i].Value-a.Points[i].Value)
		}
		return g
	}
	g := gaps(nil)
	if !(g[0] < -0.5) {
		t.Fatalf("the March round moves the level by %v, want a fall", g[0])
	}
	for k := 1; k < len(g); k++ {
		if !near(g[k], 0.75*g[k-1], 1e-9) {
			t.Errorf("month %d after the round: gap %v, want 0.75 × %v", k, g[k], g[k-1])
		}
	}
	states := LastingStates()
	for i := range states {
		if states[i].Name == "sanctions" {
			states[i].Standing = DefaultLevelStanding
		}
	}
	if old := gaps(states); !(old[len(old)-1] < 10*g[len(g)-1]) {
		t.Errorf("with the round standing at %v the gap after 14 months is %v, want well below the acute-only %v", DefaultLevelStanding, old[len(old)-1], g[len(g)-1])
	}
}

// The share of a hostile move that stands under the states in force
// (inForce's stand): NaN with none in force (the level's own share),
// the state's share with one, the largest with several; a state whose
// Standing is 0 leaves the level's own (no entry), a negative one gives
// 0. Sanctions rounds in January and February 2022 (in force from
// February, two rounds in a year), fighting in March and April (a war
// from April, two months of three).
func TestLastingStandingShares(t *testing.T) {
	evs := []dataset.Event{
		event("USA", "RUS", "163", day(2022, 1, 5)), event("USA", "RUS", "163", day(2022, 2, 5)),
		event("USA", "RUS", "190", day(2022, 3, 5)), event("USA", "RUS", "190", day(2022, 4, 5)),
		event("USA", "RUS", "042", day(2022, 5, 5)),
	}
	d := dataset.Dyad{A: "RUS", B: "USA"}
	nan := math.NaN()
	for _, c := range []struct {
		name      string
		sanctions float64 // the sanctions state's Standing
		want      []float64
	}{
		{"default (sanctions −1)", -1, []float64{nan, 0, 0, 1, 1}},
		{"sanctions 0: the level's own", 0, []float64{nan, nan, nan, 1, 1}},
		{"sanctions 0.7", 0.7, []float64{nan, 0.7, 0.7, 1, 1}},
	} {
		states := LastingStates()
		for i := range states {
			if states[i].Name == "sanctions" {
				states[i].Standing = c.sanctions
			}
		}
		p := lastingPanel(t, evs, &LastingOptions{States: states})
		w, err := p.lastingWeights(d)
		if err != nil {
			t.Fatal(err)
		}
		_, stand, _ := p.Lasting().inForce(p.periods, d, w)
		for i, want := range c.want {
			if got := stand[i]; !(got == want || math.IsNaN(got) && math.IsNaN(want)) {
				t.Errorf("%s: %s stand %v, want %v", c.name, p.periods[i].Format("2006-01"), got, want)
			}
		}
	}
}
