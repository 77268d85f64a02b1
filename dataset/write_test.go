package dataset

import (
	"bytes"
	"errors"
	"math"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/entente/entente/cameo"
)

// sameEvent compares events field by field: times with Equal, NaN equal
// to NaN, empty and nil lists alike.
func sameEvent(a, b *Event) bool {
	feq := func(x, y float64) bool { return x == y || math.IsNaN(x) && math.IsNaN(y) }
	if !a.Date.Equal(b.Date) || !a.DateAdded.Equal(b.DateAdded) {
		return false
	}
	if !feq(a.Goldstein, b.Goldstein) || !feq(a.Tone, b.Tone) || !feq(a.Confidence, b.Confidence) {
		return false
	}
	x, y := *a, *b
	x.Date, y.Date, x.DateAdded, y.DateAdded = time.Time{}, time.Time{}, time.Time{}, time.Time{}
	x.Goldstein, y.Goldstein, x.Tone, y.Tone, x.Confidence, y.Confidence = 0, 0, 0, 0, 0, 0
	if len(x.URLs) == 0 {
		x.URLs = nil
	}
	if len(y.URLs) == 0 {
		y.URLs = nil
	}
	if len(x.Evidence) == 0 {
		x.Evidence = nil
	}
	if len(y.Evidence) == 0 {
		y.Evidence = nil
	}
	return reflect.DeepEqual(x, y)
}

// roundTripEvents covers every field, unknowns, and text that needs
// quoting.
func roundTripEvents() []Event {
	a := NewEvent()
	a.ID = "564111644"
	a.Date = time.Date(2016, 7, 28, 0, 0, 0, 0, time.UTC)
	a.DateAdded = time.Date(2016, 7, 28, 13, 45, 0, 0, time.UTC)
	a.Source = Actor{Code: "CHNGOV", Country: "CHN", Name: "Xi Jinping", Sector: "GOV"}
	a.Target = Actor{Code: "NAM", Country: "NAM", Name: "Namibia, \"the\" republic", Sector: ""}
	setCode(&a, "042")
	a.Quad = cameo.VerbalCoop
	a.Goldstein = 1.9
	a.PLOVER = "CONSULT"
	a.Mentions, a.Sources, a.Articles = 10, 3, 9
	a.Tone = -0.34188034188034
	a.Confidence = 0.75
	a.URL = "http://example.org/a,b"
	a.Description = "line one\nline two, with comma\r\nand CRLF"
	a.Reference = " leading space"
	a.Background = true
	a.DatePrecision = "month"
	a.Evidence = []Evidence{{Doc: "d1", URL: "http://x", Sentence: 2, Start: 10, End: 20, Text: "He said \"hi\"."}, {Doc: "d2", Sentence: -1}}
	a.Reports = 3
	a.URLs = []string{"http://a", "http://b,c"}
	a.Origin = Origin{File: "gdelt.tsv", Line: 12}

	// unknown Goldstein and quad with a valid code: written as the file's
	// own unknowns, so reading does not fill them from the tables
	b := NewEvent()
	b.Date = time.Date(2020, 2, 29, 0, 0, 0, 0, time.UTC)
	b.Source.Country, b.Target.Country = "RUS", "UKR"
	setCode(&b, "190")
	b.Reports = 0
	b.DatePrecision = "week"

	// a PLOVER-only event (no CAMEO code), undated, a neutral quad
	c := NewEvent()
	c.PLOVER = "AGREE"
	c.Quad = cameo.Neutral
	c.Source.Country = "HUN"

	// a time of day in another zone
	d := NewEvent()
	d.Date = time.Date(2021, 1, 2, 3, 4, 5, 6, time.FixedZone("", 3600))
	setCode(&d, "0311")
	d.Quad = cameo.MaterialCoop
	d.Goldstein = -0
	// events read from a file keep that origin through a round trip
	b.Origin = Origin{File: "b.tsv", Line: 1}
	c.Origin = Origin{Line: 7}
	d.Origin = Origin{File: "d.json"}
	return []Event{a, b, c, d}
}

