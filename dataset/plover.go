package dataset

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/entente/entente/cameo"
)

// ploverDecoder reads PLOVER and POLECAT event records, as a JSON array
// (the PLOVER gold-standard file) or as JSON lines (one record per line).
//
// Two public schemas are read:
//
// PLOVER records (the PLOVER project's gold-standard files): "id",
// "date" (YYYY-MM-DD), "source" and "target" (lists of actors
// {"actorText", "code", "sector"}), "event" (the PLOVER category),
// "eventText", "text" (the sentence), "publication", and an optional
// "cameo" code. "mode", "context", "eventLoc", "size", "dead", "injured",
// "language" and the coder metadata are not read.
//
// POLECAT records as the NGEC coder writes them (its formatter's
// output): "id", "date_resolved" (else "date", else "pub_date"),
// "event_type" (the category), "attributes" {"ACTOR": [...], "RECIP":
// [...]} with actors {"text", "country", "code_1", "code_2"}, "story_id",
// "publisher", "event_text", "headline". "event_mode", "contexts" and the
// geolocation are not read.
//
// Mapping: the category is normalised with cameo.NormalizePLOVER (PLOVER
// 0.5's DEMAND → REQUEST, DISAPPROVE and INVESTIGATE → ACCUSE, FIGHT →
// ASSAULT) into Event.PLOVER, and Quad is its quad class
// (cameo.PLOVERQuad), the record's own. No CAMEO code is guessed from the
// category: without a "cameo" key Code is "" and CodeValid false (with
// one, Goldstein is filled from ReadOptions.Goldstein). Actor code → Actor.Code
// and, through the country table, Actor.Country (ISO alpha-3, as PLOVER
// uses; unknown codes such as "JAP" are counted in Report.UnknownNames);
// actorText/text → Name; sector/code_1[,code_2] → Sector. id/story_id →
// Evidence.Doc, text/event_text → Evidence.Text (Sentence 0 for PLOVER's
// one-sentence records, −1 for POLECAT's story text); eventText or headline
// → Description; publication/publisher → Reference.
//
// Several actors: a record yields one event per (source, target) pair.
// Without a target, two or more sources are reciprocal — CAMEO's and
// PLOVER's "SRC/TAR" convention ("Hungarian and Romanian officials
// agreed …") — and yield one event per ordered pair of distinct sources;
// one source alone yields one event with an empty target, and targets
// without a source one event each with an empty source. When a record
// yields more than one event their IDs get "#1", "#2", … suffixes. Each
// event counts as one row in the Report (so Read == Kept + Rejected +
// Filtered holds per event); a rejected record counts once.
//
// The record whose category is "DOCUMENT" describes the file, not an
// event: it is counted as filtered ("documentation record"). An actor
// list must be a JSON array of actor objects, one object, null or "";
// anything else (the gold file has one "target": "diplomatic") rejects
// the record naming the key.
type ploverDecoder struct {
	ctx *rowCtx
	rec ploverRecord
}

type ploverRecord struct {
	ID          string          `json:"id"`
	Date        string          `json:"date"`
	Source      json.RawMessage `json:"source"`
	Target      json.RawMessage `json:"target"`
	Event       string          `json:"event"`
	EventText   string          `json:"eventText"`
	Text        string          `json:"text"`
	Publication string          `json:"publication"`
	CAMEO       string          `json:"cameo"`

	// NGEC / POLECAT
	EventType    string          `json:"event_type"`
	Attributes   *ngecAttributes `json:"attributes"`
	DateResolved string          `json:"date_resolved"`
	PubDate      string          `json:"pub_date"`
	StoryID      string          `json:"story_id"`
	Publisher    string          `json:"publisher"`
	EventTextN   string          `json:"event_text"`
	Headline     string          `json:"headline"`
}

type ngecAttributes struct {
	Actor json.RawMessage `json:"ACTOR"`
	Recip json.RawMessage `json:"RECIP"`
}

type ploverActor struct {
	ActorText string `json:"actorText"`
	Code      string `json:"code"`
	Sector    string `json:"sector"`
	// NGEC
	Text    string `json:"text"`
	Country string `json:"country"`
	Code1   string `json:"code_1"`
	Code2   string `json:"code_2"`
}

func newPLOVERDecoder(ctx *rowCtx) *ploverDecoder { return &ploverDecoder{ctx: ctx} }

func (d *ploverDecoder) records(br *bufio.Reader, max int, overflow io.Writer) recordSource {
	return newJSONSource(br, max, overflow)
}

func (d *ploverDecoder) begin(string) {}

func (d *ploverDecoder) header([]byte) (bool, error) { return false, nil }

