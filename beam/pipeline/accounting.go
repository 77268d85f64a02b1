package pipeline

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/entente/entente/dataset"
	"github.com/entente/entente/internal/atomicfile"
)

// writer is where an output file's bytes go.
type writer = io.Writer

// joinPath joins a folder (local or URL) and a name.
func joinPath(dir, name string) string {
	return strings.TrimSuffix(dir, "/") + "/" + name
}

// writeFile writes path: atomically (temporary file and rename) for a
// local path, through the Beam filesystem otherwise (an object store's
// write is committed whole on Close).
func writeFile(ctx context.Context, path string, fn func(w writer) error) error {
	if isLocal(path) {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		return atomicfile.Write(path, 0o644, func(w io.Writer) error { return fn(w) })
	}
	fs, err := filesystem.New(ctx, path)
	if err != nil {
		return err
	}
	defer fs.Close()
	w, err := fs.OpenWrite(ctx, path)
	if err != nil {
		return err
	}
	if err := fn(w); err != nil {
		w.Close()
		return err
	}
	return w.Close()
}

// readFile reads a whole (small) file, local or remote.
func readFile(ctx context.Context, path string) ([]byte, error) {
	fs, err := filesystem.New(ctx, path)
	if err != nil {
		return nil, err
	}
	defer fs.Close()
	rc, err := fs.OpenRead(ctx, path)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	return io.ReadAll(rc)
}

// filesColumns is the header of files.csv.
var filesColumns = []string{"index", "file", "format", "read", "kept", "rejected", "filtered", "not_dyadic", "undated", "error"}

// rejectsColumns is the header of rejects.csv.
var rejectsColumns = []string{"index", "file", "line", "field", "column", "value", "reason"}

// filesRecord is r's record in files.csv (filesColumns).
func filesRecord(r *FileResult) []string {
	n := func(v int64) string { return strconv.FormatInt(v, 10) }
	return []string{strconv.Itoa(r.Index), r.Path, r.Format, n(r.Read), n(r.Kept), n(r.Rejected), n(r.Filtered), n(r.NotDyadic), n(r.Undated), r.Error}
}

// writeAccounting writes files.csv and rejects.csv into dir, in file
// order.
func writeAccounting(ctx context.Context, dir string, all []FileResult) error {
	sort.Slice(all, func(i, j int) bool { return all[i].Index < all[j].Index })
	var files, rejects bytes.Buffer
	fw, rw := csv.NewWriter(&files), csv.NewWriter(&rejects)
	fw.Write(filesColumns)
	rw.Write(rejectsColumns)
	for _, r := range all {
		i := strconv.Itoa(r.Index)
		fw.Write(filesRecord(&r))
		for _, x := range r.Rejects {
			rw.Write([]string{i, x.File, strconv.Itoa(x.Line), strconv.Itoa(x.Field), x.Column, x.Value, x.Reason})
		}
	}
	fw.Flush()
	rw.Flush()
	if err := fw.Error(); err != nil {
		return err
	}
	if err := writeFile(ctx, joinPath(dir, "files.csv"), func(w writer) error { _, err := w.Write(files.Bytes()); return err }); err != nil {
		return err
	}
	return writeFile(ctx, joinPath(dir, "rejects.csv"), func(w writer) error { _, err := w.Write(rejects.Bytes()); return err })
}

// Accounting is the row accounting of a run, read back from files.csv.
type Accounting struct {
	Files []FileResult // in input order; Rejects not filled
}

// Total returns the sums over the files.
func (a *Accounting) Total() FileResult {
	var t FileResult
	for _, f := range a.Files {
		t.Read += f.Read
		t.Kept += f.Kept
		t.Rejected += f.Rejected
		t.Filtered += f.Filtered
		t.NotDyadic += f.NotDyadic
		t.Undated += f.Undated
	}
	return t
}

// Failed returns the files that could not be read.
func (a *Accounting) Failed() []FileResult {
	var out []FileResult
	for _, f := range a.Files {
		if f.Error != "" {
			out = append(out, f)
		}
	}
	return out
}

// ReadAccounting reads files.csv from an accounting folder. A malformed
// file is a *dataset.ParseError naming the file, the line and the column,
// wrapping dataset.ErrSyntax (not CSV, not an accounting header),
// dataset.ErrColumnCount or dataset.ErrBadNumber (a count that is not an
// integer); its Value quotes the offending field or record only.
func ReadAccounting(ctx context.Context, dir string) (*Accounting, error) {
	path := joinPath(dir, "files.csv")
	data, err := readFile(ctx, path)
	if err != nil {
		return nil, err
	}
	return parseAccounting(path, data)
}

// parseAccounting reads the bytes of files.csv; path names it in errors.
func parseAccounting(path string, data []byte) (*Accounting, error) {
	cr := csv.NewReader(bytes.NewReader(data))
	cr.FieldsPerRecord = -1
	bad := func(line, field int, value string, err error) error {
		pe := &dataset.ParseError{File: path, Line: line, Field: field, Value: dataset.ShortValue(value), Err: err}
		if field > 0 && field <= len(filesColumns) {
			pe.Column = filesColumns[field-1]
		}
		return pe
	}
	a := &Accounting{}
	for k := 0; ; k++ {
		rec, err := cr.Read()
		if err == io.EOF {
			if k == 0 {
				return nil, bad(1, 0, "", fmt.Errorf("%w: not an accounting file: empty", dataset.ErrSyntax))
			}
			return a, nil
		}
		if err != nil {
			var ce *csv.ParseError
			if errors.As(err, &ce) {
				return nil, bad(ce.Line, 0, "", fmt.Errorf("%w: %v", dataset.ErrSyntax, ce.Err))
			}
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		line, _ := cr.FieldPos(0)
		if k == 0 {
			if strings.Join(rec, ",") != strings.Join(filesColumns, ",") {
				return nil, bad(line, 0, strings.Join(rec, ","), fmt.Errorf("%w: not an accounting file: want the header %s", dataset.ErrSyntax, strings.Join(filesColumns, ",")))
			}
			continue
		}
		if len(rec) != len(filesColumns) {
			return nil, bad(line, 0, strings.Join(rec, ","), fmt.Errorf("%w: %d fields, want %d", dataset.ErrColumnCount, len(rec), len(filesColumns)))
		}
		var r FileResult
		var nums [6]int64
		if r.Index, err = strconv.Atoi(rec[0]); err != nil {
			l, _ := cr.FieldPos(0)
			return nil, bad(l, 1, rec[0], dataset.ErrBadNumber)
		}
		for j := range nums {
			if nums[j], err = strconv.ParseInt(rec[3+j], 10, 64); err != nil {
				l, _ := cr.FieldPos(3 + j)
				return nil, bad(l, 4+j, rec[3+j], dataset.ErrBadNumber)
			}
		}
		r.Path, r.Format, r.Error = rec[1], rec[2], rec[9]
		r.Read, r.Kept, r.Rejected, r.Filtered, r.NotDyadic, r.Undated = nums[0], nums[1], nums[2], nums[3], nums[4], nums[5]
		a.Files = append(a.Files, r)
	}
}
