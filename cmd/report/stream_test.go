//go:build unix

package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/entente/entente/internal/fifotest"
	"github.com/entente/entente/internal/sharedtest"
)

// shippedArticles is examples/articles.jsonl, the README's article file.
const shippedArticles = "../../examples/articles.jsonl"

// sourceLine returns the "rows: … events=N" part of the summary's
// accounting line "NAME: rows: …" ("NAME: articles: …" for articles).
func sourceLine(out, name string) string {
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, name+": rows:") || strings.HasPrefix(l, name+": articles:") {
			return strings.TrimPrefix(l, name+": ")
		}
	}
	return ""
}

// withStdin runs fn with os.Stdin reading data through a pipe (what
// `cat FILE | report inspect -` gives the process), then restores it.
func withStdin(t *testing.T, data []byte, fn func()) {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	go func() {
		w.Write(data)
		w.Close()
	}()
	old := os.Stdin
	os.Stdin = r
	defer func() {
		os.Stdin = old
		r.Close()
	}()
	fn()
}

// Round 2, item 2: an article file through standard input or a named pipe
// is classified by its peeked first bytes (kept and read again, the input
// opened once) and read as articles, as the regular file is: the same
// source line (9 records, 116 coded events: what `report
// examples/articles.jsonl` prints) and byte-identical scores. Before, "-"
// and a pipe were always read as events and failed ("no events").
func TestStreamArticles(t *testing.T) {
	data, err := os.ReadFile(shippedArticles)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	args := func(out string, in string) []string {
		return []string{"-o", filepath.Join(dir, out), "-formats", "csv", "-date", "2026-01-02", in}
	}
	code, out, errs := runCLI(t, false, args("file", shippedArticles)...)
	ref := sourceLine(out, shippedArticles)
	if code != 0 || !strings.HasPrefix(ref, "articles: read=9 kept=9 rejected=0 filtered=0 events=") {
		t.Fatalf("regular file: exit %d, %q\n%s%s", code, ref, out, errs)
	}
	refScores, _ := os.ReadFile(filepath.Join(dir, "file", "scores.csv"))

	var sout, serr bytes.Buffer
	e := &env{stdin: bytes.NewReader(data), stdout: &sout, stderr: &serr}
	if code := run(e, args("stdin", "-")); code != 0 || sourceLine(sout.String(), "-") != ref {
		t.Errorf("report -: exit %d, %q; the file gives %q\n%s", code, sourceLine(sout.String(), "-"), ref, serr.String())
	}
	fifo := fifotest.Fed(t, data)
	code, out, errs = runCLI(t, false, args("fifo", fifo)...)
	if code != 0 || sourceLine(out, fifo) != ref {
		t.Errorf("report FIFO: exit %d, %q; the file gives %q\n%s", code, sourceLine(out, fifo), ref, errs)
	}
	for _, name := range []string{"stdin", "fifo"} {
		b, _ := os.ReadFile(filepath.Join(dir, name, "scores.csv"))
		if len(refScores) == 0 || !bytes.Equal(b, refScores) {
			t.Errorf("%s: scores.csv differs from the regular file's", name)
		}
	}

	// `report extract -` and `report extract FIFO`: the regular file's events.
	code, refEvents, errs := extractCLI(t, "", "extract", shippedArticles)
	if code != 0 || strings.Count(refEvents, "\n") < 100 {
		t.Fatalf("extract FILE: exit %d, %d events\n%s", code, strings.Count(refEvents, "\n"), errs)
	}
	if code, got, errs := extractCLI(t, string(data), "extract", "-"); code != 0 || got != refEvents {
		t.Errorf("extract -: exit %d, %d events (file: %d)\n%s", code, strings.Count(got, "\n"), strings.Count(refEvents, "\n"), errs)
	}
	if code, got, errs := extractCLI(t, "", "extract", fifotest.Fed(t, data)); code != 0 || got != refEvents {
		t.Errorf("extract FIFO: exit %d, %d events (file: %d)\n%s", code, strings.Count(got, "\n"), strings.Count(refEvents, "\n"), errs)
	}
}

