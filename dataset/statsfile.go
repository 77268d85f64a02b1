package dataset

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math/big"
	"math/bits"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/entente/entente/cameo"
)

// The stats file format, version 2 (frozen: TestFormatHeadersFrozen pins
// the version and header; a change needs version 3, with version 2 still
// read or refused by name). Version 1 lacked the lasting-state mark
// columns; a reader refuses it by name, saying to re-run aggregate.
//
// A stats file holds dyad-period statistics (Stats) exactly, so that
// aggregation can run in one place (a cluster: see the beam module) and
// scoring in another. It is RFC 4180 CSV (comma-separated, LF line ends,
// UTF-8), plain or gzip/zip-compressed, with this header line:
//
//	entente_stats,granularity,directed,weight,goldstein,quads,exclude_self,dedup,roles,a,b,start,n,reports,w,w2,gw,gw2,wg,wg2,quad_unknown,quad_verbal_cooperation,quad_material_cooperation,quad_verbal_conflict,quad_material_conflict,quad_neutral,tw,wt,sanctions_open,sanctions_close,relations_reduced_open,relations_reduced_close,blockade_open,blockade_close,occupation_open,occupation_close,war_open,war_close,first,last
//
// and one row per dyad and period:
//
//	entente_stats   the format version, 2; a reader refuses any other
//	granularity     the period length the row was aggregated at: day, week, month, quarter, year
//	directed        true (A is the source, B the target) or false (A <= B)
//	weight          the event weight (Weight): one, mentions, sources, articles, log-sources
//	goldstein       the Goldstein table applied (AggregateOptions.Goldstein): gdelt, icews, or empty (each event's own)
//	quads           the quad mapping applied: gdelt, icews, phoenix, plover, or empty (each event's own)
//	exclude_self    true if self-dyads were dropped (AggregateOptions.ExcludeSelf)
//	dedup           the one-a-day merge applied before aggregating (DedupKey): actors,
//	                countries, off, or empty when the writer did not record it
//	roles           whose acts were kept while reading (the commands' -roles, RoleFilter):
//	                government, state, all, or empty when the writer did not record it
//	a, b            the dyad's country codes (strings: "NAM", never a number)
//	start           the period's first day, YYYY-MM-DD (UTC)
//	n, reports      Stats.N and Stats.Reports, decimal integers
//	w … war_close   the Sum fields of Stats (W, W2, GW, GW2, WG, WG2, Quad[0…5], TW, WT,
//	                Marks[0…9]: the weight of the events opening and closing each lasting
//	                state, cameo.Marks)
//	first, last     Stats.First and Stats.Last: YYYY-MM-DD, or RFC 3339 with
//	                nanoseconds when the time of day is not midnight UTC; empty if zero
//
// A Sum is written exactly as Sum.Decimal does: its 128-bit fixed-point
// value as a decimal with nine fractional digits ("-12.500000000"), so that
// writing and reading loses nothing and merged files give bit-identical
// sums. Rows are written in Table.Rows order (dyad, then period), so the
// same table always gives the same bytes. The aggregation settings repeat
// on every row so that each row, and any concatenation of shards, is
// self-describing; a file mixing settings is refused.
//
// The first header field, entente_stats, is the format's magic: IsStatsFile
// recognises a file by it. A later version will change the version number
// and may change the columns; readers of version 2 refuse it with an error
// wrapping ErrStatsVersion that names the file, line and column.

// StatsFileVersion is the version of the stats file format WriteStats
// writes and ReadStatsFiles reads.
const StatsFileVersion = 2

// FormatStats is the Format of a stats file in Report.Format. Open does not
// read stats files (they hold no events): use ReadStatsFiles.
const FormatStats Format = "entente-stats"

// ErrStatsVersion: a stats file's version is not StatsFileVersion.
var ErrStatsVersion = errors.New("unsupported stats file version")

// ErrStatsMismatch: stats cannot give the statistics asked for — shards
// aggregated with different settings, a weight or table other than the
// one asked, a granularity that does not divide into the one asked, or a
// filter that would cut a period in two.
var ErrStatsMismatch = errors.New("stats do not match the aggregation asked for")

// statsMagic is the first header field.
const statsMagic = "entente_stats"

// statsQuadColumns names the Quad sums' columns, index cameo.Quad. Its
// array type fails to compile if cameo.NumQuads changes, which would need a
// new format version.
var statsQuadColumns = [cameo.NumQuads]string{"quad_unknown", "quad_verbal_cooperation", "quad_material_cooperation", "quad_verbal_conflict", "quad_material_conflict", "quad_neutral"}

