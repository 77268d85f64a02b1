package dataset

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/entente/entente/cameo"
	"github.com/entente/entente/country"
)

// detectPeek is how many bytes of the first part are examined to detect
// the format.
const detectPeek = 64 << 10

// Reader streams the events of one input: a file, an archive's entries in
// turn, or a stream. Memory stays constant: one record at a time in a
// reused buffer, plus the Report.
//
// Accounting: every record (a data line; a JSON record) is counted in the
// Report as read, then as kept, rejected or filtered, so that
// Read == Kept + Rejected + Filtered holds at every moment between calls
// to Next. Header lines and blank lines are not records. A PLOVER record
// with several source or target actors yields one event per (source,
// target) pair, and each pair counts as one row (see plover.go).
//
// Lenient mode (the default) skips bad records: each is counted, its
// reason tallied, the first ReadOptions.MaxSamples kept as *ParseError
// samples, and its raw text written to ReadOptions.Rejects. Strict mode
// returns the first bad record's *ParseError from Next (it is counted
// too). Damage that ends the input early (a truncated gzip stream or zip
// archive, a failing rejects writer) is returned by Next in both modes,
// after every record before it was delivered; later calls return the
// same error.
type Reader struct {
	name        string
	compression string
	opts        ReadOptions
	format      Format
	rep         Report
	ctx         *rowCtx
	rejects     *rejectWriter

	src  *source
	part string
	recs recordSource
	dec  decoder
	// Each part of a zip archive has its own format, decoder and Report
	// (in rep.Parts): partFormat and partRep are the current part's;
	// partErr, when set, is why the part's format could not be detected,
	// and every record of the part is rejected with it.
	match      *filterMatch
	mentions   bool
	multi      bool
	partFormat Format
	partRep    *Report
	partErr    *ParseError
	ctxs       map[Format]*rowCtx
	decs       map[Format]decoder
	// first is true until the first record of the current part is seen
	// (header-based formats read their header from it).
	first bool
	// head is the first part, buffered, when Open detected the format on
	// it.
	headPart   string
	headReader *bufio.Reader

	pending    []Event
	pi         int
	lastReject *ParseError // the latest rejection, returned in strict mode
	end        error       // io.EOF or the error that ended the input
	closed     bool
}

// Open opens path ("-" is standard input) and returns a Reader of its
// events. Gzip and zip compression are detected from the content, not the
// name; a zip archive's file entries are read in turn, each with its own
// header if the format has one, and reported as "archive.zip:entry". The
// format is ReadOptions.Format or, by default, detected from the content
// of each entry (see DetectFormat; Format returns the first entry's and
// Report.Parts each entry's). The input is opened once: a named pipe or a
// socket is read as a stream, like standard input.
//
// Open fails when the file cannot be opened or the format of its first
// entry with content is unknown (ErrUnknownFormat, ErrEncoding for binary
// data; a later entry of unknown format has its rows rejected), and for GDELT 2.0
// mentions files, which hold mentions, not events: read them with
// OpenMentions or ReadMentions.
func Open(path string, opts *ReadOptions) (*Reader, error) {
	src, err := openSource(path)
	if err != nil {
		return nil, err
	}
	r, err := newReaderFromSource(src, opts, false)
	if err != nil {
		src.Close()
		return nil, err
	}
	return r, nil
}

// NewReader returns a Reader of the events in rd, named name in reports
// and errors. Compression and format are detected as in Open. Close
// releases what the Reader opened (decompressors, temporary files), not rd.
func NewReader(rd io.Reader, name string, opts *ReadOptions) (*Reader, error) {
	src, err := newSource(rd, name)
	if err != nil {
		return nil, err
	}
	r, err := newReaderFromSource(src, opts, false)
	if err != nil {
		src.Close()
		return nil, err
	}
	return r, nil
}

