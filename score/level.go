package score

import (
	"math"

	"github.com/entente/entente/dataset"
)

// Default settings of the relationship level.
const (
	DefaultLevelGain      = 0.35
	DefaultLevelScale     = 10.0
	DefaultNegativityBias = 1.0
	DefaultStartPeriod    = 12
	// DefaultLevelDecay is the share of its distance to the baseline the
	// level loses each period; DefaultBaselineHalfLife is the half-life,
	// in periods, of the evidence the baseline averages (see LevelOptions).
	DefaultLevelDecay       = 0.04
	DefaultBaselineHalfLife = 48.0
	// DefaultHostileMemory is how many times longer the level remembers
	// conflict than cooperation (see LevelOptions.HostileMemory).
	DefaultHostileMemory = 4.0
	// DefaultLastingPull is the share of its excess over the ceiling of
	// the lasting states in force that the level loses each period (see
	// LevelOptions.LastingPull).
	DefaultLastingPull = 0.5
	// DefaultLevelStanding is the share of each move of the level that
	// stands (enters its standing part); DefaultAcuteDecay is the share of
	// its acute part the level loses each period (see LevelOptions).
	DefaultLevelStanding = 0.4
	DefaultAcuteDecay    = 0.25
)

// LevelOptions configure the bounded relationship level; it is a Model. A
// nil *LevelOptions, and every zero field, means the default.
//
// The level L is a state in [−9, +9], read in six grades (see Grades),
// updated once per period from the SUM of that period's events, each
// weighed by a value that counts conflict more than cooperation:
//
//	h(g)  = g − β·g²/20                      an event's value, Goldstein weight g
//	v(g)  = h(g) − h(c)                       relative to the centre c
//	V_t   = Σ w·v(g) / Unit                   the period's value sum (event weight w)
//	p_t   = Gain · K · asinh(V_t / K)         its push, K = Scale
//	L_t   = Saturation.Step(L_{t−1}, p_t)
//
// V_t is computed exactly from the period's dataset.Stats:
// Σw·v = ΣWG − (β/20)·ΣWG2 − h(c)·ΣGW. Events without a Goldstein weight
// are left out (and counted in the points' N); a period without an event
// that has a Goldstein weight has no push.
//
// Standing and acute parts. The level is the sum of a standing part S
// (the relationship as it stands) and an acute part A (the crisis or the
// thaw of the moment): L = S + A. Of each move a period's push makes, a
// share w = Standing (default 0.4) stands and the rest is acute; the
// acute part fades by a share a = AcuteDecay (default 0.25) each period,
// and the standing part decays toward the dyad's own evidence (below).
// Before each period's push (from the second period on)
//
//	S'_t = B_t + (1 − d_t)·(S_{t−1} − B_t),     A'_t = (1 − a)·A_{t−1},     L'_t = S'_t + A'_t
//	L_t  = Saturation.Step(L'_t, p_t),     S_t = S'_t + w_t·(L_t − L'_t),     A_t = A'_t + (1 − w_t)·(L_t − L'_t)
//
// with d_t = d = Decay when the standing part is at or above its
// baseline and d_t = d/M below it, M = HostileMemory (default 4): the
// level remembers conflict M times longer than cooperation (see
// "Hostility is sticky" below); w_t = w, or, for a move toward conflict
// (L_t < L'_t) while lasting states are in force, the largest of their
// Standing shares (war, occupation and blockade: 1; sanctions and reduced
// relations: none, −1; see LastingState and "Acts under a regime" below). L'_t is cut to [−9, 9] (the acute part with it; the two
// parts can have opposite signs). The first period starts with S = L_0,
// A = 0. With w = 1 (or a negative Decay, which stops both decays) the
// level is the single state of the model's earlier form, except while a
// lasting state whose Standing is below 1 is in force (the default
// sanctions and reduced relations: their hostile moves go to the acute
// part).
//
// Why two parts: a single state that remembers conflict for years (the
// 1 %/month return below its baseline) sat on the bound of long-hostile
// pairs — United States–Venezuela fell to −7.6 by late 2017 on about one
// sanctions round a month and stayed at −8.2…−8.7 from 2018 to 2025, so
// that the rupture of January 2019 (Maduro breaks relations, PDVSA
// sanctioned) moved it −8.4 → −8.6, and it read as deep as Russia–Ukraine
// at war. The baseline did not cause it: the pair's baseline B_t never
// went below −6.1 (never near the clamp); the stream of pushes against
// the bound, with 1 % a month back, did. With an acute part a round of
// sanctions shows in its months and fades, the standing relationship
// moves by 0.4 of each round, and a long-hostile pair keeps room: the
// pair reads −6.9 in December 2018, −7.4 in January 2019 and −7.1 to
// −7.75 through 2021 (−8.3 to −8.7 before), while Russia–Ukraine at war,
// whose acts stand, reads −8.2 on average from March 2022 (lowest −8.9)
// — readings on chronology v4; on v5, whose audit added the sanction
// rounds v4 had missed, the pair reads −7.3 in December 2018, −7.7 in
// January 2019 and −7.75 to −8.4 through 2021, and Russia–Ukraine at war
// −8.4 on average (its thaws now fade). On the tuning half of the turning points every
// split tried (w in [0.2, 0.5], a in [0.15, 0.4]) held at 50 to 52 of
// 70, against 49 with one state, so the harness prefers two parts but
// does not choose the split; the analyst readings of chronology's
// face-validity test did: w = 0.2 lets the 2022 prisoner exchanges lift
// United States–Venezuela to discordant, a = 0.15 the 2025 truce lift
// China–United States to ordinary, and w = 0.4, a = 0.25 sits inside the
// region where all hold. A floor at −7 for pairs not at war (an intensity
// ladder with the bottom band left to war) was tried and not kept: at
// every floor from −7 to −8 the same exchanges lifted United
// States–Venezuela to discordant in late 2022, and the tuning half held
// at 48 to 49.
//
// B_t is, by default, what the dyad's own events say on average, valued
// as the level values them: B_t = 0.9·v̄_t clamped to [−9, 9], v̄_t the
// mean event value v(g) (negativity bias included) of its events up to
// period t, each period's weighted by 2^(−age/H) with H =
// BaselineHalfLife (48 periods): the past only, as the level itself. The
// level therefore falls back from the bounds — a run of friendly events
// holds it high, and when they stop it relaxes toward the average of the
// pair's recent record, not toward zero and not pinned where the last
// event left it — and it cannot ratchet: under a steady flow of events it
// settles where the pushes balance the pull, below the bound, so that a
// further act (China–Russia's "no limits" statement of February 2022)
// still moves it. With d = 0.04 the level loses half its distance to the
// baseline in 17 periods above it and in 69 below it. FixedBaseline
// decays toward Baseline instead; a negative Decay turns the decay off
// (the level then stays where it is when events stop). d and H were
// chosen on the tuning half of the documented turning points
// (TurningPoint.HeldApart) of chronology v3: every d in [0.02, 0.06] with
// H in [12, 48] moved the right way at 47 to 50 of its 70 points, against
// 41 without decay.
//
// Hostility is sticky. Conflict weighs more than cooperation when it
// happens (the negativity bias below) and it also lasts longer: sanctions,
// tariffs, expulsions and the use of force leave states in force (a
// tariff schedule, a sanctions list, closed missions, an indictment) that
// a round of talks or a prisoner swap does not undo, and distrust outlives
// the act: negative events are stronger than positive ones in how long
// their effects last as well as in their size (Baumeister, Bratslavsky,
// Finkenauer & Vohs 2001, "Bad is stronger than good"), and trust between
// states is slow to build and quick to lose (Kydd 2005, "Trust and
// Mistrust in International Relations"). A level below its
// baseline therefore returns to it M = 4 times more slowly than a level
// above it: with d = 0.04 a thaw fades with a half-life of 17 months and a
// cooling with one of 69. On chronology v4, read with the default role
// filter (the report's reading), the symmetric decay lifted
// United States–Venezuela to −0.4 in December 2023 (+0.2 without the role
// filter) while sanctions, the Maduro indictment and the break of 2019
// stood, and China–United States to +0.5 in August 2025 four months
// after tariffs of 125 % — both faster than any account of those thaws.
// On the tuning half of the v4 turning points (70) the symmetric decay
// holds at 51, M = 4 at 50; the whole grid d in [0.04, 0.12] with d/M in
// [0.01, 0.04] holds at 49 to 51, so the harness does not choose M and
// the analyst readings of the face-validity test on the chronology (facevalidity_test.go) (written from
// the history) do: at d = 0.04 they all hold for M from 3 to 6 (M = 2
// leaves China–United States ordinary in August 2025), and M = 4 sits
// inside that range, not at its edge. A baseline taken from the level's own past values (the
// "long-run record" read literally) held at 43 to 48 of the 70 and was
// not kept. (These readings of d and M were taken with the level as one
// state; they now govern its standing part, and were not re-chosen.)
//
// Lasting states. A sanctions regime, reduced or broken diplomatic
// relations, an occupation, a blockade or a war is a condition that
// persists until a documented end, not an act whose effect decays away.
// When the panel carries a log of the events that open and close them
// (PanelOptions.Lasting, a LastingLog; the table is LastingStates, its
// rules are LastingState's), the level respects the states in force: with
// C_t the lowest ceiling of the states in force in period t (sanctions and
// reduced relations −1.5, the middle of discordant; war, occupation and
// blockade −4.5, the middle of tense),
//
//	B'_t = min(B_t, C_t)                         the baseline never above it
//	L''  = C_t + (1 − r)·(L' − C_t)  if L' > C_t  r = LastingPull (0.5)
//
// before the period's push, the pull r·(L' − C_t) taken out of the
// acute part A while it is positive, and the rest out of the standing
// part S (a thaw fades without lowering the standing relationship: a
// larger thaw never leaves the level lower afterwards than a smaller one,
// TestLevelThawUnderCeiling). A thaw during a war or under sanctions still
// shows in the months it happens — the push is not damped — and the state
// pulls the level back below its ceiling within a few periods (half its
// excess each period); the decay never lifts a level above it. Without
// the log, Russia–Ukraine read "good" in 2015 (after Minsk II) and about 0
// in 2019–2021 with Crimea annexed and the Donbas war going on, and
// Russia–United States "ordinary" from May 2025 with every sanctions
// round in force; with it, Russia–Ukraine reads tense or worse in at least
// 80 % of the months from the annexation to January 2022 and never better
// than discordant (the months after Minsk I and II, the Paris summit and
// the July 2020 ceasefire), and Russia–United States discordant or worse
// in at least 90 % of the months from April 2014 to December 2025, never
// good (the face-validity test on the chronology (facevalidity_test.go) holds both). Ceilings, pull, MinShare and
// the persistence of sanctions (two months with rounds within twelve: a
// lone anti-dumping duty is an act, a regime is repeated) were chosen by
// these readings: on the tuning half of the v4 turning points the whole
// grid — r in [0.25, 1], MinShare in [0, 0.2], persistence 1 of 1 to 3 of
// 12 months, ceilings of 0 to −1.5 and −3 to −4.5 — holds at 48 to 50 of
// 70, against 50 without the log, so the harness does not choose them.
// While a war, an occupation or a blockade is in force its hostile acts
// stand (LastingState.Standing 1: the fighting is the condition itself),
// so that organised violence alone holds a relationship at the bottom of
// the scale; a thaw during it (a prisoner exchange, a round of talks) is
// not the condition and shows and fades as any other (the level's own
// Standing): Russia–Ukraine's exchanges of January 2024 and May 2025 lift
// it in their months and fade within a year, where they had stood whole
// (December 2025 −8.8, was −8.1; the turning points held alike, 50 of 70
// on the tuning half of chronology v4, 48 on v5). NoLasting ignores the log; LevelOptions.Lasting lists the states
// in force, which the report cites with the level.
//
// Acts under a regime. Until 8 December 2026 a hostile act under
// sanctions or reduced relations stood as any other (the level's own
// 0.4), so that each further round deepened the standing relationship:
// China–United States, with a sanctions regime in force from 2018 and a
// round, a listing or a show of force most months, read confrontation in
// 54 of the 60 months of 2020–2024, as deep as Russia–Ukraine at war —
// the fault the history readings written blind to the models found
// (chronology.Readings: six spans of sanctions rivalries without war,
// among them China–United States 2018–2025, Russia–United States
// 2017–2021 and United States–Venezuela 2021–2025, read a grade colder
// than the readings). The principle, stated before it was measured: a
// regime's further round is the regime continuing, not a new breach; it
// is news that shows and fades (acute), and the standing relationship is
// the regime's, under its ceiling and decaying toward the pair's record
// — the mirror of war, whose acts are the condition itself and stand
// whole. The share measured on the tuning halves only (the turning
// points' and the readings'; the readings were split in halves on that
// day, before this was measured): 0 holds 51 of 70 tuning points and 32
// of 33 tuning readings, 0.1 49 and 30, 0.2 48 and 29, 0.3 48 and 28, 0.4
// (before) 46 and 28 — so 0. On the held-apart halves: turning points 45
// of 62 (44 before), readings 36 of 42 (34); all 132 points 96 (90),
// change points at 50 of them (51), 50 of the level's 103 change points at
// a point (51 of 113), UN votes 7 of 8, mean r +0.38 (+0.35). (The held-
// apart figures of 0 were printed once before the scan, by mistake; the
// scan above chose it.) China–United States now reads tense in most of
// 2020–2024, Russia–United States discordant at the end of 2025 (−1.3;
// −3.3 before). Two of the face-validity spans written while the level
// was built (United States–Venezuela 2019–2023, China–United States
// 2019–2025) were relaxed by one grade for one month in twenty, as the
// blind readings allow (facevalidity_test.go).
//
// What the rule does not do, and what was tried for it. An analyst
// reading of the report the same day found that the rule decides by the
// state in force, not by the act: under the "sanctions" state that
// India's screening of Chinese investment opened in April 2020, the
// Galwan clash (1823) and the Yangtse clash (182) show and fade; under
// United States–Venezuela's reduced relations, so do the break of
// January 2019 and the boat strikes of September 2025; while a thaw under
// a regime still stands at 0.4, so that China–United States reads
// ordinary in July–August 2025 and Russia–United States in April and
// August 2025. Two refinements, each with its principle stated first,
// were measured on the tuning halves (turning points · readings) against
// the rule's 51 · 32: only the regime's own kind of act (its opening
// codes' share of the period's conflict weight) not standing, the rest
// of a hostile move standing at the level's share — 49 · 30; a thaw
// under a regime standing only as far as it lifts a round (its closing
// codes' share of the period's cooperation weight) — 51 · 30; both — 48
// · 28. None was kept; an act-by-act reading (force stands under any
// state) needs the aggregation to carry the weight of acts of force
// (18x–20x) per period, which it does not.
//
// The v6 kind-6 data. Chronology v6 re-audited kind 6 of its selection
// rule (force: clashes, shows of force, joint exercises and patrols) for
// the eight default dyads, blind to the models (133 rows; its data card).
// With them the turning points read, level against kalman: tuning half
// 46/70 against 48/70 (50 and 50 before), held-apart 44/62 against 49/62
// (47 and 48), the level's change points at 45 points (54 before; 51
// with ShiftOptions.Max 10, chosen on the tuning half of these data). The
// level lost four tuning points to the data, none to a fault its readings
// show: China–Russia's exercises and patrols (062, +7.4 each way) hold
// that pair near +6.5, so two summits move it by less than 5 % of its
// narrow range; the seizure of Crimea's airports (28 February 2014) falls
// in the three months after the December 2013 loan; the Pangong Tso
// scuffle of September 2019 (two rows, 190 in v6, 182 since v7's recoding
// of clashes without fire, −9.5 each) lowers the months before the
// Mamallapuram summit. The model was revisited on the tuning
// half only, each remedy stated before it was measured; none was kept,
// because none moved that half: acts of an occupation that do not stand
// (occupation's Standing 0 or 1 with war's 1, 0.8, 0.6 or 0: 45 to 46 of
// 70);
// acts that stand in proportion to the share of the period's events that
// are the state's own acts (the fighting of a war; 46, and war no longer
// reads 0.5 below sanctions); a start read from the dyad's first twelve
// calendar months rather than its first twelve months with events (46);
// a push measured against the dyad's recent flow of events (the news as
// surprise, the period's sum less its exponentially weighted mean over
// the months before: 49, 49, 48 and 48 over half-lives of 3, 6, 12 and
// 24 months, one more than kalman at the shortest, but it reads
// China–United States ordinary in 2019, 2024 and 2025, China–Russia
// ordinary in 2025 and United States–Venezuela discordant in November
// 2022, against the analyst readings of the face-validity test, so it was
// not kept; applied to the acute part alone, 46 to 47). The
// routinisation of repeated acts (an act's weight 1/(1 + n), n the acts of
// the same code and direction in the W months before it: habituation, and
// the unexpectedness of news values, Galtung & Ruge 1965) was measured
// outside the model, on events weighed before aggregation (the
// aggregation carries no per-code history, so the level cannot apply it
// from a panel): with W = 12, the window stated before measuring, 47 of
// 70; W = 3, 6, 24 gave 50, 52, 45. Re-scanning the level's own
// parameters on the tuning half reached 48 at best (Standing 0.2 or 0.3,
// or NoLasting), a tie no principle chose. The routinisation and the
// scan are reproduced by score's experiments_test.go (ROUTINE=W, SCAN=1);
// the other remedies were measured on patched copies of the model in the
// session of 7 December 2026 and are not kept in the repository.
//
// The headline stays the level, by a rule and a held-apart test. After
// chronology v6's kind-6 rows, kalman moved the right way at more tuning
// points than the level (48 against 46; 49 held apart against 44), but,
// read on the level's grades (0.9 × its ±10 scale), it places
// relationships where no account of their history does: Russia–Ukraine
// ordinary or good in every month of 2020, with Crimea occupied and the Donbas
// war going on; United States–Venezuela ordinary or good in 19 months of
// 2022–2023, with relations broken and sanctions in force. The spans of
// history the level was built against (facevalidity_test.go) are not a
// held-apart test, so on 8 December 2026, before it was scored, a rule
// was stated: a model takes the headline from the level when it holds
// more tuning points and at least as many of the history readings
// written blind to every model (chronology.Readings: 50 grade spans and
// 27 order claims by an engineer who saw neither the models nor the
// data; CheckReadings). Scored once, the level read 62 of 75, kalman 52,
// kalman-mean 50, and the readings found the level's fault that "Acts
// under a regime" above mends; since, the level holds 68 (tuning half 32
// of 33, held-apart 36 of 42) and the turning points' tuning half again
// (51 against kalman's 48; held apart kalman leads, 49 against 45).
// TestHarnessFloor keeps the rule in force. (On the readings alone
// kalman-ml-smoothed would hold 64: the collapsed maximum-likelihood fit
// read retrospectively, a near-constant line at each pair's mean, which
// sits inside most spans and moves the right way at 15 of the 70 tuning
// points; hence the two tests.)
//
// The parts, and why.
//
// Sum, not mean. Each event moves the level: a month of war weighs more
// than one incident, and a round of talks added to a month of strikes
// lessens the month's push by that round's own value, never by more. The
// mean (the model's first form) let one meeting offset one missile strike
// and counted a month of strikes as one, so that Russia–Ukraine ended
// 2025 "ordinary" after four years of war.
//
// Diminishing returns within a period: the inverse hyperbolic sine
// (common in the social sciences for skewed counts) is linear for small
// sums and logarithmic for large ones. With K = 10 — one event of the
// most hostile kind before the bias — one missile strike (v = −15)
// pushes −11.9·Gain, two −18.2·Gain, five −27.1·Gain and ten −34.0·Gain.
//
// Negativity bias: h is concave, so an act counts more the more hostile
// it is, and cooperation saturates. With β = DefaultNegativityBias = 1
// and c = 0, a strike or armed clash (g = −10) is worth −15, sanctions
// (−8) −11.2, an expulsion (−4) −4.8, a phone call (+1) +0.95, a visit
// (+1.9) +1.72, talks or a prisoner release (+7) +4.55, a signed
// agreement (+8) +4.8 and the most cooperative acts (+10) +5. The
// chronology codes reciprocal acts as two rows (README there), so a round
// of talks is 2 × 4.55 = 9.1: less than one strike, whatever β in
// [0.5, 1] — the well-known asymmetry of event-data indices (hostile acts
// move relations more than friendly ones) made explicit. β = 1 is the
// largest bias for which h still rises over the whole Goldstein scale
// (h′(g) = 1 − βg/10 ≥ 0 for g ≤ 10); values above 1 panic. A negative
// NegativityBias switches the bias off (β = 0: v = g − c).
//
// Saturation (the readings of the chronology quoted here were taken
// without the decay and the lasting states): the default, Sticky, keeps Proportional's property that an
// event's effect shrinks as the level nears the bound it pushes toward,
// and lowers the effect of a move away from the level's own side, so that
// entrenched relations stay entrenched (see Sticky). Under Proportional
// the United States–Venezuela level leaves tense for discordant during
// the 2022–2023 thaw (prisoner releases and sanctions waivers, no hostile
// act in the chronology) and stays there for 22 months, although no
// embassy had reopened; under Sticky the thaw reads discordant for one.
// Under Logistic China–India stays friendly through the Galwan clash and
// the app bans of 2020, Russia–Ukraine ends pinned at −9 and China–United
// States close to it (−8.8).
//
// Gain sets the speed: with the default 0.35 one strike moves an ordinary
// relationship (L = 0) to −2.0 — a single incident does not by itself
// make relations tense — a month of ten strikes to −4.8, and a second
// such month to −7.3, confrontation. Under a steady flow of cooperative
// pushes P and conflictual pushes N per period, Proportional settles at
// 9·(P − N)/(P + N); Sticky settles further from 0 (at −6.6 instead of
// −4.5 when conflict is three times cooperation).
//
// Centre: c = 0 (the default) is Goldstein's neutral point, the right
// reference for a curated chronology. Event data mined from news have a
// mean of their own — routine consultations are +1 to +4; the
// international events of the ICEWS sample in ../shared/data average
// g = +1.79 (h = +1.02), those of the GDELT sample g = +0.62 (h = −0.35)
// — so a busy pair drifts at that rate per event, toward friendly (ICEWS)
// or hostile (GDELT): set Center, or AutoCenter, which chooses c so that
// the panel's average event is worth nothing (h(c) = ΣΣw·h(g) / ΣΣw over
// every row of the panel; the series' "center" parameter is that c in
// Goldstein points).
// On the chronology (v6 with its kind-6 rows, read with the default role
// filter) AutoCenter would put c at −1.53 (its mean g is positive, but its
// conflictual rows weigh more; −1.26 before the kind-6 rows' shows of
// force and clashes, −1.1 on v5, −0.48 on v4, before the v5 audit added
// sanction rounds) and lift every relationship: Russia–United States
// would end 2025 at −0.50 instead of −3.3 (+0.24 instead of −3.3 without
// the lasting states above; on v5 −0.95 and −0.35 instead of −3.0; on v4
// −1.0 instead of −1.4).
//
// Volume: the level is a sum over events, so it assumes one row per
// event, as in the chronology or deduplicated event data (dataset.Dedup).
// For raw news-derived counts — hundreds of reports of the same dyad each
// month — set Unit to the event weight that counts as one event (or
// aggregate with a weight such as log(1 + sources)); otherwise every busy
// month pushes the level toward a bound. One row is one act in one
// direction, as CAMEO codes events: a reciprocal act is two rows (a visit
// 042 and its hosting 043, an agreement 057 each way), a unilateral one
// one row (a sanctions round 163), so cooperation between two states is
// counted on both sides. The negativity bias weighs it back: a summit
// with a signed agreement adds 1.72 + 2.41 + 2·4.8 ≈ 13.7 to its month's sum (h(g) = g − g²/20 of 042, 043 and 057), one
// sanctions round −11.2, one strike −15. Event counts (Point.N, the
// summary's events) count rows.
//
// The start L_0 is Start when FixedStart is set; otherwise it is estimated
// from the first StartPeriods periods with events as
// L_0 = 0.9·(ḡ − c) clamped to [−9, 9], where ḡ pools those periods' raw
// Goldstein weights (ΣΣw·g / ΣΣw): 0.9 maps the Goldstein scale (±10) onto
// the level's (±9). The start is a prior for the relationship before the
// data begin, read from the average tone of its first events; those
// events then move the level as any others. A neutral start (FixedStart,
// Start 0) ignores that information: the chronology then starts
// United States–Venezuela in 2012 at −0.8 instead of −1.9, although the
// two had had no ambassadors since 2010.
//
// The level is meant for monthly periods, the convention of the Tsinghua
// scores it imitates; with other granularities Gain applies per period
// and Scale per period's sum.
//
// The value of a period is the level after its update; periods before the
// dyad's first event with a Goldstein weight are NaN.
//
// Evidence band. Each point carries an evidence band, not a probability
// interval: with N_t = Σ_{s≤t} (1 − d)^{t−s}·n_s the events behind the
// level (n_s the period's events, aged at the
// level's own decay rate d),
//
//	half-width = z · 3.6 / √(N_t + 1),     z = 1.96 (95 %) and 1.28 (80 %),
//
// cut to [−9, 9]: 3.6 = 0.9 × 4 is one event's typical spread (a
// Goldstein weight's standard deviation of 4 points, DefaultSigma2Prior)
// on the level's scale. A pair with one event reads ±5.0, with ten
// recent events ±2.1, with a hundred ±0.7; the band widens as evidence
// ages, so that a sparse or quiet dyad is shown as such.
type LevelOptions struct {
	// Saturation shapes each step (default Sticky{}).
	Saturation Saturation
	// Gain scales pushes (default DefaultLevelGain = 0.35).
	Gain float64
	// Scale is K, the value sum at which a period's push turns from
	// linear to logarithmic (default DefaultLevelScale = 10); a negative
	// Scale switches the compression off (p = Gain·V).
	Scale float64
	// NegativityBias is β in [0, 1] (default DefaultNegativityBias = 1);
	// negative switches the bias off.
	NegativityBias float64
	// Unit is the event weight that counts as one event (default 1).
	Unit float64
	// Center is the Goldstein weight that pushes nothing (default 0).
	Center float64
	// AutoCenter centres on the panel's average event (see above).
	AutoCenter bool
	// Start is the starting level when FixedStart is set.
	Start      float64
	FixedStart bool
	// StartPeriods is how many periods with events the estimated start
	// pools (default DefaultStartPeriod = 12).
	StartPeriods int
	// Decay is the share of the distance to the baseline the level loses
	// each period, in [0, 1) (default DefaultLevelDecay = 0.04; negative:
	// none).
	Decay float64
	// Baseline is the level decays toward when FixedBaseline is set;
	// otherwise the baseline is the dyad's own evidence (see above), with
	// a half-life of BaselineHalfLife periods (default 48).
	Baseline         float64
	FixedBaseline    bool
	BaselineHalfLife float64
	// HostileMemory is M ≥ 1: below its baseline the level decays at
	// Decay/M (default DefaultHostileMemory = 4; negative: 1, the same
	// decay on both sides).
	HostileMemory float64
	// NoLasting ignores the panel's lasting states (Panel.Lasting; see
	// "Lasting states" above).
	NoLasting bool
	// LastingPull is the share in (0, 1] of its excess over the ceiling
	// of the lasting states in force that the level loses each period
	// (default DefaultLastingPull = 0.5).
	LastingPull float64
	// Standing is w in (0, 1], the share of each move that enters the
	// standing part of the level (default DefaultLevelStanding = 0.4; 1:
	// every move stands, the level before its acute part).
	Standing float64
	// AcuteDecay is a in (0, 1], the share of its acute part the level
	// loses each period (default DefaultAcuteDecay = 0.25); like the
	// decay toward the baseline it is off when Decay is negative.
	AcuteDecay float64
	// Directed scores A→B only (the panel must be directed).
	Directed bool
}

