package extract

import (
	"sort"
	"strings"
	"testing"

	"github.com/entente/entente/dataset"
)

// datedTriples renders events as sorted "SRC>TGT:CODE@DATE" strings, with
// "bg" for background events and the date precision when coarser than a
// day.
func datedTriples(evs []dataset.Event) string {
	var out []string
	for _, e := range evs {
		s := actorKey(e.Source) + ">" + actorKey(e.Target) + ":" + e.Code + "@" + dayText(e.Date)
		if e.DatePrecision != "" {
			s += "/" + e.DatePrecision
		}
		if e.Background {
			s += "/bg"
		}
		out = append(out, s)
	}
	sort.Strings(out)
	return strings.Join(out, " ")
}

// An event inside a temporal or background adjunct is not an act of the
// sentence's subject towards its object, and it is not dated on the
// sentence's date. Published on Thursday 2024-05-16; the offsets are
// counted by hand on the calendar (2024-05-13 a Monday, 2024-04-29 the
// Monday two weeks before it). Codes: CAMEO 057 sign a formal agreement,
// 190 use conventional military force, 042 make a visit, 040 consult, 046
// negotiate, 043 host, 051 praise or endorse.
func TestAdjuncts(t *testing.T) {
	pub := d("2024-05-16")
	tests := []struct{ name, text, want string }{
		{"a fronted 'weeks before' clause keeps its own actors and is undated background",
			"On Feb. 4, 2022, weeks before Russia launched its full-scale invasion of Ukraine, Putin and Xi signed a joint statement in Beijing.",
			"CHN>RUS:057@2022-02-04/bg RUS>CHN:057@2022-02-04/bg RUS>UKR:190@/bg"},
		{"a noun adjunct names no act of the subject",
			"Days before the invasion, Putin and Xi signed a joint statement.",
			"CHN>RUS:057@2024-05-16 RUS>CHN:057@2024-05-16"},
		{"a light verb's object ends before the adjunct",
			"China held a ceremony days after the invasion of Ukraine.",
			""},
		// a perfect with "since" is the record of a stretch of time, past
		// context (issue 14: "since 2014" → background), undated
		{"the background of a state since an event",
			"China has supported Russia since the start of the conflict in Ukraine.",
			"CHN>RUS:051@/bg"},
		{"a quantified offset from the story day",
			"Two days after Putin arrived in Beijing, Xi met Modi.",
			"CHN>IND:040@2024-05-16 RUS>CHN:042@2024-05-14"},
		{"a quantified offset in weeks from the clause's own day",
			"Putin met Xi on Monday, two weeks after Russia attacked Georgia.",
			"RUS>CHN:040@2024-05-13 RUS>GEO:190@2024-04-29/week/bg"},
		{"an unquantified 'before' keeps the main clause's day",
			"Chinese President Xi Jinping welcomed Putin with a ceremony before the two leaders held talks.",
			"CHN>RUS:043@2024-05-16 CHN>RUS:046@2024-05-16 RUS>CHN:046@2024-05-16"},
		{"an event noun 'ahead of' has not happened",
			"Ahead of his visit to China, Putin met Lukashenko.",
			"RUS>BLR:040@2024-05-16"},
		{"an event noun 'days after' is undated background",
			"Days after his visit to China, Putin met Modi in Moscow.",
			"RUS>CHN:042@/bg RUS>IND:040@2024-05-16"},
		{"a list inside a fronted clause stays in it",
			"When Xi visited Caracas, Havana and Managua in July 2014, he praised Cuba.",
			"CHN>CUB:042@2014-07-01/month/bg CHN>CUB:051@2014-07-01/month/bg CHN>NIC:042@2014-07-01/month/bg CHN>VEN:042@2014-07-01/month/bg"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := datedTriples(testCoder.CodeSentence(tt.text, pub)); got != tt.want {
				t.Errorf("%q:\n got  %s\n want %s", tt.text, got, tt.want)
			}
		})
	}
}

// The distance before a subordinator: a number and a unit, or a unit alone
// (no count), or none (the same day).
func TestTimeDistance(t *testing.T) {
	tests := []struct {
		text string
		n    int
		unit Precision
		ok   bool
	}{
		{"two days before", 2, PrecisionDay, true},
		{"10 years after", 10, PrecisionYear, true},
		{"a week after", 1, PrecisionWeek, true},
		{"the day before", 1, PrecisionDay, true},
		{"weeks before", 0, PrecisionWeek, true},
		{"several months after", 0, PrecisionMonth, true},
		{"shortly after", 0, PrecisionNone, false},
		{"hours before", 0, PrecisionNone, false},
		{"before", 0, PrecisionNone, false},
	}
	for _, tt := range tests {
		toks := tokenize(tt.text)
		n, unit, ok := timeDistance(toks, 0, len(toks)-1)
		if n != tt.n || unit != tt.unit || ok != tt.ok {
			t.Errorf("%q: %d %s %v, want %d %s %v", tt.text, n, unit, ok, tt.n, tt.unit, tt.ok)
		}
	}
}

// Which adjunct a noun sits in, read off the words before it.
func TestNounAdjunct(t *testing.T) {
	tests := []struct {
		text string
		want adjunctKind
	}{
		{"days before the invasion", adjBefore},
		{"ahead of his visit", adjBefore},
		{"on the eve of the visit", adjBefore},
		{"in the run-up to the visit", adjBefore},
		{"weeks after the invasion", adjAfter},
		{"in the wake of the invasion", adjAfter},
		{"a statement following the invasion", adjAfter},
		{"since the start of the invasion", adjSince},
		{"amid the invasion", adjOther},
		{"in response to the invasion", adjOther},
		{"during the invasion", adjNone},
		{"the following invasion", adjNone},
		{"they condemned the invasion", adjNone},
		{"before he ordered the invasion", adjNone}, // a clause of its own
	}
	for _, tt := range tests {
		toks := tokenize(tt.text)
		if got, _ := nounAdjunct(toks, 0, len(toks)-1); got != tt.want {
			t.Errorf("%q: %d, want %d", tt.text, got, tt.want)
		}
	}
}
