package report

import (
	"fmt"
	"strings"
	"testing"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/score"
)

// TestParamsTable: one row per parameter, with its value and its meaning,
// model by model; the parameters every dyad's series of a model shares
// are said once ("All dyads"); the parameters of each dyad's own, when
// every dyad has the same ones, in one row "Each dyad" per parameter
// listing the dyads' codes and values (a no-break space between them);
// else each dyad's rows; a model with one series keeps all of its
// parameters in its rows. The values are made up; the expected cells
// follow paramText (settings to three significant digits, fitted values
// to two, the starting level to 0.1) and paramMeanings.
func TestParamsTable(t *testing.T) {
	mk := func(a, b, model string, ps ...score.Param) *score.Series {
		return &score.Series{Dyad: dataset.Dyad{A: a, B: b}, Model: model, Params: ps}
	}
	got := paramsTable([]*score.Series{
		mk("CHN", "RUS", "level", score.Param{Name: "gain", Value: 0.35}, score.Param{Name: "start", Value: 4.329}),
		mk("RUS", "USA", "level", score.Param{Name: "gain", Value: 0.35}, score.Param{Name: "start", Value: -0.923}),
		mk("CHN", "RUS", "kalman", score.Param{Name: "q", Value: 0.012345}),
		mk("CHN", "RUS", "goldstein"),
	})
	want := [][]string{
		{"Dyad", "Model", "Parameter", "Value", "Meaning"},
		{"All dyads", "level", "gain", "0.35", paramMeanings["gain"](0.35)},
		{"Each dyad", "level", "starting level", "CHN-RUS\u00a04.3; RUS-USA\u00a0−0.9", paramMeanings["start"](4.329)},
		{"China – Russia", "kalman", "state variance q", "0.012", paramMeanings["q"](0.012345)},
		{"China – Russia", "goldstein", "–", "–", "–"},
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("paramsTable:\n%q\nwant\n%q", got, want)
	}
}

// TestParamsTableComparison: the state-space index charted beside the
// level (issue 11 item 3) has its prior's settings said once and each
// fitted value in one row listing every dyad's, in the order score gives
// them; the level's rows come first (the series' order). Values made up;
// q 1.1834 → 1.2 and 0.1493 → 0.15, σ² 3.762 → 3.8 and 16.5 → 17 (two
// significant digits, half away from zero).
func TestParamsTableComparison(t *testing.T) {
	kal := func(a, b string, q, s2 float64) *score.Series {
		return &score.Series{Dyad: dataset.Dyad{A: a, B: b}, Model: "kalman", Params: []score.Param{
			{Name: "q", Value: q}, {Name: "sigma2", Value: s2}, {Name: "prior_scale", Value: 0.1}, {Name: "grid", Value: 25}}}
	}
	lvl := func(a, b string) *score.Series {
		return &score.Series{Dyad: dataset.Dyad{A: a, B: b}, Model: "level", Params: []score.Param{{Name: "gain", Value: 0.35}}}
	}
	got := paramsTable([]*score.Series{lvl("CHN", "RUS"), kal("CHN", "RUS", 1.1834, 3.762), lvl("CHN", "VEN"), kal("CHN", "VEN", 0.1493, 16.5)})
	want := [][]string{
		{"Dyad", "Model", "Parameter", "Value", "Meaning"},
		{"All dyads", "level", "gain", "0.35", paramMeanings["gain"](0.35)},
		{"All dyads", "kalman", "half-Cauchy scale s", "0.1", paramMeanings["prior_scale"](0.1)},
		{"All dyads", "kalman", "grid size", "25", paramMeanings["grid"](25)},
		{"Each dyad", "kalman", "state variance q", "CHN-RUS\u00a01.2; CHN-VEN\u00a00.15", paramMeanings["q"](1.1834)},
		{"Each dyad", "kalman", "observation variance σ²", "CHN-RUS\u00a03.8; CHN-VEN\u00a017", paramMeanings["sigma2"](3.762)},
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("paramsTable:\n%q\nwant\n%q", got, want)
	}
}

