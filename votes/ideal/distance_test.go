package ideal

import (
	"fmt"
	"math"
	"testing"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/score"
)

// TestDistanceRowsEmbedded: the embedded file's rows (idealpoints.csv)
//
//	RUS,74,0.293,0.153,0.434,87
//	USA,74,3.979,3.653,4.305,91
//
// give the RUS–USA distance of session 74 (2019) by hand: 3.979 − 0.293 =
// 3.686, sd √(((4.305−3.653)/3.919928)² + ((0.434−0.153)/3.919928)²) =
// √(0.166330² + 0.071685²) = 0.181120, band 3.686 ± 1.959964·0.181120 =
// [3.331, 4.041], n min(87, 91) = 87.
func TestDistanceRowsEmbedded(t *testing.T) {
	p, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	d := dataset.Dyad{A: "RUS", B: "USA"}
	rows := DistanceRows(p, []dataset.Dyad{d}, &DistanceOptions{FromYear: 2019, ToYear: 2019})
	if len(rows) != 1 {
		t.Fatalf("%d rows for 2019, want 1: %+v", len(rows), rows)
	}
	r := rows[0]
	if r.Dyad != d || r.Period != 2019 || r.Measure != score.VoteIdealDist || r.N != 87 ||
		math.Abs(r.Value-3.686) > 1e-9 || math.Abs(r.Lower-3.331) > 5e-4 || math.Abs(r.Upper-4.041) > 5e-4 {
		t.Errorf("row %+v, want RUS-USA 2019 idealdist 3.686 [3.331, 4.041] n 87", r)
	}
	byS := DistanceRows(p, []dataset.Dyad{d}, &DistanceOptions{Period: score.VoteBySession, FromYear: 2019})
	if len(byS) != 1 || byS[0].Period != 74 || byS[0].Value != r.Value {
		t.Errorf("by session: %+v, want one row for session 74", byS)
	}
	// Every session: RUS (the Soviet seat) and USA vote in all 74; the
	// 19th (1964–65) has a single roll call (rcid 879, 6 February 1965),
	// so its row rests on n = 1 (the file's RUS,19 and USA,19 rows).
	all := DistanceRows(p, []dataset.Dyad{d}, nil)
	if len(all) != 74 || all[0].Period != 1946 || all[len(all)-1].Period != 2019 {
		t.Errorf("%d rows from %d to %d, want 74 from 1946 to 2019", len(all), all[0].Period, all[len(all)-1].Period)
	}
	for _, x := range all {
		if x.Period == 1964 && x.N != 1 {
			t.Errorf("the 19th session (1964): %+v, want n 1", x)
		}
	}
}

// TestDistanceRowsNone: a dyad with an unknown country gives no rows.
func TestDistanceRowsNone(t *testing.T) {
	p := &score.IdealPoints{Level: 0.95, Points: []score.IdealPoint{{Country: "USA", Period: 1, Value: 1, SD: 0.1, Lower: 0.8, Upper: 1.2, N: 3}}}
	if rows := DistanceRows(p, []dataset.Dyad{{A: "USA", B: "XXX"}}, nil); len(rows) != 0 {
		t.Errorf("rows %+v, want none", rows)
	}
}

// TestMergeRows: rows by dyad in the order asked (a dyad asked twice at its
// first place), then period, the idealdist row after the other measures of
// its period.
func TestMergeRows(t *testing.T) {
	a, b := dataset.Dyad{A: "CHN", B: "RUS"}, dataset.Dyad{A: "RUS", B: "USA"}
	rows := []score.VoteAlignment{
		{Dyad: a, Period: 2018, Measure: score.VoteAgreement},
		{Dyad: b, Period: 2018, Measure: score.VoteAgreement},
		{Dyad: a, Period: 2019, Measure: score.VoteAgreement},
	}
	extra := []score.VoteAlignment{
		{Dyad: b, Period: 2018, Measure: score.VoteIdealDist},
		{Dyad: a, Period: 2018, Measure: score.VoteIdealDist},
	}
	got := MergeRows(rows, extra, []dataset.Dyad{b, a, b})
	want := []string{"RUS-USA 2018 agreement", "RUS-USA 2018 idealdist", "CHN-RUS 2018 agreement", "CHN-RUS 2018 idealdist", "CHN-RUS 2019 agreement"}
	if len(got) != len(want) {
		t.Fatalf("%d rows, want %d", len(got), len(want))
	}
	for i, r := range got {
		if s := fmt.Sprintf("%s %d %s", r.Dyad, r.Period, r.Measure); s != want[i] {
			t.Errorf("row %d: %s, want %s", i, s, want[i])
		}
	}
}
