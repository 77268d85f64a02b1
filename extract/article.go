package extract

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/entente/entente/dataset"
)

// Article is one news article to code: an alias of dataset.Article, the
// one article type that the coder and the embedded example articles
// (chronology.Articles) share. Its Document method gives the text the coder
// reads and the evidence offsets refer to.
type Article = dataset.Article

// ReadOptions configure the article readers. A nil *ReadOptions, and every
// zero field, means the default.
type ReadOptions struct {
	// Published is the publication day of articles that give none (no
	// "published" field, front matter or sidecar entry). Zero leaves them
	// undated.
	Published time.Time
	// Strict stops at the first unreadable record with its
	// *dataset.ParseError. By default (lenient) unreadable records are
	// skipped and counted in the Report, with the first ones as samples.
	Strict bool
	// MaxBytes bounds one record or file (default DefaultMaxBytes); a longer
	// one is rejected with dataset.ErrLineTooLong.
	MaxBytes int
	// MaxSamples is how many rejections the Report keeps (default
	// dataset.DefaultMaxSamples).
	MaxSamples int
}

func (o *ReadOptions) maxBytes() int {
	if o == nil || o.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return o.MaxBytes
}

// ArticleReader reads articles one at a time: from a JSONL stream (one
// record {"id","url","published","title","text"} per line), from a
// directory of .txt/.md/.jsonl files, or from one text file. Memory does
// not grow with the number of articles.
type ArticleReader struct {
	opts   ReadOptions
	report dataset.Report
	// JSONL state
	sc     *bufio.Reader
	name   string
	line   int
	closer io.Closer
	// directory / file list state
	files   []string
	next    int
	sidecar map[string]sidecarEntry
	jsonl   *ArticleReader // a JSONL file inside a directory
}

// ErrNotText: the input is binary or not UTF-8 text.
var ErrNotText = fmt.Errorf("extract: %w", dataset.ErrEncoding)

// OpenArticles opens path for reading articles: "-" is standard input
// (JSONL); a directory is read file by file in name order (.txt and .md
// files are one article each, .jsonl files hold records, other files are
// skipped, index.tsv or another sidecar TSV with "file" and "published"
// columns gives publication dates); a .txt or .md file is one article (with
// the sidecar of its directory); any other file is read as JSONL.
func OpenArticles(path string, opts *ReadOptions) (*ArticleReader, error) {
	r := &ArticleReader{}
	if opts != nil {
		r.opts = *opts
	}
	r.report.File = path
	r.report.Format = "articles"
	if path == "-" {
		return NewArticleReader(os.Stdin, "<stdin>", opts)
	}
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if st.IsDir() {
		entries, err := os.ReadDir(path)
		if err != nil {
			return nil, err
		}
		for _, e := range entries {
			if e.IsDir() {
				continue
			}
			switch strings.ToLower(filepath.Ext(e.Name())) {
			case ".txt", ".md", ".markdown", ".jsonl", ".ndjson":
				r.files = append(r.files, filepath.Join(path, e.Name()))
			}
		}
		sort.Strings(r.files)
		if r.sidecar, err = readSidecar(path); err != nil {
			return nil, err
		}
		return r, nil
	}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".md", ".markdown":
		r.files = []string{path}
		if r.sidecar, err = readSidecar(filepath.Dir(path)); err != nil {
			return nil, err
		}
		return r, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	ar, err := NewArticleReader(f, path, opts)
	if err != nil {
		f.Close()
		return nil, err
	}
	ar.closer = f
	return ar, nil
}

// NewArticleReader reads JSONL article records from r; name is used in
// errors and the Report.
func NewArticleReader(r io.Reader, name string, opts *ReadOptions) (*ArticleReader, error) {
	ar := &ArticleReader{sc: bufio.NewReaderSize(r, 64<<10), name: name}
	if opts != nil {
		ar.opts = *opts
	}
	ar.report.File = name
	ar.report.Format = "jsonl"
	head, _ := ar.sc.Peek(512)
	if bytes.IndexByte(head, 0) >= 0 {
		return nil, &dataset.ParseError{File: name, Line: 1, Err: fmt.Errorf("%w: binary data, not JSONL articles", dataset.ErrEncoding)}
	}
	return ar, nil
}

// Report returns the account of records read so far (complete after
// io.EOF): Read = Kept + Rejected.
func (r *ArticleReader) Report() *dataset.Report {
	if r.jsonl != nil {
		rep := r.report
		rep.Merge(&r.jsonl.report, r.opts.MaxSamples)
		return &rep
	}
	return &r.report
}

