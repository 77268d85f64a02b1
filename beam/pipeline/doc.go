// Package pipeline is entente's dyad-period aggregation as an Apache Beam
// pipeline (Go SDK v2.78.0), for event data too large for one machine:
// all of GDELT in cloud storage, rerun when new files land.
//
// # What it computes
//
// Run matches the input files (a glob: local paths, or gs:// when the
// binary is built with -tags gcs), reads each file with entente's own
// readers (format and .gz/.zip detected from the content; one file is
// one unit of work), and aggregates the events into dataset.Stats per
// dyad and period — the statistics dataset.AggregateFiles computes on
// one machine, bit for bit: the Stats sums are exact 128-bit fixed point,
// so their merge (dataset.Stats.Merge, the CombineFn) does not depend on
// how a runner splits or orders the work.
//
// With the default Dedup "actors" (the default of `report score`),
// repeated reports of one event are merged across files exactly as
// dataset.Dedup does over all files read in input order: events are keyed
// by day, country pair, code and PLOVER category (a key coarser than
// dataset's, so no duplicate is split between groups), each group is
// sorted by (file position in the sorted match, row position in the file)
// and handed to dataset.Dedup, and the merged events to a dataset.Table.
// Dedup "off" aggregates each file on its own (the fast GDELT path) and
// merges the files' statistics: no event is shuffled, only dyad-periods.
//
// # Outputs
//
// Output (a folder) receives stats files only (dataset's stats file
// format, version 2): Shards files named stats-SSSSS-of-NNNNN.csv, each
// holding the rows of the dyads that hash to it (FNV-1a of "A-B"), sorted
// as dataset.Table.Rows sorts them; their union, read with
// dataset.ReadStatsFiles, is the table. Rows are kept at Period
// resolution (default day) so that any coarser period derives from them.
//
// Evidence (default Output + ".evidence"), with Settings.Evidence > 0,
// receives evidence files (dataset's evidence file format, version 1)
// named evidence-SSSSS-of-NNNNN.csv: the events a report lists as top
// events and change-point drivers, for each dyad-period pool
// (Settings.EvidencePeriod, default month) the events of its top
// Settings.Evidence report lines, as dataset.TopEvidence keeps them from
// all the merged events. They are built after the deduplication, from
// whole merged events, so the shards are exact: read together with
// dataset.ReadEvidenceFiles they are the evidence of all the files, and
// `report -o out OUTPUT/* EVIDENCE/*` lists the events `report -o out
// FILES…` lists. Evidence needs the events, so with Dedup "off" it reads
// them as with dedup (no merge) instead of the fast per-file path.
//
// Accounting (default Output + ".accounting") receives files.csv, one row
// per input file with its rows read, kept, rejected and filtered, the
// events not aggregated (not dyadic, undated) and the error of a file
// that could not be read; and rejects.csv, the first rejected rows of
// each file with file, line, column, value and reason. A file that cannot
// be read (missing, truncated archive, unknown format) contributes no
// statistics at all, is listed with its error, and makes Run return an
// error wrapping ErrUnreadable after the outputs are written.
//
// Determinism: the same inputs and settings give byte-identical shards
// and accounting on any runner.
//
// NaN and panics: the statistics follow dataset's NaN policy (an unknown
// Goldstein weight, tone or confidence is NaN in an event and left out of
// the sums that need it, counted in the Stats); the shards write what
// dataset's stats format writes. Bad settings (Settings that do not
// resolve, no output folder) are errors from Build and Run; the package
// itself has no panic (Beam's registration at init panics on a
// programming error).
package pipeline