// Name returns "level".
func (o *LevelOptions) Name() string { return "level" }

// options returns o with defaults filled in; it panics on values that
// are not declared.
func (o *LevelOptions) options() LevelOptions {
	var opt LevelOptions
	if o != nil {
		opt = *o
	}
	if opt.Saturation == nil {
		opt.Saturation = Sticky{}
	}
	if opt.Gain == 0 {
		opt.Gain = DefaultLevelGain
	}
	if opt.Scale == 0 {
		opt.Scale = DefaultLevelScale
	}
	switch b := opt.NegativityBias; {
	case b == 0:
		opt.NegativityBias = DefaultNegativityBias
	case b < 0:
		opt.NegativityBias = 0
	case b > 1 || math.IsNaN(b):
		panic("score: LevelOptions.NegativityBias must be at most 1")
	}
	if opt.Unit == 0 {
		opt.Unit = 1
	}
	if opt.StartPeriods == 0 {
		opt.StartPeriods = DefaultStartPeriod
	}
	switch d := opt.Decay; {
	case d == 0:
		opt.Decay = DefaultLevelDecay
	case d < 0:
		opt.Decay = 0
	case !(d < 1):
		panic("score: LevelOptions.Decay must be below 1")
	}
	if opt.BaselineHalfLife == 0 {
		opt.BaselineHalfLife = DefaultBaselineHalfLife
	}
	if opt.LastingPull == 0 {
		opt.LastingPull = DefaultLastingPull
	}
	if opt.Standing == 0 {
		opt.Standing = DefaultLevelStanding
	}
	if !(opt.Standing > 0 && opt.Standing <= 1) {
		panic("score: LevelOptions.Standing must be in (0, 1]")
	}
	if opt.AcuteDecay == 0 {
		opt.AcuteDecay = DefaultAcuteDecay
	}
	if !(opt.AcuteDecay > 0 && opt.AcuteDecay <= 1) {
		panic("score: LevelOptions.AcuteDecay must be in (0, 1]")
	}
	if !(opt.LastingPull > 0 && opt.LastingPull <= 1) {
		panic("score: LevelOptions.LastingPull must be in (0, 1]")
	}
	switch m := opt.HostileMemory; {
	case m == 0:
		opt.HostileMemory = DefaultHostileMemory
	case m < 0:
		opt.HostileMemory = 1
	case !(m >= 1) || math.IsInf(m, 0):
		panic("score: LevelOptions.HostileMemory must be at least 1 and finite")
	}
	if !(opt.BaselineHalfLife > 0) || math.IsInf(opt.BaselineHalfLife, 0) {
		panic("score: LevelOptions.BaselineHalfLife must be positive and finite")
	}
	if opt.Gain < 0 || math.IsNaN(opt.Gain) || math.IsInf(opt.Gain, 0) {
		panic("score: LevelOptions.Gain must be positive and finite")
	}
	if math.IsNaN(opt.Scale) || math.IsInf(opt.Scale, 0) {
		panic("score: LevelOptions.Scale must be finite")
	}
	if !(opt.Unit > 0) || math.IsInf(opt.Unit, 0) {
		panic("score: LevelOptions.Unit must be positive and finite")
	}
	if math.IsNaN(opt.Center) || math.IsInf(opt.Center, 0) || math.IsNaN(opt.Baseline) || math.IsInf(opt.Baseline, 0) {
		panic("score: LevelOptions.Center and Baseline must be finite")
	}
	if opt.StartPeriods < 0 {
		panic("score: LevelOptions.StartPeriods must not be negative")
	}
	if opt.FixedStart && !(opt.Start >= -MaxLevel && opt.Start <= MaxLevel) {
		panic("score: LevelOptions.Start must be in [-9, 9]")
	}
	return opt
}

