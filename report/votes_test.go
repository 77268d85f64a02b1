package report

import (
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/entente/entente/chronology"
	"github.com/entente/entente/dataset"
	"github.com/entente/entente/plots"
	"github.com/entente/entente/score"
	"github.com/entente/entente/votes"
)

// The default report (the embedded chronology and its eight dyads,
// 2012–2025) has the "Alignment over time" section with every dyad
// measured, labels the coverage (votes end in 2019, events run to 2025),
// and its heatmap compares the countries by votes: no empty cells, India
// and Ukraine included.
func TestBuildVoteSection(t *testing.T) {
	events, err := chronology.Events()
	if err != nil {
		t.Fatal(err)
	}
	r, err := BuildEvents(events, &Options{Dyads: chronology.CoreDyads()})
	if err != nil {
		t.Fatal(err)
	}
	sec := r.Votes
	if sec == nil {
		t.Fatal("no vote section")
	}
	if len(sec.Dyads) != 8 || len(sec.Missing) != 0 {
		t.Fatalf("%d dyads, missing %v", len(sec.Dyads), sec.Missing)
	}
	if sec.FromYear != 2012 || sec.ToYear != 2019 || !strings.Contains(sec.Coverage, "the votes end in 2019 while the events run to 2025") {
		t.Errorf("span %d–%d, coverage %q", sec.FromYear, sec.ToYear, sec.Coverage)
	}
	for _, d := range sec.Dyads {
		if d.EventYears < 5 || d.EventYears > 8 || math.IsNaN(d.EventCorr) || d.EventCorr < -1 || d.EventCorr > 1 {
			t.Errorf("%s: event correlation %v over %d years", d.Name, d.EventCorr, d.EventYears)
		}
		if d.Year != 2019 || math.IsNaN(d.Agreement) || !(d.Lower <= d.Agreement && d.Agreement <= d.Upper) || d.N == 0 || len(d.Issues) == 0 {
			t.Errorf("%s: %d agreement %v [%v, %v] n %d issues %d", d.Name, d.Year, d.Agreement, d.Lower, d.Upper, d.N, len(d.Issues))
		}
	}
	// The section's numbers are VoteAlign's: RUS-USA 2014 agreement 18/77
	// (score/testdata/measures.py).
	found := false
	for _, row := range sec.Rows {
		if row.Dyad == (dataset.Dyad{A: "RUS", B: "USA"}) && row.Period == 2014 && row.Measure == score.VoteAgreement {
			found = math.Abs(row.Value-18.0/77) < 1e-12
		}
	}
	if !found {
		t.Error("RUS-USA 2014 agreement is not 18/77")
	}
	if len(sec.Charts) != 3 || sec.Heatmap == nil || r.Overview[len(r.Overview)-1] != sec.Heatmap {
		t.Errorf("%d charts, heatmap %v", len(sec.Charts), sec.Heatmap != nil)
	}
	s, _, _ := votes.Embedded()
	m, labels, err := voteMatrix(s, chronology.CoreDyads(), votes.Selection{FromYear: 2012, ToYear: 2019})
	if err != nil {
		t.Fatal(err)
	}
	for i := range m {
		for j := range m[i] {
			if math.IsNaN(m[i][j]) {
				t.Errorf("empty cell %s × %s", labels[i], labels[j])
			}
		}
	}
	if !strings.Contains(strings.Join(labels, ","), "India") || !strings.Contains(strings.Join(labels, ","), "Ukraine") {
		t.Errorf("labels %v", labels)
	}
	html := r.HTML()
	for _, want := range []string{`<section id="votes">`, "Alignment over time", "votes end in 2019", "Roll calls that divided them most"} {
		if !strings.Contains(html, want) {
			t.Errorf("HTML lacks %q", want)
		}
	}
	if len(r.PDFBytes()) == 0 {
		t.Error("no PDF")
	}
	var csv strings.Builder
	if err := r.WriteVotesCSV(&csv); err != nil || !strings.HasPrefix(csv.String(), score.VoteAlignHeader+"\n") ||
		!strings.Contains(csv.String(), "\nRUS-USA,2014,agreement,0.23376623,") {
		t.Errorf("votes CSV: %v", err)
	}
	stems := map[string]bool{}
	for _, cf := range r.ChartFiles() {
		stems[cf.Stem] = true
	}
	if !stems["votes-multiples"] || !stems["votes-index"] || !stems["votes-multiples-2"] {
		t.Errorf("chart files %v", stems)
	}
	var method bool
	for _, m := range r.Methods {
		method = method || m.Heading == "Alignment in UN votes"
		// The overview's heatmap is the votes' S: the alignment paragraph
		// describes it, not the event-profile heatmap that is not there.
		if m.Heading == "Alignment" && (!strings.Contains(m.Text, "recorded votes in the UN General Assembly, 2012–2019 pooled") || strings.Contains(m.Text, "mean Goldstein weight")) {
			t.Errorf("alignment paragraph describes another heatmap: %s", m.Text)
		}
	}
	if !method {
		t.Error("no methods paragraph for the votes")
	}
}

