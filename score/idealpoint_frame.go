package score

import (
	"github.com/go-gota/gota/dataframe"
	"github.com/go-gota/gota/series"
)

// Frame returns the ideal points as a gota DataFrame, one row per Point,
// with explicit column types: country (String: "NA" is Namibia), period
// (Int), value, sd, lower and upper (Float), n (Int). It is built column by
// column, so no string is parsed.
func (p *IdealPoints) Frame() dataframe.DataFrame {
	k := len(p.Points)
	country := make([]string, 0, k)
	period, n := make([]int, 0, k), make([]int, 0, k)
	value, sd := make([]float64, 0, k), make([]float64, 0, k)
	lower, upper := make([]float64, 0, k), make([]float64, 0, k)
	for _, q := range p.Points {
		country = append(country, q.Country)
		period = append(period, q.Period)
		value = append(value, q.Value)
		sd = append(sd, q.SD)
		lower = append(lower, q.Lower)
		upper = append(upper, q.Upper)
		n = append(n, q.N)
	}
	return dataframe.New(
		series.New(country, series.String, "country"),
		series.New(period, series.Int, "period"),
		series.New(value, series.Float, "value"),
		series.New(sd, series.Float, "sd"),
		series.New(lower, series.Float, "lower"),
		series.New(upper, series.Float, "upper"),
		series.New(n, series.Int, "n"),
	)
}

// IdealDistanceFrame returns distances (from IdealPoints.Distance, one
// dyad or several appended) as a gota DataFrame with explicit column types:
// a, b (String), period (Int), value, lower, upper (Float), n (Int).
func IdealDistanceFrame(d []IdealDistance) dataframe.DataFrame {
	k := len(d)
	a, b := make([]string, 0, k), make([]string, 0, k)
	period, n := make([]int, 0, k), make([]int, 0, k)
	value, lower, upper := make([]float64, 0, k), make([]float64, 0, k), make([]float64, 0, k)
	for _, x := range d {
		a, b = append(a, x.A), append(b, x.B)
		period, n = append(period, x.Period), append(n, x.N)
		value, lower, upper = append(value, x.Value), append(lower, x.Lower), append(upper, x.Upper)
	}
	return dataframe.New(
		series.New(a, series.String, "a"),
		series.New(b, series.String, "b"),
		series.New(period, series.Int, "period"),
		series.New(value, series.Float, "value"),
		series.New(lower, series.Float, "lower"),
		series.New(upper, series.Float, "upper"),
		series.New(n, series.Int, "n"),
	)
}
