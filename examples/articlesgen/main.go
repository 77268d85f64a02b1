// Command articlesgen writes examples/articles.jsonl, the README's example
// article file, from the project's own example articles
// (chronology.Articles, the texts in chronology/articles): one JSON record
// {"id","url","published","title","text"} a line, in the chronology's
// order, published as YYYY-MM-DD. Run it from the repository root after
// changing those articles:
//
//	go run ./examples/articlesgen            # writes examples/articles.jsonl
//	go run ./examples/articlesgen -o -       # to standard output
//
// cmd/report's TestShippedArticlesFile checks that the shipped file codes
// to the same events as `report extract embedded:articles`.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/entente/entente/chronology"
	"github.com/entente/entente/internal/atomicfile"
)

// record is one line of the file, in the field order of the JSONL article
// format (extract.ReadArticles).
type record struct {
	ID        string `json:"id"`
	URL       string `json:"url,omitempty"`
	Published string `json:"published,omitempty"`
	Title     string `json:"title,omitempty"`
	Text      string `json:"text"`
}

func main() {
	out := flag.String("o", "examples/articles.jsonl", "output `file` (- for standard output)")
	flag.Parse()
	if err := run(*out); err != nil {
		fmt.Fprintf(os.Stderr, "articlesgen: %v\n", err)
		os.Exit(1)
	}
}

func run(out string) error {
	arts, err := chronology.Articles()
	if err != nil {
		return err
	}
	write := func(w io.Writer) error {
		bw := bufio.NewWriter(w)
		enc := json.NewEncoder(bw)
		enc.SetEscapeHTML(false)
		for _, a := range arts {
			r := record{ID: a.ID, URL: a.URL, Title: a.Title, Text: a.Text}
			if !a.Published.IsZero() {
				r.Published = a.Published.Format("2006-01-02")
			}
			if err := enc.Encode(r); err != nil {
				return err
			}
		}
		return bw.Flush()
	}
	if out == "-" {
		return write(os.Stdout)
	}
	return atomicfile.Write(out, 0o644, write)
}
