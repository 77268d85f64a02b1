package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/internal/sharedtest"
)

// runCLI runs the command line and returns exit code, stdout and stderr.
func runCLI(t *testing.T, terminal bool, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, isTerminal: terminal}
	code := run(e, args)
	return code, out.String(), errb.String()
}

func pdfToText(t *testing.T, path string) string {
	t.Helper()
	tool, err := exec.LookPath("pdftotext")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("pdftotext is missing (install poppler-utils)")
		}
		t.Skip("pdftotext not installed (Debian: poppler-utils)")
	}
	out, err := exec.Command(tool, "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

// TestDefaultEmbedded is `report` on a fresh clone: the embedded
// chronology gives a real report.
func TestDefaultEmbedded(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "report-out")
	code, out, errs := runCLI(t, false, "-o", dir, "-date", "2026-01-02")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if errs != "" {
		t.Errorf("stderr not empty without a terminal: %q", errs)
	}
	// With no -dyads, the embedded chronology reports on the eight dyads
	// it was built for (chronology.CoreDyads), China–Venezuela included.
	for _, want := range []string{"report: " + dir, "source entente chronology", "rows: read=", "dyads: CHN-RUS,CHN-VEN,CHN-USA,RUS-USA,USA-VEN,RUS-VEN,RUS-UKR,CHN-IND\n", "pdf: "} {
		if !strings.Contains(out, want) {
			t.Errorf("stdout lacks %q:\n%s", want, out)
		}
	}
	for _, f := range []string{"report.pdf", "report.html", "scores.csv", "summary.csv", "top-events.csv", "change-points.csv", "charts/overview-multiples.png"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Errorf("missing %s", f)
		}
	}
	text := pdfToText(t, filepath.Join(dir, "report.pdf"))
	for _, want := range []string{"China – Russia", "China – Venezuela", "Summary", "Methods and data", "entente chronology", "2 January 2026"} {
		if !strings.Contains(text, want) {
			t.Errorf("PDF lacks %q", want)
		}
	}
}

// TestDeterministicOutput: the same input and -date give byte-identical
// files.
func TestDeterministicOutput(t *testing.T) {
	a, b := filepath.Join(t.TempDir(), "a"), filepath.Join(t.TempDir(), "b")
	for _, d := range []string{a, b} {
		if code, _, errs := runCLI(t, false, "-q", "-o", d, "-date", "2026-01-02T10:00:00Z", "-formats", "pdf,html,csv", "-dyads", "CHN-RUS,RUS-UKR"); code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
	}
	for _, f := range []string{"report.pdf", "report.html", "scores.csv", "summary.csv"} {
		x, _ := os.ReadFile(filepath.Join(a, f))
		y, _ := os.ReadFile(filepath.Join(b, f))
		if len(x) == 0 || !bytes.Equal(x, y) {
			t.Errorf("%s differs between runs", f)
		}
	}
}

func TestSourceDateEpoch(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1767225600") // 2026-01-01T00:00:00Z
	got, err := generationDate("")
	if err != nil || !got.Equal(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("generationDate = %v, %v", got, err)
	}
	t.Setenv("SOURCE_DATE_EPOCH", "soon")
	if _, err := generationDate(""); err == nil {
		t.Error("a bad SOURCE_DATE_EPOCH is accepted")
	}
}

// TestThreeEvents: a CSV of three events between Côte d'Ivoire and
// Türkiye gives a report on that dyad.
func TestThreeEvents(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "civ-tur.csv")
	os.WriteFile(in, []byte("date,source,target,code\n2023-03-02,CIV,TUR,042\n2023-03-03,TUR,CIV,057\n2023-04-11,TUR,CIV,051\n"), 0o644)
	out := filepath.Join(dir, "out")
	code, stdout, errs := runCLI(t, false, "-o", out, "-date", "2026-01-02", in)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(stdout, "dyads: CIV-TUR") || !strings.Contains(stdout, "rows: read=3 kept=3 rejected=0 filtered=0 events=3") {
		t.Errorf("stdout:\n%s", stdout)
	}
	text := pdfToText(t, filepath.Join(out, "report.pdf"))
	for _, want := range []string{"Côte d'Ivoire – Türkiye", "Relations between Côte d'Ivoire and Türkiye", "civ-tur.csv"} {
		if !strings.Contains(text, want) {
			t.Errorf("PDF lacks %q", want)
		}
	}
}

