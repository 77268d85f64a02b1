package dataset

import (
	"math"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/entente/entente/cameo"
)

// tev builds an event between two countries with explicit values.
func tev(date time.Time, src, tgt string, g float64, q cameo.Quad, tone float64) Event {
	e := NewEvent()
	e.Date = date
	e.Source.Country, e.Target.Country = src, tgt
	e.Goldstein, e.Quad, e.Tone = g, q, tone
	return e
}

// tableEvents are the events of the hand calculations below.
func tableEvents() []Event {
	nan := math.NaN()
	return []Event{
		tev(day(2024, 5, 2), "CHN", "RUS", 4, cameo.VerbalCoop, 2),         // e1
		tev(day(2024, 5, 20), "RUS", "CHN", -2, cameo.VerbalConflict, nan), // e2
		tev(day(2024, 6, 1), "CHN", "RUS", nan, cameo.MaterialCoop, -1),    // e3
		tev(day(2024, 5, 10), "USA", "CHN", 1, cameo.VerbalCoop, 0),        // e4
		tev(time.Time{}, "CHN", "USA", 1, cameo.VerbalCoop, 0),             // e5 undated
		tev(day(2024, 5, 11), "CHN", "", 1, cameo.VerbalCoop, 0),           // e6 no target country
		tev(day(2024, 5, 3), "USA", "USA", -5, cameo.MaterialConflict, -3), // e7 self-dyad
	}
}

func buildTable(opts *AggregateOptions, evs []Event) *Table {
	t := NewTable(opts)
	for i := range evs {
		t.Add(&evs[i])
	}
	return t
}

type rowKey struct {
	dyad  string
	start string
	n     int64
}

func rowKeys(rows []DyadPeriod) []rowKey {
	out := make([]rowKey, len(rows))
	for i, r := range rows {
		out[i] = rowKey{r.Dyad.String(), r.Start.Format("2006-01-02"), r.N}
	}
	return out
}

func TestTableUndirectedMonthly(t *testing.T) {
	tb := buildTable(nil, tableEvents())
	// hand: e1+e2 pool under CHN-RUS 2024-05; e3 is CHN-RUS 2024-06; e4
	// USA→CHN becomes CHN-USA; e7 stays as the self-dyad USA-USA; e5 and
	// e6 are skipped.
	want := []rowKey{
		{"CHN-RUS", "2024-05-01", 2},
		{"CHN-RUS", "2024-06-01", 1},
		{"CHN-USA", "2024-05-01", 1},
		{"USA-USA", "2024-05-01", 1},
	}
	rows := tb.Rows()
	if got := rowKeys(rows); !reflect.DeepEqual(got, want) {
		t.Fatalf("rows = %v\nwant %v", got, want)
	}
	if tb.Len() != 4 || tb.Events() != 5 {
		t.Errorf("Len=%d Events=%d, want 4 and 5", tb.Len(), tb.Events())
	}
	if s := tb.Skipped(); s != (Skipped{NotDyadic: 1, Undated: 1}) || s.Total() != 2 {
		t.Errorf("Skipped = %v", s)
	}
	// CHN-RUS May, hand: w=1 each; g = 4, -2 → WG = 2, WG2 = 16+4 = 20,
	// mean 1; tone only e1 → mean 2; quads VC 1, VCf 1.
	may := rows[0].Stats
	checks := []struct {
		name      string
		got, want float64
	}{
		{"W", may.W.Float(), 2},
		{"GW", may.GW.Float(), 2},
		{"WG", may.WG.Float(), 2},
		{"WG2", may.WG2.Float(), 20},
		{"MeanGoldstein", may.MeanGoldstein(), 1},
		{"MeanTone", may.MeanTone(), 2},
		{"TW", may.TW.Float(), 1},
		{"VC", may.Quad[cameo.VerbalCoop].Float(), 1},
		{"VCf", may.Quad[cameo.VerbalConflict].Float(), 1},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("CHN-RUS May %s = %v, want %v", c.name, c.got, c.want)
		}
	}
	if !may.First.Equal(day(2024, 5, 2)) || !may.Last.Equal(day(2024, 5, 20)) {
		t.Errorf("May first/last = %v %v", may.First, may.Last)
	}
	// June: e3's Goldstein is unknown → mean NaN, tone -1
	june := rows[1].Stats
	if !math.IsNaN(june.MeanGoldstein()) || june.MeanTone() != -1 || june.NEff() != 0 {
		t.Errorf("June mean=%v tone=%v neff=%v, want NaN, -1, 0", june.MeanGoldstein(), june.MeanTone(), june.NEff())
	}
	if first, last := tb.Span(); !first.Equal(day(2024, 5, 2)) || !last.Equal(day(2024, 6, 1)) {
		t.Errorf("Span = %v %v", first, last)
	}
}

