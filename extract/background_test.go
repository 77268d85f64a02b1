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
		// issue 14's cues, on sentences written for this test
		{"Saudi Arabia has long supported the government of Bahrain.", "has long"},
		{"Washington has imposed numerous sanctions on Moscow over the years.", "over the years"},
		{"The United States has provided aid to Ukraine since the start of the war.", "perfect: since"},
		{"Russia had attacked Ukraine before the talks began.", "past perfect"},
		// a past perfect reported after "said" is the news, its tense
		// shifted back: the story day
		{"The Pentagon said US forces had struck Houthi targets in Yemen.", ""},
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

// A perfect with a year of its own ("since 2014") is background: undated
// (a clause opened by "since" names a stretch, not a day: doc.go, Adjuncts)
// or dated to its own time, never to the article's day.
func TestBackgroundOwnTime(t *testing.T) {
	day := time.Date(2024, 5, 16, 0, 0, 0, 0, time.UTC)
	for _, text := range []string{
		"Since 2014, Russia has occupied Crimea.",
		"Russia has occupied Crimea since 2014.",
		"Relations between Russia and Ukraine have deteriorated since 2014, when Russia annexed Crimea.",
	} {
		evs := testCoder.CodeSentence(text, day)
		if len(evs) == 0 {
			t.Errorf("%q: no events", text)
			continue
		}
		for _, e := range evs {
			if !e.Background || e.Date.Equal(day) || !e.Date.IsZero() && e.Date.Year() != 2014 {
				t.Errorf("%q: %s background %v date %v; want background, undated or in 2014", text, e.Code, e.Background, e.Date)
			}
		}
	}
}
