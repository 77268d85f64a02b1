package score_test

import (
	"math"
	"strings"
	"testing"
	"time"

	"github.com/entente/entente/chronology"
	"github.com/entente/entente/dataset"
	"github.com/entente/entente/score"
)

// monthSeries is a monthly series from January 2020, one value a month
// (NaN: no value).
func monthSeries(vals ...float64) *score.Series {
	s := &score.Series{Granularity: dataset.Month, Model: "fixed"}
	for i, v := range vals {
		p := score.NewPoint(time.Date(2020, time.Month(1+i), 1, 0, 0, 0, 0, time.UTC))
		p.Value = v
		s.Points = append(s.Points, p)
	}
	return s
}

// parseReadings reads readings.csv rows (after the header) for a test.
func parseReadings(t *testing.T, rows ...string) []chronology.Reading {
	t.Helper()
	head := "kind,dyad,from,to,lowest,highest,share,never_above,other_dyad,other_from,other_to,description,source\n"
	rs, err := chronology.ReadReadings(strings.NewReader(head+strings.Join(rows, "\n")+"\n"), "test.csv")
	if err != nil {
		t.Fatal(err)
	}
	return rs
}

// rangedModel is fixedModel with natural bounds −hi…hi.
type rangedModel struct {
	fixedModel
	hi float64
}

func (m rangedModel) Range() (lo, hi float64) { return -m.hi, m.hi }

