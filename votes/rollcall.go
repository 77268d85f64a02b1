package votes

import "time"

// Flag is a yes/no attribute of a roll call that the source may leave
// unknown: the zero value is FlagUnknown.
type Flag int8

// Flag values.
const (
	FlagUnknown Flag = 0
	FlagFalse   Flag = 1
	FlagTrue    Flag = 2
)

// True reports whether f is FlagTrue.
func (f Flag) True() bool { return f == FlagTrue }

// String returns "1", "0" or "" (unknown), as in the unvotes files.
func (f Flag) String() string {
	switch f {
	case FlagTrue:
		return "1"
	case FlagFalse:
		return "0"
	}
	return ""
}

func parseFlag(s string) (Flag, bool) {
	switch s {
	case "1", "TRUE", "true":
		return FlagTrue, true
	case "0", "FALSE", "false":
		return FlagFalse, true
	case "", "NA":
		return FlagUnknown, true
	}
	return FlagUnknown, false
}

// RollCall is one recorded vote of the General Assembly, as in the
// unvotes roll-call table (rcid, session, importantvote, date, unres,
// amend, para, short, descr) and issue table.
type RollCall struct {
	// RCID is the roll-call id of Voeten's data. Files whose roll-call
	// column is not a number get ids 1, 2, … in order of first appearance,
	// with the column's text in Resolution.
	RCID int
	// Session is the General Assembly session (1 = 1946); 0 unknown.
	Session int
	// Date is the day of the vote; zero if unknown.
	Date time.Time
	// Important marks the votes the US State Department lists as
	// important; Amend and Para mark votes on an amendment or a paragraph.
	Important, Amend, Para Flag
	// Resolution is the resolution symbol ("R/68/262"); Short and Descr
	// the short and long descriptions.
	Resolution, Short, Descr string
	// Issues holds the issue codes of the roll call (IssueCodes), in the
	// order of the issue file.
	Issues []string
}

// Year returns the calendar year of the roll call's date, 0 if undated.
func (r *RollCall) Year() int {
	if r.Date.IsZero() {
		return 0
	}
	return r.Date.Year()
}

// HasIssue reports whether the roll call carries issue code c.
func (r *RollCall) HasIssue(c string) bool {
	for _, x := range r.Issues {
		if x == c {
			return true
		}
	}
	return false
}

// issueNames is the table of the six issue tags of the unvotes issue file.
var issueNames = map[string]string{
	"me": "Palestinian conflict",
	"nu": "Nuclear weapons and nuclear material",
	"di": "Arms control and disarmament",
	"hr": "Human rights",
	"co": "Colonialism",
	"ec": "Economic development",
}

// IssueCodes returns the six issue codes of the unvotes issue table, sorted:
// co, di, ec, hr, me, nu.
func IssueCodes() []string { return []string{"co", "di", "ec", "hr", "me", "nu"} }

// IssueName returns the name of an issue code ("me" → "Palestinian
// conflict"), or "" if unknown.
func IssueName(code string) string { return issueNames[code] }

// IssueCode returns the code of an issue given by code or name, false if
// unknown.
func IssueCode(s string) (string, bool) {
	if _, ok := issueNames[s]; ok {
		return s, true
	}
	for c, n := range issueNames {
		if n == s {
			return c, true
		}
	}
	return "", false
}
