package pipeline

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
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
		n := func(v int64) string { return strconv.FormatInt(v, 10) }
		fw.Write([]string{i, r.Path, r.Format, n(r.Read), n(r.Kept), n(r.Rejected), n(r.Filtered), n(r.NotDyadic), n(r.Undated), r.Error})
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

// ReadAccounting reads files.csv from an accounting folder.
func ReadAccounting(ctx context.Context, dir string) (*Accounting, error) {
	path := joinPath(dir, "files.csv")
	data, err := readFile(ctx, path)
	if err != nil {
		return nil, err
	}
	recs, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(recs) == 0 || strings.Join(recs[0], ",") != strings.Join(filesColumns, ",") {
		return nil, fmt.Errorf("%s: not an accounting file (header %v)", path, recs)
	}
	a := &Accounting{}
	for k, rec := range recs[1:] {
		var r FileResult
		var nums [6]int64
		var err error
		if r.Index, err = strconv.Atoi(rec[0]); err != nil {
			return nil, fmt.Errorf("%s:%d: column index: %w", path, k+2, err)
		}
		for j := range nums {
			if nums[j], err = strconv.ParseInt(rec[3+j], 10, 64); err != nil {
				return nil, fmt.Errorf("%s:%d: column %s: %w", path, k+2, filesColumns[3+j], err)
			}
		}
		r.Path, r.Format, r.Error = rec[1], rec[2], rec[9]
		r.Read, r.Kept, r.Rejected, r.Filtered, r.NotDyadic, r.Undated = nums[0], nums[1], nums[2], nums[3], nums[4], nums[5]
		a.Files = append(a.Files, r)
	}
	return a, nil
}