// levelH is h(g) = g − β·g²/20.
func levelH(g, beta float64) float64 { return g - beta/20*g*g }

// levelCenter returns the Goldstein weight c with h(c) = hc (the smaller
// root; hc ≤ h(10/β), which every mean of h over [−10, 10] is).
func levelCenter(hc, beta float64) float64 {
	if beta == 0 {
		return hc
	}
	d := 1 - beta*hc/5
	if d < 0 {
		d = 0
	}
	return 10 / beta * (1 - math.Sqrt(d))
}

// EventValue returns v(g) = h(g) − h(c), the value one event of Goldstein
// weight g adds to its period's sum (see LevelOptions), with the options'
// NegativityBias and Center; AutoCenter, which needs a panel, does not
// apply. NaN propagates.
func (o *LevelOptions) EventValue(g float64) float64 {
	opt := o.options()
	return levelH(g, opt.NegativityBias) - levelH(opt.Center, opt.NegativityBias)
}

// EventEffect returns how far one event of Goldstein weight g, alone in
// its period, moves the level from level: Saturation.Step(level,
// Push(EventValue(g))) − level, in level points (the decay is left out).
// It is the unit in which the report states the drivers of a change of the
// level. NaN propagates.
func (o *LevelOptions) EventEffect(level, g float64) float64 {
	opt := o.options()
	v := levelH(g, opt.NegativityBias) - levelH(opt.Center, opt.NegativityBias)
	if math.IsNaN(v) || math.IsNaN(level) {
		return math.NaN()
	}
	return opt.Saturation.Step(level, levelPush(&opt, v)) - level
}

