package dataset

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/entente/entente/cameo"
)

// GDELT1Columns names the 58 columns of a GDELT 1.0 event export, in
// order (the GDELT 1.0 codebook's header row). Rows of the historical
// backfile have the first 57 (no SOURCEURL).
var GDELT1Columns = []string{
	"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
	"Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
	"Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
	"Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
	"Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
	"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
	"GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
	"Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
	"Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
	"Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
	"Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
	"ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
	"ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
	"DATEADDED", "SOURCEURL",
}

// GDELT2Columns names the 61 columns of a GDELT 2.0 event export (the
// GDELT 2.0 codebook): those of 1.0 plus an ADM2Code in each of the three
// geography blocks.
var GDELT2Columns = []string{
	"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
	"Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
	"Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
	"Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
	"Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
	"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
	"GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
	"Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
	"Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
	"Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
	"Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
	"ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
	"ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
	"DATEADDED", "SOURCEURL",
}

// Positions (0-based) of the event columns entente reads; the same in
// GDELT 1.0 and 2.0 up to AvgTone.
const (
	gdeltID          = 0
	gdeltSQLDate     = 1
	gdeltA1Code      = 5
	gdeltA1Name      = 6
	gdeltA1Country   = 7
	gdeltA1Type1     = 12
	gdeltA2Code      = 15
	gdeltA2Name      = 16
	gdeltA2Country   = 17
	gdeltA2Type1     = 22
	gdeltEventCode   = 26
	gdeltBaseCode    = 27
	gdeltRootCode    = 28
	gdeltQuadClass   = 29
	gdeltGoldstein   = 30
	gdeltNumMentions = 31
	gdeltNumSources  = 32
	gdeltNumArticles = 33
	gdeltAvgTone     = 34
)

type gdeltVersion int8

const (
	gdeltV1 gdeltVersion = 1
	gdeltV2 gdeltVersion = 2
)

// gdeltDecoder reads GDELT 1.0 and 2.0 event rows.
//
// Field mapping: GLOBALEVENTID → ID; SQLDATE (YYYYMMDD) → Date;
// DATEADDED (YYYYMMDD in 1.0, YYYYMMDDHHMMSS in 2.0; both accepted in
// either) → DateAdded; ActorNCode/Name/CountryCode/Type1Code → Actor
// Code/Name/Country/Sector; EventCode → Code (a string, never a number),
// checked against EventBaseCode and EventRootCode; QuadClass → Quad;
// GoldsteinScale → Goldstein; NumMentions/NumSources/NumArticles; AvgTone
// → Tone; SOURCEURL → URL. The redundant date columns (MonthYear, Year,
// FractionDate), IsRootEvent, the other actor attributes and the
// geography are not read.
//
// Validation, each a rejected row naming the column: the field count
// (57 or 58 in 1.0, mixed in one file; 61 in 2.0); GLOBALEVENTID a
// number; SQLDATE a valid date; EventCode a CAMEO code and EventBaseCode /
// EventRootCode consistent with it; QuadClass 1–4 or empty; numbers
// parseable; bytes valid UTF-8. Empty QuadClass or GoldsteinScale are
// filled from ReadOptions.Quads / Goldstein (GDELT's tables by default);
// the file's own values are never replaced. An unknown country code
// leaves the actor's Country empty and is counted in
// Report.UnknownNames; CAMEO region and group codes ("AFR", "EUR") are
// not countries and leave it empty without being counted.
type gdeltDecoder struct {
	ctx     *rowCtx
	version gdeltVersion
	cols    []string
	offs    []int // field start offsets in the record, plus one past the end
}

func newGDELTDecoder(ctx *rowCtx, v gdeltVersion) *gdeltDecoder {
	d := &gdeltDecoder{ctx: ctx, version: v, cols: GDELT1Columns}
	if v == gdeltV2 {
		d.cols = GDELT2Columns
	}
	d.offs = make([]int, 0, 64)
	return d
}

