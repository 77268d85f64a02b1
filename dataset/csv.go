package dataset

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/entente/entente/cameo"
)

// field is an event field a generic or entente file can hold.
type field int8

const (
	fDate field = iota
	fSourceCountry
	fTargetCountry
	fCode
	fQuad
	fGoldstein
	fPLOVER
	fID
	fDateAdded
	fSource
	fSourceName
	fSourceSector
	fTarget
	fTargetName
	fTargetSector
	fMentions
	fSources
	fArticles
	fTone
	fConfidence
	fURL
	fDescription
	fReference
	fBackground
	fDatePrecision
	fReports
	fURLs
	fEvidence
	fOriginFile
	fOriginLine
	numFields
)

// EntenteColumns are the columns of entente's own CSV, in the order
// WriteCSV writes them, and the keys of its JSONL:
//
//	date           event date, YYYY-MM-DD (RFC 3339 when it has a time of day); "" unknown
//	source, target country codes (ISO 3166 alpha-3 / CAMEO state codes); "" unknown
//	code           CAMEO code, a string ("042"); "" none
//	quad           quad class: 1–4 (GDELT numbering), 0 neutral, "unknown"
//	goldstein      Goldstein weight; NaN unknown
//	plover         PLOVER category
//	id             the source's event id
//	date_added     when the source added the event (YYYY-MM-DD or RFC 3339)
//	source_actor, source_name, source_sector, target_actor, target_name, target_sector
//	               Actor.Code, Actor.Name, Actor.Sector
//	mentions, sources, articles   counts (0 unknown)
//	tone, confidence              floats; "" unknown
//	url, description, reference   text
//	background     "true" for background events, else ""
//	date_precision day, week, month, year or decade; "" a day or unknown
//	reports        number of merged reports
//	urls           JSON array of strings
//	evidence       JSON array of {"doc","url","sentence","start","end","text"}
//	origin_file, origin_line      where the event was first read
//
// Reading: an absent or empty quad or goldstein is filled from
// ReadOptions.Quads / Goldstein; "unknown" and NaN are the file's own
// unknowns and stay unknown, so events round-trip exactly. origin_file
// and origin_line, when present, restore the event's Origin (provenance
// survives conversion); otherwise Origin is the CSV's own file and line.
var EntenteColumns = []string{
	"date", "source", "target", "code", "quad", "goldstein", "plover", "id", "date_added",
	"source_actor", "source_name", "source_sector", "target_actor", "target_name", "target_sector",
	"mentions", "sources", "articles", "tone", "confidence", "url", "description", "reference",
	"background", "date_precision", "reports", "urls", "evidence", "origin_file", "origin_line",
}

// fieldSynonyms are the header names (normalised: lower case, spaces and
// hyphens as underscores) recognised for each field when no
// ColumnMapping is given: entente's own names first, then the usual names
// of GDELT, ICEWS and POLECAT exports and spreadsheets.
var fieldSynonyms = [numFields][]string{
	fDate:          {"date", "event_date", "eventdate", "sqldate", "day", "story_date"},
	fSourceCountry: {"source", "source_country", "src", "actor1countrycode", "source_iso3"},
	fTargetCountry: {"target", "target_country", "tgt", "actor2countrycode", "target_iso3"},
	fCode:          {"code", "cameo", "cameo_code", "eventcode", "event_code"},
	fQuad:          {"quad", "quadclass", "quad_class", "quad_code"},
	fGoldstein:     {"goldstein", "goldsteinscale", "goldstein_scale", "intensity"},
	fPLOVER:        {"plover", "event_type", "plover_category"},
	fID:            {"id", "event_id", "globaleventid"},
	fDateAdded:     {"date_added", "dateadded"},
	fSource:        {"source_actor", "actor1code", "source_code"},
	fSourceName:    {"source_name", "actor1name"},
	fSourceSector:  {"source_sector", "source_sectors", "actor1type1code"},
	fTarget:        {"target_actor", "actor2code", "target_code"},
	fTargetName:    {"target_name", "actor2name"},
	fTargetSector:  {"target_sector", "target_sectors", "actor2type1code"},
	fMentions:      {"mentions", "nummentions", "num_mentions"},
	fSources:       {"sources", "numsources", "num_sources"},
	fArticles:      {"articles", "numarticles", "num_articles"},
	fTone:          {"tone", "avgtone", "avg_tone"},
	fConfidence:    {"confidence"},
	fURL:           {"url", "sourceurl", "source_url"},
	fDescription:   {"description", "event_text"},
	fReference:     {"reference", "publisher"},
	fBackground:    {"background"},
	fDatePrecision: {"date_precision", "dateprecision"},
	fReports:       {"reports"},
	fURLs:          {"urls"},
	fEvidence:      {"evidence"},
	fOriginFile:    {"origin_file"},
	fOriginLine:    {"origin_line"},
}