// Push returns the push of a period whose value sum (Σ w·v) is sum:
// Gain·K·asinh(sum/(Unit·K)), or Gain·sum/Unit with a negative Scale. NaN
// (a period without events) propagates.
func (o *LevelOptions) Push(sum float64) float64 {
	opt := o.options()
	return levelPush(&opt, sum)
}

func levelPush(opt *LevelOptions, sum float64) float64 {
	v := sum / opt.Unit
	if opt.Scale < 0 {
		return opt.Gain * v
	}
	return opt.Gain * opt.Scale * math.Asinh(v/opt.Scale)
}

// Score returns the level of dyad d over the panel's grid (see
// LevelOptions). It returns an error wrapping ErrUndirected for a directed
// level on an undirected panel.
func (o *LevelOptions) Score(p *Panel, d dataset.Dyad) (*Series, error) {
	s, _, err := o.scoreParts(p, d, false)
	return s, err
}

// scoreParts is Score; with standing it also returns the level's standing
// part S per period (NaN where the level is NaN; see "Standing and acute
// parts"), which the change-point experiments read.
func (o *LevelOptions) scoreParts(p *Panel, d dataset.Dyad, standing bool) (*Series, []float64, error) {
	opt := o.options()
	beta := opt.NegativityBias
	hc := levelH(opt.Center, beta)
	if opt.AutoCenter {
		hc = panelMeanH(p, beta)
		opt.Center = levelCenter(hc, beta)
	}
	s := p.newSeries(d, opt.Directed, o.Name())
	sums := make([]float64, len(s.Points))
	gws := make([]float64, len(s.Points))
	for i := range sums {
		sums[i] = math.NaN()
	}
	var startWG, startGW dataset.Sum
	used := 0
	err := p.view(d, opt.Directed, func(t int, st *dataset.Stats) {
		s.Points[t].N = st.N
		s.Points[t].W = st.W.Float()
		gw := st.GW.Float()
		if gw == 0 {
			return
		}
		sums[t] = st.WG.Float() - beta/20*st.WG2.Float() - hc*gw
		gws[t] = gw
		if used < opt.StartPeriods {
			startWG.Merge(st.WG)
			startGW.Merge(st.GW)
			used++
		}
	})
	if err != nil {
		return nil, nil, err
	}
	start := opt.Start
	if !opt.FixedStart {
		pooled := dataset.Stats{WG: startWG, GW: startGW}
		start = clampLevel(0.9 * (pooled.MeanGoldstein() - opt.Center))
	}
	var base []float64
	if !opt.FixedBaseline {
		// B_t = 0.9·v̄_t, v̄_t the exponentially weighted mean event
		// value up to t (the past only); gws is reused for B.
		rho := math.Exp2(-1 / opt.BaselineHalfLife)
		var a, b float64
		for t := range gws {
			if !math.IsNaN(sums[t]) {
				a = rho*a + sums[t]
				b = rho*b + gws[t]
			} else {
				a, b = rho*a, rho*b
			}
			gws[t] = math.NaN()
			if b > 0 {
				gws[t] = clampLevel(0.9 * a / b)
			}
		}
		base = gws
	}
	var ceil, stand []float64
	lasting := p.Lasting() != nil && !opt.NoLasting
	if l := p.Lasting(); lasting {
		w, err := p.lastingWeights(d)
		if err != nil {
			return nil, nil, err
		}
		ceil, stand, _ = l.inForce(p.periods, d, w)
	}
	var standOut []float64
	if standing {
		standOut = make([]float64, len(s.Points))
	}
	levelPath(&opt, sums, base, ceil, stand, start, s.Points, standOut)
	levelBands(&opt, s.Points)
	s.Saturation = opt.Saturation
	s.Params = []Param{
		{"gain", opt.Gain}, {"scale", opt.Scale}, {"bias", beta}, {"unit", opt.Unit},
		{"center", opt.Center}, {"start", start}, {"decay", opt.Decay}, {"baseline_half_life", opt.BaselineHalfLife},
		{"hostile_memory", opt.HostileMemory}, {"standing", opt.Standing}, {"acute_decay", opt.AcuteDecay},
	}
	if lasting {
		s.Params = append(s.Params, Param{"lasting_pull", opt.LastingPull})
	}
	if opt.FixedBaseline {
		s.Params = append(s.Params, Param{"baseline", opt.Baseline})
	}
	return s, standOut, nil
}

