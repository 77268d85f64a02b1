package dataset

import (
	"math"
	"math/rand/v2"
	"reflect"
	"testing"
	"time"

	"github.com/entente/entente/cameo"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// Hand calculation: three events with weights 1, 2, 1, Goldstein 4, -2, NaN,
// tone 1, NaN, 3.
//
//	GW = 1+2 = 3; WG = 4 - 4 = 0; WG2 = 16 + 8 = 24; mean = 0
//	NEff = GW²/GW2 = 9/5 = 1.8
//	TW = 1+1 = 2; WT = 1+3 = 4; mean tone 2
//	W = 4; quad shares: VerbalCoop 1/4, MaterialConflict 2/4, unknown 1/4
func TestStatsHandComputed(t *testing.T) {
	var s Stats
	s.AddValues(EventValues{Date: day(2024, 5, 16), Weight: 1, Goldstein: 4, Quad: cameo.VerbalCoop, Tone: 1, Reports: 1})
	s.AddValues(EventValues{Date: day(2024, 5, 2), Weight: 2, Goldstein: -2, Quad: cameo.MaterialConflict, Tone: math.NaN(), Reports: 3})
	s.AddValues(EventValues{Date: time.Time{}, Weight: 1, Goldstein: math.NaN(), Quad: cameo.QuadUnknown, Tone: 3, Reports: 0})
	if s.N != 3 || s.Reports != 5 {
		t.Errorf("N=%d Reports=%d, want 3 and 5", s.N, s.Reports)
	}
	checks := []struct {
		name      string
		got, want float64
	}{
		{"W", s.W.Float(), 4},
		{"GW", s.GW.Float(), 3},
		{"WG", s.WG.Float(), 0},
		{"WG2", s.WG2.Float(), 24},
		{"MeanGoldstein", s.MeanGoldstein(), 0},
		{"NEff", s.NEff(), 1.8},
		{"MeanTone", s.MeanTone(), 2},
		{"share VC", s.QuadShare(cameo.VerbalCoop), 0.25},
		{"share MCf", s.QuadShare(cameo.MaterialConflict), 0.5},
		{"share unknown", s.QuadShare(cameo.QuadUnknown), 0.25},
	}
	for _, c := range checks {
		if math.Abs(c.got-c.want) > 1e-12 {
			t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
		}
	}
	if !s.First.Equal(day(2024, 5, 2)) || !s.Last.Equal(day(2024, 5, 16)) {
		t.Errorf("First/Last = %v/%v", s.First, s.Last)
	}
}

// Hand calculation: Add feeds the marks of the event's code (cameo.Marks)
// with its weight: 163 (weight 2) opens sanctions, 0874 (weight 3) closes
// both an occupation and a war, 042 (weight 5) feeds none; a negative
// weight feeds nothing, as AddValues counts it 0.
//
//	sanctions open 2, occupation close 3, war close 3, every other mark 0
func TestStatsMarks(t *testing.T) {
	var s Stats
	for _, c := range []struct {
		code string
		w    float64
	}{{"163", 2}, {"0874", 3}, {"042", 5}, {"163", -1}} {
		e := Event{Date: day(2024, 5, 1), Code: c.code}
		s.Add(&e, c.w)
	}
	want := [cameo.NumMarks]float64{0: 2, 7: 3, 9: 3}
	for m := range want {
		if got := s.Mark(cameo.Mark(m)).Float(); got != want[m] {
			t.Errorf("Marks[%s] = %v, want %v", cameo.MarkName(cameo.Mark(m)), got, want[m])
		}
	}
	if s.W.Float() != 10 {
		t.Errorf("W = %v, want 2+3+5+0", s.W.Float())
	}
}

func TestStatsEmpty(t *testing.T) {
	var s Stats
	if !math.IsNaN(s.MeanGoldstein()) || !math.IsNaN(s.MeanTone()) || s.NEff() != 0 || !math.IsNaN(s.QuadShare(cameo.VerbalCoop)) {
		t.Error("empty stats should give NaN means and zero NEff")
	}
}

func TestStatsMergeAssociative(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 7))
	type ev struct {
		d       time.Time
		w, g, t float64
		q       cameo.Quad
		m       cameo.MarkSet
	}
	evs := make([]ev, 500)
	for i := range evs {
		evs[i] = ev{day(2020, time.Month(1+r.IntN(12)), 1+r.IntN(28)), float64(1 + r.IntN(9)), float64(r.IntN(201)-100) / 10, r.NormFloat64() * 5, cameo.Quad(r.IntN(cameo.NumQuads)), cameo.MarkSet(r.IntN(1 << cameo.NumMarks))}
	}
	var ref Stats
	for _, e := range evs {
		ref.AddValues(EventValues{Date: e.d, Weight: e.w, Goldstein: e.g, Quad: e.q, Tone: e.t, Reports: 1})
		ref.AddMarks(e.m, e.w)
	}
	for trial := 0; trial < 10; trial++ {
		parts := make([]Stats, 1+r.IntN(5))
		for _, i := range r.Perm(len(evs)) {
			e := evs[i]
			p := &parts[r.IntN(len(parts))]
			p.AddValues(EventValues{Date: e.d, Weight: e.w, Goldstein: e.g, Quad: e.q, Tone: e.t, Reports: 1})
			p.AddMarks(e.m, e.w)
		}
		var got Stats
		for _, j := range r.Perm(len(parts)) {
			got.Merge(&parts[j])
		}
		if !reflect.DeepEqual(got, ref) {
			t.Fatalf("trial %d: merged stats differ from sequential", trial)
		}
	}
}

