package dataset

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
)

// ICEWSColumns names the 20 columns of an ICEWS event file (.tab), in the
// order of the Dataverse releases.
var ICEWSColumns = []string{
	"Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country",
	"Event Text", "CAMEO Code", "Intensity", "Target Name", "Target Sectors",
	"Target Country", "Story ID", "Sentence Number", "Publisher", "City",
	"District", "Province", "Country", "Latitude", "Longitude",
}

// icewsRequired are the columns an ICEWS header must have; the others are
// read when present. Columns are found by name, so reordered files read.
var icewsRequired = []string{"Event ID", "Event Date", "Source Country", "Target Country", "CAMEO Code"}

// icewsNA is ICEWS's (R's) missing-value marker. It marks missing names,
// sectors, story ids and geography; ICEWS writes countries as full names,
// so "NA" is never a country code here (Namibia is "Namibia").
const icewsNA = "NA"

// icewsDecoder reads ICEWS .tab files.
//
// Field mapping: Event Date (YYYY-MM-DD) → Date; Event ID → ID as
// "YYYY-MM-DD/ID" — ICEWS event ids are unique only together with the
// date, so the raw id alone would not identify an event (the raw id is
// the part after the slash); Source/Target Name → Actor.Name, Sectors →
// Actor.Sector (ICEWS's comma-separated list, as given), Country (a full
// name such as "Russian Federation") → Actor.Country through the country
// table's names (a name the table gives to different states over time is
// resolved with the event's year; unknown or ambiguous names leave Country
// empty and are counted in Report.UnknownNames; "NA" is missing and not
// counted); Event Text →
// Description; CAMEO Code → Code; Intensity → Goldstein: ICEWS's
// intensity is the Goldstein weight of the event's code in ICEWS's CAMEO
// scale (on the 2018 sample it equals cameo.GoldsteinICEWS for all 3,705
// rows), so it is the file's own Goldstein value and is kept; an NA
// intensity is filled from ReadOptions.Goldstein (ICEWS's table by
// default). Quad has no column and comes from ReadOptions.Quads
// (cameo.QuadICEWS by default). Story ID and Sentence Number → one
// Evidence{Doc: story id, Sentence: number − 1} (Sentence is 0-based in
// entente, 1-based in ICEWS); Publisher → Reference. The geography
// columns are not read.
type icewsDecoder struct {
	ctx  *rowCtx
	cols []string // the header's names
	at   map[string]int
	offs []int
	part string
}

func newICEWSDecoder(ctx *rowCtx) *icewsDecoder {
	return &icewsDecoder{ctx: ctx, offs: make([]int, 0, 32)}
}

func (d *icewsDecoder) records(br *bufio.Reader, max int, overflow io.Writer) recordSource {
	return newLineSource(br, max, overflow)
}

func (d *icewsDecoder) begin(part string) { d.part = part; d.cols = nil }

func (d *icewsDecoder) header(rec []byte) (bool, error) {
	cols := strings.Split(string(rec), "\t")
	idx := make(map[string]int, len(cols))
	for i, c := range cols {
		idx[strings.ToLower(strings.TrimSpace(c))] = i
	}
	var missing []string
	for _, c := range icewsRequired {
		if _, ok := idx[strings.ToLower(c)]; !ok {
			missing = append(missing, c)
		}
	}
	if len(missing) > 0 {
		return false, &ParseError{Value: shorten(string(rec)), Err: fmt.Errorf("%w: the ICEWS header lacks %s (a tab-separated header starting \"Event ID\\tEvent Date\" is expected)",
			ErrMissingField, strings.Join(missing, ", "))}
	}
	d.cols = cols
	d.at = make(map[string]int, len(ICEWSColumns))
	for _, c := range ICEWSColumns {
		if i, ok := idx[strings.ToLower(c)]; ok {
			d.at[c] = i
		} else {
			d.at[c] = -1
		}
	}
	return true, nil
}

func (d *icewsDecoder) decode(rec []byte, line int, out []Event) ([]Event, string, error) {
	if d.cols == nil {
		// the part had no header line (header() is always called first,
		// so this is a programmer error guard for parts without one)
		return out, "", &ParseError{Err: fmt.Errorf("%w: no ICEWS header", ErrMissingField)}
	}
	d.offs = splitTabs(rec, d.offs)
	n := len(d.offs) - 1
	if n != len(d.cols) {
		return out, "", &ParseError{Value: fmt.Sprintf("%d fields, want %d", n, len(d.cols)), Err: ErrColumnCount}
	}
	if err := checkText(rec, d.offs, d.cols); err != nil {
		return out, "", err
	}
	s := string(rec)
	f := func(name string) (string, int) {
		i, ok := d.at[name]
		if !ok || i < 0 {
			return "", -1
		}
		v := s[d.offs[i] : d.offs[i+1]-1]
		if v == icewsNA {
			v = ""
		}
		return v, i
	}
	bad := func(i int, err error) error {
		return &ParseError{Field: i + 1, Column: d.cols[i], Value: shorten(s[d.offs[i] : d.offs[i+1]-1]), Err: err}
	}

	e := NewEvent()
	ds, di := f("Event Date")
	date, err := time.Parse(time.DateOnly, ds)
	if err != nil {
		return out, "", bad(di, ErrBadDate)
	}
	e.Date = date
	id, ii := f("Event ID")
	if id == "" {
		return out, "", bad(ii, ErrMissingField)
	}
	e.ID = ds + "/" + id

	code, ci := f("CAMEO Code")
	if code == "" {
		return out, "", bad(ci, ErrMissingField)
	}
	if !setCode(&e, code) {
		return out, "", bad(ci, ErrBadCode)
	}
	if v, i := f("Intensity"); i >= 0 {
		if e.Goldstein, err = parseFloatField(v); err != nil {
			return out, "", bad(i, err)
		}
	}
	srcName, _ := f("Source Name")
	srcSect, _ := f("Source Sectors")
	srcCountry, _ := f("Source Country")
	tgtName, _ := f("Target Name")
	tgtSect, _ := f("Target Sectors")
	tgtCountry, _ := f("Target Country")
	e.Source = Actor{Name: srcName, Sector: srcSect, Country: d.ctx.countries.name(srcCountry, date.Year())}
	e.Target = Actor{Name: tgtName, Sector: tgtSect, Country: d.ctx.countries.name(tgtCountry, date.Year())}
	e.Description, _ = f("Event Text")
	e.Reference, _ = f("Publisher")
	story, _ := f("Story ID")
	sent, si := f("Sentence Number")
	if story != "" || sent != "" {
		ev := Evidence{Doc: story, Sentence: -1}
		if sent != "" {
			k, err := strconv.Atoi(sent)
			if err != nil || k < 1 {
				return out, "", bad(si, ErrBadNumber)
			}
			ev.Sentence = k - 1
		}
		e.Evidence = []Evidence{ev}
	}
	d.ctx.fillQuad(&e)
	d.ctx.fillGoldstein(&e)
	return append(out, e), "", nil
}
