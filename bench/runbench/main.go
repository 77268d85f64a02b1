// Command runbench runs one measurement of BENCHMARKS.md on a GDELT 1.0
// file and prints one line of results: the wall time of the work (after
// start-up), the process's CPU time (user + system, start-up included),
// the rows seen, the groups made and the peak resident memory of the
// process (getrusage). bench/compare.sh runs it repeatedly.
//
//	runbench -mode entente -procs 1 FILE   entente streaming read + monthly dyad aggregation
//	runbench -mode events -procs 1 FILE    the same through the Event path (Reader + Table.Add)
//	runbench -mode newline FILE            count newlines: the physical ceiling
//	runbench -mode csv FILE                encoding/csv + a Go map: the naive baseline
//	runbench -mode frame FILE              aggregate, then time the gota DataFrame build
//	runbench -mode readframe FILE          dataset.ReadFrame: every event into a gota DataFrame
//	runbench -mode gotacsv FILE            gota's own dataframe.ReadCSV of the raw file
package main

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"
	"syscall"
	"time"

	"github.com/entente/entente/dataset"
)

func main() {
	mode := flag.String("mode", "entente", "entente, events, newline, csv, frame, readframe or gotacsv")
	procs := flag.Int("procs", 0, "GOMAXPROCS (0: leave as is)")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: runbench [-mode M] [-procs N] FILE")
		os.Exit(2)
	}
	if *procs > 0 {
		runtime.GOMAXPROCS(*procs)
	}
	path := flag.Arg(0)
	start := time.Now()
	var rows, groups int64
	var extra string
	var err error
	switch *mode {
	case "entente", "frame":
		var t *dataset.Table
		var reps []*dataset.Report
		t, reps, err = dataset.AggregateFiles([]string{path}, nil, nil)
		if err == nil {
			rows, groups = reps[0].Read, int64(t.Len())
			if *mode == "frame" {
				extra = frame(t)
			}
		}
	case "events":
		rows, groups, err = events(path)
	case "readframe":
		rows, err = readFrame(path)
	case "gotacsv":
		rows, err = gotaCSV(path)
	case "newline":
		rows, err = newlines(path)
	case "csv":
		rows, groups, err = csvBaseline(path)
	default:
		err = fmt.Errorf("unknown mode %q", *mode)
	}
	elapsed := time.Since(start)
	if err != nil {
		fmt.Fprintln(os.Stderr, "runbench:", err)
		os.Exit(1)
	}
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	cpu := time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	fmt.Printf("mode=%s procs=%d seconds=%.3f cpu_seconds=%.3f rows=%d groups=%d maxrss_mb=%.1f%s\n",
		*mode, runtime.GOMAXPROCS(0), elapsed.Seconds(), cpu.Seconds(), rows, groups, float64(ru.Maxrss)/1024, extra)
}

// events aggregates through Reader.Next and Table.Add, one Event per row.
func events(path string) (int64, int64, error) {
	r, err := dataset.Open(path, nil)
	if err != nil {
		return 0, 0, err
	}
	defer r.Close()
	t := dataset.NewTable(nil)
	var e dataset.Event
	for {
		if err := r.Next(&e); err != nil {
			if errors.Is(err, io.EOF) {
				break
			}
			return 0, 0, err
		}
		t.Add(&e)
	}
	return r.Report().Read, int64(t.Len()), nil
}

// newlines counts the lines of the file with a reused 1 MiB buffer: the
// least any reader must do.
func newlines(path string) (int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	buf := make([]byte, 1<<20)
	var n int64
	for {
		m, err := f.Read(buf)
		n += int64(bytes.Count(buf[:m], []byte{'\n'}))
		if err == io.EOF {
			return n, nil
		}
		if err != nil {
			return n, err
		}
	}
}

// csvBaseline is what a Go programmer writes first: encoding/csv with a
// tab delimiter and a map keyed by (dyad, month) counting events and
// summing Goldstein weights.
func csvBaseline(path string) (int64, int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, 0, err
	}
	defer f.Close()
	r := csv.NewReader(bufio.NewReaderSize(f, 1<<20))
	r.Comma = '\t'
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	r.ReuseRecord = true
	type key struct{ a, b, month string }
	type agg struct {
		n    int64
		gold float64
	}
	m := map[key]*agg{}
	var rows int64
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return rows, 0, err
		}
		rows++
		if len(rec) < 35 || rec[7] == "" || rec[17] == "" {
			continue
		}
		a, b := rec[7], rec[17]
		if b < a {
			a, b = b, a
		}
		g, _ := strconv.ParseFloat(rec[30], 64)
		k := key{a, b, rec[1][:6]}
		v := m[k]
		if v == nil {
			v = &agg{}
			m[k] = v
		}
		v.n++
		v.gold += g
	}
	return rows, int64(len(m)), nil
}