func TestCheckReadings(t *testing.T) {
	// Six months: −7, −5, −4, −2, NaN, +4 on the level's scale. Grades
	// (score.Grades): confrontation, tense, tense, discordant, -, good.
	s := monthSeries(-7, -5, -4, -2, math.NaN(), 4)
	level := rangedModel{fixedModel{s}, 9}
	rs := parseReadings(t,
		// 2 of the 5 months with a value are tense (−5, −4): 40 % ≥ 40 %.
		"grade,CHN-USA,2020-01,2020-06,tense,tense,0.4,,,,,two tense months,x",
		// ... but not ≥ 50 %.
		"grade,CHN-USA,2020-01,2020-06,tense,tense,0.5,,,,,not half,x",
		// 4 of 5 months confrontation..discordant (80 %), but June is good,
		// above the bound ordinary.
		"grade,CHN-USA,2020-01,2020-06,confrontation,discordant,0.8,ordinary,,,,June above,x",
		// The same without June: 4 of 4.
		"grade,CHN-USA,2020-01,2020-05,confrontation,discordant,1,ordinary,,,,no June,x",
		// Means: Jan–Feb −6, Apr–Jun (−2 + 4)/2 = +1 (May skipped).
		"order,CHN-USA,2020-04,2020-06,,,,,CHN-USA,2020-01,2020-02,later warmer,x",
		"order,CHN-USA,2020-01,2020-02,,,,,CHN-USA,2020-04,2020-06,earlier warmer,x",
		// No value in the span (after the series): not scored.
		"grade,CHN-USA,2021-01,2021-06,tense,tense,1,,,,,after,x",
	)
	res, err := score.CheckReadings(level, nil, rs, nil)
	if err != nil {
		t.Fatal(err)
	}
	wantHeld := []bool{true, false, false, true, true, false, false}
	wantScored := []bool{true, true, true, true, true, true, false}
	for i, c := range res.Checks {
		if c.Held != wantHeld[i] || c.Scored != wantScored[i] {
			t.Errorf("reading %d (%s): held %v scored %v, want %v %v", i, rs[i].Description, c.Held, c.Scored, wantHeld[i], wantScored[i])
		}
	}
	if c := res.Checks[2]; c.Months != 5 || c.In != 4 || c.Above != 1 || c.Below != 0 || c.Colder() {
		t.Errorf("June above: months %d in %d below %d above %d colder %v, want 5 4 0 1 false", c.Months, c.In, c.Below, c.Above, c.Colder())
	}
	// "not half": January (confrontation) below tense, April (discordant)
	// and June (good) above it: 1 colder, 2 warmer, not colder.
	if c := res.Checks[1]; c.Below != 1 || c.Colder() {
		t.Errorf("not half: below %d colder %v, want 1 false", c.Below, c.Colder())
	}
	if c := res.Checks[4]; c.Mean != 1 || c.OtherMean != -6 {
		t.Errorf("order means %v %v, want 1 and -6", c.Mean, c.OtherMean)
	}
	if res.Scale != 1 || res.Grades != 4 || res.GradesHeld != 2 || res.Orders != 2 || res.OrdersHeld != 1 || res.Held() != 3 || res.Scored() != 6 {
		t.Errorf("result %+v", res)
	}

	// The scale: a model on the Goldstein scale (±10) is read at 0.9, so
	// −5.5 reads −4.95, tense; at 1 it would read tense too, but −3.2
	// reads −2.88, discordant (tense at 1).
	g := rangedModel{fixedModel{monthSeries(-5.5, -3.2)}, 10}
	one := parseReadings(t, "grade,CHN-USA,2020-01,2020-02,tense,tense,1,,,,,x,x")
	for _, c := range []struct {
		opts  *score.ReadingsOptions
		scale float64
		held  bool
	}{{nil, 0.9, false}, {&score.ReadingsOptions{Scale: 1}, 1, true}, {&score.ReadingsOptions{Scale: -1}, 0, false}} {
		res, err := score.CheckReadings(g, nil, one, c.opts)
		if err != nil {
			t.Fatal(err)
		}
		if res.Scale != c.scale || res.GradesHeld == 1 != c.held || (c.scale == 0 && res.Grades != 0) {
			t.Errorf("opts %+v: scale %v held %d of %d, want scale %v held %v", c.opts, res.Scale, res.GradesHeld, res.Grades, c.scale, c.held)
		}
	}
	// A model without natural bounds (fixedModel) has no grades; its
	// order readings are still scored.
	res, err = score.CheckReadings(fixedModel{s}, nil, rs, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Scale != 0 || res.Grades != 0 || res.Orders != 2 {
		t.Errorf("unbounded model: scale %v, %d grade and %d order readings scored, want 0, 0, 2", res.Scale, res.Grades, res.Orders)
	}
}

// TestReadingsGradesAgree keeps the grade names the readings are written
// in (chronology.Grades) the names of the level's grades (score.Grades),
// in order.
func TestReadingsGradesAgree(t *testing.T) {
	names := chronology.Grades()
	gs := score.Grades()
	if len(names) != len(gs) {
		t.Fatalf("chronology has %d grades, score %d", len(names), len(gs))
	}
	for i, g := range gs {
		if names[i] != g.Name {
			t.Errorf("grade %d: chronology %q, score %q", i, names[i], g.Name)
		}
	}
}

// A span missed because its months read below the readings' grades is
// Colder: three months at −7 (confrontation) against a reading of tense.
func TestReadingColder(t *testing.T) {
	rs := parseReadings(t, "grade,CHN-USA,2020-01,2020-03,tense,tense,0.8,,,,,x,x")
	res, err := score.CheckReadings(rangedModel{fixedModel{monthSeries(-7, -7, -5)}, 9}, nil, rs, nil)
	if err != nil {
		t.Fatal(err)
	}
	if c := res.Checks[0]; c.Held || c.Below != 2 || !c.Colder() {
		t.Errorf("held %v below %d colder %v, want false 2 true", c.Held, c.Below, c.Colder())
	}
}

// A span that met its share but missed by one month above NeverAbove is
// not Colder, even with more months below Lowest than above Highest: two
// months at −7 below tense, eight tense at −4, one good month at +4 above
// the bound ordinary (8 of 11 in range ≥ 70 %).
func TestReadingColderNeverAbove(t *testing.T) {
	rs := parseReadings(t, "grade,CHN-USA,2020-01,2020-11,tense,tense,0.7,ordinary,,,,x,x")
	s := monthSeries(-7, -7, -4, -4, -4, -4, -4, -4, -4, -4, 4)
	res, err := score.CheckReadings(rangedModel{fixedModel{s}, 9}, nil, rs, nil)
	if err != nil {
		t.Fatal(err)
	}
	if c := res.Checks[0]; c.Held || c.Above != 1 || c.Below != 2 || c.Colder() {
		t.Errorf("held %v above %d below %d colder %v, want false 1 2 false", c.Held, c.Above, c.Below, c.Colder())
	}
}

// Readings that cannot be scored are counted: a span without a value,
// and every grade reading of a model without grades.
func TestReadingsUnscored(t *testing.T) {
	rs := parseReadings(t,
		"grade,CHN-USA,2021-01,2021-06,tense,tense,1,,,,,after the series,x",
		"grade,CHN-USA,2020-01,2020-02,tense,tense,1,,,,,in it,x",
	)
	s := monthSeries(-4, -4)
	for _, c := range []struct {
		m        score.Model
		unscored int
	}{{rangedModel{fixedModel{s}, 9}, 1}, {fixedModel{s}, 2}} {
		res, err := score.CheckReadings(c.m, nil, rs, nil)
		if err != nil {
			t.Fatal(err)
		}
		if res.Unscored != c.unscored || res.Unscored+res.Scored() != len(rs) {
			t.Errorf("%T: unscored %d, scored %d; want %d unscored of %d", c.m, res.Unscored, res.Scored(), c.unscored, len(rs))
		}
	}
}

// Misuse panics: a series that is not monthly, a Scale that is not
// finite.
func TestCheckReadingsPanics(t *testing.T) {
	rs := parseReadings(t, "grade,CHN-USA,2020-01,2020-02,tense,tense,1,,,,,x,x")
	yearly := monthSeries(-4, -4)
	yearly.Granularity = dataset.Year
	for name, f := range map[string]func(){
		"yearly": func() { _, _ = score.CheckReadings(rangedModel{fixedModel{yearly}, 9}, nil, rs, nil) },
		"-Inf": func() {
			_, _ = score.CheckReadings(fixedModel{monthSeries(-4)}, nil, rs, &score.ReadingsOptions{Scale: math.Inf(-1)})
		},
		"NaN": func() {
			_, _ = score.CheckReadings(fixedModel{monthSeries(-4)}, nil, rs, &score.ReadingsOptions{Scale: math.NaN()})
		},
	} {
		func() {
			defer func() {
				if r := recover(); r == nil {
					t.Errorf("%s: no panic", name)
				} else if msg, ok := r.(string); !ok || !strings.HasPrefix(msg, "score: ") {
					t.Errorf("%s: panic %v, want a \"score: \" message", name, r)
				}
			}()
			f()
		}()
	}
}

// The two halves (chronology.Reading.HeldApart) add up to the whole: on
// the embedded readings and the level, each half's scored and held
// readings sum to Scored and Held, and each half has some.
func TestReadingsHalf(t *testing.T) {
	res, err := score.CheckReadings(&score.LevelOptions{}, chronologyPanel(t), chronology.Readings(), nil)
	if err != nil {
		t.Fatal(err)
	}
	tn, th := res.Half(false)
	hn, hh := res.Half(true)
	if tn+hn != res.Scored() || th+hh != res.Held() || tn == 0 || hn == 0 {
		t.Errorf("halves %d/%d and %d/%d, whole %d/%d", th, tn, hh, hn, res.Held(), res.Scored())
	}
}
