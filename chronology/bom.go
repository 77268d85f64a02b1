package chronology

import (
	"bufio"
	"bytes"
	"io"
)

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
