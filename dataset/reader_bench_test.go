package dataset

import (
	"bytes"
	"io"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/entente/entente/internal/sharedtest"
)

// benchGDELT1 repeats the shared GDELT 1.0 sample (710 rows, 57 and 58
// columns) to about 10 MB.
func benchGDELT1(b *testing.B) []byte {
	raw, err := os.ReadFile(sharedtest.Path(b, gdelt1Sample))
	if err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	for buf.Len() < 10<<20 {
		buf.Write(raw)
	}
	return buf.Bytes()
}

// BenchmarkReadGDELT1 measures the Event path: every row parsed,
// validated and turned into an Event (the fast aggregation path for big
// GDELT files is BenchmarkAggregateGDELT).
func BenchmarkReadGDELT1(b *testing.B) {
	data := benchGDELT1(b)
	rows := bytes.Count(data, []byte{'\n'})
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r, err := NewReader(bytes.NewReader(data), "bench.tsv", nil)
		if err != nil {
			b.Fatal(err)
		}
		var e Event
		n := 0
		for {
			err := r.Next(&e)
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			n++
		}
		if n != rows {
			b.Fatalf("%d events, want %d", n, rows)
		}
	}
	b.ReportMetric(float64(rows)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
}

func BenchmarkReadICEWS(b *testing.B) {
	raw, err := os.ReadFile(sharedtest.Path(b, icewsSample))
	if err != nil {
		b.Fatal(err)
	}
	header, body, _ := bytes.Cut(raw, []byte{'\n'})
	var buf bytes.Buffer
	buf.Write(header)
	buf.WriteByte('\n')
	for buf.Len() < 10<<20 {
		buf.Write(body)
	}
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		events, rep, err := ReadEvents(bytes.NewReader(data), "bench.tab", nil)
		if err != nil || rep.Rejected != 0 || len(events) == 0 {
			b.Fatal(err, rep.RowsLine())
		}
	}
}

func BenchmarkWriteReadCSV(b *testing.B) {
	events := make([]Event, 0, 10000)
	for i := 0; i < 10000; i++ {
		events = append(events, roundTripEvents()[i%4])
		events[i].ID = strconv.Itoa(i)
	}
	var buf bytes.Buffer
	WriteCSV(&buf, events)
	b.SetBytes(int64(buf.Len()))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		var out strings.Builder
		if err := WriteCSV(&out, events); err != nil {
			b.Fatal(err)
		}
		got, _, err := ReadEvents(strings.NewReader(out.String()), "b.csv", nil)
		if err != nil || len(got) != len(events) {
			b.Fatal(err)
		}
	}
}