func (d *gdeltDecoder) records(br *bufio.Reader, max int, overflow io.Writer) recordSource {
	return newLineSource(br, max, overflow)
}

func (d *gdeltDecoder) begin(string) {}

// header skips a GDELT header line (first field GLOBALEVENTID), which
// GDELT's own exports do not have but copies made with other tools often
// do.
func (d *gdeltDecoder) header(rec []byte) (bool, error) {
	i := strings.IndexByte(string(rec[:min(len(rec), 32)]), '\t')
	return i > 0 && strings.EqualFold(string(rec[:i]), "GLOBALEVENTID"), nil
}

// splitTabs records the start of every tab-separated field of rec in offs
// and returns the field count.
func splitTabs(rec []byte, offs []int) []int {
	offs = append(offs[:0], 0)
	for i, c := range rec {
		if c == '\t' {
			offs = append(offs, i+1)
		}
	}
	return append(offs, len(rec)+1)
}

func (d *gdeltDecoder) decode(rec []byte, line int, out []Event) ([]Event, string, error) {
	d.offs = splitTabs(rec, d.offs)
	n := len(d.offs) - 1
	switch {
	case d.version == gdeltV1 && (n == 57 || n == 58):
	case d.version == gdeltV2 && n == 61:
	default:
		want := "57 or 58"
		if d.version == gdeltV2 {
			want = "61"
		}
		return out, "", &ParseError{Value: strconv.Itoa(n) + " fields, want " + want, Err: ErrColumnCount}
	}
	if err := checkText(rec, d.offs, d.cols); err != nil {
		return out, "", err
	}
	s := string(rec) // one allocation: every text field is a substring of it
	f := func(i int) string { return s[d.offs[i] : d.offs[i+1]-1] }
	bad := func(i int, err error) error {
		return &ParseError{Field: i + 1, Column: d.cols[i], Value: shorten(f(i)), Err: err}
	}

	e := NewEvent()
	id := f(gdeltID)
	if id == "" {
		return out, "", bad(gdeltID, ErrMissingField)
	}
	if !allDigits([]byte(id)) {
		return out, "", bad(gdeltID, ErrBadNumber)
	}
	e.ID = id
	date, ok := parseYYYYMMDD(f(gdeltSQLDate))
	if !ok {
		return out, "", bad(gdeltSQLDate, ErrBadDate)
	}
	e.Date = date

	code := f(gdeltEventCode)
	if code == "" {
		return out, "", bad(gdeltEventCode, ErrMissingField)
	}
	if !setCode(&e, code) {
		return out, "", bad(gdeltEventCode, ErrBadCode)
	}
	if base := f(gdeltBaseCode); base != "" && len(code) >= 3 && base != code[:3] {
		return out, "", bad(gdeltBaseCode, ErrBadCode)
	}
	if root := f(gdeltRootCode); root != "" && root != e.Root {
		return out, "", bad(gdeltRootCode, ErrBadCode)
	}
	if q := f(gdeltQuadClass); q != "" {
		n, err := strconv.Atoi(q)
		quad, ok := cameo.QuadFromNumber(n)
		if err != nil || !ok || quad == cameo.Neutral {
			return out, "", bad(gdeltQuadClass, ErrBadNumber)
		}
		e.Quad = quad
	}
	var err error
	if e.Goldstein, err = parseFloatField(f(gdeltGoldstein)); err != nil {
		return out, "", bad(gdeltGoldstein, err)
	}
	for i, p := range [3]*int{&e.Mentions, &e.Sources, &e.Articles} {
		col := gdeltNumMentions + i
		if *p, err = parseCount(f(col)); err != nil {
			return out, "", bad(col, err)
		}
	}
	if e.Tone, err = parseFloatField(f(gdeltAvgTone)); err != nil {
		return out, "", bad(gdeltAvgTone, err)
	}
	added := len(d.cols) - 2 // DATEADDED
	if v := f(added); v != "" {
		t, ok := parseGDELTTimestamp(v)
		if !ok {
			return out, "", bad(added, ErrBadDate)
		}
		e.DateAdded = t
	}
	if n == len(d.cols) {
		e.URL = f(n - 1)
	}
	e.Source = d.actor(f(gdeltA1Code), f(gdeltA1Name), f(gdeltA1Country), f(gdeltA1Type1))
	e.Target = d.actor(f(gdeltA2Code), f(gdeltA2Name), f(gdeltA2Country), f(gdeltA2Type1))
	d.ctx.fillQuad(&e)
	d.ctx.fillGoldstein(&e)
	return append(out, e), "", nil
}