func newReaderFromSource(src *source, opts *ReadOptions, mentions bool) (*Reader, error) {
	r := &Reader{name: src.name, compression: src.compression, src: src}
	if opts != nil {
		r.opts = *opts
	}
	if r.opts.MaxLineBytes <= 0 {
		r.opts.MaxLineBytes = DefaultMaxLineBytes
	}
	if r.opts.MaxSamples <= 0 {
		r.opts.MaxSamples = DefaultMaxSamples
	}
	if r.opts.Rejects != nil {
		r.rejects = &rejectWriter{w: r.opts.Rejects}
	}
	match, err := compileFilter(r.opts.Filter)
	if err != nil {
		return nil, err
	}
	if m := r.opts.Columns; m != nil && m.Delimiter != 0 {
		if d := m.Delimiter; d > 0x7e || d == '"' || d == '\n' || d == '\r' {
			return nil, fmt.Errorf("dataset: ColumnMapping.Delimiter %q: want a single-byte character other than a quote or a line break", d)
		}
	}
	r.rep.File = src.name

	r.match, r.mentions, r.multi = match, mentions, src.compression == compressionZip

	// Find the first part with content and detect the format on it.
	format := r.opts.Format
	for {
		name, rd, err := src.next()
		if err == io.EOF {
			break // empty input: no records
		}
		if err != nil {
			return nil, err
		}
		br := peekable(rd)
		head, perr := br.Peek(detectPeek)
		if len(head) == 0 {
			if perr != nil && perr != io.EOF {
				return nil, perr
			}
			r.addPart(name, FormatAuto) // an empty entry
			continue
		}
		r.headPart, r.headReader = name, br
		if format == FormatAuto {
			f, derr := detect(head)
			if derr != nil {
				var pe *ParseError
				if errors.As(derr, &pe) {
					pe.File = name
					return nil, pe
				}
				return nil, &ParseError{File: name, Line: 1, Err: derr}
			}
			format = f
		}
		break
	}
	if err := formatFits(format, mentions); err != nil {
		return nil, &ParseError{File: src.name, Err: err}
	}
	r.format = format
	r.rep.Format = format
	r.ctx = r.ctxFor(format)
	if format != FormatAuto && !mentions {
		dec, err := r.decoderFor(format)
		if err != nil {
			return nil, err
		}
		r.dec = dec
	}
	return r, nil
}

// formatFits returns why a format cannot be read by an event Reader
// (mentions false) or a MentionReader (mentions true), or nil.
func formatFits(format Format, mentions bool) error {
	switch {
	case format == FormatGDELT2Mentions && !mentions:
		return fmt.Errorf("%w: this is a GDELT 2.0 mentions file: mentions are not events; read it with ReadMentions or OpenMentions", ErrUnknownFormat)
	case format != FormatGDELT2Mentions && mentions && format != FormatAuto:
		return fmt.Errorf("%w: this file holds %s events, not GDELT 2.0 mentions", ErrUnknownFormat, format)
	}
	return nil
}

// peekable returns rd as a *bufio.Reader able to peek detectPeek bytes.
func peekable(rd io.Reader) *bufio.Reader {
	br, ok := rd.(*bufio.Reader)
	if !ok || br.Size() < detectPeek {
		br = bufio.NewReaderSize(rd, max(detectPeek, inputBufferSize))
	}
	return br
}

// ctxFor returns the row context of a format (its default Goldstein
// weights and quad mapping), made once per format.
func (r *Reader) ctxFor(f Format) *rowCtx {
	c, ok := r.ctxs[f]
	if !ok {
		if r.ctxs == nil {
			r.ctxs = map[Format]*rowCtx{}
		}
		c = newRowCtx(&r.opts, &r.rep, f, r.match)
		r.ctxs[f] = c
	}
	c.setPart(r.partRep)
	return c
}

// decoderFor returns the decoder of a format, made once per format.
func (r *Reader) decoderFor(f Format) (decoder, error) {
	if d, ok := r.decs[f]; ok {
		return d, nil
	}
	d, err := newDecoder(f, r.ctxFor(f))
	if err != nil {
		return nil, err
	}
	if r.decs == nil {
		r.decs = map[Format]decoder{}
	}
	r.decs[f] = d
	return d, nil
}

// addPart starts the Report of a part of a zip archive (a no-op for other
// inputs, which are one part).
func (r *Reader) addPart(name string, f Format) {
	if !r.multi {
		return
	}
	r.partRep = &Report{File: name, Format: f}
	r.rep.Parts = append(r.rep.Parts, r.partRep)
}

// Format returns the input's format (FormatAuto only for an empty input).
func (r *Reader) Format() Format { return r.format }

// Compression returns how the input was compressed: "none", "gzip" or "zip".
func (r *Reader) Compression() string { return r.compression }

// Report returns the Reader's live report; it is complete after Next
// returned io.EOF (or the error that ended the input).
func (r *Reader) Report() *Report { return &r.rep }

// Close releases the input. It is safe to call more than once.
func (r *Reader) Close() error {
	if r.closed {
		return nil
	}
	r.closed = true
	if r.end == nil {
		r.end = errors.New("dataset: read from a closed Reader")
	}
	return r.src.Close()
}

