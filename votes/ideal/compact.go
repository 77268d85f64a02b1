package ideal

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/score"
	"gonum.org/v1/gonum/stat/distuv"
)

// CompactHeader is the header of the compact file:
//
//	country,session,value,lower,upper,n
//
// one row per country and session with a recorded vote, sorted by country
// code then session; value is the ideal point and lower–upper its 95 %
// band, rounded to 3 decimals (the bands are about ±0.1 and wider; the
// rounding keeps the file small and the same on every platform, and never
// writes "-0.000"); n the country's recorded votes in the session.
const CompactHeader = "country,session,value,lower,upper,n"

// WriteCSV writes the ideal points in the compact form of CompactHeader.
func WriteCSV(w io.Writer, p *score.IdealPoints) error {
	pts := append([]score.IdealPoint(nil), p.Points...)
	sort.SliceStable(pts, func(a, b int) bool {
		if pts[a].Country != pts[b].Country {
			return pts[a].Country < pts[b].Country
		}
		return pts[a].Period < pts[b].Period
	})
	bw := bufio.NewWriter(w)
	bw.WriteString(CompactHeader + "\n")
	f := func(v float64) string {
		s := strconv.FormatFloat(v, 'f', 3, 64)
		if s == "-0.000" {
			s = "0.000"
		}
		return s
	}
	for _, q := range pts {
		fmt.Fprintf(bw, "%s,%d,%s,%s,%s,%d\n", q.Country, q.Period, f(q.Value), f(q.Lower), f(q.Upper), q.N)
	}
	return bw.Flush()
}

// maxCompactLine is the longest line ReadCSV reads (a row is some 40 bytes).
const maxCompactLine = 1 << 20

// ReadCSV reads a compact file written by WriteCSV (name is used in
// errors). The bands are 95 % bands, so each point's SD is recovered as
// (upper − lower)/(2·1.959964) and the result's Level is 0.95: Distance
// works on what it returns. The file is data the project ships, so the
// first bad row is an error: a *dataset.ParseError (line, field, column,
// value) wrapping dataset.ErrColumnCount, ErrBadNumber, ErrMissingField,
// ErrLineTooLong (a line over 1 MiB) or ErrSyntax (a header that is not the compact one, rows out of order,
// a band that does not hold its value).
func ReadCSV(r io.Reader, name string) (*score.IdealPoints, error) {
	z := distuv.UnitNormal.Quantile(0.975)
	cols := strings.Split(CompactHeader, ",")
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), maxCompactLine)
	p := &score.IdealPoints{Level: 0.95}
	line := 0
	bad := func(field int, value string, err error) error {
		col := ""
		if field > 0 {
			col = cols[field-1]
		}
		if len(value) > 80 {
			value = value[:80]
		}
		return &dataset.ParseError{File: name, Line: line, Field: field, Column: col, Value: value, Err: err}
	}
	for sc.Scan() {
		line++
		text := sc.Text()
		if line == 1 {
			if text != CompactHeader {
				return nil, bad(0, text, fmt.Errorf("header is not %q: %w", CompactHeader, dataset.ErrSyntax))
			}
			continue
		}
		f := strings.Split(text, ",")
		if len(f) != len(cols) {
			return nil, bad(0, text, fmt.Errorf("%d fields, want %d: %w", len(f), len(cols), dataset.ErrColumnCount))
		}
		var q score.IdealPoint
		if q.Country = f[0]; q.Country == "" {
			return nil, bad(1, "", dataset.ErrMissingField)
		}
		var err error
		if q.Period, err = strconv.Atoi(f[1]); err != nil {
			return nil, bad(2, f[1], dataset.ErrBadNumber)
		}
		v := [3]float64{}
		for k := 0; k < 3; k++ {
			x, err := strconv.ParseFloat(f[2+k], 64)
			if err != nil || math.IsNaN(x) || math.IsInf(x, 0) {
				return nil, bad(3+k, f[2+k], dataset.ErrBadNumber)
			}
			v[k] = x
		}
		q.Value, q.Lower, q.Upper = v[0], v[1], v[2]
		if !(q.Lower <= q.Value && q.Value <= q.Upper) {
			return nil, bad(4, text, fmt.Errorf("band [%s, %s] does not hold %s: %w", f[3], f[4], f[2], dataset.ErrSyntax))
		}
		if q.N, err = strconv.Atoi(f[5]); err != nil || q.N < 1 {
			return nil, bad(6, f[5], dataset.ErrBadNumber)
		}
		if k := len(p.Points); k > 0 {
			prev := p.Points[k-1]
			if q.Country < prev.Country || (q.Country == prev.Country && q.Period <= prev.Period) {
				return nil, bad(0, text, fmt.Errorf("rows out of order (by country, then session): %w", dataset.ErrSyntax))
			}
		}
		q.SD = (q.Upper - q.Lower) / (2 * z)
		p.Points = append(p.Points, q)
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			line++ // the line that did not fit
			return nil, bad(0, "", fmt.Errorf("%w: longer than %d bytes", dataset.ErrLineTooLong, maxCompactLine))
		}
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if line == 0 {
		return nil, &dataset.ParseError{File: name, Err: fmt.Errorf("empty file: %w", dataset.ErrSyntax)}
	}
	return p, nil
}
