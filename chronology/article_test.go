package chronology

import (
	"errors"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/entente/entente/dataset"
)

func mustArticles(t *testing.T) []Article {
	t.Helper()
	as, err := Articles()
	if err != nil {
		t.Fatalf("Articles: %v", err)
	}
	return as
}

// dateline matches the opening of a news text: "BEIJING, Sept. 13 — ".
var dateline = regexp.MustCompile(`^[A-Z][A-Z. '-]+, (Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec)\.? \d{1,2} — `)

func TestArticles(t *testing.T) {
	as := mustArticles(t)
	// The issue asks for 6 to 10 example articles.
	if len(as) < 6 || len(as) > 10 {
		t.Errorf("%d articles, want 6 to 10", len(as))
	}
	eventDays := map[string]bool{}
	for _, e := range mustEvents(t) {
		eventDays[e.Date.Format("2006-01-02")] = true
	}
	ids := map[string]bool{}
	for _, a := range as {
		if ids[a.ID] {
			t.Errorf("%s: duplicate ID", a.ID)
		}
		ids[a.ID] = true
		words := len(strings.Fields(a.Text))
		// 150-400 words: the length the issue asks for.
		if words < 150 || words > 400 {
			t.Errorf("%s: %d words, want 150 to 400", a.ID, words)
		}
		if a.Title == "" || a.URL != "" {
			t.Errorf("%s: title %q, URL %q (want a title and no URL)", a.ID, a.Title, a.URL)
		}
		if a.Published.Location() != time.UTC || a.Published.Year() < 2012 || a.Published.Year() > 2025 {
			t.Errorf("%s: published %v", a.ID, a.Published)
		}
		// Every article is about an event of the chronology: a row
		// carries its dateline day.
		if !eventDays[a.Published.Format("2006-01-02")] {
			t.Errorf("%s: no chronology event on its date %s", a.ID, a.Published.Format("2006-01-02"))
		}
		if !dateline.MatchString(a.Text) {
			t.Errorf("%s: text does not open with a dateline: %.40q", a.ID, a.Text)
		}
		low := strings.ToLower(a.Text)
		if strings.Contains(low, "http") || strings.Contains(low, "www.") {
			t.Errorf("%s: text contains a URL", a.ID)
		}
		if strings.Contains(a.Text, "\r") {
			t.Errorf("%s: text has carriage returns", a.ID)
		}
	}
	ids2, err := ArticleIDs()
	if err != nil || len(ids2) != len(as) || ids2[0] != as[0].ID {
		t.Errorf("ArticleIDs = %v, %v", ids2, err)
	}
	as[0].Title = "changed"
	if mustArticles(t)[0].Title == "changed" {
		t.Error("Articles shares its slice between calls")
	}
}

func TestParseIndex(t *testing.T) {
	const head = "file\tpublished\ttitle\n"
	tests := []struct {
		name   string
		in     string
		n      int   // entries on success
		err    error // sentinel on failure
		line   int
		column string
	}{
		{"ok", head + "a.txt\t2020-01-02\tTitle A\nb.txt\t2021-03-04\tTitle B\n", 2, nil, 0, ""},
		{"crlf and blank lines", head + "\r\na.txt\t2020-01-02\tT\r\n\n", 1, nil, 0, ""},
		{"header only", head, 0, nil, 0, ""},
		{"empty", "", 0, dataset.ErrMissingField, 0, ""},
		{"bad header", "file\tdate\ttitle\n", 0, dataset.ErrSyntax, 1, "published"},
		{"short header", "file\ttitle\n", 0, dataset.ErrColumnCount, 1, ""},
		{"two fields", head + "a.txt\t2020-01-02\n", 0, dataset.ErrColumnCount, 2, ""},
		{"four fields", head + "a.txt\t2020-01-02\tT\tx\n", 0, dataset.ErrColumnCount, 2, ""},
		{"no file", head + "\t2020-01-02\tT\n", 0, dataset.ErrMissingField, 2, "file"},
		{"not txt", head + "a.md\t2020-01-02\tT\n", 0, dataset.ErrSyntax, 2, "file"},
		{"directory", head + "x/a.txt\t2020-01-02\tT\n", 0, dataset.ErrSyntax, 2, "file"},
		{"bare suffix", head + ".txt\t2020-01-02\tT\n", 0, dataset.ErrSyntax, 2, "file"},
		{"duplicate", head + "a.txt\t2020-01-02\tT\na.txt\t2020-01-03\tU\n", 0, dataset.ErrSyntax, 3, "file"},
		{"bad date", head + "a.txt\t2020-13-02\tT\n", 0, dataset.ErrBadDate, 2, "published"},
		{"compact date", head + "a.txt\t20200102\tT\n", 0, dataset.ErrBadDate, 2, "published"},
		{"no date", head + "a.txt\t \tT\n", 0, dataset.ErrMissingField, 2, "published"},
		{"no title", head + "a.txt\t2020-01-02\t  \n", 0, dataset.ErrMissingField, 2, "title"},
		{"binary", head + "a.txt\t2020-01-02\t\xff\n", 0, dataset.ErrEncoding, 0, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := parseIndex("idx.tsv", []byte(tc.in))
			if tc.err == nil {
				if err != nil || len(got) != tc.n {
					t.Fatalf("got %d entries, %v; want %d", len(got), err, tc.n)
				}
				return
			}
			if !errors.Is(err, tc.err) {
				t.Fatalf("err = %v, want %v", err, tc.err)
			}
			var pe *dataset.ParseError
			if !errors.As(err, &pe) || pe.File != "idx.tsv" || pe.Line != tc.line || pe.Column != tc.column {
				t.Fatalf("err = %#v, want file idx.tsv line %d column %q", err, tc.line, tc.column)
			}
		})
	}
	got, _ := parseIndex("idx.tsv", []byte(head+"a.txt\t2020-01-02\t Title A \n"))
	if got[0].file != "a.txt" || got[0].title != "Title A" || got[0].line != 2 ||
		!got[0].published.Equal(time.Date(2020, 1, 2, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("entry = %+v", got[0])
	}
}

