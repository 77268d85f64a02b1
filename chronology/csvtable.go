package chronology

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/entente/entente/dataset"
)

// readTable reads a CSV table of the chronology's own formats
// (turningpoints.csv, readings.csv): a header that must be header (cells
// trimmed), then records of as many fields, each passed to row with its
// line. A UTF-8 byte-order mark is skipped. Errors are
// *dataset.ParseError values naming file name and the line (and, from
// row, the field): a missing header wraps dataset.ErrMissingField, a bad
// header or a CSV syntax error dataset.ErrSyntax, a record with another
// number of fields dataset.ErrColumnCount. The first error stops the
// reading.
func readTable(r io.Reader, name string, header []string, row func(rec []string, line int) error) error {
	cr := csv.NewReader(skipBOM(r))
	cr.FieldsPerRecord = -1
	head, err := cr.Read()
	if err == io.EOF {
		return &dataset.ParseError{File: name, Line: 1, Err: dataset.ErrMissingField}
	}
	if err != nil {
		return &dataset.ParseError{File: name, Line: 1, Err: fmt.Errorf("%w: %v", dataset.ErrSyntax, err)}
	}
	if len(head) != len(header) {
		return &dataset.ParseError{File: name, Line: 1, Err: dataset.ErrColumnCount}
	}
	for i, h := range header {
		if strings.TrimSpace(head[i]) != h {
			return &dataset.ParseError{File: name, Line: 1, Field: i + 1, Column: h, Value: head[i], Err: dataset.ErrSyntax}
		}
	}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			// FieldPos is only defined after a successful Read (it
			// panics on an error before the first field, such as an
			// unterminated quote).
			line := 0
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				line = pe.Line
			}
			return &dataset.ParseError{File: name, Line: line, Err: fmt.Errorf("%w: %v", dataset.ErrSyntax, err)}
		}
		line, _ := cr.FieldPos(0)
		if len(rec) != len(header) {
			return &dataset.ParseError{File: name, Line: line, Err: dataset.ErrColumnCount}
		}
		if err := row(rec, line); err != nil {
			return err
		}
	}
}

// skipBOM returns r without a leading UTF-8 byte-order mark, which
// spreadsheet programs write at the start of a CSV file (the dataset
// readers skip it alike).
func skipBOM(r io.Reader) io.Reader {
	br := bufio.NewReader(r)
	if b, err := br.Peek(3); err == nil && bytes.Equal(b, []byte("\xef\xbb\xbf")) {
		br.Discard(3)
	}
	return br
}
