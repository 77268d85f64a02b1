package chronology

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/entente/entente/dataset"
)

// The embedded list: at least 60 points (issue 11), every default dyad
// covered, no duplicate (dyad, month), months inside the chronology's span.
func TestTurningPointsEmbedded(t *testing.T) {
	tps := TurningPoints()
	if len(tps) < 60 {
		t.Fatalf("%d turning points, want at least 60", len(tps))
	}
	seen := map[string]int{}
	perDyad := map[dataset.Dyad]int{}
	for _, tp := range tps {
		key := tp.Dyad.String() + " " + tp.Month.Format("2006-01")
		if l, ok := seen[key]; ok {
			t.Errorf("line %d repeats line %d (%s)", tp.Line, l, key)
		}
		seen[key] = tp.Line
		perDyad[tp.Dyad]++
		if tp.Month.Year() < 2012 || tp.Month.Year() > 2025 {
			t.Errorf("line %d: %s outside the chronology's 2012–2025", tp.Line, key)
		}
	}
	for _, d := range CoreDyads() {
		if perDyad[d.Undirected()] < 4 {
			t.Errorf("default dyad %s has %d turning points, want at least 4", d, perDyad[d.Undirected()])
		}
	}
	// A copy: changing it does not change the next call.
	tps[0].Description = "x"
	if TurningPoints()[0].Description == "x" {
		t.Error("TurningPoints returned the shared slice")
	}
}

func TestReadTurningPoints(t *testing.T) {
	const head = "dyad,month,direction,description,source\n"
	got, err := ReadTurningPoints(strings.NewReader(head+"RUS-CHN,2022-02,up,No limits,Kremlin\nIND-PAK,2019-02,down,Pulwama,MEA\n"), "t.csv")
	if err != nil {
		t.Fatal(err)
	}
	want := []TurningPoint{
		{Dyad: dataset.Dyad{A: "CHN", B: "RUS"}, Month: time.Date(2022, 2, 1, 0, 0, 0, 0, time.UTC), Up: true, Description: "No limits", Source: "Kremlin", Line: 2},
		{Dyad: dataset.Dyad{A: "IND", B: "PAK"}, Month: time.Date(2019, 2, 1, 0, 0, 0, 0, time.UTC), Description: "Pulwama", Source: "MEA", Line: 3},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d rows, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("row %d = %+v, want %+v", i, got[i], want[i])
		}
	}
	if got[0].Direction() != 1 || got[1].Direction() != -1 {
		t.Error("Direction: want +1 for up, −1 for down")
	}
	bad := []struct {
		in       string
		line     int
		column   string
		sentinel error
	}{
		{"RUS-CHN,2022-13,up,x,y\n", 2, "month", dataset.ErrBadDate},
		{"RUS-CHN,2022-02,sideways,x,y\n", 2, "direction", dataset.ErrSyntax},
		{"RUS-RUS,2022-02,up,x,y\n", 2, "dyad", dataset.ErrSyntax},
		{"RUS-XXX,2022-02,up,x,y\n", 2, "dyad", dataset.ErrSyntax},
		{"RUS-CHN,2022-02,up,x,\n", 2, "source", dataset.ErrMissingField},
		{"RUS-CHN,2022-02,up,x,y\nRUS-CHN,2022-02,up\n", 3, "", dataset.ErrColumnCount},
		// An unterminated quote before the row's first field is read
		// (encoding/csv's FieldPos panicked here; found by the readings'
		// fuzzer): the line encoding/csv reports.
		{"\"00000", 2, "", dataset.ErrSyntax},
	}
	for _, c := range bad {
		_, err := ReadTurningPoints(strings.NewReader(head+c.in), "t.csv")
		var pe *dataset.ParseError
		if !errors.As(err, &pe) || !errors.Is(err, c.sentinel) || pe.Line != c.line || pe.Column != c.column || pe.File != "t.csv" {
			t.Errorf("%q: err = %v, want line %d column %q wrapping %v", c.in, err, c.line, c.column, c.sentinel)
		}
	}
	if _, err := ReadTurningPoints(strings.NewReader("a,b\n"), "t.csv"); !errors.Is(err, dataset.ErrColumnCount) {
		t.Errorf("bad header: %v", err)
	}
}

func FuzzReadTurningPoints(f *testing.F) {
	f.Add([]byte("dyad,month,direction,description,source\nCHN-IND,2020-06,down,Galwan,MEA\n"))
	f.Add([]byte("dyad,month,direction,description,source\n\"CHN-IND\",2020-6,up,\"a,b\",c\n"))
	f.Add([]byte("dyad,month,direction,description,source\n\"00000"))
	f.Fuzz(func(t *testing.T, b []byte) {
		tps, err := ReadTurningPoints(strings.NewReader(string(b)), "f.csv")
		if err != nil {
			var pe *dataset.ParseError
			if !errors.As(err, &pe) || pe.File != "f.csv" {
				t.Fatalf("error %v is not a *dataset.ParseError naming the file", err)
			}
			return
		}
		for _, tp := range tps {
			if tp.Dyad.B < tp.Dyad.A || tp.Description == "" || tp.Source == "" || tp.Month.Day() != 1 {
				t.Fatalf("accepted a bad row: %+v", tp)
			}
		}
	})
}