// statsColumns is the version 2 header.
var statsColumns = func() []string {
	c := []string{statsMagic, "granularity", "directed", "weight", "goldstein", "quads", "exclude_self", "dedup", "roles", "a", "b", "start", "n", "reports", "w", "w2", "gw", "gw2", "wg", "wg2"}
	c = append(c, statsQuadColumns[:]...)
	c = append(c, "tw", "wt")
	c = append(c, statsMarkColumns[:]...)
	return append(c, "first", "last")
}()

// statsMarkColumns names the Marks sums' columns, index cameo.Mark. Its
// array type fails to compile if cameo.NumMarks changes, which would need a
// new format version.
var statsMarkColumns = [cameo.NumMarks]string{"sanctions_open", "sanctions_close", "relations_reduced_open", "relations_reduced_close", "blockade_open", "blockade_close", "occupation_open", "occupation_close", "war_open", "war_close"}

// Column positions (0-based) in version 2.
const (
	scVersion = iota
	scGranularity
	scDirected
	scWeight
	scGoldstein
	scQuads
	scExcludeSelf
	scDedup
	scRoles
	scA
	scB
	scStart
	scN
	scReports
	scSums // W, W2, GW, GW2, WG, WG2, Quad[…], TW, WT, Marks[…] follow
)

var (
	scFirst = len(statsColumns) - 2
	scLast  = len(statsColumns) - 1
)

// statsSums returns pointers to the Sum fields of s in column order, the
// mark sums' pointing into marks (not s.Marks, which is nil when they are
// all 0: writers pass a copy of them, s.markSums(); readers pass a zero
// MarkSums and set s.Marks from it after reading, s.setMarks).
func statsSums(s *Stats, marks *MarkSums) []*Sum {
	out := []*Sum{&s.W, &s.W2, &s.GW, &s.GW2, &s.WG, &s.WG2}
	for i := range s.Quad {
		out = append(out, &s.Quad[i])
	}
	out = append(out, &s.TW, &s.WT)
	for i := range marks {
		out = append(out, &marks[i])
	}
	return out
}

// IsStatsFile reports whether head, the first bytes of an input after
// decompression, is a stats file: its first line starts with the magic
// header field "entente_stats" (a UTF-8 byte order mark is allowed). Use
// IsStatsPath for a file that may be compressed.
func IsStatsFile(head []byte) bool {
	return hasMagic(head, statsMagic)
}

// ownCSVReader reads one of the project's own CSV formats (stats files,
// evidence files): buffered, a UTF-8 byte order mark skipped, rows of any
// length (the readers check them), records reused.
func ownCSVReader(r io.Reader) *csv.Reader {
	br := bufio.NewReaderSize(r, 64<<10)
	if b, err := br.Peek(3); err == nil && bytes.Equal(b, utf8BOM) {
		br.Discard(3)
	}
	cr := csv.NewReader(br)
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	return cr
}

// hasMagic reports whether head's first line starts with the header field
// magic (after an optional UTF-8 byte order mark): the test of the
// project's own file formats (stats files, evidence files).
func hasMagic(head []byte, magic string) bool {
	head = bytes.TrimPrefix(head, utf8BOM)
	if !bytes.HasPrefix(head, []byte(magic)) {
		return false
	}
	rest := head[len(magic):]
	return len(rest) == 0 || rest[0] == ',' || rest[0] == '\n' || rest[0] == '\r'
}

// IsStatsPath reports whether the file at path, plain or gzip/zip, is a
// stats file (see IsStatsFile). Errors opening or decompressing it are
// returned.
func IsStatsPath(path string) (bool, error) {
	return pathHasMagic(path, statsMagic)
}

// pathHasMagic reports whether the regular file at path, plain or gzip/zip,
// starts with the header field magic (hasMagic). A named pipe, a socket or
// standard input can be read only once: looking at it here would take its
// first bytes from the reader that comes next, so they are never one of
// these files. Errors opening or decompressing the file are returned.
func pathHasMagic(path, magic string) (bool, error) {
	if st, err := os.Stat(path); err != nil {
		return false, err
	} else if !st.Mode().IsRegular() {
		return false, nil
	}
	rc, _, err := openInput(path)
	if err != nil {
		return false, err
	}
	defer rc.Close()
	head := make([]byte, len(utf8BOM)+len(magic)+1)
	n, err := io.ReadFull(rc, head)
	if err != nil && err != io.EOF && err != io.ErrUnexpectedEOF {
		return false, err
	}
	return hasMagic(head[:n], magic), nil
}

