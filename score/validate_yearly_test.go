package score

import (
	"math"
	"testing"
)

func TestCompareYearly(t *testing.T) {
	// index 1..5, other 2,4,6,8,10 except a NaN year and one opposite year.
	years := []int{2015, 2016, 2017, 2018, 2019, 2020}
	index := []float64{1, 2, math.NaN(), 4, 5, 3}
	other := []float64{2, 4, 6, 8, 10, 6}
	c := CompareYearly(years, index, other)
	// Over 2015, 2016, 2018, 2019, 2020 other = 2·index exactly: r = 1.
	if c.N != 5 || !near(c.Correlation, 1, 1e-12) || len(c.Disagree) != 0 {
		t.Fatalf("%+v", c)
	}
	// Flip 2019: index 5 → 1. Means: index (1+2+4+1+3)/5 = 2.2, other 6.
	// 2019: z_index = (1 − 2.2)/s_x < 0, z_other = (10 − 6)/s_y > 0, both
	// beyond half a standard deviation (s_x = 1.30, s_y = 3.16).
	index[4] = 1
	c = CompareYearly(years, index, other)
	if len(c.Disagree) != 1 || c.Disagree[0] != 2019 || !(c.Correlation < 0.5) {
		t.Fatalf("%+v", c)
	}
	// Pearson by hand: x = 1,2,4,1,3 (mean 2.2), y = 2,4,8,10,6 (mean 6);
	// Σ(x−x̄)(y−ȳ) = (−1.2)(−4)+(−0.2)(−2)+(1.8)(2)+(−1.2)(4)+(0.8)(0) = 4;
	// Σ(x−x̄)² = 6.8, Σ(y−ȳ)² = 40: r = 4/√272 = 0.242536.
	if !near(c.Correlation, 4/math.Sqrt(272), 1e-12) {
		t.Errorf("r = %v", c.Correlation)
	}
	if c := CompareYearly([]int{1, 2}, []float64{1, 2}, []float64{1, 2}); !math.IsNaN(c.Correlation) {
		t.Errorf("two years: %+v", c)
	}
}

func TestYearlyMeans(t *testing.T) {
	s := &Series{}
	for i, v := range []float64{1, 3, math.NaN(), 5} {
		p := NewPoint(month(2020, 11).AddDate(0, i, 0))
		p.Value = v
		s.Points = append(s.Points, p)
	}
	years, means := YearlyMeans(s)
	if len(years) != 2 || years[0] != 2020 || years[1] != 2021 || means[0] != 2 || means[1] != 5 {
		t.Fatalf("%v %v", years, means)
	}
}