// Next reads the next event into e. It returns io.EOF after the last one.
// In strict mode a bad record's *ParseError is returned (the record is
// counted as rejected; the following call goes on with the next record).
// Errors that end the input are returned by every later call.
func (r *Reader) Next(e *Event) error {
	for {
		if r.pi < len(r.pending) {
			*e = r.pending[r.pi]
			r.pending[r.pi] = Event{}
			r.pi++
			return nil
		}
		if r.end != nil {
			return r.end
		}
		r.pending, r.pi = r.pending[:0], 0
		rec, line, err := r.record()
		if err != nil {
			if errors.Is(err, errRejected) {
				if r.opts.Strict {
					return r.lastReject
				}
				continue
			}
			r.end = err
			return err
		}
		strictErr, fatal := r.decodeRecord(rec, line)
		if fatal != nil {
			r.end = fatal
			return fatal
		}
		if strictErr != nil {
			return strictErr
		}
	}
}

// errRejected is returned by record when it rejected a record itself (too
// long, or cut by a truncated stream); Next goes on (lenient) or returns
// lastReject (strict).
var errRejected = errors.New("rejected")

// decodeRecord decodes one record into r.pending with full accounting. It
// returns the record's *ParseError in strict mode, and a fatal error when
// the rejects writer fails.
func (r *Reader) decodeRecord(rec []byte, line int) (strictErr, fatal error) {
	start := len(r.pending)
	var out []Event
	var skip string
	var err error
	if r.partErr != nil {
		pe := *r.partErr
		pe.Line, pe.Value = line, shorten(strings.ToValidUTF8(string(rec), "\uFFFD"))
		out, err = r.pending, &pe
	} else {
		out, skip, err = r.dec.decode(rec, line, r.pending)
	}
	if err != nil {
		r.countRead()
		var pe *ParseError
		if !errors.As(err, &pe) {
			pe = &ParseError{Err: err}
		}
		if pe.File == "" {
			pe.File = r.part
		}
		if pe.Line == 0 {
			pe.Line = line
		}
		r.pending = out[:start]
		if werr := r.reject(pe, rec); werr != nil {
			return nil, werr
		}
		if r.opts.Strict {
			return pe, nil
		}
		return nil, nil
	}
	if skip != "" {
		r.countRead()
		r.countFilter(skip)
		r.pending = out[:start]
		return nil, nil
	}
	kept := out[:start]
	for i := start; i < len(out); i++ {
		e := &out[i]
		r.countRead()
		if e.Origin.File == "" && e.Origin.Line == 0 {
			e.Origin = Origin{File: r.part, Line: line}
		}
		if reason := r.match.reason(e); reason != "" {
			r.countFilter(reason)
			continue
		}
		r.countKeep(e.Date)
		kept = append(kept, *e)
	}
	// clear the tail so dropped events do not pin memory
	for i := len(kept); i < len(out); i++ {
		out[i] = Event{}
	}
	r.pending = kept
	return nil, nil
}

// reject counts a rejected record and writes its raw text to the rejects
// writer; it returns an error only when that writer fails.
func (r *Reader) reject(pe *ParseError, raw []byte) error {
	r.rep.Reject(pe, r.opts.MaxSamples)
	if r.partRep != nil {
		r.partRep.Reject(pe, r.opts.MaxSamples)
	}
	r.lastReject = pe
	if r.rejects != nil && raw != nil {
		r.rejects.record(raw, r.partFormat)
		if r.rejects.err != nil {
			return fmt.Errorf("dataset: writing rejected rows of %s: %w", r.name, r.rejects.err)
		}
	}
	return nil
}

// record returns the next record of the input, opening parts and reading
// headers as needed. Records too long or cut short by a damaged stream are
// counted and rejected here (errRejected). io.EOF ends the input.
func (r *Reader) record() ([]byte, int, error) {
	for {
		if r.recs == nil {
			if err := r.nextPart(); err != nil {
				return nil, 0, err
			}
		}
		rec, line, tooLong, err := r.recs.next()
		if err != nil && err != io.EOF {
			err = r.locate(err, line)
			if len(rec) > 0 {
				// a record cut by the damage: counted and rejected
				r.countRead()
				pe := *err.(*ParseError)
				pe.Value = shorten(string(rec))
				if werr := r.reject(&pe, rec); werr != nil {
					return nil, 0, werr
				}
			}
			return nil, 0, err
		}
		if err == io.EOF && rec == nil {
			r.recs = nil
			continue
		}
		if tooLong {
			r.countRead()
			pe := &ParseError{File: r.part, Line: line, Value: shorten(string(rec)),
				Err: fmt.Errorf("%w (over %d bytes; ReadOptions.MaxLineBytes)", ErrLineTooLong, r.opts.MaxLineBytes)}
			// the record went to the rejects writer in full while it was skipped
			if werr := r.reject(pe, nil); werr != nil {
				return nil, 0, werr
			}
			if r.rejects != nil && r.rejects.err != nil {
				return nil, 0, r.rejects.err
			}
			r.first = false
			return nil, line, errRejected
		}
		if r.first && r.partErr == nil {
			r.first = false
			isHeader, herr := r.dec.header(rec)
			if herr != nil {
				pe := &ParseError{File: r.part, Line: line}
				if errors.As(herr, &pe) {
					pe.File, pe.Line = r.part, line
				} else {
					pe.Err = herr
				}
				return nil, 0, pe
			}
			if isHeader {
				if r.rejects != nil {
					r.rejects.setHeader(rec)
				}
				continue
			}
		}
		return rec, line, nil
	}
}