// StatsInfo is what a stats file says about how its rows were made: the
// format version, the aggregation options and the deduplication applied
// before aggregating.
type StatsInfo struct {
	Version int
	Options AggregateOptions
	// Dedup is "actors", "countries" or "off" (see DedupKey), or "" when
	// the writer did not record it (WriteStats: a Table does not know).
	Dedup string
	// Roles is the role filter the events were read with, as
	// ParseRoleFilter names it ("government", "state", "all"), or "" when
	// the writer did not record it.
	Roles string
}

// WriteStats writes every row of t as a stats file (see the format above),
// header included, in Table.Rows order, with an empty dedup column.
func WriteStats(w io.Writer, t *Table) error {
	return WriteStatsRows(w, &StatsInfo{Options: t.Options()}, t.Rows())
}

// WriteStatsRows writes rows as a stats file made as info says (nil means
// the default options, dedup not recorded; info.Version is ignored: the
// file is StatsFileVersion), header included, in the order given; sort
// them as Table.Rows does for a canonical file. It panics on undeclared
// options, as NewTable does, and on a Dedup other than "", "off",
// "actors" or "countries".
func WriteStatsRows(w io.Writer, info *StatsInfo, rows []DyadPeriod) error {
	var in StatsInfo
	if info != nil {
		in = *info
	}
	o := in.Options.options()
	checkInfoSettings("StatsInfo", in.Dedup, in.Roles)
	bw := bufio.NewWriterSize(w, 64<<10)
	bw.WriteString(strings.Join(statsColumns, ","))
	bw.WriteByte('\n')
	prefix := statsPrefix(&o, in.Dedup, in.Roles)
	var buf []byte
	for i := range rows {
		buf = appendStatsRow(buf[:0], prefix, &rows[i])
		if _, err := bw.Write(buf); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// statsPrefix is the settings part of every row: version to exclude_self.
func statsPrefix(o *AggregateOptions, dedup, roles string) string {
	gold, quads := "", ""
	if o.Goldstein != nil {
		gold = o.Goldstein.Name()
	}
	if o.Quads != nil {
		quads = o.Quads.Name()
	}
	return fmt.Sprintf("%d,%s,%t,%s,%s,%s,%t,%s,%s,", StatsFileVersion, o.Granularity, o.Directed, o.Weight, gold, quads, o.ExcludeSelf, dedup, roles)
}

// validStatsRoles reports whether s may stand in the roles column.
func validStatsRoles(s string) bool {
	switch s {
	case "", "government", "state", "all":
		return true
	}
	return false
}

func validDedup(s string) bool {
	switch s {
	case "", "off", "actors", "countries":
		return true
	}
	return false
}

func appendStatsRow(b []byte, prefix string, r *DyadPeriod) []byte {
	b = append(b, prefix...)
	b = appendCSVField(b, r.Dyad.A)
	b = append(b, ',')
	b = appendCSVField(b, r.Dyad.B)
	b = append(b, ',')
	b = r.Start.UTC().AppendFormat(b, time.DateOnly)
	b = append(b, ',')
	b = strconv.AppendInt(b, r.N, 10)
	b = append(b, ',')
	b = strconv.AppendInt(b, r.Reports, 10)
	s, marks := r.Stats, r.Stats.markSums()
	for _, p := range statsSums(&s, &marks) {
		b = append(b, ',')
		b = p.AppendDecimal(b)
	}
	b = append(b, ',')
	b = appendStatsTime(b, r.First)
	b = append(b, ',')
	b = appendStatsTime(b, r.Last)
	return append(b, '\n')
}

// appendCSVField quotes s when CSV needs it (country codes never do).
func appendCSVField(b []byte, s string) []byte {
	if !strings.ContainsAny(s, ",\"\r\n") && strings.TrimSpace(s) == s {
		return append(b, s...)
	}
	b = append(b, '"')
	b = append(b, strings.ReplaceAll(s, `"`, `""`)...)
	return append(b, '"')
}

func appendStatsTime(b []byte, t time.Time) []byte {
	if t.IsZero() {
		return b
	}
	if t.Location() == time.UTC && t.Equal(time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)) {
		return t.AppendFormat(b, time.DateOnly)
	}
	return t.AppendFormat(b, time.RFC3339Nano)
}

func parseStatsTime(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	if len(s) == len(time.DateOnly) {
		return time.Parse(time.DateOnly, s)
	}
	return time.Parse(time.RFC3339Nano, s)
}

// Decimal returns the sum exactly, as a decimal with nine fractional
// digits: "0.000000000", "-12.500000000". ParseSum reads it back to the
// same Sum.
func (s Sum) Decimal() string { return string(s.AppendDecimal(nil)) }

// AppendDecimal appends Decimal's text to b.
func (s Sum) AppendDecimal(b []byte) []byte {
	hi, lo := uint64(s.hi), s.lo
	if s.hi < 0 {
		b = append(b, '-')
		lo = ^lo + 1
		hi = ^hi
		if lo == 0 {
			hi++
		}
	}
	// (hi, lo) / 1e9 by long division.
	qhi, rem := hi/sumScale, hi%sumScale
	qlo, frac := bits.Div64(rem, lo, sumScale)
	if qhi == 0 {
		b = strconv.AppendUint(b, qlo, 10)
	} else {
		q := new(big.Int).Lsh(new(big.Int).SetUint64(qhi), 64)
		q.Or(q, new(big.Int).SetUint64(qlo))
		b = q.Append(b, 10)
	}
	b = append(b, '.')
	var digits [9]byte
	for i := 8; i >= 0; i-- {
		digits[i] = byte('0' + frac%10)
		frac /= 10
	}
	return append(b, digits[:]...)
}

// errSumSyntax is the error ParseSum wraps for malformed text.
var errSumSyntax = fmt.Errorf("%w: want a decimal with at most nine fractional digits", ErrBadNumber)

// ParseSum reads the text Decimal writes: an optional '-', decimal digits,
// and optionally '.' and one to nine fractional digits. Values beyond the
// Sum's range (magnitude 2^127·1e-9, about 1.7e29) are refused. Errors wrap
// ErrBadNumber.
func ParseSum(text string) (Sum, error) {
	s := text
	neg := false
	if strings.HasPrefix(s, "-") {
		neg, s = true, s[1:]
	}
	intPart, fracPart, hasDot := strings.Cut(s, ".")
	if intPart == "" || (hasDot && (fracPart == "" || len(fracPart) > 9)) {
		return Sum{}, errSumSyntax
	}
	var hi, lo uint64
	mulAdd := func(m, a uint64) bool { // (hi, lo) = (hi, lo)*m + a; false on overflow
		h1, l1 := bits.Mul64(lo, m)
		h2, l2 := bits.Mul64(hi, m)
		if h2 != 0 {
			return false
		}
		var c uint64
		hi, c = bits.Add64(l2, h1, 0)
		if c != 0 {
			return false
		}
		lo, c = bits.Add64(l1, a, 0)
		hi, c = bits.Add64(hi, 0, c)
		return c == 0 && hi < 1<<63
	}
	for i := 0; i < len(intPart); i++ {
		c := intPart[i]
		if c < '0' || c > '9' || !mulAdd(10, uint64(c-'0')) {
			return Sum{}, errSumSyntax
		}
	}
	var frac uint64
	for i := 0; i < 9; i++ {
		frac *= 10
		if i < len(fracPart) {
			c := fracPart[i]
			if c < '0' || c > '9' {
				return Sum{}, errSumSyntax
			}
			frac += uint64(c - '0')
		}
	}
	if !mulAdd(sumScale, frac) {
		return Sum{}, fmt.Errorf("%w: beyond the range of an exact sum", ErrBadNumber)
	}
	if neg {
		lo = ^lo + 1
		hi = ^hi
		if lo == 0 {
			hi++
		}
	}
	return Sum{hi: int64(hi), lo: lo}, nil
}

// coarser reports whether rows at granularity from can be merged into
// periods of granularity to: each of to's periods is a union of from's.
func coarser(from, to Granularity) bool {
	switch from {
	case to, Day:
		return true
	case Month:
		return to == Quarter || to == Year
	case Quarter:
		return to == Year
	}
	return false
}

// ReadStatsFiles reads stats files (see the format above; plain, gzip or
// zip) and merges their rows exactly into one Table with the options ao
// (nil means the defaults, as for NewTable), as AggregateFiles does for
// event files, so that a table aggregated elsewhere and written in shards
// is the table of the events themselves. It returns one Report per path,
// counting rows (dyad-periods), not events: Read rows, Kept, and Filtered
// by ro.Filter; Format is FormatStats.
//
// The files' rows may be finer than ao asks and are then merged exactly:
// day rows into any granularity, month rows into quarters and years,
// quarter rows into years; directed rows into an undirected table (A-B and
// B-A pooled); with ao.ExcludeSelf, self-dyad rows are dropped and their
// events counted in Table.Skipped().Self. The weight, Goldstein table and
// quad mapping must be those of ao. ro.Filter applies to rows: From/To
// keep the periods inside the range (a bound that cuts a row's period is
// an error), Dyads and Countries keep the rows of those dyads and
// countries, ExcludeSelf drops self-dyads; Roots cannot apply to
// statistics and is an error. Other ReadOptions fields do not apply.
//
// Errors: any row that cannot be read is an error (*ParseError with file,
// line and column wrapping ErrBadNumber, ErrBadDate, ErrSyntax,
// ErrColumnCount, ErrStatsVersion or ErrStatsMismatch): a merge missing a
// row would be silently wrong, so there is no lenient mode. A file that is
// not a stats file wraps ErrUnknownFormat. On error the Table is nil and
// the Reports count what was read.
func ReadStatsFiles(paths []string, ro *ReadOptions, ao *AggregateOptions) (*Table, []*Report, error) {
	want := ao.options()
	var filter *Filter
	if ro != nil {
		filter = ro.Filter
	}
	fm, err := compileFilter(filter)
	if err != nil {
		return nil, nil, err
	}
	if fm != nil && len(fm.roots) > 0 {
		return nil, nil, fmt.Errorf("dataset: %w: a filter on CAMEO roots cannot apply to stats files", ErrStatsMismatch)
	}
	t := NewTable(&want)
	reports := make([]*Report, len(paths))
	for i, p := range paths {
		reports[i] = &Report{File: p, Format: FormatStats}
	}
	var first *StatsInfo
	firstPath := ""
	for i, p := range paths {
		info, err := readStatsFile(p, reports[i], t, fm, 0)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) {
				err = fmt.Errorf("dataset: %s: %w", p, err)
			}
			return nil, reports, err
		}
		if info == nil {
			continue
		}
		if first == nil {
			first, firstPath = info, p
		} else if info.Dedup != first.Dedup {
			return nil, reports, fmt.Errorf("dataset: %s: %w: deduplicated with %q, but %s with %q", p, ErrStatsMismatch, info.Dedup, firstPath, first.Dedup)
		} else if info.Roles != first.Roles {
			return nil, reports, fmt.Errorf("dataset: %s: %w: read with roles %q, but %s with %q", p, ErrStatsMismatch, info.Roles, firstPath, first.Roles)
		}
	}
	return t, reports, nil
}

