package main

import (
	"bytes"
	"errors"
	"math"
	"os"
	"path/filepath"
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
	set, rows, err := readTidyCSV(strings.NewReader(tidySample), "s.csv")
	if err != nil {
		t.Fatal(err)
	}
	if rows != 5 || len(set.Series) != 3 {
		t.Fatalf("%d rows, %d series", rows, len(set.Series))
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
		{"twice", "dyad,period,model,value,lower,upper,n\nCHN-RUS,2024-01-01,k,1,,,1\nCHN-RUS,2024-01-01,k,2,,,1\n", 0, "period", dataset.ErrSyntax},
		{"no rows", "dyad,period,model,value,lower,upper,n\n", 2, "", dataset.ErrMissingField},
		{"bad quoting", "dyad,period,model,value,lower,upper,n\n\"CHN-RUS,2024-01-01,k,1,,,1\n", 2, "", dataset.ErrSyntax},
	}
	for _, tt := range tests {
		_, _, err := readTidyCSV(strings.NewReader(tt.in), "s.csv")
		var pe *dataset.ParseError
		if !errors.As(err, &pe) || !errors.Is(err, tt.sentinel) || pe.File != "s.csv" || (tt.line > 0 && pe.Line != tt.line) || pe.Column != tt.column {
			t.Errorf("%s: %v (%+v)", tt.name, err, pe)
		}
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

func TestRenderCommand(t *testing.T) {
	dir := t.TempDir()
	first := filepath.Join(dir, "first")
	if code, _, errs := runCLI(t, false, "-q", "-o", first, "-date", "2026-01-02", "-formats", "csv", "-dyads", "CHN-RUS,USA-VEN"); code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	again := filepath.Join(dir, "again")
	code, stdout, errs := runCLI(t, false, "render", "-o", again, "-date", "2026-01-02", filepath.Join(first, "scores.csv"))
	if code != 0 {
		t.Fatalf("render: exit %d: %s", code, errs)
	}
	if !strings.Contains(stdout, "dyads: CHN-RUS,USA-VEN") {
		t.Errorf("stdout %s", stdout)
	}
	a, _ := os.ReadFile(filepath.Join(first, "scores.csv"))
	b, _ := os.ReadFile(filepath.Join(again, "scores.csv"))
	if len(a) == 0 || !bytes.Equal(a, b) {
		t.Error("scores.csv does not survive a render round trip")
	}
	text := pdfToText(t, filepath.Join(again, "report.pdf"))
	if !strings.Contains(text, "Rendered from scores") || !strings.Contains(text, "China – Russia: relationship level") {
		t.Error("rendered PDF lacks its sections")
	}
	if code, _, _ := runCLI(t, false, "render"); code != 2 {
		t.Errorf("no file: exit %d", code)
	}
	bad := filepath.Join(dir, "bad.csv")
	os.WriteFile(bad, []byte("dyad,period\n"), 0o644)
	if code, _, errs := runCLI(t, false, "render", "-o", filepath.Join(dir, "x"), bad); code != 1 || !strings.Contains(errs, "bad.csv:1") {
		t.Errorf("bad file: exit %d %q", code, errs)
	}
}

func FuzzReadTidyCSV(f *testing.F) {
	f.Add([]byte(tidySample))
	f.Add([]byte("dyad,period,model,value,lower,upper,n\nCHN-RUS,2024-01-01,k,NaN,,,0\n"))
	f.Add([]byte("n,upper,lower,value,model,period,dyad\n1,,,1,k,2024-01-01,A-B\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		set, rows, err := readTidyCSV(bytes.NewReader(data), "f.csv")
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
		if n != rows {
			t.Fatalf("%d points from %d rows", n, rows)
		}
	})
}