var synonymIndex = func() map[string]field {
	m := map[string]field{}
	for f, names := range fieldSynonyms {
		for _, n := range names {
			m[n] = field(f)
		}
	}
	return m
}()

// normHeader normalises a header name for matching: trimmed, lower case,
// spaces, hyphens and dots as underscores.
func normHeader(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	return strings.Map(func(r rune) rune {
		switch r {
		case ' ', '-', '.':
			return '_'
		}
		return r
	}, s)
}

// mappingFields lists a ColumnMapping's column names by field.
func mappingFields(m *ColumnMapping) [numFields]string {
	var out [numFields]string
	out[fDate], out[fDateAdded], out[fID] = m.Date, m.DateAdded, m.ID
	out[fSource], out[fSourceCountry], out[fSourceName], out[fSourceSector] = m.Source, m.SourceCountry, m.SourceName, m.SourceSector
	out[fTarget], out[fTargetCountry], out[fTargetName], out[fTargetSector] = m.Target, m.TargetCountry, m.TargetName, m.TargetSector
	out[fCode], out[fQuad], out[fGoldstein], out[fPLOVER] = m.Code, m.Quad, m.Goldstein, m.PLOVER
	out[fMentions], out[fSources], out[fArticles], out[fTone] = m.Mentions, m.Sources, m.Articles, m.Tone
	out[fConfidence], out[fURL], out[fDescription], out[fReference] = m.Confidence, m.URL, m.Description, m.Reference
	return out
}

// columnIndex says which column (or JSON key) holds each field: -1 when
// absent.
type columnIndex struct {
	at    [numFields]int
	names []string // the header's names (for JSON: the key of each field)
	json  bool     // names are JSON keys, not numbered columns
}

// resolveColumns maps header names to fields, with the mapping when given
// (names matched case-insensitively, after normHeader) or with
// fieldSynonyms. It checks the required fields: date; source or source
// country; target or target country; code or PLOVER category.
func resolveColumns(names []string, m *ColumnMapping) (*columnIndex, error) {
	ci := &columnIndex{names: names}
	for i := range ci.at {
		ci.at[i] = -1
	}
	pos := make(map[string]int, len(names))
	for i, n := range names {
		k := normHeader(n)
		if _, dup := pos[k]; dup {
			return nil, fmt.Errorf("%w: the header names column %q twice", ErrSyntax, n)
		}
		pos[k] = i
	}
	if m != nil {
		want := mappingFields(m)
		var missing []string
		for f, name := range want {
			if name == "" {
				continue
			}
			i, ok := pos[normHeader(name)]
			if !ok {
				missing = append(missing, strconv.Quote(name))
				continue
			}
			ci.at[f] = i
		}
		if len(missing) > 0 {
			return nil, fmt.Errorf("%w: the ColumnMapping names %s, which the header does not have (header: %s)",
				ErrMissingField, strings.Join(missing, ", "), headerList(names))
		}
	} else {
		for i, n := range names {
			if f, ok := synonymIndex[normHeader(n)]; ok {
				if ci.at[f] >= 0 {
					return nil, fmt.Errorf("%w: columns %q and %q both hold the %s field", ErrSyntax, names[ci.at[f]], n, EntenteColumns[f])
				}
				ci.at[f] = i
			}
		}
	}
	var missing []string
	if ci.at[fDate] < 0 {
		missing = append(missing, "date")
	}
	if ci.at[fSourceCountry] < 0 && ci.at[fSource] < 0 {
		missing = append(missing, "source (country) or source_actor")
	}
	if ci.at[fTargetCountry] < 0 && ci.at[fTarget] < 0 {
		missing = append(missing, "target (country) or target_actor")
	}
	if ci.at[fCode] < 0 && ci.at[fPLOVER] < 0 {
		missing = append(missing, "code or plover")
	}
	if len(missing) > 0 {
		how := "recognised header names: " + synonymsList()
		if m != nil {
			how = "set them in ReadOptions.Columns"
		}
		return nil, fmt.Errorf("%w: no column for %s (header: %s; %s)", ErrMissingField, strings.Join(missing, ", "), headerList(names), how)
	}
	return ci, nil
}