func TestTableDirected(t *testing.T) {
	tb := buildTable(&AggregateOptions{Directed: true}, tableEvents())
	want := []rowKey{
		{"CHN-RUS", "2024-05-01", 1},
		{"CHN-RUS", "2024-06-01", 1},
		{"RUS-CHN", "2024-05-01", 1},
		{"USA-CHN", "2024-05-01", 1},
		{"USA-USA", "2024-05-01", 1},
	}
	if got := rowKeys(tb.Rows()); !reflect.DeepEqual(got, want) {
		t.Fatalf("rows = %v\nwant %v", got, want)
	}
	if got := rowKeys(tb.Series(Dyad{"RUS", "CHN"})); !reflect.DeepEqual(got, want[2:3]) {
		t.Errorf("directed Series(RUS-CHN) = %v", got)
	}
	if got := tb.Series(Dyad{"CHN", "USA"}); got != nil {
		t.Errorf("directed Series(CHN-USA) = %v, want nil (only USA→CHN happened)", got)
	}
}

func TestTableExcludeSelf(t *testing.T) {
	tb := buildTable(&AggregateOptions{ExcludeSelf: true}, tableEvents())
	if s := tb.Skipped(); s != (Skipped{NotDyadic: 1, Self: 1, Undated: 1}) {
		t.Errorf("Skipped = %v, want 1 of each (e6, e7, e5)", s)
	}
	for _, d := range tb.Dyads() {
		if d.Self() {
			t.Errorf("self-dyad %v kept with ExcludeSelf", d)
		}
	}
}

func TestTableGranularities(t *testing.T) {
	// CHN-RUS events on 2024-05-02 (Thu), 2024-05-20 (Mon), 2024-06-01 (Sat).
	cases := []struct {
		g      Granularity
		starts []string
	}{
		{Day, []string{"2024-05-02", "2024-05-20", "2024-06-01"}},
		{Week, []string{"2024-04-29", "2024-05-20", "2024-05-27"}}, // ISO weeks start on Monday
		{Month, []string{"2024-05-01", "2024-06-01"}},
		{Quarter, []string{"2024-04-01"}},
		{Year, []string{"2024-01-01"}},
	}
	for _, c := range cases {
		tb := buildTable(&AggregateOptions{Granularity: c.g}, tableEvents())
		var got []string
		var n int64
		for _, r := range tb.Series(Dyad{"RUS", "CHN"}) {
			got = append(got, r.Start.Format("2006-01-02"))
			n += r.N
		}
		if !reflect.DeepEqual(got, c.starts) || n != 3 {
			t.Errorf("%v: starts %v (n=%d), want %v (n=3)", c.g, got, n, c.starts)
		}
	}
}

