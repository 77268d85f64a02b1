package chronology

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/entente/entente/dataset"
)

// Article is one of the project's example news texts (articles/), written
// for entente about an event in the chronology: an alias of
// dataset.Article, the type the coder (package extract) reads, so the
// examples go to the coder as they are.
//
// ID is the file name without ".txt" ("001_china_venezuela_all_weather");
// Published is the day of the article's dateline (UTC midnight); Title is
// the headline from articles/index.tsv; Text is the body, starting with
// the dateline ("BEIJING, Sept. 13 — …"), paragraphs separated by blank
// lines. URL is empty: the texts are not published anywhere else.
type Article = dataset.Article

// indexFile is the sidecar listing of the articles.
const indexFile = "articles/index.tsv"

// indexHeader is the required first line of articles/index.tsv.
var indexHeader = []string{"file", "published", "title"}

// indexEntry is one row of articles/index.tsv.
type indexEntry struct {
	line      int
	file      string
	published time.Time
	title     string
}

// parseIndex reads an article index: a header line "file<TAB>published<TAB>title"
// then one row per article, three tab-separated fields: a file name ending
// in ".txt" (no directory), a YYYY-MM-DD date and a non-empty title. Blank
// lines are ignored; a trailing carriage return is dropped. Errors are
// *dataset.ParseError values naming the file, line and column and wrapping
// dataset.ErrColumnCount, ErrMissingField, ErrBadDate or ErrSyntax.
func parseIndex(name string, data []byte) ([]indexEntry, error) {
	if !utf8.Valid(data) {
		return nil, &dataset.ParseError{File: name, Err: dataset.ErrEncoding}
	}
	lines := strings.Split(string(data), "\n")
	var out []indexEntry
	seen := map[string]int{}
	header := false
	for i, ln := range lines {
		line := i + 1
		ln = strings.TrimSuffix(ln, "\r")
		if strings.TrimSpace(ln) == "" {
			continue
		}
		fields := strings.Split(ln, "\t")
		if !header {
			if len(fields) != len(indexHeader) {
				return nil, &dataset.ParseError{File: name, Line: line, Value: ln,
					Err: fmt.Errorf("%w: header must be %q", dataset.ErrColumnCount, strings.Join(indexHeader, "\t"))}
			}
			for j, h := range indexHeader {
				if strings.TrimSpace(fields[j]) != h {
					return nil, &dataset.ParseError{File: name, Line: line, Field: j + 1, Column: h, Value: fields[j],
						Err: fmt.Errorf("%w: header field %d must be %q", dataset.ErrSyntax, j+1, h)}
				}
			}
			header = true
			continue
		}
		if len(fields) != len(indexHeader) {
			return nil, &dataset.ParseError{File: name, Line: line, Value: ln,
				Err: fmt.Errorf("%w: %d fields, want %d", dataset.ErrColumnCount, len(fields), len(indexHeader))}
		}
		e := indexEntry{line: line}
		e.file = strings.TrimSpace(fields[0])
		switch {
		case e.file == "":
			return nil, &dataset.ParseError{File: name, Line: line, Field: 1, Column: "file", Err: dataset.ErrMissingField}
		case !strings.HasSuffix(e.file, ".txt") || len(e.file) == len(".txt") || strings.ContainsAny(e.file, `/\`):
			return nil, &dataset.ParseError{File: name, Line: line, Field: 1, Column: "file", Value: e.file,
				Err: fmt.Errorf("%w: want a file name ending in .txt, without a directory", dataset.ErrSyntax)}
		}
		if prev, dup := seen[e.file]; dup {
			return nil, &dataset.ParseError{File: name, Line: line, Field: 1, Column: "file", Value: e.file,
				Err: fmt.Errorf("%w: listed twice (first on line %d)", dataset.ErrSyntax, prev)}
		}
		seen[e.file] = line
		d := strings.TrimSpace(fields[1])
		if d == "" {
			return nil, &dataset.ParseError{File: name, Line: line, Field: 2, Column: "published", Err: dataset.ErrMissingField}
		}
		t, err := time.Parse("2006-01-02", d)
		if err != nil {
			return nil, &dataset.ParseError{File: name, Line: line, Field: 2, Column: "published", Value: d,
				Err: fmt.Errorf("%w: want YYYY-MM-DD", dataset.ErrBadDate)}
		}
		e.published = t
		e.title = strings.TrimSpace(fields[2])
		if e.title == "" {
			return nil, &dataset.ParseError{File: name, Line: line, Field: 3, Column: "title", Err: dataset.ErrMissingField}
		}
		out = append(out, e)
	}
	if !header {
		return nil, &dataset.ParseError{File: name, Err: fmt.Errorf("%w: no header line", dataset.ErrMissingField)}
	}
	return out, nil
}

var (
	articlesOnce  sync.Once
	articlesCache []Article
	articlesErr   error
)

// Articles returns the project's example articles in index order. It
// returns an error, and no articles, if the index is malformed, lists a
// file that is missing or empty, or if a text file is not listed.
func Articles() ([]Article, error) {
	articlesOnce.Do(func() { articlesCache, articlesErr = loadArticles(articleFS) })
	if articlesErr != nil {
		return nil, articlesErr
	}
	out := make([]Article, len(articlesCache))
	copy(out, articlesCache)
	return out, nil
}

// ArticleIDs returns the IDs of the example articles in index order.
func ArticleIDs() ([]string, error) {
	as, err := Articles()
	if err != nil {
		return nil, err
	}
	ids := make([]string, len(as))
	for i, a := range as {
		ids[i] = a.ID
	}
	return ids, nil
}

// loadArticles reads the index and the texts it lists from fsys.
func loadArticles(fsys fs.FS) ([]Article, error) {
	data, err := fs.ReadFile(fsys, indexFile)
	if err != nil {
		return nil, fmt.Errorf("chronology: %w", err)
	}
	entries, err := parseIndex("chronology/"+indexFile, data)
	if err != nil {
		return nil, fmt.Errorf("chronology: %w", err)
	}
	listed := map[string]bool{}
	out := make([]Article, 0, len(entries))
	for _, e := range entries {
		listed[e.file] = true
		body, err := fs.ReadFile(fsys, "articles/"+e.file)
		if err != nil {
			return nil, fmt.Errorf("chronology: %w", &dataset.ParseError{File: "chronology/" + indexFile, Line: e.line,
				Field: 1, Column: "file", Value: e.file, Err: fmt.Errorf("%w: %v", dataset.ErrMissingField, err)})
		}
		if !utf8.Valid(body) {
			return nil, fmt.Errorf("chronology: %w", &dataset.ParseError{File: "chronology/articles/" + e.file, Err: dataset.ErrEncoding})
		}
		text := strings.TrimSpace(string(bytes.ReplaceAll(body, []byte("\r\n"), []byte("\n"))))
		if text == "" {
			return nil, fmt.Errorf("chronology: %w", &dataset.ParseError{File: "chronology/articles/" + e.file,
				Err: fmt.Errorf("%w: empty article", dataset.ErrMissingField)})
		}
		out = append(out, Article{
			ID:        strings.TrimSuffix(e.file, ".txt"),
			Published: e.published,
			Title:     e.title,
			Text:      text,
		})
	}
	txts, err := fs.Glob(fsys, "articles/*.txt")
	if err != nil {
		return nil, fmt.Errorf("chronology: %w", err)
	}
	var unlisted []string
	for _, p := range txts {
		if f := strings.TrimPrefix(p, "articles/"); !listed[f] {
			unlisted = append(unlisted, f)
		}
	}
	if len(unlisted) > 0 {
		sort.Strings(unlisted)
		return nil, fmt.Errorf("chronology: %s does not list %s: %w", "chronology/"+indexFile,
			strings.Join(unlisted, ", "), ErrUnlistedArticle)
	}
	return out, nil
}

// ErrUnlistedArticle is wrapped by the error Articles returns when a text
// file in articles/ is not listed in articles/index.tsv (so it would be
// silently left out).
var ErrUnlistedArticle = errors.New("article file not in the index")
