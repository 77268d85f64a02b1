package votes

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/entente/entente/dataset"
)

// ReadOptions configures the vote readers. The zero value (or nil) reads
// leniently, detects the layout, and dates the roll calls from the file,
// else from a roll-calls file beside it, else from the embedded table.
type ReadOptions struct {
	// Format forces a layout; "" detects it from the header.
	Format Format
	// Columns names the columns of a FormatVotesCSV file; nil recognises
	// them from the header.
	Columns *ColumnMapping
	// RollCalls, when not nil, is the table that dates the votes by rcid,
	// instead of the file's own columns, a roll-calls file beside it or
	// the embedded table.
	RollCalls []RollCall
	// NoSidecar leaves out the roll-calls and issues files beside the
	// input (votes are dated from the file or the embedded table).
	NoSidecar bool
	// Strict stops at the first unreadable row with its *dataset.ParseError
	// instead of counting it and going on.
	Strict bool
	// MaxSamples is the number of rejections kept in the report (0:
	// dataset.DefaultMaxSamples).
	MaxSamples int
	// Rejects, when not nil, receives every rejected row as CSV, prefixed
	// with its file:line and reason.
	Rejects io.Writer
}

// Reader streams the records of one vote file. It is not safe for
// concurrent use.
type Reader struct {
	name   string
	format Format
	opts   ReadOptions
	rep    dataset.Report
	in     io.ReadCloser
	cr     *csv.Reader
	header []string

	colRC, colDate, colSession, colYear, colCode, colName, colVote int

	// table is the roll-call table votes are dated from (nil: the file's
	// own columns build it in own).
	table     map[int]*RollCall
	own       map[int]*RollCall
	keys      map[string]int // non-numeric roll-call keys → assigned ids
	datesFrom string
	seen      map[seenKey]bool // roll call and country of the votes kept
	res       resolver
	rules     map[string]int64
	rejW      *csv.Writer
}

type seenKey struct {
	rcid    int
	country string
}

// maxHead is how much of an input is peeked at to detect its layout.
const maxHead = 64 << 10

// openStream returns r decompressed when it starts with the gzip magic.
func openStream(r io.Reader) (io.Reader, *bufio.Reader, error) {
	br := bufio.NewReaderSize(r, 256<<10)
	head, _ := br.Peek(2)
	if len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, nil, err
		}
		zb := bufio.NewReaderSize(zr, 256<<10)
		return zr, zb, nil
	}
	return nil, br, nil
}

// Open opens a vote file ("-" is standard input), plain or gzip'd
// (recognised by content).
func Open(path string, opts *ReadOptions) (*Reader, error) {
	var f *os.File
	if path == "-" {
		f = os.Stdin
	} else {
		var err error
		if f, err = os.Open(path); err != nil {
			return nil, err
		}
	}
	r, err := newReader(f, path, opts, f, path != "-")
	if err != nil {
		if f != os.Stdin {
			f.Close()
		}
		return nil, err
	}
	return r, nil
}

// NewReader reads a vote file from r; name is used in errors. Votes
// without dates in the file are dated from opts.RollCalls or the embedded
// table (a roll-calls file beside the input is looked for by Open only).
func NewReader(r io.Reader, name string, opts *ReadOptions) (*Reader, error) {
	return newReader(r, name, opts, nil, false)
}

type multiCloser struct {
	io.Reader
	cs []io.Closer
}

func (m multiCloser) Close() error {
	var err error
	for _, c := range m.cs {
		if c != nil {
			if e := c.Close(); e != nil && err == nil {
				err = e
			}
		}
	}
	return err
}