// TestBadRowsCounted: unreadable rows are counted and reported, the rest
// is used; -strict stops at the first with its file, line and field.
func TestBadRowsCounted(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "mixed.csv")
	os.WriteFile(in, []byte("date,source,target,code\n2023-03-02,CIV,TUR,042\n2023-13-45,TUR,CIV,057\n2023-04-11,TUR,CIV,051\n2023-05-01,CHN,RUS,057\n"), 0o644)
	code, stdout, errs := runCLI(t, false, "-o", filepath.Join(dir, "out"), "-formats", "csv", in)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(stdout, "rows: read=4 kept=3 rejected=1 filtered=0") {
		t.Errorf("stdout:\n%s", stdout)
	}
	code, _, errs = runCLI(t, false, "-strict", "-o", filepath.Join(dir, "out2"), in)
	if code != 1 || !strings.Contains(errs, "mixed.csv") || !strings.Contains(errs, ":3") {
		t.Errorf("strict: exit %d, %q", code, errs)
	}
	if _, err := os.Stat(filepath.Join(dir, "out2")); !errors.Is(err, os.ErrNotExist) {
		t.Error("a failed run left an output folder")
	}
}

// TestSeeds runs the whole pipeline on the seed articles: text → events →
// scores → report.
func TestSeeds(t *testing.T) {
	seeds := sharedtest.Path(t, "seeds")
	out := filepath.Join(t.TempDir(), "out")
	code, stdout, errs := runCLI(t, false, "-o", out, "-date", "2026-01-02", "-formats", "pdf,csv", seeds)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(stdout, "rows: read=5 kept=5 rejected=0") {
		t.Errorf("the five seed articles are not all coded:\n%s", stdout)
	}
	if !strings.Contains(stdout, "CHN-RUS") || !strings.Contains(stdout, "CHN-VEN") {
		t.Errorf("the seeds' dyads are missing:\n%s", stdout)
	}
	text := pdfToText(t, filepath.Join(out, "report.pdf"))
	if !strings.Contains(text, "China – Russia") || !strings.Contains(text, "China – Venezuela") {
		t.Error("PDF lacks the seeds' dyads")
	}
	// The 2024-05-16 state visit is reported by three seeds: one event
	// with several reports after deduplication.
	if !strings.Contains(stdout, "merged=") || strings.Contains(stdout, "merged=0") {
		t.Errorf("no repeated reports merged:\n%s", stdout)
	}
}

func TestStdinInput(t *testing.T) {
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader("date,source,target,code\n2023-03-02,CHN,RUS,042\n2023-04-03,RUS,CHN,057\n"), stdout: &out, stderr: &errb}
	dir := filepath.Join(t.TempDir(), "o")
	if code := run(e, []string{"-o", dir, "-formats", "csv", "-"}); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if !strings.Contains(out.String(), "source -: rows: read=2 kept=2") {
		t.Errorf("stdout %s", out.String())
	}
}

func TestArticleInputs(t *testing.T) {
	dir := t.TempDir()
	txt := filepath.Join(dir, "visit.txt")
	os.WriteFile(txt, []byte("---\npublished: 2024-05-16\ntitle: Putin in Beijing\n---\nChinese President Xi Jinping held talks with Russian President Vladimir Putin in Beijing on Thursday.\n"), 0o644)
	jsonl := filepath.Join(dir, "articles.jsonl")
	os.WriteFile(jsonl, []byte(`{"id":"a1","published":"2023-09-13","text":"Chinese President Xi Jinping met Venezuelan President Nicolas Maduro in Beijing on Wednesday."}`+"\n"), 0o644)
	out := filepath.Join(dir, "out")
	code, stdout, errs := runCLI(t, false, "-o", out, "-formats", "csv", txt, jsonl)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"source " + txt + ": rows: read=1 kept=1", "source " + jsonl + ": rows: read=1 kept=1"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("stdout lacks %q:\n%s", want, stdout)
		}
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"-dyads", "CHN"},
		{"-dyads", "CHN-CHN"},
		{"-period", "fortnight"},
		{"-formats", "docx"},
		{"-index", "magic"},
		{"-models", "goldstein,magic"},
		{"-from", "2024-02", "-to", "2023"},
		{"-from", "May 2024"},
		{"-weight", "heavy"},
		{"-goldstein", "mine"},
		{"-quads", "five"},
		{"-dedup", "sometimes"},
		{"-size", "huge"},
		{"-date", "tomorrow"},
		{"-published", "2024/05/16"},
		{"-max-dyads", "0"},
		{"-no-such-flag"},
	} {
		code, _, errs := runCLI(t, false, append([]string{"-o", filepath.Join(t.TempDir(), "o")}, args...)...)
		if code != 2 {
			t.Errorf("%q: exit %d, want 2 (%s)", args, code, errs)
		}
	}
	if code, _, errs := runCLI(t, false, "-h"); code != 0 || errs != "" {
		t.Errorf("-h: exit %d", code)
	}
	code, _, errs := runCLI(t, false, "run", "-h")
	if code != 0 || !strings.Contains(errs, "examples:") || !strings.Contains(errs, "-dyads") {
		t.Errorf("run -h: exit %d\n%s", code, errs)
	}
}