// ReadStatsInfo reads how the stats file at path (plain, gzip or zip) was
// made, from its header and first row; it returns nil for a file without
// rows. Errors are those of ReadStatsFiles for the rows read.
func ReadStatsInfo(path string) (*StatsInfo, error) {
	info, err := readStatsFile(path, &Report{}, nil, nil, 1)
	if err != nil {
		var pe *ParseError
		if !errors.As(err, &pe) {
			err = fmt.Errorf("dataset: %s: %w", path, err)
		}
	}
	return info, err
}

func readStatsFile(path string, rep *Report, t *Table, fm *filterMatch, limit int64) (*StatsInfo, error) {
	rc, _, err := openInput(path)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	return readStats(rc, path, rep, t, fm, limit)
}

// readStats reads one stats stream into t and returns the settings of its
// rows (nil if it has none). With limit > 0 it stops after limit rows;
// with a nil t it only checks the rows.
func readStats(r io.Reader, name string, rep *Report, t *Table, fm *filterMatch, limit int64) (*StatsInfo, error) {
	cr := ownCSVReader(r)
	perr := func(line, field int, value string, err error) *ParseError {
		pe := &ParseError{File: name, Line: line, Field: field + 1, Value: shorten(value), Err: err}
		if field >= 0 && field < len(statsColumns) {
			pe.Column = statsColumns[field]
		} else if field < 0 {
			pe.Field = 0
		}
		return pe
	}
	header, err := cr.Read()
	if err == io.EOF {
		return nil, &ParseError{File: name, Err: fmt.Errorf("%w: the input is empty, not a stats file", ErrUnknownFormat)}
	}
	if err != nil {
		return nil, statsCSVError(name, err)
	}
	if len(header) == 0 || header[0] != statsMagic {
		first := ""
		if len(header) > 0 {
			first = header[0]
		}
		return nil, &ParseError{File: name, Line: 1, Field: 1, Value: shorten(first), Err: fmt.Errorf("%w: not a stats file (its header does not start with %s)", ErrUnknownFormat, statsMagic)}
	}
	headerOK := len(header) == len(statsColumns)
	badHeader := -1
	for i := 0; headerOK && i < len(header); i++ {
		if header[i] != statsColumns[i] {
			headerOK, badHeader = false, i
		}
	}
	var want AggregateOptions
	if t != nil {
		want = t.opts
	}
	var info *StatsInfo
	var fileOpts *AggregateOptions
	var prefix []string // the settings fields of the first row
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, statsCSVError(name, err)
		}
		line, _ := cr.FieldPos(0)
		rep.Read++
		// the version first: a later version may have other columns
		if rec[scVersion] == "1" {
			return nil, perr(line, scVersion, rec[scVersion], fmt.Errorf("%w 1: a version 1 stats file holds no lasting-state sums (version %d); re-run aggregate on the events to write it again", ErrStatsVersion, StatsFileVersion))
		}
		if rec[scVersion] != strconv.Itoa(StatsFileVersion) {
			return nil, perr(line, scVersion, rec[scVersion], fmt.Errorf("%w %q (this entente reads version %d; a newer entente wrote it?)", ErrStatsVersion, rec[scVersion], StatsFileVersion))
		}
		if !headerOK {
			if badHeader < 0 {
				return nil, perr(1, -1, "", fmt.Errorf("%w: version %d header has %d columns, want %d", ErrColumnCount, StatsFileVersion, len(header), len(statsColumns)))
			}
			return nil, perr(1, badHeader, header[badHeader], fmt.Errorf("%w: version %d header names column %d %s", ErrSyntax, StatsFileVersion, badHeader+1, statsColumns[badHeader]))
		}
		if len(rec) != len(statsColumns) {
			return nil, perr(line, -1, "", fmt.Errorf("%w: %d fields, want %d", ErrColumnCount, len(rec), len(statsColumns)))
		}
		if fileOpts == nil {
			o, field, err := parseStatsSettings(rec)
			if err != nil {
				return nil, perr(line, field, rec[field], err)
			}
			if t != nil {
				if field, err := checkStatsSettings(&o, &want); err != nil {
					return nil, perr(line, field, rec[field], err)
				}
			}
			fileOpts = &o
			info = &StatsInfo{Version: StatsFileVersion, Options: o, Dedup: rec[scDedup], Roles: rec[scRoles]}
			prefix = append([]string(nil), rec[:scA]...)
		} else {
			for i := scGranularity; i < scA; i++ {
				if rec[i] != prefix[i] {
					return nil, perr(line, i, rec[i], fmt.Errorf("%w: %s differs from the file's first row (%q): shards aggregated with different settings", ErrStatsMismatch, statsColumns[i], prefix[i]))
				}
			}
		}
		row, field, err := parseStatsRow(rec)
		if err != nil {
			return nil, perr(line, field, rec[field], err)
		}
		if t == nil {
			rep.Kept++
			if limit > 0 && rep.Read >= limit {
				return info, nil
			}
			continue
		}
		if reason, err := statsFilterRow(fm, &row, fileOpts.Granularity); err != nil {
			return nil, perr(line, scStart, rec[scStart], err)
		} else if reason != "" {
			rep.Filter(reason)
			continue
		}
		a, b := row.Dyad.A, row.Dyad.B
		if want.ExcludeSelf && a == b {
			t.skipped.Self += row.N
			rep.Kept++
			continue
		}
		a, b = t.dyadOf(a, b)
		t.mergeCell(a, b, want.Granularity.Start(row.Start), &row.Stats)
		t.added += row.N
		rep.Kept++
		if !row.First.IsZero() && (rep.First.IsZero() || row.First.Before(rep.First)) {
			rep.First = row.First
		}
		if row.Last.After(rep.Last) {
			rep.Last = row.Last
		}
	}
	if !headerOK && rep.Read == 0 {
		if isStatsV1Header(header) { // an empty version 1 shard: no row names its version
			return nil, perr(1, -1, "", fmt.Errorf("%w 1: a version 1 stats file (its header) holds no lasting-state sums (version %d); re-run aggregate on the events to write it again", ErrStatsVersion, StatsFileVersion))
		}
		if badHeader < 0 {
			return nil, perr(1, -1, "", fmt.Errorf("%w: version %d header has %d columns, want %d", ErrColumnCount, StatsFileVersion, len(header), len(statsColumns)))
		}
		return nil, perr(1, badHeader, header[badHeader], fmt.Errorf("%w: version %d header names column %d %s", ErrSyntax, StatsFileVersion, badHeader+1, statsColumns[badHeader]))
	}
	return info, nil
}

