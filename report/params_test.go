package report

import (
	"fmt"
	"strings"
	"testing"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/score"
)

// TestParamsTable: one row per parameter, with its value and its meaning;
// the parameters every dyad's series of a model shares are said once
// ("All dyads"); each dyad's rows list only its own, in one row "Each
// dyad" when every dyad has the same one parameter of its own; a model
// with one series keeps all of its parameters in its rows. The values are
// made up; the expected cells follow paramText (three significant digits,
// the starting level to 0.1) and paramMeanings.
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
		{"Each dyad", "level", "starting level", "China – Russia 4.3; Russia – United States −0.9", paramMeanings["start"](4.329)},
		{"China – Russia", "kalman", "state variance q", "0.0123", paramMeanings["q"](0.012345)},
		{"China – Russia", "goldstein", "–", "–", "–"},
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
