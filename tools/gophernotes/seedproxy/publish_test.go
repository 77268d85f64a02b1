package main

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
)

var t0 = time.Date(2026, 3, 4, 5, 6, 7, 0, time.UTC)

// writeTree creates files (slash paths → content) under a new temp dir.
func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for p, content := range files {
		full := filepath.Join(dir, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func zipNames(t *testing.T, path string) []string {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	var names []string
	for _, f := range zr.File {
		names = append(names, f.Name)
	}
	sort.Strings(names)
	return names
}

func listed(t *testing.T, vdir string) []string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(vdir, "list"))
	if err != nil {
		t.Fatal(err)
	}
	return strings.Fields(string(data))
}

var tree = map[string]string{
	"go.mod":            "module example.com/lib\n\ngo 1.22\n",
	"lib.go":            "package lib\n\nfunc Answer() int { return 42 }\n",
	"sub/sub.go":        "package sub\n",
	"tool/go.mod":       "module example.com/lib/tool\n",
	"tool/main.go":      "package main\n",
	"vendor/x/y/y.go":   "package y\n",
	"testdata/data.txt": "kept: testdata is part of a module\n",
}

func TestPublishWalk(t *testing.T) {
	dir := writeTree(t, tree)
	proxy := t.TempDir()
	res, err := Publish(dir, proxy, t0)
	if err != nil {
		t.Fatal(err)
	}
	// The revision is a content hash; the time is t0.
	if res.Module.Path != "example.com/lib" || !strings.HasPrefix(res.Module.Version, "v0.0.0-20260304050607-") || res.Reused {
		t.Fatalf("Publish = %+v", res)
	}
	vdir := filepath.Join(proxy, "example.com", "lib", "@v")
	v := res.Module.Version
	// Nested modules and vendor directories are left out (module zip rules).
	want := []string{"example.com/lib@" + v + "/go.mod", "example.com/lib@" + v + "/lib.go",
		"example.com/lib@" + v + "/sub/sub.go", "example.com/lib@" + v + "/testdata/data.txt"}
	if got := zipNames(t, filepath.Join(vdir, v+".zip")); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("zip holds %v, want %v", got, want)
	}
	if res.Files != 4 {
		t.Errorf("Files = %d, want 4", res.Files)
	}
	mod, _ := os.ReadFile(filepath.Join(vdir, v+".mod"))
	if string(mod) != tree["go.mod"] {
		t.Errorf(".mod = %q", mod)
	}
	var info struct{ Version, Time string }
	data, _ := os.ReadFile(filepath.Join(vdir, v+".info"))
	if err := json.Unmarshal(data, &info); err != nil || info.Version != v || info.Time != "2026-03-04T05:06:07Z" {
		t.Errorf(".info = %s (%v)", data, err)
	}
	if got := listed(t, vdir); len(got) != 1 || got[0] != v {
		t.Errorf("list = %v", got)
	}

	// Unchanged tree: same version, nothing rewritten.
	st1, _ := os.Stat(filepath.Join(vdir, v+".zip"))
	again, err := Publish(dir, proxy, t0.Add(time.Hour))
	if err != nil || !again.Reused || again.Module != res.Module {
		t.Fatalf("republish of an unchanged tree = %+v, %v", again, err)
	}
	st2, _ := os.Stat(filepath.Join(vdir, v+".zip"))
	if !st1.ModTime().Equal(st2.ModTime()) {
		t.Error("the zip of an unchanged tree was rewritten")
	}

	// Changed tree, published at an earlier clock: a new, later version;
	// the old one is removed from the proxy.
	if err := os.WriteFile(filepath.Join(dir, "lib.go"), []byte("package lib\n\nfunc Answer() int { return 43 }\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	changed, err := Publish(dir, proxy, t0.Add(-time.Hour))
	if err != nil || changed.Reused {
		t.Fatalf("publish of a changed tree = %+v, %v", changed, err)
	}
	if changed.Module.Version != "v0.0.0-20260304050608-"+changed.Module.Version[len("v0.0.0-20260304050608-"):] {
		t.Errorf("new version %s is not one second after the old one", changed.Module.Version)
	}
	if changed.Module.Version[len(changed.Module.Version)-12:] == v[len(v)-12:] {
		t.Error("the revision did not change with the content")
	}
	if got := listed(t, vdir); len(got) != 1 || got[0] != changed.Module.Version {
		t.Errorf("list = %v, want only %s", got, changed.Module.Version)
	}
	if _, err := os.Stat(filepath.Join(vdir, v+".zip")); !os.IsNotExist(err) {
		t.Errorf("old zip still there (%v)", err)
	}
	if tmp, _ := filepath.Glob(filepath.Join(vdir, ".seedproxy-*")); len(tmp) > 0 {
		t.Errorf("temporary files left: %v", tmp)
	}
}

func TestPublishGitFiles(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	files := map[string]string{
		"go.mod":          "module example.com/g\n\ngo 1.22\n",
		"a.go":            "package g\n",
		"untracked.go":    "package g // untracked but not ignored: published\n",
		"out/big.bin":     "ignored build output\n",
		".gitignore":      "/out/\n",
		"deleted.go":      "package g\n",
		"bench/data/x.gz": "ignored by a pattern\n",
	}
	dir := writeTree(t, files)
	if err := os.WriteFile(filepath.Join(dir, ".gitignore"), []byte("/out/\n/bench/data/\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	git := func(args ...string) {
		cmd := exec.Command("git", append([]string{"-C", dir, "-c", "user.email=t@example.com", "-c", "user.name=t"}, args...)...)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	git("init", "-q")
	git("add", "go.mod", "a.go", ".gitignore", "deleted.go")
	git("commit", "-q", "-m", "x")
	if err := os.Remove(filepath.Join(dir, "deleted.go")); err != nil {
		t.Fatal(err)
	}
	proxy := t.TempDir()
	res, err := Publish(dir, proxy, t0)
	if err != nil {
		t.Fatal(err)
	}
	v := res.Module.Version
	got := zipNames(t, filepath.Join(proxy, "example.com", "g", "@v", v+".zip"))
	p := "example.com/g@" + v + "/"
	want := []string{p + ".gitignore", p + "a.go", p + "go.mod", p + "untracked.go"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("zip holds %v, want %v", got, want)
	}
}

func TestPublishErrors(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		msg   string
	}{
		{"no go.mod", map[string]string{"a.go": "package a\n"}, "is not a module directory"},
		{"no module line", map[string]string{"go.mod": "go 1.22\n"}, "no module directive"},
		{"bad module path", map[string]string{"go.mod": "module -example.com/x\n"}, "malformed module path"},
		{"invalid file name", map[string]string{"go.mod": "module example.com/x\n", "bad:name.go": "package x\n"}, "bad:name.go"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeTree(t, tt.files)
			_, err := Publish(dir, t.TempDir(), t0)
			if err == nil || !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("Publish error = %v, want one mentioning %q", err, tt.msg)
			}
		})
	}
	// A corrupt list file is an error naming the file and line.
	dir := writeTree(t, tree)
	proxy := t.TempDir()
	vdir := filepath.Join(proxy, "example.com", "lib", "@v")
	if err := os.MkdirAll(vdir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(vdir, "list"), []byte("v0.0.0-20260101000000-abcdefabcdef\nlatest\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Publish(dir, proxy, t0); err == nil || !strings.Contains(err.Error(), "list:2:") {
		t.Errorf("corrupt list: %v, want an error at list:2", err)
	}
}

// TestGoCommandResolves checks the published module the way the kernel uses
// it: `go mod download` through GOPROXY=file://… with no network.
func TestGoCommandResolves(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the go command")
	}
	dir := writeTree(t, tree)
	proxy := t.TempDir()
	res, err := Publish(dir, proxy, t0)
	if err != nil {
		t.Fatal(err)
	}
	// A private module cache (writable, so that t.TempDir can remove it):
	// the machine's own cache is never touched.
	work := t.TempDir()
	cmd := exec.Command("go", "mod", "download", "-json", "example.com/lib@latest")
	cmd.Dir = work
	cmd.Env = append(os.Environ(), "GOPROXY=file://"+filepath.ToSlash(proxy), "GOSUMDB=off", "GOFLAGS=-mod=mod -modcacherw",
		"GOMODCACHE="+filepath.Join(work, "modcache"), "GOTOOLCHAIN=local")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go mod download: %v\n%s", err, stderr.String())
	}
	var got struct{ Version, Dir string }
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatal(err)
	}
	if got.Version != res.Module.Version {
		t.Errorf("go resolved %s, want %s", got.Version, res.Module.Version)
	}
	if data, err := os.ReadFile(filepath.Join(got.Dir, "lib.go")); err != nil || string(data) != tree["lib.go"] {
		t.Errorf("downloaded lib.go = %q, %v", data, err)
	}
}