// NoVotes leaves the section out and the heatmap compares event profiles;
// a report period after the votes end shows the last ten years of votes
// and says so.
func TestBuildVoteSectionOptions(t *testing.T) {
	events, err := chronology.Events()
	if err != nil {
		t.Fatal(err)
	}
	r, err := BuildEvents(events, &Options{Dyads: chronology.CoreDyads()[:3], NoVotes: true})
	if err != nil || r.Votes != nil {
		t.Fatalf("NoVotes: %v %v", err, r.Votes != nil)
	}
	s, _, _ := votes.Embedded()
	sec, err := buildVoteSection(s, []dataset.Dyad{{A: "CHN", B: "USA"}},
		time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC), plots.Size{}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if sec.FromYear != 2010 || sec.ToYear != 2019 || !strings.Contains(sec.Coverage, "last ten years of votes") {
		t.Errorf("%d–%d %q", sec.FromYear, sec.ToYear, sec.Coverage)
	}
}

// The comparison of an event index with vote agreement, by hand: yearly
// means of the index 1, 2, 3 (2000: 0 and 2, 2001: 2, 2002: 3) against
// agreement 0.2, 0.4, 0.6 — perfectly linear, r = 1, no year on opposite
// sides; 2003 has no agreement and is left out. Reversed agreement (0.6,
// 0.4, 0.2) gives r = −1 and the years 2000 and 2002 on opposite sides
// (z = ∓1 for both series: |z| ≥ 0.5), and the methods text says that the
// correlation is negative for the one dyad and names those years.
func TestEventVoteComparison(t *testing.T) {
	d := dataset.Dyad{A: "A", B: "B"}
	main := &score.Series{Dyad: d}
	for _, x := range []struct {
		y, m int
		v    float64
	}{{2000, 1, 0}, {2000, 6, 2}, {2001, 1, 2}, {2002, 1, 3}, {2003, 1, 9}} {
		p := score.NewPoint(time.Date(x.y, time.Month(x.m), 1, 0, 0, 0, 0, time.UTC))
		p.Value = x.v
		main.Points = append(main.Points, p)
	}
	agree := map[int]score.VoteAlignment{2000: {Value: 0.2}, 2001: {Value: 0.4}, 2002: {Value: 0.6}}
	c := eventVoteComparison(main, agree)
	if c.N != 3 || math.Abs(c.Correlation-1) > 1e-12 || len(c.Disagree) != 0 {
		t.Errorf("r = %v over %d years, disagree %v", c.Correlation, c.N, c.Disagree)
	}
	if eventVoteComparison(nil, agree) != nil {
		t.Error("no index")
	}
	rev := map[int]score.VoteAlignment{2000: {Value: 0.6}, 2001: {Value: 0.4}, 2002: {Value: 0.2}}
	c = eventVoteComparison(main, rev)
	if math.Abs(c.Correlation+1) > 1e-12 || fmt.Sprint(c.Disagree) != "[2000 2002]" {
		t.Errorf("reversed: r = %v, disagree %v", c.Correlation, c.Disagree)
	}
	sec := &VoteSection{Dyads: []*VoteDyad{{Name: "A – B", EventCorr: c.Correlation, EventYears: c.N, EventDisagree: c.Disagree,
		AgreementSD: math.NaN(), AgreementNoise: math.NaN()}}}
	text := eventVoteFinding(sec)
	for _, want := range []string{"negative for 1 of 1 dyads: A – B (r = −1.00)", "move against each other", "A – B 2000, 2002"} {
		if !strings.Contains(text, want) {
			t.Errorf("finding %q lacks %q", text, want)
		}
	}
	if strings.Contains(text, "noise") {
		t.Errorf("finding %q: no spreads, no noise reading", text)
	}
	// Spreads by hand: agreement 0.6, 0.4, 0.2 has population sd
	// √((0.2² + 0 + 0.2²)/3) = 0.1633; bands ±0.196 give a sampling error
	// of 0.392/(2·1.96) = 0.1 a year: the agreement moves beyond its noise.
	for y, r := range rev {
		r.Lower, r.Upper = r.Value-0.196, r.Value+0.196
		rev[y] = r
	}
	sd, noise := agreementSpread(c.Years, rev)
	if math.Abs(sd-0.16329931618554522) > 1e-12 || math.Abs(noise-0.1) > 1e-12 {
		t.Errorf("agreement spread %v, noise %v; want 0.1633, 0.1", sd, noise)
	}
	// An agreement that moves within its sampling error is named, with
	// its r, whatever r's sign (a positive r there is noise too; review).
	sec.Dyads[0].AgreementSD, sec.Dyads[0].AgreementNoise = 0.04, 0.05
	if text := eventVoteFinding(sec); !strings.Contains(text, "The yearly agreement of A – B (r = −1.00; sd 0.04, sampling error 0.05) varies by no more than one year's sampling error") || !strings.Contains(text, "r reads noise") {
		t.Errorf("flat agreement: %q", text)
	}
	sec.Dyads[0].EventCorr = 0.53
	if text := eventVoteFinding(sec); !strings.Contains(text, "The yearly agreement of A – B (r = 0.53; sd 0.04, sampling error 0.05)") {
		t.Errorf("flat agreement, positive r: %q", text)
	}
}

