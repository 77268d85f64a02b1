package ideal

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/entente/entente/dataset"
)

// TestReadCSVCommitted: the committed file reads back, writes back byte for
// byte, and carries the 1946–2019 sessions; its USA–RUS distance in 2019
// (session 74) is the difference of the two rows, by hand from the file.
func TestReadCSVCommitted(t *testing.T) {
	raw, err := os.ReadFile("idealpoints.csv")
	if err != nil {
		t.Fatal(err)
	}
	p, err := ReadCSV(bytes.NewReader(raw), "idealpoints.csv")
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteCSV(&buf, p); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), raw) {
		t.Fatal("read + write does not reproduce the file")
	}
	lo, hi := 1000, 0
	for _, q := range p.Points {
		lo, hi = min(lo, q.Period), max(hi, q.Period)
	}
	if lo != 1 || hi != 74 {
		t.Errorf("sessions %d–%d, want 1–74", lo, hi)
	}
	var usa, rus float64
	for _, line := range strings.Split(string(raw), "\n") {
		f := strings.Split(line, ",")
		if len(f) == 6 && f[1] == "74" && (f[0] == "USA" || f[0] == "RUS") {
			x := mustFloat(t, f[2])
			if f[0] == "USA" {
				usa = x
			} else {
				rus = x
			}
		}
	}
	d := p.Distance("USA", "RUS")
	last := d[len(d)-1]
	if last.Period != 74 || last.Value != usa-rus && last.Value != rus-usa {
		t.Errorf("USA–RUS in session 74: %+v, want |%g − %g|", last, usa, rus)
	}
	if !(last.Lower < last.Value && last.Value < last.Upper) {
		t.Errorf("band %+v does not hold the value", last)
	}
}

// mustFloat parses a value as ReadCSV does.
func mustFloat(t *testing.T, s string) float64 {
	t.Helper()
	p, err := ReadCSV(strings.NewReader(CompactHeader+"\nX,1,"+s+","+s+","+s+",1\n"), "x")
	if err != nil {
		t.Fatal(err)
	}
	return p.Points[0].Value
}

// TestReadCSVErrors: each bad file gives a *dataset.ParseError at the
// right line and field, wrapping the right sentinel.
func TestReadCSVErrors(t *testing.T) {
	h := CompactHeader + "\n"
	for _, c := range []struct {
		name, text  string
		line, field int
		err         error
	}{
		{"header", "country,session\nUSA,1,0,0,0,1\n", 1, 0, dataset.ErrSyntax},
		{"fields", h + "USA,1,0.1,0,0.2\n", 2, 0, dataset.ErrColumnCount},
		{"session", h + "USA,x,0.1,0,0.2,3\n", 2, 2, dataset.ErrBadNumber},
		{"value", h + "CUB,1,-1,-2,0,3\nUSA,1,NaN,0,0.2,3\n", 3, 3, dataset.ErrBadNumber},
		{"country", h + ",1,0.1,0,0.2,3\n", 2, 1, dataset.ErrMissingField},
		{"band", h + "USA,1,0.5,0,0.2,3\n", 2, 4, dataset.ErrSyntax},
		{"n", h + "USA,1,0.1,0,0.2,0\n", 2, 6, dataset.ErrBadNumber},
		{"order", h + "USA,2,0.1,0,0.2,3\nUSA,1,0.1,0,0.2,3\n", 3, 0, dataset.ErrSyntax},
		{"empty", "", 0, 0, dataset.ErrSyntax},
	} {
		_, err := ReadCSV(strings.NewReader(c.text), "f.csv")
		var pe *dataset.ParseError
		if !errors.As(err, &pe) || !errors.Is(err, c.err) || pe.Line != c.line || pe.Field != c.field || pe.File != "f.csv" {
			t.Errorf("%s: %v (%+v), want line %d field %d wrapping %v", c.name, err, pe, c.line, c.field, c.err)
		}
	}
}

// FuzzReadCSV: any input either fails with a *dataset.ParseError or reads
// into points that write back and read again to the same points.
// TestReadCSVLineTooLong: a line over the scanner's 1 MiB is a ParseError
// on that line wrapping ErrLineTooLong (it was a bare "token too long").
func TestReadCSVLineTooLong(t *testing.T) {
	text := CompactHeader + "\nCUB,1,-1.000,-1.200,-0.800,70\nUSA," + strings.Repeat("1", maxCompactLine) + "\n"
	_, err := ReadCSV(strings.NewReader(text), "long.csv")
	var pe *dataset.ParseError
	if !errors.As(err, &pe) || !errors.Is(err, dataset.ErrLineTooLong) || pe.File != "long.csv" || pe.Line != 3 {
		t.Errorf("%v: want a ParseError on line 3 wrapping ErrLineTooLong", err)
	}
}

func FuzzReadCSV(f *testing.F) {
	f.Add(CompactHeader + "\nCUB,1,-1.000,-1.200,-0.800,70\nNA,1,0.100,0.000,0.200,3\n")
	f.Add(CompactHeader + "\nUSA,1,0.5,0,0.2,3\n")
	f.Add("country,session\n")
	f.Fuzz(func(t *testing.T, text string) {
		p, err := ReadCSV(strings.NewReader(text), "f")
		if err != nil {
			var pe *dataset.ParseError
			if !errors.As(err, &pe) || pe.File != "f" || pe.Line < 1 {
				t.Fatalf("error %v is not a ParseError with a line", err)
			}
			return
		}
		var buf bytes.Buffer
		if err := WriteCSV(&buf, p); err != nil {
			t.Fatal(err)
		}
		q, err := ReadCSV(&buf, "again")
		if err != nil {
			t.Fatalf("rewritten file does not read: %v\n%s", err, buf.String())
		}
		if len(q.Points) != len(p.Points) {
			t.Fatalf("%d points, then %d", len(p.Points), len(q.Points))
		}
	})
}
