// Package eval measures the event coder against gold-standard records: the
// PLOVER gold standard (JSON, ReadPLOVER) and PETRARCH's validation records
// (XML, ReadPETRARCH).
//
// Evaluate codes every gold record's sentence with an *extract.Coder (dated
// with the record's date) and compares the coded events with the gold ones
// at several levels (the Level… constants). Tuples are sets per sentence:
// an event is (source, target, category), source and target compared by
// ActorKey (the state, or the first three letters of an organisation's code
// such as IGO, NGO, IMG), the target empty when the event has none. A gold
// event with several sources or targets expands to every pair; the PLOVER
// gold's reciprocal markup ("SRC/TAR": the actors act on each other)
// expands to both directions, and the LevelReciprocal score shows what the
// one-sided reading would score instead. Category is the PLOVER category
// (PLOVER 0.5 names mapped with cameo.NormalizePLOVER); for CAMEO gold
// (PETRARCH) the root, base (three digits) and full code levels are scored
// too, and the per-category table and the confusion table are by CAMEO
// root.
//
// Conventions: Score.Precision, Recall and F1 return NaN when undefined (no
// predictions, no gold items, or either of the two for F1), and String and
// Markdown print NaN as "—"; nothing is averaged over NaN. Readers return
// ErrFormat (wrapped, with the file name) for a file that is not a gold
// standard and dataset sentinels (dataset.ErrSyntax, ErrBadCode,
// ErrBadDate) for bad records. Evaluate panics, with an "eval: " prefix,
// only when given a nil Coder. The PETRARCH reader resolves the
// dictionaries named in the file's <Environment> (Petrarch.Actors, Agents,
// Verbs, Discards) beside the file; `report eval` codes PETRARCH records
// with its actor, agent and verb dictionaries and discard list, no
// built-in tables (extract.Options.OnlyDictionaries) and statements (01x)
// coded, as PETRARCH would.
//
// Train and validation. SplitOf puts every record on one side, by source
// and with a fixed rule (PLOVER records alternate within each category,
// entente's own sentences go by article, other records by an FNV hash of
// their SourceKey): the rules of the coder are tuned on the train part
// only, and the validation part is the figure to report. `report eval`
// scores the validation part first, then train (-split).
//
// Gold formats: ReadPLOVER reads the PLOVER gold standard and entente's own
// labelled sentences (testdata/entente.gold.json: records with "id"
// "article#n", "date", "text" and "events", a list of {"source", "target",
// "plover", "reciprocal"}, empty for a sentence without an event; the
// sentences of one article are coded together by Evaluate). ReadPETRARCH
// reads PETRARCH's validation XML.
//
// The results on the project's gold data are recorded in the documentation
// of package extract.
package eval
