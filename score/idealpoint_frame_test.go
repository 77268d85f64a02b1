package score

import (
	"math"
	"testing"

	"github.com/go-gota/gota/series"
)

// TestIdealPointsFrame: columns and types as documented; "NA" (Namibia)
// stays a country code; values round-trip exactly.
func TestIdealPointsFrame(t *testing.T) {
	p := &IdealPoints{Points: []IdealPoint{
		{Country: "NA", Period: 74, Value: -0.25, SD: 0.1, Lower: -0.446, Upper: -0.054, N: 80},
		{Country: "USA", Period: 74, Value: 3.5, SD: 0.2, Lower: 3.1, Upper: 3.9, N: 91},
	}}
	f := p.Frame()
	if err := f.Error(); err != nil {
		t.Fatal(err)
	}
	want := map[string]series.Type{"country": series.String, "period": series.Int, "value": series.Float,
		"sd": series.Float, "lower": series.Float, "upper": series.Float, "n": series.Int}
	if f.Ncol() != len(want) || f.Nrow() != 2 {
		t.Fatalf("%d × %d frame, want 2 × %d", f.Nrow(), f.Ncol(), len(want))
	}
	for name, typ := range want {
		if got := f.Col(name).Type(); got != typ {
			t.Errorf("column %s: %v, want %v", name, got, typ)
		}
	}
	if c := f.Col("country").Records()[0]; c != "NA" {
		t.Errorf("country %q, want NA", c)
	}
	if v := f.Col("lower").Float()[0]; v != -0.446 {
		t.Errorf("lower %v, want -0.446", v)
	}
	d := IdealDistanceFrame([]IdealDistance{{A: "NA", B: "USA", Period: 74, Value: 3.75, Lower: 3.3, Upper: 4.2, N: 80}})
	if d.Nrow() != 1 || d.Col("a").Records()[0] != "NA" || d.Col("period").Records()[0] != "74" ||
		math.Abs(d.Col("value").Float()[0]-3.75) != 0 {
		t.Errorf("distance frame:\n%v", d)
	}
}