// panelMeanH returns ΣΣw·h(g)/ΣΣw over every row of the panel, 0 if no
// event has a Goldstein weight.
func panelMeanH(p *Panel, beta float64) float64 {
	var wg, wg2, gw dataset.Sum
	for i := range p.rows {
		wg.Merge(p.rows[i].WG)
		wg2.Merge(p.rows[i].WG2)
		gw.Merge(p.rows[i].GW)
	}
	n := gw.Float()
	if n == 0 {
		return 0
	}
	return (wg.Float() - beta/20*wg2.Float()) / n
}

// LevelPath runs the level over plain slices: sums[t] is period t's value
// sum Σ w·v (NaN: no events; see EventValue), from level start (clamped to
// [−9, 9]); it returns the level after each period (NaN before the first
// period with a sum). opts' Gain, Scale, Unit, Decay, HostileMemory,
// Standing, AcuteDecay, Baseline and Saturation apply — the level decays toward Baseline (plain sums carry no
// evidence of their own, so FixedBaseline is implied); Center and
// NegativityBias are already in the sums, and Start, FixedStart,
// StartPeriods, AutoCenter and BaselineHalfLife do not apply.
func LevelPath(sums []float64, start float64, opts *LevelOptions) []float64 {
	opt := opts.options()
	pts := make([]Point, len(sums))
	for i := range pts {
		pts[i].Value = math.NaN()
	}
	levelPath(&opt, sums, nil, nil, nil, clampLevel(start), pts, nil)
	out := make([]float64, len(sums))
	for i := range pts {
		out[i] = pts[i].Value
	}
	return out
}

