package score

import (
	"math"
	"testing"
	"time"

	"github.com/entente/entente/dataset"
)

// handSeries is three months of a made-up series: January scored with a
// band, February missing (NaN), March scored without a band.
func handSeries() *Series {
	jan := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	s := &Series{Dyad: dataset.Dyad{A: "CHN", B: "RUS"}, Model: "kalman-mean",
		Params: []Param{{"q", 0.25}, {"sigma2", 4}}}
	p := NewPoint(jan)
	p.Value, p.Lower, p.Upper, p.Lower80, p.Upper80, p.N, p.W = 1.5, 0.5, 2.5, 0.9, 2.1, 3, 3
	s.Points = append(s.Points, p, NewPoint(jan.AddDate(0, 1, 0)))
	p = NewPoint(jan.AddDate(0, 2, 0))
	p.Value, p.N, p.W = -2, 1, 0.5
	s.Points = append(s.Points, p)
	return s
}

func TestNewPointIsAllNaN(t *testing.T) {
	start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	p := NewPoint(start)
	for _, v := range []float64{p.Value, p.Lower, p.Upper, p.Lower80, p.Upper80} {
		if !math.IsNaN(v) {
			t.Errorf("NewPoint has %v, want NaN", v)
		}
	}
	if !p.Start.Equal(start) || p.N != 0 || p.W != 0 || p.HasBand() {
		t.Errorf("NewPoint = %+v", p)
	}
	p.Lower = 0 // one bound is not a band
	if p.HasBand() {
		t.Error("HasBand with Upper NaN")
	}
	p.Upper = 1
	if !p.HasBand() {
		t.Error("no band with both bounds")
	}
}

// The accessors read the points of handSeries back field by field.
func TestSeriesAccessors(t *testing.T) {
	s := handSeries()
	if got := s.Counts(); len(got) != 3 || got[0] != 3 || got[1] != 0 || got[2] != 1 {
		t.Errorf("Counts = %v, want [3 0 1]", got)
	}
	v := s.Values()
	if len(v) != 3 || v[0] != 1.5 || !math.IsNaN(v[1]) || v[2] != -2 {
		t.Errorf("Values = %v, want [1.5 NaN -2]", v)
	}
	ts := s.Times()
	if len(ts) != 3 || !ts[2].Equal(time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("Times = %v", ts)
	}
	lo, hi := s.Bands(95)
	if lo[0] != 0.5 || hi[0] != 2.5 || !math.IsNaN(lo[2]) || !math.IsNaN(hi[2]) {
		t.Errorf("Bands(95) = %v %v", lo, hi)
	}
	lo, hi = s.Bands(80)
	if lo[0] != 0.9 || hi[0] != 2.1 {
		t.Errorf("Bands(80) = %v %v", lo, hi)
	}
	if q, ok := s.Param("sigma2"); !ok || q != 4 {
		t.Errorf("Param(sigma2) = %v, %v", q, ok)
	}
	if q, ok := s.Param("loglik"); ok || !math.IsNaN(q) {
		t.Errorf("Param(loglik) = %v, %v; want NaN, false", q, ok)
	}
}

// Last skips trailing NaN values; a series with no value has no last point.
func TestSeriesLast(t *testing.T) {
	s := handSeries()
	if p, ok := s.Last(); !ok || p.Value != -2 {
		t.Errorf("Last = %v, %v; want March's -2", p.Value, ok)
	}
	s.Points[2].Value = math.NaN()
	if p, ok := s.Last(); !ok || p.Value != 1.5 {
		t.Errorf("Last = %v, %v; want January's 1.5", p.Value, ok)
	}
	s.Points[0].Value = math.NaN()
	if _, ok := s.Last(); ok {
		t.Error("Last found a point in an all-NaN series")
	}
	if _, ok := (&Series{}).Last(); ok {
		t.Error("Last found a point in an empty series")
	}
}

func TestSeriesLabel(t *testing.T) {
	s := handSeries()
	if got := s.Label(); got != "CHN-RUS" {
		t.Errorf("undirected Label = %q", got)
	}
	s.Directed = true
	s.Dyad = dataset.Dyad{A: "RUS", B: "CHN"}
	if got := s.Label(); got != "RUS→CHN" {
		t.Errorf("directed Label = %q", got)
	}
}

func TestSeriesBandsPanics(t *testing.T) {
	defer func() {
		if r := recover(); r == nil {
			t.Error("Bands(90) did not panic")
		}
	}()
	handSeries().Bands(90)
}
