// Package report turns coded events into a report on how relations between
// countries evolve: a multi-page PDF, a self-contained HTML page and a
// folder of per-chart PNG and SVG files with the scored series as CSV, all
// built from the same Report value.
//
// Build runs the pipeline on events (deduplication, aggregation into dyad
// periods, the models of package score, change points, top events) and
// draws the charts of package plots; the Write… methods render it.
// ReadScoresCSV reads back the scores CSV that WriteScoresCSV writes, and
// FromScores re-renders a report from it.
//
// Tables render themselves in notebooks and documents (HTML and Markdown
// methods): Table for any listing, EventTable for events with their
// evidence highlighted, SummaryTable, ParamsTable, StatsTable,
// AlignmentTable and VoteAlignTable for the library's own values, with
// numbers rounded for reading (CSV outputs keep eight significant digits,
// score.FormatFloat, relationship values rounded to CSVResolution).
//
// Conventions:
//   - Time: periods are UTC and start on their first day; "the last 3 and
//     12 months" are counted back from the last period with a value. The
//     changes compare 3-month means (ChangeOf) and the trend word is the
//     12-month change's sign beyond StableShare of the range (TrendOf), so
//     that the word and the Δ columns agree. Options.From and To choose
//     the periods shown; the scores read the history before From (the
//     values shown are those of a report from the data's start) and
//     nothing after To (window.go). Without Options.From the
//     report starts where the data becomes continuous when its first
//     periods are a sparse tail (FindSparseTail, the report command's
//     rule; Options.KeepSparseTail turns it off).
//   - Counting: events are rows as the data code them; an act both sides
//     perform (a meeting, a joint statement) is two rows, one per
//     direction, and counts twice in the events counts, listed once (↔)
//     among the top events (joint.go). Top events are the acts of the
//     dyad's reported change points (each change's heaviest own-way
//     driver), the heaviest first, then the weightiest acts of the years
//     those leave out (topevents.go).
//   - Missing data: a value that cannot be computed (no scored period, no
//     period 12 months earlier) is NaN and is written "–" (an en dash),
//     never 0.
//   - Numbers: everything the PDF, the HTML page, the Markdown summary
//     and the notebook tables print follows one rule (format.go): values on
//     a relationship scale (level, index, Goldstein weight, their changes
//     and shifts, event weights, ideal points and distances) to 0.1, since
//     their bands support no more; shares, similarities and correlations
//     (net cooperation, quad shares, vote agreement, S, κ, r) to 0.01;
//     probabilities and shares shown as such in whole per cent; counts as
//     integers; model parameters to three significant digits, those
//     fitted to a dyad's data to two; a change's printed shift is its
//     printed after minus its printed before. summary.csv
//     and change-points.csv round values to CSVResolution (1e−6), so a
//     value that is zero up to the computation's rounding is written 0;
//     the other CSV values keep score.FormatFloat's eight digits.
//   - Evidence: a dyad-period with fewer than ThinEvents events in the
//     ThinWindow months up to it has thin evidence (ThinEvidence, the one
//     rule): summary.csv flags the headline's last value, scores.csv
//     every row (its thin_evidence column, appended to score's tidy
//     columns), and the level chart dashes those stretches — flagged,
//     never blanked. The level's bands are named evidence bands wherever
//     they are shown, z·3.6/√(N + 1) with z = 1.28 and 1.96, and the
//     methods and the level chart's caption say where the constants come
//     from (bands.go); the other models' bands are 80 % and 95 %
//     intervals.
//   - Accounting: every filter that removed rows is named with its count
//     and reason (the role rule, the period, the dyads), and the methods
//     say what the role rule sets aside.
//   - Layout: the PDF's overview and vote section start below the section
//     before when the page has room for their first chart; every other
//     section opens a page. No page but the last of a section is more
//     than half empty, no table cell's word is wider than its column, and
//     the footer sits in the bottom 5 % of every page but the title page
//     (layout_test.go, pdf_test.go; golden page PNGs in testdata/pages).
//   - Words: captions, notes and methods are plain language, with
//     formulas and parameters in words and symbols, never Go identifiers.
//   - Reproducibility: the same events and options give byte-identical
//     PDF, HTML, CSV, PNG and SVG files. The generation date is
//     Options.Generated (the command passes the current time; tests pass
//     a fixed one) and nothing else depends on the clock.
//   - Text: every name is written as UTF-8 with an embedded Liberation Sans
//     font (PDF) or as UTF-8 HTML, so Côte d'Ivoire, Türkiye and São Tomé
//     render correctly everywhere.
//   - Output is atomic: WriteDir writes into a temporary folder beside the
//     destination and renames it into place; single files go through
//     internal/atomicfile. An existing report is never left half-written.
//   - Errors: data problems return errors; only programmer misuse panics,
//     with a "report: " prefix.
package report