// locate adds the part name and line to an error that ended the input.
func (r *Reader) locate(err error, line int) error {
	var pe *ParseError
	if errors.As(err, &pe) {
		c := *pe
		if c.File == "" {
			c.File = r.part
		}
		if c.Line == 0 {
			c.Line = line
		}
		return &c
	}
	return &ParseError{File: r.part, Line: line, Err: err}
}

// nextPart moves to the next part of the source, detects its format
// (ReadOptions.Format, or from its first bytes), and prepares its record
// source. A part whose format cannot be detected, or which a Reader of
// this kind cannot read (mentions among events), has every record
// rejected with the reason. It returns io.EOF after the last part.
func (r *Reader) nextPart() error {
	if r.format == FormatAuto {
		return io.EOF // an empty input: no format, no records
	}
	for {
		var name string
		var br *bufio.Reader
		format := r.format
		var perr *ParseError
		if r.headReader != nil {
			name, br = r.headPart, r.headReader
			r.headReader = nil
		} else {
			n, rd, err := r.src.next()
			if err != nil {
				return err
			}
			name, br = n, peekable(rd)
			head, err := br.Peek(detectPeek)
			if len(head) == 0 {
				if err != nil && err != io.EOF {
					return r.locate(err, 0)
				}
				r.addPart(name, FormatAuto) // an empty entry
				continue
			}
			if r.opts.Format == FormatAuto {
				f, derr := detect(head)
				if derr == nil {
					derr = formatFits(f, r.mentions)
				}
				if derr != nil {
					perr = &ParseError{File: name}
					if !errors.As(derr, &perr) {
						perr = &ParseError{File: name, Err: derr}
					}
					perr.File, perr.Line, perr.Byte = name, 0, 0
					perr.Err = fmt.Errorf("%w (the entry's format could not be detected; every row of it is rejected)", perr.Err)
					f = FormatAuto
				}
				format = f
			}
		}
		r.part, r.partFormat, r.partErr = name, format, perr
		r.addPart(name, format)
		r.first = true
		var overflow io.Writer
		if r.rejects != nil {
			overflow = r.rejects
		}
		if perr != nil {
			r.recs = newLineSource(br, r.opts.MaxLineBytes, overflow)
			return nil
		}
		r.ctx = r.ctxFor(format)
		if !r.mentions {
			dec, err := r.decoderFor(format)
			if err != nil {
				return err
			}
			r.dec = dec
		}
		r.recs = r.dec.records(br, r.opts.MaxLineBytes, overflow)
		r.dec.begin(name)
		return nil
	}
}

// countRead, countFilter and countKeep account for a record in the
// Report and in the current part's.
func (r *Reader) countRead() {
	r.rep.Read++
	if r.partRep != nil {
		r.partRep.Read++
	}
}

func (r *Reader) countFilter(reason string) {
	r.rep.Filter(reason)
	if r.partRep != nil {
		r.partRep.Filter(reason)
	}
}

func (r *Reader) countKeep(d time.Time) {
	r.rep.Keep(d)
	if r.partRep != nil {
		r.partRep.Keep(d)
	}
}

// ReadFile reads every event of path. The Report is returned even when
// err is not nil (it counts what was read before the error); the events
// read before an error are returned too.
func ReadFile(path string, opts *ReadOptions) ([]Event, *Report, error) {
	r, err := Open(path, opts)
	if err != nil {
		return nil, &Report{File: path}, err
	}
	defer r.Close()
	return readAll(r)
}

// ReadEvents reads every event of rd (see NewReader and ReadFile).
func ReadEvents(rd io.Reader, name string, opts *ReadOptions) ([]Event, *Report, error) {
	r, err := NewReader(rd, name, opts)
	if err != nil {
		return nil, &Report{File: name}, err
	}
	defer r.Close()
	return readAll(r)
}

