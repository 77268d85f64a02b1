package main

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/entente/entente/chronology"
	"github.com/entente/entente/dataset"
	"github.com/entente/entente/extract"
	"github.com/entente/entente/internal/sharedtest"
	"github.com/entente/entente/score"
)

// Finding 4 of issue 15: a run that ends in "no events" printed only
// "report: report: no events…", without the rows line or the reason. Each
// input below gives its rows line and its reason on stderr, under -q too,
// and the run exits 1 without an output folder.
func TestNoEventsShowsAccounting(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string { return writeTestFile(t, dir, name, text) }
	empty := write("empty.csv", "")
	header := write("header.csv", "date,source,target,code\n")
	folder := filepath.Join(dir, "nothing")
	os.Mkdir(folder, 0o755)
	// one article record over the article reader's limit
	// (extract.DefaultMaxBytes, the "line too long" reason); its first
	// 64 KiB are not a whole record, yet it is read as an article
	long := write("long.jsonl", `{"id":"a","published":"2024-05-16","title":"t","text":"`+strings.Repeat("Putin met Xi. ", extract.DefaultMaxBytes/14+1)+"\"}\n")
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{empty, []string{"empty.csv: rows: read=0 kept=0 rejected=0 filtered=0", "empty.csv: no rows", "report: no events: the inputs hold no rows"}},
		{header, []string{"header.csv: rows: read=0 kept=0 rejected=0 filtered=0", "header.csv: no rows"}},
		{os.DevNull, []string{os.DevNull + ": rows: read=0 kept=0 rejected=0 filtered=0"}},
		{folder, []string{"nothing: articles: read=0 kept=0 rejected=0 filtered=0 events=0", "nothing: no articles", "report: no events: the inputs hold no articles"}},
		{long, []string{"long.jsonl: articles: read=1 kept=0 rejected=1 filtered=0 events=0", "long.jsonl: reject: 1 line too long", "1 article rejected (reasons above)"}},
	} {
		out := filepath.Join(dir, "out")
		code, stdout, stderr := runCLI(t, false, "-q", "-o", out, tc.in)
		if code != exitFailure {
			t.Errorf("%s: exit %d, want 1", tc.in, code)
		}
		if stdout != "" {
			t.Errorf("%s: -q printed on stdout: %q", tc.in, stdout)
		}
		for _, w := range tc.want {
			if !strings.Contains(stderr, w) {
				t.Errorf("%s: stderr lacks %q:\n%s", tc.in, w, stderr)
			}
		}
		if strings.Contains(stderr, "report: report:") {
			t.Errorf("%s: doubled prefix:\n%s", tc.in, stderr)
		}
		if _, err := os.Stat(out); err == nil {
			t.Errorf("%s: a failed run wrote %s", tc.in, out)
		}
	}
}

// Finding 5 of issue 15: the README's -dyads/-from/-to example on the GDELT
// sample kept 0 events and wrote an empty report with exit 0. It must fail,
// say which filter removed the rows and where the events kept lie, and
// suggest the data's range (the sample's rows run from 1982-01-02, a
// backfile row, to 2016-07-28, the file's day). -from is no read filter
// (the history before it is scored): of the 710 rows (`report inspect`:
// "rows: read=710"), 4 are CHN-RUS or CHN-USA (awk on the file's columns
// 8 and 18, Actor1CountryCode and Actor2CountryCode: 1982-01-02 USA→CHN
// 110, 2016-07-27 CHN→USA 112, 2016-07-28 USA→CHN 043 and RUS→CHN 020),
// 706 are other dyads; the 1982 row is the sparse tail (FindSparseTail:
// 2016-07 is the continuous run), the three of 2016-07 lie before -from
// 2018, read for the scores.
func TestNoEventsAfterFilters(t *testing.T) {
	gdelt := sharedtest.Path(t, "data/gdelt/gdelt1_daily_events_sample_20160728.tsv")
	dir := t.TempDir()
	out := filepath.Join(dir, "out")
	code, stdout, stderr := runCLI(t, false, "-o", out, "-dyads", "CHN-RUS,CHN-USA", "-from", "2018", "-to", "2024-06", gdelt)
	if code != exitFailure {
		t.Fatalf("exit %d, want 1\n%s\n%s", code, stdout, stderr)
	}
	for _, w := range []string{
		"rows: read=710 kept=4 rejected=0 filtered=706",
		"filter: 706 not one of -dyads",
		"report: nothing to report: no events between two states in the report's period (2018-01-01 to 2024-06-30); 710 rows read, filtered on reading (not one of -dyads: 706); 4 events kept (before -from, read for the scores but not shown: 3, in the sparse tail before the data becomes continuous: 1)",
		"the data runs from 1982-01-02 to 2016-07-28: try -from 1982-01 -to 2016-07",
	} {
		if !strings.Contains(stderr, w) {
			t.Errorf("stderr lacks %q:\n%s", w, stderr)
		}
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("an empty report was written")
	}
}