func (d *ploverDecoder) decode(rec []byte, line int, out []Event) ([]Event, string, error) {
	if pe := checkRecord(rec, line); pe != nil {
		return out, "", pe
	}
	d.rec = ploverRecord{}
	if err := json.Unmarshal(rec, &d.rec); err != nil {
		return out, "", jsonError(err, rec)
	}
	r := &d.rec
	category, catKey := r.Event, "event"
	if category == "" && r.EventType != "" {
		category, catKey = r.EventType, "event_type"
	}
	if strings.EqualFold(strings.TrimSpace(category), "DOCUMENT") {
		return out, FilterDocument, nil
	}
	if strings.TrimSpace(category) == "" {
		return out, "", &ParseError{Column: "event", Err: ErrMissingField}
	}
	norm := cameo.NormalizePLOVER(category)
	if !cameo.ValidPLOVER(norm) {
		return out, "", &ParseError{Column: catKey, Value: shorten(category), Err: ErrBadCategory}
	}

	base := NewEvent()
	base.PLOVER = norm
	base.Quad = cameo.PLOVERQuad(norm)
	dateKey, date := "date", r.Date
	switch {
	case r.DateResolved != "":
		dateKey, date = "date_resolved", r.DateResolved
	case date == "" && r.PubDate != "":
		dateKey, date = "pub_date", r.PubDate
	}
	if date != "" {
		t, err := parseDate(date, "")
		if err != nil {
			return out, "", &ParseError{Column: dateKey, Value: shorten(date), Err: ErrBadDate}
		}
		base.Date = t
	}
	if r.CAMEO != "" {
		if !setCode(&base, r.CAMEO) {
			return out, "", &ParseError{Column: "cameo", Value: shorten(r.CAMEO), Err: ErrBadCode}
		}
		d.ctx.fillGoldstein(&base)
		d.ctx.fillQuad(&base)
	}
	base.ID = r.ID
	ev := Evidence{Doc: r.ID, Text: r.Text}
	base.Description = r.EventText
	base.Reference = r.Publication
	if r.Attributes != nil || r.EventType != "" {
		ev = Evidence{Doc: r.StoryID, Text: r.EventTextN, Sentence: -1}
		if ev.Doc == "" {
			ev.Doc = r.ID
		}
		if base.Description == "" {
			base.Description = strings.TrimSpace(r.Headline)
		}
		if base.Reference == "" {
			base.Reference = r.Publisher
		}
	}
	if ev.Doc != "" || ev.Text != "" {
		base.Evidence = []Evidence{ev}
	}

	srcRaw, srcKey, tgtRaw, tgtKey := r.Source, "source", r.Target, "target"
	if r.Attributes != nil && len(srcRaw) == 0 && len(tgtRaw) == 0 {
		srcRaw, srcKey, tgtRaw, tgtKey = r.Attributes.Actor, "attributes.ACTOR", r.Attributes.Recip, "attributes.RECIP"
	}
	sources, err := d.actors(srcRaw, srcKey)
	if err != nil {
		return out, "", err
	}
	targets, err := d.actors(tgtRaw, tgtKey)
	if err != nil {
		return out, "", err
	}

	start := len(out)
	emit := func(s, t Actor) {
		e := base
		e.Source, e.Target = s, t
		if len(base.Evidence) > 0 {
			e.Evidence = []Evidence{base.Evidence[0]} // each event owns its slice
		}
		out = append(out, e)
	}
	switch {
	case len(sources) > 0 && len(targets) > 0:
		for _, s := range sources {
			for _, t := range targets {
				emit(s, t)
			}
		}
	case len(sources) >= 2: // reciprocal
		for i, s := range sources {
			for j, t := range sources {
				if i != j {
					emit(s, t)
				}
			}
		}
	case len(sources) == 1:
		emit(sources[0], Actor{})
	case len(targets) > 0:
		for _, t := range targets {
			emit(Actor{}, t)
		}
	default:
		emit(Actor{}, Actor{})
	}
	if n := len(out) - start; n > 1 {
		for k := 0; k < n; k++ {
			if out[start+k].ID != "" {
				out[start+k].ID += "#" + strconv.Itoa(k+1)
			}
		}
	}
	return out, "", nil
}

// actors decodes an actor list: an array of actor objects, one object,
// null, or "".
func (d *ploverDecoder) actors(raw json.RawMessage, key string) ([]Actor, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" || string(raw) == `""` {
		return nil, nil
	}
	var list []ploverActor
	switch raw[0] {
	case '[':
		if err := json.Unmarshal(raw, &list); err != nil {
			return nil, &ParseError{Column: key, Value: shorten(string(raw)), Err: fmt.Errorf("%w: want a list of actor objects", ErrSyntax)}
		}
	case '{':
		var a ploverActor
		if err := json.Unmarshal(raw, &a); err != nil {
			return nil, &ParseError{Column: key, Value: shorten(string(raw)), Err: fmt.Errorf("%w: want an actor object", ErrSyntax)}
		}
		list = []ploverActor{a}
	default:
		return nil, &ParseError{Column: key, Value: shorten(string(raw)), Err: fmt.Errorf("%w: want a list of actor objects", ErrSyntax)}
	}
	out := make([]Actor, 0, len(list))
	for _, a := range list {
		name := a.ActorText
		if name == "" {
			name = a.Text
		}
		code := a.Code
		raw := a.Country
		if raw == "" {
			raw = a.Code
		}
		if code == "" {
			code = a.Country
		}
		sector := a.Sector
		if sector == "" {
			sector = a.Code1
			if a.Code2 != "" {
				if sector != "" {
					sector += ","
				}
				sector += a.Code2
			}
		}
		out = append(out, Actor{Code: code, Name: name, Sector: sector, Country: d.ctx.countries.code(raw)})
	}
	return out, nil
}

// jsonError turns a json.Unmarshal error into a *ParseError naming the
// key for type errors.
func jsonError(err error, rec []byte) error {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		col := te.Field
		if col == "" {
			col = "record"
		}
		return &ParseError{Column: col, Value: te.Value, Err: fmt.Errorf("%w: %s is not a %s", ErrSyntax, te.Value, te.Type)}
	}
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return &ParseError{Value: shorten(string(rec)), Err: fmt.Errorf("%w: %v (byte %d of the record)", ErrSyntax, se, se.Offset)}
	}
	return &ParseError{Value: shorten(string(rec)), Err: fmt.Errorf("%w: %v", ErrSyntax, err)}
}
