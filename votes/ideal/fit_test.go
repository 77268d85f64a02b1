package ideal

import (
	"errors"
	"testing"
	"time"

	"github.com/entente/entente/score"
	"github.com/entente/entente/votes"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// TestSessionOf: by the rule in its doc — session 1 all of 1946; the 68th
// opened in September 2013, so 27 March 2014 (the Crimea vote, rcid 5309,
// session 68 in the roll-call table) is in session 68, and 1 October 2014
// in the 69th.
func TestSessionOf(t *testing.T) {
	for _, c := range []struct {
		d    time.Time
		want int
	}{
		{time.Time{}, 0}, {day(1945, 12, 31), 0}, {day(1946, 1, 10), 1}, {day(1946, 12, 15), 1},
		{day(1947, 8, 31), 1}, {day(1947, 9, 16), 2}, {day(2014, 3, 27), 68}, {day(2014, 10, 1), 69},
	} {
		if got := SessionOf(c.d); got != c.want {
			t.Errorf("SessionOf(%s) = %d, want %d", c.d.Format("2006-01-02"), got, c.want)
		}
	}
	if SessionYear(74) != 2019 || SessionYear(1) != 1946 {
		t.Errorf("SessionYear(74) = %d, SessionYear(1) = %d", SessionYear(74), SessionYear(1))
	}
}

// TestSessionOfEmbedded: on the embedded roll calls the date rule gives
// the recorded session for at least 99 % (measured: 6,155 of 6,203; the
// rest are special sessions and votes held after the new session opened),
// and SessionYear is the calendar year of at least 95 % (measured 5,939).
func TestSessionOfEmbedded(t *testing.T) {
	s, _, err := votes.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	same, year := 0, 0
	for i := range s.RollCalls {
		r := &s.RollCalls[i]
		if SessionOf(r.Date) == r.Session {
			same++
		}
		if r.Year() == SessionYear(r.Session) {
			year++
		}
	}
	n := len(s.RollCalls)
	if float64(same) < 0.99*float64(n) || float64(year) < 0.95*float64(n) {
		t.Errorf("of %d roll calls, SessionOf agrees on %d, SessionYear on %d", n, same, year)
	}
}

// TestMatrix: a hand-built Set of three roll calls (the second with no
// session, dated in session 2; the third neither dated nor in a session)
// becomes a countries × roll calls matrix with yes/abstain/no kept,
// absent and non-member missing, the undatable roll call dropped.
func TestMatrix(t *testing.T) {
	rcs := []votes.RollCall{
		{RCID: 7, Session: 1, Date: day(1946, 2, 1)},
		{RCID: 3, Date: day(1947, 10, 1)},
		{RCID: 9},
	}
	recs := []votes.Record{
		{RCID: 7, Country: "USA", Vote: votes.Yes}, {RCID: 7, Country: "CUB", Vote: votes.No},
		{RCID: 3, Country: "USA", Vote: votes.Abstain}, {RCID: 3, Country: "CUB", Vote: votes.Absent},
		{RCID: 9, Country: "USA", Vote: votes.NonMember}, {RCID: 9, Country: "NA", Vote: votes.Yes},
	}
	s, err := votes.NewSet(rcs, recs)
	if err != nil {
		t.Fatal(err)
	}
	m, dropped := Matrix(s.Matrix(nil))
	if dropped != 1 {
		t.Errorf("dropped %d, want 1 (rcid 9)", dropped)
	}
	if len(m.RollCalls) != 2 || m.RollCalls[0].ID != "7" || m.RollCalls[0].Period != 1 || m.RollCalls[1].ID != "3" || m.RollCalls[1].Period != 2 {
		t.Fatalf("roll calls %+v, want 7 (session 1) then 3 (session 2 from its date)", m.RollCalls)
	}
	want := map[string][2]score.Ballot{
		"CUB": {score.BallotNo, score.BallotMissing},
		"NA":  {score.BallotMissing, score.BallotMissing},
		"USA": {score.BallotYes, score.BallotAbstain},
	}
	for c, w := range want {
		i := m.Country(c)
		if i < 0 {
			t.Fatalf("no row for %s in %v", c, m.Countries)
		}
		for j := range w {
			if got := m.At(i, j); got != w[j] {
				t.Errorf("%s on %s: %v, want %v", c, m.RollCalls[j].ID, got, w[j])
			}
		}
	}
}

// TestFitEmpty: a Set whose only roll call cannot be placed in a session
// has nothing to fit.
func TestFitEmpty(t *testing.T) {
	s, err := votes.NewSet([]votes.RollCall{{RCID: 1}}, []votes.Record{{RCID: 1, Country: "USA", Vote: votes.Yes}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Fit(s, nil, nil); !errors.Is(err, score.ErrTooFewObservations) {
		t.Errorf("error %v, want ErrTooFewObservations", err)
	}
}

// TestFitSession: a fit of one session of the embedded votes (the 68th,
// 2013–14) places the United States above Russia and China, as the
// embedded estimates do (face validity; the ranks, not the values, since
// one session alone is on its own scale).
func TestFitSession(t *testing.T) {
	s, _, err := votes.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	p, err := Fit(s, &votes.Selection{Session: 68}, nil)
	if err != nil {
		t.Fatal(err)
	}
	v := map[string]float64{}
	for _, q := range p.Points {
		if q.Period != 68 {
			t.Fatalf("point %+v outside session 68", q)
		}
		v[q.Country] = q.Value
	}
	if !(v["USA"] > v["RUS"] && v["USA"] > v["CHN"] && v["ISR"] > v["CUB"]) {
		t.Errorf("USA %.3f RUS %.3f CHN %.3f ISR %.3f CUB %.3f", v["USA"], v["RUS"], v["CHN"], v["ISR"], v["CUB"])
	}
}
