package report

import (
	"bytes"
	"errors"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/score"
)

const tidySample = `dyad,period,model,value,lower,upper,n
CHN-RUS,2024-01-01,kalman,4.1,3.2,5,3
CHN-RUS,2024-02-01,kalman,4.3,3.5,5.1,0
CHN-RUS,2024-01-01,goldstein,5,,,3
CHN-RUS,2024-02-01,goldstein,,,,0
USA→VEN,2024-01-01,goldstein,-8,,,1
`

func TestReadTidyCSV(t *testing.T) {
	set, acc, err := ReadScoresCSV(strings.NewReader(tidySample), "s.csv")
	if err != nil {
		t.Fatal(err)
	}
	// five rows (the sample), three series: CHN-RUS kalman and goldstein, USA→VEN goldstein
	if acc.Read != 5 || acc.Kept != 5 || acc.RowsLine() != "rows: read=5 kept=5 rejected=0 filtered=0" || len(set.Series) != 3 {
		t.Fatalf("%s, %d series", acc.RowsLine(), len(set.Series))
	}
	if acc.First != time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC) || acc.Last != time.Date(2024, 2, 1, 0, 0, 0, 0, time.UTC) {
		t.Errorf("periods %v … %v, want the sample's 2024-01-01 … 2024-02-01", acc.First, acc.Last)
	}
	k := set.Series[0]
	if k.Dyad != (dataset.Dyad{A: "CHN", B: "RUS"}) || k.Model != "kalman" || k.Granularity != dataset.Month || len(k.Points) != 2 {
		t.Errorf("series %+v", k)
	}
	p := k.Points[1]
	if p.Value != 4.3 || p.Lower != 3.5 || p.Upper != 5.1 || p.N != 0 || !math.IsNaN(p.Lower80) {
		t.Errorf("point %+v", p)
	}
	if g := set.Series[1].Points[1]; !math.IsNaN(g.Value) {
		t.Errorf("empty value read as %v", g.Value)
	}
	if v := set.Series[2]; !v.Directed || v.Label() != "USA→VEN" {
		t.Errorf("directed series %+v", v)
	}
	// written back, it is the same text
	var buf bytes.Buffer
	set.WriteCSV(&buf)
	if buf.String() != tidySample {
		t.Errorf("round trip:\n%s", buf.String())
	}
}

func TestReadTidyCSVErrors(t *testing.T) {
	tests := []struct {
		name, in string
		line     int
		column   string
		sentinel error
	}{
		{"empty", "", 1, "", dataset.ErrMissingField},
		{"no n column", "dyad,period,model,value,lower,upper\n", 1, "n", dataset.ErrMissingField},
		{"bad date", "dyad,period,model,value,lower,upper,n\nCHN-RUS,2024-13-01,kalman,1,,,1\n", 2, "period", dataset.ErrBadDate},
		{"bad number", "dyad,period,model,value,lower,upper,n\nCHN-RUS,2024-01-01,kalman,high,,,1\n", 2, "value", dataset.ErrBadNumber},
		{"negative count", "dyad,period,model,value,lower,upper,n\nCHN-RUS,2024-01-01,kalman,1,,,-2\n", 2, "n", dataset.ErrBadNumber},
		{"bad dyad", "dyad,period,model,value,lower,upper,n\nChina,2024-01-01,kalman,1,,,1\n", 2, "dyad", dataset.ErrMissingField},
		{"no model", "dyad,period,model,value,lower,upper,n\nCHN-RUS,2024-01-01,,1,,,1\n", 2, "model", dataset.ErrMissingField},
		{"twice", "dyad,period,model,value,lower,upper,n\nCHN-RUS,2024-01-01,k,1,,,1\nCHN-RUS,2024-01-01,k,2,,,1\n", 3, "period", dataset.ErrSyntax},
		{"no rows", "dyad,period,model,value,lower,upper,n\n", 2, "", dataset.ErrMissingField},
		{"bad quoting", "dyad,period,model,value,lower,upper,n\n\"CHN-RUS,2024-01-01,k,1,,,1\n", 2, "", dataset.ErrSyntax},
	}
	for _, tt := range tests {
		_, _, err := ReadScoresCSV(strings.NewReader(tt.in), "s.csv")
		var pe *dataset.ParseError
		if !errors.As(err, &pe) || !errors.Is(err, tt.sentinel) || pe.File != "s.csv" || (tt.line > 0 && pe.Line != tt.line) || pe.Column != tt.column {
			t.Errorf("%s: %v (%+v)", tt.name, err, pe)
		}
	}
}

