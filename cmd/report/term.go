package main

import "os"

// isTerminal reports whether f is a character device (a terminal), without
// a dependency: progress output is shown only then.
func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	if err != nil {
		return false
	}
	return st.Mode()&os.ModeCharDevice != 0
}
