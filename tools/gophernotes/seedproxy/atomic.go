package main

import (
	"io"
	"os"
	"path/filepath"
)

// writeAtomic writes path through a temporary file in the same directory
// and renames it into place, so readers see the old file or the whole new
// one. (The module is separate from entente's, so internal/atomicfile is
// out of reach; this is the same technique.)
func writeAtomic(path string, write func(io.Writer) error) (err error) {
	f, err := os.CreateTemp(filepath.Dir(path), ".seedproxy-*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if err = write(f); err != nil {
		return err
	}
	if err = f.Chmod(0o644); err != nil {
		return err
	}
	if err = f.Sync(); err != nil {
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}
