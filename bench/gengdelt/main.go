// Command gengdelt writes a GDELT 1.0 event file for benchmarks. By
// default it is synthetic (see package gdeltgen for what it models): the
// benchmark file of BENCHMARKS.md, two million rows, about 730 MB.
//
//	go run ./bench/gengdelt -o bench/data/gdelt1-2m.tsv
//	go run ./bench/gengdelt -rows 20000000 -o - | report score -   # a 20M-row stream
//
// With -sample it replicates the rows of a real GDELT 1.0 file instead
// (the shared daily sample), perturbed copy by copy so that they are new
// events with the sample's own mix of repeated reports:
//
//	go run ./bench/gengdelt -sample ../shared/data/gdelt/gdelt1_daily_events_sample_20160728.tsv -o bench/data/gdelt1-sample-2m.tsv
//
// Copy k of a row has GLOBALEVENTID 1e9 + its row number, its SQLDATE
// (and the MonthYear, Year and FractionDate columns) moved k days back
// and its DATEADDED k days back too, its NumMentions raised by k mod 3 and
// its AvgTone shifted by (k mod 7 − 3)/10; the rows of one copy are one
// day's export, so the one-a-day dedup merges exactly what it merges in
// the sample, copy after copy.
//
// The output is written atomically and is identical for a given seed (or
// sample) and row count. Never commit the data (bench/data/ is ignored).
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/entente/entente/bench/gdeltgen"
	"github.com/entente/entente/internal/atomicfile"
)

func main() {
	o := gdeltgen.DefaultOptions()
	out := flag.String("o", "bench/data/gdelt1-2m.tsv", "output file (\"-\" for standard output)")
	sample := flag.String("sample", "", "replicate the rows of this GDELT 1.0 `file` instead of generating them")
	flag.IntVar(&o.Rows, "rows", o.Rows, "number of rows")
	flag.Uint64Var(&o.Seed, "seed", o.Seed, "random seed")
	flag.Float64Var(&o.DyadicShare, "dyadic", o.DyadicShare, "share of rows with both actors' countries")
	flag.Float64Var(&o.BackfileShare, "backfile", o.BackfileShare, "share of 57-column historical-backfile rows")
	flag.Parse()
	if flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "gengdelt: unexpected arguments; see -h")
		os.Exit(2)
	}
	gen := func(w io.Writer) error { return gdeltgen.Write(w, o) }
	if *sample != "" {
		rows, err := readSample(*sample)
		if err != nil {
			fmt.Fprintln(os.Stderr, "gengdelt:", err)
			os.Exit(1)
		}
		gen = func(w io.Writer) error { return replicate(w, rows, o.Rows) }
	}
	var err error
	if *out == "-" {
		bw := bufio.NewWriterSize(os.Stdout, 1<<20)
		if err = gen(bw); err == nil {
			err = bw.Flush()
		}
	} else {
		err = atomicfile.Write(*out, 0o644, gen)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gengdelt:", err)
		os.Exit(1)
	}
}

// readSample returns the rows of a GDELT 1.0 file, split into fields.
func readSample(path string) ([][]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var rows [][]string
	for _, l := range strings.Split(strings.TrimRight(string(data), "\n"), "\n") {
		f := strings.Split(strings.TrimSuffix(l, "\r"), "\t")
		if len(f) != 57 && len(f) != 58 {
			return nil, fmt.Errorf("%s: a row of %d fields: not GDELT 1.0", path, len(f))
		}
		rows = append(rows, f)
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("%s: no rows", path)
	}
	return rows, nil
}

// replicate writes n rows: copies 0, 1, … of the sample, perturbed (see the
// package comment).
func replicate(w io.Writer, sample [][]string, n int) error {
	var b bytes.Buffer
	f := make([]string, 58)
	for i := 0; i < n; i++ {
		k, src := i/len(sample), sample[i%len(sample)]
		f = append(f[:0], src...)
		f[0] = strconv.Itoa(1_000_000_000 + i)
		if d, err := time.Parse("20060102", f[1]); err == nil {
			d = d.AddDate(0, 0, -k)
			f[1], f[2], f[3] = d.Format("20060102"), d.Format("200601"), d.Format("2006")
			f[4] = strconv.FormatFloat(float64(d.Year())+float64(d.YearDay())/365*0.9999, 'f', 4, 64)
		}
		if d, err := time.Parse("20060102", f[56]); err == nil {
			f[56] = d.AddDate(0, 0, -k).Format("20060102")
		}
		if m, err := strconv.Atoi(f[31]); err == nil {
			f[31] = strconv.Itoa(m + k%3)
		}
		if t, err := strconv.ParseFloat(f[34], 64); err == nil {
			f[34] = strconv.FormatFloat(t+float64(k%7-3)/10, 'f', -1, 64)
		}
		b.Reset()
		b.WriteString(strings.Join(f, "\t"))
		b.WriteByte('\n')
		if _, err := w.Write(b.Bytes()); err != nil {
			return err
		}
	}
	return nil
}
