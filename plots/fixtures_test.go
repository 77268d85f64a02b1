package plots

import (
	"fmt"
	"math"
	"time"

	"github.com/entente/entente/cameo"
	"github.com/entente/entente/dataset"
	"github.com/entente/entente/score"
)

// Fixtures: deterministic synthetic inputs for the chart tests. The values
// are closed-form (sines and a planted level shift), not model output, so
// the golden images do not change when the models do.

func month(y int, m time.Month) time.Time { return time.Date(y, m, 1, 0, 0, 0, 0, time.UTC) }

// synthSeries is a monthly series of n points from start: a level shift of
// size shift at point n/2 plus a slow sine, with 80/95 % bands that widen
// where data is thin, and NaN values at the points listed in gaps.
func synthSeries(d dataset.Dyad, start time.Time, n int, base, shift, phase float64, gaps ...int) score.Series {
	s := score.Series{Dyad: d, Model: "kalman", Granularity: dataset.Month}
	isGap := map[int]bool{}
	for _, g := range gaps {
		isGap[g] = true
	}
	t := start
	for i := 0; i < n; i++ {
		p := score.NewPoint(t)
		v := base + 1.2*math.Sin(float64(i)/5+phase)
		if i >= n/2 {
			v += shift
		}
		half := 0.6 + 0.4*math.Abs(math.Cos(float64(i)/7))
		if !isGap[i] {
			p.Value = v
			p.N = int64(3 + i%5)
		}
		p.Lower, p.Upper = v-1.96*half, v+1.96*half
		p.Lower80, p.Upper80 = v-1.2816*half, v+1.2816*half
		s.Points = append(s.Points, p)
		t = dataset.Month.Next(t)
	}
	return s
}

// Test dyads, with display names that need more than ASCII.
var (
	dyCHNRUS = dataset.Dyad{A: "CHN", B: "RUS"}
	dyCIVTUR = dataset.Dyad{A: "CIV", B: "TUR"}
)

// indexFixture is two dyads over six years with gaps, change points and
// annotations, named with non-ASCII characters.
func indexFixture() ([]score.Series, *SeriesOptions) {
	a := synthSeries(dyCHNRUS, month(2019, 1), 72, 3, 2, 0, 10, 11, 12, 40)
	b := synthSeries(dyCIVTUR, month(2019, 1), 72, -2, -3, 1, 30)
	return []score.Series{a, b}, &SeriesOptions{
		Labels: []string{"China – Russia", "Côte d'Ivoire – Türkiye"},
		ChangePoints: []Mark{
			{Time: month(2022, 1), Label: "+2.0", Dyad: dyCHNRUS},
			{Time: month(2022, 2), Label: "−3.0", Dyad: dyCIVTUR},
		},
		Annotations: []Annotation{
			{Time: month(2022, 2), Label: "Joint statement on international relations entering a new era", Dyad: dyCHNRUS},
			{Time: month(2019, 6), Label: "Comprehensive strategic partnership", Dyad: dyCHNRUS},
			{Time: month(2023, 3), Label: "Talks in São Tomé", Dyad: dyCIVTUR},
		},
		Note: "Synthetic test data. Shaded: 80 % and 95 % bands.",
	}
}

// mixFixture is 36 months of CHN–RUS statistics with every seventh month
// empty; the weights per class follow (i·q) mod 5 + q mod 2.
func mixFixture() []dataset.DyadPeriod {
	var rows []dataset.DyadPeriod
	for i := 0; i < 36; i++ {
		if i%7 == 3 {
			continue
		}
		r := dataset.DyadPeriod{Dyad: dyCHNRUS, Start: month(2021, 1).AddDate(0, i, 0)}
		for q := 1; q <= 4; q++ {
			for k := 0; k < (i*q)%5+q%2; k++ {
				r.Stats.AddValues(dataset.EventValues{Date: r.Start, Weight: 1, Goldstein: float64(q), Quad: cameo.Quad(q), Tone: math.NaN(), Reports: 1})
			}
		}
		rows = append(rows, r)
	}
	return rows
}

// timelineFixture is 120 events over two years with report counts 1–12,
// plus one undated event and one without a Goldstein weight.
func timelineFixture() []dataset.Event {
	var evs []dataset.Event
	weights := []float64{0, 3.4, 7, -4, -9}
	for i := 0; i < 24; i++ {
		for q := 1; q <= 4; q++ {
			for k := 0; k < 1+(i+q)%2; k++ {
				e := dataset.NewEvent()
				e.Date = month(2022, 1).AddDate(0, i, (k*11+q*5)%28)
				e.Source.Country, e.Target.Country = "CIV", "TUR"
				e.Quad = cameo.Quad(q)
				e.Goldstein = weights[q] + float64(k%3)*0.5
				e.Reports = 1 + (i*(k+1)+q)%12
				e.Description = fmt.Sprintf("Event %d of month %d", q*10+k, i+1)
				evs = append(evs, e)
			}
		}
	}
	undated := dataset.NewEvent()
	undated.Source.Country, undated.Target.Country = "CIV", "TUR"
	undated.Goldstein = 1
	unweighted := dataset.NewEvent()
	unweighted.Date = month(2022, 5)
	unweighted.Source.Country, unweighted.Target.Country = "CIV", "TUR"
	return append(evs, undated, unweighted)
}

// heatFixture is a 6×6 similarity matrix of two blocs with one unknown
// pair (China–Côte d'Ivoire), given out of cluster order.
func heatFixture() ([][]float64, []string) {
	nan := math.NaN()
	return [][]float64{
			{1, 0.8, -0.5, -0.2, 0.7, nan},
			{0.8, 1, -0.4, -0.1, 0.6, 0.1},
			{-0.5, -0.4, 1, 0.6, -0.6, 0.3},
			{-0.2, -0.1, 0.6, 1, -0.3, 0.2},
			{0.7, 0.6, -0.6, -0.3, 1, -0.2},
			{nan, 0.1, 0.3, 0.2, -0.2, 1},
		}, []string{
			"China", "Russia", "Ukraine", "United States", "Venezuela", "Côte d'Ivoire",
		}
}

// multiplesFixture is six dyads over ten years.
func multiplesFixture() []score.Series {
	var ss []score.Series
	for i, n := range []string{"CHN-RUS", "CHN-USA", "RUS-USA", "USA-VEN", "CHN-VEN", "RUS-UKR"} {
		d, _ := dataset.ParseDyad(n)
		ss = append(ss, synthSeries(d, month(2015, 1), 120, float64(3-i), float64(i%3-1)*2, float64(i), 20+i, 21+i))
	}
	return ss
}

// levelThinFixture is the first index fixture read as a level series (its
// bands are then evidence bands); levelThinFlags marks its first 18
// months, and months 40–45, as thin evidence.
func levelThinFixture() score.Series {
	ss, _ := indexFixture()
	s := ss[0]
	s.Model = "level"
	return s
}

func levelThinFlags() []bool {
	s := levelThinFixture()
	out := make([]bool, len(s.Points))
	for i := range out {
		out[i] = i < 18 || (i >= 40 && i < 46)
	}
	return out
}
