package dataset

import (
	"math"
	"time"

	"github.com/entente/entente/cameo"
)

// Actor is one side of an event.
//
// Country is the ISO 3166 alpha-3 / CAMEO state code ("CHN", "NAM" for
// Namibia); it is empty when the actor could not be tied to a state, and it is
// a historical code ("SUN", "YUG") when the source says so: it is never mapped
// to a successor state. Code is the full actor code as the source gave it
// ("CHNGOV", "RUSMIL", "IGOUNO"); Sector is the agent/sector part ("GOV",
// "MIL", or ICEWS's comma-separated sector list). Name is the source's text
// for the actor ("Foreign Affairs (Bangladesh)", "Xi Jinping").
type Actor struct {
	Code    string
	Country string
	Name    string
	Sector  string
}

// IsZero reports whether nothing is known about the actor.
func (a Actor) IsZero() bool {
	return a.Code == "" && a.Country == "" && a.Name == "" && a.Sector == ""
}

// Evidence locates the text an event was coded from.
//
// Doc is the document id; Sentence is the 0-based index of the sentence in the
// document, or −1 when unknown (ICEWS rows without a sentence number,
// POLECAT story text); Start and End are byte offsets of the coded span within the
// document text (End exclusive; both 0 when unknown); Text is the sentence.
type Evidence struct {
	Doc      string
	URL      string
	Sentence int
	Start    int
	End      int
	Text     string
	// Rule names what coded the event from this text (set by the event
	// coder, package extract: "verb sign + agreement", "wordnet synonym of
	// \"attack\""); empty for events read from data.
	Rule string
}

// Origin says where a record was read: the file name as given to the reader
// and the 1-based physical line (for JSON arrays, the line the record starts
// on). A zero Origin means the event was made in memory.
type Origin struct {
	File string
	Line int
}

// Event is one coded interaction: who did what to whom, when.
//
// Conventions (see the package documentation):
//   - a zero Date means the date is unknown;
//   - Code is the CAMEO code as a string ("042"; never an integer); CodeValid
//     reports whether it is in the CAMEO table; Root is its two-digit root;
//   - Goldstein, Tone and Confidence are NaN when unknown;
//   - Mentions, Sources and Articles are 0 when unknown;
//   - Reports is the number of source reports merged into this event by
//     deduplication; 0 is read as 1.
type Event struct {
	ID        string
	Date      time.Time
	DateAdded time.Time

	Source Actor
	Target Actor

	Code      string
	CodeValid bool
	Root      string
	Quad      cameo.Quad
	Goldstein float64
	PLOVER    string

	Mentions int
	Sources  int
	Articles int
	Tone     float64

	Confidence float64
	URL        string

	// Description is a free-text summary (the bundled chronology's
	// one-line description; the event text of ICEWS rows).
	Description string
	// Reference names where the event is documented (outlet or official
	// body and title), when known.
	Reference string

	// Background marks an event that an article mentions as past context,
	// not as news of its publication day.
	Background bool
	// DatePrecision says how precisely Date places the event: "day",
	// "week" (Date is the ISO week's Monday), "month" (the 1st), "year"
	// (January 1) or "decade" (January 1 of its first year); "" means a
	// day or unknown (a source that dates every event to the day leaves it
	// empty). It is empty when Date is zero. See DatePrecisions.
	DatePrecision string

	Evidence []Evidence
	Reports  int
	URLs     []string

	Origin Origin
}

// DatePrecisions are the values of Event.DatePrecision other than "",
// finest first.
var DatePrecisions = []string{"day", "week", "month", "year", "decade"}

// ValidDatePrecision reports whether p is "" or one of DatePrecisions.
func ValidDatePrecision(p string) bool {
	if p == "" {
		return true
	}
	for _, q := range DatePrecisions {
		if p == q {
			return true
		}
	}
	return false
}

// NewEvent returns an Event with its float fields set to NaN (unknown) and
// Reports set to 1. Readers start from it so that "unknown" is never read as
// a real 0.
func NewEvent() Event {
	return Event{Goldstein: math.NaN(), Tone: math.NaN(), Confidence: math.NaN(), Reports: 1}
}

// SetCode sets Code, CodeValid and Root from a CAMEO code string, and fills
// Quad and Goldstein from the default tables (GDELT weights, GDELT quad
// classes) when they are unknown. It returns whether the code is valid.
func (e *Event) SetCode(code string) bool {
	e.Code = code
	info, ok := cameo.Lookup(code)
	e.CodeValid = ok
	if !ok {
		e.Root = ""
		return false
	}
	e.Root = info.Root
	if e.Quad == cameo.QuadUnknown {
		e.Quad = cameo.QuadGDELT.Quad(code)
	}
	if math.IsNaN(e.Goldstein) {
		e.Goldstein = cameo.GoldsteinGDELT.Weight(code)
	}
	return true
}

// Dyadic reports whether both actors are tied to a state (non-empty Country).
func (e *Event) Dyadic() bool { return e.Source.Country != "" && e.Target.Country != "" }

// ReportCount returns Reports, reading 0 as 1.
func (e *Event) ReportCount() int {
	if e.Reports <= 0 {
		return 1
	}
	return e.Reports
}
