package extract

import (
	"testing"
	"time"
)

// Dates: 2024-05-16 was a Thursday.
func TestCodeDates(t *testing.T) {
	pub := d("2024-05-18") // a Saturday
	tests := []struct {
		text, date string
		bg         bool
	}{
		{"Putin arrived in Beijing on Thursday.", "2024-05-16", false},
		{"Putin arrived in Beijing.", "2024-05-18", false},                                // the publication day
		{"China and Russia declared a partnership in February 2022.", "2022-02-01", true}, // month, long before
		{"Beijing extended loans to Venezuela in the 2010s.", "", true},                   // a decade: background, undated
		{"Caracas has in the past traded oil with China.", "", true},
		{"Putin will visit China next Monday.", "2024-05-18", false}, // the intent is news of the day
	}
	for _, tt := range tests {
		evs := testCoder.CodeSentence(tt.text, pub)
		if len(evs) == 0 {
			t.Errorf("%q: no event", tt.text)
			continue
		}
		got := ""
		if !evs[0].Date.IsZero() {
			got = evs[0].Date.Format("2006-01-02")
		}
		if got != tt.date || evs[0].Background != tt.bg {
			t.Errorf("%q: date %q background %v, want %q %v", tt.text, got, evs[0].Background, tt.date, tt.bg)
		}
	}
	// undated articles give undated events, never today
	evs := testCoder.CodeSentence("Putin arrived in Beijing on Thursday.", time.Time{})
	if len(evs) != 1 || !evs[0].Date.IsZero() {
		t.Errorf("undated article: %+v", evs)
	}
}

// A planned trip is an intention (036), dated on the day it is reported
// (Thursday 2024-05-16), never on the previous Friday (2024-05-10); the
// relative clause about the host city's expo hosts no state. A headline's
// present tense tells the past: "arrives … on Tuesday" is 2024-05-14.
func TestCodeDatesTense(t *testing.T) {
	thu := d("2024-05-16")
	for _, tt := range []struct{ text, want string }{
		{"Putin is due to travel on Friday to the northeastern city of Harbin, which is hosting a Russia-China trade and investment expo.", "RUS>CHN:036@2024-05-16"},
		{"Putin will visit Harbin on Friday.", "RUS>CHN:036@2024-05-16"},
		{"Putin visited Harbin on Friday.", "RUS>CHN:042@2024-05-10"},
		{"Putin arrived in Beijing earlier on Thursday.", "RUS>CHN:042@2024-05-16"},
		{"Putin arrived in Beijing on Thursday (May 9).", "RUS>CHN:042@2024-05-09"},
	} {
		if got := datedTriples(testCoder.CodeSentence(tt.text, thu)); got != tt.want {
			t.Errorf("%q:\n got  %s\n want %s", tt.text, got, tt.want)
		}
	}
	evs, err := testCoder.Code(Article{Title: "Putin arrives in Beijing on Tuesday", Published: thu})
	if err != nil || datedTriples(evs) != "RUS>CHN:042@2024-05-14" {
		t.Errorf("headline: %s %v", datedTriples(evs), err)
	}
}
