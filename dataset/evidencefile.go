package dataset

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"
)

// The evidence file format, version 1 (frozen: TestFormatHeadersFrozen
// pins the version and header; a change needs version 2, with version 1
// still read or refused by name).
//
// An evidence file holds the bounded evidence a report shows (its top
// events, change-point drivers and timelines; see Ingest.Evidence) for
// statistics aggregated elsewhere (stats files), so that a report built
// from stats files and evidence files lists the events a report built
// from the event files lists (the same lines, each with the same event;
// the files, built from whole merged events, keep a line's weaker
// direction where the single-pass ingest may have missed it: see
// Ingest.Evidence). It is RFC 4180 CSV (comma-separated, LF line ends,
// UTF-8), plain or gzip/zip-compressed, with this header line:
//
//	entente_evidence,granularity,directed,weight,goldstein,quads,exclude_self,dedup,roles,top,a,b,start,order,event
//
// and one row per kept event:
//
//	entente_evidence  the format version, 1; a reader refuses any other
//	granularity … roles  the settings, as in a stats file (see StatsFileVersion);
//	                granularity is the pools' period length
//	top             m, the number of report lines kept per dyad-period (see below)
//	a, b            the pool's dyad in the table's orientation (A <= B when undirected)
//	start           the pool's period start, YYYY-MM-DD (UTC)
//	order           where the event's first report came in the input: an
//	                integer, larger for later reports (the beam pipeline
//	                writes file index × 2^40 + the event's position in its file)
//	event           the merged event, as one line of WriteJSONL writes it
//	                (every field; reading it back gives the same Event)
//
// A pool is one dyad-period. Its events are ranked and grouped into
// report lines as Ingest.Evidence says (|w·g|, then more reports, the
// earlier day, the smaller code, then the smaller order; one line per day
// and text), and it keeps the events of its top m lines: for each line, the
// best-ranked event of each direction. TopEvidence computes exactly that
// from any set of merged events, and the pools of files are merged by it:
//
//   - rows of several files (shards) for the same pool are pooled and cut
//     to the top m again (pools of merged events are complete lines, so
//     the top m of a union is among the tops of its parts);
//   - pools of a finer granularity merge into a coarser one (day into any,
//     month into quarter and year, quarter into year): a line belongs to
//     one day, so the top m lines of a month are among the top m lines of
//     its days.
//
// Directed pools do not derive undirected ones (the other direction of a
// line may have been cut), so the reader refuses that, as it refuses a
// weight, table or quad mapping other than the one asked and a top m
// smaller than the one asked. Rows are written sorted by dyad, period
// and order, so the same evidence always gives the same bytes.
//
// The first header field, entente_evidence, is the format's magic
// (IsEvidenceFile). A later version changes the version number; readers
// of version 1 refuse it with an error wrapping ErrStatsVersion naming
// the file, line and column.

// EvidenceFileVersion is the version of the evidence file format
// WriteEvidenceRows writes and ReadEvidenceFiles reads.
const EvidenceFileVersion = 1

// FormatEvidence is the Format of an evidence file in Report.Format.
const FormatEvidence Format = "entente-evidence"

const evidenceMagic = "entente_evidence"

// evidenceColumns is the version 1 header; its first nine columns are
// laid out as a stats file's (see parseStatsSettings).
var evidenceColumns = []string{evidenceMagic, "granularity", "directed", "weight", "goldstein", "quads", "exclude_self", "dedup", "roles", "top", "a", "b", "start", "order", "event"}

const (
	ecTop = iota + scA
	ecA
	ecB
	ecStart
	ecOrder
	ecEvent
)

// EvidenceRow is one kept event of an evidence file: its pool (dyad in
// the table's orientation and period start), the position of its first
// report in the input, and the merged event.
type EvidenceRow struct {
	Dyad  Dyad
	Start time.Time
	Order int64
	Event Event
}

// EvidenceInfo is what an evidence file says about how its rows were
// kept: the format version, the aggregation options (Granularity is the
// pools'), the deduplication and role filter (as StatsInfo), and Top, the
// report lines kept per pool.
type EvidenceInfo struct {
	Version int
	Options AggregateOptions
	Dedup   string
	Roles   string
	Top     int
}

// evOrient returns the pool of row r under ao: its dyad oriented and its
// start at ao's granularity, and the direction of its event (0: A → B,
// or any event of a directed table; 1: B → A).
func evOrient(r *EvidenceRow, ao *AggregateOptions) (Dyad, time.Time, int) {
	d := r.Dyad
	if !ao.Directed {
		d = d.Undirected()
	}
	dir := 0
	if !ao.Directed && r.Event.Source.Country != d.A {
		dir = 1
	}
	return d, ao.Granularity.Start(r.Start), dir
}

