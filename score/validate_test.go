package score_test

import (
	"fmt"
	"math"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/entente/entente/chronology"
	"github.com/entente/entente/dataset"
	"github.com/entente/entente/score"
	"github.com/entente/entente/votes"
)

// harnessPoints converts the embedded documented turning points.
func harnessPoints() []score.TurningPoint {
	return score.ChronologyTurningPoints(chronology.TurningPoints())
}

// chronologyPanel is the embedded chronology on a monthly undirected panel,
// read as the report commands read it: government to government
// (dataset.DefaultRoleFilter sets aside the rows about an opposition or
// separatists, such as the US recognition of Guaidó).
func chronologyPanel(t testing.TB) *score.Panel {
	t.Helper()
	events, _, err := chronology.ReadAsReport()
	if err != nil {
		t.Fatal(err)
	}
	return eventsPanel(t, events)
}

// voteCheck is the external check of issue 11 item 5 for one model: for
// each default dyad, Pearson's r between the yearly mean of the model's
// series (score.YearlyMeans) and the dyad's yearly UN General Assembly
// vote agreement (embedded votes, 2012–2019, the years both cover;
// score.CompareYearly), and how many dyads have r > 0. Warmth and voting
// alike differ, so this is a check of direction, not a target.
func voteCheck(t testing.TB, m score.Model, p *score.Panel, agree map[dataset.Dyad]map[int]float64) (positive, n int, mean float64) {
	t.Helper()
	for _, d := range chronology.CoreDyads() {
		s, err := m.Score(p, d.Undirected())
		if err != nil {
			t.Fatal(err)
		}
		years, means := score.YearlyMeans(s)
		other := make([]float64, len(years))
		for i, y := range years {
			other[i] = math.NaN()
			if v, ok := agree[d.Undirected()][y]; ok {
				other[i] = v
			}
		}
		c := score.CompareYearly(years, means, other)
		if math.IsNaN(c.Correlation) {
			continue
		}
		n++
		mean += c.Correlation
		if c.Correlation > 0 {
			positive++
		}
	}
	if n > 0 {
		mean /= float64(n)
	}
	return positive, n, mean
}

// voteAgreement is the default dyads' yearly vote agreement from the
// embedded votes (no bootstrap), by undirected dyad and year, from 2012
// (the chronology's first year) on.
func voteAgreement(t testing.TB) map[dataset.Dyad]map[int]float64 {
	t.Helper()
	vs, _, err := votes.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	var dyads []dataset.Dyad
	for _, d := range chronology.CoreDyads() {
		dyads = append(dyads, d.Undirected())
	}
	rows, err := score.VoteAlign(vs, dyads, &score.VoteAlignOptions{Measures: []string{score.VoteAgreement}, Replicates: -1})
	if err != nil {
		t.Fatal(err)
	}
	out := map[dataset.Dyad]map[int]float64{}
	for _, r := range rows {
		if r.Period < 2012 || math.IsNaN(r.Value) || r.N < 10 { // 2020 has one roll call (14 January): not a year of votes, as in the report
			continue
		}
		if out[r.Dyad] == nil {
			out[r.Dyad] = map[int]float64{}
		}
		out[r.Dyad][r.Period] = r.Value
	}
	return out
}

