package cameo

import "strings"

type ploverRow struct {
	code, event, mode, context string
}

// PLOVER categories (PLOVER manual draft 0.8, 2021).
const (
	AGREE     = "AGREE"
	CONSULT   = "CONSULT"
	SUPPORT   = "SUPPORT"
	CONCEDE   = "CONCEDE"
	COOPERATE = "COOPERATE"
	AID       = "AID"
	RETREAT   = "RETREAT"
	REQUEST   = "REQUEST"
	ACCUSE    = "ACCUSE"
	REJECT    = "REJECT"
	THREATEN  = "THREATEN"
	PROTEST   = "PROTEST"
	SANCTION  = "SANCTION"
	MOBILIZE  = "MOBILIZE"
	COERCE    = "COERCE"
	ASSAULT   = "ASSAULT"
)

var ploverCategories = []string{AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT,
	REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT}

// PLOVERCategories returns the sixteen PLOVER event categories, cooperative
// first.
func PLOVERCategories() []string { return append([]string(nil), ploverCategories...) }

// PLOVERQuad returns the quad class of a PLOVER category, as the PLOVER
// manual groups them: AGREE, CONSULT, SUPPORT, CONCEDE verbal cooperation;
// COOPERATE, AID, RETREAT material cooperation; REQUEST, ACCUSE, REJECT,
// THREATEN verbal conflict; PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT
// material conflict. Legacy names are normalised first; anything else is
// QuadUnknown.
func PLOVERQuad(category string) Quad {
	switch NormalizePLOVER(category) {
	case AGREE, CONSULT, SUPPORT, CONCEDE:
		return VerbalCoop
	case COOPERATE, AID, RETREAT:
		return MaterialCoop
	case REQUEST, ACCUSE, REJECT, THREATEN:
		return VerbalConflict
	case PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT:
		return MaterialConflict
	}
	return QuadUnknown
}

// NormalizePLOVER upper-cases a category name and maps the PLOVER 0.5 names
// used by the gold-standard records to the current ones: DEMAND → REQUEST,
// DISAPPROVE → ACCUSE, INVESTIGATE → ACCUSE, FIGHT → ASSAULT. Unknown names
// are returned upper-cased.
func NormalizePLOVER(category string) string {
	c := strings.ToUpper(strings.TrimSpace(category))
	switch c {
	case "DEMAND":
		return REQUEST
	case "DISAPPROVE", "INVESTIGATE":
		return ACCUSE
	case "FIGHT":
		return ASSAULT
	}
	return c
}

// ValidPLOVER reports whether category (after NormalizePLOVER) is one of the
// sixteen categories.
func ValidPLOVER(category string) bool { return PLOVERQuad(category) != QuadUnknown }

// PLOVERMapping is the PLOVER coding of a CAMEO code: the event category,
// and the mode and context where the crosswalk gives them ("" otherwise).
// Context may hold several values separated by ";".
type PLOVERMapping struct {
	Event   string
	Mode    string
	Context string
	// Extension is true for mappings entente adds where the published
	// crosswalk has none (see ToPLOVER).
	Extension bool
}

var ploverIndex = func() map[string]int {
	m := make(map[string]int, len(ploverTable))
	for i, r := range ploverTable {
		m[r.code] = i
	}
	return m
}()

// ToPLOVER maps a CAMEO code to PLOVER through the published crosswalk.
// A root code maps through its "0" base code ("04" → "040" → CONSULT).
//
// The crosswalk has no rows for roots 01 and 02. Statements (01x) have no
// PLOVER category and return ok == false. Appeals (02x) map to REQUEST with
// Extension set: the PLOVER manual folds CAMEO's appeals and demands into
// REQUEST, and the coder and the evaluation need a category for them.
func ToPLOVER(code string) (m PLOVERMapping, ok bool) {
	if !Valid(code) {
		return PLOVERMapping{}, false
	}
	if len(code) == 2 {
		code += "0"
	}
	if i, ok := ploverIndex[code]; ok {
		r := &ploverTable[i]
		return PLOVERMapping{Event: r.event, Mode: r.mode, Context: r.context}, true
	}
	if code[:2] == "02" {
		return PLOVERMapping{Event: REQUEST, Extension: true}, true
	}
	return PLOVERMapping{}, false
}

// PLOVER returns the PLOVER category of a CAMEO code, or "".
func PLOVER(code string) string {
	m, _ := ToPLOVER(code)
	return m.Event
}
