// Package score holds entente's models of relations between countries:
// event-balance indices, a bounded relationship level, a state-space
// (Kalman) index with uncertainty bands, alignment between countries'
// foreign-relations profiles, change points, and explanations of a value
// by its events.
//
// # Data flow
//
// A Panel lays the dyad-period statistics of a whole data set
// (dataset.Table.Rows, or PanelFromTable) on a regular grid of periods. A
// Model — *IndexOptions, *LevelOptions or *KalmanOptions, or any of
// ModelNames through ModelByName — scores one dyad into a Series: one
// Point per period of the grid. Score collects series into a SeriesSet,
// whose tidy form (dyad, period, model, value, lower, upper, n) is a gota
// DataFrame (Frame) or a CSV (WriteCSV). PanelProfiles turns scores toward
// third countries into Profiles, and Align compares them. ChangePoints
// segments any series, SeriesShifts finds a scored state path's changes in
// its own units (the moves of a series with a Saturation, the level's,
// measured with it undone); Explain goes back to the events.
//
// # Relationship level
//
// The level (LevelOptions) is a state in [−9, +9] read in six grades
// (Grades), moved once per period by the SUM of the period's events, each
// worth h(g) − h(c) with h(g) = g − β·g²/20 (a negativity bias: a strike
// is −15, a round of talks +4.55 per direction), compressed within the
// period by K·asinh(V/K) (diminishing returns), scaled by a gain and
// applied through a Saturation (default Sticky) that keeps the level in
// bounds and slows moves away from the side the level is on. The level is
// a standing part plus an acute part: 0.4 of each move stands and decays
// slowly toward the dyad's own record, 0.6 is acute and fades by a
// quarter a month (a crisis shows in its months, the standing relationship
// moves slowly; the hostile acts of a war stand whole). Lasting
// states — sanctions, reduced relations, occupation, blockade, war: a
// table of the CAMEO codes that open and close them (cameo.LastingStates,
// with how each is read: LastingStates), read by one interpreter from a
// LastingLog built from the aggregation's mark sums (LastingLogFromTable;
// dataset.Stats.Marks: every event, not the kept evidence) that the panel
// carries (PanelOptions.Lasting, PanelFromEvents) — cap the level's record and
// pull the level back under their ceiling while they are in force
// (LevelOptions.Lasting lists them). Its inputs
// are events, one row each (curated or deduplicated); for raw news counts
// set LevelOptions.Unit. The formulas, the defaults and the evidence for
// them (the embedded chronology; the face-validity test on the chronology (facevalidity_test.go)) are in
// LevelOptions' documentation.
//
// # State-space index
//
// KalmanOptions ("kalman") is a local level on the Goldstein scale that
// each month's net evidence of warming or cooling observes and pushes,
// marginalised over its two variances (KalmanPrior: a grid over q/σ²
// weighted by likelihood × half-Cauchy prior, σ² integrated under a
// conjugate prior) and filtered by default — each month read with only the
// months up to it; "kalman-smoothed" is the retrospective reading. The
// maximum-likelihood fit ("kalman-ml") is kept for comparison: it puts
// q on its lower bound for sparse dyads and turns them into constants.
//
// # Validation
//
// Validate scores any Model on documented turning points (TurningPoint,
// from chronology.TurningPoints): a point holds when the mean over the
// month and the two after it minus the mean over the three months before
// has the expected sign and moves at least 5 % of the dyad's range. The
// list splits by a fixed hash into a tuning half (models are chosen and
// tuned on it) and a held-apart half (TurningPoint.HeldApart), whose
// figure is the one to quote. CompareYearly checks a yearly index against
// another yearly measure (UN voting agreement).
//
// # Ideal points
//
// FitIdealPoints places countries on one dimension per period (a UN
// session) from their roll-call votes (RollCallMatrix): a dynamic
// ordered-logit item-response model in the spirit of Bailey, Strezhnev and
// Voeten (2017), fitted at its posterior mode by block Newton steps
// accelerated by SQUAREM, with Laplace bands; IdealPoints.Distance gives a
// dyad's distance per period with its band. Ideal points have mean 0 and
// standard deviation 1 over all reported country-periods, the United
// States' side positive. Published estimates cannot be reached from here,
// so face validity and stability under a bootstrap over roll calls are the
// checks (IdealPointOptions documents the model, the fit and the figures).
//
// # Conventions
//
// Units. Goldstein weights and every Goldstein-based value (the mean
// index, the state-space index and its bands, the normalised sum) are on
// the Goldstein (1992) scale, −10 (most conflictual) to +10 (most
// cooperative). The relationship level is on [−9, +9]. Shares, net
// cooperation and alignment values are unitless, in [0, 1] or [−1, 1].
// Sums are in units of the event weight chosen at aggregation
// (dataset.Weight: events, mentions, sources, articles or log(1 +
// sources)), which every Series records.
//
// Periods. A period is named by its first day, 00:00 UTC; the tidy CSV
// writes it as YYYY-MM-DD. A series has one point per period of the
// panel's grid, none missing.
//
// Missing data (NaN policy).
//   - Event-balance indices: a period without events — or without an event
//     that has what the measure needs (a Goldstein weight, a tone, some
//     cooperation for the conflict ratio) — has a NaN value; the period is
//     kept, with N = 0. Events with an unknown (NaN) Goldstein weight or
//     tone are skipped by the measures that need one (dataset.Stats keeps
//     them out of those sums) and counted in N.
//   - Level: NaN before the dyad's first period with a Goldstein weight;
//     afterwards quiet periods decay its standing part toward the dyad's
//     own record, four times more slowly from below than from above
//     (conflict is remembered longer; LevelOptions.HostileMemory), and
//     its acute part toward 0 (LevelOptions.AcuteDecay).
//   - State-space index: NaN before the first observed period; empty
//     periods afterwards carry the prediction, whose band widens, to the
//     end of the grid. Mean and bands are cut to [−10, 10].
//   - Level: its evidence band (LevelOptions) widens as evidence ages; it
//     is cut to [−9, 9].
//   - Alignment: a missing profile entry (NaN: too few events) is skipped
//     pairwise; a value that cannot be computed is NaN (see AlignOptions).
//   - Ideal points: a missing ballot (absent, not a member) is left out of
//     the likelihood, never read as "no"; a country-period without votes
//     has no IdealPoint; a roll call without votes has NaN parameters.
//   - ChangePoints skips NaN values; Explain skips events without the
//     value its measure needs and counts them (Unscored).
//   - CSV output writes NaN as an empty field; the gota frame holds NaN
//     (which gota reads as NA).
//
// Country and event codes are strings: "NA" is Namibia, never missing, and
// CAMEO codes keep their leading zeros. The tidy frame is built from typed
// columns, never parsed from text.
//
// Errors and panics. Data problems return errors that wrap the package's
// sentinels (ErrTooFewObservations, ErrUndirected, ErrNoPeriod, ErrBadRow,
// ErrUnknownModel, ErrUnknownMethod, ErrUnknownCountry). Programmer misuse
// — slices of different lengths, negative variances or weights, an option
// value that is not declared, a setting that does not apply (Normalize on
// the mean) — panics with a message starting "score: ".
//
// Determinism. The same input gives byte-identical output: panels sort
// their rows, every iteration runs in a fixed order (no map order), the
// alignment does not depend on the number of workers, and the CSV writers
// round floats to 8 significant digits (FormatFloat), so that platforms
// whose last bits differ (fused multiply–add) print the same text.
//
// Performance. The scalar and 2×2 Kalman recursions are plain float64
// loops (LevelFilter.Run, TrendFilter.Run; one filter step each, shared with
// the likelihoods and the marginalised index) that do not allocate;
// MarginalWork and KalmanWork are reusable workspaces; alignment uses BLAS
// (Syrk, Gemm) for the matrix sums and popcounts for κ, one scratch space
// per worker. The figures are in BENCHMARKS.md.
package score