// checkInfoSettings panics (misuse) when a writer's info (StatsInfo or
// EvidenceInfo, named by what) states a dedup key or role filter that
// the files cannot hold.
func checkInfoSettings(what, dedup, roles string) {
	if !validDedup(dedup) {
		panic(fmt.Sprintf("dataset: %s.Dedup %q is not actors, countries, off or empty", what, dedup))
	}
	if !validStatsRoles(roles) {
		panic(fmt.Sprintf("dataset: %s.Roles %q is not government, state, all or empty", what, roles))
	}
}

// isStatsV1Header reports whether header is version 1's: version 2's
// columns without the mark sums'.
func isStatsV1Header(header []string) bool {
	if len(header) != len(statsColumns)-len(statsMarkColumns) {
		return false
	}
	i := 0
	for _, c := range statsColumns {
		if slices.Contains(statsMarkColumns[:], c) {
			continue
		}
		if header[i] != c {
			return false
		}
		i++
	}
	return true
}

// statsCSVError turns a CSV syntax error into a *ParseError.
func statsCSVError(name string, err error) error {
	var ce *csv.ParseError
	if errors.As(err, &ce) {
		return &ParseError{File: name, Line: ce.Line, Field: ce.Column, Err: fmt.Errorf("%w: %v", ErrSyntax, ce.Err)}
	}
	return err
}