// Close releases the open file, if any.
func (r *ArticleReader) Close() error {
	if r.jsonl != nil {
		r.jsonl.Close()
	}
	if r.closer != nil {
		return r.closer.Close()
	}
	return nil
}

func (r *ArticleReader) reject(e *dataset.ParseError) error {
	r.report.Read++
	r.report.Reject(e, r.opts.MaxSamples)
	if r.opts.Strict {
		return e
	}
	return nil
}

// Next reads the next article into a. It returns io.EOF at the end. In
// lenient mode unreadable records are counted and skipped; in strict mode
// the first one is returned as a *dataset.ParseError.
func (r *ArticleReader) Next(a *Article) error {
	if r.sc != nil {
		return r.nextJSONL(a)
	}
	for {
		if r.jsonl != nil {
			err := r.jsonl.Next(a)
			if err != io.EOF {
				return err
			}
			r.report.Merge(&r.jsonl.report, r.opts.MaxSamples)
			r.jsonl.Close()
			r.jsonl = nil
		}
		if r.next >= len(r.files) {
			return io.EOF
		}
		path := r.files[r.next]
		r.next++
		ext := strings.ToLower(filepath.Ext(path))
		if ext == ".jsonl" || ext == ".ndjson" {
			f, err := os.Open(path)
			if err != nil {
				if e := r.reject(&dataset.ParseError{File: path, Err: err}); e != nil {
					return e
				}
				continue
			}
			jr, err := NewArticleReader(f, path, &r.opts)
			if err != nil {
				f.Close()
				var pe *dataset.ParseError
				if errors.As(err, &pe) {
					if e := r.reject(pe); e != nil {
						return e
					}
					continue
				}
				return err
			}
			jr.closer = f
			r.jsonl = jr
			continue
		}
		ok, err := r.readFile(path, a)
		if err != nil {
			return err
		}
		if ok {
			return nil
		}
	}
}

// readFile reads one .txt/.md article. ok is false when the file was
// rejected (lenient mode).
func (r *ArticleReader) readFile(path string, a *Article) (bool, error) {
	st, err := os.Stat(path)
	if err != nil {
		return false, r.reject(&dataset.ParseError{File: path, Err: err})
	}
	if st.Size() > int64(r.opts.maxBytes()) {
		return false, r.reject(&dataset.ParseError{File: path, Err: fmt.Errorf("%w: %d bytes (limit %d)", dataset.ErrLineTooLong, st.Size(), r.opts.maxBytes())})
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return false, r.reject(&dataset.ParseError{File: path, Err: err})
	}
	if bytes.IndexByte(data, 0) >= 0 || !utf8.Valid(data) {
		return false, r.reject(&dataset.ParseError{File: path, Line: firstBadLine(data), Err: fmt.Errorf("%w: not UTF-8 text", dataset.ErrEncoding)})
	}
	text := strings.TrimPrefix(string(data), "\ufeff")
	*a = Article{ID: filepath.Base(path)}
	meta, body, line, perr := frontMatter(text)
	if perr != nil {
		perr.File = path
		return false, r.reject(perr)
	}
	if !hasWords(body) { // nothing to code: an empty file, or front matter alone
		return false, r.reject(&dataset.ParseError{File: path, Line: line, Column: "text", Err: dataset.ErrMissingField})
	}
	a.Text = body
	a.Title = meta["title"]
	a.URL = meta["url"]
	if id := meta["id"]; id != "" {
		a.ID = id
	}
	pub := meta["published"]
	if pub == "" {
		pub = meta["date"]
	}
	col := "published"
	if pub == "" {
		if e, ok := r.sidecar[filepath.Base(path)]; ok {
			pub, line, col = e.published, e.line, "published"
			if a.URL == "" {
				a.URL = e.url
			}
			if e.title != "" && a.Title == "" {
				a.Title = e.title
			}
			path = e.file
		}
	}
	if pub != "" {
		d, ok := parseDay(pub)
		if !ok {
			return false, r.reject(&dataset.ParseError{File: path, Line: line, Column: col, Value: pub, Err: dataset.ErrBadDate})
		}
		a.Published = d
	} else {
		a.Published = day0(r.opts.Published)
	}
	r.report.Read++
	r.report.Keep(a.Published)
	return true, nil
}

func firstBadLine(data []byte) int {
	line := 1
	for len(data) > 0 {
		r, sz := utf8.DecodeRune(data)
		if r == utf8.RuneError && sz <= 1 || r == 0 {
			return line
		}
		if r == '\n' {
			line++
		}
		data = data[sz:]
	}
	return line
}