func readAll(r *Reader) ([]Event, *Report, error) {
	var out []Event
	for {
		var e Event
		err := r.Next(&e)
		if err == io.EOF {
			return out, r.Report(), nil
		}
		if err != nil {
			return out, r.Report(), err
		}
		out = append(out, e)
	}
}

// decoder turns the records of one format into events.
type decoder interface {
	// records returns the record source of a part (lines; CSV records;
	// JSON array elements or lines).
	records(br *bufio.Reader, max int, overflow io.Writer) recordSource
	// begin starts a part.
	begin(part string)
	// header sees the first record of each part and reports whether it is
	// a header (not a row). An error means the part cannot be read (a
	// missing required column): it ends the input.
	header(rec []byte) (bool, error)
	// decode appends the record's events to out. A bad record returns a
	// *ParseError (File and Line are filled in by the Reader); a record
	// the format itself drops (PLOVER's documentation record) returns a
	// non-empty skip reason.
	decode(rec []byte, line int, out []Event) (events []Event, skip string, err error)
}

func newDecoder(f Format, ctx *rowCtx) (decoder, error) {
	switch f {
	case FormatGDELT1:
		return newGDELTDecoder(ctx, gdeltV1), nil
	case FormatGDELT2:
		return newGDELTDecoder(ctx, gdeltV2), nil
	case FormatICEWS:
		return newICEWSDecoder(ctx), nil
	case FormatPLOVER:
		return newPLOVERDecoder(ctx), nil
	case FormatCSV:
		return newCSVDecoder(ctx), nil
	case FormatJSONL:
		return newJSONLDecoder(ctx), nil
	case FormatGDELT2Mentions:
		return nil, fmt.Errorf("%w: GDELT 2.0 mentions are not events; use ReadMentions", ErrUnknownFormat)
	}
	return nil, fmt.Errorf("%w: %q (want one of gdelt1, gdelt2, gdelt2-mentions, icews, plover, csv, jsonl)", ErrUnknownFormat, string(f))
}

// ParseFormat reads a format name as the CLI and ReadOptions use it
// ("gdelt1", "icews", …; "" or "auto" is FormatAuto). Case-insensitive.
func ParseFormat(s string) (Format, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	switch Format(s) {
	case "auto", FormatAuto:
		return FormatAuto, nil
	case FormatGDELT1, FormatGDELT2, FormatGDELT2Mentions, FormatICEWS, FormatPLOVER, FormatCSV, FormatJSONL:
		return Format(s), nil
	}
	return FormatAuto, fmt.Errorf("%w: %q (want auto, gdelt1, gdelt2, gdelt2-mentions, icews, plover, csv or jsonl)", ErrUnknownFormat, s)
}

// rowCtx is what decoders share: options, the report (for unknown names
// and repairs), the country cache and the fill tables.
type rowCtx struct {
	opts      *ReadOptions
	rep       *Report
	part      *Report // the current part's report, or nil
	countries *countryCache
	goldstein *cameo.WeightTable
	quads     *cameo.QuadMapping
	match     *filterMatch
}

func newRowCtx(opts *ReadOptions, rep *Report, f Format, match *filterMatch) *rowCtx {
	c := &rowCtx{opts: opts, rep: rep, countries: newCountryCache(rep), match: match}
	c.goldstein = opts.Goldstein
	if c.goldstein == nil {
		c.goldstein = cameo.GoldsteinGDELT
		if f == FormatICEWS {
			c.goldstein = cameo.GoldsteinICEWS
		}
	}
	c.quads = opts.Quads
	if c.quads == nil {
		switch f {
		case FormatICEWS:
			c.quads = cameo.QuadICEWS
		case FormatPLOVER:
			c.quads = cameo.QuadPLOVER
		default:
			c.quads = cameo.QuadGDELT
		}
	}
	return c
}

// setPart makes the context also account in part (nil: none).
func (c *rowCtx) setPart(part *Report) {
	c.part = part
	c.countries.part = part
}

// repair records a corrected value.
func (c *rowCtx) repair(what string) {
	c.rep.Repair(what)
	if c.part != nil {
		c.part.Repair(what)
	}
}

// setCode sets Code, CodeValid and Root; it does not fill Quad or
// Goldstein (see fill).
func setCode(e *Event, code string) bool {
	e.Code = code
	info, ok := cameo.Lookup(code)
	e.CodeValid = ok
	e.Root = ""
	if ok {
		e.Code = info.Code // the table's string: shared, not a copy
		e.Root = info.Root
	}
	return ok
}