// parseStatsSettings reads the settings fields of a row; on error it
// returns the failing field's index.
func parseStatsSettings(rec []string) (AggregateOptions, int, error) {
	var o AggregateOptions
	var err error
	if o.Granularity, err = ParseGranularity(rec[scGranularity]); err != nil || rec[scGranularity] != o.Granularity.String() {
		return o, scGranularity, fmt.Errorf("%w: granularity: want day, week, month, quarter or year", ErrSyntax)
	}
	if o.Directed, err = strconv.ParseBool(rec[scDirected]); err != nil || rec[scDirected] != strconv.FormatBool(o.Directed) {
		return o, scDirected, fmt.Errorf("%w: want true or false", ErrSyntax)
	}
	if o.Weight, err = ParseWeight(rec[scWeight]); err != nil || rec[scWeight] != o.Weight.String() {
		return o, scWeight, fmt.Errorf("%w: unknown weight", ErrSyntax)
	}
	if g := rec[scGoldstein]; g != "" {
		t, ok := cameo.WeightTableByName(g)
		if !ok {
			return o, scGoldstein, fmt.Errorf("%w: unknown Goldstein table", ErrSyntax)
		}
		o.Goldstein = t
	}
	if q := rec[scQuads]; q != "" {
		m, ok := cameo.QuadMappingByName(q)
		if !ok || m.Name() != q {
			return o, scQuads, fmt.Errorf("%w: unknown quad mapping", ErrSyntax)
		}
		o.Quads = m
	}
	if o.ExcludeSelf, err = strconv.ParseBool(rec[scExcludeSelf]); err != nil || rec[scExcludeSelf] != strconv.FormatBool(o.ExcludeSelf) {
		return o, scExcludeSelf, fmt.Errorf("%w: want true or false", ErrSyntax)
	}
	if !validDedup(rec[scDedup]) {
		return o, scDedup, fmt.Errorf("%w: want actors, countries, off or empty", ErrSyntax)
	}
	if !validStatsRoles(rec[scRoles]) {
		return o, scRoles, fmt.Errorf("%w: want government, state, all or empty", ErrSyntax)
	}
	return o, 0, nil
}