func TestTableAccessors(t *testing.T) {
	tb := buildTable(nil, tableEvents())
	if got, want := tb.Dyads(), []Dyad{{"CHN", "RUS"}, {"CHN", "USA"}, {"USA", "USA"}}; !reflect.DeepEqual(got, want) {
		t.Errorf("Dyads = %v", got)
	}
	if tb.NumDyads() != 3 {
		t.Errorf("NumDyads = %d", tb.NumDyads())
	}
	if got, want := tb.Countries(), []string{"CHN", "RUS", "USA"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Countries = %v", got)
	}
	// CHN-RUS has 3 events; CHN-USA and USA-USA 1 each, tie broken by dyad order
	if got, want := tb.BusiestCounts(0), []DyadCount{{Dyad{"CHN", "RUS"}, 3}, {Dyad{"CHN", "USA"}, 1}, {Dyad{"USA", "USA"}, 1}}; !reflect.DeepEqual(got, want) {
		t.Errorf("BusiestCounts(0) = %v", got)
	}
	if got := tb.Busiest(1); !reflect.DeepEqual(got, []Dyad{{"CHN", "RUS"}}) {
		t.Errorf("Busiest(1) = %v", got)
	}
	if a, b := tb.Series(Dyad{"RUS", "CHN"}), tb.Series(Dyad{"CHN", "RUS"}); !reflect.DeepEqual(a, b) || len(a) != 2 {
		t.Errorf("undirected Series not normalised: %d vs %d rows", len(a), len(b))
	}
	tot := tb.Total(Dyad{"RUS", "CHN"})
	// hand: Σw·g over e1, e2 = 4 - 2 = 2 (e3 unknown); N = 3
	if tot.N != 3 || tot.WG.Float() != 2 || !tot.First.Equal(day(2024, 5, 2)) || !tot.Last.Equal(day(2024, 6, 1)) {
		t.Errorf("Total = N %d WG %v %v..%v", tot.N, tot.WG.Float(), tot.First, tot.Last)
	}
	if z := tb.Total(Dyad{"FRA", "DEU"}); z.N != 0 {
		t.Errorf("Total of absent dyad N = %d", z.N)
	}
	// PeriodEvents sums N over the dyads of each period: the rows' own sums
	per := map[time.Time]int64{}
	for _, r := range tb.Rows() {
		per[r.Start] += r.N
	}
	if got := tb.PeriodEvents(); !reflect.DeepEqual(got, per) || len(got) < 2 {
		t.Errorf("PeriodEvents = %v, rows give %v", got, per)
	}
	// Rows returns a copy
	rows := tb.Rows()
	rows[0].N = 99
	if tb.Rows()[0].N == 99 {
		t.Error("Rows exposes the table's storage")
	}
	// adding after an index was built invalidates it
	e := tev(day(2024, 7, 4), "FRA", "DEU", 1, cameo.VerbalCoop, 1)
	tb.Add(&e)
	if got := tb.Series(Dyad{"FRA", "DEU"}); len(got) != 1 || got[0].Dyad != (Dyad{"DEU", "FRA"}) {
		t.Errorf("Series after Add = %v", got)
	}
}

func TestTableWeightAndOverrides(t *testing.T) {
	e1 := tev(day(2024, 1, 5), "IND", "PAK", math.NaN(), cameo.QuadUnknown, math.NaN())
	e1.SetCode("016") // codebook: GDELT weight -2, ICEWS -5; GDELT quad: root 01 verbal coop
	e1.Mentions = 3
	e2 := tev(day(2024, 1, 9), "PAK", "IND", math.NaN(), cameo.QuadUnknown, math.NaN())
	e2.SetCode("090") // root 09: GDELT material cooperation, ICEWS verbal conflict; weight -2 in both
	evs := []Event{e1, e2}

	own := buildTable(&AggregateOptions{Weight: WeightMentions}, evs)
	r := own.Rows()[0]
	// hand: w = 3 (e1) and 1 (e2's unknown mentions read as 1); WG = 3·(-2) + 1·(-2) = -8
	if r.W.Float() != 4 || r.WG.Float() != -8 || r.Quad[cameo.VerbalCoop].Float() != 3 || r.Quad[cameo.MaterialCoop].Float() != 1 {
		t.Errorf("own values: W=%v WG=%v VC=%v MC=%v", r.W.Float(), r.WG.Float(), r.Quad[cameo.VerbalCoop].Float(), r.Quad[cameo.MaterialCoop].Float())
	}
	icews := buildTable(&AggregateOptions{Weight: WeightMentions, Goldstein: cameo.GoldsteinICEWS, Quads: cameo.QuadICEWS}, evs)
	r = icews.Rows()[0]
	// hand: WG = 3·(-5) + 1·(-2) = -17; 090 is verbal conflict under ICEWS
	if r.WG.Float() != -17 || r.Quad[cameo.VerbalConflict].Float() != 1 || r.Quad[cameo.MaterialCoop].Float() != 0 {
		t.Errorf("ICEWS values: WG=%v VCf=%v MC=%v", r.WG.Float(), r.Quad[cameo.VerbalConflict].Float(), r.Quad[cameo.MaterialCoop].Float())
	}
	// a code the table does not know gives an unknown Goldstein weight
	e3 := tev(day(2024, 1, 9), "PAK", "IND", 7, cameo.VerbalCoop, math.NaN())
	e3.Code = "999"
	tb := buildTable(&AggregateOptions{Goldstein: cameo.GoldsteinGDELT}, []Event{e3})
	if r := tb.Rows()[0]; r.GW.Float() != 0 || !math.IsNaN(r.MeanGoldstein()) {
		t.Errorf("unknown code with a table: GW=%v, want 0", r.GW.Float())
	}
}