func (d *gdeltDecoder) actor(code, name, country, sector string) Actor {
	return Actor{Code: code, Name: name, Country: d.ctx.countries.code(country), Sector: sector}
}

// parseYYYYMMDD parses an 8-digit date; the date must exist.
func parseYYYYMMDD(s string) (time.Time, bool) {
	if len(s) != 8 || !allDigits([]byte(s)) {
		return time.Time{}, false
	}
	y, _ := strconv.Atoi(s[:4])
	m, _ := strconv.Atoi(s[4:6])
	dd, _ := strconv.Atoi(s[6:])
	return validDate(y, m, dd, 0, 0, 0)
}

// parseGDELTTimestamp parses DATEADDED: YYYYMMDD or YYYYMMDDHHMMSS (UTC).
func parseGDELTTimestamp(s string) (time.Time, bool) {
	if len(s) == 8 {
		return parseYYYYMMDD(s)
	}
	if len(s) != 14 || !allDigits([]byte(s)) {
		return time.Time{}, false
	}
	v := func(a, b int) int { n, _ := strconv.Atoi(s[a:b]); return n }
	return validDate(v(0, 4), v(4, 6), v(6, 8), v(8, 10), v(10, 12), v(12, 14))
}

// validDate builds a UTC time and checks that nothing was normalised
// (no 31 February, no hour 25). Years must be 1 … 9999.
func validDate(y, m, d, hh, mm, ss int) (time.Time, bool) {
	if y < 1 || m < 1 || m > 12 || d < 1 || d > 31 || hh > 23 || mm > 59 || ss > 59 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, hh, mm, ss, 0, time.UTC)
	if t.Day() != d {
		return time.Time{}, false
	}
	return t, true
}

// parseFloatField parses a float column; empty is NaN (unknown). NaN and
// infinities written as text are rejected: a file's number must be a
// number.
func parseFloatField(s string) (float64, error) {
	if s == "" {
		return math.NaN(), nil
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return math.NaN(), ErrBadNumber
	}
	return v, nil
}

// parseCount parses a non-negative count; empty is 0 (unknown).
func parseCount(s string) (int, error) {
	if s == "" {
		return 0, nil
	}
	v, err := strconv.Atoi(s)
	if err != nil || v < 0 {
		return 0, ErrBadNumber
	}
	return v, nil
}

// GDELT2MentionColumns names the 16 columns of a GDELT 2.0 mentions
// export (the GDELT 2.0 codebook).
var GDELT2MentionColumns = []string{
	"GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
	"MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
	"InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
}