// Lenient reading (render's default): each bad row is rejected, counted and
// written to Rejects after the header; strict reading stops at the first.
// The input: header + 6 rows, of which lines 3 (bad date), 5 (period
// already on line 2) and 6 (bare quote) are bad — 3 kept, 3 rejected.
func TestReadScoresLenient(t *testing.T) {
	in := "dyad,period,model,value,lower,upper,n\n" +
		"CHN-RUS,2024-01-01,k,1,,,1\n" +
		"CHN-RUS,2024-13-01,k,2,,,1\n" +
		"CHN-RUS,2024-02-01,k,3,,,1\n" +
		"CHN-RUS,2024-01-01,k,4,,,1\n" +
		"CHN-RUS,20\"24-03-01,k,5,,,1\n" +
		"USA-VEN,2024-01-01,k,6,,,1\n"
	var rej bytes.Buffer
	set, acc, err := ReadScores(strings.NewReader(in), "s.csv", &ScoresReadOptions{Rejects: &rej})
	if err != nil {
		t.Fatal(err)
	}
	if got := acc.RowsLine(); got != "rows: read=6 kept=3 rejected=3 filtered=0" || !acc.Balanced() || len(set.Series) != 2 {
		t.Errorf("%s, %d series", got, len(set.Series))
	}
	var lines []int
	for _, s := range acc.Samples {
		lines = append(lines, s.Line)
	}
	if len(lines) != 3 || lines[0] != 3 || lines[1] != 5 || lines[2] != 6 {
		t.Errorf("rejected lines %v, want [3 5 6]", lines)
	}
	wantRej := "dyad,period,model,value,lower,upper,n\n" +
		"CHN-RUS,2024-13-01,k,2,,,1\n" +
		"CHN-RUS,2024-01-01,k,4,,,1\n" +
		"CHN-RUS,20\"24-03-01,k,5,,,1\n"
	if rej.String() != wantRej {
		t.Errorf("rejects:\n%s\nwant\n%s", rej.String(), wantRej)
	}
	// strict: the first bad row, line 3, with the rows read so far
	_, acc, err = ReadScores(strings.NewReader(in), "s.csv", &ScoresReadOptions{Strict: true})
	var pe *dataset.ParseError
	if !errors.As(err, &pe) || pe.Line != 3 || !errors.Is(err, dataset.ErrBadDate) || acc.RowsLine() != "rows: read=2 kept=1 rejected=1 filtered=0" {
		t.Errorf("strict: %v, %s", err, acc.RowsLine())
	}
	// every row bad: an error in lenient mode too, saying how many
	_, acc, err = ReadScores(strings.NewReader("dyad,period,model,value,lower,upper,n\nX,2024-01-01,k,1,,,1\n"), "s.csv", nil)
	if !errors.Is(err, dataset.ErrMissingField) || !strings.Contains(err.Error(), "1 rejected") || acc.Rejected != 1 {
		t.Errorf("all bad: %v, %s", err, acc.RowsLine())
	}
}

func TestInferGranularity(t *testing.T) {
	pts := func(days ...string) []score.Point {
		var out []score.Point
		for _, d := range days {
			tm, _ := time.Parse("2006-01-02", d)
			out = append(out, score.Point{Start: tm})
		}
		return out
	}
	tests := []struct {
		pts  []score.Point
		want dataset.Granularity
	}{
		{pts("2020-01-01", "2021-01-01"), dataset.Year},
		{pts("2020-01-01", "2020-04-01", "2020-07-01"), dataset.Quarter},
		{pts("2020-01-01", "2020-02-01"), dataset.Month},
		{pts("2020-01-01"), dataset.Month},
		{pts("2024-05-06", "2024-05-13"), dataset.Week},
		{pts("2024-05-06", "2024-05-07"), dataset.Day},
		{pts("2024-05-16"), dataset.Day},
		// January and April of a monthly series with gaps is still
		// quarterly-looking; a series with a one-month step is monthly
		{pts("2020-01-01", "2020-04-01", "2020-05-01"), dataset.Month},
	}
	for i, tt := range tests {
		if got := inferGranularity(tt.pts); got != tt.want {
			t.Errorf("%d: %v, want %v", i, got, tt.want)
		}
	}
}

