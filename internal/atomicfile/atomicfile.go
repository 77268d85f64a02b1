// Package atomicfile writes files atomically: the content goes to a
// temporary file in the destination's directory, which is synced and then
// renamed over the destination. A reader never sees a half-written file,
// and a failed write leaves any previous file untouched.
//
// A destination that exists and is not a regular file — a device such as
// /dev/null or /dev/stdout, a named pipe — is written in place: renaming
// over it would replace the device with a file (as root, /dev/null itself).
// Such a write is not atomic, and a failed write cannot be undone.
package atomicfile

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// File is an in-progress atomic write. Write to it, then Commit; Abort (or
// a failed Commit) removes the temporary file. Calling Abort after Commit
// is a no-op, so `defer f.Abort()` is safe.
type File struct {
	tmp    *os.File
	path   string
	done   bool
	perm   os.FileMode
	direct bool // tmp is the destination itself (not a regular file)
}

// Create starts an atomic write of path with permissions perm (0 means 0644).
func Create(path string, perm os.FileMode) (*File, error) {
	if perm == 0 {
		perm = 0o644
	}
	if st, err := os.Stat(path); err == nil && !st.Mode().IsRegular() && !st.IsDir() {
		dst, err := os.OpenFile(path, os.O_WRONLY, 0)
		if err != nil {
			return nil, err
		}
		return &File{tmp: dst, path: path, perm: perm, direct: true}, nil
	}
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return nil, err
	}
	return &File{tmp: tmp, path: path, perm: perm}, nil
}

// Write writes to the temporary file.
func (f *File) Write(p []byte) (int, error) { return f.tmp.Write(p) }

// Name returns the destination path.
func (f *File) Name() string { return f.path }

// Commit syncs and closes the temporary file and renames it to the
// destination.
func (f *File) Commit() error {
	if f.done {
		return fmt.Errorf("atomicfile: %s: already committed or aborted", f.path)
	}
	f.done = true
	if f.direct {
		return f.tmp.Close()
	}
	name := f.tmp.Name()
	if err := f.tmp.Chmod(f.perm); err != nil {
		f.tmp.Close()
		os.Remove(name)
		return err
	}
	if err := f.tmp.Sync(); err != nil {
		f.tmp.Close()
		os.Remove(name)
		return err
	}
	if err := f.tmp.Close(); err != nil {
		os.Remove(name)
		return err
	}
	if err := os.Rename(name, f.path); err != nil {
		os.Remove(name)
		return err
	}
	return nil
}

// Abort discards the temporary file.
func (f *File) Abort() {
	if f.done {
		return
	}
	f.done = true
	name := f.tmp.Name()
	f.tmp.Close()
	if !f.direct {
		os.Remove(name)
	}
}

// WriteFile writes data to path atomically.
func WriteFile(path string, data []byte, perm os.FileMode) error {
	return Write(path, perm, func(w io.Writer) error {
		_, err := io.Copy(w, bytes.NewReader(data))
		return err
	})
}

// Write creates path atomically with the content fn writes; if fn returns
// an error, nothing is written and the error is returned.
func Write(path string, perm os.FileMode, fn func(w io.Writer) error) error {
	f, err := Create(path, perm)
	if err != nil {
		return err
	}
	defer f.Abort()
	if err := fn(f); err != nil {
		return err
	}
	return f.Commit()
}