// fillGoldstein sets an unknown Goldstein weight from the table.
func (c *rowCtx) fillGoldstein(e *Event) {
	if math.IsNaN(e.Goldstein) && e.CodeValid {
		e.Goldstein = c.goldstein.Weight(e.Code)
	}
}

// fillQuad sets an unknown quad class from the mapping.
func (c *rowCtx) fillQuad(e *Event) {
	if e.Quad == cameo.QuadUnknown && e.CodeValid {
		e.Quad = c.quads.Quad(e.Code)
	}
}

// recordSource yields the records of one part.
type recordSource interface {
	// next returns the next record (valid until the following call) and
	// the line it starts on. tooLong reports a record over the maximum
	// size: rec then holds its beginning, and the whole record went to the
	// overflow writer. io.EOF (with a nil rec) ends the part; another error
	// ends the input, possibly with a partial record in rec.
	next() (rec []byte, line int, tooLong bool, err error)
}

// lineSource reads lines with a reused buffer. Line ends (\n, \r\n) are
// removed; empty lines are skipped (they are not records). A UTF-8 byte
// order mark at the start is dropped. In raw mode (for CSV records, whose
// quoted fields may hold line breaks) lines keep their line ends and
// empty lines are returned too.
type lineSource struct {
	br       *bufio.Reader
	buf      []byte
	max      int
	line     int
	overflow io.Writer
	started  bool
	raw      bool
}

func newLineSource(br *bufio.Reader, max int, overflow io.Writer) *lineSource {
	return &lineSource{br: br, max: max, overflow: overflow}
}

func (l *lineSource) next() ([]byte, int, bool, error) {
	if !l.started {
		l.started = true
		if b, err := l.br.Peek(3); err == nil && bytes.Equal(b, utf8BOM) {
			l.br.Discard(3)
		}
	}
	for {
		l.buf = l.buf[:0]
		tooLong := false
		var rerr error
		newline := false
		for {
			chunk, err := l.br.ReadSlice('\n')
			if tooLong {
				if l.overflow != nil {
					l.overflow.Write(chunk)
				}
			} else {
				l.buf = append(l.buf, chunk...)
				content := len(l.buf)
				if err == nil {
					content-- // the newline
					if content > 0 && l.buf[content-1] == '\r' {
						content--
					}
				}
				if content > l.max {
					tooLong = true
					if l.overflow != nil {
						l.overflow.Write(l.buf)
					}
					l.buf = l.buf[:min(len(l.buf), 256)]
				}
			}
			if err == bufio.ErrBufferFull {
				continue
			}
			if err == nil {
				newline = true
			} else {
				rerr = err
			}
			break
		}
		if len(l.buf) == 0 && rerr != nil {
			return nil, l.line + 1, false, rerr
		}
		l.line++
		if rerr == io.EOF {
			rerr = nil
		}
		if tooLong {
			if l.overflow != nil && !newline {
				l.overflow.Write([]byte{'\n'})
			}
			return bytes.TrimRight(l.buf, "\r\n"), l.line, true, rerr
		}
		if l.raw {
			return l.buf, l.line, false, rerr
		}
		rec := l.buf
		if newline {
			rec = rec[:len(rec)-1]
		}
		rec = bytes.TrimSuffix(rec, []byte{'\r'})
		if len(rec) == 0 && rerr == nil {
			continue // blank line
		}
		return rec, l.line, false, rerr
	}
}

// checkText returns a *ParseError naming the first field of rec (split
// at offs, as splitTabs records them) that holds a byte that is not text
// (see textProblem), with the byte's position in the line; nil if every
// byte is text.
func checkText(rec []byte, offs []int, cols []string) error {
	i := badByte(rec)
	if i < 0 {
		return nil
	}
	pe := textProblem(rec, i, 0)
	for k := 0; k+1 < len(offs); k++ {
		if i < offs[k+1] {
			f := rec[offs[k] : offs[k+1]-1]
			pe.Field = k + 1
			pe.Value = shorten(strings.ToValidUTF8(strings.ReplaceAll(string(f), "\x00", "\uFFFD"), "\uFFFD"))
			if k < len(cols) {
				pe.Column = cols[k]
			}
			break
		}
	}
	return pe
}

// checkRecord returns a *ParseError for the first byte of rec that is
// not text, with its line (rec starts on line; 0 when the Reader fills it
// in) and its byte position in that line; nil if every byte is text.
func checkRecord(rec []byte, line int) *ParseError {
	i := badByte(rec)
	if i < 0 {
		return nil
	}
	return textProblem(rec, i, line)
}

