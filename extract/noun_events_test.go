package extract

import (
	"strings"
	"testing"
)

// TestReactedToIsNoVisit checks sentences written for this test: a visit
// noun that the subject protests or condemns is the act reacted to, not a
// visit by the subject (no 042 from "over the visit", "for the visit"),
// while a visit the subject makes still codes (042: the lexicon's visit
// noun; 140 protest, 111 condemn from the verb lines).
func TestReactedToIsNoVisit(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"The Chinese ambassador protested to Japan over the visit.", "CHN>JPN:140"},
		{"Beijing condemned Tokyo for the visit.", "CHN>JPN:111"},
		{"Putin arrived in Beijing on Thursday. He is in China for a two-day state visit.", "RUS>CHN:042"},
	} {
		var got []string
		evs, err := testCoder.Code(Article{ID: "t", Published: d("2024-05-16"), Text: tc.text})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range evs {
			got = append(got, e.Source.Country+">"+e.Target.Country+":"+e.Code)
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}