// Finding 6 of issue 15: -rejects existed only on inspect. On run it keeps
// the rejected rows, also when the run then fails.
func TestRunRejects(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "bad.csv")
	// every row has an impossible month: all rejected, the run fails
	os.WriteFile(in, []byte("date,source,target,code\n2023-13-45,TUR,CIV,057\n2023-14-01,CHN,RUS,057\n"), 0o644)
	rej := filepath.Join(dir, "rejects.tsv")
	code, _, stderr := runCLI(t, false, "-q", "-rejects", rej, "-o", filepath.Join(dir, "out"), in)
	if code != exitFailure {
		t.Fatalf("exit %d, want 1\n%s", code, stderr)
	}
	if !strings.Contains(stderr, "bad.csv: rows: read=2 kept=0 rejected=2 filtered=0") {
		t.Errorf("stderr:\n%s", stderr)
	}
	b, err := os.ReadFile(rej)
	if err != nil {
		t.Fatalf("-rejects not written on failure: %v", err)
	}
	for _, row := range []string{"2023-13-45,TUR,CIV,057", "2023-14-01,CHN,RUS,057"} {
		if !strings.Contains(string(b), row) {
			t.Errorf("rejects file lacks %q:\n%s", row, b)
		}
	}
}

// Finding 8 of issue 15: errors were printed twice with doubled prefixes.
// Each error is printed once, with one "report: " prefix.
func TestOneErrorVoice(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing.csv")
	for _, args := range [][]string{
		{"inspect", missing},
		{"-o", filepath.Join(dir, "out"), missing},
	} {
		code, _, stderr := runCLI(t, false, args...)
		if code != exitFailure {
			t.Errorf("%v: exit %d", args, code)
		}
		want := "report: " + missing + ": no such file or directory\n"
		if strings.Count(stderr, "report: ") != 1 || !strings.Contains(stderr, want) {
			t.Errorf("%v: stderr %q, want once %q", args, stderr, want)
		}
	}
}

func TestPlural(t *testing.T) {
	for n, want := range map[int64]string{0: "0 events", 1: "1 event", 2: "2 events"} {
		if got := plural(n, "event"); got != want {
			t.Errorf("plural(%d) = %q, want %q", n, got, want)
		}
	}
}

