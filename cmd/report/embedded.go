package main

import (
	"io"

	"github.com/entente/entente/chronology"
	"github.com/entente/entente/dataset"
	"github.com/entente/entente/extract"
)

// embeddedArticlesInput is the INPUT name of the project's own example
// articles (chronology.Articles), so the text → events → report path has
// embedded input too: `report embedded:articles`, `report extract
// embedded:articles`.
const embeddedArticlesInput = "embedded:articles"

// articleSource is what the subcommands read articles from: an
// extract.ArticleReader, or the embedded articles.
type articleSource interface {
	Next(a *extract.Article) error
	Report() *dataset.Report
	Close() error
}

// sliceArticles serves articles held in memory.
type sliceArticles struct {
	arts []extract.Article
	next int
	rep  dataset.Report
}

func (s *sliceArticles) Next(a *extract.Article) error {
	if s.next >= len(s.arts) {
		return io.EOF
	}
	*a = s.arts[s.next]
	s.next++
	return nil
}

func (s *sliceArticles) Report() *dataset.Report { return &s.rep }
func (s *sliceArticles) Close() error            { return nil }

// embeddedArticles returns the chronology's example articles as coder
// input (chronology.Article and extract.Article are both dataset.Article).
func embeddedArticles() (*sliceArticles, error) {
	as, err := chronology.Articles()
	if err != nil {
		return nil, err
	}
	s := &sliceArticles{rep: dataset.Report{File: embeddedArticlesInput, Format: "articles"}}
	s.arts = as
	for _, a := range as {
		s.rep.Read++
		s.rep.Keep(a.Published)
	}
	return s, nil
}

// openArticleSource opens one INPUT of articles ("-" is standard input).
// Standard input, a named pipe or a socket is opened once and classified
// by its first bytes (classifyStream): plain text is one article (dated
// by ro.Published), anything else is read as JSONL records.
func openArticleSource(e *env, in string, ro *extract.ReadOptions) (articleSource, error) {
	if in == embeddedArticlesInput {
		return embeddedArticles()
	}
	kind, err := classifyInput(in)
	if err != nil {
		return nil, err
	}
	if kind != inputStream {
		return extract.OpenArticles(in, ro)
	}
	kind, stream, err := classifyStream(e, in)
	if err != nil {
		return nil, err
	}
	name := in
	if in == "-" {
		name = "<stdin>"
	}
	if kind == inputArticleText {
		arts, rep, err := loadArticles(name, kind, stream, ro)
		stream.Close()
		if err != nil {
			return nil, err
		}
		return &sliceArticles{arts: arts, rep: *rep}, nil
	}
	r, err := extract.NewArticleReader(stream, name, ro)
	if err != nil {
		stream.Close()
		return nil, err
	}
	return &closingArticles{ArticleReader: r, also: stream}, nil
}

// closingArticles is an ArticleReader over a stream it closes too.
type closingArticles struct {
	*extract.ArticleReader
	also io.Closer
}

func (c *closingArticles) Close() error {
	err := c.ArticleReader.Close()
	c.also.Close()
	return err
}