func headerList(names []string) string {
	q := make([]string, 0, min(len(names), 12))
	for i, n := range names {
		if i == 12 {
			q = append(q, fmt.Sprintf("… %d more", len(names)-12))
			break
		}
		q = append(q, strconv.Quote(shorten(n)))
	}
	return "[" + strings.Join(q, " ") + "]"
}

func synonymsList() string {
	var parts []string
	for _, f := range []field{fDate, fSourceCountry, fTargetCountry, fCode} {
		parts = append(parts, EntenteColumns[f]+" ("+strings.Join(fieldSynonyms[f], "/")+")")
	}
	return strings.Join(parts, ", ")
}

// record is one row's values by field, as text. For JSON sources, lists
// (urls, evidence) are their JSON text and a null goldstein is "NaN".
type record struct {
	v   [numFields]string
	has [numFields]bool
}

// buildEvent validates a record and turns it into an Event. names gives
// the column name of each field for errors; col its 1-based position (0
// for JSON keys).
func (c *rowCtx) buildEvent(r *record, ci *columnIndex, layout string, e *Event) error {
	bad := func(f field, err error) error {
		pe := &ParseError{Value: shorten(r.v[f]), Err: err}
		if i := ci.at[f]; i >= 0 && i < len(ci.names) {
			pe.Column = ci.names[i]
			if !ci.json {
				pe.Field = i + 1
			}
		}
		return pe
	}
	*e = NewEvent()
	var err error
	if v := strings.TrimSpace(r.v[fDate]); v != "" {
		if e.Date, err = parseDate(v, layout); err != nil {
			return bad(fDate, ErrBadDate)
		}
	}
	if v := strings.TrimSpace(r.v[fDateAdded]); v != "" {
		if e.DateAdded, err = parseDate(v, ""); err != nil {
			return bad(fDateAdded, ErrBadDate)
		}
	}
	e.ID = r.v[fID]

	// the code, repaired when unambiguous ("42" → "042"), and recorded
	if v := strings.TrimSpace(r.v[fCode]); v != "" {
		if !setCode(e, v) {
			fixed, ok := cameo.Normalize(v)
			if !ok {
				return bad(fCode, ErrBadCode)
			}
			setCode(e, fixed)
			c.repair(fmt.Sprintf("code %q read as %q (leading zero restored)", v, fixed))
		}
	}
	if v := strings.TrimSpace(r.v[fPLOVER]); v != "" {
		p := cameo.NormalizePLOVER(v)
		if !cameo.ValidPLOVER(p) {
			return bad(fPLOVER, ErrBadCategory)
		}
		e.PLOVER = p
	}
	if !e.CodeValid && e.PLOVER == "" {
		if ci.at[fCode] >= 0 {
			return bad(fCode, ErrMissingField)
		}
		return bad(fPLOVER, ErrMissingField)
	}

	// quad: "" fills, "unknown" is the file's own unknown
	fillQuad := true
	if v := strings.TrimSpace(r.v[fQuad]); v != "" {
		q, ok := parseQuad(v)
		if !ok {
			return bad(fQuad, ErrBadNumber)
		}
		e.Quad = q
		fillQuad = false
	}
	fillGold := true
	if v := strings.TrimSpace(r.v[fGoldstein]); v != "" && !strings.EqualFold(v, "NA") {
		g, err := strconv.ParseFloat(v, 64)
		if err != nil || math.IsInf(g, 0) {
			return bad(fGoldstein, ErrBadNumber)
		}
		e.Goldstein = g
		fillGold = false
	}
	counts := [3]struct {
		f field
		p *int
	}{{fMentions, &e.Mentions}, {fSources, &e.Sources}, {fArticles, &e.Articles}}
	for _, x := range counts {
		if *x.p, err = parseCount(strings.TrimSpace(r.v[x.f])); err != nil {
			return bad(x.f, err)
		}
	}
	if v := strings.TrimSpace(r.v[fReports]); v != "" {
		if e.Reports, err = parseCount(v); err != nil {
			return bad(fReports, err)
		}
	}
	floats := [2]struct {
		f field
		p *float64
	}{{fTone, &e.Tone}, {fConfidence, &e.Confidence}}
	for _, x := range floats {
		if *x.p, err = parseOptionalFloat(r.v[x.f]); err != nil {
			return bad(x.f, err)
		}
	}
	if v := strings.TrimSpace(r.v[fBackground]); v != "" {
		b, ok := parseBool(v)
		if !ok {
			return bad(fBackground, ErrSyntax)
		}
		e.Background = b
	}
	if v := strings.ToLower(strings.TrimSpace(r.v[fDatePrecision])); v != "" {
		if !ValidDatePrecision(v) {
			return bad(fDatePrecision, fmt.Errorf("%w: date_precision must be one of %s or empty", ErrSyntax, strings.Join(DatePrecisions, ", ")))
		}
		e.DatePrecision = v
	}
	e.URL, e.Description, e.Reference = r.v[fURL], r.v[fDescription], r.v[fReference]
	if v := strings.TrimSpace(r.v[fURLs]); v != "" {
		if err := json.Unmarshal([]byte(v), &e.URLs); err != nil {
			return bad(fURLs, fmt.Errorf("%w: urls must be a JSON array of strings", ErrSyntax))
		}
		if len(e.URLs) == 0 {
			e.URLs = nil
		}
	}
	if v := strings.TrimSpace(r.v[fEvidence]); v != "" {
		var ev []evidenceJSON
		if err := json.Unmarshal([]byte(v), &ev); err != nil {
			return bad(fEvidence, fmt.Errorf("%w: evidence must be a JSON array of {doc, url, sentence, start, end, text}", ErrSyntax))
		}
		for _, x := range ev {
			e.Evidence = append(e.Evidence, Evidence(x))
		}
	}
	if v := r.v[fOriginFile]; v != "" {
		e.Origin.File = v
	}
	if v := strings.TrimSpace(r.v[fOriginLine]); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			return bad(fOriginLine, ErrBadNumber)
		}
		e.Origin.Line = n
	}

	e.Source = c.mappedActor(r.v[fSource], r.v[fSourceCountry], r.v[fSourceName], r.v[fSourceSector], r.has[fSourceCountry])
	e.Target = c.mappedActor(r.v[fTarget], r.v[fTargetCountry], r.v[fTargetName], r.v[fTargetSector], r.has[fTargetCountry])

	if fillQuad {
		c.fillQuad(e)
		if e.Quad == cameo.QuadUnknown && !e.CodeValid && e.PLOVER != "" {
			e.Quad = cameo.PLOVERQuad(e.PLOVER)
		}
	}
	if fillGold {
		c.fillGoldstein(e)
	}
	return nil
}