// checkStatsSettings says whether a file aggregated with have can give a
// table with want, and if not which field says why.
func checkStatsSettings(have, want *AggregateOptions) (int, error) {
	if !coarser(have.Granularity, want.Granularity) {
		return scGranularity, fmt.Errorf("%w: rows by %s cannot be merged into %s periods", ErrStatsMismatch, have.Granularity, want.Granularity)
	}
	if !have.Directed && want.Directed {
		return scDirected, fmt.Errorf("%w: undirected rows cannot be split into directed ones", ErrStatsMismatch)
	}
	if have.Weight != want.Weight {
		return scWeight, fmt.Errorf("%w: aggregated with weight %s, asked for %s", ErrStatsMismatch, have.Weight, want.Weight)
	}
	if have.Goldstein != want.Goldstein {
		return scGoldstein, fmt.Errorf("%w: aggregated with Goldstein table %q, asked for %q", ErrStatsMismatch, tableName(have.Goldstein), tableName(want.Goldstein))
	}
	if have.Quads != want.Quads {
		return scQuads, fmt.Errorf("%w: aggregated with quad mapping %q, asked for %q", ErrStatsMismatch, mappingName(have.Quads), mappingName(want.Quads))
	}
	if have.ExcludeSelf && !want.ExcludeSelf {
		return scExcludeSelf, fmt.Errorf("%w: self-dyads were left out and cannot be put back", ErrStatsMismatch)
	}
	return 0, nil
}

