package extract

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"io"
	"math"
	"strconv"
	"time"

	"github.com/entente/entente/dataset"
)

// Columns are the fields WriteCSV writes and WriteJSONL's keys, in order.
// They extend the dataset package's entente columns (so that
// dataset.ReadFile reads the output back) with the evidence of the first
// report flattened for auditing:
//
//	doc          the id of the (first) article the event was coded from
//	date         YYYY-MM-DD, or "" when undated (or only dated to a decade)
//	source       the source's state (ISO 3166 alpha-3 / CAMEO code), or the
//	             organisation's code for a non-state actor ("IGOUNO")
//	target       the same for the target ("" when the event has none)
//	code         the CAMEO code, a string ("042")
//	plover       the PLOVER category
//	source_actor, target_actor   full actor codes with sector ("RUSGOV")
//	source_name, target_name     the text the actor was read from
//	source_sector, target_sector the sector ("GOV", "MIL", …)
//	quad, goldstein               CAMEO quad class, Goldstein weight
//	background   true for past context (an event the article recalls)
//	date_precision  how precisely date places the event when coarser than
//	             a day: "week" (date is the Monday), "month" (the 1st),
//	             "year" (January 1); "" for a day
//	description  Event.Description (empty for coded events: the evidence
//	             text says what happened)
//	reports      the number of articles reporting the event (deduplicated)
//	url          the first article's URL
//	sentence, start, end, text   the first report's evidence: sentence
//	             index, byte span in Article.Document(), sentence text
//	rule         the rule that coded the first report: the lexicon entry
//	             (hand-written or derived from WordNet, which seed) and the
//	             clause rules that set the code and the actors, "; "-joined
//	             (Evidence.Rule)
//	evidence     every report's evidence (JSON array of
//	             {"doc","url","sentence","start","end","text","rule"})
var Columns = []string{
	"doc", "date", "source", "target", "code", "plover",
	"source_actor", "source_name", "source_sector", "target_actor", "target_name", "target_sector",
	"quad", "goldstein", "background", "date_precision", "description", "reports", "url",
	"sentence", "start", "end", "text", "rule", "evidence",
}

// actorKey is the "source"/"target" value of an actor: its state, else its
// organisation code.
func actorKey(a dataset.Actor) string {
	if a.Country != "" {
		return a.Country
	}
	return a.Code
}

func dayText(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

type jsonEvidence struct {
	Doc      string `json:"doc"`
	URL      string `json:"url,omitempty"`
	Sentence int    `json:"sentence"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Text     string `json:"text"`
	Rule     string `json:"rule,omitempty"`
}

// jsonEvent is one line of WriteJSONL, keys in Columns order.
type jsonEvent struct {
	Doc          string         `json:"doc"`
	Date         string         `json:"date"`
	Source       string         `json:"source"`
	Target       string         `json:"target"`
	Code         string         `json:"code"`
	PLOVER       string         `json:"plover"`
	SourceActor  string         `json:"source_actor,omitempty"`
	SourceName   string         `json:"source_name,omitempty"`
	SourceSector string         `json:"source_sector,omitempty"`
	TargetActor  string         `json:"target_actor,omitempty"`
	TargetName   string         `json:"target_name,omitempty"`
	TargetSector string         `json:"target_sector,omitempty"`
	Quad         int            `json:"quad"`
	Goldstein    *float64       `json:"goldstein"`
	Background   bool           `json:"background,omitempty"`
	Precision    string         `json:"date_precision,omitempty"`
	Description  string         `json:"description,omitempty"`
	Reports      int            `json:"reports"`
	URL          string         `json:"url,omitempty"`
	Sentence     int            `json:"sentence"`
	Start        int            `json:"start"`
	End          int            `json:"end"`
	Text         string         `json:"text"`
	Rule         string         `json:"rule,omitempty"`
	Evidence     []jsonEvidence `json:"evidence"`
}

func toJSONEvent(e *dataset.Event) jsonEvent {
	j := jsonEvent{
		Date: dayText(e.Date), Source: actorKey(e.Source), Target: actorKey(e.Target), Code: e.Code, PLOVER: e.PLOVER,
		SourceActor: e.Source.Code, SourceName: e.Source.Name, SourceSector: e.Source.Sector,
		TargetActor: e.Target.Code, TargetName: e.Target.Name, TargetSector: e.Target.Sector,
		Quad: int(e.Quad), Background: e.Background, Precision: e.DatePrecision, Description: e.Description, Reports: e.ReportCount(), URL: e.URL,
		Evidence: []jsonEvidence{},
	}
	if !math.IsNaN(e.Goldstein) {
		g := e.Goldstein
		j.Goldstein = &g
	}
	for i, ev := range e.Evidence {
		if i == 0 {
			j.Doc, j.Sentence, j.Start, j.End, j.Text, j.Rule = ev.Doc, ev.Sentence, ev.Start, ev.End, ev.Text, ev.Rule
		}
		j.Evidence = append(j.Evidence, jsonEvidence(ev))
	}
	return j
}

// WriteJSONL writes events as JSON lines, one object per event with the
// keys of Columns. doc, date, source, target, code and plover are always
// present (date "" when undated; target "" when the event has none);
// goldstein is null when unknown.
func WriteJSONL(w io.Writer, events []dataset.Event) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for i := range events {
		if err := enc.Encode(toJSONEvent(&events[i])); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// WriteCSV writes events as CSV with a header of Columns (RFC 4180 quoting;
// the evidence column holds a JSON array).
func WriteCSV(w io.Writer, events []dataset.Event) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(Columns); err != nil {
		return err
	}
	row := make([]string, len(Columns))
	for i := range events {
		j := toJSONEvent(&events[i])
		ev, err := json.Marshal(j.Evidence)
		if err != nil {
			return err
		}
		g := ""
		if j.Goldstein != nil {
			g = strconv.FormatFloat(*j.Goldstein, 'g', -1, 64)
		}
		row = append(row[:0], j.Doc, j.Date, j.Source, j.Target, j.Code, j.PLOVER,
			j.SourceActor, j.SourceName, j.SourceSector, j.TargetActor, j.TargetName, j.TargetSector,
			strconv.Itoa(j.Quad), g, strconv.FormatBool(j.Background), j.Precision, j.Description, strconv.Itoa(j.Reports), j.URL,
			strconv.Itoa(j.Sentence), strconv.Itoa(j.Start), strconv.Itoa(j.End), j.Text, j.Rule, string(ev))
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
