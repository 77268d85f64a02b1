package extract

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/entente/entente/dataset"
)

// FuzzFrontMatter: frontMatter never panics; an error (only for a "---"
// block that is not closed) wraps dataset.ErrSyntax; otherwise the body is
// the end of the text, and the date key's line is a line of the text whose
// key is "published" or "date".
func FuzzFrontMatter(f *testing.F) {
	f.Add("---\ntitle: Talks\npublished: 2024-05-16\n---\nChina criticized Japan.")
	f.Add("---\r\nDate: '2024-05-16'\r\n---\r\n")
	f.Add("published: 2024-05-16\nbody")
	f.Add("date: 16 May 2024\nbody")
	f.Add("---\nno end")
	f.Add("---\n---")
	f.Add("")
	f.Fuzz(func(t *testing.T, text string) {
		meta, body, line, perr := frontMatter(text)
		if perr != nil {
			if !errors.Is(perr, dataset.ErrSyntax) || !strings.HasPrefix(text, "---") {
				t.Fatalf("frontMatter(%q): %v", text, perr)
			}
			return
		}
		if !strings.HasSuffix(text, body) {
			t.Fatalf("frontMatter(%q): body %q is not the end of the text", text, body)
		}
		if line == 0 {
			return
		}
		lines := strings.Split(text, "\n")
		if line > len(lines) {
			t.Fatalf("frontMatter(%q): date on line %d of %d", text, line, len(lines))
		}
		k, _, _ := strings.Cut(lines[line-1], ":")
		if key := strings.ToLower(strings.TrimSpace(k)); key != "published" && key != "date" {
			t.Fatalf("frontMatter(%q): line %d (%q) is not a date key", text, line, lines[line-1])
		}
		if _, ok := meta[strings.ToLower(strings.TrimSpace(k))]; !ok {
			t.Fatalf("frontMatter(%q): date line %d but no date key in %v", text, line, meta)
		}
	})
}

// FuzzReadSidecar: readSidecar never panics on an index.tsv; an error is a
// *dataset.ParseError naming the file and a line of it, wrapping ErrSyntax
// or ErrColumnCount; the entries it reads name the file and a line after
// the header.
func FuzzReadSidecar(f *testing.F) {
	f.Add("file\tpublished\turl\ttitle\na.txt\t2024-05-16\thttps://x\tTalks\n")
	f.Add("FILE\tDate\n a.txt \t 2024-05-16 \nb.txt\n")
	f.Add("file\tpublished\n\"a\tb\"\tc\n\"unclosed\n")
	f.Add("url\ttitle\nx\ty\n")
	f.Add("")
	f.Add("\"")
	f.Fuzz(func(t *testing.T, tsv string) {
		dir := t.TempDir()
		path := filepath.Join(dir, "index.tsv")
		if err := os.WriteFile(path, []byte(tsv), 0o644); err != nil {
			t.Fatal(err)
		}
		lines := strings.Count(tsv, "\n") + 1
		m, err := readSidecar(dir)
		if err != nil {
			var pe *dataset.ParseError
			if !errors.As(err, &pe) || pe.File != path || pe.Line < 1 || pe.Line > lines ||
				!errors.Is(err, dataset.ErrSyntax) && !errors.Is(err, dataset.ErrColumnCount) {
				t.Fatalf("readSidecar(%q): %v", tsv, err)
			}
			return
		}
		for k, e := range m {
			if k != strings.TrimSpace(k) || e.file != path || e.line < 2 || e.line > lines {
				t.Fatalf("readSidecar(%q): entry %q = %+v", tsv, k, e)
			}
		}
	})
}