func tableName(t *cameo.WeightTable) string {
	if t == nil {
		return ""
	}
	return t.Name()
}

func mappingName(m *cameo.QuadMapping) string {
	if m == nil {
		return ""
	}
	return m.Name()
}

// parseStatsRow reads the dyad, period and statistics of a row.
func parseStatsRow(rec []string) (DyadPeriod, int, error) {
	var row DyadPeriod
	row.Dyad = Dyad{rec[scA], rec[scB]}
	if row.Dyad.A == "" {
		return row, scA, fmt.Errorf("%w: empty country code", ErrMissingField)
	}
	if row.Dyad.B == "" {
		return row, scB, fmt.Errorf("%w: empty country code", ErrMissingField)
	}
	start, err := time.Parse(time.DateOnly, rec[scStart])
	if err != nil {
		return row, scStart, fmt.Errorf("%w: want YYYY-MM-DD", ErrBadDate)
	}
	row.Start = start
	if row.N, err = strconv.ParseInt(rec[scN], 10, 64); err != nil || row.N < 0 {
		return row, scN, fmt.Errorf("%w: want a count", ErrBadNumber)
	}
	if row.Reports, err = strconv.ParseInt(rec[scReports], 10, 64); err != nil || row.Reports < 0 {
		return row, scReports, fmt.Errorf("%w: want a count", ErrBadNumber)
	}
	var marks MarkSums
	for k, p := range statsSums(&row.Stats, &marks) {
		if *p, err = ParseSum(rec[scSums+k]); err != nil {
			return row, scSums + k, err
		}
	}
	row.Stats.setMarks(&marks)
	if row.First, err = parseStatsTime(rec[scFirst]); err != nil {
		return row, scFirst, fmt.Errorf("%w: want YYYY-MM-DD or RFC 3339", ErrBadDate)
	}
	if row.Last, err = parseStatsTime(rec[scLast]); err != nil {
		return row, scLast, fmt.Errorf("%w: want YYYY-MM-DD or RFC 3339", ErrBadDate)
	}
	return row, 0, nil
}

// statsFilterRow applies a compiled filter to one row aggregated at
// granularity g: the filter reason if it drops the row, "" if it keeps
// it, an error if a date bound cuts the row's period.
func statsFilterRow(m *filterMatch, row *DyadPeriod, g Granularity) (string, error) {
	if m == nil {
		return "", nil
	}
	if !m.from.IsZero() || !m.to.IsZero() {
		first, last := row.Start, g.Next(row.Start).Add(-time.Nanosecond)
		out := (!m.from.IsZero() && last.Before(m.from)) || (!m.to.IsZero() && first.After(m.to))
		in := (m.from.IsZero() || !first.Before(m.from)) && (m.to.IsZero() || !last.After(m.to))
		switch {
		case out:
			return FilterDateRange, nil
		case !in:
			return "", fmt.Errorf("%w: the date range cuts the %s starting %s in two", ErrStatsMismatch, g, row.Start.Format(time.DateOnly))
		}
	}
	a, b := row.Dyad.A, row.Dyad.B
	if m.excludeSelf && a == b {
		return FilterSelf, nil
	}
	if m.countries != nil && !m.countries[a] && !m.countries[b] {
		return FilterCountry, nil
	}
	if m.dyads != nil && !m.dyads[row.Dyad] {
		return FilterDyad, nil
	}
	return "", nil
}