func TestLoadArticlesErrors(t *testing.T) {
	const idx = "file\tpublished\ttitle\na.txt\t2020-01-02\tA\n"
	body := &fstest.MapFile{Data: []byte("PARIS, Jan. 2 — text.")}
	tests := []struct {
		name string
		fs   fstest.MapFS
		want error
	}{
		{"missing index", fstest.MapFS{"articles/a.txt": body}, nil},
		{"missing file", fstest.MapFS{"articles/index.tsv": {Data: []byte(idx)}}, dataset.ErrMissingField},
		{"empty file", fstest.MapFS{"articles/index.tsv": {Data: []byte(idx)}, "articles/a.txt": {Data: []byte(" \n")}}, dataset.ErrMissingField},
		{"binary file", fstest.MapFS{"articles/index.tsv": {Data: []byte(idx)}, "articles/a.txt": {Data: []byte{0xff, 0xfe}}}, dataset.ErrEncoding},
		{"unlisted file", fstest.MapFS{"articles/index.tsv": {Data: []byte(idx)}, "articles/a.txt": body, "articles/b.txt": body}, ErrUnlistedArticle},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			as, err := loadArticles(tc.fs)
			if err == nil || as != nil {
				t.Fatalf("got %d articles, err %v; want an error", len(as), err)
			}
			if tc.want != nil && !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
			if !strings.HasPrefix(err.Error(), "chronology: ") {
				t.Errorf("error %q lacks the package prefix", err)
			}
		})
	}
	as, err := loadArticles(fstest.MapFS{"articles/index.tsv": {Data: []byte(idx)}, "articles/a.txt": {Data: []byte("\r\nPARIS, Jan. 2 — text.\r\n\r\nMore.\r\n")}})
	if err != nil || len(as) != 1 || as[0].ID != "a" || as[0].Text != "PARIS, Jan. 2 — text.\n\nMore." {
		t.Fatalf("loadArticles = %+v, %v", as, err)
	}
}

func FuzzParseIndex(f *testing.F) {
	f.Add([]byte("file\tpublished\ttitle\na.txt\t2020-01-02\tTitle\n"))
	f.Add([]byte("file\tpublished\ttitle\r\n\r\nb.txt\t2024-02-29\tLeap day\r\n"))
	f.Add([]byte("file\tpublished\ttitle\na.txt\t2020-02-30\tT\n"))
	f.Add([]byte("\t\t\n\t\t\t\n"))
	f.Add([]byte(""))
	f.Fuzz(func(t *testing.T, data []byte) {
		got, err := parseIndex("fuzz.tsv", data)
		if err != nil {
			var pe *dataset.ParseError
			if !errors.As(err, &pe) || pe.File != "fuzz.tsv" {
				t.Fatalf("error %v is not a *dataset.ParseError naming the file", err)
			}
			return
		}
		seen := map[string]bool{}
		for _, e := range got {
			if !strings.HasSuffix(e.file, ".txt") || strings.ContainsAny(e.file, `/\`) || e.title == "" || e.published.IsZero() || seen[e.file] {
				t.Fatalf("accepted a bad entry %+v", e)
			}
			seen[e.file] = true
		}
	})
}
