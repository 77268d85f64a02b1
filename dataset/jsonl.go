package dataset

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
)

// jsonlDecoder reads entente's event JSONL (keys: EntenteColumns, as
// WriteJSONL writes them) and any JSON lines or JSON array of flat
// objects whose keys are named by ReadOptions.Columns (or recognised, see
// fieldSynonyms). Values may be strings, numbers (a code written as the
// number 42 is repaired to "042" and the repair counted, as in CSV),
// booleans or null; "urls" is an array of strings and "evidence" an array
// of objects. A null goldstein is the file's own unknown (kept NaN); an
// absent one is filled from ReadOptions.Goldstein. Unknown keys are
// ignored.
type jsonlDecoder struct {
	ctx  *rowCtx
	keys map[string]field // key → field (the mapping, or synonyms)
	obj  map[string]json.RawMessage
	rec  record
	ci   columnIndex
}

func newJSONLDecoder(ctx *rowCtx) *jsonlDecoder {
	d := &jsonlDecoder{ctx: ctx, keys: map[string]field{}}
	if m := ctx.opts.Columns; m != nil {
		for f, name := range mappingFields(m) {
			if name != "" {
				d.keys[normHeader(name)] = field(f)
			}
		}
	} else {
		for k, f := range synonymIndex {
			d.keys[k] = f
		}
	}
	d.ci.json = true
	d.ci.names = make([]string, numFields)
	return d
}

func (d *jsonlDecoder) records(br *bufio.Reader, max int, overflow io.Writer) recordSource {
	return newJSONSource(br, max, overflow)
}

func (d *jsonlDecoder) begin(string) {}

func (d *jsonlDecoder) header([]byte) (bool, error) { return false, nil }

func (d *jsonlDecoder) decode(rec []byte, line int, out []Event) ([]Event, string, error) {
	if pe := checkRecord(rec, line); pe != nil {
		return out, "", pe
	}
	clear(d.obj)
	if d.obj == nil {
		d.obj = map[string]json.RawMessage{}
	}
	rec = bytes.TrimSpace(rec)
	if len(rec) == 0 || rec[0] != '{' {
		return out, "", &ParseError{Value: shorten(string(rec)), Err: fmt.Errorf("%w: want a JSON object", ErrSyntax)}
	}
	if err := json.Unmarshal(rec, &d.obj); err != nil {
		return out, "", jsonError(err, rec)
	}
	d.rec = record{}
	for i := range d.ci.at {
		d.ci.at[i] = -1
	}
	for k, raw := range d.obj {
		f, ok := d.keys[normHeader(k)]
		if !ok {
			continue
		}
		if d.rec.has[f] {
			return out, "", &ParseError{Column: k, Err: fmt.Errorf("%w: two keys hold the %s field", ErrSyntax, EntenteColumns[f])}
		}
		d.ci.at[f] = int(f)
		d.ci.names[f] = k
		v, err := jsonText(raw, f)
		if err != nil {
			return out, "", &ParseError{Column: k, Value: shorten(string(raw)), Err: err}
		}
		d.rec.v[f] = v
		d.rec.has[f] = true
	}
	// fields without a key still need a name for errors
	for f := range d.ci.at {
		if d.ci.at[f] < 0 {
			d.ci.at[f] = f
			d.ci.names[f] = EntenteColumns[f]
		}
	}
	var e Event
	if err := d.ctx.buildEvent(&d.rec, &d.ci, d.layout(), &e); err != nil {
		return out, "", err
	}
	return append(out, e), "", nil
}

func (d *jsonlDecoder) layout() string {
	if m := d.ctx.opts.Columns; m != nil {
		return m.DateLayout
	}
	return ""
}

// jsonText turns a JSON value into the text buildEvent reads.
func jsonText(raw json.RawMessage, f field) (string, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return "", nil
	}
	switch raw[0] {
	case '"':
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return "", fmt.Errorf("%w: %v", ErrSyntax, err)
		}
		return s, nil
	case 'n':
		if f == fGoldstein {
			return "NaN", nil // null: the file says unknown
		}
		return "", nil
	case 't', 'f':
		return string(raw), nil
	case '[', '{':
		if f == fURLs || f == fEvidence {
			return string(raw), nil
		}
		return "", fmt.Errorf("%w: want a string or a number, not a JSON %s", ErrSyntax, map[byte]string{'[': "array", '{': "object"}[raw[0]])
	}
	return string(raw), nil // a number, as written
}