// evRankOf is a merged event's rank under ao.
func evRankOf(e *Event, order int64, ao *AggregateOptions) (evRank, int64) {
	g := e.Goldstein
	if ao.Goldstein != nil {
		g = ao.Goldstein.Weight(e.Code)
	}
	y, m, d := e.Date.Date()
	day := int64(y)*512 + int64(m)*32 + int64(d)
	return rankOf(ao.Weight.Of(e), g, int64(e.ReportCount()), day, e.Code, order), day
}

// TopEvidence keeps, of merged events (deduplicated, or single reports
// when deduplication is off), those a report's evidence keeps: rows are
// pooled by dyad and period under ao (nil: the defaults; an undirected ao
// pools A-B with B-A, a coarser granularity pools the periods it covers),
// each pool's events grouped into report lines (the same day and text),
// and for each pool the top lines (top > 0) kept with the best-ranked
// event of each direction. The result holds the pool of ao in Dyad and
// Start, sorted by dyad, period and order. rows is not modified.
//
// It is exact and mergeable: TopEvidence of the union of TopEvidence
// results of parts is TopEvidence of the whole, provided each line's
// events are all in one part (as they are for pools of merged events
// split by dyad or period).
func TopEvidence(rows []EvidenceRow, top int, ao *AggregateOptions) []EvidenceRow {
	if top <= 0 {
		panic(fmt.Sprintf("dataset: TopEvidence: top %d, want > 0", top))
	}
	o := ao.options()
	type slot struct {
		ev   [2]int // index in rows + 1, per direction
		rank [2]evRank
	}
	best := func(s *slot) *evRank {
		switch {
		case s.ev[0] == 0:
			return &s.rank[1]
		case s.ev[1] == 0:
			return &s.rank[0]
		case s.rank[1].before(&s.rank[0]):
			return &s.rank[1]
		}
		return &s.rank[0]
	}
	type pkey struct {
		d     Dyad
		start int64
	}
	pools := map[pkey]map[string]*slot{}
	for i := range rows {
		r := &rows[i]
		d, start, dir := evOrient(r, &o)
		rank, day := evRankOf(&r.Event, r.Order, &o)
		k := pkey{d, start.Unix()}
		p := pools[k]
		if p == nil {
			p = map[string]*slot{}
			pools[k] = p
		}
		dk := displayKey(day, &r.Event)
		s := p[dk]
		if s == nil {
			s = &slot{}
			p[dk] = s
		}
		if s.ev[dir] == 0 || rank.before(&s.rank[dir]) {
			s.ev[dir], s.rank[dir] = i+1, rank
		}
	}
	var out []EvidenceRow
	for k, p := range pools {
		slots := make([]*slot, 0, len(p))
		for _, s := range p {
			slots = append(slots, s)
		}
		sort.Slice(slots, func(i, j int) bool { return best(slots[i]).before(best(slots[j])) })
		if len(slots) > top {
			slots = slots[:top]
		}
		for _, s := range slots {
			for _, ix := range s.ev {
				if ix > 0 {
					r := rows[ix-1]
					r.Dyad, r.Start = k.d, time.Unix(k.start, 0).UTC()
					out = append(out, r)
				}
			}
		}
	}
	sortEvidenceRows(out)
	return out
}

// sortEvidenceRows sorts by dyad, period and order.
func sortEvidenceRows(rows []EvidenceRow) {
	sort.Slice(rows, func(i, j int) bool {
		a, b := &rows[i], &rows[j]
		if a.Dyad != b.Dyad {
			if a.Dyad.A != b.Dyad.A {
				return a.Dyad.A < b.Dyad.A
			}
			return a.Dyad.B < b.Dyad.B
		}
		if !a.Start.Equal(b.Start) {
			return a.Start.Before(b.Start)
		}
		return a.Order < b.Order
	})
}

// EvidenceRows returns in's evidence as evidence file rows: pools at the
// Table's granularity, Order the event's position in its dyad's list
// (the order of first appearance, which is all a report compares), sorted
// by dyad, period and order; nil without evidence or Table.
func (in *Ingest) EvidenceRows() []EvidenceRow {
	if in.Table == nil {
		return nil
	}
	g := in.Table.opts.Granularity
	var out []EvidenceRow
	for _, d := range in.EvidenceDyads() {
		for i, e := range in.evidence[d] {
			out = append(out, EvidenceRow{Dyad: d, Start: g.Start(e.Date), Order: int64(i), Event: e})
		}
	}
	sortEvidenceRows(out)
	return out
}