func TestRun(t *testing.T) {
	dir := writeTree(t, tree)
	proxy := t.TempDir()
	var out, errb bytes.Buffer
	if code := run([]string{dir, proxy}, &out, &errb, t0); code != 0 || !strings.Contains(out.String(), "example.com/lib@v0.0.0-20260304050607-") || !strings.Contains(out.String(), "(published, 4 files)") {
		t.Errorf("run: exit %d, stdout %q, stderr %q", code, out.String(), errb.String())
	}
	out.Reset()
	if code := run([]string{dir, proxy}, &out, &errb, t0); code != 0 || !strings.Contains(out.String(), "(unchanged, 4 files)") {
		t.Errorf("rerun: exit %d, stdout %q", code, out.String())
	}
	out.Reset()
	if code := run([]string{"-q", dir, proxy}, &out, &errb, t0); code != 0 || out.Len() != 0 {
		t.Errorf("-q: exit %d, stdout %q", code, out.String())
	}
	if code := run([]string{dir}, &out, &errb, t0); code != 2 {
		t.Errorf("one argument: exit %d, want 2", code)
	}
	if code := run([]string{filepath.Join(dir, "nope"), proxy}, &out, &errb, t0); code != 1 {
		t.Errorf("missing module: exit %d, want 1", code)
	}
}