// mappedActor builds an actor from a generic file: the country from its
// own column (alpha-3, alpha-2 or a name) when the file has one, else
// from the first three letters of a CAMEO actor code ("CHNGOV").
func (c *rowCtx) mappedActor(code, country, name, sector string, hasCountry bool) Actor {
	a := Actor{Code: strings.TrimSpace(code), Name: name, Sector: sector}
	if hasCountry {
		a.Country = c.countries.any(strings.TrimSpace(country))
	} else if len(a.Code) >= 3 {
		a.Country = c.countries.prefix(a.Code[:3])
	}
	return a
}

type evidenceJSON struct {
	Doc      string `json:"doc,omitempty"`
	URL      string `json:"url,omitempty"`
	Sentence int    `json:"sentence"`
	Start    int    `json:"start,omitempty"`
	End      int    `json:"end,omitempty"`
	Text     string `json:"text,omitempty"`
	Rule     string `json:"rule,omitempty"`
}

// parseQuad reads a quad class: 1–4 (GDELT numbering), 0 neutral
// (Phoenix), or a class name ("verbal cooperation", "unknown").
func parseQuad(v string) (cameo.Quad, bool) {
	if n, err := strconv.Atoi(v); err == nil {
		return cameo.QuadFromNumber(n)
	}
	for q := cameo.Quad(0); q < cameo.NumQuads; q++ {
		if strings.EqualFold(v, q.String()) {
			return q, true
		}
	}
	return cameo.QuadUnknown, false
}

// quadText is how the writers write a quad class (see parseQuad).
func quadText(q cameo.Quad) string {
	switch q {
	case cameo.VerbalCoop, cameo.MaterialCoop, cameo.VerbalConflict, cameo.MaterialConflict:
		return strconv.Itoa(int(q))
	case cameo.Neutral:
		return "0"
	}
	return "unknown"
}

// parseOptionalFloat reads a float where "", "NA", "NaN" and "null" are
// unknown (NaN).
func parseOptionalFloat(v string) (float64, error) {
	v = strings.TrimSpace(v)
	if v == "" || strings.EqualFold(v, "NA") || strings.EqualFold(v, "NaN") || v == "null" {
		return math.NaN(), nil
	}
	f, err := strconv.ParseFloat(v, 64)
	if err != nil || math.IsInf(f, 0) {
		return math.NaN(), ErrBadNumber
	}
	return f, nil
}

