package report

import (
	"strings"
	"testing"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/score"
)

// TestPickScores: PickScores' rule on a set holding CHN-RUS undirected
// (two models), CHN→USA and USA→CHN directed, and RUS→UKR directed alone.
// Each case lists the picks, the series it must return (label and model,
// in order) and the picks it must call missing, worked out from the rule
// in pick.go.
func TestPickScores(t *testing.T) {
	mk := func(a, b, model string, directed bool) *score.Series {
		return &score.Series{Dyad: dataset.Dyad{A: a, B: b}, Model: model, Directed: directed}
	}
	set := &score.SeriesSet{Series: []*score.Series{
		mk("CHN", "RUS", "level", false), mk("CHN", "USA", "goldstein", true), mk("USA", "CHN", "goldstein", true),
		mk("CHN", "RUS", "kalman", false), mk("RUS", "UKR", "goldstein", true),
	}}
	p := func(a, b string, directed bool) DyadPick {
		return DyadPick{Dyad: dataset.Dyad{A: a, B: b}, Directed: directed}
	}
	for _, c := range []struct {
		name    string
		picks   []DyadPick
		want    string
		missing string
	}{
		// the pair in either order: its undirected series, in the set's order
		{"pair", []DyadPick{p("RUS", "CHN", false)}, "CHN-RUS level, CHN-RUS kalman", ""},
		// an arrow: that direction alone
		{"direction", []DyadPick{p("USA", "CHN", true)}, "USA→CHN goldstein", ""},
		// a pair with no undirected series: the series of its own direction
		{"pair in a directed file", []DyadPick{p("CHN", "USA", false), p("UKR", "RUS", false)}, "CHN→USA goldstein", "UKR-RUS"},
		// an arrow never takes the undirected series
		{"arrow on an undirected pair", []DyadPick{p("CHN", "RUS", true)}, "", "CHN→RUS"},
		// the picks' order; a repeat adds nothing and is not missing
		{"order and repeat", []DyadPick{p("RUS", "UKR", true), p("CHN", "RUS", false), p("RUS", "UKR", false), p("FRA", "DEU", false)},
			"RUS→UKR goldstein, CHN-RUS level, CHN-RUS kalman", "FRA-DEU"},
	} {
		got, missing := PickScores(set, c.picks)
		var labels, miss []string
		for _, s := range got.Series {
			labels = append(labels, s.Label()+" "+s.Model)
		}
		for _, m := range missing {
			miss = append(miss, m.Label())
		}
		if strings.Join(labels, ", ") != c.want || strings.Join(miss, ", ") != c.missing {
			t.Errorf("%s: picked %q missing %q, want %q and %q", c.name, labels, miss, c.want, c.missing)
		}
	}
	if got, missing := PickScores(nil, []DyadPick{p("CHN", "RUS", false)}); len(got.Series) != 0 || len(missing) != 1 {
		t.Errorf("nil set: %d series, %d missing", len(got.Series), len(missing))
	}
}

// TestFromScoresDyadsOnePath: FromScores' Options.Dyads and a set picked
// beforehand with PickScores (as render does) give the same report, byte
// for byte (HTML and summary.csv): one selection rule.
func TestFromScoresDyadsOnePath(t *testing.T) {
	dyads := []dataset.Dyad{{A: "CHN", B: "USA"}, {A: "RUS", B: "CHN"}, {A: "FRA", B: "DEU"}}
	a, err := FromScores(scoresSet(), &Options{Index: "netcoop", Dyads: dyads, Generated: fixedTime})
	if err != nil {
		t.Fatal(err)
	}
	var picks []DyadPick
	for _, d := range dyads {
		picks = append(picks, DyadPick{Dyad: d})
	}
	set, missing := PickScores(scoresSet(), picks)
	if len(missing) != 1 || missing[0].Label() != "FRA-DEU" {
		t.Errorf("missing %v, want FRA-DEU", missing)
	}
	b, err := FromScores(set, &Options{Index: "netcoop", Generated: fixedTime})
	if err != nil {
		t.Fatal(err)
	}
	var sa, sb strings.Builder
	if err := a.WriteSummaryCSV(&sa); err != nil {
		t.Fatal(err)
	}
	if err := b.WriteSummaryCSV(&sb); err != nil {
		t.Fatal(err)
	}
	// By hand (scoresSet: CHN-USA and CHN-RUS undirected, no FRA-DEU): the
	// two pairs the set holds, in the picks' order, each as its
	// undirected series (RUS-CHN is CHN-RUS).
	var names []string
	for _, d := range a.Dyads {
		names = append(names, d.Dyad.String())
	}
	if got := strings.Join(names, ", "); got != "CHN-USA, CHN-RUS" {
		t.Errorf("sections %q, want \"CHN-USA, CHN-RUS\"", got)
	}
	if a.HTML() != b.HTML() || sa.String() != sb.String() || len(a.Dyads) != 2 {
		t.Errorf("Options.Dyads and PickScores differ (%d and %d sections):\n%s\n%s", len(a.Dyads), len(b.Dyads), sa.String(), sb.String())
	}
}