// A plain-text article through standard input is one article, as the
// same text in a regular file without a .txt name is.
func TestStreamTextArticle(t *testing.T) {
	text := "Russian President Vladimir Putin paid a state visit to China on Thursday. Washington imposed sanctions on Caracas.\n"
	dir := t.TempDir()
	story := filepath.Join(dir, "story")
	os.WriteFile(story, []byte(text), 0o644)
	code, out, errs := runCLI(t, false, "-o", filepath.Join(dir, "a"), "-formats", "csv", "-published", "2024-05-16", story)
	ref := sourceLine(out, story)
	if code != 0 || !strings.HasPrefix(ref, "articles: read=1 kept=1 rejected=0 filtered=0 events=") || strings.HasSuffix(ref, "events=0") {
		t.Fatalf("regular file: exit %d, %q\n%s", code, ref, errs)
	}
	var sout, serr bytes.Buffer
	e := &env{stdin: strings.NewReader(text), stdout: &sout, stderr: &serr}
	if code := run(e, []string{"-o", filepath.Join(dir, "b"), "-formats", "csv", "-published", "2024-05-16", "-"}); code != 0 || sourceLine(sout.String(), "-") != ref {
		t.Errorf("report -: exit %d, %q; the file gives %q\n%s", code, sourceLine(sout.String(), "-"), ref, serr.String())
	}
	// `report extract -` reads the text as one article too (it read JSONL
	// only, rejecting the text line as a bad record)
	code, evs, errs := extractCLI(t, text, "extract", "-published", "2024-05-16", "-")
	if code != 0 || !strings.Contains(evs, `"source":"RUS","target":"CHN","code":"042"`) || !strings.Contains(errs, "articles: read=1 kept=1 rejected=0") {
		t.Errorf("extract -: exit %d\n%s%s", code, evs, errs)
	}
	// standard input is read once: twice is a usage error
	if code, _, errs := runCLI(t, false, "-o", filepath.Join(dir, "c"), "-", "-"); code != exitUsage || !strings.Contains(errs, "given twice") {
		t.Errorf("- -: exit %d %q", code, errs)
	}
}

// Issue 15, "Done when": a FIFO, standard input and a regular file give
// `rows: read=710 kept=710 rejected=0 filtered=0` for the GDELT sample (710
// lines, wc -l, every one a well-formed GDELT 1.0 row), in `report inspect`
// (which filters nothing) and in the report with -roles all (which then
// filters nothing either).
func TestGDELTSampleEveryWay(t *testing.T) {
	path := sharedtest.Path(t, "data/gdelt/gdelt1_daily_events_sample_20160728.tsv")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	const want = "rows: read=710 kept=710 rejected=0 filtered=0"
	for _, how := range []string{"file", "fifo", "stdin"} {
		in := path
		switch how {
		case "fifo":
			in = fifotest.Fed(t, data)
		case "stdin":
			in = "-"
		}
		var code int
		var out, errs string
		do := func() { code, out, errs = inspectCLI(t, in) }
		if how == "stdin" {
			withStdin(t, data, do)
		} else {
			do()
		}
		if code != 0 || len(linesWith(out, want)) != 1 {
			t.Errorf("inspect %s: exit %d, want the line %q in\n%s%s", how, code, want, out, errs)
		}

		if how == "fifo" {
			in = fifotest.Fed(t, data)
		}
		var sout, serr bytes.Buffer
		e := &env{stdin: bytes.NewReader(data), stdout: &sout, stderr: &serr}
		code = run(e, []string{"-roles", "all", "-o", filepath.Join(t.TempDir(), "o"), "-formats", "csv", in})
		if got := sourceLine(sout.String(), in); code != 0 || !strings.HasPrefix(got, want+" events=") {
			t.Errorf("report %s: exit %d, %q; want %q\n%s", how, code, got, want, serr.String())
		}
	}
}

// The stream classification (standard input, pipes) decides as the
// regular-file one does for the same bytes, and the peeked Input gives
// back every byte of the input, the peeked ones first.
func FuzzClassifyStream(f *testing.F) {
	f.Add([]byte(`{"id":"a","text":"Putin met Xi."}` + "\n"))
	f.Add([]byte("date,source,target,code\n2024-05-16,RUS,CHN,042\n"))
	f.Add([]byte("Russian President Vladimir Putin paid a state visit to China.\n"))
	f.Add([]byte{0x1f, 0x8b, 0, 0})
	f.Add([]byte("PK\x03\x04"))
	f.Add([]byte(`{"date":"2024-05-16","code":"042","text":"x"}`))
	f.Add([]byte("\x00\x01\x02"))
	f.Fuzz(func(t *testing.T, data []byte) {
		p := filepath.Join(t.TempDir(), "input")
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		want, err := classifyInput(p)
		if err != nil {
			t.Fatal(err)
		}
		got, in, err := classifyStream(&env{stdin: bytes.NewReader(data)}, "-")
		if err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("stream %v, file %v", got, want)
		}
		all, err := io.ReadAll(in)
		if err != nil || !bytes.Equal(all, data) {
			t.Errorf("the stream gave %d of %d bytes back (%v)", len(all), len(data), err)
		}
	})
}