func parseBool(v string) (bool, bool) {
	switch strings.ToLower(v) {
	case "true", "1", "yes", "t", "y":
		return true, true
	case "false", "0", "no", "f", "n":
		return false, true
	}
	return false, false
}

// dateLayouts are the date forms read when ColumnMapping.DateLayout is
// empty. Times without a zone are UTC.
var dateLayouts = []string{
	time.DateOnly, "20060102", "2006/01/02", time.RFC3339Nano,
	"2006-01-02 15:04:05", "2006-01-02T15:04:05",
}

// parseDate reads a date with layout, or with any of dateLayouts.
func parseDate(v, layout string) (time.Time, error) {
	if layout != "" {
		return time.Parse(layout, v)
	}
	var err error
	for _, l := range dateLayouts {
		if len(v) != len(l) && l != time.RFC3339Nano {
			continue
		}
		var t time.Time
		if t, err = time.Parse(l, v); err == nil {
			return t, nil
		}
	}
	if err == nil {
		err = ErrBadDate
	}
	return time.Time{}, err
}

// csvDecoder reads delimited text with a header: entente's own CSV and
// any CSV/TSV mapped with ReadOptions.Columns (or recognised from its
// header names, see EntenteColumns and fieldSynonyms).
//
// The delimiter is ColumnMapping.Delimiter or detected from the header
// line (tab, comma or semicolon, the most frequent outside quotes).
// Quoting follows RFC 4180: a field that starts with a double quote runs
// to the closing quote, may hold delimiters and line breaks, and writes a
// quote as two; quotes inside an unquoted field are ordinary characters.
// Every row must have as many fields as the header. Codes and country
// codes are strings: "NA" is Namibia (alpha-2) and "042" stays "042"; a
// code that lost its leading zero ("42") is repaired only when that is
// unambiguous (cameo.Normalize), and every repair is counted in
// Report.Repairs. Countries may be alpha-3 codes, alpha-2 codes or names.
type csvDecoder struct {
	ctx    *rowCtx
	delim  byte
	cols   *columnIndex
	fields []string
	rec    record
	part   string
}

func newCSVDecoder(ctx *rowCtx) *csvDecoder { return &csvDecoder{ctx: ctx} }

func (d *csvDecoder) records(br *bufio.Reader, max int, overflow io.Writer) recordSource {
	ls := newLineSource(br, max, overflow)
	ls.raw = true
	return &csvSource{lines: ls, dec: d, max: max, overflow: overflow}
}

func (d *csvDecoder) begin(part string) { d.part = part; d.cols = nil; d.delim = 0 }

// setDelimiter fixes the delimiter from the mapping or the header line.
func (d *csvDecoder) setDelimiter(header []byte) {
	if m := d.ctx.opts.Columns; m != nil && m.Delimiter != 0 {
		d.delim = byte(m.Delimiter)
		return
	}
	d.delim, _ = sniffDelimiter(header)
}

func (d *csvDecoder) header(rec []byte) (bool, error) {
	if d.delim == 0 {
		d.setDelimiter(rec)
	}
	if pe := checkRecord(rec, 0); pe != nil {
		pe.Err = fmt.Errorf("%w: the header is not UTF-8 text", pe.Err)
		return false, pe
	}
	names, err := splitCSV(string(rec), d.delim, nil)
	if err != nil {
		return false, &ParseError{Value: shorten(string(rec)), Err: err}
	}
	for i := range names {
		names[i] = strings.TrimSpace(names[i])
	}
	ci, err := resolveColumns(names, d.ctx.opts.Columns)
	if err != nil {
		return false, &ParseError{Err: fmt.Errorf("%w (delimiter %q)", err, rune(d.delim))}
	}
	d.cols = ci
	return true, nil
}