// Mention is one row of a GDELT 2.0 mentions file: one article that
// mentions one event. Mentions are not events (they have no actors or
// codes): they qualify the events of a GDELT 2.0 events file with the
// same GLOBALEVENTID — how many articles carried an event and how
// confident GDELT was in each extraction. Read them with ReadMentions or
// OpenMentions and join them to events with SummarizeMentions or
// AttachMentions.
//
// Values are GDELT's, not converted: Sentence is 1-based, the character
// offsets are −1 when the actor was not found, Confidence is a
// percentage (10 … 100).
type Mention struct {
	EventID     string    // GLOBALEVENTID of the mentioned event
	EventTime   time.Time // EventTimeDate: when the event was first recorded (its DATEADDED)
	MentionTime time.Time // MentionTimeDate: the 15-minute update of this mention
	// Type is the source collection: 1 web (Identifier is a URL), 2
	// citation only, 3 CORE, 4 DTIC, 5 JSTOR, 6 non-textual.
	Type         int
	SourceName   string // MentionSourceName ("china.org.cn")
	Identifier   string // MentionIdentifier: the URL for web mentions
	Sentence     int    // SentenceID, 1-based
	Actor1Offset int
	Actor2Offset int
	ActionOffset int
	InRawText    bool
	Confidence   float64 // percent; NaN if empty
	DocLen       int
	DocTone      float64 // NaN if empty
	Translation  string  // MentionDocTranslationInfo; "" for English-language originals
	Extras       string
	Origin       Origin
}

// mentionDecoder reads GDELT 2.0 mentions: GDELT's own tab-separated
// files without a header, or comma-separated copies with a header row
// ("globaleventid,eventtimedate,…", as gdeltPyR writes them).
type mentionDecoder struct {
	delim  byte
	fields []string
}

func (d *mentionDecoder) records(br *bufio.Reader, max int, overflow io.Writer) recordSource {
	return newLineSource(br, max, overflow)
}

func (d *mentionDecoder) begin(string) { d.delim = 0 }

func (d *mentionDecoder) header(rec []byte) (bool, error) {
	d.delim, _ = sniffDelimiter(rec)
	i := 0
	for i < len(rec) && rec[i] != d.delim {
		i++
	}
	return strings.EqualFold(strings.TrimSpace(string(rec[:i])), "GLOBALEVENTID"), nil
}

func (d *mentionDecoder) decode([]byte, int, []Event) ([]Event, string, error) {
	panic("dataset: mentions are read with MentionReader")
}

func (d *mentionDecoder) parse(rec []byte, m *Mention) error {
	if pe := checkRecord(rec, 0); pe != nil {
		return pe
	}
	var err error
	if d.delim == '\t' {
		d.fields = append(d.fields[:0], strings.Split(string(rec), "\t")...)
	} else if d.fields, err = splitCSV(string(rec), d.delim, d.fields[:0]); err != nil {
		return &ParseError{Value: shorten(string(rec)), Err: err}
	}
	f := d.fields
	if len(f) != len(GDELT2MentionColumns) {
		return &ParseError{Value: fmt.Sprintf("%d fields, want %d (delimiter %q)", len(f), len(GDELT2MentionColumns), rune(d.delim)), Err: ErrColumnCount}
	}
	bad := func(i int, err error) error {
		return &ParseError{Field: i + 1, Column: GDELT2MentionColumns[i], Value: shorten(f[i]), Err: err}
	}
	*m = Mention{}
	if !allDigits([]byte(f[0])) {
		return bad(0, ErrBadNumber)
	}
	m.EventID = f[0]
	var ok bool
	if m.EventTime, ok = parseGDELTTimestamp(f[1]); !ok {
		return bad(1, ErrBadDate)
	}
	if m.MentionTime, ok = parseGDELTTimestamp(f[2]); !ok {
		return bad(2, ErrBadDate)
	}
	ints := [...]struct {
		i int
		p *int
	}{{3, &m.Type}, {6, &m.Sentence}, {7, &m.Actor1Offset}, {8, &m.Actor2Offset}, {9, &m.ActionOffset}, {12, &m.DocLen}}
	for _, x := range ints {
		if f[x.i] == "" {
			continue
		}
		if *x.p, err = strconv.Atoi(f[x.i]); err != nil {
			return bad(x.i, ErrBadNumber)
		}
	}
	if m.Type < 1 || m.Type > 6 {
		return bad(3, ErrBadNumber)
	}
	switch f[10] {
	case "1":
		m.InRawText = true
	case "0", "":
	default:
		return bad(10, ErrBadNumber)
	}
	if m.Confidence, err = parseFloatField(f[11]); err != nil || m.Confidence < 0 || m.Confidence > 100 {
		return bad(11, ErrBadNumber)
	}
	if m.DocTone, err = parseFloatField(f[13]); err != nil {
		return bad(13, ErrBadNumber)
	}
	m.SourceName, m.Identifier, m.Translation, m.Extras = f[4], f[5], f[14], f[15]
	return nil
}