func newReader(src io.Reader, name string, opts *ReadOptions, closer io.Closer, isFile bool) (*Reader, error) {
	r := &Reader{name: name, seen: map[seenKey]bool{}, rules: map[string]int64{}}
	if opts != nil {
		r.opts = *opts
	}
	zr, br, err := openStream(src)
	if err != nil {
		return nil, &dataset.ParseError{File: name, Err: fmt.Errorf("%w: %v", dataset.ErrTruncated, err)}
	}
	var zc io.Closer
	if zr != nil {
		zc = zr.(io.Closer)
	}
	r.in = multiCloser{br, []io.Closer{zc, closer}}
	head, _ := br.Peek(maxHead)
	r.format = r.opts.Format
	if r.format == dataset.FormatAuto {
		r.format = DetectFormat(head)
	}
	switch r.format {
	case FormatUNVotes, FormatVoeten, FormatVotesCSV:
	case dataset.FormatAuto:
		return nil, &dataset.ParseError{File: name, Line: 1, Err: fmt.Errorf("%w: not a vote file (want a header naming a roll-call, a country and a vote column)", dataset.ErrUnknownFormat)}
	default:
		return nil, &dataset.ParseError{File: name, Line: 1, Err: fmt.Errorf("%w: %s is a roll-call table, not votes (read it with ReadRollCalls)", dataset.ErrUnknownFormat, r.format)}
	}
	h, delim := splitHeader(head)
	r.header = h
	r.rep = dataset.Report{File: name, Format: r.format}
	if err := r.mapColumns(); err != nil {
		return nil, err
	}
	r.cr = csv.NewReader(br)
	r.cr.Comma = delim
	r.cr.FieldsPerRecord = -1
	r.cr.ReuseRecord = true
	if _, err := r.cr.Read(); err != nil { // the header
		return nil, &dataset.ParseError{File: name, Line: 1, Err: fmt.Errorf("%w: %v", dataset.ErrSyntax, err)}
	}
	if r.opts.Rejects != nil {
		r.rejW = csv.NewWriter(r.opts.Rejects)
	}
	if err := r.chooseTable(isFile); err != nil {
		return nil, err
	}
	return r, nil
}

func (r *Reader) mapColumns() error {
	m := ColumnMapping{}
	if r.opts.Columns != nil {
		m = *r.opts.Columns
	}
	pick := func(given string, names []string) (int, error) {
		if given != "" {
			i := indexOf(r.header, given)
			if i < 0 {
				return -1, &dataset.ParseError{File: r.name, Line: 1, Column: given, Err: fmt.Errorf("%w: no such column in the header", dataset.ErrMissingField)}
			}
			return i, nil
		}
		return indexOf(r.header, names...), nil
	}
	var err error
	set := func(dst *int, given string, names []string) {
		if err == nil {
			*dst, err = pick(given, names)
		}
	}
	set(&r.colRC, m.RollCall, roles.rollCall)
	set(&r.colDate, m.Date, roles.date)
	set(&r.colSession, m.Session, roles.session)
	set(&r.colYear, m.Year, roles.year)
	set(&r.colCode, m.Country, roles.country)
	set(&r.colName, m.CountryName, roles.name)
	set(&r.colVote, m.Vote, roles.vote)
	if err != nil {
		return err
	}
	if r.colName == r.colCode {
		r.colName = -1
	}
	for _, c := range []struct {
		i    int
		what string
	}{{r.colRC, "roll-call"}, {r.colVote, "vote"}} {
		if c.i < 0 {
			return &dataset.ParseError{File: r.name, Line: 1, Err: fmt.Errorf("%w: no %s column in the header", dataset.ErrMissingField, c.what)}
		}
	}
	if r.colCode < 0 && r.colName < 0 {
		return &dataset.ParseError{File: r.name, Line: 1, Err: fmt.Errorf("%w: no country column in the header", dataset.ErrMissingField)}
	}
	return nil
}

// chooseTable picks where the roll calls' dates come from: given roll
// calls, the file's own date/session/year columns, a roll-calls file
// beside the input, or the embedded table.
func (r *Reader) chooseTable(isFile bool) error {
	index := func(rcs []RollCall) map[int]*RollCall {
		m := make(map[int]*RollCall, len(rcs))
		for i := range rcs {
			rc := rcs[i]
			rc.Issues = append([]string(nil), rc.Issues...)
			m[rc.RCID] = &rc
		}
		return m
	}
	switch {
	case r.opts.RollCalls != nil:
		r.table, r.datesFrom = index(r.opts.RollCalls), "given roll calls"
		return nil
	case r.colDate >= 0 || r.colSession >= 0 || r.colYear >= 0:
		r.own, r.datesFrom = map[int]*RollCall{}, "file"
		return nil
	}
	if !r.opts.NoSidecar && isFile {
		if rcPath, isPath := sidecar(r.name, "roll_calls", "rollcalls", "roll-calls"); rcPath != "" {
			rcs, _, err := ReadRollCallsFile(rcPath, isPath)
			if err != nil {
				return err
			}
			r.table, r.datesFrom = index(rcs), rcPath
			return nil
		}
	}
	rcs, err := EmbeddedRollCalls()
	if err != nil {
		return err
	}
	r.table, r.datesFrom = index(rcs), "embedded roll calls"
	return nil
}

