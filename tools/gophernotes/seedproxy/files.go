package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"

	"golang.org/x/mod/zip"
)

// diskFile is a file of the module tree, as golang.org/x/mod/zip wants it.
type diskFile struct {
	rel  string // slash-separated, relative to the module root
	abs  string
	info os.FileInfo
}

func (f diskFile) Path() string                 { return f.rel }
func (f diskFile) Lstat() (os.FileInfo, error)  { return f.info, nil }
func (f diskFile) Open() (io.ReadCloser, error) { return os.Open(f.abs) }

// moduleFiles lists the candidate files of the module rooted at dir, sorted
// by path: the files git would see (tracked, or untracked and not ignored)
// when dir is in a git work tree and git is installed, otherwise every file
// the module zip rules accept.
func moduleFiles(dir string) ([]zip.File, error) {
	rels, err := gitFiles(dir)
	if err != nil {
		return nil, err
	}
	if rels == nil {
		cf, err := zip.CheckDir(dir)
		if err != nil && len(cf.Invalid) == 0 && cf.SizeError == nil {
			return nil, err
		}
		// CheckDir reports file-system paths. Invalid files are listed
		// again, to be reported by CheckFiles.
		paths := append([]string(nil), cf.Valid...)
		for _, fe := range cf.Invalid {
			paths = append(paths, fe.Path)
		}
		rels = make([]string, 0, len(paths))
		for _, p := range paths {
			rel, err := filepath.Rel(dir, p)
			if err != nil {
				return nil, err
			}
			rels = append(rels, filepath.ToSlash(rel))
		}
	}
	sort.Strings(rels)
	files := make([]zip.File, 0, len(rels))
	for i, rel := range rels {
		if i > 0 && rels[i-1] == rel {
			continue // git lists an unmerged path once per stage
		}
		abs := filepath.Join(dir, filepath.FromSlash(rel))
		info, err := os.Lstat(abs)
		if errors.Is(err, os.ErrNotExist) {
			continue // tracked but deleted in the work tree
		}
		if err != nil {
			return nil, err
		}
		files = append(files, diskFile{rel: rel, abs: abs, info: info})
	}
	return files, nil
}

// gitFiles returns the files under dir that git tracks or would track, or
// nil (and no error) when git is not installed or dir is not in a work tree.
func gitFiles(dir string) ([]string, error) {
	if _, err := exec.LookPath("git"); err != nil {
		return nil, nil
	}
	probe := exec.Command("git", "-C", dir, "rev-parse", "--is-inside-work-tree")
	if out, err := probe.Output(); err != nil || strings.TrimSpace(string(out)) != "true" {
		return nil, nil
	}
	cmd := exec.Command("git", "-C", dir, "ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", ".")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("git ls-files in %s: %v: %s", dir, err, strings.TrimSpace(stderr.String()))
	}
	rels := []string{}
	for _, p := range strings.Split(string(out), "\x00") {
		if p != "" {
			rels = append(rels, p)
		}
	}
	return rels, nil
}