// Every parameter the level and the state-space index report has a word
// and a meaning, and the meanings that work a value out say what the
// analyst asked (issue 11 item 3): β = 1 is the strongest bias, not none
// (h(−10) = −10 − 100/20 = −15, h(8) = 8 − 64/20 = 4.8); K = 10 is in
// event-value points, not the ±9 scale; d = 0.04 halves a distance in
// ln ½ / ln 0.96 = 17 months, a = 0.25 in ln ½ / ln 0.75 = 2.4 → 2.
func TestParamMeanings(t *testing.T) {
	evs := []dataset.Event{ev("2020-01-10", "CHN", "RUS", "042", "visit"), ev("2020-03-10", "CHN", "RUS", "043", "visit"), ev("2020-05-10", "CHN", "RUS", "057", "deal")}
	p, err := score.PanelFromEvents(evs, nil)
	if err != nil {
		t.Fatal(err)
	}
	d := dataset.Dyad{A: "CHN", B: "RUS"}
	for _, m := range []score.Model{&score.LevelOptions{}, &score.KalmanOptions{}} {
		s, err := m.Score(p, d)
		if err != nil {
			t.Fatal(err)
		}
		if len(s.Params) == 0 {
			t.Fatalf("%s: no parameters", m.Name())
		}
		for _, p := range s.Params {
			if _, ok := paramWords[p.Name]; !ok {
				t.Errorf("%s: parameter %q has no word", m.Name(), p.Name)
			}
			if paramMeaning(p.Name, p.Value) == dash {
				t.Errorf("%s: parameter %q has no meaning", m.Name(), p.Name)
			}
		}
	}
	for name, want := range map[string][]string{
		"bias": {"0 is no bias, 1 the strongest", "a strike (−10) is worth −15.0", "(+8) +4.8"},
		// 10·asinh(10/10)/10 = 0.881: 88 % of a value sum of 10 counts
		"scale": {"not the level's ±9", "nearly in full (88 % or more) up to about 10"},
		// ln ½ / ln 0.96 = 16.98, ln ½ / ln 0.75 = 2.41 (hand calculation)
		"decay":       {"in 17.0 months"},
		"acute_decay": {"in 2.4 months"},
	} {
		v := map[string]float64{"bias": 1, "scale": 10, "decay": 0.04, "acute_decay": 0.25}[name]
		got := paramMeaning(name, v)
		for _, w := range want {
			if !strings.Contains(got, w) {
				t.Errorf("%s = %v: %q lacks %q", name, v, got, w)
			}
		}
	}
}

// TestDefaultReportParamsComparison: the default report charts the
// state-space index beside each dyad's level (its headline) for
// comparison, and its methods' table of parameters lists every parameter
// score gives that series (Series.Params), with its word and its value as
// paramText writes it, for each dyad (issue 11 item 3: the table once
// listed the level's alone).
func TestDefaultReportParamsComparison(t *testing.T) {
	r := defaultReport(t)
	var table [][]string
	for _, m := range r.Methods {
		if m.Heading == "Models" {
			table = m.Table
		}
	}
	if table == nil {
		t.Fatal("no Models method with a table")
	}
	for _, d := range r.Dyads {
		k := r.comparison(d)
		if k == nil {
			t.Fatalf("%s: no state-space index charted for comparison", d.Name)
		}
		if len(k.Params) == 0 {
			t.Fatalf("%s: the comparison series has no parameters", d.Name)
		}
		for _, p := range k.Params {
			value := paramText(p.Name, p.Value)
			found := false
			for _, row := range table[1:] {
				if row[1] != "kalman" || row[2] != paramWord(p.Name) || row[4] != paramMeaning(p.Name, p.Value) {
					continue
				}
				found = row[3] == value && row[0] == "All dyads" ||
					strings.Contains("; "+row[3]+";", "; "+d.Dyad.String()+"\u00a0"+value+";")
			}
			if !found {
				t.Errorf("%s: kalman's %s = %s is not in the table", d.Name, p.Name, value)
			}
		}
	}
}
