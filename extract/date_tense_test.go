package extract

import (
	"testing"
)

// clauseTense on the date "on Friday" of sentences written for this test:
// +1 future or schedule, −1 past, 0 not told (the rules in date_tense.go's
// comment).
func TestClauseTense(t *testing.T) {
	tests := []struct {
		text  string
		title bool
		want  int
	}{
		{"Putin will travel on Friday.", false, +1},
		{"Putin is due to travel on Friday.", false, +1},
		{"Putin is travelling on Friday.", false, +1},
		{"The two sides meet on Friday.", false, +1}, // a present tense outside headlines
		{"Putin travelled on Friday.", false, -1},
		{"Putin had travelled on Friday.", false, -1},
		{"Putin has travelled on Friday.", false, -1},
		{"Putin arrived earlier on Friday.", false, -1},
		{"On Friday, Putin will travel.", false, +1},   // a fronted date: the verb on its right
		{"Putin arrives in Harbin on Friday", true, 0}, // a headline's present tense
		{"The summit on Friday.", false, 0},            // no verb
	}
	for _, tt := range tests {
		toks := tokenize(tt.text)
		df := -1
		for k := range toks {
			if toks[k].low == "friday" {
				df = k
			}
		}
		if df > 0 && toks[df-1].low == "on" {
			df--
		}
		if got := clauseTense(toks, 0, len(toks), df, df+2, tt.title); got != tt.want {
			t.Errorf("%q: tense %d, want %d", tt.text, got, tt.want)
		}
	}
}

// date_tense.go's own example, "the parade takes place on Friday", is a
// present tense (+1: "on Friday" in an article of Thursday 16 May 2024 is
// the 17th, not the 10th): an -s form after a singular noun after a
// determiner is its verb (singularSubjectBefore). The others say where
// that rule must not reach: a modifier that determiners lists and a plural
// noun first ("talks") leave the tense to the verb on the right ("ended",
// −1).
func TestClauseTenseSingularSubject(t *testing.T) {
	for _, tt := range []struct {
		text string
		want int
	}{
		{"The parade takes place on Friday.", +1},
		{"A spokesman says the vote is on Friday.", +1}, // "is": a present tense without the new rule too
		{"Russia's parade begins on Friday.", +1},
		{"The military talks on Friday ended without a deal.", -1},
		{"The summit talks on Friday ended without a deal.", -1},
	} {
		toks := tokenize(tt.text)
		df := -1
		for k := range toks {
			if toks[k].low == "friday" {
				df = k - 1 // "on"
			}
		}
		if got := clauseTense(toks, 0, len(toks), df, df+2, false); got != tt.want {
			t.Errorf("%q: tense %d, want %d", tt.text, got, tt.want)
		}
	}
}

func TestPastAndVerbForms(t *testing.T) {
	for w, want := range map[string]bool{"met": true, "visited": true, "withdrawn": true, "visit": false, "bed": false, "red": false, "meets": false} {
		if got := pastForm(w); got != want {
			t.Errorf("pastForm(%q) = %v, want %v", w, got, want)
		}
	}
	for w, want := range map[string]bool{"travelling": true, "visited": true, "taken": true, "the": false, "ten": false} {
		if got := looksVerbForm(w); got != want {
			t.Errorf("looksVerbForm(%q) = %v, want %v", w, got, want)
		}
	}
}

// A weekday is resolved by the tense of its clause: the future and
// schedules ("will", "is due to", "is expected to", "plans to", "agreed
// to meet", a progressive, a present tense in running text) take the
// first such day on or after publication; the past takes the last one on
// or before it. Published on Thursday 2024-05-16 (calendar: Friday
// 2024-05-17 and 2024-05-10, Monday 2024-05-13 and 2024-05-20).
func TestFindDatesTense(t *testing.T) {
	thu := d("2024-05-16")
	tests := []struct{ text, expr, date string }{
		{"Putin is due to travel to Harbin on Friday.", "on Friday", "2024-05-17"},
		{"Putin is due to travel on Friday to Harbin.", "on Friday", "2024-05-17"},
		{"Putin was due to travel to Harbin on Friday.", "on Friday", "2024-05-17"},
		{"Putin will travel to Harbin on Friday.", "on Friday", "2024-05-17"},
		{"On Friday, Putin will travel to Harbin.", "On Friday", "2024-05-17"},
		{"Putin is expected to meet Li Qiang on Friday.", "on Friday", "2024-05-17"},
		{"Putin plans to visit Harbin on Friday.", "on Friday", "2024-05-17"},
		{"Putin is travelling to Harbin on Friday.", "on Friday", "2024-05-17"},
		{"The expo, which includes a parade on Friday, opens today.", "on Friday", "2024-05-17"},
		{"The two sides agreed on Monday to meet again on Friday.", "on Friday", "2024-05-17"},
		{"The two sides agreed on Monday to meet again on Friday.", "on Monday", "2024-05-13"},
		{"Xi said on Wednesday that Putin would arrive on Thursday.", "on Thursday", "2024-05-16"}, // on or after: the day itself
		{"Putin traveled to Harbin on Friday.", "on Friday", "2024-05-10"},
		{"Putin had met Xi on Monday.", "on Monday", "2024-05-13"},
		{"Xi and Putin held talks on Monday.", "on Monday", "2024-05-13"}, // "talks" is a noun, "held" the verb
		{"Putin went to Beijing to meet Xi on Monday.", "on Monday", "2024-05-13"},
		{"Putin arrived in Beijing earlier on Thursday.", "earlier on Thursday", "2024-05-16"},
		{"They meet next Monday.", "next Monday", "2024-05-20"},
		{"They met last Monday.", "last Monday", "2024-05-13"},
		{"Xi is due to attend the forum later in the week.", "later in the week", "2024-05-13"},
		{"The talks will continue next month.", "next month", "2024-06-01"},
	}
	for _, tt := range tests {
		found := false
		for _, x := range FindDates(tt.text, thu) {
			if x.Text == tt.expr {
				found = true
				if got := x.Date.Format("2006-01-02"); got != tt.date {
					t.Errorf("%q: %q is %s, want %s", tt.text, tt.expr, got, tt.date)
				}
			}
		}
		if !found {
			t.Errorf("%q: %q not found", tt.text, tt.expr)
		}
	}
}
