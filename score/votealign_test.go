package score

import (
	"bytes"
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/votes"
)

// A small table by hand: A and B on four roll calls — yes/yes twice,
// yes/no once, abstain/yes once (codes yes=1, abstain=2, no=3).
//
//	agreement = 2/4 = 0.5
//	D = (0+0+2+1)/4 = 3/4; s = 1 − 2·(3/4)/2 = 1/4
//	D² = (0+0+4+1)/4 = 5/4; s2 = 1 − 2·(5/4)/4 = 3/8
//	A's shares p = (3/4, 1/4, 0), B's q = (3/4, 0, 1/4):
//	  D_e(κ) = Σ p(a)q(b)|a−b| = (3/4)(1/4)·2 + (1/4)(3/4)·1 + (1/4)(1/4)·1
//	         = 6/16 + 3/16 + 1/16 = 10/16; κ = 1 − (3/4)/(10/16) = −1/5
//	  pooled m = (3/4, 1/8, 1/8): D_e(π) = 2·[(3/4)(1/8)·1 + (3/4)(1/8)·2
//	         + (1/8)(1/8)·1] = 2·(6/64 + 12/64 + 1/64) = 38/64;
//	         π = 1 − (3/4)/(38/64) = 1 − 48/38 = −5/19
//	coincidence: same 2 (yes/yes), opposite 1, one abstains 1:
//	  (2 + 1/2)/(2 + 1 + 1) = 5/8
func TestVoteTableByHand(t *testing.T) {
	var tab VoteTable
	tab[0][0], tab[0][2], tab[1][0] = 2, 1, 1
	want := map[string]float64{VoteAgreement: 0.5, VoteS: 0.25, VoteS2: 0.375, VoteKappa: -0.2, VotePi: -5.0 / 19, VoteCoincidence: 5.0 / 8}
	for m, w := range want {
		if got := tab.Measure(m); math.Abs(got-w) > 1e-15 {
			t.Errorf("%s = %v, want %v", m, got, w)
		}
	}
	// Undefined cases: nothing in common; both always yes (D_e = 0);
	// both always abstain (no yes or no for the coincidence).
	var empty, yes, abst VoteTable
	yes[0][0], abst[1][1] = 5, 5
	for _, c := range []struct {
		t *VoteTable
		m string
	}{{&empty, VoteS}, {&yes, VoteKappa}, {&yes, VotePi}, {&abst, VoteCoincidence}} {
		if v := c.t.Measure(c.m); !math.IsNaN(v) {
			t.Errorf("%s of %v = %v, want NaN", c.m, *c.t, v)
		}
	}
	if yes.Measure(VoteS) != 1 || yes.Measure(VoteCoincidence) != 1 {
		t.Error("identical votes are not S = 1 and coincidence 1")
	}
}

// Real roll calls: the figures below were computed with exact fractions by
// score/testdata/measures.py, an independent reading of
// ../shared/data/unvotes/un_votes.csv.gz and un_roll_calls.csv.gz (same
// formulas, Python's csv and fractions modules):
//
//	US RU 2014 n=77 agreement 18/77 s −20/77 s2 −19/154 kappa −608/6861
//	                pi −3485/11453 coincidence 51/148
//	CN US 2014 n=77 agreement 1/7 s −36/77 s2 −53/154 kappa −108/683
//	                pi −6337/11065 coincidence 41/154
//	CN RU 1990 n=83 agreement 74/83 s 73/83 s2 77/83 kappa −4/79
//	                pi −41/789 coincidence 78/83
//	US VE 2005 n=93 agreement 8/93 s −20/31 s2 −103/186 kappa −1880/12349
//	                pi −697/977 coincidence 11/62
func TestVoteAlignRealRollCalls(t *testing.T) {
	s, _, err := votes.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		d    dataset.Dyad
		year int
		n    int
		want map[string]float64
	}{
		{dataset.Dyad{A: "RUS", B: "USA"}, 2014, 77, map[string]float64{VoteAgreement: 18.0 / 77, VoteS: -20.0 / 77, VoteS2: -19.0 / 154, VoteKappa: -608.0 / 6861, VotePi: -3485.0 / 11453, VoteCoincidence: 51.0 / 148}},
		{dataset.Dyad{A: "CHN", B: "USA"}, 2014, 77, map[string]float64{VoteAgreement: 1.0 / 7, VoteS: -36.0 / 77, VoteS2: -53.0 / 154, VoteKappa: -108.0 / 683, VotePi: -6337.0 / 11065, VoteCoincidence: 41.0 / 154}},
		{dataset.Dyad{A: "CHN", B: "RUS"}, 1990, 83, map[string]float64{VoteAgreement: 74.0 / 83, VoteS: 73.0 / 83, VoteS2: 77.0 / 83, VoteKappa: -4.0 / 79, VotePi: -41.0 / 789, VoteCoincidence: 78.0 / 83}},
		{dataset.Dyad{A: "USA", B: "VEN"}, 2005, 93, map[string]float64{VoteAgreement: 8.0 / 93, VoteS: -20.0 / 31, VoteS2: -103.0 / 186, VoteKappa: -1880.0 / 12349, VotePi: -697.0 / 977, VoteCoincidence: 11.0 / 62}},
	}
	for _, c := range cases {
		rows, err := VoteAlign(s, []dataset.Dyad{c.d}, &VoteAlignOptions{Replicates: 200})
		if err != nil {
			t.Fatal(err)
		}
		found := 0
		for _, r := range rows {
			if r.Period != c.year {
				continue
			}
			found++
			if r.N != c.n || math.Abs(r.Value-c.want[r.Measure]) > 1e-12 {
				t.Errorf("%s %d %s: %v (n %d), want %v (n %d)", c.d, c.year, r.Measure, r.Value, r.N, c.want[r.Measure], c.n)
			}
			if !(r.Lower <= r.Upper) || r.Lower > r.Value+0.05 || r.Upper < r.Value-0.05 {
				t.Errorf("%s %d %s: band [%v, %v] around %v", c.d, c.year, r.Measure, r.Lower, r.Upper, r.Value)
			}
		}
		if found != 6 {
			t.Errorf("%s %d: %d rows", c.d, c.year, found)
		}
	}
}