// randomEvents makes events whose floats have many digits, so that any
// order-dependent summation would show.
func randomEvents(r *rand.Rand, n int) []Event {
	countries := []string{"CHN", "RUS", "USA", "NAM", "IND", "PAK", "FRA"}
	out := make([]Event, n)
	for i := range out {
		e := NewEvent()
		if r.IntN(20) > 0 {
			e.Date = day(2019+r.IntN(3), time.Month(1+r.IntN(12)), 1+r.IntN(28))
		}
		e.Source.Country = countries[r.IntN(len(countries))]
		if r.IntN(10) > 0 {
			e.Target.Country = countries[r.IntN(len(countries))]
		}
		if r.IntN(8) > 0 {
			e.Goldstein = math.Round(r.NormFloat64()*40) / 10
		}
		if r.IntN(4) > 0 {
			e.Tone = r.NormFloat64() * 3.3
		}
		e.Quad = cameo.Quad(r.IntN(cameo.NumQuads))
		e.Mentions, e.Sources, e.Articles = r.IntN(50), r.IntN(5), r.IntN(9)
		e.Reports = r.IntN(3)
		out[i] = e
	}
	return out
}

// TestTableMergeExact checks the contract: tables built from any split of
// the events, merged in any order and grouping, are bit-identical to the
// table built in one pass (the sums are exact fixed point).
func TestTableMergeExact(t *testing.T) {
	r := rand.New(rand.NewPCG(2, 11))
	evs := randomEvents(r, 3000)
	for _, opts := range []*AggregateOptions{nil, {Directed: true, Weight: WeightLogSources, Granularity: Week}} {
		ref := buildTable(opts, evs)
		for trial := 0; trial < 8; trial++ {
			parts := make([]*Table, 1+r.IntN(6))
			for i := range parts {
				parts[i] = NewTable(opts)
			}
			for _, i := range r.Perm(len(evs)) {
				parts[r.IntN(len(parts))].Add(&evs[i])
			}
			// merge in a random tree: repeatedly merge two random parts
			for len(parts) > 1 {
				i, j := r.IntN(len(parts)), r.IntN(len(parts)-1)
				if j >= i {
					j++
				}
				parts[i].Merge(parts[j])
				parts = append(parts[:j], parts[j+1:]...)
			}
			got := parts[0]
			if !reflect.DeepEqual(got.Rows(), ref.Rows()) {
				t.Fatalf("opts %v trial %d: merged rows differ from the one-pass table", opts, trial)
			}
			if got.Skipped() != ref.Skipped() || got.Events() != ref.Events() {
				t.Fatalf("trial %d: counts %v/%d, want %v/%d", trial, got.Skipped(), got.Events(), ref.Skipped(), ref.Events())
			}
		}
	}
}

func TestTableMisusePanics(t *testing.T) {
	expectPanic := func(name string, f func()) {
		t.Helper()
		defer func() {
			r := recover()
			s, _ := r.(string)
			if !strings.HasPrefix(s, "dataset: ") {
				t.Errorf("%s: panic = %v, want a dataset: panic", name, r)
			}
		}()
		f()
	}
	expectPanic("merge different options", func() {
		NewTable(nil).Merge(NewTable(&AggregateOptions{Directed: true}))
	})
	expectPanic("merge different weight tables", func() {
		NewTable(&AggregateOptions{Goldstein: cameo.GoldsteinGDELT}).Merge(NewTable(&AggregateOptions{Goldstein: cameo.GoldsteinICEWS}))
	})
	expectPanic("merge into itself", func() {
		tb := NewTable(nil)
		tb.Merge(tb)
	})
	expectPanic("bad weight", func() { NewTable(&AggregateOptions{Weight: 17}) })
	expectPanic("bad granularity", func() { NewTable(&AggregateOptions{Granularity: -3}) })
}

func TestTableZeroValue(t *testing.T) {
	var zero Table
	for _, e := range tableEvents() {
		zero.Add(&e)
	}
	ref := buildTable(nil, tableEvents())
	if !reflect.DeepEqual(zero.Rows(), ref.Rows()) || zero.Skipped() != ref.Skipped() {
		t.Error("the zero Table differs from NewTable(nil)")
	}
	ref.Merge(&zero) // same (default) options: no panic
}