func TestRuntimeErrors(t *testing.T) {
	dir := t.TempDir()
	// missing input
	if code, _, errs := runCLI(t, false, "-o", filepath.Join(dir, "o"), filepath.Join(dir, "nope.csv")); code != 1 || !strings.Contains(errs, "nope.csv") {
		t.Errorf("missing input: %d %q", code, errs)
	}
	// an output folder with other files is never replaced
	mine := filepath.Join(dir, "mine")
	os.MkdirAll(mine, 0o755)
	os.WriteFile(filepath.Join(mine, "notes.txt"), []byte("keep"), 0o644)
	if code, _, errs := runCLI(t, false, "-o", mine, "-formats", "csv"); code != 1 || !strings.Contains(errs, "not an entente report folder") {
		t.Errorf("foreign folder: %d %q", code, errs)
	}
	// no event between two states
	in := filepath.Join(dir, "self.csv")
	os.WriteFile(in, []byte("date,source,target,code\n2023-03-02,USA,USA,042\n"), 0o644)
	if code, _, errs := runCLI(t, false, "-o", filepath.Join(dir, "o2"), in); code != 1 || !strings.Contains(errs, "no events between two states") {
		t.Errorf("no dyads: %d %q", code, errs)
	}
}

// TestProgress: bars and status lines only on a terminal, cleared at the
// end; nothing on a pipe.
func TestProgress(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "e.csv")
	var b strings.Builder
	b.WriteString("date,source,target,code\n")
	for i := 0; i < 200; i++ {
		b.WriteString("2023-03-02,CHN,RUS,042\n2023-04-03,RUS,CHN,057\n")
	}
	os.WriteFile(in, []byte(b.String()), 0o644)
	code, _, errs := runCLI(t, true, "-o", filepath.Join(dir, "o"), "-formats", "csv", in)
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	if !strings.Contains(errs, "reading e.csv") || !strings.Contains(errs, "100%") || !strings.HasSuffix(errs, "\r\x1b[K") {
		t.Errorf("terminal progress %q", errs)
	}
	_, _, errs = runCLI(t, false, "-o", filepath.Join(dir, "o"), "-formats", "csv", in)
	if errs != "" {
		t.Errorf("progress on a pipe: %q", errs)
	}
	_, _, errs = runCLI(t, true, "-q", "-o", filepath.Join(dir, "o"), "-formats", "csv", in)
	if errs != "" {
		t.Errorf("progress with -q: %q", errs)
	}
}

func TestBarLine(t *testing.T) {
	p := &progress{on: true, now: time.Now}
	b := &bar{p: p, label: "reading x.csv", total: 4_000_000, count: 1_000_000, bytes: true}
	if got := b.line(); got != "reading x.csv  25% [######                  ] 1.0/4.0 MB" {
		t.Errorf("line %q", got)
	}
	b = &bar{p: p, label: "coding seeds", total: 0, count: 7}
	if got := b.line(); got != "coding seeds 7" {
		t.Errorf("line %q", got)
	}
}

func TestClassifyInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(content), 0o644)
		return p
	}
	tests := []struct {
		path string
		want inputKind
	}{
		{dir, inputArticleDir},
		{write("a.txt", "date,source,target,code\n"), inputArticleText}, // .txt is text, whatever it holds
		{write("e.csv", "date,source,target,code\n2023-01-01,CHN,RUS,042\n"), inputEvents},
		{write("e.jsonl", `{"date":"2023-01-01","source":"CHN","target":"RUS","code":"042"}`+"\n"), inputEvents},
		{write("arts.jsonl", `{"id":"x","published":"2023-01-01","text":"Xi met Putin."}`+"\n"), inputArticleJSONL},
		{write("news", "Chinese President Xi Jinping met Putin in Moscow.\n"), inputArticleText},
		{write("e.tsv.gz", "\x1f\x8b\x08\x00rest"), inputEvents},
	}
	for _, tt := range tests {
		got, err := classifyInput(tt.path)
		if err != nil || got != tt.want {
			t.Errorf("%s: %v, %v; want %v", filepath.Base(tt.path), got, err, tt.want)
		}
	}
	if _, err := classifyInput(filepath.Join(dir, "missing")); err == nil {
		t.Error("missing file classified")
	}
}

func TestReadArticleFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "x.md")
	os.WriteFile(p, []byte("\ufeff---\npublished: 2024-05-16\ntitle: \"Visit\"\nurl: https://example.org/a\n---\n\nBody text.\n"), 0o644)
	a, err := readArticleFile(p, time.Time{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if a.ID != "x" || a.Title != "Visit" || a.URL != "https://example.org/a" || a.Text != "Body text.\n" || !a.Published.Equal(time.Date(2024, 5, 16, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("article %+v", a)
	}
	os.WriteFile(p, []byte("---\npublished: 16 May\n---\nBody\n"), 0o644)
	_, err = readArticleFile(p, time.Time{}, nil)
	var pe *dataset.ParseError
	if !errors.As(err, &pe) || pe.Line != 2 || pe.Column != "published" || !errors.Is(err, dataset.ErrBadDate) {
		t.Errorf("bad front matter: %v", err)
	}
	// no front matter: -published applies; undated stays undated
	os.WriteFile(p, []byte("Just text."), 0o644)
	a, _ = readArticleFile(p, time.Date(2020, 1, 2, 0, 0, 0, 0, time.UTC), nil)
	if a.Published.Year() != 2020 || a.Text != "Just text." {
		t.Errorf("fallback date: %+v", a)
	}
	a, _ = readArticleFile(p, time.Time{}, nil)
	if !a.Published.IsZero() {
		t.Error("an undated article got a date")
	}
}

func TestReadSidecarAndDir(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "index.tsv"), []byte("file\tpublished\tplace\n001.txt\t2024-05-18\tBeijing\n002.txt\t\tMoscow\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "001.txt"), []byte("One."), 0o644)
	os.WriteFile(filepath.Join(dir, "002.txt"), []byte("Two."), 0o644)
	os.WriteFile(filepath.Join(dir, "notes.csv"), []byte("ignored"), 0o644)
	arts, err := readArticleDir(dir, time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 2 || arts[0].Published.Format("2006-01-02") != "2024-05-18" || arts[1].Published.Year() != 2000 {
		t.Errorf("articles %+v", arts)
	}
	os.WriteFile(filepath.Join(dir, "index.tsv"), []byte("file\tpublished\n001.txt\tyesterday\n"), 0o644)
	_, err = readArticleDir(dir, time.Time{})
	var pe *dataset.ParseError
	if !errors.As(err, &pe) || pe.Line != 2 || pe.Column != "published" || !strings.HasSuffix(pe.File, "index.tsv") {
		t.Errorf("bad sidecar: %v", err)
	}
	os.WriteFile(filepath.Join(dir, "index.tsv"), []byte("name\tpublished\n"), 0o644)
	if _, err := readArticleDir(dir, time.Time{}); !errors.Is(err, dataset.ErrMissingField) {
		t.Errorf("sidecar without file column: %v", err)
	}
	empty := t.TempDir()
	if _, err := readArticleDir(empty, time.Time{}); err == nil {
		t.Error("empty folder accepted")
	}
}

func TestReadArticlesJSONL(t *testing.T) {
	p := filepath.Join(t.TempDir(), "a.jsonl")
	os.WriteFile(p, []byte(`{"id":"a","published":"2024-05-16T08:00:00Z","text":"x"}`+"\n\n"+`{"text":"y"}`+"\n"+`{"text":`+"\n"), 0o644)
	_, err := readArticlesJSONL(p, time.Time{})
	var pe *dataset.ParseError
	if !errors.As(err, &pe) || pe.Line != 4 || !errors.Is(err, dataset.ErrSyntax) {
		t.Fatalf("bad record: %v", err)
	}
	os.WriteFile(p, []byte(`{"id":"a","published":"2024-05-16T08:00:00Z","text":"x"}`+"\n"+`{"text":"y"}`+"\n"), 0o644)
	arts, err := readArticlesJSONL(p, time.Time{})
	if err != nil || len(arts) != 2 || arts[0].Published.Day() != 16 || arts[1].ID != "a.jsonl:2" || !arts[1].Published.IsZero() {
		t.Errorf("articles %+v, %v", arts, err)
	}
	os.WriteFile(p, []byte(`{"published":"May 16","text":"x"}`+"\n"), 0o644)
	if _, err := readArticlesJSONL(p, time.Time{}); !errors.Is(err, dataset.ErrBadDate) {
		t.Errorf("bad date: %v", err)
	}
}

func TestPeriodFlags(t *testing.T) {
	tests := []struct {
		in         string
		start, end string
	}{
		{"2024", "2024-01-01", "2024-12-31"},
		{"2024-02", "2024-02-01", "2024-02-29"},
		{"2024-05-16", "2024-05-16", "2024-05-16"},
	}
	for _, tt := range tests {
		s, err1 := parsePeriodStart(tt.in, "-from")
		e, err2 := parsePeriodEndDay(tt.in, "-to")
		if err1 != nil || err2 != nil || s.Format("2006-01-02") != tt.start || e.Format("2006-01-02") != tt.end {
			t.Errorf("%s: %v %v, %v %v", tt.in, s, err1, e, err2)
		}
	}
}

func FuzzReadArticleFile(f *testing.F) {
	f.Add([]byte("---\npublished: 2024-05-16\ntitle: T\n---\nBody"))
	f.Add([]byte("---\n---\n"))
	f.Add([]byte("---\npublished: x"))
	f.Add([]byte("plain text"))
	f.Fuzz(func(t *testing.T, data []byte) {
		p := filepath.Join(t.TempDir(), "a.txt")
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		a, err := readArticleFile(p, time.Time{}, nil)
		if err != nil {
			var pe *dataset.ParseError
			if !errors.As(err, &pe) || pe.File != p || pe.Line < 1 {
				t.Fatalf("error without file and line: %v", err)
			}
			return
		}
		if len(a.Text) > len(data) {
			t.Fatalf("text grew: %d > %d", len(a.Text), len(data))
		}
	})
}

func FuzzReadSidecar(f *testing.F) {
	f.Add([]byte("file\tpublished\n001.txt\t2024-05-18\n"))
	f.Add([]byte("file\n\n\n"))
	f.Add([]byte("published\tfile\tid\n2024-01-01\ta.txt\tx\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		p := filepath.Join(t.TempDir(), "index.tsv")
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		m, err := readSidecar(p)
		if err != nil {
			var pe *dataset.ParseError
			if errors.As(err, &pe) && (pe.File != p || pe.Line < 1) {
				t.Fatalf("error without file and line: %v", err)
			}
			return
		}
		for _, v := range m {
			if !v.published.IsZero() && v.published.Hour() != 0 {
				t.Fatalf("published not a day: %v", v.published)
			}
		}
	})
}

func FuzzReadArticlesJSONL(f *testing.F) {
	f.Add([]byte(`{"id":"a","published":"2024-05-16","text":"x"}` + "\n"))
	f.Add([]byte(`{"text":1}`))
	f.Add([]byte("\n\n{}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		p := filepath.Join(t.TempDir(), "a.jsonl")
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		arts, err := readArticlesJSONL(p, time.Time{})
		if err != nil {
			return
		}
		for _, a := range arts {
			if a.ID == "" {
				t.Fatal("article without an id")
			}
		}
	})
}