// levelPath runs the level over sums into pts' values and, when standOut
// is not nil, its standing part into standOut (NaN where the level is).
func levelPath(opt *LevelOptions, sums, base, ceil, standing []float64, start float64, pts []Point, standOut []float64) {
	// The level is stand + acute (see LevelOptions, "Standing and acute
	// parts"); level holds their sum.
	level, stand, acute := math.NaN(), math.NaN(), 0.0
	for t, v := range sums {
		c := math.NaN() // the ceiling of the lasting states in force
		if ceil != nil {
			c = ceil[t]
		}
		if math.IsNaN(level) {
			if math.IsNaN(v) {
				if standOut != nil {
					standOut[t] = math.NaN()
				}
				continue
			}
			level, stand = start, start
		} else if opt.Decay > 0 {
			b := opt.Baseline
			if base != nil && !math.IsNaN(base[t]) {
				b = base[t]
			}
			if b > c {
				b = c
			}
			d := opt.Decay
			if stand < b {
				d /= opt.HostileMemory
			}
			stand = b + (1-d)*(stand-b)
			acute *= 1 - opt.AcuteDecay
			// the two parts can be of opposite signs: the acute part is
			// cut where their sum would leave the scale
			level = clampLevel(stand + acute)
			acute = level - stand
		}
		if level > c {
			// above the ceiling of a lasting state in force: pulled back
			// (a lasting state bounds the standing relationship), out of
			// the positive acute part first — a thaw under sanctions
			// fades without lowering the standing part below where a
			// smaller thaw would leave it — then out of the standing part
			pull := opt.LastingPull * (level - c)
			fromAcute := math.Min(pull, math.Max(acute, 0))
			acute -= fromAcute
			stand -= pull - fromAcute
			level -= pull
		}
		if !math.IsNaN(v) {
			next := opt.Saturation.Step(level, levelPush(opt, v))
			w := opt.Standing
			if standing != nil && !math.IsNaN(standing[t]) && next < level {
				// a hostile move under a lasting state stands at the
				// state's share: whole in a war (the fighting is the
				// condition), not at all under a regime of sanctions or
				// reduced relations (a further round is the regime
				// continuing: it shows and fades)
				w = standing[t]
			}
			stand += w * (next - level)
			acute += (1 - w) * (next - level)
			level = next
		}
		pts[t].Value = level
		if standOut != nil {
			standOut[t] = stand
		}
	}
}