// TestScoresCSVRoundTrip writes a report's scores (three models of two
// dyads, with NaN gaps, bands, counts and a yearly series) with
// WriteScoresCSV, reads them back, and checks that every series comes back
// with its dyad, direction, model, granularity and points, values equal to
// 8 significant digits (the writer's precision), and that writing again
// gives the same bytes.
func TestScoresCSVRoundTrip(t *testing.T) {
	set := &score.SeriesSet{}
	mk := func(d dataset.Dyad, directed bool, model string, g dataset.Granularity, n int) *score.Series {
		s := &score.Series{Dyad: d, Directed: directed, Model: model, Granularity: g}
		start := time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC)
		for i := 0; i < n; i++ {
			p := score.NewPoint(start)
			if i%5 != 3 { // every fifth period from the fourth is a gap (NaN)
				p.Value = math.Sin(float64(i)) * 7.123456789
				p.Lower, p.Upper = p.Value-1/3.0, p.Value+2/3.0
			}
			// WriteScoresCSV starts a series at its first period with
			// events (N > 0): every period here has some, so all are written.
			p.N = int64(1 + i%4)
			s.Points = append(s.Points, p)
			start = g.Next(start)
		}
		return s
	}
	chnRus := dataset.Dyad{A: "CHN", B: "RUS"}
	usaVen := dataset.Dyad{A: "USA", B: "VEN"}
	set.Add(mk(chnRus, false, "kalman", dataset.Month, 30), mk(chnRus, false, "goldstein", dataset.Month, 30),
		mk(usaVen, true, "level", dataset.Month, 12), mk(usaVen, false, "netcoop", dataset.Year, 6))
	var first bytes.Buffer
	if err := (&Report{Scores: set}).WriteScoresCSV(&first); err != nil {
		t.Fatal(err)
	}
	back, acc, err := ReadScoresCSV(bytes.NewReader(first.Bytes()), "scores.csv")
	if err != nil {
		t.Fatal(err)
	}
	if acc.Read != int64(set.Rows()) || acc.Kept != acc.Read {
		t.Errorf("%s, want %d rows", acc.RowsLine(), set.Rows())
	}
	if len(back.Series) != len(set.Series) {
		t.Fatalf("%d series back, want %d", len(back.Series), len(set.Series))
	}
	for i, want := range set.Series {
		got := back.Series[i]
		if got.Dyad != want.Dyad || got.Directed != want.Directed || got.Model != want.Model || got.Granularity != want.Granularity || len(got.Points) != len(want.Points) {
			t.Fatalf("series %d: %s %s %v %d points, want %s %s %v %d", i, got.Label(), got.Model, got.Granularity, len(got.Points), want.Label(), want.Model, want.Granularity, len(want.Points))
		}
		for k, wp := range want.Points {
			gp := got.Points[k]
			if !gp.Start.Equal(wp.Start) || gp.N != wp.N {
				t.Errorf("%s %s point %d: %v n=%d, want %v n=%d", want.Label(), want.Model, k, gp.Start, gp.N, wp.Start, wp.N)
			}
			for _, v := range [][2]float64{{gp.Value, wp.Value}, {gp.Lower, wp.Lower}, {gp.Upper, wp.Upper}} {
				if math.IsNaN(v[1]) != math.IsNaN(v[0]) || !math.IsNaN(v[1]) && math.Abs(v[0]-v[1]) > 5e-8*math.Abs(v[1]) {
					t.Errorf("%s %s point %d: %v, want %v to 8 digits", want.Label(), want.Model, k, v[0], v[1])
				}
			}
		}
	}
	var second bytes.Buffer
	if err := (&Report{Scores: back}).WriteScoresCSV(&second); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first.Bytes(), second.Bytes()) {
		t.Error("written, read and written again, the scores CSV changed")
	}
}

func FuzzReadScoresCSV(f *testing.F) {
	f.Add([]byte(tidySample))
	f.Add([]byte("dyad,period,model,value,lower,upper,n\nCHN-RUS,2024-01-01,k,NaN,,,0\n"))
	f.Add([]byte("n,upper,lower,value,model,period,dyad\n1,,,1,k,2024-01-01,A-B\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		set, acc, err := ReadScoresCSV(bytes.NewReader(data), "f.csv")
		if err != nil {
			var pe *dataset.ParseError
			if errors.As(err, &pe) && pe.File != "f.csv" {
				t.Fatalf("error names %q", pe.File)
			}
			return
		}
		var n int64
		for _, s := range set.Series {
			n += int64(len(s.Points))
			for i := 1; i < len(s.Points); i++ {
				if !s.Points[i-1].Start.Before(s.Points[i].Start) {
					t.Fatal("points out of order")
				}
			}
		}
		if n != acc.Read || acc.Kept != acc.Read {
			t.Fatalf("%d points from %s", n, acc.RowsLine())
		}
		// lenient: the strict reading's rows are all kept
		set2, acc2, err := ReadScores(bytes.NewReader(data), "f.csv", nil)
		if err != nil || !acc2.Balanced() || acc2.Kept != acc.Kept || len(set2.Series) != len(set.Series) {
			t.Fatalf("lenient: %v, %s; strict %s", err, acc2.RowsLine(), acc.RowsLine())
		}
	})
}