// frontMatter splits an optional front matter from a text: a block of
// "key: value" lines between "---" lines, or a single first line
// "published: YYYY-MM-DD" (or "date: …"). It returns the keys (lower case),
// the body and the line of the date key (for errors).
func frontMatter(text string) (map[string]string, string, int, *dataset.ParseError) {
	meta := map[string]string{}
	dateLine := 0
	if strings.HasPrefix(text, "---\n") || strings.HasPrefix(text, "---\r\n") {
		rest := text[strings.IndexByte(text, '\n')+1:]
		line := 1
		for {
			nl := strings.IndexByte(rest, '\n')
			cur := rest
			if nl >= 0 {
				cur = rest[:nl]
			}
			line++
			cur = strings.TrimRight(cur, "\r")
			if strings.TrimSpace(cur) == "---" {
				body := ""
				if nl >= 0 {
					body = rest[nl+1:]
				}
				return meta, body, dateLine, nil
			}
			if k, v, ok := strings.Cut(cur, ":"); ok {
				key := strings.ToLower(strings.TrimSpace(k))
				meta[key] = strings.Trim(strings.TrimSpace(v), `"'`)
				if key == "published" || key == "date" {
					dateLine = line
				}
			}
			if nl < 0 {
				return nil, "", line, &dataset.ParseError{Line: 1, Err: fmt.Errorf("%w: front matter opened with --- is not closed", dataset.ErrSyntax)}
			}
			rest = rest[nl+1:]
		}
	}
	first, rest, _ := strings.Cut(text, "\n")
	if k, v, ok := strings.Cut(strings.TrimSpace(first), ":"); ok {
		key := strings.ToLower(strings.TrimSpace(k))
		if (key == "published" || key == "date") && len(strings.Fields(v)) == 1 {
			meta[key] = strings.TrimSpace(v)
			return meta, rest, 1, nil
		}
	}
	return meta, text, 0, nil
}

// parseDay reads YYYY-MM-DD, YYYYMMDD, YYYY/MM/DD or an RFC 3339 time (its
// calendar day).
func parseDay(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, layout := range [...]string{"2006-01-02", "20060102", "2006/01/02", time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05"} {
		if t, err := time.Parse(layout, s); err == nil {
			return day(t), true
		}
	}
	return time.Time{}, false
}

type sidecarEntry struct {
	file, published, url, title string
	line                        int
}

// readSidecar reads index.tsv (or the only *.tsv) of a directory: a
// tab-separated file with a header naming at least "file" and "published".
func readSidecar(dir string) (map[string]sidecarEntry, error) {
	path := filepath.Join(dir, "index.tsv")
	if _, err := os.Stat(path); err != nil {
		tsvs, _ := filepath.Glob(filepath.Join(dir, "*.tsv"))
		if len(tsvs) != 1 {
			return nil, nil
		}
		path = tsvs[0]
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	cr := csv.NewReader(f)
	cr.Comma = '\t'
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	header, err := cr.Read()
	if err != nil {
		return nil, &dataset.ParseError{File: path, Line: 1, Err: fmt.Errorf("%w: %v", dataset.ErrSyntax, err)}
	}
	col := map[string]int{}
	for i, h := range header {
		col[strings.ToLower(strings.TrimSpace(h))] = i
	}
	fi, okF := col["file"]
	pi, okP := col["published"]
	if !okP {
		pi, okP = col["date"]
	}
	if !okF || !okP {
		return nil, nil // not a sidecar of articles
	}
	out := map[string]sidecarEntry{}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		line, _ := cr.FieldPos(0)
		if err != nil {
			return nil, &dataset.ParseError{File: path, Line: line, Err: fmt.Errorf("%w: %v", dataset.ErrSyntax, err)}
		}
		get := func(name string) string {
			if i, ok := col[name]; ok && i < len(rec) {
				return strings.TrimSpace(rec[i])
			}
			return ""
		}
		if fi >= len(rec) || pi >= len(rec) {
			return nil, &dataset.ParseError{File: path, Line: line, Err: dataset.ErrColumnCount}
		}
		out[strings.TrimSpace(rec[fi])] = sidecarEntry{file: path, published: strings.TrimSpace(rec[pi]), url: get("url"), title: get("title"), line: line}
	}
	return out, nil
}

// jsonArticle is one JSONL record.
type jsonArticle struct {
	ID        json.RawMessage `json:"id"`
	URL       string          `json:"url"`
	Published string          `json:"published"`
	Date      string          `json:"date"`
	Title     string          `json:"title"`
	Text      *string         `json:"text"`
	Body      *string         `json:"body"`
}