func TestAggregateOptionsString(t *testing.T) {
	if s := (AggregateOptions{}).String(); s != "month undirected weight=one" {
		t.Errorf("default String = %q", s)
	}
	o := AggregateOptions{Granularity: Week, Directed: true, Weight: WeightSources, Goldstein: cameo.GoldsteinICEWS, Quads: cameo.QuadPhoenix, ExcludeSelf: true}
	if s := o.String(); s != "week directed weight=sources goldstein=icews quads=phoenix exclude-self" {
		t.Errorf("String = %q", s)
	}
}

// Between keeps the rows of the periods asked for; BusiestBetween counts
// only those, without copying.
func TestTableBetween(t *testing.T) {
	tb := NewTable(nil)
	add := func(y int, m time.Month, src, tgt string, n int) {
		for i := 0; i < n; i++ {
			e := NewEvent()
			e.Date = time.Date(y, m, 3, 0, 0, 0, 0, time.UTC)
			e.Source.Country, e.Target.Country = src, tgt
			e.SetCode("042")
			tb.Add(&e)
		}
	}
	add(2020, 1, "CHN", "RUS", 3)
	add(2020, 2, "CHN", "RUS", 1)
	add(2020, 2, "USA", "RUS", 2)
	add(2020, 3, "USA", "RUS", 4)
	feb := tb.Between(time.Date(2020, 2, 1, 0, 0, 0, 0, time.UTC), time.Date(2020, 3, 1, 0, 0, 0, 0, time.UTC))
	// February: CHN-RUS 1 event, RUS-USA 2 (hand count of the adds above)
	if feb.Len() != 2 || feb.Events() != 3 || tb.Len() != 4 || tb.Events() != 10 {
		t.Errorf("february: %d rows %d events; table %d rows %d events", feb.Len(), feb.Events(), tb.Len(), tb.Events())
	}
	got := tb.BusiestBetween(time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2020, 3, 1, 0, 0, 0, 0, time.UTC), 0)
	want := []DyadCount{{Dyad{"CHN", "RUS"}, 4}, {Dyad{"RUS", "USA"}, 2}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("busiest Jan–Feb %v, want %v", got, want)
	}
	if all := tb.BusiestCounts(1); len(all) != 1 || all[0] != (DyadCount{Dyad{"RUS", "USA"}, 6}) {
		t.Errorf("busiest %v", all)
	}
}

// EachRow visits the rows of Rows, in its order, and EachMarked those
// that have a mark sum: here two rows of four have a mark (163 imposes an embargo and opens sanctions,
// 0874 retreats and closes an occupation and a war: cameo.Marks; 042 and
// 112 feed none), in Rows' order, and a table without marks gives none.
func TestTableEachRowMarked(t *testing.T) {
	tb := NewTable(nil)
	add := func(m time.Month, src, tgt, code string) {
		e := NewEvent()
		e.Date = time.Date(2020, m, 3, 0, 0, 0, 0, time.UTC)
		e.Source.Country, e.Target.Country = src, tgt
		e.SetCode(code)
		tb.Add(&e)
	}
	add(3, "USA", "RUS", "163")
	add(1, "CHN", "RUS", "042")
	add(2, "USA", "RUS", "112")
	add(2, "CHN", "RUS", "0874")
	add(2, "CHN", "RUS", "042")
	var want []DyadPeriod
	for _, r := range tb.Rows() {
		if r.Marks != nil {
			want = append(want, r)
		}
	}
	var got []DyadPeriod
	tb.EachMarked(func(r *DyadPeriod) { got = append(got, *r) })
	if len(got) != 2 || !reflect.DeepEqual(got, want) {
		t.Fatalf("EachMarked visits %v, want the 2 rows of Rows with marks %v", got, want)
	}
	if got[0].Dyad != (Dyad{"CHN", "RUS"}) || got[1].Dyad != (Dyad{"RUS", "USA"}) {
		t.Errorf("EachMarked order %v, %v", got[0].Dyad, got[1].Dyad)
	}
	var all []DyadPeriod
	tb.EachRow(func(r *DyadPeriod) { all = append(all, *r) })
	if rows := tb.Rows(); len(all) != 4 || !reflect.DeepEqual(all, rows) {
		t.Errorf("EachRow visits %v, want Rows %v", all, rows)
	}
	n := 0
	NewTable(nil).EachMarked(func(*DyadPeriod) { n++ })
	NewTable(nil).EachRow(func(*DyadPeriod) { n++ })
	if n != 0 {
		t.Errorf("empty table: %d marked rows", n)
	}
}