// levelBands fills the evidence band of every point with a value.
// LevelBandSpread is one event's typical spread on the level's scale,
// 3.6 = 0.9 × 4 (a Goldstein weight's standard deviation of 4 points on
// the level's ±9): the numerator of the evidence band (see LevelOptions).
const LevelBandSpread = 0.9 * 4

// LevelBandZ returns the z of the level's evidence bands: 1.96 for the
// outer (95 %) band, 1.28 for the inner (80 %) one.
func LevelBandZ(inner bool) float64 {
	if inner {
		return z80
	}
	return z95
}

// LevelBandHalfWidth returns the half-width z·LevelBandSpread/√(n + 1) of
// the level's outer (inner: 80 %) evidence band with n events behind it
// (aged as LevelOptions says), before the cut to [−9, 9].
func LevelBandHalfWidth(n float64, inner bool) float64 {
	return LevelBandZ(inner) * LevelBandSpread / math.Sqrt(n+1)
}

func levelBands(opt *LevelOptions, pts []Point) {
	var n float64
	for t := range pts {
		n = (1-opt.Decay)*n + float64(pts[t].N)
		v := pts[t].Value
		if math.IsNaN(v) {
			continue
		}
		h := LevelBandSpread / math.Sqrt(n+1)
		pts[t].Lower, pts[t].Upper = clampLevel(v-z95*h), clampLevel(v+z95*h)
		pts[t].Lower80, pts[t].Upper80 = clampLevel(v-z80*h), clampLevel(v+z80*h)
	}
}

// Lasting returns the lasting states in force over dyad d on the panel's
// grid (see LevelOptions and LastingState), in order of opening; nil when
// the panel has no log or NoLasting is set.
func (o *LevelOptions) Lasting(p *Panel, d dataset.Dyad) ([]LastingSpan, error) {
	opt := o.options()
	l := p.Lasting()
	if l == nil || opt.NoLasting {
		return nil, nil
	}
	w, err := p.lastingWeights(d)
	if err != nil {
		return nil, err
	}
	_, _, spans := l.inForce(p.periods, d, w)
	return spans, nil
}

// Range returns the level's bounds, −9 and +9.
func (o *LevelOptions) Range() (lo, hi float64) { return -MaxLevel, MaxLevel }

// lastingWeights returns dyad d's event weight per period, both
// directions pooled (lasting states are undirected).
func (p *Panel) lastingWeights(d dataset.Dyad) ([]float64, error) {
	w := make([]float64, p.NumPeriods())
	if !p.opts.Directed {
		d = d.Undirected()
	}
	err := p.view(d, false, func(t int, st *dataset.Stats) { w[t] = st.W.Float() })
	return w, err
}
