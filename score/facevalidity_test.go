package score_test

import (
	"fmt"
	"math"
	"testing"
	"time"

	"github.com/entente/entente/chronology"
	"github.com/entente/entente/dataset"
	"github.com/entente/entente/score"
)

// The face validity of score's relationship level on the embedded
// chronology: the broad grades an analyst would accept for the core
// dyads, each with its reason. The level is scored as `report score
// -model level` and `report` do: monthly, undirected, weight one, default
// options, government to government (the default -roles: the nine rows
// about an opposition or separatists, such as the US recognition of
// Guaidó, are set aside). The test asserts grades, never single numbers;
// when it fails after a change of data or model, read the series
// (ExampleLevelOptions_chronology in package score prints some) before
// moving a bound.

// levelSeries scores dyad d of the chronology with opts.
func levelSeries(t *testing.T, d dataset.Dyad, opts *score.LevelOptions) *score.Series {
	t.Helper()
	evs, _, err := chronology.ReadAsReport()
	if err != nil {
		t.Fatal(err)
	}
	p, err := score.PanelFromEvents(evs, nil)
	if err != nil {
		t.Fatal(err)
	}
	s, err := opts.Score(p, d)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// gradeSpan is an expectation over the months from..to (inclusive,
// "2006-01"): every month's grade index (0 confrontation … 5 friendly)
// in [lo, hi], or — with share > 0 — at least that share of the months
// in [lo, hi] and every month within [lo, max].
type gradeSpan struct {
	dyad     dataset.Dyad
	from, to string
	lo, hi   int
	share    float64
	max      int
	why      string
}

func (g gradeSpan) check(t *testing.T, s *score.Series) {
	t.Helper()
	for _, m := range g.misses(s, 1) {
		t.Error(m)
	}
}

// misses lists how series s fails the span, its values read times scale
// on the level's grades (1 for the level; 0.9 for the models on the
// Goldstein scale, ±10, the mapping the level's start uses, see
// LevelOptions): nil when it holds.
func (g gradeSpan) misses(s *score.Series, scale float64) []string {
	var out []string
	in, n := 0, 0
	for _, pt := range s.Points {
		m := pt.Start.Format("2006-01")
		if m < g.from || m > g.to {
			continue
		}
		n++
		v := pt.Value * scale
		gi := score.GradeIndex(v)
		if gi >= g.lo && gi <= g.hi {
			in++
			continue
		}
		if g.share == 0 || gi > g.max || gi < 0 {
			out = append(out, fmt.Sprintf("%s %s: %s %.2f (%s), want %s (%s)", g.dyad, m, s.Model, v, score.Grade(v), g.want(), g.why))
		}
	}
	if n == 0 {
		out = append(out, fmt.Sprintf("%s: no months in %s..%s", g.dyad, g.from, g.to))
	}
	if g.share > 0 && float64(in) < g.share*float64(n) {
		out = append(out, fmt.Sprintf("%s %s..%s: %d of %d months %s, want at least %.0f %% (%s)", g.dyad, g.from, g.to, in, n, g.want(), 100*g.share, g.why))
	}
	return out
}

func (g gradeSpan) want() string {
	gr := score.Grades()
	if g.lo == g.hi {
		return gr[g.lo].Name
	}
	return fmt.Sprintf("%s to %s", gr[g.lo].Name, gr[g.hi].Name)
}

// Grade indexes (score.Grades).
const (
	confrontation = iota
	tense
	discordant
	ordinary
	good
	friendly
)

// historyReadings are the grades an analyst would accept for the core
// dyads over spans of their history, each with its reason: where the
// relationship stood, which the summary's headline number says. They test
// the level (TestLevelFaceValidity) and, read on the level's grades, every
// model that would take the headline from it (TestHarnessFloor).
func historyReadings() []gradeSpan {
	rusUkr := dataset.Dyad{A: "RUS", B: "UKR"}
	usaVen := dataset.Dyad{A: "USA", B: "VEN"}
	chnUsa := dataset.Dyad{A: "CHN", B: "USA"}
	chnRus := dataset.Dyad{A: "CHN", B: "RUS"}
	chnVen := dataset.Dyad{A: "CHN", B: "VEN"}
	return []gradeSpan{
		{rusUkr, "2022-03", "2025-12", confrontation, tense, 0, 0,
			"Russia's full-scale invasion of 24 February 2022 and the war since: mass strikes on cities and the grid every year; the 2022 and 2025 talks and the prisoner exchanges took place during the war and do not lift it above tense"},
		// Lasting states (score.LastingState): the annexation of Crimea
		// (occupation, from March 2014) and the sanctions rounds that
		// followed keep the level at most discordant until the invasion;
		// Minsk II (February 2015), the Paris summit (December 2019) and
		// the July 2020 ceasefire show as short thaws within it. Without
		// them the level read good in 2015 and about 0 in 2019-2021.
		{rusUkr, "2014-03", "2022-01", confrontation, tense, 0.8, discordant,
			"Crimea annexed in March 2014 and the Donbas war: an occupation in force, sanctions both ways from 2014-2015, the Kerch Strait seizure of 2018; the Minsk agreements and the 2019 summit did not end either"},
		// Sanctions rounds in force since 2014 (and diplomatic missions
		// cut since 2016): the 2025 calls, talks and the Alaska summit lift
		// the level from confrontation, but not, for more than a month,
		// into ordinary.
		{dataset.Dyad{A: "RUS", B: "USA"}, "2014-04", "2025-12", confrontation, discordant, 0.9, ordinary,
			"sanctions over Crimea from March 2014, widened every year and massively from February 2022, missions cut in 2016-2018 and 2021; the 2025 contacts lifted no sanctions"},
		{rusUkr, "2022-02", "2022-02", confrontation, discordant, 0, 0,
			"the month of the invasion, from a tense pre-war level (Crimea, the Donbas war, the Kerch Strait seizure)"},
		{chnRus, "2019-01", "2025-12", good, friendly, 0, 0,
			"comprehensive strategic partnership of coordination for a new era (June 2019), the 'no limits' statement (February 2022), annual summits and joint exercises, no public conflict"},
		// USA-VEN was one span, 2019-2024, with at least 80 % of the
		// months tense or worse and none ordinary. It is split by the
		// history: the Barbados electoral agreement of 17 October 2023
		// brought a six-month licence for Venezuelan oil and gas (and
		// gold) and the December 2023 swap freed ten Americans and Alex
		// Saab, a real thaw until the gold licence was revoked (29
		// January 2024) and the oil and gas relief lapsed (17 April
		// 2024). The bound is stricter than before outside that window
		// (every month tense or worse) and allows discordant, never
		// ordinary, inside it.
		// This span and China–United States' below were relaxed on 8
		// December 2026, when hostile acts under a regime of sanctions or
		// reduced relations stopped standing (LastingState.Standing −1, none):
		// the readings written blind to the models (chronology.Readings,
		// their tuning half) put United States–Venezuela 2021–2024 at
		// tense to discordant and China–United States 2024–2025 at tense
		// to ordinary, where these spans, written while the level was
		// built, had forbidden discordant and ordinary. One thaw month
		// in twenty may now read one grade warmer, never more.
		{usaVen, "2019-01", "2023-09", confrontation, tense, 0.95, discordant,
			"relations broken in January 2019, PDVSA and government sanctions, the Maduro indictment; the 2022 contacts and releases and the Chevron licence (November 2022) eased no sanctions programme and reopened no embassy"},
		{usaVen, "2023-10", "2024-03", confrontation, discordant, 0, 0,
			"the Barbados agreement and the six-month oil and gas licence (18 October 2023), the December 2023 prisoner swap: a thaw, but without relations, with the indictment and most sanctions in force, so never ordinary"},
		{usaVen, "2024-04", "2024-12", confrontation, tense, 0, 0,
			"the oil and gas relief lapsed (17 April 2024), then the disputed July 2024 election, the seized presidential aircraft and new sanctions"},
		{chnUsa, "2019-01", "2025-12", confrontation, discordant, 0.95, ordinary,
			"tariff war from 2018, technology controls, sanctions over Xinjiang and Hong Kong, consulate closures, the 2023 balloon and the 2025 tariff escalation; the 2023 summitry stabilised but did not restore ordinary relations, and the 2025 truce (Geneva, May; extended in August and after Busan) cut the added tariffs for 90 days at a time while tariffs of about 30 % and the export controls stayed in force"},
		{chnVen, "2023-09", "2023-12", good, friendly, 0, 0,
			"the all-weather strategic partnership of 13 September 2023 during Maduro's state visit"},
	}
}

func TestLevelFaceValidity(t *testing.T) {
	spans := historyReadings()
	series := map[dataset.Dyad]*score.Series{}
	for _, g := range spans {
		if series[g.dyad] == nil {
			series[g.dyad] = levelSeries(t, g.dyad, nil)
		}
		g.check(t, series[g.dyad])
	}
}

// TestLevelDocumentedReadings checks the readings of the chronology that
// score.LevelOptions' and score.Sticky's documentation quote as evidence
// for the model's choices, so that the documentation stays true when the
// data change.
func TestLevelDocumentedReadings(t *testing.T) {
	usaVen := dataset.Dyad{A: "USA", B: "VEN"}
	months := func(s *score.Series, from, to string, grade int) int {
		n := 0
		for _, pt := range s.Points {
			if m := pt.Start.Format("2006-01"); m >= from && m <= to && score.GradeIndex(pt.Value) == grade {
				n++
			}
		}
		return n
	}
	// The readings that chose the saturation were taken without the
	// decay toward the dyad's own evidence (LevelOptions.Decay, added
	// later) and without lasting states (LevelOptions.NoLasting, added
	// later still), which would blur the comparison.
	// The 2022-2023 thaw: discordant for one month under Sticky (four on
	// v3), for 21 under Proportional (22 on v4, before v5 added the US
	// sanctions on Maduro's officials of 2019 and 2024).
	if n := months(levelSeries(t, usaVen, &score.LevelOptions{Decay: -1, NoLasting: true}), "2022-01", "2024-12", discordant); n != 1 {
		t.Errorf("USA-VEN discordant months 2022-2024 (Sticky): %d, documented 1", n)
	}
	if n := months(levelSeries(t, usaVen, &score.LevelOptions{Saturation: score.Proportional{}, Decay: -1, NoLasting: true}), "2022-01", "2024-12", discordant); n != 21 {
		t.Errorf("USA-VEN discordant months 2022-2024 (Proportional): %d, documented 21", n)
	}
	// Logistic keeps China-India friendly through the Galwan clash and
	// the app bans of June 2020 (all of 2020 until chronology v6's kind-6
	// re-audit; since, the clashes it added - Pangong Tso and Naku La in
	// May, the south bank of Pangong Tso on 29-30 August, the first shots
	// of 7 September - take it to good in September: friendly January to
	// August, 8 months, measured), pins
	// Russia-Ukraine at -9 and ends China-United States there too (-9.0;
	// pinned on v3, -8.8 on v4 after the 2025 trade talks and truce, pinned
	// again on v5, which added China's sanctions on US firms of 2024-2025).
	logistic := &score.LevelOptions{Saturation: score.Logistic{}, Decay: -1, NoLasting: true}
	if n := months(levelSeries(t, dataset.Dyad{A: "CHN", B: "IND"}, logistic), "2020-01", "2020-12", friendly); n != 8 {
		t.Errorf("CHN-IND friendly months in 2020 (Logistic): %d, documented 8", n)
	}
	if s := levelSeries(t, dataset.Dyad{A: "RUS", B: "UKR"}, logistic); s.Points[len(s.Points)-1].Value > -8.95 {
		t.Errorf("RUS-UKR ends at %.2f under Logistic, documented as pinned at -9", s.Points[len(s.Points)-1].Value)
	}
	if s := levelSeries(t, dataset.Dyad{A: "CHN", B: "USA"}, logistic); s.Points[len(s.Points)-1].Value > -8.95 {
		t.Errorf("CHN-USA ends at %.2f under Logistic, documented as pinned at -9", s.Points[len(s.Points)-1].Value)
	}
	// A neutral start starts USA-VEN in January 2012 at -0.8, the
	// estimated start at -1.9, and reads it milder through 2013. (Until
	// the level decayed toward the dyad's own record the neutral start
	// read 2013 as discordant to ordinary throughout; since, the early
	// rows' record - Venezuela expelled two US attachés on 5 March 2013,
	// and in April-May 2013 Washington withheld recognition of Maduro's
	// election - pulls April-May 2013 to -3.0/-3.1, tense by a hair,
	// which history allows: there had been no ambassadors since 2010.)
	neutral := levelSeries(t, usaVen, &score.LevelOptions{FixedStart: true})
	estimated := levelSeries(t, usaVen, nil)
	if n, e := neutral.Points[0].Value, estimated.Points[0].Value; n < -1.0 || n > -0.6 || e < -2.1 || e > -1.7 {
		t.Errorf("USA-VEN January 2012: %.2f with a neutral start, %.2f estimated; documented -0.8 and -1.9", n, e)
	}
	for i, pt := range neutral.Points {
		if y := pt.Start.Year(); (y == 2012 || y == 2013) && !(pt.Value > estimated.Points[i].Value) {
			t.Errorf("USA-VEN %s: neutral start %.2f not above the estimated start's %.2f", pt.Start.Format("2006-01"), pt.Value, estimated.Points[i].Value)
		}
		if pt.Start.Year() == 2013 && score.GradeIndex(pt.Value) < tense {
			t.Errorf("neutral start: USA-VEN %s is %s, documented tense at worst", pt.Start.Format("2006-01"), score.Grade(pt.Value))
		}
	}
	// AutoCenter puts c at about -1.1 (v5 read with the default role
	// filter, whose audit added sanction rounds, entry bans and detentions;
	// -0.48 on v4; -1.3 on v3, whose conflictual rows weighed more among
	// fewer visits and calls) and lifts every relationship: Russia-United States
	// ends 2025 at about +2.3 instead of +0.8 (after the 2025 calls, envoy
	// visits and the Alaska summit, and the October sanctions on Rosneft
	// and Lukoil; discordant on v3). Before the level remembered conflict
	// longer (LevelOptions.HostileMemory) the two read +2.75 and +1.47:
	// the symmetric decay had let the confrontation of 2022-2024 fade in
	// a few months of calls. Those readings were taken without lasting
	// states; with the sanctions in force (score.LastingState) the two
	// ended 2025 at about -1.2 and -1.6, discordant. Since only part of
	// each move stands (score.LevelOptions.Standing; the acute rest
	// fades at 25 % a month) the 2025 contacts lift the level less for
	// long: about +0.6 and -0.7 without lasting states, -1.9 and -2.1
	// with them (discordant), the order unchanged. Since a thaw above a
	// lasting state's ceiling is pulled back out of its acute part first
	// (it had lowered the standing part: the more contacts in 2025, the
	// lower the end of the year), the 2025 contacts no longer drag the
	// sanctioned relationship below its ceiling (-1.5): about -1.0 and
	// -1.4, still discordant, the order unchanged. On v5, whose audit
	// added the sanction rounds, entry bans and detentions of 2022-2024
	// that v4 had missed (47 rows), the default level ends 2025 at about
	// -3.0 with or without lasting states (tense: below the sanctions
	// ceiling, so the states do not bind) and AutoCenter at about -0.35
	// without them and -0.95 with them (discordant); the order is
	// unchanged. AutoCenter's c is the mean event value of the whole
	// panel, every dyad's: on v6, whose refill of the contrast dyads
	// added the Iran-United States and North Korea-United States
	// sanction rounds, it is -1.264 (v5 -1.1), and with it Russia-United
	// States ends 2025 at 0.00 without lasting states and -0.73 with
	// them (discordant); the default level, which has no panel-wide
	// centre, is unchanged at -3.02. v6's kind-6 re-audit added 133 rows
	// of force, 65 of them shows of force (150, g = -7.2) and 16 clashes
	// (190, -10), against 46 joint exercises (062, +7.4): c falls to
	// -1.530 and Russia-United States, which gained 24 rows of intercepts
	// and encounters, ends 2025 at +0.24 with AutoCenter and -3.30 by
	// default without lasting states, -0.50 (discordant) and -3.30 (tense)
	// with them (measured); the order is unchanged. Since hostile acts
	// under a regime of sanctions stand not at all (LastingState.Standing
	// 0, 8 December 2026), with the lasting states it ends 2025 at -0.17
	// with AutoCenter and -1.26 by default, both discordant (measured on
	// chronology v7).
	rusUsa := dataset.Dyad{A: "RUS", B: "USA"}
	auto := levelSeries(t, rusUsa, &score.LevelOptions{AutoCenter: true, NoLasting: true})
	if c, _ := auto.Param("center"); c > -1.43 || c < -1.63 {
		t.Errorf("AutoCenter c = %.3f, documented -1.53", c)
	}
	def := levelSeries(t, rusUsa, &score.LevelOptions{NoLasting: true})
	if a, d := auto.Points[len(auto.Points)-1].Value, def.Points[len(def.Points)-1].Value; a < -0.25 || a > 0.75 || d < -3.8 || d > -2.8 || !(a > d) {
		t.Errorf("RUS-USA end of 2025 without lasting states: %.2f with AutoCenter, %.2f by default; documented about +0.24 and -3.30", a, d)
	}
	autoL := levelSeries(t, rusUsa, &score.LevelOptions{AutoCenter: true})
	defL := levelSeries(t, rusUsa, nil)
	if a, d := autoL.Points[len(autoL.Points)-1].Value, defL.Points[len(defL.Points)-1].Value; a < -0.7 || a > -0.01 || d < -1.8 || d > -0.8 || !(a > d) || score.Grade(a) != "discordant" || score.Grade(d) != "discordant" {
		t.Errorf("RUS-USA end of 2025: %.2f with AutoCenter, %.2f by default; documented about -0.17 and -1.26 (both discordant)", a, d)
	}
}

// TestLevelCrisisReadings checks that the crises the level exists to show
// move it the right way, in the right month (issue 11: "the level without
// saturation"), on the chronology read as the report reads it. Each
// expectation is the direction and month of the history, with its source;
// the change points are the report's (score.SeriesShifts with its
// defaults, the table the report prints).
func TestLevelCrisisReadings(t *testing.T) {
	type cp struct {
		dyad     dataset.Dyad
		from, to string // the months the change point may be dated
		why      string
	}
	rusUkr := dataset.Dyad{A: "RUS", B: "UKR"}
	rusUsa := dataset.Dyad{A: "RUS", B: "USA"}
	usaVen := dataset.Dyad{A: "USA", B: "VEN"}
	chnInd := dataset.Dyad{A: "CHN", B: "IND"}
	series := map[dataset.Dyad]*score.Series{}
	get := func(d dataset.Dyad) *score.Series {
		if series[d] == nil {
			series[d] = levelSeries(t, d, nil)
		}
		return series[d]
	}
	at := func(s *score.Series, m string) float64 {
		for _, pt := range s.Points {
			if pt.Start.Format("2006-01") == m {
				return pt.Value
			}
		}
		t.Fatalf("%s: no month %s", s.Dyad, m)
		return 0
	}
	// Falling change points in the months of the crises: a change's run
	// (From…To, the months the report prints for it, dated at its onset)
	// reaches into the window. Since chronology v6's kind-6 re-audit the
	// invasion of February 2022 is the second month of a run that starts
	// with Ukraine's sanctions of 21 January 2022, and is dated January.
	for _, c := range []cp{
		// Crimea: the window was March, the annexation's month; chronology
		// v6's kind-6 re-audit dates the seizure's first act, Russian forces
		// taking Crimea's airports on 28 February 2014 (the data card's row,
		// from Ukraine's government and wire reports of that day), so the
		// fall's onset may be that February (as TestSeriesShiftsCrises
		// already allowed).
		{rusUkr, "2014-02", "2014-03", "Russian forces seize Crimea's airports (28 February 2014); Russia annexes Crimea (UN General Assembly resolution 68/262, 27 March 2014)"},
		{rusUsa, "2014-03", "2014-03", "US sanctions over Crimea, executive orders 13660 and 13661 (US Treasury, 17 March 2014)"},
		{rusUkr, "2022-02", "2022-02", "the full-scale invasion of 24 February 2022 (UN General Assembly resolution ES-11/1)"},
		{rusUsa, "2022-02", "2022-02", "US sanctions on Russian banks and leaders after the invasion (The White House, 24 February 2022)"},
		// The Galwan clash of 15 June 2020 (Ministry of External Affairs
		// of India, 16 June 2020) is the largest fall; India's screening
		// of Chinese investment of 17 April 2020 (Department for Promotion
		// of Industry and Internal Trade, Press Note 3) two months earlier
		// was a smaller step of its own two months before (moves in
		// consecutive months make one change, ShiftOptions.Chain), so the
		// change was dated June. Chronology v6's kind-6 re-audit dates the
		// standoff's first clashes, at Pangong Tso on 5 May and Naku La on
		// 9 May 2020 (the data card's rows, from India's Ministry of
		// External Affairs and the Indian Army as reported that week), so
		// April, May and June now fall in consecutive months: one run,
		// dated at its onset, April to June.
		{chnInd, "2020-04", "2020-06", "India's screening of Chinese investment (17 April 2020), the clashes at Pangong Tso and Naku La (5 and 9 May 2020) and the Galwan clash (15 June 2020)"},
		{chnInd, "2022-12", "2022-12", "the Yangtse (Tawang) clash of 9 December 2022 (Ministry of Defence of India, statement of 13 December 2022)"},
	} {
		found := false
		for _, ch := range score.SeriesShifts(get(c.dyad), nil) {
			if ch.From.Format("2006-01") <= c.to && ch.To.Format("2006-01") >= c.from && ch.After < ch.Before {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: no falling change point in %s..%s (%s)", c.dyad, c.from, c.to, c.why)
		}
	}
	// The invasion takes Russia-Ukraine down in its month, into the lowest
	// grade: a clear fall, not a level already pinned at the bound. (On v4
	// January read tense and the fall was 0.75 and more; v5's audit added
	// the expulsions of April 2021 and Ukraine's sanctions on 24 Russian
	// companies of 21 January 2022, so January reads confrontation by a
	// hair, -6.9, with troops massed on the border, and the fall is 0.68.)
	if jan, feb := at(get(rusUkr), "2022-01"), at(get(rusUkr), "2022-02"); score.GradeIndex(feb) != confrontation || !(jan-feb >= 0.5) {
		t.Errorf("RUS-UKR January/February 2022: %.2f → %.2f, want a fall of at least 0.5 into confrontation", jan, feb)
	}
	// Galwan: June 2020 below May 2020 by a grade and more (a 3-point
	// grade; the clash killed 20 Indian soldiers and at least 4 Chinese).
	// Since chronology v6's kind-6 re-audit May holds the standoff's first
	// clashes (5 and 9 May 2020), so the grade is counted from April, the
	// last month before them, and June stays below May.
	if apr, may, jun := at(get(chnInd), "2020-04"), at(get(chnInd), "2020-05"), at(get(chnInd), "2020-06"); !(apr-jun >= 3) || !(jun < may) {
		t.Errorf("CHN-IND April/May/June 2020: %.2f, %.2f → %.2f, want June below May and at least 3 below April", apr, may, jun)
	}
	// United States-Venezuela, January 2019: Maduro breaks relations (23
	// January), PDVSA is sanctioned (US Treasury, 28 January). The level
	// falls: the harness's move (the month and the two after against the
	// three before) is down and at least 5 % of the dyad's range.
	tp := score.TurningPoint{Dyad: usaVen, Month: mustMonth(t, "2019-01"), Direction: -1}
	if c := (*score.ValidateOptions)(nil).CheckPoint(get(usaVen), tp); !c.Held {
		t.Errorf("USA-VEN January 2019: %.2f → %.2f (range %.2f), want a fall of at least 5 %% of the range", c.Before, c.After, c.Range)
	}
	// War reaches the bottom of the scale: Russia-Ukraine at war (March
	// 2022 to December 2024) reads lower on average, by 0.5 and more, than
	// United States-Venezuela under sanctions and without relations
	// (2019-2021), whose lowest month stays above the war's average (no
	// organised violence between them until the boat strikes of September
	// 2025). On v4 the sanctioned pair never went below -8; v5's audit
	// added the sanction rounds of 2019-2020 (on Maduro's officials, the
	// oil trade and the government) and it reaches -8.4 in 2020.
	mean := func(s *score.Series, from, to string) (m, lo float64) {
		n := 0
		lo = 9
		for _, pt := range s.Points {
			if k := pt.Start.Format("2006-01"); k >= from && k <= to {
				m += pt.Value
				lo = math.Min(lo, pt.Value)
				n++
			}
		}
		return m / float64(n), lo
	}
	war, _ := mean(get(rusUkr), "2022-03", "2024-12")
	sanc, low := mean(get(usaVen), "2019-01", "2021-12")
	if !(war < sanc-0.5) || !(low > war) {
		t.Errorf("RUS-UKR at war %.2f on average, USA-VEN under sanctions %.2f (lowest %.2f): want the war lower by 0.5 and more, USA-VEN's lowest above the war's average", war, sanc, low)
	}
}

func mustMonth(t *testing.T, m string) time.Time {
	t.Helper()
	tm, err := time.Parse("2006-01", m)
	if err != nil {
		t.Fatal(err)
	}
	return tm
}