// TestScoresCSVThinColumn: scores.csv appends thin_evidence to score's
// tidy columns, which keep their order, true where ThinEvidence flags the
// dyad-period. By hand: one event in each of the first 5 months, none in
// the next 30, 6 in the last: every 24-month window up to month 35 holds
// at most 5 events (thin), the last holds 6 (not thin). Render reads the
// file with and without the column to the same series.
func TestScoresCSVThinColumn(t *testing.T) {
	s := &score.Series{Dyad: dataset.Dyad{A: "CHN", B: "RUS"}, Model: "level", Granularity: dataset.Month}
	start := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; i < 36; i++ {
		p := score.NewPoint(start.AddDate(0, i, 0))
		p.Value, p.Lower, p.Upper = 1, 0, 2
		switch {
		case i < 5:
			p.N = 1
		case i == 35:
			p.N = 6
		}
		s.Points = append(s.Points, p)
	}
	set := &score.SeriesSet{}
	set.Add(s)
	var with, without bytes.Buffer
	if err := (&Report{Scores: set}).WriteScoresCSV(&with); err != nil {
		t.Fatal(err)
	}
	if err := set.WriteCSV(&without); err != nil {
		t.Fatal(err)
	}
	wl := strings.Split(strings.TrimSuffix(with.String(), "\n"), "\n")
	tl := strings.Split(strings.TrimSuffix(without.String(), "\n"), "\n")
	if len(wl) != 37 || len(tl) != 37 || wl[0] != score.TidyHeader+",thin_evidence" {
		t.Fatalf("%d and %d lines, header %q", len(wl), len(tl), wl[0])
	}
	for i := 1; i < len(wl); i++ {
		want := tl[i] + ",true"
		if i == 36 {
			want = tl[i] + ",false"
		}
		if wl[i] != want {
			t.Errorf("line %d: %q, want %q", i+1, wl[i], want)
		}
	}
	a, _, err := ReadScoresCSV(bytes.NewReader(with.Bytes()), "with.csv")
	if err != nil {
		t.Fatal(err)
	}
	b, _, err := ReadScoresCSV(bytes.NewReader(without.Bytes()), "without.csv")
	if err != nil {
		t.Fatal(err)
	}
	if a.CSV() != b.CSV() || a.CSV() != without.String() {
		t.Errorf("read with and without thin_evidence:\n%s\n%s", a.CSV(), b.CSV())
	}
}

// A row with fewer (or more) fields than the header is damaged: rejected
// with ErrColumnCount on its line, not read with blanks. A new user's
// four-field row was kept with n = 0 and then pushed out the good row of
// the same period as a duplicate.
func TestReadScoresShortRow(t *testing.T) {
	in := "dyad,period,model,value,lower,upper,n\n" +
		"CHN-RUS,2012-08-01,level,1\n" +
		"CHN-RUS,2012-08-01,level,2,1,3,4\n" +
		"CHN-RUS,2012-09-01,level,2,1,3,4,extra\n"
	set, rep, err := ReadScores(strings.NewReader(in), "s.csv", nil)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Read != 3 || rep.Kept != 1 || rep.Rejected != 2 || len(set.Series) != 1 || len(set.Series[0].Points) != 1 || set.Series[0].Points[0].Value != 2 {
		t.Fatalf("read %d kept %d rejected %d, series %+v", rep.Read, rep.Kept, rep.Rejected, set.Series)
	}
	for _, line := range []int{2, 4} {
		found := false
		for _, s := range rep.Samples {
			var pe *dataset.ParseError
			if errors.As(s, &pe) && pe.Line == line && errors.Is(pe, dataset.ErrColumnCount) {
				found = true
			}
		}
		if !found {
			t.Errorf("line %d: no ErrColumnCount sample in %v", line, rep.Samples)
		}
	}
}

// ThinCheck counts the kept rows whose thin_evidence cell differs from
// ThinEvidence on the series read: one series of three months with n = 1
// each has 3 events in the 24 months up to every month, fewer than
// ThinEvents (6), so every row is thin; the file says false on lines 3
// and 4.
func TestReadScoresThinCheck(t *testing.T) {
	in := "dyad,period,model,value,lower,upper,n,thin_evidence\n" +
		"CHN-RUS,2012-01-01,level,1,0,2,1,true\n" +
		"CHN-RUS,2012-02-01,level,1,0,2,1,false\n" +
		"CHN-RUS,2012-03-01,level,1,0,2,1,false\n"
	var c ThinCheck
	if _, _, err := ReadScores(strings.NewReader(in), "s.csv", &ScoresReadOptions{ThinCheck: &c}); err != nil {
		t.Fatal(err)
	}
	if c.Rows != 2 || c.FirstLine != 3 {
		t.Errorf("thin check %+v, want 2 rows from line 3", c)
	}
}
