// Package dataset holds entente's event data: the Event type, readers and
// writers for the event formats analysts hold, deduplication, and
// streaming aggregation into dyad-period statistics.
//
// # Conventions
//
//   - Codes are strings. A CAMEO code is "042", never 42; Event.CodeValid
//     says whether it is in the CAMEO table and Event.Root is its two-digit
//     root. Country codes are ISO 3166 alpha-3 / CAMEO state codes
//     ("CHN", "NAM"); "NA" is Namibia's alpha-2 code, never a missing value,
//     except in ICEWS files, whose literal NA marks missing names and
//     sectors (ICEWS writes countries as full names).
//   - Units: Goldstein weights on Goldstein's scale, −10 (most
//     conflictual) … +10 (most cooperative); Tone is GDELT's average tone
//     of the reporting documents, −100 … +100 (in practice about −10 … +10);
//     Confidence is a share 0 … 1 (GDELT 2's mention confidence, a
//     percentage in the files, divided by 100 and averaged over an event's
//     mentions); dates and times are UTC, an event's Date its day as the
//     source dates it; weights and counts are plain numbers of events or
//     reports.
//   - Missing data: NaN for Goldstein, Tone and Confidence; 0 for the
//     Mentions, Sources and Articles counts; a zero time.Time for an
//     unknown date; an empty Actor.Country for an actor not tied to a state.
//     Readers start every event from NewEvent, so "unknown" is never read
//     as a real 0.
//   - Dates: Event.Date is the first day of what the source knows — a day,
//     or with Event.DatePrecision "week" (the ISO week's Monday), "month"
//     (the 1st), "year" (January 1) or "decade"; "" means a day or unknown
//     (GDELT, ICEWS and PLOVER rows are dated to the day). The precision is
//     data about the date, never text in Description; entente's CSV and
//     JSONL carry it in date_precision. Aggregation places an event by its
//     Date whatever its precision.
//   - Unknown country names and codes are never guessed: the actor keeps an
//     empty Country and the value is counted in Report.UnknownNames. CAMEO
//     region and group codes ("AFR", "EUR") are known to the country table
//     but are not countries: they leave Country empty without being
//     counted. Historical states keep their own codes ("SUN", "YUG").
//   - Errors: bad data gives a *ParseError (file, line, field position and
//     column name, offending value) wrapping one of the sentinels
//     (ErrBadDate, ErrBadCode, ErrColumnCount, ErrTruncated, …), so
//     errors.Is works. Only programmer misuse panics (see Panics).
//   - Roles: ActorRole reads whom an actor stands for (the state, its
//     government or military, the opposition, rebels, civil society,
//     business, the media) from its CAMEO type codes or ICEWS sectors; an
//     actor with no stated role is the state. Filter.Roles (a RoleFilter,
//     nil = every role) sets aside acts by or toward another state's
//     opposition or rebels (DefaultRoleFilter), counted as filtered with
//     the rule's name ("role: opposition").
//   - Accounting: every input has a Report, and Read == Kept + Rejected +
//     Filtered always holds; Report.RowsLine is the stable one-line form
//     "rows: read=N kept=N rejected=N filtered=N". A zip archive's entries
//     are accounted one by one too, in Report.Parts (PartLines:
//     "archive.zip:entry: rows: …"), the Report holding their sums.
//   - Outputs are written atomically by callers that write files
//     (internal/atomicfile); WriteCSV and WriteJSONL write to an io.Writer.
//
// # Readers
//
// Open (a path, "-" for standard input) and NewReader (an io.Reader) return
// a Reader; Next fills one Event at a time in constant memory; ReadFile and
// ReadEvents collect every event. Compression is detected from the content,
// never the name: plain text, gzip (magic 1f 8b, concatenated members
// included) and zip ("PK\x03\x04": every file entry in archive order, each
// with its own format detection, header and Report in Report.Parts,
// reported as "archive.zip:entry.csv"; an entry whose format cannot be
// detected has each of its rows rejected with the reason; directories and
// __MACOSX/ metadata are skipped; a zip read from a pipe is spooled to a
// temporary file).
//
// Every input is opened once and read as a stream: the format is detected
// from a peeked prefix that the Reader then reads again from its buffer,
// so a named pipe, a socket, standard input and a regular file give the
// same rows. OpenInput / NewInput do the same for a caller that wants to
// look at an input (Input.Head) before reading it. Only AggregateFiles
// opens a plain regular GDELT file a second time, to split it into byte
// ranges read in parallel. A truncated gzip stream or zip archive — a zip without
// its central directory has its entries recovered from their local
// headers — ends the read with an error wrapping ErrTruncated that names
// the file, after every complete row before the damage was read and
// counted; the row cut in half is rejected.
//
// The format is ReadOptions.Format or detected from the first lines
// (DetectFormat):
//
//   - FormatGDELT1: GDELT 1.0 event exports, tab-separated, no header, 57-
//     (historical backfile) and 58-column rows mixed in one file;
//   - FormatGDELT2: GDELT 2.0 events, 61 columns;
//   - FormatGDELT2Mentions: GDELT 2.0 mentions, which are not events: read
//     them with ReadMentions / OpenMentions into Mention values, and join
//     them to events by GLOBALEVENTID with SummarizeMentions or
//     AttachMentions (Open refuses a mentions file);
//   - FormatICEWS: ICEWS .tab files with their header; the event ID is
//     "date/Event ID", because ICEWS ids are unique only with the date;
//   - FormatPLOVER: PLOVER and POLECAT (NGEC) records, as a JSON array or
//     JSON lines; one event per (source, target) pair, reciprocal pairs for
//     several sources without a target; the PLOVER category is kept in
//     Event.PLOVER and no CAMEO code is invented;
//   - FormatCSV: delimited text with a header — entente's own CSV
//     (EntenteColumns) and any CSV/TSV whose columns are named by
//     ReadOptions.Columns or recognised by name (date, source, target and
//     code are enough);
//   - FormatJSONL: entente's JSONL, and JSON lines or arrays of flat records
//     with a mapping.
//
// Each format's field mapping and validation is documented on its decoder
// type (gdeltDecoder, icewsDecoder, ploverDecoder, csvDecoder,
// jsonlDecoder) in the source. Goldstein weights and quad classes missing
// from a file are filled from ReadOptions.Goldstein and Quads (by default
// ICEWS's tables for ICEWS files, PLOVER's categories for PLOVER files,
// GDELT's otherwise); a file's own values are never replaced.
//
// Lenient mode (the default) rejects bad rows — counted, their reasons
// tallied, the first ReadOptions.MaxSamples kept with file, line, column
// and value, and the raw rows written to ReadOptions.Rejects so they can be
// fixed and read again. Strict mode returns the first bad row's
// *ParseError from Next. A line or record longer than
// ReadOptions.MaxLineBytes (1 MiB by default) is one rejected row
// (ErrLineTooLong), skipped to its end and written whole to Rejects;
// a NUL byte or invalid UTF-8 in a row rejects that row (ErrEncoding)
// naming its line, the field and the byte's position in the line
// (ParseError.Byte, printed "file:line:byte"); input is refused as binary
// at Open only when most lines of its first 8 KiB are binary (NUL bytes,
// or over 1 in 32 control bytes), the error naming the line and byte of
// the first bad byte. ReadOptions.Filter drops well-formed
// events, counted by reason in Report.Filters.
//
// WriteCSV and WriteJSONL write entente's own formats; reading them back
// gives the same events, Origin included (origin_file, origin_line).
//
// # Deduplication
//
// Dedup (and the streaming Deduper) is an explicit, optional step: the
// one-a-day filter merges events with the same key (date, source, target,
// CAMEO code). DedupActors, the default, tells actors apart by country and
// actor code (or name, when there is no code) — on the ICEWS sample it gives
// the 2,734 distinct keys of its 3,705 rows; DedupCountries keys on country
// codes only. A merged event is the first of its key with Reports = the
// number merged, the counts (mentions, sources, articles) summed, the tone
// the report-weighted mean, the confidence the maximum, and every URL and
// piece of evidence kept. Undated events are never merged. DedupReport
// counts in, out and merged; the output follows the order in which each key
// first appears. The merged tone's numerator is an exact Sum, so the mean
// does not depend on the order of the reports.
//
// # The ingest stage
//
// IngestFiles (files, "-" for standard input) and IngestEvents (events in
// memory) are the one stage from inputs to statistics: they deduplicate
// one a day while the rows stream, aggregate the merged events into a
// Table and keep bounded evidence for reports, and return them in an
// Ingest with the readers' Reports and the DedupReport. The Table and the
// accounts are those of ReadFile + Dedup + Table.Add, bit for bit (tests
// compare them on the shared GDELT and ICEWS samples and generated files),
// but no event is kept: memory grows with the distinct dedup keys (16
// bytes each, 40 more for a key of an aggregated dyad; the keys are packed
// without loss, so equality is exact) and the dyad-periods, not with the
// rows. The evidence is, for each dyad-period, the m merged events that
// rank first by |w·g| (Ingest.Evidence): exactly the m first, whatever the
// order in which reports arrive. NaN tones and Goldstein weights stay
// unknown (left out of the sums that need them), as in Table.Add.
//
// # Aggregation
//
// A Table holds dyad-period statistics (Stats): NewTable(*AggregateOptions)
// with a Granularity (month by default), a directed (A→B) or undirected
// (A–B, A < B) view, and an event Weight (one per event by default; the
// count weights read an unknown count, 0, as 1; WeightLogSources is
// log(1 + sources)). Table.Add skips, and counts in Skipped, events that are
// undated, not dyadic (a side without a country), or — with ExcludeSelf —
// self-dyads; self-dyads are otherwise kept and flagged by Dyad.Self. NaN
// Goldstein weights and tones are left out of the sums that need them (GW,
// WG, TW, WT), never counted as 0. Stats.Marks sums the weight of the
// events whose CAMEO code opens or closes a lasting state (cameo.Marks: an
// event may feed several marks), so that score reads sanctions, wars and
// the like from the statistics of every event, in every path (event files,
// the fast path, stats files, shards). Few dyad-periods have a mark, so
// Stats.Marks is a *MarkSums held sparsely: nil when every mark sum is 0
// (and only then; read a sum with Stats.Mark), shared by copies of a Stats
// and never written through (AddMarks and Merge set a new one: copy on
// write). Stats files (version 2, see StatsFileVersion) carry the ten
// mark columns; version 1 files, which lack them, are refused by name.
//
// Every sum is a Sum: exact 128-bit fixed point at 1e-9, so tables built
// from the same events merge (Table.Merge) to bit-identical results in any
// order or grouping — files, goroutines or machines can aggregate
// independently. AggregateFiles aggregates several files in parallel; GDELT
// 1.0/2.0 files take a fast path that never builds an Event per row (see
// BENCHMARKS.md: 2M rows in about 0.5 s on one core, memory that grows
// with the groups, not the rows) and gives the same Table and Reports as
// Reader + Table.Add. Table.Between keeps the rows of some periods;
// StatsFrame(table.Rows()) loads the statistics into a typed gota frame.
// Rows copies every row (352 bytes each); Table.EachRow and
// Table.EachMarked (the rows with a mark) visit them in the same order
// without copying, for readers of large tables (score's panel and lasting
// log).
//
// # Data frames
//
// EventsFrame and StatsFrame build gota DataFrames with explicit column
// types: CAMEO and country codes stay strings ("042", and "NA" stays
// Namibia's code, never missing), dates are "YYYY-MM-DD" strings (gota has
// no time type; NA when unknown), floats are NaN where unknown. gota is for
// the filtered or aggregated frames a user works with: the frame of an
// aggregated 2M-row file builds in about 0.1 s, while ReadFrame of the raw
// 2M rows takes about 19 s and 4.6 GB. Aggregate in typed Go (Table), never
// with gota's GroupBy, which joins keys with "_" so different dyads can
// collide.
//
// # Panics
//
// Only programmer misuse panics, with a "dataset: " prefix: NewTable with an
// undeclared Weight or Granularity, Weight.Of with an undeclared Weight,
// Dedup/NewDeduper with an undeclared DedupKey, Table.Merge of tables with
// different options (or of a table into itself), Filter.Reason with an
// invalid filter, reading mentions through the event decoder.
package dataset
