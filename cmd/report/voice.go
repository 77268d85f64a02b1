package main

import (
	"errors"
	"io/fs"
	"strings"
)

// errPrinted wraps an error the command has already printed (inspect
// prints each file's error beside its description): exitCode then only
// sets the exit status, so that no error is printed twice.
type errPrinted struct{ err error }

func (e errPrinted) Error() string { return e.err.Error() }
func (e errPrinted) Unwrap() error { return e.err }

// voicePrefixes are the prefixes that libraries and inner commands put on
// their errors; the CLI's single "report: " replaces them.
var voicePrefixes = []string{"report: ", "dataset: ", "inspect: ", "score: ", "extract: ", "eval: ", "votes: ", "chronology: ", "plots: ", "ideal: "}

// voice is an error's message as the CLI prints it after its one
// "report: " prefix: no package prefix, no file named twice ("dataset:
// X: open X: no such file" → "X: no such file or directory").
func voice(err error) string {
	msg := err.Error()
	var pe *fs.PathError
	if errors.As(err, &pe) {
		plain := pe.Path + ": " + pe.Err.Error()
		msg = strings.Replace(msg, pe.Path+": "+pe.Error(), plain, 1)
		msg = strings.Replace(msg, pe.Error(), plain, 1)
	}
	for {
		trimmed := msg
		for _, p := range voicePrefixes {
			trimmed = strings.TrimPrefix(trimmed, p)
		}
		if trimmed == msg {
			break
		}
		msg = trimmed
	}
	for _, p := range voicePrefixes {
		// inner repetitions: "X: dataset: X: …", "usage: -formats:
		// report: unknown format"
		msg = strings.ReplaceAll(msg, ": "+p, ": ")
	}
	return msg
}