// sidecar finds, in the directory of path, a roll-calls file (a name
// containing one of keys and not "issue"), and an issues file beside it
// (a name containing "issue"), returning their paths ("" if none). Names
// are tried in sorted order.
func sidecar(path string, keys ...string) (rollCalls, issues string) {
	dir := filepath.Dir(path)
	ents, err := os.ReadDir(dir)
	if err != nil {
		return "", ""
	}
	var names []string
	for _, e := range ents {
		if !e.IsDir() {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	for _, n := range names {
		l := strings.ToLower(n)
		if !strings.Contains(l, ".csv") && !strings.Contains(l, ".tsv") {
			continue
		}
		p := filepath.Join(dir, n)
		if p == filepath.Clean(path) {
			continue
		}
		if strings.Contains(l, "issue") {
			if issues == "" {
				issues = p
			}
			continue
		}
		for _, k := range keys {
			if strings.Contains(l, k) && rollCalls == "" {
				rollCalls = p
			}
		}
	}
	return rollCalls, issues
}

// Format returns the layout read.
func (r *Reader) Format() Format { return r.format }

// DatesFrom says where the roll calls' dates come from: "file", a
// roll-calls file's path, "embedded roll calls" or "given roll calls".
func (r *Reader) DatesFrom() string { return r.datesFrom }

// Report returns the live accounting; it is complete after io.EOF.
func (r *Reader) Report() *dataset.Report { return &r.rep }

// Rules counts the seat rules that fired (see the package doc), by name.
func (r *Reader) Rules() map[string]int64 { return r.rules }

// Close closes the input.
func (r *Reader) Close() error {
	if r.rejW != nil {
		r.rejW.Flush()
	}
	return r.in.Close()
}

// RollCalls returns the roll calls the records read so far refer to,
// sorted by RCID: those of the dating table that have votes, or those
// built from the file's own columns.
func (r *Reader) RollCalls() []RollCall {
	var out []RollCall
	src := r.own
	if src == nil {
		src = r.table
	}
	used := map[int]bool{}
	for k := range r.seen {
		used[k.rcid] = true
	}
	for id, rc := range src {
		if r.own != nil || used[id] {
			out = append(out, *rc)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].RCID < out[j].RCID })
	return out
}

func field(rec []string, i int) string {
	if i < 0 || i >= len(rec) {
		return ""
	}
	return strings.TrimSpace(rec[i])
}

// Next reads the next record into rec. It returns io.EOF at the end. In
// lenient mode a bad row is counted in the report and skipped; in strict
// mode its *dataset.ParseError is returned.
func (r *Reader) Next(rec *Record) error {
	for {
		row, err := r.cr.Read()
		if err == io.EOF {
			return io.EOF
		}
		var pe *dataset.ParseError
		line := 0
		if err == nil {
			line, _ = r.cr.FieldPos(0)
		}
		if err != nil {
			var ce *csv.ParseError
			if errors.As(err, &ce) {
				r.rep.Read++
				pe = &dataset.ParseError{File: r.name, Line: ce.StartLine, Err: fmt.Errorf("%w: %v", dataset.ErrSyntax, ce.Err)}
			} else {
				return &dataset.ParseError{File: r.name, Line: line, Err: fmt.Errorf("%w: %v", dataset.ErrTruncated, err)}
			}
		} else {
			if len(row) == 1 && strings.TrimSpace(row[0]) == "" {
				continue
			}
			r.rep.Read++
			pe = r.parse(row, line, rec)
		}
		if pe == nil {
			return nil
		}
		r.rep.Reject(pe, r.opts.MaxSamples)
		if r.rejW != nil {
			r.rejW.Write(append([]string{fmt.Sprintf("%s:%d", r.name, pe.Line), pe.Reason()}, row...))
		}
		if r.opts.Strict {
			return pe
		}
	}
}

// parse turns one row into rec, or returns why it cannot.
func (r *Reader) parse(row []string, line int, rec *Record) *dataset.ParseError {
	bad := func(col int, err error) *dataset.ParseError {
		pe := &dataset.ParseError{File: r.name, Line: line, Err: err}
		if col >= 0 {
			pe.Field = col + 1
			pe.Column = r.header[col]
			pe.Value = field(row, col)
			if len(pe.Value) > 80 {
				pe.Value = pe.Value[:80]
			}
		}
		return pe
	}
	if len(row) < len(r.header) {
		return bad(-1, fmt.Errorf("%w: %d fields, header has %d", dataset.ErrColumnCount, len(row), len(r.header)))
	}
	*rec = Record{Line: line}
	key := field(row, r.colRC)
	if key == "" {
		return bad(r.colRC, dataset.ErrMissingField)
	}
	id, err := strconv.Atoi(key)
	if err != nil || id <= 0 {
		if r.table != nil {
			return bad(r.colRC, fmt.Errorf("%w: roll-call id must be a positive number to be dated by %s", dataset.ErrBadNumber, r.datesFrom))
		}
		if r.keys == nil {
			r.keys = map[string]int{}
		}
		if id = r.keys[key]; id == 0 {
			id = len(r.keys) + 1
			r.keys[key] = id
		}
	}
	rec.RCID = id
	v, ok := ParseVote(field(row, r.colVote))
	if !ok {
		if field(row, r.colVote) == "" {
			return bad(r.colVote, dataset.ErrMissingField)
		}
		return bad(r.colVote, ErrBadVote)
	}
	rec.Vote = v
	var rc *RollCall
	if r.table != nil {
		if rc = r.table[id]; rc == nil {
			return bad(r.colRC, ErrUnknownRollCall)
		}
	} else {
		var date time.Time
		session, year := 0, 0
		if s := field(row, r.colDate); s != "" {
			if date, err = parseDate(s); err != nil {
				return bad(r.colDate, dataset.ErrBadDate)
			}
		}
		if s := field(row, r.colSession); s != "" {
			if session, err = strconv.Atoi(s); err != nil || session <= 0 {
				return bad(r.colSession, dataset.ErrBadNumber)
			}
		}
		if s := field(row, r.colYear); s != "" && date.IsZero() {
			if year, err = strconv.Atoi(s); err != nil || year < 1900 || year > 2200 {
				return bad(r.colYear, dataset.ErrBadNumber)
			}
			date = time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC)
		}
		if rc = r.own[id]; rc == nil {
			rc = &RollCall{RCID: id, Session: session, Date: date}
			if id != 0 && key != strconv.Itoa(id) {
				rc.Resolution = key
			}
			r.own[id] = rc
		} else if (session != 0 && rc.Session != session) || (!date.IsZero() && !rc.Date.Equal(date) && r.colDate >= 0) {
			col := r.colDate
			if session != 0 && rc.Session != session {
				col = r.colSession
			}
			return bad(col, ErrConflict)
		}
	}
	rec.Code, rec.Name = field(row, r.colCode), field(row, r.colName)
	if rec.Code == "" && rec.Name == "" {
		col := r.colCode
		if col < 0 {
			col = r.colName
		}
		return bad(col, dataset.ErrMissingField)
	}
	c, rule := r.res.resolve(rec.Code, rec.Name, rc.Date)
	if rule != "" {
		r.rules[rule]++
	}
	rec.Country = c
	if c == "" {
		who := rec.Name
		if who == "" {
			who = rec.Code
		}
		r.rep.Unknown(who)
	} else {
		k := seenKey{id, c}
		if r.seen[k] {
			col := r.colCode
			if col < 0 {
				col = r.colName
			}
			return bad(col, ErrDuplicateVote)
		}
		r.seen[k] = true
	}
	r.rep.Keep(rc.Date)
	return nil
}

