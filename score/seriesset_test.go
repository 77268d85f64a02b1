package score

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/go-gota/gota/series"

	"github.com/entente/entente/dataset"
)

func TestFormatFloat(t *testing.T) {
	tests := []struct {
		v    float64
		want string
	}{
		{math.NaN(), ""}, {0, "0"}, {math.Copysign(0, -1), "0"}, {3, "3"}, {-0.5, "-0.5"},
		{1.0 / 3, "0.33333333"}, {2.0 / 3, "0.66666667"}, {1e-9, "1e-09"}, {123456789, "1.2345679e+08"},
		{-9.999999999, "-10"},
	}
	for _, tc := range tests {
		if got := FormatFloat(tc.v); got != tc.want {
			t.Errorf("FormatFloat(%v) = %q, want %q", tc.v, got, tc.want)
		}
	}
}

// tidyPanel has NA (Namibia) and ZAF: "NA" must stay a country code.
func tidyPanel() *Panel {
	return mustPanel([]dataset.DyadPeriod{
		row("NA", "ZAF", month(2020, 1), coop(4), conf(-1)),
		row("NA", "ZAF", month(2020, 3), coop(2)),
		row("NA", "ZAF", month(2020, 4), coop(3), coop(1)),
		row("NA", "ZAF", month(2020, 5), coop(6)),
	}, nil)
}

func TestSeriesSetCSV(t *testing.T) {
	p := tidyPanel()
	set, err := Score(p, []dataset.Dyad{{A: "ZAF", B: "NA"}}, []Model{&IndexOptions{}, &KalmanOptions{Q: 0.5, Sigma2: 4, Observation: ObserveMean, Push: -1}})
	if err != nil {
		t.Fatal(err)
	}
	csv := set.CSV()
	lines := strings.Split(strings.TrimSuffix(csv, "\n"), "\n")
	if lines[0] != TidyHeader || len(lines) != 1+2*5 {
		t.Fatalf("CSV:\n%s", csv)
	}
	// goldstein: January (4 − 1)/2 = 1.5 from 2 events; February empty.
	if lines[1] != "NA-ZAF,2020-01-01,goldstein,1.5,,,2" || lines[2] != "NA-ZAF,2020-02-01,goldstein,,,,0" {
		t.Errorf("goldstein rows:\n%s\n%s", lines[1], lines[2])
	}
	// kalman rows carry a band; February (no events) is predicted.
	k := set.Find(dataset.Dyad{A: "NA", B: "ZAF"}, "kalman-mean")
	f := strings.Split(lines[7], ",")
	if f[0] != "NA-ZAF" || f[2] != "kalman-mean" || f[3] == "" || f[4] == "" || f[5] == "" || f[6] != "0" || !k.Points[1].HasBand() {
		t.Errorf("kalman February: %s", lines[7])
	}
	if set.Len() != 2 || set.Rows() != 10 || len(set.Models()) != 2 || set.Find(dataset.Dyad{A: "NA", B: "ZAF"}, "level") != nil {
		t.Error("set accessors")
	}
}

func TestSeriesSetFrame(t *testing.T) {
	set, err := Score(tidyPanel(), []dataset.Dyad{{A: "NA", B: "ZAF"}}, []Model{&IndexOptions{}})
	if err != nil {
		t.Fatal(err)
	}
	df := set.Frame()
	if df.Err != nil {
		t.Fatal(df.Err)
	}
	if r, c := df.Dims(); r != 5 || c != 7 {
		t.Fatalf("dims %d×%d", r, c)
	}
	want := map[string]series.Type{"dyad": series.String, "period": series.String, "model": series.String,
		"value": series.Float, "lower": series.Float, "upper": series.Float, "n": series.Int}
	for i, name := range df.Names() {
		if df.Types()[i] != want[name] {
			t.Errorf("column %s is %v, want %v", name, df.Types()[i], want[name])
		}
	}
	if got := df.Col("dyad").Records()[0]; got != "NA-ZAF" {
		t.Errorf("dyad = %q", got)
	}
	if got := df.Col("period").Records()[1]; got != "2020-02-01" {
		t.Errorf("period = %q", got)
	}
	// January: the mean Goldstein weight of tidyPanel's coop(4) and
	// conf(-1), (4 − 1)/2 = 1.5 (hand calculation); February has no events
	if v := df.Col("value").Float(); v[0] != 1.5 || !math.IsNaN(v[1]) {
		t.Errorf("values = %v", v)
	}
	if n, _ := df.Col("n").Int(); n[0] != 2 || n[1] != 0 {
		t.Errorf("n = %v", n)
	}
}

func TestSeriesSetDeterministic(t *testing.T) {
	// Property (issue 4, determinism): the same rows in any order give
	// byte-identical output, for every model.
	r := rand.New(rand.NewPCG(8, 8))
	var rows []dataset.DyadPeriod
	countries := []string{"CHN", "RUS", "USA", "VEN"}
	for i := 0; i < 4; i++ {
		for j := i + 1; j < 4; j++ {
			for m := 0; m < 24; m++ {
				if r.Float64() < 0.3 {
					continue
				}
				var evs []ev
				for k := 0; k < 1+r.IntN(5); k++ {
					evs = append(evs, coop(math.Round(r.NormFloat64()*40)/10))
				}
				rows = append(rows, row(countries[i], countries[j], month(2018, 1).AddDate(0, m, 0), evs...))
			}
		}
	}
	var models []Model
	for _, name := range ModelNames() {
		m, _ := ModelByName(name)
		models = append(models, m)
	}
	dyads := []dataset.Dyad{{A: "CHN", B: "RUS"}, {A: "USA", B: "VEN"}}
	var first string
	for trial := 0; trial < 3; trial++ {
		shuffled := append([]dataset.DyadPeriod(nil), rows...)
		r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		set, err := Score(mustPanel(shuffled, nil), dyads, models)
		if err != nil {
			t.Fatal(err)
		}
		if trial == 0 {
			first = set.CSV()
		} else if set.CSV() != first {
			t.Fatal("output depends on row order")
		}
	}
}

func TestSeriesSetSummary(t *testing.T) {
	set, err := Score(tidyPanel(), []dataset.Dyad{{A: "NA", B: "ZAF"}}, []Model{&IndexOptions{}, &KalmanOptions{Q: 0.5, Sigma2: 4, Observation: ObserveMean, Push: -1}})
	if err != nil {
		t.Fatal(err)
	}
	sm := set.Summary()
	if len(sm) != 2 || sm[1].Model != "kalman-mean" {
		t.Fatalf("summary = %+v, want goldstein and kalman-mean", sm)
	}
	// goldstein: 4 of 5 periods scored, 6 events, last May at 6, range
	// 1.5 (January) to 6 (May), no band (tidyPanel's data).
	g := sm[0]
	if g.Label != "NA-ZAF" || g.Model != "goldstein" || g.Periods != 5 || g.Scored != 4 || g.Events != 6 ||
		g.First != "2020-01-01" || g.Last != "2020-05-01" || g.LastValue != 6 || g.Min != 1.5 || g.Max != 6 || !math.IsNaN(g.LastLower) {
		t.Errorf("goldstein summary = %+v", g)
	}
}