func (d *csvDecoder) decode(rec []byte, line int, out []Event) ([]Event, string, error) {
	if pe := checkRecord(rec, line); pe != nil {
		return out, "", pe
	}
	var err error
	d.fields, err = splitCSV(string(rec), d.delim, d.fields[:0])
	if err != nil {
		return out, "", &ParseError{Value: shorten(string(rec)), Err: err}
	}
	if len(d.fields) != len(d.cols.names) {
		return out, "", &ParseError{Value: fmt.Sprintf("%d fields, want %d (delimiter %q)", len(d.fields), len(d.cols.names), rune(d.delim)), Err: ErrColumnCount}
	}
	d.rec = record{}
	for f, i := range d.cols.at {
		if i >= 0 {
			d.rec.v[f] = d.fields[i]
			d.rec.has[f] = true
		}
	}
	var e Event
	if err := d.ctx.buildEvent(&d.rec, d.cols, d.layout(), &e); err != nil {
		return out, "", err
	}
	return append(out, e), "", nil
}

func (d *csvDecoder) layout() string {
	if m := d.ctx.opts.Columns; m != nil {
		return m.DateLayout
	}
	return ""
}

// csvSource joins the physical lines of a CSV record whose quoted field
// holds line breaks. A record still open after MaxLineBytes (a stray
// quote) is rejected as too long, and reading goes on after it.
type csvSource struct {
	lines    *lineSource
	dec      *csvDecoder
	buf      []byte
	max      int
	overflow io.Writer
}

func (c *csvSource) next() ([]byte, int, bool, error) {
	for {
		rec, line, tooLong, err := c.lines.next()
		if rec == nil || tooLong {
			return rec, line, tooLong, err
		}
		if c.dec.delim == 0 {
			c.dec.setDelimiter(trimEOL(rec))
		}
		if !quoteOpen(rec, c.dec.delim) || err != nil {
			r := trimEOL(rec)
			if len(r) == 0 && err == nil {
				continue // blank line
			}
			return r, line, false, err
		}
		c.buf = append(c.buf[:0], rec...)
		for quoteOpen(c.buf, c.dec.delim) {
			more, _, tl, err := c.lines.next()
			if more == nil && err == io.EOF || err != nil && err != io.EOF {
				// the input ends inside a quoted field: hand the record
				// to the parser, which reports the open quote
				if err == io.EOF {
					err = nil
				}
				return trimEOL(c.buf), line, false, err
			}
			if tl || len(c.buf)+len(more) > c.max {
				if c.overflow != nil {
					c.overflow.Write(c.buf)
					c.overflow.Write(more)
					if !bytes.HasSuffix(more, []byte{'\n'}) {
						c.overflow.Write([]byte{'\n'})
					}
				}
				return c.buf[:min(len(c.buf), 256)], line, true, nil
			}
			c.buf = append(c.buf, more...)
		}
		return trimEOL(c.buf), line, false, nil
	}
}

func trimEOL(b []byte) []byte {
	b = bytes.TrimSuffix(b, []byte{'\n'})
	return bytes.TrimSuffix(b, []byte{'\r'})
}

// quoteOpen reports whether rec ends inside a quoted field.
func quoteOpen(rec []byte, delim byte) bool {
	if bytes.IndexByte(rec, '"') < 0 {
		return false
	}
	inQuotes := false
	fieldStart := true
	for i := 0; i < len(rec); i++ {
		c := rec[i]
		if inQuotes {
			if c == '"' {
				if i+1 < len(rec) && rec[i+1] == '"' {
					i++
					continue
				}
				inQuotes = false
			}
			continue
		}
		switch {
		case c == '"' && fieldStart:
			inQuotes = true
			fieldStart = false
		case c == delim || c == '\n':
			fieldStart = true
		default:
			fieldStart = false
		}
	}
	return inQuotes
}

// splitCSV splits one record into fields (see csvDecoder for the quoting
// rules), appending to out. Unquoted fields are substrings of s.
func splitCSV(s string, delim byte, out []string) ([]string, error) {
	for {
		if len(s) > 0 && s[0] == '"' {
			var b strings.Builder
			i := 1
			for {
				j := strings.IndexByte(s[i:], '"')
				if j < 0 {
					return out, fmt.Errorf("%w: quoted field not closed", ErrSyntax)
				}
				b.WriteString(s[i : i+j])
				i += j + 1
				if i < len(s) && s[i] == '"' {
					b.WriteByte('"')
					i++
					continue
				}
				break
			}
			out = append(out, b.String())
			if i == len(s) {
				return out, nil
			}
			if s[i] != delim {
				return out, fmt.Errorf("%w: text after a closing quote (expected the delimiter %q)", ErrSyntax, rune(delim))
			}
			s = s[i+1:]
			continue
		}
		j := strings.IndexByte(s, delim)
		if j < 0 {
			return append(out, s), nil
		}
		out = append(out, s[:j])
		s = s[j+1:]
	}
}