// Finding 9 of issue 15: -q was a model variance in score and quiet
// elsewhere. Now -q is quiet in every command (the variance is
// -state-variance), and score keeps the accounting and the rejected rows
// (-rejects) on failure, -q or not.
func TestScoreQuietAndRejects(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "bad.csv")
	os.WriteFile(in, []byte("date,source,target,code\n2023-13-45,TUR,CIV,057\n"), 0o644)
	rej := filepath.Join(dir, "rejects.tsv")
	code, _, stderr := runCLI(t, false, "score", "-q", "-rejects", rej, in)
	if code != exitFailure || !strings.Contains(stderr, "rows: read=1 kept=0 rejected=1 filtered=0") {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr)
	}
	if b, err := os.ReadFile(rej); err != nil || !strings.Contains(string(b), "2023-13-45,TUR,CIV,057") {
		t.Errorf("-rejects: %v %q", err, b)
	}
	good := filepath.Join(dir, "good.csv")
	os.WriteFile(good, []byte("date,source,target,code\n2023-03-02,CHN,RUS,042\n"), 0o644)
	for _, q := range []string{"-q", "-quiet"} {
		code, stdout, stderr := runCLI(t, false, "score", q, "-dyads", "CHN-RUS", good)
		if code != exitOK || stderr != "" || !strings.HasPrefix(stdout, "dyad,period,model") {
			t.Errorf("%s: exit %d, stderr %q, stdout %q", q, code, stderr, stdout)
		}
	}
	// -q takes no value any more: "-q 0.2" is quiet and an input "0.2",
	// so the -dyads after it is a flag after the first input: a usage
	// error that says so (parseFlags)
	if code, _, errs := runCLI(t, false, "score", "-q", "0.2", "-dyads", "CHN-RUS", good); code != exitUsage || !strings.Contains(errs, "-dyads after the input 0.2: flags go before the inputs") {
		t.Errorf("-q 0.2: exit %d, want 2 (-dyads after the input 0.2): %s", code, errs)
	}
	if code, _, _ := runCLI(t, false, "score", "-q", "-dyads", "CHN-RUS", "0.2", good); code != exitFailure {
		t.Errorf("-q -dyads CHN-RUS 0.2: exit %d, want 1 (no file 0.2)", code)
	}
}

// Finding 9 of issue 15: one name for "how many dyads", with one default.
func TestMaxDyadsEverywhere(t *testing.T) {
	for _, cmd := range []string{"run", "score", "inspect"} {
		code, _, stderr := runCLI(t, false, cmd, "-h")
		if code != exitOK || !strings.Contains(stderr, "-max-dyads int") || !strings.Contains(stderr, "(default 6)") {
			t.Errorf("%s -h: exit %d, lacks -max-dyads with the default 6 (report.DefaultMaxDyads):\n%s", cmd, code, stderr)
		}
	}
	for _, cmd := range []string{"score", "inspect", "align"} {
		if code, _, _ := runCLI(t, false, cmd, "-top", "3"); code != exitUsage {
			t.Errorf("%s -top: exit %d, want 2 (-top is run's top events only)", cmd, code)
		}
	}
}

// extract keeps the accounting of a failed run under -q too (finding 4's
// rule for every command): -strict stops at the unreadable record and the
// articles line still says what was read.
func TestExtractFailureShowsAccounting(t *testing.T) {
	in := filepath.Join(t.TempDir(), "arts.jsonl")
	os.WriteFile(in, []byte(`{"id":"a","published":"2024-05-16","text":"Xi met Putin in Beijing."}`+"\n{not json\n"), 0o644)
	code, _, stderr := runCLI(t, false, "extract", "-q", "-strict", in)
	if code != exitFailure || !strings.Contains(stderr, "arts.jsonl: articles: read=") || strings.Count(stderr, "report: ") != 1 {
		t.Errorf("exit %d, stderr:\n%s", code, stderr)
	}
}

// Finding 6 of issue 15 for extract: -rejects lists every rejected article
// record (here the two records that are not JSON, lines 2 and 3).
func TestExtractRejects(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "arts.jsonl")
	os.WriteFile(in, []byte(`{"id":"a","published":"2024-05-16","text":"Xi met Putin in Beijing."}`+"\n{not json\n{nor this\n"), 0o644)
	rej := filepath.Join(dir, "rejects.txt")
	code, _, stderr := runCLI(t, false, "extract", "-q", "-rejects", rej, "-o", filepath.Join(dir, "x.jsonl"), in)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	b, err := os.ReadFile(rej)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	if len(lines) != 2 || !strings.Contains(lines[0], "arts.jsonl:2") || !strings.Contains(lines[1], "arts.jsonl:3") {
		t.Errorf("rejects file:\n%s", b)
	}
}