func (r *ArticleReader) nextJSONL(a *Article) error {
	max := r.opts.maxBytes()
	for {
		line, tooLong, err := readLine(r.sc, max)
		if err == io.EOF && len(line) == 0 && !tooLong {
			return io.EOF
		}
		if err != nil && err != io.EOF {
			return fmt.Errorf("%s: %w", r.name, err)
		}
		r.line++
		if tooLong {
			if e := r.reject(&dataset.ParseError{File: r.name, Line: r.line, Err: fmt.Errorf("%w: longer than %d bytes", dataset.ErrLineTooLong, max)}); e != nil {
				return e
			}
			continue
		}
		if len(bytes.TrimSpace(line)) == 0 {
			if err == io.EOF {
				return io.EOF
			}
			continue
		}
		if !utf8.Valid(line) {
			if e := r.reject(&dataset.ParseError{File: r.name, Line: r.line, Byte: firstInvalidByte(line), Err: fmt.Errorf("%w: not UTF-8", dataset.ErrEncoding)}); e != nil {
				return e
			}
			continue
		}
		var ja jsonArticle
		if jerr := json.Unmarshal(line, &ja); jerr != nil {
			pe := &dataset.ParseError{File: r.name, Line: r.line, Value: dataset.ShortValue(string(line)), Err: fmt.Errorf("%w: %v", dataset.ErrSyntax, jerr)}
			var se *json.SyntaxError
			var te *json.UnmarshalTypeError
			switch {
			case errors.As(jerr, &se):
				pe.Byte = int(se.Offset) // the byte of the line where the syntax broke (1-based: Offset counts the bytes read)
			case errors.As(jerr, &te):
				pe.Column, pe.Byte = te.Field, int(te.Offset)
			}
			if e := r.reject(pe); e != nil {
				return e
			}
			continue
		}
		text := ja.Text
		if text == nil {
			text = ja.Body
		}
		if text == nil || !hasWords(*text) { // absent, blank or no word: nothing to code
			if e := r.reject(&dataset.ParseError{File: r.name, Line: r.line, Column: "text", Err: dataset.ErrMissingField}); e != nil {
				return e
			}
			continue
		}
		*a = Article{ID: rawID(ja.ID), URL: ja.URL, Title: ja.Title, Text: *text}
		if a.ID == "" {
			a.ID = fmt.Sprintf("%s:%d", filepath.Base(r.name), r.line)
		}
		pub := ja.Published
		col := "published"
		if pub == "" {
			pub, col = ja.Date, "date"
		}
		if pub != "" {
			d, ok := parseDay(pub)
			if !ok {
				if e := r.reject(&dataset.ParseError{File: r.name, Line: r.line, Column: col, Value: pub, Err: dataset.ErrBadDate}); e != nil {
					return e
				}
				continue
			}
			a.Published = d
		} else {
			a.Published = day0(r.opts.Published)
		}
		r.report.Read++
		r.report.Keep(a.Published)
		return nil
	}
}

// rawID turns a JSON id (string or number) into a string.
func rawID(raw json.RawMessage) string {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return ""
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	return string(raw)
}

// readLine reads one line of at most max bytes; a longer line is consumed
// and reported with tooLong.
func readLine(br *bufio.Reader, max int) (line []byte, tooLong bool, err error) {
	var buf []byte
	for {
		chunk, e := br.ReadSlice('\n')
		if len(buf)+len(chunk) > max {
			tooLong = true
			buf = nil
		} else if !tooLong {
			buf = append(buf, chunk...)
		}
		if e == bufio.ErrBufferFull {
			continue
		}
		if e != nil {
			return bytes.TrimRight(buf, "\r\n"), tooLong, e
		}
		return bytes.TrimRight(buf, "\r\n"), tooLong, nil
	}
}

// ReadArticles reads every article of path (see OpenArticles) into memory.
func ReadArticles(path string, opts *ReadOptions) ([]Article, *dataset.Report, error) {
	r, err := OpenArticles(path, opts)
	if err != nil {
		return nil, nil, err
	}
	defer r.Close()
	var out []Article
	for {
		var a Article
		err := r.Next(&a)
		if err == io.EOF {
			return out, r.Report(), nil
		}
		if err != nil {
			return out, r.Report(), err
		}
		out = append(out, a)
	}
}

// hasWords reports whether text holds a letter: an article without one
// (empty, blank, or a separator such as "---" alone) has nothing to code
// and is rejected as missing its text.
func hasWords(text string) bool { return strings.ContainsFunc(text, unicode.IsLetter) }

// firstInvalidByte is the 1-based byte of line where its UTF-8 first
// breaks (0 when it does not).
func firstInvalidByte(line []byte) int {
	for i := 0; i < len(line); {
		r, n := utf8.DecodeRune(line[i:])
		if r == utf8.RuneError && n <= 1 {
			return i + 1
		}
		i += n
	}
	return 0
}
