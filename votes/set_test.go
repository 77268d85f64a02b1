package votes

import (
	"strings"
	"testing"
	"time"
)

func TestNewSet(t *testing.T) {
	d := time.Date(2014, 3, 27, 0, 0, 0, 0, time.UTC)
	rcs := []RollCall{{RCID: 2, Session: 68, Date: d, Issues: []string{"hr"}}, {RCID: 1, Session: 68, Date: d, Amend: FlagTrue}}
	s, err := NewSet(rcs, []Record{{RCID: 1, Country: "USA", Vote: Yes}, {RCID: 2, Country: "RUS", Vote: No}, {RCID: 2, Country: "", Vote: Yes}})
	if err != nil {
		t.Fatal(err)
	}
	if s.RollCalls[0].RCID != 1 || strings.Join(s.Countries, ",") != "RUS,USA" || s.Vote(0, 1) != Yes || s.Vote(1, 0) != No || s.Vote(0, 0) != Missing {
		t.Errorf("%+v", s)
	}
	if s.NumVotes() != 2 || len(s.Sessions()) != 1 || s.Years()[0] != 2014 {
		t.Errorf("votes %d sessions %v years %v", s.NumVotes(), s.Sessions(), s.Years())
	}
	// Selections: the amendment vote and the human-rights vote.
	if (&Selection{NoAmendments: true}).Keep(&s.RollCalls[0]) || !(&Selection{Issue: "hr"}).Keep(&s.RollCalls[1]) ||
		(&Selection{ImportantOnly: true}).Keep(&s.RollCalls[1]) || !(&Selection{FromYear: 2014, ToYear: 2014}).Keep(&s.RollCalls[1]) ||
		(&Selection{FromYear: 2015}).Keep(&s.RollCalls[1]) {
		t.Error("selection")
	}
	m := s.Matrix(&Selection{Issue: "hr"})
	if len(m.RollCalls) != 1 || strings.Join(m.Countries, ",") != "RUS" || m.At(0, 0) != No {
		t.Errorf("matrix %+v", m)
	}
	if _, err := NewSet(rcs, []Record{{RCID: 3, Country: "USA", Vote: Yes}}); err == nil {
		t.Error("unknown roll call accepted")
	}
	if _, err := NewSet(rcs, []Record{{RCID: 1, Country: "USA", Vote: Yes}, {RCID: 1, Country: "USA", Vote: No}}); err == nil {
		t.Error("two votes accepted")
	}
	defer func() {
		if r := recover(); r == nil || !strings.HasPrefix(r.(string), "votes: ") {
			t.Errorf("panic %v", r)
		}
	}()
	s.Vote(5, 0)
}