// jsonSource yields the records of JSON input: the elements of a
// top-level array (records may span lines; Line is where each starts),
// or JSON lines (one record per line). The framing is chosen by the first
// byte that is not white space.
type jsonSource struct {
	br       *bufio.Reader
	max      int
	overflow io.Writer
	lines    *lineSource
	array    bool
	started  bool
	ended    bool
	line     int // current line (1-based)
	buf      []byte
}

func newJSONSource(br *bufio.Reader, max int, overflow io.Writer) *jsonSource {
	return &jsonSource{br: br, max: max, overflow: overflow, line: 1}
}

func (j *jsonSource) start() error {
	j.started = true
	if b, err := j.br.Peek(3); err == nil && bytes.Equal(b, utf8BOM) {
		j.br.Discard(3)
	}
	for {
		c, err := j.br.ReadByte()
		if err != nil {
			j.lines = newLineSource(j.br, j.max, j.overflow)
			return nil
		}
		switch c {
		case '\n':
			j.line++
			continue
		case ' ', '\t', '\r':
			continue
		case '[':
			j.array = true
			return nil
		}
		j.br.UnreadByte()
		j.lines = newLineSource(j.br, j.max, j.overflow)
		j.lines.line = j.line - 1
		return nil
	}
}

func (j *jsonSource) next() ([]byte, int, bool, error) {
	if !j.started {
		if err := j.start(); err != nil {
			return nil, j.line, false, err
		}
	}
	if !j.array {
		return j.lines.next()
	}
	return j.element()
}

// element scans the next array element, tracking strings and nesting so
// that commas and brackets inside them do not end it.
func (j *jsonSource) element() ([]byte, int, bool, error) {
	if j.ended {
		return j.trailing()
	}
	j.buf = j.buf[:0]
	// skip white space before the element
	var c byte
	var err error
	for {
		c, err = j.br.ReadByte()
		if err != nil {
			return nil, j.line, false, j.eof(err, "the JSON array is not closed with ]")
		}
		if c == '\n' {
			j.line++
		}
		if c != ' ' && c != '\t' && c != '\r' && c != '\n' {
			break
		}
	}
	if c == ']' {
		j.ended = true
		return j.trailing()
	}
	startLine := j.line
	depth := 0
	inString, escaped := false, false
	tooLong := false
	put := func(c byte) {
		if tooLong {
			if j.overflow != nil {
				j.overflow.Write([]byte{c})
			}
			return
		}
		j.buf = append(j.buf, c)
		if len(j.buf) > j.max {
			tooLong = true
			if j.overflow != nil {
				j.overflow.Write(j.buf)
			}
			j.buf = j.buf[:256]
		}
	}
	for {
		if inString {
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				inString = false
			}
		} else {
			switch c {
			case '"':
				inString = true
			case '{', '[':
				depth++
			case '}', ']':
				depth--
			}
			if depth <= 0 && !inString {
				// the element ends at a comma or the closing bracket at depth 0
				if depth < 0 || (c == ',' && depth == 0) {
					if c == ']' {
						j.ended = true
					}
					break
				}
			}
		}
		if c == '\n' {
			j.line++
		}
		put(c)
		c, err = j.br.ReadByte()
		if err != nil {
			if tooLong && j.overflow != nil {
				j.overflow.Write([]byte{'\n'})
			}
			rec := bytes.TrimSpace(j.buf)
			return rec, startLine, tooLong, j.eof(err, "the JSON array ends inside a record")
		}
	}
	if tooLong {
		if j.overflow != nil {
			j.overflow.Write([]byte{'\n'})
		}
		return j.buf, startLine, true, nil
	}
	rec := bytes.TrimSpace(j.buf)
	if rec == nil {
		rec = []byte{} // an empty element ("[,]") is a record, and rejected
	}
	return rec, startLine, false, nil
}

// trailing checks that only white space follows the closing bracket.
func (j *jsonSource) trailing() ([]byte, int, bool, error) {
	for {
		c, err := j.br.ReadByte()
		if err == io.EOF {
			return nil, j.line, false, io.EOF
		}
		if err != nil {
			return nil, j.line, false, err
		}
		switch c {
		case '\n':
			j.line++
		case ' ', '\t', '\r':
		default:
			return nil, j.line, false, &ParseError{Line: j.line, Err: fmt.Errorf("%w: data after the end of the JSON array", ErrSyntax)}
		}
	}
}

// eof turns the end of the input inside the array into an error: a
// damaged stream's own error, or ErrSyntax saying what is missing.
func (j *jsonSource) eof(err error, what string) error {
	if err == io.EOF {
		j.ended = true
		return &ParseError{Line: j.line, Err: fmt.Errorf("%w: %s", ErrSyntax, what)}
	}
	return err
}