// MentionReader streams the mentions of a GDELT 2.0 mentions file, with
// the same lenient/strict handling, rejects and Report accounting as
// Reader. ReadOptions.Filter does not apply to mentions and is refused.
type MentionReader struct {
	r   *Reader
	dec *mentionDecoder
}

// OpenMentions opens a GDELT 2.0 mentions file (plain, .gz or .zip;
// "-" is standard input).
func OpenMentions(path string, opts *ReadOptions) (*MentionReader, error) {
	src, err := openSource(path)
	if err != nil {
		return nil, err
	}
	m, err := newMentionReader(src, opts)
	if err != nil {
		src.Close()
		return nil, err
	}
	return m, nil
}

// NewMentionReader reads GDELT 2.0 mentions from rd.
func NewMentionReader(rd io.Reader, name string, opts *ReadOptions) (*MentionReader, error) {
	src, err := newSource(rd, name)
	if err != nil {
		return nil, err
	}
	m, err := newMentionReader(src, opts)
	if err != nil {
		src.Close()
		return nil, err
	}
	return m, nil
}

func newMentionReader(src *source, opts *ReadOptions) (*MentionReader, error) {
	if opts != nil && opts.Filter != nil {
		return nil, fmt.Errorf("dataset: ReadOptions.Filter selects events and does not apply to GDELT mentions")
	}
	if opts != nil && opts.Format != FormatAuto && opts.Format != FormatGDELT2Mentions {
		return nil, fmt.Errorf("%w: mentions are read as %s, not %s", ErrUnknownFormat, FormatGDELT2Mentions, opts.Format)
	}
	r, err := newReaderFromSource(src, opts, true)
	if err != nil {
		return nil, err
	}
	d := &mentionDecoder{}
	if r.format != FormatAuto {
		r.dec = d
	}
	return &MentionReader{r: r, dec: d}, nil
}

// Next reads the next mention into m; io.EOF at the end. Errors are as
// for Reader.Next.
func (mr *MentionReader) Next(m *Mention) error {
	r := mr.r
	for {
		if r.end != nil {
			return r.end
		}
		rec, line, err := r.record()
		if err != nil {
			if err == errRejected {
				if r.opts.Strict {
					return r.lastReject
				}
				continue
			}
			r.end = err
			return err
		}
		r.countRead()
		if r.partErr != nil {
			pe := *r.partErr
			pe.Line, pe.Value = line, shorten(strings.ToValidUTF8(string(rec), "\uFFFD"))
			if werr := r.reject(&pe, rec); werr != nil {
				r.end = werr
				return werr
			}
			if r.opts.Strict {
				return &pe
			}
			continue
		}
		if err := mr.dec.parse(rec, m); err != nil {
			pe := err.(*ParseError)
			pe.File, pe.Line = r.part, line
			if werr := r.reject(pe, rec); werr != nil {
				r.end = werr
				return werr
			}
			if r.opts.Strict {
				return pe
			}
			continue
		}
		m.Origin = Origin{File: r.part, Line: line}
		r.countKeep(m.MentionTime)
		return nil
	}
}

// Report returns the live report (complete after io.EOF).
func (mr *MentionReader) Report() *Report { return mr.r.Report() }

// Close releases the input.
func (mr *MentionReader) Close() error { return mr.r.Close() }

