package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"golang.org/x/mod/modfile"
	"golang.org/x/mod/module"
	"golang.org/x/mod/semver"
	"golang.org/x/mod/sumdb/dirhash"
	"golang.org/x/mod/zip"
)

// Result describes one publication.
type Result struct {
	Module module.Version // the module path and the version now served
	Reused bool           // the tree was unchanged: the existing version is served
	Files  int            // files in the module zip
}

// Publish writes the module in dir into the file GOPROXY directory proxy
// (created if missing) and returns the version it serves. now is the time
// of the publication (the pseudo-version's timestamp).
func Publish(dir, proxy string, now time.Time) (Result, error) {
	var res Result
	dir, err := filepath.Abs(dir)
	if err != nil {
		return res, err
	}
	gomodPath := filepath.Join(dir, "go.mod")
	gomod, err := os.ReadFile(gomodPath)
	if err != nil {
		return res, fmt.Errorf("%s is not a module directory: %w", dir, err)
	}
	mf, err := modfile.ParseLax(gomodPath, gomod, nil)
	if err != nil {
		return res, err
	}
	if mf.Module == nil || mf.Module.Mod.Path == "" {
		return res, fmt.Errorf("%s: no module directive", gomodPath)
	}
	path := mf.Module.Mod.Path
	if err := module.CheckPath(path); err != nil {
		return res, fmt.Errorf("%s: %w", gomodPath, err)
	}

	files, err := moduleFiles(dir)
	if err != nil {
		return res, err
	}
	cf, err := zip.CheckFiles(files)
	if err != nil {
		if len(cf.Invalid) > 0 {
			var b strings.Builder
			for _, fe := range cf.Invalid {
				fmt.Fprintf(&b, "\n\t%s: %v", filepath.Join(dir, filepath.FromSlash(fe.Path)), fe.Err)
			}
			return res, fmt.Errorf("%d file(s) cannot go into a module zip:%s", len(cf.Invalid), b.String())
		}
		return res, err
	}
	valid := make(map[string]bool, len(cf.Valid))
	for _, p := range cf.Valid {
		valid[p] = true
	}
	kept := files[:0]
	for _, f := range files {
		if valid[f.Path()] {
			kept = append(kept, f)
		}
	}
	files = kept
	res.Files = len(files)

	rev, err := contentRevision(files)
	if err != nil {
		return res, err
	}

	esc, err := module.EscapePath(path)
	if err != nil {
		return res, err
	}
	vdir := filepath.Join(proxy, filepath.FromSlash(esc), "@v")
	if err := os.MkdirAll(vdir, 0o755); err != nil {
		return res, err
	}
	listed, err := readList(filepath.Join(vdir, "list"))
	if err != nil {
		return res, err
	}
	latest := ""
	for _, v := range listed {
		if latest == "" || semver.Compare(v, latest) > 0 {
			latest = v
		}
	}

	if latest != "" && strings.HasSuffix(latest, "-"+rev) && complete(vdir, latest) {
		res.Module = module.Version{Path: path, Version: latest}
		res.Reused = true
		return res, nil
	}

	ts := now.UTC().Truncate(time.Second)
	if latest != "" {
		if lt, err := module.PseudoVersionTime(latest); err == nil && !ts.After(lt) {
			ts = lt.Add(time.Second) // keep every new version later than the old one
		}
	}
	major := "v0"
	if _, pathMajor, ok := module.SplitPathVersion(path); ok && pathMajor != "" {
		major = module.PathMajorPrefix(pathMajor)
	}
	version := module.PseudoVersion(major, "", ts, rev)
	m := module.Version{Path: path, Version: version}
	if err := module.Check(m.Path, m.Version); err != nil {
		return res, err
	}

	if err := writeAtomic(filepath.Join(vdir, version+".zip"), func(w io.Writer) error {
		return zip.Create(w, m, files)
	}); err != nil {
		return res, err
	}
	if err := writeAtomic(filepath.Join(vdir, version+".mod"), func(w io.Writer) error {
		_, err := w.Write(gomod)
		return err
	}); err != nil {
		return res, err
	}
	info, err := json.Marshal(struct {
		Version string
		Time    string
	}{version, ts.Format(time.RFC3339)})
	if err != nil {
		return res, err
	}
	if err := writeAtomic(filepath.Join(vdir, version+".info"), func(w io.Writer) error {
		_, err := w.Write(append(info, '\n'))
		return err
	}); err != nil {
		return res, err
	}
	// The list goes last: a reader sees the version only once its files exist.
	if err := writeAtomic(filepath.Join(vdir, "list"), func(w io.Writer) error {
		_, err := io.WriteString(w, version+"\n")
		return err
	}); err != nil {
		return res, err
	}
	for _, v := range listed {
		if v != version {
			for _, ext := range []string{".zip", ".mod", ".info"} {
				if err := os.Remove(filepath.Join(vdir, v+ext)); err != nil && !errors.Is(err, os.ErrNotExist) {
					return res, err
				}
			}
		}
	}
	res.Module = m
	return res, nil
}

// contentRevision returns 12 hex digits of a hash over the files' paths and
// contents (dirhash h1, as go.sum uses), so an unchanged tree maps to the
// same revision.
func contentRevision(files []zip.File) (string, error) {
	names := make([]string, len(files))
	byName := make(map[string]zip.File, len(files))
	for i, f := range files {
		names[i] = f.Path()
		byName[f.Path()] = f
	}
	sort.Strings(names)
	h1, err := dirhash.Hash1(names, func(name string) (io.ReadCloser, error) {
		return byName[name].Open()
	})
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256([]byte(h1))
	return hex.EncodeToString(sum[:])[:12], nil
}

// readList returns the versions in a proxy list file (none if it is absent).
func readList(path string) ([]string, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var out []string
	for i, line := range strings.Split(string(data), "\n") {
		v := strings.TrimSpace(line)
		if v == "" {
			continue
		}
		if !semver.IsValid(v) {
			return nil, fmt.Errorf("%s:%d: %q is not a semantic version", path, i+1, v)
		}
		out = append(out, v)
	}
	return out, nil
}

// complete reports whether the .zip, .mod and .info of version exist.
func complete(vdir, version string) bool {
	for _, ext := range []string{".zip", ".mod", ".info"} {
		if st, err := os.Stat(filepath.Join(vdir, version+ext)); err != nil || !st.Mode().IsRegular() {
			return false
		}
	}
	return true
}