func TestWriteCSVRoundTrip(t *testing.T) {
	events := roundTripEvents()
	var buf bytes.Buffer
	if err := WriteCSV(&buf, events); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(buf.String(), "date,source,target,code,") {
		t.Errorf("header %q", strings.SplitN(buf.String(), "\n", 2)[0])
	}
	got, rep, err := ReadEvents(bytes.NewReader(buf.Bytes()), "rt.csv", nil)
	if err != nil {
		t.Fatal(err)
	}
	balanced(t, rep)
	if rep.Format != FormatCSV || len(got) != len(events) {
		t.Fatalf("%s %s\n%s", rep.Format, rep.RowsLine(), rep.Summary())
	}
	for i := range events {
		if !sameEvent(&events[i], &got[i]) {
			t.Errorf("event %d:\n got %+v\nwant %+v", i, got[i], events[i])
		}
	}
}

func TestWriteJSONLRoundTrip(t *testing.T) {
	events := roundTripEvents()
	var buf bytes.Buffer
	if err := WriteJSONL(&buf, events); err != nil {
		t.Fatal(err)
	}
	got, rep, err := ReadEvents(bytes.NewReader(buf.Bytes()), "rt.jsonl", nil)
	if err != nil {
		t.Fatal(err)
	}
	balanced(t, rep)
	if rep.Format != FormatJSONL || len(got) != len(events) {
		t.Fatalf("%s %s\n%s", rep.Format, rep.RowsLine(), rep.Summary())
	}
	for i := range events {
		if !sameEvent(&events[i], &got[i]) {
			t.Errorf("event %d:\n got %+v\nwant %+v", i, got[i], events[i])
		}
	}
	if n := strings.Count(buf.String(), "\n"); n != len(events) {
		t.Errorf("%d lines for %d events", n, len(events))
	}
}

// Without origin columns, the origin is where the row was read.
func TestReadCSVOriginIsTheFileWithoutOriginColumns(t *testing.T) {
	events, _, err := readString(t, "mine.csv", "date,source,target,code\n2020-01-01,CHN,RUS,042\n", nil)
	if err != nil || len(events) != 1 {
		t.Fatal(err)
	}
	if events[0].Origin != (Origin{File: "mine.csv", Line: 2}) {
		t.Errorf("origin %+v", events[0].Origin)
	}
}

func TestWriteCSVQuoting(t *testing.T) {
	e := NewEvent()
	e.Description = `say "no", twice`
	var buf bytes.Buffer
	if err := WriteCSV(&buf, []Event{e}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `"say ""no"", twice"`) {
		t.Errorf("quoting: %s", buf.String())
	}
}

// date_precision is one of DatePrecisions or empty, read case-blind; any
// other value rejects the row naming the column.
func TestReadDatePrecision(t *testing.T) {
	in := "date,source,target,code,date_precision\n" +
		"2022-02-01,CHN,RUS,050,Month\n" +
		"2022-02-04,CHN,RUS,057,\n" +
		"2022-01-01,CHN,RUS,057,quarter\n"
	events, rep, err := readString(t, "prec.csv", in, nil)
	if err != nil || len(events) != 2 || rep.Rejected != 1 {
		t.Fatalf("%v %d events %s", err, len(events), rep.RowsLine())
	}
	if events[0].DatePrecision != "month" || events[1].DatePrecision != "" {
		t.Errorf("precisions %q %q", events[0].DatePrecision, events[1].DatePrecision)
	}
	if s := rep.Samples[0]; s.Column != "date_precision" || s.Line != 4 || s.Value != "quarter" || !errors.Is(s, ErrSyntax) {
		t.Errorf("sample %+v", s)
	}
	jl := `{"date":"2022-02-01","source":"CHN","target":"RUS","code":"050","date_precision":"decade"}` + "\n" +
		`{"date":"2022-02-01","source":"CHN","target":"RUS","code":"050","date_precision":"fortnight"}` + "\n"
	events, rep, err = readString(t, "prec.jsonl", jl, nil)
	if err != nil || len(events) != 1 || events[0].DatePrecision != "decade" || rep.Rejected != 1 || rep.Samples[0].Column != "date_precision" {
		t.Errorf("jsonl: %v %+v %s %v", err, events, rep.RowsLine(), rep.Samples)
	}
	for _, p := range append([]string{""}, DatePrecisions...) {
		if !ValidDatePrecision(p) {
			t.Errorf("ValidDatePrecision(%q) = false", p)
		}
	}
	if ValidDatePrecision("Day") || ValidDatePrecision("none") {
		t.Error("ValidDatePrecision accepts values outside DatePrecisions")
	}
}