// Bands are deterministic and a dyad's band does not depend on the other
// dyads computed; they narrow as replicates agree (identical votes have a
// zero-width band).
func TestVoteAlignBootstrapDeterministic(t *testing.T) {
	s, _, err := votes.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	one := []dataset.Dyad{{A: "RUS", B: "USA"}}
	two := []dataset.Dyad{{A: "CHN", B: "USA"}, {A: "RUS", B: "USA"}}
	o := &VoteAlignOptions{Measures: []string{VoteS}, Select: votes.Selection{Year: 2014}, Replicates: 300}
	a, _ := VoteAlign(s, one, o)
	b, _ := VoteAlign(s, two, o)
	if len(a) != 1 || len(b) != 2 || a[0] != b[1] {
		t.Fatalf("%v vs %v", a, b)
	}
	var buf1, buf2 bytes.Buffer
	WriteVoteAlignCSV(&buf1, a)
	WriteVoteAlignCSV(&buf2, b[1:])
	if buf1.String() != buf2.String() {
		t.Error("CSV differs")
	}
	// Another seed moves the band, not the value.
	c, _ := VoteAlign(s, one, &VoteAlignOptions{Measures: []string{VoteS}, Select: votes.Selection{Year: 2014}, Replicates: 300, Seed: 7})
	if c[0].Value != a[0].Value || (c[0].Lower == a[0].Lower && c[0].Upper == a[0].Upper) {
		t.Errorf("seed: %+v vs %+v", c[0], a[0])
	}
}

// Options: one issue and important votes narrow the roll calls; sessions
// group differently from years; unknown measures and countries are errors.
func TestVoteAlignOptions(t *testing.T) {
	s, _, err := votes.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	d := []dataset.Dyad{{A: "RUS", B: "USA"}}
	all, _ := VoteAlign(s, d, &VoteAlignOptions{Measures: []string{VoteAgreement}, Replicates: -1})
	me, _ := VoteAlign(s, d, &VoteAlignOptions{Measures: []string{VoteAgreement}, Replicates: -1, Select: votes.Selection{Issue: "me"}})
	imp, _ := VoteAlign(s, d, &VoteAlignOptions{Measures: []string{VoteAgreement}, Replicates: -1, Select: votes.Selection{ImportantOnly: true}})
	ses, _ := VoteAlign(s, d, &VoteAlignOptions{Measures: []string{VoteAgreement}, Replicates: -1, Period: VoteBySession})
	n := func(rows []VoteAlignment) int {
		k := 0
		for _, r := range rows {
			k += r.N
		}
		return k
	}
	if !(n(me) < n(all) && n(imp) < n(all) && n(ses) == n(all)) || ses[len(ses)-1].Period != 74 || all[0].Period != 1946 {
		t.Errorf("n: all %d, me %d, important %d, sessions %d", n(all), n(me), n(imp), n(ses))
	}
	if !math.IsNaN(all[0].Lower) {
		t.Error("bands without replicates")
	}
	if _, err := VoteAlign(s, d, &VoteAlignOptions{Measures: []string{"tau"}}); !errors.Is(err, ErrUnknownMethod) {
		t.Errorf("unknown measure: %v", err)
	}
	if _, err := VoteAlign(s, []dataset.Dyad{{A: "USA", B: "XXX"}}, nil); !errors.Is(err, ErrUnknownCountry) {
		t.Errorf("unknown country: %v", err)
	}
	if f := VoteAlignFrame(all); f.Nrow() != len(all) || f.Col("period").Elem(0).String() != "1946" {
		t.Errorf("frame %d rows", f.Nrow())
	}
	var buf bytes.Buffer
	WriteVoteAlignCSV(&buf, all[:1])
	if !strings.HasPrefix(buf.String(), VoteAlignHeader+"\nRUS-USA,1946,agreement,") {
		t.Errorf("csv: %s", buf.String())
	}
}