// ReadMentions reads every mention of a GDELT 2.0 mentions file. The
// Report is returned even with an error.
func ReadMentions(path string, opts *ReadOptions) ([]Mention, *Report, error) {
	mr, err := OpenMentions(path, opts)
	if err != nil {
		return nil, &Report{File: path}, err
	}
	defer mr.Close()
	var out []Mention
	for {
		var m Mention
		err := mr.Next(&m)
		if err == io.EOF {
			return out, mr.Report(), nil
		}
		if err != nil {
			return out, mr.Report(), err
		}
		out = append(out, m)
	}
}

// MentionSummary is what the mentions of one event say about it.
type MentionSummary struct {
	Mentions       int       // mention rows
	Sources        int       // distinct MentionSourceName values
	MeanConfidence float64   // mean Confidence (percent) over mentions that have one; NaN if none
	MaxConfidence  float64   // NaN if none
	First, Last    time.Time // earliest and latest MentionTime
}

// SummarizeMentions groups mentions by EventID. Mentions with a
// confidence below minConfidence (percent; 0 keeps all) are left out.
func SummarizeMentions(mentions []Mention, minConfidence float64) map[string]MentionSummary {
	type acc struct {
		s       MentionSummary
		sum     float64
		n       int
		sources map[string]bool
	}
	accs := map[string]*acc{}
	for i := range mentions {
		m := &mentions[i]
		if minConfidence > 0 && !(m.Confidence >= minConfidence) {
			continue
		}
		a := accs[m.EventID]
		if a == nil {
			a = &acc{sources: map[string]bool{}}
			a.s.MaxConfidence = math.NaN()
			accs[m.EventID] = a
		}
		a.s.Mentions++
		a.sources[m.SourceName] = true
		if !math.IsNaN(m.Confidence) {
			a.sum += m.Confidence
			a.n++
			if math.IsNaN(a.s.MaxConfidence) || m.Confidence > a.s.MaxConfidence {
				a.s.MaxConfidence = m.Confidence
			}
		}
		if !m.MentionTime.IsZero() {
			if a.s.First.IsZero() || m.MentionTime.Before(a.s.First) {
				a.s.First = m.MentionTime
			}
			if m.MentionTime.After(a.s.Last) {
				a.s.Last = m.MentionTime
			}
		}
	}
	out := make(map[string]MentionSummary, len(accs))
	for id, a := range accs {
		a.s.Sources = len(a.sources)
		a.s.MeanConfidence = math.NaN()
		if a.n > 0 {
			a.s.MeanConfidence = a.sum / float64(a.n)
		}
		out[id] = a.s
	}
	return out
}

// AttachMentions joins mentions to the events with the same ID (a GDELT
// GLOBALEVENTID). For every matched event it sets Confidence to the mean
// mention confidence as a fraction (percent / 100, so 0 … 1 like every
// Confidence in entente) and appends one Evidence per mention {Doc:
// MentionIdentifier, URL: the identifier for web mentions, Sentence:
// SentenceID − 1 (0-based)}. Mentions below minConfidence (percent; 0
// keeps all) are ignored. Mentions, Sources and Articles keep the events
// file's counts. It returns the number of events matched.
func AttachMentions(events []Event, mentions []Mention, minConfidence float64) int {
	byID := map[string][]int{}
	for i := range mentions {
		m := &mentions[i]
		if minConfidence > 0 && !(m.Confidence >= minConfidence) {
			continue
		}
		byID[m.EventID] = append(byID[m.EventID], i)
	}
	matched := 0
	for i := range events {
		e := &events[i]
		idx := byID[e.ID]
		if len(idx) == 0 {
			continue
		}
		matched++
		sum, n := 0.0, 0
		for _, j := range idx {
			m := &mentions[j]
			if !math.IsNaN(m.Confidence) {
				sum += m.Confidence
				n++
			}
			ev := Evidence{Doc: m.Identifier, Sentence: m.Sentence - 1}
			if m.Type == 1 {
				ev.URL = m.Identifier
			}
			e.Evidence = append(e.Evidence, ev)
		}
		if n > 0 {
			e.Confidence = sum / float64(n) / 100
		}
	}
	return matched
}
