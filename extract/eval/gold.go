package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"time"

	"github.com/entente/entente/cameo"
	"github.com/entente/entente/dataset"
)

// GoldActor is one actor of a gold event: the text it was coded from (if
// the format gives it), its code ("HUN", "IGO", "ARNGOVFRM") and sector.
type GoldActor struct {
	Text   string
	Code   string
	Sector string
}

// Country returns the state or organisation part of the code: its first
// three letters ("ARNGOVFRM" → "ARN", "IGOUNO" → "IGO"), or "" for an
// unknown actor ("---", "###", "***", "").
func (a GoldActor) Country() string { return countryKey(a.Code) }

func countryKey(code string) string {
	if len(code) < 3 {
		return ""
	}
	c := strings.ToUpper(code[:3])
	for i := 0; i < 3; i++ {
		if c[i] < 'A' || c[i] > 'Z' {
			return ""
		}
	}
	return c
}

// GoldEvent is one coded event of a gold record. Code is the CAMEO code
// (empty in PLOVER gold); PLOVER the category (current names: the PLOVER
// 0.5 names are mapped with cameo.NormalizePLOVER). Reciprocal marks
// compound actors coded as source and target of each other (the PLOVER
// gold's "SRC/TAR" markup): every source acts on every other source.
type GoldEvent struct {
	Sources    []GoldActor
	Targets    []GoldActor
	Reciprocal bool
	Code       string
	PLOVER     string
}

// GoldRecord is one gold-standard sentence with its events; a record with
// no events is a "no event" sentence. Line is the 1-based line of the
// file where the record starts.
type GoldRecord struct {
	ID     string
	Text   string
	Date   time.Time
	Events []GoldEvent
	Line   int
}

// ErrFormat: a gold file is not in the expected format. Errors wrap it and
// dataset.ErrSyntax, and name the file and line.
var ErrFormat = errors.New("eval: not a gold-standard file")

// ReadPLOVER reads the PLOVER gold-standard JSON format (an array of
// records with "id", "date", "text", "source", "target", "event"; the file
// PLOVER_GSR_CAMEO). It also reads entente's own labelled sentences
// (extract/eval/testdata/entente.gold.json): records with "id" ("a07#2":
// sentence 2 of article a07), "date", "text" and "events", a list of
// {"source", "target", "plover", "reciprocal"} with state codes, possibly
// empty for a sentence with no event. Records without text (the "DOCUMENT" header) are
// skipped. Event categories are normalised (cameo.NormalizePLOVER).
// Actors marked "SRC/TAR" in textInfo.markup with no target make the event
// Reciprocal.
func ReadPLOVER(path string) ([]GoldRecord, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadPLOVERFrom(f, path)
}

type ploverActor struct {
	ActorText string `json:"actorText"`
	Code      string `json:"code"`
	Sector    string `json:"sector"`
}

type ploverRecord struct {
	ID       string          `json:"id"`
	Date     string          `json:"date"`
	Text     string          `json:"text"`
	Event    string          `json:"event"`
	Source   json.RawMessage `json:"source"`
	Target   json.RawMessage `json:"target"`
	TextInfo struct {
		Markup string `json:"markup"`
	} `json:"textInfo"`
	// entente's own labelled sentences: every event of the sentence, or
	// [] for a sentence with none
	Events json.RawMessage `json:"events"`
}

// ententeEvent is one event of entente's own gold format.
type ententeEvent struct {
	Source     string `json:"source"`
	Target     string `json:"target"`
	PLOVER     string `json:"plover"`
	Reciprocal bool   `json:"reciprocal"`
}

// ReadPLOVERFrom is ReadPLOVER on a reader; name is used in errors.
func ReadPLOVERFrom(r io.Reader, name string) ([]GoldRecord, error) {
	out, _, err := ReadPLOVERReport(r, name, &ReadOptions{Strict: true})
	return out, err
}

// ReadOptions configure ReadPLOVERReport and ReadPETRARCHReport. The zero
// value (or nil) reads leniently, as the event readers do.
type ReadOptions struct {
	// Strict stops at the first record that cannot be read, with its
	// *dataset.ParseError. By default such a record is rejected: counted
	// in the Report (Rejected, Reasons, Samples) and skipped. A file that
	// is not a gold file at all (not a JSON array, not XML with
	// <Sentence> records, a syntax error the records cannot be resumed
	// after) is an error in both modes.
	Strict bool
	// Rejects, when set, receives every rejected record as it was in the
	// input: a PLOVER record compacted to one line (JSON lines), a
	// PETRARCH <Sentence> element from its first line.
	Rejects io.Writer
	// MaxSamples is how many rejections the Report keeps (default
	// dataset.DefaultMaxSamples).
	MaxSamples int
}