// parseDate reads YYYY-MM-DD (a time after it is ignored), YYYY/MM/DD or
// DD/MM/YYYY.
func parseDate(s string) (time.Time, error) {
	if len(s) > 10 && (s[10] == 'T' || s[10] == ' ') {
		s = s[:10]
	}
	for _, l := range []string{"2006-01-02", "2006/01/02", "02/01/2006"} {
		if t, err := time.Parse(l, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, dataset.ErrBadDate
}

// Read reads every record of r into a Set, with its report.
func Read(r *Reader) (*Set, error) {
	var recs []Record
	for {
		var rec Record
		err := r.Next(&rec)
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		recs = append(recs, rec)
	}
	s, err := NewSet(r.RollCalls(), recs)
	if err != nil {
		return nil, err
	}
	s.DatesFrom = r.datesFrom
	return s, nil
}

// ReadFile reads a vote file into a Set. Its report accounts for every
// row; rows that cannot be read are counted in it (or, with Strict, end
// the reading with their *dataset.ParseError).
func ReadFile(path string, opts *ReadOptions) (*Set, *dataset.Report, error) {
	r, err := Open(path, opts)
	if err != nil {
		return nil, nil, err
	}
	defer r.Close()
	s, err := Read(r)
	return s, r.Report(), err
}

// ReadBytes reads a vote file held in memory.
func ReadBytes(b []byte, name string, opts *ReadOptions) (*Set, *dataset.Report, error) {
	r, err := NewReader(bytes.NewReader(b), name, opts)
	if err != nil {
		return nil, nil, err
	}
	defer r.Close()
	s, err := Read(r)
	return s, r.Report(), err
}