func TestDyad(t *testing.T) {
	d, err := ParseDyad(" chn-rus ")
	if err != nil || d != (Dyad{"CHN", "RUS"}) {
		t.Fatalf("ParseDyad = %v, %v", d, err)
	}
	if (Dyad{"USA", "CHN"}).Undirected() != (Dyad{"CHN", "USA"}) || d.Reverse() != (Dyad{"RUS", "CHN"}) {
		t.Error("Undirected/Reverse")
	}
	for _, bad := range []string{"CHN", "CHN-", "C-RUS", "CH1-RUS", "CHINA-RUS"} {
		if _, err := ParseDyad(bad); err == nil {
			t.Errorf("ParseDyad(%q) accepted", bad)
		}
	}
	ds, err := ParseDyads("CHN-RUS, CHN/USA,,civ:tur")
	if err != nil || len(ds) != 3 || ds[2] != (Dyad{"CIV", "TUR"}) {
		t.Errorf("ParseDyads = %v, %v", ds, err)
	}
	if !d.Has("RUS") || d.Has("USA") || d.String() != "CHN-RUS" {
		t.Error("Has/String")
	}
}

// addMarksInPlace with a slab (the rows the fast path and the streaming
// dedup make) gives the sums AddMarks gives, each row its own MarkSums
// (distinct pointers from one block), and leaves Marks nil for events that
// add no mark; more rows than a block takes a second block. The reference
// is AddMarks on separate Stats (TestStatsMarks checks it by hand).
func TestStatsMarksInPlaceSlab(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 9))
	n := 2*markSlabBlock + 7
	got, want := make([]Stats, n), make([]Stats, n)
	var slab markSlab
	for k := 0; k < 5*n; k++ {
		i := r.IntN(n)
		m, w := cameo.MarkSet(r.IntN(1<<cameo.NumMarks)), float64(r.IntN(4)) // some 0 weights, some empty sets
		if i%5 == 0 {
			m = 0 // rows that never get a mark
		}
		got[i].addMarksInPlace(m, w, &slab)
		want[i].AddMarks(m, w)
	}
	seen := map[*MarkSums]bool{}
	for i := range got {
		if !reflect.DeepEqual(got[i].Marks, want[i].Marks) {
			t.Fatalf("row %d: marks %v, want %v", i, got[i].Marks, want[i].Marks)
		}
		if i%5 == 0 && got[i].Marks != nil {
			t.Errorf("row %d: no mark added, Marks should stay nil", i)
		}
		if p := got[i].Marks; p != nil {
			if seen[p] {
				t.Fatalf("row %d shares its MarkSums with another row", i)
			}
			seen[p] = true
		}
	}
	if len(seen) <= markSlabBlock {
		t.Fatalf("only %d rows with marks: the test should fill more than one block", len(seen))
	}
}