// goldAccount accounts for a gold file's records in a dataset.Report:
// Read = Kept + Rejected + Filtered (records without text are filtered).
type goldAccount struct {
	o   ReadOptions
	rep *dataset.Report
}

// reject counts a record that cannot be read and writes it to Rejects;
// it returns the error that stops the reading (strict mode, a failing
// writer) or nil.
func (g *goldAccount) reject(pe *dataset.ParseError, raw []byte) error {
	g.rep.Read++
	g.rep.Reject(pe, g.o.MaxSamples)
	if g.o.Strict {
		return pe
	}
	if g.o.Rejects != nil && raw != nil {
		line := append(bytes.TrimRight(raw[:len(raw):len(raw)], "\r\n"), '\n')
		if _, err := g.o.Rejects.Write(line); err != nil {
			return fmt.Errorf("eval: writing rejected records of %s: %w", g.rep.File, err)
		}
	}
	return nil
}

// noTextReason is the Report's filter reason for PLOVER records without
// text (the "DOCUMENT" header records).
const noTextReason = "no text (a document header)"

// ReadPLOVERReport reads the PLOVER gold-standard JSON format (see
// ReadPLOVER) from r, named name in errors, with options (nil: lenient),
// and returns the records with their account.
func ReadPLOVERReport(r io.Reader, name string, opts *ReadOptions) ([]GoldRecord, *dataset.Report, error) {
	g := &goldAccount{rep: &dataset.Report{File: name, Format: "plover"}}
	if opts != nil {
		g.o = *opts
	}
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, g.rep, fmt.Errorf("%s: %w", name, err)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	tok, err := dec.Token()
	if err != nil || tok != json.Delim('[') {
		return nil, g.rep, &dataset.ParseError{File: name, Line: 1, Err: fmt.Errorf("%w: %w: want a JSON array of records", ErrFormat, dataset.ErrSyntax)}
	}
	var out []GoldRecord
	for dec.More() {
		// the record's line: its first byte after the separator and spaces
		// (a record can start on the line of the "[" or of the ",")
		off := int(dec.InputOffset())
		for off < len(data) && (data[off] == ',' || data[off] == ' ' || data[off] == '\t' || data[off] == '\r' || data[off] == '\n') {
			off++
		}
		line := 1 + bytes.Count(data[:off], []byte{'\n'})
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			// the array cannot be resumed after a syntax error
			return nil, g.rep, &dataset.ParseError{File: name, Line: line, Err: fmt.Errorf("%w: %w: %v", ErrFormat, dataset.ErrSyntax, err)}
		}
		compact := func() []byte {
			var b bytes.Buffer
			if json.Compact(&b, raw) != nil {
				return raw
			}
			return b.Bytes()
		}
		var pr ploverRecord
		if err := json.Unmarshal(raw, &pr); err != nil {
			if err := g.reject(recordError(name, line, err), compact()); err != nil {
				return nil, g.rep, err
			}
			continue
		}
		if strings.TrimSpace(pr.Text) == "" {
			g.rep.Read++
			g.rep.Filter(noTextReason) // the "DOCUMENT" header; a blank text is no sentence
			continue
		}
		rec, pe := ploverGold(&pr, name, line)
		if pe != nil {
			if err := g.reject(pe, compact()); err != nil {
				return nil, g.rep, err
			}
			continue
		}
		g.rep.Read++
		g.rep.Keep(rec.Date)
		out = append(out, rec)
	}
	return out, g.rep, nil
}

// ploverGold turns one PLOVER (or entente) record starting on line into a
// GoldRecord, or the error of the field that cannot be read.
func ploverGold(pr *ploverRecord, name string, line int) (GoldRecord, *dataset.ParseError) {
	g := GoldRecord{ID: pr.ID, Text: strings.TrimSpace(pr.Text), Line: line}
	var err error
	if pr.Date != "" {
		if g.Date, err = time.Parse("2006-01-02", pr.Date); err != nil {
			return g, &dataset.ParseError{File: name, Line: g.Line, Column: "date", Value: pr.Date, Err: dataset.ErrBadDate}
		}
	}
	if len(pr.Events) > 0 {
		if g.Events, err = ententeEvents(pr.Events); err != nil {
			return g, &dataset.ParseError{File: name, Line: g.Line, Column: "events", Err: err}
		}
		return g, nil
	}
	src, err := ploverActors(pr.Source)
	if err != nil {
		return g, &dataset.ParseError{File: name, Line: g.Line, Column: "source", Err: fmt.Errorf("%w: %w", dataset.ErrSyntax, err)}
	}
	tgt, err := ploverActors(pr.Target)
	if err != nil {
		return g, &dataset.ParseError{File: name, Line: g.Line, Column: "target", Err: fmt.Errorf("%w: %w", dataset.ErrSyntax, err)}
	}
	cat := cameo.NormalizePLOVER(pr.Event)
	if !cameo.ValidPLOVER(cat) {
		return g, &dataset.ParseError{File: name, Line: g.Line, Column: "event", Value: pr.Event, Err: dataset.ErrBadCode}
	}
	ev := GoldEvent{Sources: src, Targets: tgt, PLOVER: cat}
	ev.Reciprocal = len(tgt) == 0 && strings.Contains(pr.TextInfo.Markup, "SRC/TAR")
	g.Events = []GoldEvent{ev}
	return g, nil
}

