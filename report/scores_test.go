package report

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/score"
)

// scoresSeries returns a series of consecutive months from January 2020 with the
// given values (N = 1 each).
func scoresSeries(a, b, model string, vals ...float64) *score.Series {
	s := &score.Series{Dyad: dataset.Dyad{A: a, B: b}, Model: model, Granularity: dataset.Month}
	for i, v := range vals {
		p := score.NewPoint(time.Date(2020, time.Month(1+i), 1, 0, 0, 0, 0, time.UTC))
		p.Value, p.N, p.W = v, 1, 1
		s.Points = append(s.Points, p)
	}
	return s
}

func scoresSet() *score.SeriesSet {
	// CHN-RUS goldstein: 0, 0, 1, 1, then 3 for six months — the "run" of
	// score's TestSeriesShifts, one change point in month 4 (May 2020)
	// under the default ShiftOptions.
	return &score.SeriesSet{Series: []*score.Series{
		scoresSeries("CHN", "RUS", "goldstein", 0, 0, 1, 1, 3, 3, 3, 3, 3, 3),
		scoresSeries("CHN", "RUS", "netcoop", 0.1, 0.1, 0.2, 0.2, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5),
		// Stored the other way round: the report is undirected.
		scoresSeries("USA", "CHN", "netcoop", -0.2, -0.2, -0.1),
	}}
}

func TestFromScoresSections(t *testing.T) {
	set := scoresSet()
	set.Series[2].Dyad = set.Series[2].Dyad.Undirected() // CHN-USA, as a writer stores it
	r, err := FromScores(set, &Options{Index: "goldstein"})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Dyads) != 2 || r.Dyads[0].Dyad != (dataset.Dyad{A: "CHN", B: "RUS"}) || r.Dyads[1].Dyad != (dataset.Dyad{A: "CHN", B: "USA"}) {
		t.Fatalf("sections %v, want CHN-RUS then CHN-USA (first appearance)", r.Dyads)
	}
	cr, cu := r.Dyads[0], r.Dyads[1]
	if cr.Summary.Model != "goldstein" || cr.Fallback != "" {
		t.Errorf("CHN-RUS main %q fallback %q, want goldstein and none", cr.Summary.Model, cr.Fallback)
	}
	// CHN-USA has no goldstein series: its first series is the index and
	// the section says so.
	if cu.Summary.Model != "netcoop" || !strings.Contains(cu.Fallback, "no goldstein series") {
		t.Errorf("CHN-USA main %q fallback %q", cu.Summary.Model, cu.Fallback)
	}
	// The one change point of the goldstein run, May 2020, from 1 to 3
	// (Before/After are SeriesShifts' 3-period windows: (0+1+1)/3 and 3).
	if len(cr.ChangePoints) != 1 || !cr.ChangePoints[0].Time.Equal(time.Date(2020, 5, 1, 0, 0, 0, 0, time.UTC)) {
		t.Fatalf("change points %+v, want one in May 2020", cr.ChangePoints)
	}
	if c := cr.ChangePoints[0]; c.After != 3 || c.Before != 2.0/3 {
		t.Errorf("change point before %v after %v, want 2/3 and 3", c.Before, c.After)
	}
	// The span: January 2020 to the end of October 2020 (ten months).
	if !r.From.Equal(time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)) || !r.To.Equal(time.Date(2020, 10, 31, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("span %v – %v, want 2020-01-01 – 2020-10-31", r.From, r.To)
	}
	if r.Granularity != dataset.Month || len(r.Scores.Series) != 3 || len(r.Overview) != 1 {
		t.Errorf("granularity %v, %d series, %d overview charts; want month, 3, 1", r.Granularity, len(r.Scores.Series), len(r.Overview))
	}
	if len(cr.Charts) == 0 || len(cu.Charts) == 0 {
		t.Error("a section has no chart")
	}
	if len(r.Methods) != 1 || r.Methods[0].Heading != "Rendered from scores" || r.Title == "" || !strings.Contains(r.Subtitle, "rendered from scores") {
		t.Errorf("methods %v title %q subtitle %q", r.Methods, r.Title, r.Subtitle)
	}
}