// Pooling years: the table of 2013–2014 is the sum of the two years'
// tables, so its n is the sum of the yearly n (77 in 2014 by
// measures.py).
func TestVoteTableFor(t *testing.T) {
	s, _, err := votes.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	d := dataset.Dyad{A: "RUS", B: "USA"}
	y13, _ := VoteTableFor(s, d, &votes.Selection{Year: 2013})
	y14, _ := VoteTableFor(s, d, &votes.Selection{Year: 2014})
	both, err := VoteTableFor(s, d, &votes.Selection{FromYear: 2013, ToYear: 2014})
	if err != nil || y14.N() != 77 || both.N() != y13.N()+y14.N() {
		t.Errorf("n: 2013 %v, 2014 %v, both %v (%v)", y13.N(), y14.N(), both.N(), err)
	}
	if _, err := VoteTableFor(s, dataset.Dyad{A: "XXX", B: "USA"}, nil); !errors.Is(err, ErrUnknownCountry) {
		t.Errorf("unknown: %v", err)
	}
}

// VoteSeries: one yearly series per dyad, gaps as NaN points.
func TestVoteSeries(t *testing.T) {
	rows := []VoteAlignment{
		{Dyad: dataset.Dyad{A: "A", B: "B"}, Period: 2000, Measure: VoteS, Value: 0.5, Lower: 0.4, Upper: 0.6, N: 10},
		{Dyad: dataset.Dyad{A: "A", B: "B"}, Period: 2002, Measure: VoteS, Value: 0.7, Lower: 0.6, Upper: 0.8, N: 12},
		{Dyad: dataset.Dyad{A: "A", B: "B"}, Period: 2002, Measure: VoteKappa, Value: 0.1, N: 12},
	}
	ss := VoteSeries(rows, VoteS, VoteByYear)
	if len(ss) != 1 || len(ss[0].Points) != 3 || !math.IsNaN(ss[0].Points[1].Value) || ss[0].Points[2].Value != 0.7 ||
		ss[0].Points[0].Start.Year() != 2000 || ss[0].Points[2].N != 12 || ss[0].Model != "un-s" {
		t.Errorf("%+v", ss)
	}
	if ss := VoteSeries(rows, VoteS, VoteBySession); ss[0].Points[0].Start.Year() != 3945 {
		t.Errorf("session placement %v", ss[0].Points[0].Start)
	}
}

// BenchmarkVoteAlignCore: the eight core dyads, every year 1946–2020,
// every measure, 1000 bootstrap replicates (what `report align` does by
// default).
func BenchmarkVoteAlignCore(b *testing.B) {
	s, _, err := votes.Embedded()
	if err != nil {
		b.Fatal(err)
	}
	dyads := []dataset.Dyad{{A: "CHN", B: "RUS"}, {A: "CHN", B: "VEN"}, {A: "CHN", B: "USA"}, {A: "RUS", B: "USA"},
		{A: "USA", B: "VEN"}, {A: "RUS", B: "VEN"}, {A: "RUS", B: "UKR"}, {A: "CHN", B: "IND"}}
	for b.Loop() {
		if _, err := VoteAlign(s, dyads, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// ParseVotePeriod reads the two periods in any case and refuses others
// with an error wrapping ErrBadValue; a band level outside (0, 1) is
// misuse and panics with the package prefix.
func TestParseVotePeriodAndLevel(t *testing.T) {
	for in, want := range map[string]VotePeriod{"year": VoteByYear, "": VoteByYear, " Session ": VoteBySession} {
		if got, err := ParseVotePeriod(in); err != nil || got != want {
			t.Errorf("ParseVotePeriod(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	if _, err := ParseVotePeriod("month"); !errors.Is(err, ErrBadValue) {
		t.Errorf("ParseVotePeriod(month): %v, want ErrBadValue", err)
	}
	defer func() {
		if r, _ := recover().(string); !strings.HasPrefix(r, "score: VoteAlignOptions.Level") {
			t.Errorf("level 1.5: recovered %q, want a score: panic", r)
		}
	}()
	(&VoteAlignOptions{Level: 1.5}).defaults()
}