// ententeEvents reads the "events" list of entente's own gold format:
// [{"source":"RUS","target":"UKR","plover":"ASSAULT"}, …]; an event marked
// "reciprocal" is both directions (its target acts on its source too).
func ententeEvents(raw json.RawMessage) ([]GoldEvent, error) {
	var evs []ententeEvent
	if err := json.Unmarshal(raw, &evs); err != nil {
		return nil, fmt.Errorf("%w: events: %v", dataset.ErrSyntax, err)
	}
	out := []GoldEvent{}
	for _, e := range evs {
		cat := cameo.NormalizePLOVER(e.PLOVER)
		if !cameo.ValidPLOVER(cat) {
			return nil, fmt.Errorf("%w: PLOVER category %q", dataset.ErrBadCode, e.PLOVER)
		}
		ge := GoldEvent{PLOVER: cat}
		if e.Source != "" {
			ge.Sources = []GoldActor{{Code: e.Source}}
		}
		if e.Target != "" {
			ge.Targets = []GoldActor{{Code: e.Target}}
		}
		out = append(out, ge)
		if e.Reciprocal && e.Source != "" && e.Target != "" {
			out = append(out, GoldEvent{PLOVER: cat, Sources: ge.Targets, Targets: ge.Sources})
		}
	}
	return out, nil
}

// ploverActors reads a "source"/"target" field: a list of actors, or a
// string (the gold file uses "" and, once, "diplomatic" for no target).
func ploverActors(raw json.RawMessage) ([]GoldActor, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || raw[0] != '[' {
		return nil, nil
	}
	var as []ploverActor
	if err := json.Unmarshal(raw, &as); err != nil {
		return nil, err
	}
	var out []GoldActor
	for _, a := range as {
		out = append(out, GoldActor{Text: a.ActorText, Code: strings.ToUpper(strings.TrimSpace(a.Code)), Sector: a.Sector})
	}
	return out, nil
}

// Petrarch is a PETRARCH validation file: its records and the dictionary
// files its <Environment> names (absolute paths, beside the file).
type Petrarch struct {
	Records                         []GoldRecord
	Verbs, Actors, Agents, Discards string
}

type xmlValidation struct {
	Environment struct {
		Verbfile    string `xml:"Verbfile"`
		Actorfile   string `xml:"Actorfile"`
		Agentfile   string `xml:"Agentfile"`
		Discardfile string `xml:"Discardfile"`
	} `xml:"Environment"`
	Sentences []xmlSentence `xml:"Sentences>Sentence"`
}

type xmlSentence struct {
	ID     string `xml:"id,attr"`
	Date   string `xml:"date,attr"`
	Coding []struct {
		Source string `xml:"sourcecode,attr"`
		Target string `xml:"targetcode,attr"`
		Event  string `xml:"eventcode,attr"`
	} `xml:"EventCoding"`
	Text string `xml:"Text"`
}

// ReadPETRARCH reads PETRARCH's validation XML (<Sentence> records with
// <EventCoding sourcecode targetcode eventcode> and <Text>; the file
// PETR.UnitTest.records.xml). Event codes that are not CAMEO codes (the
// validation dictionaries still carry some WEIS codes) are kept as given,
// with an empty PLOVER category. Records without an id get one from their
// position ("record-12").
func ReadPETRARCH(path string) (*Petrarch, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	p, _, err := ReadPETRARCHReport(f, path, &ReadOptions{Strict: true})
	return p, err
}