// Options.Dyads selects and orders sections (either direction names the
// undirected dyad); From/To keep the periods containing them.
func TestFromScoresSelectAndRestrict(t *testing.T) {
	r, err := FromScores(scoresSet(), &Options{
		Index: "netcoop",
		Dyads: []dataset.Dyad{{A: "CHN", B: "USA"}, {A: "RUS", B: "CHN"}, {A: "FRA", B: "DEU"}},
		From:  time.Date(2020, 2, 14, 0, 0, 0, 0, time.UTC),
		To:    time.Date(2020, 4, 2, 0, 0, 0, 0, time.UTC),
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Dyads) != 2 || r.Dyads[0].Dyad.String() != "CHN-USA" || r.Dyads[1].Dyad.String() != "CHN-RUS" {
		t.Fatalf("sections %v, want CHN-USA, CHN-RUS (FRA-DEU has no series)", r.Dyads)
	}
	// February … April for CHN-RUS (3 points), February … March for USA (the
	// series ends there).
	for _, s := range r.Scores.Series {
		want := 3
		if s.Dyad.B == "CHN" {
			want = 2
		}
		if len(s.Points) != want || !s.Points[0].Start.Equal(time.Date(2020, 2, 1, 0, 0, 0, 0, time.UTC)) {
			t.Errorf("%s %s: %d points from %v, want %d from February", s.Label(), s.Model, len(s.Points), s.Points[0].Start, want)
		}
	}
	if !r.From.Equal(time.Date(2020, 2, 1, 0, 0, 0, 0, time.UTC)) || !r.To.Equal(time.Date(2020, 4, 30, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("span %v – %v, want February – April 2020", r.From, r.To)
	}
	if _, err := FromScores(scoresSet(), &Options{Dyads: []dataset.Dyad{{A: "FRA", B: "DEU"}}}); !errors.Is(err, ErrNoDyads) {
		t.Errorf("no listed dyad in the set: %v, want ErrNoDyads", err)
	}
}

func TestFromScoresErrors(t *testing.T) {
	for _, set := range []*score.SeriesSet{nil, {}} {
		if _, err := FromScores(set, nil); !errors.Is(err, ErrNoDyads) {
			t.Errorf("empty set: %v, want ErrNoDyads", err)
		}
	}
	set := scoresSet()
	set.Series[1].Granularity = dataset.Quarter
	if _, err := FromScores(set, nil); !errors.Is(err, ErrMixedGranularity) {
		t.Errorf("mixed: %v, want ErrMixedGranularity", err)
	}
}

// From cuts the periods shown, not the series read: the change points and
// the thin-evidence flags come from the whole series up to To, as Build
// reads them on its history (the window2 brief: render -from 2024 dropped
// a change point and flagged rows thin that the full run does not).
func TestFromScoresWindowReadsWholeSeries(t *testing.T) {
	may := time.Date(2020, 5, 1, 0, 0, 0, 0, time.UTC)
	set := scoresSet()
	// Each month of CHN-RUS goldstein holds ThinEvents/3 events (rounded
	// up), so that a month alone is thin but three months of history
	// before it are not (ThinEvidence's window).
	per := int64(ThinEvents+2) / 3
	for i := range set.Series[0].Points {
		set.Series[0].Points[i].N = per
	}
	r, err := FromScores(set, &Options{Index: "goldstein", Dyads: []dataset.Dyad{{A: "CHN", B: "RUS"}}, From: may})
	if err != nil {
		t.Fatal(err)
	}
	cr := r.Dyads[0]
	// The May 2020 change point of TestFromScoresSections: the cut series
	// (3, 3, … from May) has none, the whole series has it in May.
	if len(cr.ChangePoints) != 1 || !cr.ChangePoints[0].Time.Equal(may) {
		t.Fatalf("change points %+v, want the one of May 2020 found on the whole series", cr.ChangePoints)
	}
	var gs *score.Series
	for _, s := range r.Scores.Series {
		if s.Model == "goldstein" {
			gs = s
		}
	}
	if gs == nil || !gs.Points[0].Start.Equal(may) {
		t.Fatalf("goldstein series shown %+v, want it from May 2020", gs)
	}
	// Flags as ThinEvidence gives them on the whole series, for its
	// periods from May (index 4 on).
	want := ThinEvidence(set.Series[0])[4:]
	got := r.thin(gs)
	if len(got) != len(want) {
		t.Fatalf("%d flags, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("%v: thin %v, want %v (the whole series' flag)", gs.Points[i].Start, got[i], want[i])
		}
	}
	// and May is not thin with the four months before it; the cut series
	// alone would flag it (ThinEvents > per events in its window).
	if want[0] || !ThinEvidence(gs)[0] {
		t.Errorf("May 2020: whole %v cut %v, want not thin on the whole series, thin on the cut one", want[0], ThinEvidence(gs)[0])
	}
	if cr.Summary.Thin != want[len(want)-1] {
		t.Errorf("summary thin %v, want %v (the whole series' last flag)", cr.Summary.Thin, want[len(want)-1])
	}
}
