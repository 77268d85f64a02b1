package extract

import (
	"strings"
	"testing"
	"time"
)

// Background sentences are never dated to the article's day: each case is
// one named cue of backgroundCues, and its news-day counterpart (no cue, or
// a cue that needs a perfect on a simple past) stays on the story day.
func TestBackgroundCues(t *testing.T) {
	day := time.Date(2024, 5, 16, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text string
		rule string // "" : the story day, not background
	}{
		{"Both China and Venezuela share strong anti-US sentiments, as Washington has slapped numerous sanctions against Beijing and Caracas.", "perfect: numerous"},
		{"Washington slapped numerous sanctions on Caracas.", ""},
		{"China has repeatedly accused the United States of interference.", "perfect: repeatedly"},
		{"China accused the United States of interference.", ""},
		{"Washington continues to impose sanctions on Moscow.", "ongoing: continues to"},
		{"Russia has long supported Venezuela.", "has long"},
		{"China has increasingly supported Russia.", "perfect: increasingly"},
		{"Russia previously threatened Ukraine.", "previously"},
	} {
		evs := testCoder.CodeSentence(tc.text, day)
		if len(evs) == 0 {
			t.Errorf("%q: no events", tc.text)
			continue
		}
		e := evs[0]
		if tc.rule == "" {
			if e.Background || !e.Date.Equal(day) {
				t.Errorf("%q: background %v date %v; want the story day", tc.text, e.Background, e.Date)
			}
			continue
		}
		if !e.Background || !e.Date.IsZero() {
			t.Errorf("%q: background %v date %v; want undated background", tc.text, e.Background, e.Date)
		}
		if want := "background: " + tc.rule; !strings.Contains(e.Evidence[0].Rule, want) {
			t.Errorf("%q: rule %q, want %q", tc.text, e.Evidence[0].Rule, want)
		}
	}
}