// ReadPETRARCHReport reads PETRARCH's validation XML (see ReadPETRARCH)
// from r, named name in errors, with options (nil: lenient), and returns
// the records with their account. The dictionary paths are resolved
// beside name (the current folder for a name without one, such as
// "<stdin>").
func ReadPETRARCHReport(r io.Reader, name string, opts *ReadOptions) (*Petrarch, *dataset.Report, error) {
	g := &goldAccount{rep: &dataset.Report{File: name, Format: "petrarch"}}
	if opts != nil {
		g.o = *opts
	}
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, g.rep, fmt.Errorf("%s: %w", name, err)
	}
	var v xmlValidation
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = false
	if err := dec.Decode(&v); err != nil {
		line := 0
		var se *xml.SyntaxError
		if errors.As(err, &se) {
			line = se.Line
		}
		return nil, g.rep, &dataset.ParseError{File: name, Line: line, Err: fmt.Errorf("%w: %w: %v", ErrFormat, dataset.ErrSyntax, err)}
	}
	if len(v.Sentences) == 0 {
		return nil, g.rep, &dataset.ParseError{File: name, Err: fmt.Errorf("%w: no <Sentence> records", ErrFormat)}
	}
	dir := filepath.Dir(name)
	p := &Petrarch{}
	rel := func(f string) string {
		if f = strings.TrimSpace(f); f == "" {
			return ""
		}
		return filepath.Join(dir, f)
	}
	p.Verbs, p.Actors, p.Agents, p.Discards = rel(v.Environment.Verbfile), rel(v.Environment.Actorfile), rel(v.Environment.Agentfile), rel(v.Environment.Discardfile)
	lines := sentenceLines(data)
	for i, s := range v.Sentences {
		rec := GoldRecord{ID: s.ID, Text: strings.Join(strings.Fields(s.Text), " ")}
		if i < len(lines) {
			rec.Line = lines[i]
		}
		if rec.ID == "" {
			rec.ID = fmt.Sprintf("record-%d", i+1)
		}
		if s.Date != "" {
			if rec.Date, err = time.Parse("20060102", s.Date); err != nil {
				pe := &dataset.ParseError{File: name, Line: rec.Line, Column: "date", Value: s.Date, Err: dataset.ErrBadDate}
				if err := g.reject(pe, sentenceText(data, rec.Line)); err != nil {
					return nil, g.rep, err
				}
				continue
			}
		}
		for _, c := range s.Coding {
			ev := GoldEvent{Code: strings.TrimSpace(c.Event)}
			if c.Source != "" {
				ev.Sources = []GoldActor{{Code: c.Source}}
			}
			if c.Target != "" {
				ev.Targets = []GoldActor{{Code: c.Target}}
			}
			if m, ok := cameo.ToPLOVER(ev.Code); ok {
				ev.PLOVER = m.Event
			}
			rec.Events = append(rec.Events, ev)
		}
		g.rep.Read++
		g.rep.Keep(rec.Date)
		p.Records = append(p.Records, rec)
	}
	return p, g.rep, nil
}

// sentenceText returns the <Sentence> element that starts on line (from
// the start of that line to the end of its </Sentence>), or nil.
func sentenceText(data []byte, line int) []byte {
	if line <= 0 {
		return nil
	}
	off := 0
	for l := 1; l < line; l++ {
		i := bytes.IndexByte(data[off:], '\n')
		if i < 0 {
			return nil
		}
		off += i + 1
	}
	end := bytes.Index(data[off:], []byte("</Sentence>"))
	if end < 0 {
		return nil
	}
	return data[off : off+end+len("</Sentence>")]
}

// sentenceLines returns the line numbers of the <Sentence elements that are
// not inside comments.
func sentenceLines(data []byte) []int {
	var out []int
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	line, inComment := 0, false
	for sc.Scan() {
		line++
		t := sc.Text()
		for {
			if inComment {
				i := strings.Index(t, "-->")
				if i < 0 {
					t = ""
					break
				}
				t = t[i+3:]
				inComment = false
				continue
			}
			c := strings.Index(t, "<!--")
			s := strings.Index(t, "<Sentence ")
			if s >= 0 && (c < 0 || s < c) {
				out = append(out, line)
				t = t[s+10:]
				continue
			}
			if c >= 0 {
				t = t[c+4:]
				inComment = true
				continue
			}
			break
		}
	}
	return out
}

// recordError is the rejection of a record on line that JSON cannot put
// into a gold record: a field of the wrong type names the field and the
// types ("field id: want a string, got a JSON number"), anything else the
// decoder's words; both wrap dataset.ErrSyntax.
func recordError(name string, line int, err error) *dataset.ParseError {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return &dataset.ParseError{File: name, Line: line, Column: te.Field,
			Err: fmt.Errorf("%w: want a %s, got a JSON %s", dataset.ErrSyntax, jsonKind(te.Type.Kind()), te.Value)}
	}
	return &dataset.ParseError{File: name, Line: line, Err: fmt.Errorf("%w: %v", dataset.ErrSyntax, err)}
}

// jsonKind names a Go kind as JSON calls the value it wants.
func jsonKind(k reflect.Kind) string {
	switch k {
	case reflect.String:
		return "string"
	case reflect.Slice, reflect.Array:
		return "list"
	case reflect.Struct, reflect.Map:
		return "object"
	case reflect.Bool:
		return "true or false"
	}
	return "number"
}