// errNUL is the reason for a row holding a NUL byte.
var errNUL = fmt.Errorf("%w: a NUL byte", ErrEncoding)

// badByte returns the offset of the first byte of rec that is not text —
// a NUL, or the start of an invalid UTF-8 sequence — or -1.
func badByte(rec []byte) int {
	if bytes.IndexByte(rec, 0) < 0 && validUTF8(rec) {
		return -1
	}
	for i := 0; i < len(rec); {
		c := rec[i]
		if c == 0 {
			return i
		}
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(rec[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1
}

// textProblem describes the bad byte at offset i of rec, a record starting
// on line (0: not known here): its line and 1-based byte position in that
// line, ErrEncoding (errNUL for a NUL byte), and the line's text as value.
func textProblem(rec []byte, i, line int) *ParseError {
	lineStart := bytes.LastIndexByte(rec[:i], '\n') + 1
	if line > 0 {
		line += bytes.Count(rec[:lineStart], []byte{'\n'})
	}
	lineEnd := len(rec)
	if j := bytes.IndexByte(rec[i:], '\n'); j >= 0 {
		lineEnd = i + j
	}
	text := strings.ReplaceAll(string(rec[lineStart:lineEnd]), "\x00", "\uFFFD")
	pe := &ParseError{Line: line, Byte: i - lineStart + 1, Value: shorten(strings.ToValidUTF8(text, "\uFFFD")), Err: ErrEncoding}
	if rec[i] == 0 {
		pe.Err = errNUL
	}
	return pe
}

// validUTF8 is utf8.Valid with an ASCII fast path.
func validUTF8(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return utf8.Valid(b)
		}
	}
	return true
}

// rejectWriter writes rejected records one per line and remembers the
// first write error. For formats with a header line (CSV, ICEWS, mentions
// with a header), the header of the part goes before the part's first
// rejected record, unless it is the header written last, so that the
// rejects file can be fixed and read again as it is.
type rejectWriter struct {
	w   io.Writer
	err error
	buf bytes.Buffer

	header      []byte // the current part's header line, if any
	pending     bool   // header not yet written before this part's rejects
	lastWritten []byte // the header written last
}

// setHeader records the header of a new part.
func (w *rejectWriter) setHeader(h []byte) {
	w.header = append(w.header[:0], h...)
	w.pending = !bytes.Equal(w.header, w.lastWritten)
}

func (w *rejectWriter) Write(p []byte) (int, error) {
	if w.err != nil {
		return 0, w.err
	}
	if w.pending {
		w.pending = false
		w.lastWritten = append(w.lastWritten[:0], w.header...)
		if _, err := w.w.Write(append(w.header, '\n')); err != nil {
			w.err = err
			return 0, err
		}
	}
	n, err := w.w.Write(p)
	if err != nil {
		w.err = err
	}
	return n, err
}

// record writes one rejected record. JSON records spanning several lines
// are compacted to one line (re-readable as JSONL); other multi-line
// records (quoted CSV fields) are written as they were.
func (w *rejectWriter) record(raw []byte, f Format) {
	if (f == FormatPLOVER || f == FormatJSONL) && bytes.IndexByte(raw, '\n') >= 0 {
		w.buf.Reset()
		if json.Compact(&w.buf, raw) == nil {
			raw = w.buf.Bytes()
		} else {
			raw = bytes.ReplaceAll(bytes.ReplaceAll(raw, []byte{'\r'}, []byte{' '}), []byte{'\n'}, []byte{' '})
		}
	}
	w.Write(raw)
	w.Write([]byte{'\n'})
}

// countryCache resolves country codes and names through the country table
// and remembers the answers, so a file's few hundred distinct values are
// looked up once (and their strings shared, not allocated per row).
// Unknown values are counted in Report.UnknownNames on every occurrence.
type countryCache struct {
	rep    *Report
	part   *Report // also counts unknown names here, if not nil
	codes  map[string]countryHit
	names  map[string]countryHit
	any_   map[string]countryHit
	inYear map[nameYear]countryHit
}

type nameYear struct {
	name string
	year int
}

// countryHit is a resolved value: the canonical code ("" for none), and
// whether the table knows the value (a region such as "EUR" is known but
// has no country).
type countryHit struct {
	code  string
	known bool
}

// maxCountryCache bounds each cache; values beyond it are looked up
// without being remembered (a file of random strings cannot grow memory
// without bound).
const maxCountryCache = 1 << 16

func newCountryCache(rep *Report) *countryCache {
	return &countryCache{rep: rep, codes: map[string]countryHit{}, names: map[string]countryHit{}, any_: map[string]countryHit{}, inYear: map[nameYear]countryHit{}}
}

func (c *countryCache) lookup(m map[string]countryHit, v string, resolve func(string) countryHit) string {
	if v == "" {
		return ""
	}
	h, ok := m[v]
	if !ok {
		h = resolve(v)
		if len(m) < maxCountryCache {
			m[strings.Clone(v)] = h
		}
	}
	if !h.known {
		c.unknown(v)
	}
	return h.code
}

func (c *countryCache) unknown(v string) {
	c.rep.Unknown(v)
	if c.part != nil {
		c.part.Unknown(v)
	}
}

// code resolves a CAMEO / ISO alpha-3 country code (GDELT's
// ActorNCountryCode, PLOVER's actor code).
func (c *countryCache) code(v string) string { return c.lookup(c.codes, v, resolveCountryCode) }

// name resolves a country name (ICEWS's "Russian Federation"). A name the
// table gives to several entries over time is resolved with the year of
// the event (year 0: not known), through country.ByNameIn; one that is
// still ambiguous, or unknown, is counted in Report.UnknownNames.
func (c *countryCache) name(v string, year int) string {
	if v == "" {
		return ""
	}
	h, ok := c.names[v]
	if !ok {
		h = resolveCountryName(v)
		if len(c.names) < maxCountryCache {
			c.names[strings.Clone(v)] = h
		}
	}
	if !h.known && year != 0 {
		k := nameYear{v, year}
		hy, ok := c.inYear[k]
		if !ok {
			hy = resolveCountryNameIn(v, year)
			if len(c.inYear) < maxCountryCache {
				c.inYear[nameYear{strings.Clone(v), year}] = hy
			}
		}
		h = hy
	}
	if !h.known {
		c.unknown(v)
	}
	return h.code
}

// any resolves what an analyst may write: an alpha-3 code, an alpha-2
// code ("NA" is Namibia) or a name.
func (c *countryCache) any(v string) string { return c.lookup(c.any_, v, resolveCountryAny) }

// prefix resolves the country part of a CAMEO actor code ("CHN" of
// "CHNGOV"); a prefix that is not a country is not counted as unknown
// (actor codes such as "GOVMIL" have none).
func (c *countryCache) prefix(v string) string {
	h, ok := c.codes[v]
	if !ok {
		h = resolveCountryCode(v)
	}
	return h.code
}

// resolveCountryCode resolves a CAMEO or ISO alpha-3 code ("USA", CAMEO's
// "ROM" → "ROU"). Codes are matched in upper case; regions ("AFR") are
// known but not countries.
func resolveCountryCode(v string) countryHit {
	c, ok := country.Lookup(strings.ToUpper(strings.TrimSpace(v)))
	if !ok {
		return countryHit{}
	}
	if !c.IsCountry() {
		return countryHit{known: true}
	}
	return countryHit{code: c.Code, known: true}
}

// resolveCountryName resolves a country name with country.ByName (no
// guessing: an ambiguous name is unknown).
func resolveCountryName(v string) countryHit {
	c, ok := country.ByName(v)
	if !ok {
		return countryHit{}
	}
	if !c.IsCountry() {
		return countryHit{known: true}
	}
	return countryHit{code: c.Code, known: true}
}

// resolveCountryNameIn resolves a name among the entries that existed in
// year (country.ByNameIn).
func resolveCountryNameIn(v string, year int) countryHit {
	c, ok := country.ByNameIn(v, year)
	if !ok {
		return countryHit{}
	}
	if !c.IsCountry() {
		return countryHit{known: true}
	}
	return countryHit{code: c.Code, known: true}
}

// resolveCountryAny resolves an alpha-3 code, an alpha-2 code ("NA" is
// Namibia) or a name, in that order by the value's shape: three letters
// are tried as a code first, two letters as an alpha-2 code first, and
// anything not found as a code is tried as a name.
func resolveCountryAny(v string) countryHit {
	v = strings.TrimSpace(v)
	letters := true
	for i := 0; i < len(v); i++ {
		c := v[i] | 0x20
		if c < 'a' || c > 'z' {
			letters = false
			break
		}
	}
	if letters && len(v) == 3 {
		if h := resolveCountryCode(v); h.known {
			return h
		}
	}
	if letters && len(v) == 2 {
		if c, ok := country.LookupISO2(strings.ToUpper(v)); ok {
			if !c.IsCountry() {
				return countryHit{known: true}
			}
			return countryHit{code: c.Code, known: true}
		}
	}
	return resolveCountryName(v)
}
