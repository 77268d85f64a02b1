package main

import (
	"bufio"
	"os"

	"github.com/go-gota/gota/dataframe"

	"github.com/entente/entente/dataset"
)

// readFrame loads every event of the file into a gota DataFrame through
// the streaming reader (typed columns).
func readFrame(path string) (int64, error) {
	df, rep, err := dataset.ReadFrame(path, nil)
	if err != nil {
		return 0, err
	}
	_ = df
	return rep.Read, nil
}

// gotaCSV is gota's own loader on the raw file: every column, types
// detected (and "042" turned into 42, "NA" into missing).
func gotaCSV(path string) (int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	df := dataframe.ReadCSV(bufio.NewReaderSize(f, 1<<20), dataframe.WithDelimiter('\t'), dataframe.HasHeader(false), dataframe.WithLazyQuotes(true))
	if df.Err != nil {
		return 0, df.Err
	}
	return int64(df.Nrow()), nil
}