// NewStatsIngest returns the Ingest of statistics aggregated elsewhere: t
// (ReadStatsFiles) and, if any, their evidence (ReadEvidenceFiles, pooled
// at t's granularity and orientation), the input of report.Build.
// Deduplicated is false and Reports nil: the deduplication and the
// readers' accounts happened where the statistics were made. An evidence
// row of a dyad-period t lacks (filtered out of the stats) is kept all
// the same.
func NewStatsIngest(t *Table, evidence []EvidenceRow) *Ingest {
	in := &Ingest{Table: t}
	if len(evidence) == 0 {
		return in
	}
	rows := append([]EvidenceRow(nil), evidence...)
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].Order < rows[j].Order })
	in.evidence = map[Dyad][]Event{}
	for i := range rows {
		d := rows[i].Dyad
		if t != nil && !t.opts.Directed {
			d = d.Undirected()
		}
		in.evidence[d] = append(in.evidence[d], rows[i].Event)
	}
	return in
}

// WriteEvidenceRows writes rows as an evidence file kept as info says
// (info.Top > 0 is required; info.Version is ignored: the file is
// EvidenceFileVersion), header included, in the order given; sort them as
// TopEvidence returns them for a canonical file. It panics on a nil info,
// Top ≤ 0, undeclared options or an unknown Dedup or Roles, as
// WriteStatsRows does.
func WriteEvidenceRows(w io.Writer, info *EvidenceInfo, rows []EvidenceRow) error {
	if info == nil || info.Top <= 0 {
		panic("dataset: WriteEvidenceRows: EvidenceInfo.Top must be > 0")
	}
	o := info.Options.options()
	checkInfoSettings("EvidenceInfo", info.Dedup, info.Roles)
	bw := bufio.NewWriterSize(w, 64<<10)
	bw.WriteString(strings.Join(evidenceColumns, ","))
	bw.WriteByte('\n')
	// the settings, as a stats row has them, with this format's version
	prefix := strconv.Itoa(EvidenceFileVersion) + statsPrefix(&o, info.Dedup, info.Roles)[len(strconv.Itoa(StatsFileVersion)):] + strconv.Itoa(info.Top) + ","
	var buf, js []byte
	for i := range rows {
		r := &rows[i]
		buf = append(buf[:0], prefix...)
		buf = appendCSVField(buf, r.Dyad.A)
		buf = append(buf, ',')
		buf = appendCSVField(buf, r.Dyad.B)
		buf = append(buf, ',')
		buf = r.Start.UTC().AppendFormat(buf, time.DateOnly)
		buf = append(buf, ',')
		buf = strconv.AppendInt(buf, r.Order, 10)
		buf = append(buf, ',')
		js = appendEventJSON(js[:0], &r.Event)
		buf = append(buf, '"')
		buf = append(buf, bytes.ReplaceAll(js, []byte(`"`), []byte(`""`))...)
		buf = append(buf, '"', '\n')
		if _, err := bw.Write(buf); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// IsEvidenceFile reports whether head, the first bytes of an input after
// decompression, is an evidence file: its first line starts with the
// magic header field "entente_evidence".
func IsEvidenceFile(head []byte) bool {
	return hasMagic(head, evidenceMagic)
}

// IsEvidencePath reports whether the regular file at path, plain or
// gzip/zip, is an evidence file. Errors opening it are returned.
func IsEvidencePath(path string) (bool, error) {
	return pathHasMagic(path, evidenceMagic)
}

// ReadEvidenceInfo reads how the evidence file at path was kept, from its
// header and first row; nil for a file without rows.
func ReadEvidenceInfo(path string) (*EvidenceInfo, error) {
	info, _, err := readEvidenceFile(path, &Report{}, nil, nil, 1)
	return info, err
}

// ReadEvidenceFiles reads evidence files (plain, gzip or zip) and merges
// their pools with TopEvidence into the evidence a report with options ao
// (nil: the defaults) and top lines per dyad-period keeps (top ≤ 0: the
// files' own). The files' pools may be finer than ao asks (see the
// format); their weight, Goldstein table and quad mapping must be ao's,
// their directedness the same, their top at least top, and every file's
// settings, dedup and roles the same. ro.Filter applies to pools as
// ReadStatsFiles applies it to rows (Roots is an error). It returns one
// Report per path counting rows (events): Read, Kept, Filtered.
//
// Errors are ReadStatsFiles' (*ParseError wrapping ErrStatsVersion,
// ErrStatsMismatch, ErrSyntax, …); an event that does not decode is an
// error too: there is no lenient mode. On error the rows are nil.
func ReadEvidenceFiles(paths []string, ro *ReadOptions, ao *AggregateOptions, top int) ([]EvidenceRow, *EvidenceInfo, []*Report, error) {
	want := ao.options()
	var filter *Filter
	if ro != nil {
		filter = ro.Filter
	}
	fm, err := compileFilter(filter)
	if err != nil {
		return nil, nil, nil, err
	}
	if fm != nil && len(fm.roots) > 0 {
		return nil, nil, nil, fmt.Errorf("dataset: %w: a filter on CAMEO roots cannot apply to evidence files", ErrStatsMismatch)
	}
	reports := make([]*Report, len(paths))
	for i, p := range paths {
		reports[i] = &Report{File: p, Format: FormatEvidence}
	}
	var rows []EvidenceRow
	var first *EvidenceInfo
	firstPath := ""
	for i, p := range paths {
		info, got, err := readEvidenceFile(p, reports[i], &want, fm, 0)
		if err != nil {
			return nil, nil, reports, err
		}
		if info == nil {
			continue
		}
		if top > 0 && info.Top < top {
			return nil, nil, reports, fmt.Errorf("dataset: %s: %w: kept %d lines per dyad-period, %d asked for", p, ErrStatsMismatch, info.Top, top)
		}
		if first == nil {
			first, firstPath = info, p
		} else if info.Dedup != first.Dedup || info.Roles != first.Roles || info.Options != first.Options || info.Top != first.Top {
			return nil, nil, reports, fmt.Errorf("dataset: %s: %w: kept with other settings than %s", p, ErrStatsMismatch, firstPath)
		}
		rows = append(rows, got...)
	}
	if first == nil {
		return nil, nil, reports, nil
	}
	if top <= 0 {
		top = first.Top
	}
	return TopEvidence(rows, top, &want), first, reports, nil
}

func readEvidenceFile(path string, rep *Report, want *AggregateOptions, fm *filterMatch, limit int64) (*EvidenceInfo, []EvidenceRow, error) {
	rc, _, err := openInput(path)
	if err != nil {
		return nil, nil, fmt.Errorf("dataset: %s: %w", path, err)
	}
	defer rc.Close()
	return readEvidence(rc, path, rep, want, fm, limit)
}

// readEvidence reads one evidence stream; with a nil want it only checks
// the rows, and with limit > 0 stops after limit rows.
func readEvidence(r io.Reader, name string, rep *Report, want *AggregateOptions, fm *filterMatch, limit int64) (*EvidenceInfo, []EvidenceRow, error) {
	cr := ownCSVReader(r)
	perr := func(line, field int, value string, err error) *ParseError {
		pe := &ParseError{File: name, Line: line, Field: field + 1, Value: shorten(value), Err: err}
		if field >= 0 && field < len(evidenceColumns) {
			pe.Column = evidenceColumns[field]
		} else {
			pe.Field = 0
		}
		return pe
	}
	header, err := cr.Read()
	if err == io.EOF {
		return nil, nil, &ParseError{File: name, Err: fmt.Errorf("%w: the input is empty, not an evidence file", ErrUnknownFormat)}
	}
	if err != nil {
		return nil, nil, statsCSVError(name, err)
	}
	header = append([]string(nil), header...) // ReuseRecord
	if len(header) == 0 || header[0] != evidenceMagic {
		first := ""
		if len(header) > 0 {
			first = header[0]
		}
		return nil, nil, &ParseError{File: name, Line: 1, Field: 1, Value: shorten(first), Err: fmt.Errorf("%w: not an evidence file (its header does not start with %s)", ErrUnknownFormat, evidenceMagic)}
	}
	headerErr := func() error {
		if len(header) != len(evidenceColumns) {
			return perr(1, -1, "", fmt.Errorf("%w: version %d header has %d columns, want %d", ErrColumnCount, EvidenceFileVersion, len(header), len(evidenceColumns)))
		}
		for i := range header {
			if header[i] != evidenceColumns[i] {
				return perr(1, i, header[i], fmt.Errorf("%w: version %d header names column %d %s", ErrSyntax, EvidenceFileVersion, i+1, evidenceColumns[i]))
			}
		}
		return nil
	}
	ctx := newRowCtx(&ReadOptions{Format: FormatJSONL}, &Report{}, FormatJSONL, nil)
	dec := newJSONLDecoder(ctx)
	var info *EvidenceInfo
	var prefix []string
	var rows []EvidenceRow
	var evs []Event
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, nil, statsCSVError(name, err)
		}
		line, _ := cr.FieldPos(0)
		rep.Read++
		if rec[0] != strconv.Itoa(EvidenceFileVersion) {
			return nil, nil, perr(line, 0, rec[0], fmt.Errorf("%w %q (this entente reads evidence version %d; a newer entente wrote it?)", ErrStatsVersion, rec[0], EvidenceFileVersion))
		}
		if err := headerErr(); err != nil {
			return nil, nil, err
		}
		if len(rec) != len(evidenceColumns) {
			return nil, nil, perr(line, -1, "", fmt.Errorf("%w: %d fields, want %d", ErrColumnCount, len(rec), len(evidenceColumns)))
		}
		if info == nil {
			o, field, err := parseStatsSettings(rec)
			if err != nil {
				return nil, nil, perr(line, field, rec[field], err)
			}
			topN, err := strconv.Atoi(rec[ecTop])
			if err != nil || topN <= 0 {
				return nil, nil, perr(line, ecTop, rec[ecTop], fmt.Errorf("%w: want a count > 0", ErrBadNumber))
			}
			if want != nil {
				if field, err := checkStatsSettings(&o, want); err != nil {
					return nil, nil, perr(line, field, rec[field], err)
				}
				if o.Directed != want.Directed {
					return nil, nil, perr(line, scDirected, rec[scDirected], fmt.Errorf("%w: directed evidence cannot give undirected pools (a line's other direction may have been cut)", ErrStatsMismatch))
				}
			}
			info = &EvidenceInfo{Version: EvidenceFileVersion, Options: o, Dedup: rec[scDedup], Roles: rec[scRoles], Top: topN}
			prefix = append([]string(nil), rec[:ecA]...)
		} else {
			for i := 1; i < ecA; i++ {
				if rec[i] != prefix[i] {
					return nil, nil, perr(line, i, rec[i], fmt.Errorf("%w: %s differs from the file's first row (%q): evidence kept with different settings", ErrStatsMismatch, evidenceColumns[i], prefix[i]))
				}
			}
		}
		var row EvidenceRow
		row.Dyad = Dyad{rec[ecA], rec[ecB]}
		if row.Dyad.A == "" || row.Dyad.B == "" {
			f := ecA
			if row.Dyad.A != "" {
				f = ecB
			}
			return nil, nil, perr(line, f, "", fmt.Errorf("%w: empty country code", ErrMissingField))
		}
		if row.Start, err = time.Parse(time.DateOnly, rec[ecStart]); err != nil {
			return nil, nil, perr(line, ecStart, rec[ecStart], fmt.Errorf("%w: want YYYY-MM-DD", ErrBadDate))
		}
		if row.Order, err = strconv.ParseInt(rec[ecOrder], 10, 64); err != nil {
			return nil, nil, perr(line, ecOrder, rec[ecOrder], fmt.Errorf("%w: want an integer", ErrBadNumber))
		}
		evs, _, err = dec.decode([]byte(rec[ecEvent]), line, evs[:0])
		if err != nil || len(evs) != 1 {
			if err == nil {
				err = fmt.Errorf("%w: want one event", ErrSyntax)
			}
			return nil, nil, perr(line, ecEvent, rec[ecEvent], err)
		}
		row.Event = evs[0]
		if want == nil {
			rep.Kept++
			if limit > 0 && rep.Read >= limit {
				return info, nil, nil
			}
			continue
		}
		dp := DyadPeriod{Dyad: row.Dyad, Start: row.Start}
		if reason, err := statsFilterRow(fm, &dp, info.Options.Granularity); err != nil {
			return nil, nil, perr(line, ecStart, rec[ecStart], err)
		} else if reason != "" {
			rep.Filter(reason)
			continue
		}
		if want.ExcludeSelf && row.Dyad.A == row.Dyad.B {
			rep.Filter(FilterSelf)
			continue
		}
		rep.Keep(row.Event.Date)
		rows = append(rows, row)
	}
	if info == nil {
		if err := headerErr(); err != nil {
			return nil, nil, err
		}
	}
	return info, rows, nil
}