// An invalid code is written as is and rejected, visibly, on reading.
func TestWriteInvalidCodeIsRejectedOnRead(t *testing.T) {
	e := NewEvent()
	e.Code = "999"
	var buf bytes.Buffer
	WriteCSV(&buf, []Event{e})
	_, rep, err := readString(t, "bad.csv", buf.String(), nil)
	if err != nil || rep.Rejected != 1 || rep.Samples[0].Column != "code" {
		t.Errorf("%v %s %v", err, rep.RowsLine(), rep.Samples)
	}
}

func FuzzWriteRoundTrip(f *testing.F) {
	f.Add("CHN", "RUS", "042", "CONSULT", 1.5, 2, "Xi, \"Putin\"\nmet", int64(1467072000), true)
	f.Add("NAM", "", "", "AGREE", math.NaN(), 0, "", int64(0), false)
	f.Add("", "USA", "1213", "", -4.0, 1, "\r\n", int64(-1), false)
	codes := cameo.Codes()
	f.Fuzz(func(t *testing.T, src, tgt, code, plover string, gold float64, n int, text string, unix int64, bg bool) {
		e := NewEvent()
		// countries the table knows, or none
		known := map[string]bool{"CHN": true, "RUS": true, "NAM": true, "USA": true, "UKR": true, "": true}
		if !known[src] || !known[tgt] {
			return
		}
		e.Source.Country, e.Target.Country = src, tgt
		if code != "" {
			if !cameo.Valid(code) {
				code = codes[int(uint(len(code)))%len(codes)].Code
			}
			setCode(&e, code)
		}
		if plover != "" {
			if !cameo.ValidPLOVER(plover) || cameo.NormalizePLOVER(plover) != plover {
				plover = "AGREE"
			}
			e.PLOVER = plover
		}
		if !e.CodeValid && e.PLOVER == "" {
			e.PLOVER = "ASSAULT"
		}
		if math.IsInf(gold, 0) {
			return
		}
		e.Goldstein = gold
		e.Mentions = n & 0xffff
		e.Quad = cameo.Quad(uint(n) % cameo.NumQuads)
		text = strings.ToValidUTF8(text, "?")
		text = strings.Map(func(r rune) rune {
			if r < 0x20 && r != '\n' && r != '\t' && r != '\r' {
				return -1
			}
			return r
		}, text)
		e.Description, e.Source.Name, e.URL = text, text, text
		if text != "" {
			e.URLs = []string{text}
			e.Evidence = []Evidence{{Doc: text, Text: text, Sentence: n}}
		}
		if unix != 0 && unix > -1e11 && unix < 2e11 {
			e.Date = time.Unix(unix, 0).UTC()
		}
		e.Background = bg
		if !e.Date.IsZero() {
			e.DatePrecision = DatePrecisions[(n&0x7fffffff)%len(DatePrecisions)]
		}
		// an in-memory event (zero Origin) takes the file's origin when
		// read (TestReadCSVOriginIsTheFileWithoutOriginColumns); a read
		// event keeps its own
		e.Origin = Origin{File: "src.tsv", Line: 1 + n&0xffff}
		for _, w := range []struct {
			name  string
			write func(*bytes.Buffer, []Event) error
		}{
			{"csv", func(b *bytes.Buffer, ev []Event) error { return WriteCSV(b, ev) }},
			{"jsonl", func(b *bytes.Buffer, ev []Event) error { return WriteJSONL(b, ev) }},
		} {
			var buf bytes.Buffer
			if err := w.write(&buf, []Event{e, e}); err != nil {
				t.Fatal(err)
			}
			got, rep, err := ReadEvents(bytes.NewReader(buf.Bytes()), "fuzz."+w.name, nil)
			if err != nil {
				t.Fatalf("%s: %v\n%q", w.name, err, buf.String())
			}
			if !rep.Balanced() || len(got) != 2 {
				t.Fatalf("%s: %s %v\n%q", w.name, rep.RowsLine(), rep.Samples, buf.String())
			}
			for i := range got {
				if !sameEvent(&e, &got[i]) {
					t.Fatalf("%s: round trip changed the event:\n got %+v\nwant %+v\n%q", w.name, got[i], e, buf.String())
				}
			}
		}
	})
}