// A JSONL article whose first record is longer than classifyInput's 64 KiB
// peek was read as an event file and rejected with the event reader's
// 1 MiB line limit; it is an article (finding 4's "20 MB article").
func TestLongArticleIsArticle(t *testing.T) {
	head := []byte(`{"id":"a","published":"2024-05-16","text":"` + strings.Repeat("x", 70_000))
	if !isArticleJSONL(head) {
		t.Error("a cut article record is not recognised")
	}
	if isArticleJSONL([]byte(`{"date":"2024-05-16","code":"042","text":"` + strings.Repeat("x", 70_000))) {
		t.Error("a cut event record with a code is taken for an article")
	}
}

// isArticleJSONL reads any prefix without panicking, and a whole record
// and its cut prefix agree when the cut keeps both keys' positions.
func FuzzIsArticleJSONL(f *testing.F) {
	for _, s := range []string{`{"id":"a","text":"x"}`, `{"date":"2024-01-01","code":"042"}`, `{"text":`, `{`, `[]`, "", `{"a":{"text":1},"code":2}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		whole := isArticleJSONL(b)
		text, code := topLevelKeys(b)
		if whole && code {
			t.Fatalf("%q: an article with a top-level code key", b)
		}
		_ = text
	})
}

// Every entry of a zip gets its own line, NAME:ENTRY: rows: …, on success
// as on failure.
func TestZipPartLines(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "two.zip")
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, body := range map[string]string{
		"a.csv": "date,source,target,code\n2023-03-02,CHN,RUS,042\n2023-04-02,CHN,RUS,057\n",
		"b.csv": "date,source,target,code\n2023-03-05,CHN,RUS,042\n2023-13-45,CHN,RUS,042\n",
	} {
		w, _ := zw.Create(name)
		w.Write([]byte(body))
	}
	zw.Close()
	os.WriteFile(path, buf.Bytes(), 0o644)
	code, stdout, stderr := runCLI(t, false, "-o", filepath.Join(dir, "out"), "-formats", "csv", path)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, w := range []string{path + ":a.csv: rows: read=2 kept=2 rejected=0 filtered=0", path + ":b.csv: rows: read=2 kept=1 rejected=1 filtered=0"} {
		if !strings.Contains(stdout, w+"\n") {
			t.Errorf("stdout lacks %q:\n%s", w, stdout)
		}
	}
	// -to is the read filter (-from chooses the periods shown): the rows
	// of 2023 are filtered
	code, _, stderr = runCLI(t, false, "-q", "-o", filepath.Join(dir, "out2"), "-to", "2020", path)
	if code != exitFailure || !strings.Contains(stderr, path+":b.csv: rows: read=2 kept=0 rejected=1 filtered=1\n") {
		t.Errorf("exit %d:\n%s", code, stderr)
	}
	// read from standard input the archive is "-", and so are its entries'
	// names ("<stdin>:a.csv" before; review)
	var sout, serr bytes.Buffer
	e := &env{stdin: bytes.NewReader(buf.Bytes()), stdout: &sout, stderr: &serr}
	withStdin(t, buf.Bytes(), func() { code = run(e, []string{"inspect", "-q", "-"}) })
	if !strings.Contains(sout.String(), "-:a.csv: rows: read=2 kept=2 rejected=0 filtered=0\n") || strings.Contains(sout.String(), "<stdin>") {
		t.Errorf("inspect -q - of a zip: exit %d\n%s%s", code, sout.String(), serr.String())
	}
}

// noEventsError says why a run has no events: nothing read, nothing coded
// or held between two states, or which filters and rejections removed the
// rest (never an empty list of filters).
func TestNoEventsError(t *testing.T) {
	var zero time.Time
	for _, c := range []struct {
		accs []account
		want string
	}{
		{[]account{{name: "a.jsonl", rep: &dataset.Report{}, articles: true}}, "no events: the inputs hold no articles"},
		{[]account{{name: "a.jsonl", rep: &dataset.Report{Read: 1, Kept: 1}, articles: true}}, "no events: the coder found none in the 1 article read"},
		{[]account{{name: "e.csv", rep: &dataset.Report{Read: 2, Kept: 2}}}, "no events: the 2 rows read hold none between two states"},
		{[]account{{name: "e.csv", rep: &dataset.Report{Read: 3, Rejected: 3}}}, "no events after the filters: 3 rows rejected (reasons above)"},
	} {
		if got := noEventsError(c.accs, zero, zero).Error(); got != c.want {
			t.Errorf("%+v: %q, want %q", c.accs[0], got, c.want)
		}
	}
}

// Issue 11: every command prints an input's accounting in one form
// (accountLine): "NAME: rows: read=N kept=N rejected=N filtered=N", rows
// named articles for news articles, what the command made of the rows in
// key=N fields after, and NAME the input as the command line names it
// (standard input is "-"). extract printed "NAME: articles: …" with
// indented details, render "scores NAME: rows: …, 24 series of 6 dyads",
// run "source NAME: rows: …", run on failure "NAME: rows: … (articles)",
// inspect on standard input "<stdin>: rows: …", align on the embedded
// votes "embedded:votes: UN General Assembly votes …; rows: …".
func TestOneAccountingForm(t *testing.T) {
	const events, articles = "../../chronology/events.csv", "../../examples/articles.jsonl"
	dir := t.TempDir()
	scores := filepath.Join(dir, "scores.csv")
	data, err := os.ReadFile(events)
	if err != nil {
		t.Fatal(err)
	}
	// rows of events.csv (its lines less the header, counted here so
	// that the chronology can grow) and of examples/articles.jsonl (9
	// JSONL records)
	n := strconv.Itoa(bytes.Count(data, []byte("\n")) - 1)
	rows := func(name string) string {
		return `^` + regexp.QuoteMeta(name) + `: rows: read=` + n + ` kept=` + n + ` rejected=0 filtered=0`
	}
	cases := []struct {
		name string
		args []string
		want string // a regexp one line of the output must match
	}{
		// -roles all: nothing filtered, every row an event
		{"run", []string{"-roles", "all", "-o", filepath.Join(dir, "r"), "-formats", "csv", events}, rows(events) + ` events=` + n + `$`},
		{"run articles", []string{"-o", filepath.Join(dir, "a"), "-formats", "csv", articles}, `^` + regexp.QuoteMeta(articles) + `: articles: read=9 kept=9 rejected=0 filtered=0 events=\d+$`},
		{"extract", []string{"extract", "-o", filepath.Join(dir, "e.csv"), articles}, `^` + regexp.QuoteMeta(articles) + `: articles: read=9 kept=9 rejected=0 filtered=0 events=\d+$`},
		{"score", []string{"score", "-roles", "all", "-o", scores, events}, rows(events) + `$`},
		{"inspect -q -", []string{"inspect", "-q", "-"}, rows("-") + `$`},
		// the embedded chronology by its name, as the main job names it
		// (inspect had named it chronology/events.csv; review)
		{"inspect -q", []string{"inspect", "-q"}, rows(chronology.Name()) + `$`},
		{"render", []string{"render", "-o", filepath.Join(dir, "s"), "-formats", "csv", scores}, `^` + regexp.QuoteMeta(scores) + `: rows: read=\d+ kept=\d+ rejected=0 filtered=0 series=\d+ dyads=\d+$`},
		// the embedded votes: PROVENANCE.md of ../shared/data/unvotes,
		// 870,109 votes on 6,203 roll calls
		{"align", []string{"align", "-dyads", "CHN-USA", "-measure", "agreement", "-o", filepath.Join(dir, "v.csv")}, `^embedded:votes: rows: read=870109 kept=870109 rejected=0 filtered=0 roll-calls=6203 countries=\d+$`},
	}
	form := regexp.MustCompile(`^(.+): (rows|articles): read=\d+ kept=\d+ rejected=\d+ filtered=\d+( [a-z-]+=\d+)*$`)
	for _, c := range cases {
		var sout, serr bytes.Buffer
		e := &env{stdin: bytes.NewReader(data), stdout: &sout, stderr: &serr}
		var code int
		withStdin(t, data, func() { code = run(e, c.args) }) // inspect reads os.Stdin
		if code != 0 {
			t.Errorf("%s: exit %d: %s", c.name, code, serr.String())
			continue
		}
		re := regexp.MustCompile(c.want)
		found := false
		for _, l := range strings.Split(sout.String()+serr.String(), "\n") {
			if re.MatchString(l) {
				found = true
			}
			// every line naming read= and kept= counts is an accounting line
			if strings.Contains(l, "read=") && strings.Contains(l, " kept=") && !form.MatchString(l) && !strings.HasPrefix(l, "rows: ") {
				t.Errorf("%s: a line not in the accounting form: %q", c.name, l)
			}
		}
		if !found {
			t.Errorf("%s: no line matching %s in\n%s%s", c.name, c.want, sout.String(), serr.String())
		}
	}
}

// Issue 11: a -strict failure printed its error twice, as the accounting's
// sample line and as the final line. The bad row is now named once, by the
// final line, after the accounting (rows, reasons).
func TestStrictErrorOnce(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string { return writeTestFile(t, dir, name, text) }
	// the 6th line's date has month 13
	events := write("bad.csv", "date,source,target,code\n2020-01-01,CHN,RUS,042\n2020-02-01,CHN,RUS,042\n2020-03-01,CHN,RUS,042\n2020-04-01,CHN,RUS,042\n2020-13-01,CHN,RUS,042\n2020-05-01,CHN,RUS,042\n")
	// the second record is not JSON
	articles := write("bad.jsonl", `{"id":"1","published":"2024-05-16","text":"Russian President Vladimir Putin paid a state visit to China."}`+"\n{bad\n")
	// the third line's period has month 13
	scores := write("s.csv", score.TidyHeader+"\nCHN-RUS,2024-01-01,level,1,0,2,3\nCHN-RUS,2024-13-01,level,1,0,2,3\n")
	for _, c := range []struct {
		name string
		args []string
		bad  string // what names the bad row
	}{
		{"run", []string{"-strict", "-o", filepath.Join(dir, "r"), events}, events + ":6:"},
		{"run -q", []string{"-q", "-strict", "-o", filepath.Join(dir, "r"), events}, events + ":6:"},
		{"score", []string{"score", "-strict", events}, events + ":6:"},
		{"run articles", []string{"-strict", "-o", filepath.Join(dir, "r"), articles}, articles + ":2:"},
		{"extract", []string{"extract", "-strict", "-o", filepath.Join(dir, "e.csv"), articles}, articles + ":2:"},
		{"render", []string{"render", "-strict", "-o", filepath.Join(dir, "s"), scores}, scores + ":3"},
	} {
		code, _, errs := runCLI(t, false, c.args...)
		if code != exitFailure || strings.Count(errs, c.bad) != 1 || !strings.Contains(errs, "read=") ||
			!strings.HasPrefix(errs[strings.LastIndex(strings.TrimSuffix(errs, "\n"), "\n")+1:], "report: "+c.bad) {
			t.Errorf("%s: exit %d; want %q once, on the last line, after the accounting:\n%s", c.name, code, c.bad, errs)
		}
	}
}

// writeTestFile writes text to dir/name and returns the path; a write
// error fails the test.
func writeTestFile(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}