// eventsPanel lays events on a monthly undirected panel with the lasting
// states they open and close, as the report does.
func eventsPanel(t testing.TB, events []dataset.Event) *score.Panel {
	t.Helper()
	tab := dataset.NewTable(nil)
	for i := range events {
		tab.Add(&events[i])
	}
	p, err := score.NewPanel(tab.Rows(), &score.PanelOptions{Lasting: score.LastingLogFromEvents(events, dataset.WeightOne, nil)})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// hostileRolePanel is chronologyPanel with the rows the default role
// filter sets aside read the other way — as hostility toward the
// government — instead: a state's cooperative act toward another state's
// opposition or separatists (recognising Guaidó, receiving González,
// recognising the Donbas "republics") becomes an act toward that state
// with the mirrored Goldstein weight −g, coded 111 (a verbal conflict code
// that opens no lasting state); acts by the opposition stay set aside.
// TestHarnessReport prints the level on it as "level (roles hostile)", the
// measurement behind dataset.RoleFilter's choice.
func hostileRolePanel(t testing.TB) *score.Panel {
	t.Helper()
	all, err := chronology.Events()
	if err != nil {
		t.Fatal(err)
	}
	var events []dataset.Event
	for _, e := range all {
		rs, rt := dataset.ActorRole(e.Source), dataset.ActorRole(e.Target)
		if !rs.IsState() || !rt.IsState() {
			if !rs.IsState() || !(e.Goldstein > 0) {
				continue
			}
			g := e.Goldstein
			e.Target.Sector, e.Target.Code = "", e.Target.Country
			e.SetCode("111")
			e.Goldstein = -g
		}
		events = append(events, e)
	}
	return eventsPanel(t, events)
}

// fixedModel scores every dyad with the same series (a test double for
// Validate).
type fixedModel struct{ s *score.Series }

func (m fixedModel) Name() string { return "fixed" }
func (m fixedModel) Score(*score.Panel, dataset.Dyad) (*score.Series, error) {
	return m.s, nil
}

// Validate's change-point check on a hand-made series: flat at 0 for four
// months, a jump to 4 in May 2020, flat to December. The moves are eleven
// zeros and one 4, so their median absolute deviation is 0 and the
// threshold is 0.05 × range 4 = 0.2: SeriesShifts finds one change, May
// 2020, shift 4 − 0 = +4 (windows of 3). A warming point in May, June
// (one month off) or April has its change with the default ChangeWithin 1;
// July (two off), a cooling point in May, and June with ChangeWithin −1
// (the point's own period only) do not. Of the series' one change point,
// one sits at a point of its direction.
func TestValidateChangePoints(t *testing.T) {
	s := &score.Series{Granularity: dataset.Month}
	for i := 0; i < 13; i++ {
		p := score.NewPoint(time.Date(2020, time.Month(1+i), 1, 0, 0, 0, 0, time.UTC))
		p.Value = 0 // NewPoint's value is NaN
		if i >= 4 {
			p.Value = 4
		}
		s.Points = append(s.Points, p)
	}
	d := dataset.Dyad{A: "AAA", B: "BBB"}
	pt := func(month int, dir float64) score.TurningPoint {
		return score.TurningPoint{Dyad: d, Month: time.Date(2020, time.Month(month), 1, 0, 0, 0, 0, time.UTC), Direction: dir}
	}
	for _, c := range []struct {
		tp     score.TurningPoint
		within int
		want   bool
	}{
		{pt(5, 1), 0, true}, {pt(6, 1), 0, true}, {pt(4, 1), 0, true}, {pt(7, 1), 0, false},
		{pt(5, -1), 0, false}, {pt(6, 1), -1, false}, {pt(5, 1), -1, true}, {pt(7, 1), 2, true},
	} {
		got := (&score.ValidateOptions{ChangeWithin: c.within}).CheckPoint(s, c.tp)
		if got.Changed != c.want {
			t.Errorf("point %s direction %+v, ChangeWithin %d: changed %v, want %v", c.tp.Month.Format("2006-01"), c.tp.Direction, c.within, got.Changed, c.want)
		}
		if got.Changed && (got.Change.Date.Month() != time.May || got.Change.Shift() != 4) {
			t.Errorf("change %+v, want May 2020, shift +4", got.Change)
		}
	}
	v, err := score.Validate(fixedModel{s}, nil, []score.TurningPoint{pt(5, 1), pt(7, 1), pt(9, -1)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if v.Changed != 1 || v.TuningChanged+v.HeldApartChanged != 1 || v.ChangePoints != 1 || v.AtPoints != 1 {
		t.Errorf("changed %d (%d + %d), change points %d, at points %d; want 1 (1 in all), 1, 1",
			v.Changed, v.TuningChanged, v.HeldApartChanged, v.ChangePoints, v.AtPoints)
	}
	// No point of the change's direction within a month: it is not at one.
	if v, _ := score.Validate(fixedModel{s}, nil, []score.TurningPoint{pt(9, 1), pt(5, -1)}, nil); v.ChangePoints != 1 || v.AtPoints != 0 || v.Changed != 0 {
		t.Errorf("change points %d, at points %d, changed %d; want 1, 0, 0", v.ChangePoints, v.AtPoints, v.Changed)
	}
}

// TestHarnessReport scores every registered model on the documented
// turning points and on the external UN-vote check (voteCheck: default
// dyads with r > 0 between the yearly index and yearly vote agreement,
// and the mean r) and prints the table (go test -run HarnessReport -v);
// HARNESS_DETAIL=model lists that model's tuning points and
// HARNESS_READINGS=model its tuning half of the blind history readings
// (HARNESS_ALL=1 adds the held-apart figures and, with HARNESS_READINGS,
// the held-apart readings).
//
// It asserts nothing (the floors are TestHarnessFloor's) and runs only
// with -v, where its table is seen.
func TestHarnessReport(t *testing.T) {
	if !testing.Verbose() {
		t.Skip("prints the harness table: run with -v")
	}
	p := chronologyPanel(t)
	tps := harnessPoints()
	agree := voteAgreement(t)
	var b strings.Builder
	if os.Getenv("HARNESS_ALL") == "" {
		fmt.Fprintf(&b, "%-24s %8s %10s %8s   %-24s %-6s %s\n", "model", "tuning", "held-apart", "total", "UN votes: r > 0, mean r", "cp", "readings (tuning half)")
	} else {
		fmt.Fprintf(&b, "%-24s %8s %10s %8s   %-24s %-22s %s\n", "model", "tuning", "held-apart", "total", "UN votes: r > 0, mean r", "change pts (see doc)", "blind readings: grades, orders; tuning half, held-apart half")
	}
	for _, name := range score.ModelNames() {
		m, err := score.ModelByName(name)
		if err != nil {
			t.Fatal(err)
		}
		v, err := score.Validate(m, p, tps, nil)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		pos, n, r := voteCheck(t, m, p, agree)
		votes := fmt.Sprintf("%d/%d %+.2f", pos, n, r)
		rd, err := score.CheckReadings(m, p, chronology.Readings(), nil)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		tn, th := rd.Half(false)
		if os.Getenv("HARNESS_ALL") == "" { // choose and tune on the tuning halves only
			fmt.Fprintf(&b, "%-24s %3d/%-4d %20s %-24s %-6s %d/%d\n", name, v.TuningHeld, v.TuningTotal, "", votes, fmt.Sprintf("%d/%d", v.TuningChanged, v.TuningTotal), th, tn)
		} else {
			hn, hh := rd.Half(true)
			cps := fmt.Sprintf("%d/%d, %d/%d; %d/%d", v.TuningChanged, v.TuningTotal, v.HeldApartChanged, v.HeldApartTotal, v.AtPoints, v.ChangePoints)
			fmt.Fprintf(&b, "%-24s %3d/%-4d %5d/%-4d %3d/%-4d   %-24s %-22s %2d/%-2d  %2d/%-2d  %2d/%-2d %2d/%-2d\n", name, v.TuningHeld, v.TuningTotal, v.HeldApartHeld, v.HeldApartTotal, v.Held, v.Total, votes,
				cps, rd.GradesHeld, rd.Grades, rd.OrdersHeld, rd.Orders, th, tn, hh, hn)
		}
		if os.Getenv("HARNESS_READINGS") == name { // the tuning half; both halves with HARNESS_ALL
			for _, c := range rd.Checks {
				if !c.Reading.HeldApart() || os.Getenv("HARNESS_ALL") != "" {
					fmt.Fprintf(&b, "   half=%-5v %s\n", c.Reading.HeldApart(), c)
				}
			}
		}
		if os.Getenv("HARNESS_DETAIL") == name {
			for _, c := range v.Checks {
				if c.Point.HeldApart() { // tune on the tuning half only
					continue
				}
				change := "no change point"
				if c.Changed {
					change = "change " + c.Change.Date.Format("2006-01")
				}
				fmt.Fprintf(&b, "   %-5v half=%-5v %+6.2f→%+6.2f (range %5.2f) %-16s %s\n", c.Held, c.Point.HeldApart(), c.Before, c.After, c.Range, change, c.Point.Label)
			}
		}
	}
	// The alternative reading of roles (hostileRolePanel), on the level.
	v, err := score.Validate(&score.LevelOptions{}, hostileRolePanel(t), tps, nil)
	if err != nil {
		t.Fatal(err)
	}
	if os.Getenv("HARNESS_ALL") == "" {
		fmt.Fprintf(&b, "%-24s %3d/%-4d\n", "level (roles hostile)", v.TuningHeld, v.TuningTotal)
	} else {
		fmt.Fprintf(&b, "%-24s %3d/%-4d %5d/%-4d %3d/%-4d\n", "level (roles hostile)", v.TuningHeld, v.TuningTotal, v.HeldApartHeld, v.HeldApartTotal, v.Held, v.Total)
	}
	t.Log("\n" + b.String())
}

// TestHarnessFloor keeps the figures of the documented turning points from
// regressing. Since 8 December 2026 (hostile acts under a regime of
// sanctions or reduced relations do not stand, LastingState.Standing −1, none;
// LevelOptions, "Acts under a regime"), on chronology v7: level 96 of 132
// (tuning 51/70, held-apart 45/62), kalman 97 (48/70, 49/62); the
// figures below are the history before it. Measured on the chronology v6 (v7 recoded China–India's
// clashes without fire and changed none of these figures) read with the default role
// filter and its lasting states (go test -run HarnessReport -v with
// HARNESS_ALL=1): level 90 of 132 (tuning 46/70, held-apart 44/62),
// kalman 97 of 132 (48/70, 49/62), after v6's kind-6 re-audit of the
// default dyads (133 rows of force: joint exercises, shows of force,
// clashes; chronology/README.md), which was blind to the models and the
// points. On the tuning half the level lost four points to the data:
// China–Russia's Vostok-2018 and "no limits" points (the exercises and
// patrols hold the pair near +6.5, so a summit moves it less than 5 % of
// its range), Russia–Ukraine's loan of December 2013 (the seizure of
// Crimea's airports of 28 February 2014 now falls in the point's
// three-month window) and China–India's Mamallapuram summit (the Pangong
// Tso face-off of 11 September 2019 lowers the window before it). The
// model was revisited on the tuning half only (LevelOptions, "The v6
// kind-6 data"); nothing tried moved it, and nothing was kept. Before the
// kind-6 rows: level 97 of 132 (tuning 50/70, held-apart 47/62),
// kalman 98 of 132 (50/70, 48/62). v6 applied the selection rule to
// the six contrast dyads (every year alike, blind to the models): their
// points whose dyad had no event before them (the Senkaku purchase of
// 2012, the restoration of 2014) can now be read. On v5: level 94
// (48/70, 46/62), kalman 90 (44/70, 46/62). On v4 the same model held at 97
// (50/70, 47/62) and 90: v5's audit of the selection rule added 96 rows
// of sanction rounds, expulsions and detentions that v4 had missed
// (Russia–United States 2022–2024 above all), and with them the Helsinki
// summit of July 2018 and the Ankara exchange of August 2024 no longer
// lift Russia–United States over the rounds around them. The data were
// filled by the rule, not to the points, and nothing was re-tuned to
// them. Earlier: before the level's acute part (LevelOptions.Standing,
// AcuteDecay) it held at 96 on v4 (49/70, 47/62); every split tried on
// the tuning half (Standing 0.2 to 0.5, AcuteDecay 0.15 to 0.4) held at
// 50 to 52 of 70, and the face-validity readings of chronology chose the
// middle. The floors, 93 and 94, are three points under 96 and 97 (they
// were 94 and 95 before the kind-6 rows, 87 and 94 after them). Lower
// them only with the reason in the commit.
func TestHarnessFloor(t *testing.T) {
	p := chronologyPanel(t)
	tps := harnessPoints()
	level, err := score.Validate(&score.LevelOptions{}, p, tps, nil)
	if err != nil {
		t.Fatal(err)
	}
	kalman, err := score.Validate(&score.KalmanOptions{}, p, tps, nil)
	if err != nil {
		t.Fatal(err)
	}
	if level.Held < 93 || kalman.Held < 94 {
		t.Errorf("level %d/%d, kalman %d/%d: below the floors 93 and 94", level.Held, level.Total, kalman.Held, kalman.Total)
	}
	// Change points in the right months (issue 11, "with change points in
	// the right months"): the level's change points (SeriesShifts'
	// defaults, as the report finds them) put a change of the point's
	// direction within a month of 54 of the 132 points (tuning 27/70,
	// held-apart 27/62), and 54 of its 99 change points on the points'
	// dyads sit at a point (HarnessReport with HARNESS_ALL=1, measured on
	// chronology v6; ShiftOptions.MinZ 0.5, see DefaultShiftMinZ). On v5:
	// 56 points (28/70, 28/62), 56 of 76 change points. v6's refilled
	// contrast dyads hold changes the list does not name (it has 5 to 10
	// points on each: Russia–Turkey's 200 rows of meetings and calls,
	// Iran–United States' sanction rounds), so the share at a point fell
	// from 73.7 % to 55 % with the data, not with the rule. After v6's
	// kind-6 re-audit: 45 points (tuning 21/70, held-apart 24/62), 45 of
	// 97 change points at a point (46 %): the new clashes and shows of
	// force are changes of their own (China–India's face-offs of 2017 and
	// 2019, Russia–Ukraine's fighting of 2014), and Russia–Ukraine's
	// invasion of February 2022 was no longer among its eight largest.
	// With ShiftOptions.Max 10 (within the range the tuning half allows,
	// see there): 51
	// points (tuning 25/70, held-apart 26/62), 51 of 113 change points at
	// a point (45 %). The floors: 48 points, three under; and at least
	// 42 % of the change points at a point (they were 51 and 50 % before
	// the kind-6 rows).
	if level.Changed < 48 || 100*level.AtPoints < 42*level.ChangePoints {
		t.Errorf("level change points at %d of %d points (floor 48); %d of %d change points at a point (floor 42 %%)",
			level.Changed, level.Total, level.AtPoints, level.ChangePoints)
	}
	// The external check (issue 11 item 5): the level's yearly means
	// correlate positively with the yearly UN vote agreement for 7 of the
	// 8 default dyads, mean r +0.35 (HarnessReport, measured on v6 after
	// the kind-6 re-audit; 6 of 8, +0.34 before); the floor
	// is 5. Agreement is not the goal, but a headline that runs against
	// the votes for most dyads needs explaining.
	if pos, n, r := voteCheck(t, &score.LevelOptions{}, p, voteAgreement(t)); pos < 5 {
		t.Errorf("UN votes: the level correlates positively for %d of %d default dyads (mean r %.2f), below the floor 5", pos, n, r)
	}
	// The headline (issue 11: "the default main index is the model that
	// wins"). On the documented turning points alone kalman would be the
	// headline: after chronology v6's kind-6 re-audit it holds 48 tuning
	// points (held-apart 49), the level 46 (44) and kalman-mean 47 (42) —
	// HarnessReport with HARNESS_ALL=1. The rule, stated on 8 December 2026
	// before the figures it uses existed: a model takes the headline from
	// the level when it holds more tuning points AND at least as many of
	// the history readings written blind to every model
	// (chronology.Readings: grade spans and order claims, by an engineer
	// who saw neither the models nor the data; score.CheckReadings) as the
	// level. The readings are held apart: nothing is tuned on them. On
	// them (HarnessReport with HARNESS_ALL=1; HARNESS_READINGS=model lists
	// them): the level held 36 of 49 grade spans and 26 of 26 order
	// claims (62), kalman 26 and 26 (52), kalman-mean 24 and 26 (50).
	// Since hostile acts under a regime do not stand (chosen on the
	// readings' tuning half and the turning points' tuning half, the
	// readings having been split in halves first) the level holds 42 and
	// 26 (68; tuning half 32 of 33, held-apart half 36 of 42), and on the
	// turning points it leads kalman on the tuning half (51 to 48) and
	// trails it on the held-apart half (45 to 49). The level's floor is
	// 65 (three under 68); a rival with more tuning points must hold
	// fewer readings than the level. The earlier rule
	// read the face-validity spans (historyReadings), which were written
	// while the level was built and are not held apart.
	lr, err := score.CheckReadings(&score.LevelOptions{}, p, chronology.Readings(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if lr.Held() < 65 {
		t.Errorf("the level holds %d of %d blind history readings (grade spans %d/%d, orders %d/%d), below the floor 65",
			lr.Held(), lr.Scored(), lr.GradesHeld, lr.Grades, lr.OrdersHeld, lr.Orders)
	}
	for _, name := range score.ModelNames() {
		m, _ := score.ModelByName(name)
		v, err := score.Validate(m, p, tps, nil)
		if err != nil {
			t.Fatal(err)
		}
		if v.TuningHeld <= level.TuningHeld {
			continue
		}
		r, err := score.CheckReadings(m, p, chronology.Readings(), nil)
		if err != nil {
			t.Fatal(err)
		}
		// A rival is read on the same readings as the level: a model
		// without grades (no natural bounds ±h) reads the order claims
		// only and cannot be held to the rule — decide the headline by
		// hand — nor can one that leaves other readings unscored.
		if r.Grades == 0 || r.Scored() != lr.Scored() {
			t.Errorf("%s holds %d tuning points (the level %d) and scores %d of the blind readings (%d grade spans), the level %d: it cannot be read on the same readings — decide the headline",
				name, v.TuningHeld, level.TuningHeld, r.Scored(), r.Grades, lr.Scored())
			continue
		}
		if r.Held() >= lr.Held() {
			t.Errorf("%s holds %d tuning points (the level %d) and %d blind readings (the level %d): the headline is no longer the level's",
				name, v.TuningHeld, level.TuningHeld, r.Held(), lr.Held())
		}
		t.Logf("%s holds %d tuning points (the level %d) and %d of %d blind readings (the level %d of %d)", name, v.TuningHeld, level.TuningHeld, r.Held(), r.Scored(), lr.Held(), lr.Scored())
		if name != "kalman" {
			continue
		}
		// The report's methods (report's rivalText) name two of kalman's
		// misreadings of the blind readings; keep them true, month by month.
		series := map[dataset.Dyad]*score.Series{}
		grade := func(d dataset.Dyad, from, to string, atLeast int) (n, of int) {
			if series[d] == nil {
				if series[d], err = m.Score(p, d); err != nil {
					t.Fatal(err)
				}
			}
			for _, pt := range series[d].Points {
				if mm := pt.Start.Format("2006-01"); mm >= from && mm <= to {
					of++
					if score.GradeIndex(0.9*pt.Value) >= atLeast {
						n++
					}
				}
			}
			return n, of
		}
		if n, of := grade(dataset.Dyad{A: "RUS", B: "UKR"}, "2020-01", "2020-12", ordinary); n != of || of != 12 {
			t.Errorf("kalman reads Russia–Ukraine ordinary or better in %d of %d months of 2020; the report's methods say every month", n, of)
		}
		if n, _ := grade(dataset.Dyad{A: "USA", B: "VEN"}, "2022-01", "2023-12", ordinary); n < 12 {
			t.Errorf("kalman reads United States–Venezuela ordinary or better in %d months of 2022–2023; the report's methods say it does in most", n)
		}
	}
	// Every default dyad's headline moves the right way at half its points
	// or more, and at the well-known crises of 2014, 2020 and 2022.
	perDyad := map[dataset.Dyad][2]int{}
	crises := map[string]bool{"RUS-UKR 2014-03": false, "RUS-USA 2014-03": false, "CHN-IND 2020-06": false,
		"RUS-UKR 2022-02": false, "RUS-USA 2022-02": false}
	for _, c := range level.Checks {
		n := perDyad[c.Point.Dyad]
		n[1]++
		if c.Held {
			n[0]++
		}
		perDyad[c.Point.Dyad] = n
		key := c.Point.Dyad.String() + " " + c.Point.Month.Format("2006-01")
		if _, ok := crises[key]; ok {
			crises[key] = c.Held
		}
	}
	for _, d := range chronology.CoreDyads() {
		if n := perDyad[d.Undirected()]; 2*n[0] < n[1] {
			t.Errorf("%s: the level holds at %d of %d points", d, n[0], n[1])
		}
	}
	for k, held := range crises {
		if !held {
			t.Errorf("%s: the level does not move the right way", k)
		}
	}
}

// No default dyad's headline (the level) or filtered index (kalman) is
// constant over 2012–2025, and every value after the first event has a
// band (issue 11). The smoothed reading of a sparse dyad may be nearly
// flat (China–Venezuela: 29 rows, all cooperative), so it is held to the
// bands only.
func TestDefaultDyadsNotConstant(t *testing.T) {
	p := chronologyPanel(t)
	for _, name := range []string{"kalman", "kalman-smoothed", "level"} {
		m, _ := score.ModelByName(name)
		for _, d := range chronology.CoreDyads() {
			s, err := m.Score(p, d.Undirected())
			if err != nil {
				t.Fatal(err)
			}
			lo, hi := math.Inf(1), math.Inf(-1)
			for _, pt := range s.Points {
				if pt.Start.Year() < 2012 || pt.Start.Year() > 2025 || math.IsNaN(pt.Value) {
					continue
				}
				lo, hi = math.Min(lo, pt.Value), math.Max(hi, pt.Value)
				if !pt.HasBand() || !(pt.Lower <= pt.Value && pt.Value <= pt.Upper) {
					t.Errorf("%s %s %s: value %v band [%v, %v]", name, d, pt.Start.Format("2006-01"), pt.Value, pt.Lower, pt.Upper)
					break
				}
			}
			if name != "kalman-smoothed" && !(hi-lo >= 1) {
				t.Errorf("%s %s: range %v..%v over 2012–2025, want at least one point", name, d, lo, hi)
			}
		}
	}
}

// BenchmarkHarness scores every registered model on the documented turning
// points and reports its record as metrics (go test -run XXX -bench
// Harness -benchtime 1x ./score): tuning-held of 70, heldapart-held of
// 62, held of all 132.
func BenchmarkHarness(b *testing.B) {
	p := chronologyPanel(b)
	tps := harnessPoints()
	for _, name := range score.ModelNames() {
		m, _ := score.ModelByName(name)
		b.Run(name, func(b *testing.B) {
			var v *score.Validation
			for i := 0; i < b.N; i++ {
				var err error
				if v, err = score.Validate(m, p, tps, nil); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(v.TuningHeld), "tuning-held")
			b.ReportMetric(float64(v.HeldApartHeld), "heldapart-held")
			b.ReportMetric(float64(v.Held), "held")
		})
	}
}
