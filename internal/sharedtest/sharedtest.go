// Package sharedtest locates the third-party reference data in ../shared
// (see ../shared/data/PROVENANCE.md) for tests and benchmarks.
//
// Tests that read it call Path or Dir. When the folder is absent they skip,
// saying so — except under CI=true, where a missing ../shared is a failure,
// so CI can never pass by skipping.
package sharedtest

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// Root returns the absolute path of the shared folder (the "shared" sibling
// of the repository root, or $ENTENTE_SHARED) and whether it exists.
func Root() (string, bool) {
	if p := os.Getenv("ENTENTE_SHARED"); p != "" {
		st, err := os.Stat(p)
		return p, err == nil && st.IsDir()
	}
	_, file, _, _ := runtime.Caller(0)
	// file is <repo>/internal/sharedtest/sharedtest.go
	repo := filepath.Dir(filepath.Dir(filepath.Dir(file)))
	p := filepath.Join(filepath.Dir(repo), "shared")
	st, err := os.Stat(p)
	return p, err == nil && st.IsDir()
}

// Path returns the absolute path of rel inside the shared folder (for
// example "data/gdelt/CAMEO.eventcodes.txt"). It skips tb when the folder or
// the file is absent, and fails it instead when CI=true.
func Path(tb testing.TB, rel string) string {
	tb.Helper()
	root, ok := Root()
	if !ok {
		missing(tb, "the shared folder "+root)
	}
	p := filepath.Join(root, filepath.FromSlash(rel))
	if _, err := os.Stat(p); err != nil {
		missing(tb, p)
	}
	return p
}

func missing(tb testing.TB, what string) {
	tb.Helper()
	if os.Getenv("CI") == "true" {
		tb.Fatalf("%s is missing; under CI=true the shared reference data must be present", what)
	}
	tb.Skipf("skipping: %s is missing (tests on the shared reference data need ../shared beside the repository)", what)
}