// The default report's ideal-point charts and rows come from the embedded
// estimates (votes/ideal/idealpoints.csv): RUS-USA in 2019 (session 74) is
// 3.979 − 0.293 = 3.686 with the band [3.331, 4.041] (hand calculation in
// votes/ideal/distance_test.go); every dyad has a distance in 2019; the
// ideal-point chart shows the report's six countries; the methods say that
// face validity and stability are the checks, with the figures of
// score.IdealPointOptions' documentation.
func TestBuildVoteSectionIdealPoints(t *testing.T) {
	events, err := chronology.Events()
	if err != nil {
		t.Fatal(err)
	}
	r, err := BuildEvents(events, &Options{Dyads: chronology.CoreDyads()})
	if err != nil {
		t.Fatal(err)
	}
	sec := r.Votes
	if sec == nil {
		t.Fatal("no vote section")
	}
	if sec.IdealFrom != "embedded:idealpoints" {
		t.Fatalf("ideal points from %q", sec.IdealFrom)
	}
	if want := len(chronology.CoreDyads()); len(sec.Dyads) != want {
		t.Errorf("%d dyads in the vote section, want the %d core dyads", len(sec.Dyads), want)
	}
	foundRUSUSA := false
	for _, d := range sec.Dyads {
		if d.IdealYear != 2019 || !(d.IdealLower <= d.IdealDist && d.IdealDist <= d.IdealUpper) {
			t.Errorf("%s: ideal distance %d %v [%v, %v]", d.Name, d.IdealYear, d.IdealDist, d.IdealLower, d.IdealUpper)
		}
		if d.Dyad == (dataset.Dyad{A: "RUS", B: "USA"}) {
			foundRUSUSA = true
			if math.Abs(d.IdealDist-3.686) > 1e-9 || math.Abs(d.IdealLower-3.331) > 5e-4 || math.Abs(d.IdealUpper-4.041) > 5e-4 {
				t.Errorf("RUS-USA 2019: %v [%v, %v], want 3.686 [3.331, 4.041]", d.IdealDist, d.IdealLower, d.IdealUpper)
			}
		}
	}
	if !foundRUSUSA {
		t.Error("no RUS-USA dyad in the vote section: its check did not run")
	}
	n := 0
	for _, row := range sec.Rows {
		if row.Measure == score.VoteIdealDist {
			n++
			if row.Period < 2012 || row.Period > 2019 {
				t.Errorf("idealdist row outside 2012–2019: %+v", row)
			}
		}
	}
	if n != 8*8 {
		t.Errorf("%d idealdist rows, want 64 (8 dyads × 2012–2019)", n)
	}
	if len(sec.Charts) != 3 || sec.Charts[1].Kind != "index" || !strings.Contains(sec.Charts[1].Title, "Ideal points") {
		t.Fatalf("charts %d", len(sec.Charts))
	}
	svg := sec.Charts[1].SVG()
	for _, c := range []string{"China", "Russia", "United States", "Venezuela", "Ukraine", "India"} {
		if !strings.Contains(svg, c) {
			t.Errorf("the ideal-point chart does not name %s", c)
		}
	}
	var text string
	for _, m := range r.Methods {
		if m.Heading == "Alignment in UN votes" {
			text = m.Text
		}
	}
	for _, want := range []string{"face validity and stability are the checks", "0.96", "Bailey, Strezhnev and Voeten"} {
		if !strings.Contains(text, want) {
			t.Errorf("methods lack %q", want)
		}
	}
	if html := r.HTML(); !strings.Contains(html, "Ideal-point distance") {
		t.Error("HTML lacks the ideal-point distance")
	}
}

// Votes given to the report are refitted: a Set of one session (the 68th)
// gives the charts, "fitted" as the source, and distances for 2013 only.
func TestBuildVoteSectionIdealFit(t *testing.T) {
	events, err := chronology.Events()
	if err != nil {
		t.Fatal(err)
	}
	s, _, _ := votes.Embedded()
	m := s.Matrix(&votes.Selection{Session: 68})
	var recs []votes.Record
	for i := range m.RollCalls {
		for j, c := range m.Countries {
			if v := m.At(i, j); v != votes.Missing {
				recs = append(recs, votes.Record{RCID: m.RollCalls[i].RCID, Country: c, Vote: v})
			}
		}
	}
	sub, err := votes.NewSet(m.RollCalls, recs)
	if err != nil {
		t.Fatal(err)
	}
	r, err := BuildEvents(events, &Options{Dyads: chronology.CoreDyads()[:3], Votes: sub})
	if err != nil {
		t.Fatal(err)
	}
	if r.Votes == nil || r.Votes.IdealFrom != "fitted" || len(r.Votes.Charts) != 3 {
		t.Fatalf("section %+v", r.Votes)
	}
	for _, d := range r.Votes.Dyads {
		if d.IdealYear != 2013 {
			t.Errorf("%s: ideal year %d, want 2013 (session 68)", d.Name, d.IdealYear)
		}
	}
}
