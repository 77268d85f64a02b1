package dataset

import (
	"archive/zip"
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/entente/entente/internal/sharedtest"
)

const (
	gdelt1Sample   = "data/gdelt/gdelt1_daily_events_sample_20160728.tsv"
	icewsSample    = "data/icews/events.2018.sample.tab"
	ploverDev      = "data/plover/PLOVER_GSR_CAMEO.dev.json"
	mentionsSample = "data/gdelt/gdelt2_mentions_sample_20170701.csv"
)

// balanced fails t unless the report reconciles.
func balanced(t testing.TB, rep *Report) {
	t.Helper()
	if rep == nil {
		t.Fatal("nil report")
	}
	if !rep.Balanced() {
		t.Errorf("%s: read %d != kept %d + rejected %d + filtered %d", rep.File, rep.Read, rep.Kept, rep.Rejected, rep.Filtered)
	}
}

// gdeltRow builds a valid GDELT 1.0 row of 58 fields (57 when url is
// "-"), with the given id, date, actor countries and event code.
func gdeltRow(id, date, c1, c2, code, url string) string {
	f := make([]string, 58)
	f[gdeltID], f[gdeltSQLDate] = id, date
	f[2], f[3] = date[:6], date[:4]
	f[gdeltA1Code], f[gdeltA1Country], f[gdeltA1Name] = c1, c1, "ACTOR "+c1
	f[gdeltA2Code], f[gdeltA2Country], f[gdeltA2Name] = c2, c2, "ACTOR "+c2
	f[25] = "1"
	f[gdeltEventCode] = code
	if len(code) >= 3 {
		f[gdeltBaseCode] = code[:3]
	}
	f[gdeltRootCode] = code[:2]
	f[gdeltNumMentions], f[gdeltNumSources], f[gdeltNumArticles] = "4", "1", "4"
	f[gdeltAvgTone] = "-1.5"
	f[56] = "20160728"
	f[57] = url
	if url == "-" {
		f = f[:57]
	}
	return strings.Join(f, "\t")
}

func readString(t testing.TB, name, data string, opts *ReadOptions) ([]Event, *Report, error) {
	t.Helper()
	ev, rep, err := ReadEvents(strings.NewReader(data), name, opts)
	balanced(t, rep)
	return ev, rep, err
}

// The GDELT 1.0 sample (PROVENANCE.md): 710 rows, 509 of 58 columns and
// 201 of 57, all valid, so all are kept.
func TestReadGDELT1Sample(t *testing.T) {
	path := sharedtest.Path(t, gdelt1Sample)
	events, rep, err := ReadFile(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	balanced(t, rep)
	if rep.Format != FormatGDELT1 {
		t.Errorf("format %q, want gdelt1", rep.Format)
	}
	if rep.Read != 710 || rep.Kept != 710 || rep.Rejected != 0 || rep.Filtered != 0 {
		t.Fatalf("%s; want read=710 kept=710 (PROVENANCE.md); samples %v", rep.RowsLine(), rep.Samples)
	}
	withURL := 0
	quads := map[int]int{}
	for _, e := range events {
		if e.URL != "" {
			withURL++
		}
		quads[int(e.Quad)]++
		if !e.CodeValid || len(e.Code) < 3 || e.Root != e.Code[:2] {
			t.Fatalf("line %d: code %q valid=%v root %q", e.Origin.Line, e.Code, e.CodeValid, e.Root)
		}
	}
	// 509 rows have 58 columns with a SOURCEURL, 201 have 57 without.
	if withURL != 509 {
		t.Errorf("%d events with a URL, want 509 (the 58-column rows)", withURL)
	}
	// QuadClass counts in the file (awk -F'\t' '{print $30}' | sort | uniq -c).
	if quads[1] != 433 || quads[2] != 67 || quads[3] != 107 || quads[4] != 103 {
		t.Errorf("quad counts %v, want 1:433 2:67 3:107 4:103 (the file's QuadClass)", quads)
	}
	// date range of SQLDATE in the file (sort | sed -n '1p;$p')
	if rep.First.Format("20060102") != "19820102" || rep.Last.Format("20060102") != "20160728" {
		t.Errorf("date range %v .. %v, want 1982-01-02 .. 2016-07-28", rep.First, rep.Last)
	}
	// the first row, checked field by field against the file
	e := events[0]
	if e.ID != "564111644" || e.Date.Format("2006-01-02") != "2006-07-31" || e.Code != "010" ||
		e.Source.Code != "USA" || e.Source.Name != "UNITED STATES" || e.Goldstein != 0 ||
		e.Mentions != 2 || e.Sources != 1 || e.Articles != 2 || e.Tone != -0.34188034188034 ||
		e.DateAdded.Format("20060102") != "20160728" || e.Origin.Line != 1 ||
		e.URL != "http://wtop.com/lifestyle/2016/07/deepest-darkest-secrets-now-display-national-postal-museum/" {
		t.Errorf("first event %+v", e)
	}
}

// Compressed copies are built at test time (never committed); the
// content decides, not the name.
func TestReadGDELT1SampleCompressed(t *testing.T) {
	path := sharedtest.Path(t, gdelt1Sample)
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	gz := writeTemp(t, "events.tsv", gzipBytes(t, string(raw)))
	zp := writeTemp(t, "events.dat", zipBytes(t,
		zipEntry{name: "a/events.export.CSV", body: string(raw)},
		zipEntry{name: "b.CSV", body: string(raw)},
	))
	for _, tc := range []struct {
		path, compression string
		rows              int64
		parts             []string
	}{
		{gz, compressionGzip, 710, []string{gz}},
		{zp, compressionZip, 1420, []string{zp + ":a/events.export.CSV", zp + ":b.CSV"}},
	} {
		r, err := Open(tc.path, nil)
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]int{}
		var e Event
		for {
			err := r.Next(&e)
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatal(err)
			}
			seen[e.Origin.File]++
		}
		rep := r.Report()
		r.Close()
		balanced(t, rep)
		if r.Compression() != tc.compression || rep.Format != FormatGDELT1 || rep.Kept != tc.rows || rep.Rejected != 0 {
			t.Errorf("%s: %s %s %s, want %s gdelt1 kept=%d", tc.path, r.Compression(), rep.Format, rep.RowsLine(), tc.compression, tc.rows)
		}
		for _, p := range tc.parts {
			if seen[p] != 710 {
				t.Errorf("%s: %d events from %q, want 710 (seen %v)", tc.path, seen[p], p, seen)
			}
		}
	}
}

// A cut .gz or .zip: the rows before the damage are read and counted, the
// row cut in half is rejected, and the error wraps ErrTruncated and names
// the file.
func TestReadTruncatedArchives(t *testing.T) {
	path := sharedtest.Path(t, gdelt1Sample)
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	gz := gzipBytes(t, string(raw))
	zp := zipBytes(t, zipEntry{name: "events.tsv", body: string(raw)})
	for name, data := range map[string][]byte{"cut.tsv.gz": gz[:len(gz)*2/3], "cut.zip": zp[:len(zp)*2/3]} {
		p := writeTemp(t, name, data)
		events, rep, err := ReadFile(p, nil)
		balanced(t, rep)
		if !errors.Is(err, ErrTruncated) {
			t.Errorf("%s: error %v, want ErrTruncated", name, err)
			continue
		}
		if !strings.Contains(err.Error(), p) {
			t.Errorf("%s: error %q does not name the file", name, err)
		}
		if len(events) == 0 || len(events) >= 710 || int64(len(events)) != rep.Kept {
			t.Errorf("%s: %d events, report %s", name, len(events), rep.RowsLine())
		}
		// the next call returns the same error
		r, _ := Open(p, nil)
		var e Event
		for r.Next(&e) == nil {
		}
		if err2 := r.Next(&e); !errors.Is(err2, ErrTruncated) {
			t.Errorf("%s: later Next returned %v", name, err2)
		}
		r.Close()
	}
}

func TestReadGDELTMixedAndBadRows(t *testing.T) {
	rows := []string{
		gdeltRow("1", "20160728", "USA", "CHN", "042", "http://a"),
		gdeltRow("2", "20160728", "RUS", "UKR", "190", "-"), // 57 columns: valid
		gdeltRow("3", "20160231", "USA", "CHN", "042", ""),  // no 31 February
		gdeltRow("4", "20160728", "USA", "CHN", "42", ""),   // not a code: GDELT codes are strings
		gdeltRow("5", "20160728", "USA", "CHN", "0311", "") + "\textra",
		strings.Replace(gdeltRow("6", "20160728", "USA", "CHN", "042", ""), "\t4\t1\t4\t", "\tfour\t1\t4\t", 1),
		"",
		strings.Replace(gdeltRow("7", "20160728", "USA", "CHN", "042", ""), "ACTOR USA", "Caf\xe9", 1),
		gdeltRow("8", "20160728", "USA", "CHN", "0311", ""),
	}
	var rejects bytes.Buffer
	events, rep, err := readString(t, "mixed.tsv", strings.Join(rows, "\n")+"\n", &ReadOptions{Format: FormatGDELT1, Rejects: &rejects})
	if err != nil {
		t.Fatal(err)
	}
	// 8 data rows (the blank line is not a row): 1, 2 and 8 are valid.
	if rep.RowsLine() != "rows: read=8 kept=3 rejected=5 filtered=0" {
		t.Fatalf("%s\n%s", rep.RowsLine(), rep.Summary())
	}
	if events[0].ID != "1" || events[1].ID != "2" || events[2].ID != "8" || events[1].URL != "" || events[0].URL != "http://a" {
		t.Errorf("kept %v %v %v", events[0].ID, events[1].ID, events[2].ID)
	}
	want := []struct {
		line   int
		column string
		err    error
	}{
		{3, "SQLDATE", ErrBadDate},
		{4, "EventCode", ErrBadCode},
		{5, "", ErrColumnCount},
		{6, "NumMentions", ErrBadNumber},
		{8, "Actor1Name", ErrEncoding},
	}
	if len(rep.Samples) != len(want) {
		t.Fatalf("samples %v", rep.Samples)
	}
	for i, w := range want {
		s := rep.Samples[i]
		if s.Line != w.line || s.Column != w.column || !errors.Is(s, w.err) || s.File != "mixed.tsv" {
			t.Errorf("sample %d = %v (line %d column %q), want line %d column %q %v", i, s, s.Line, s.Column, w.line, w.column, w.err)
		}
	}
	wantRejects := strings.Join([]string{rows[2], rows[3], rows[4], rows[5], rows[7]}, "\n") + "\n"
	if rejects.String() != wantRejects {
		t.Errorf("rejects file:\n%q\nwant\n%q", rejects.String(), wantRejects)
	}
	// the root and base codes must agree with the event code
	bad := strings.Replace(gdeltRow("9", "20160728", "USA", "CHN", "042", ""), "\t042\t042\t04\t", "\t042\t042\t05\t", 1)
	_, rep, _ = readString(t, "root.tsv", bad+"\n", &ReadOptions{Format: FormatGDELT1})
	if rep.Rejected != 1 || rep.Samples[0].Column != "EventRootCode" {
		t.Errorf("root mismatch: %s %v", rep.RowsLine(), rep.Samples)
	}
}

func TestReadStrict(t *testing.T) {
	data := strings.Join([]string{
		gdeltRow("1", "20160728", "USA", "CHN", "042", ""),
		gdeltRow("2", "2016072", "USA", "CHN", "042", ""),
		gdeltRow("3", "20160728", "USA", "CHN", "043", ""),
	}, "\n")
	r, err := NewReader(strings.NewReader(data), "strict.tsv", &ReadOptions{Strict: true})
	if err != nil {
		t.Fatal(err)
	}
	var e Event
	if err := r.Next(&e); err != nil || e.ID != "1" {
		t.Fatalf("first: %v %v", err, e.ID)
	}
	err = r.Next(&e)
	var pe *ParseError
	if !errors.As(err, &pe) || !errors.Is(err, ErrBadDate) || pe.Line != 2 || pe.Column != "SQLDATE" || pe.Field != 2 {
		t.Fatalf("second: %v", err)
	}
	if got := err.Error(); got != `strict.tsv:2: column SQLDATE (field 2): invalid date (value "2016072")` {
		t.Errorf("message %q", got)
	}
	// the caller may go on after a strict error
	if err := r.Next(&e); err != nil || e.ID != "3" {
		t.Fatalf("third: %v %v", err, e.ID)
	}
	if err := r.Next(&e); err != io.EOF {
		t.Fatalf("end: %v", err)
	}
	balanced(t, r.Report())
	if r.Report().RowsLine() != "rows: read=3 kept=2 rejected=1 filtered=0" {
		t.Error(r.Report().RowsLine())
	}
}

// A 10 MB line is one rejected row (ErrLineTooLong) that goes to the
// rejects writer whole; the rows after it are read.
func TestReadLongLine(t *testing.T) {
	long := "9\t" + strings.Repeat("x", 10<<20)
	data := gdeltRow("1", "20160728", "USA", "CHN", "042", "") + "\n" + long + "\n" + gdeltRow("2", "20160728", "USA", "CHN", "042", "") + "\n"
	var rejects bytes.Buffer
	events, rep, err := readString(t, "long.tsv", data, &ReadOptions{Rejects: &rejects})
	if err != nil {
		t.Fatal(err)
	}
	if len(events) != 2 || rep.RowsLine() != "rows: read=3 kept=2 rejected=1 filtered=0" {
		t.Fatalf("%d events, %s", len(events), rep.RowsLine())
	}
	s := rep.Samples[0]
	if !errors.Is(s, ErrLineTooLong) || s.Line != 2 || len(s.Value) > 100 {
		t.Errorf("sample %v", s)
	}
	if rejects.String() != long+"\n" {
		t.Errorf("rejects has %d bytes, want the %d-byte line", rejects.Len(), len(long)+1)
	}
	// a small limit rejects an ordinary row the same way
	_, rep, _ = readString(t, "small.tsv", data, &ReadOptions{MaxLineBytes: 100, Format: FormatGDELT1})
	if rep.Kept != 0 || rep.Rejected != 3 {
		t.Errorf("MaxLineBytes 100: %s", rep.RowsLine())
	}
}

func TestReadGarbage(t *testing.T) {
	rnd := rand.New(rand.NewSource(1))
	junk := make([]byte, 4096)
	rnd.Read(junk)
	junk[0], junk[1] = 'x', 'y' // not a compression magic
	_, _, err := readString(t, "junk.bin", string(junk), nil)
	if !errors.Is(err, ErrEncoding) || !strings.Contains(err.Error(), "junk.bin") {
		t.Errorf("binary: %v", err)
	}
	_, _, err = readString(t, "utf16.csv", "\xff\xfed\x00a\x00t\x00e\x00", nil)
	if !errors.Is(err, ErrEncoding) || !strings.Contains(err.Error(), "UTF-16") {
		t.Errorf("utf16: %v", err)
	}
	_, _, err = readString(t, "prose.txt", "Dear diary,\nnothing happened today.\n", nil)
	if !errors.Is(err, ErrUnknownFormat) || !strings.Contains(err.Error(), "prose.txt") {
		t.Errorf("prose: %v", err)
	}
	// garbage forced through a reader: every line rejected, nothing lost
	text := "a\tb\nc\x00d\n\xff\xfe\n" + strings.Repeat("z", 300) + "\n"
	for _, f := range []Format{FormatGDELT1, FormatGDELT2, FormatICEWS, FormatPLOVER, FormatJSONL, FormatCSV} {
		ev, rep, err := readString(t, "garbage", text, &ReadOptions{Format: f})
		if len(ev) != 0 {
			t.Errorf("%s: kept %d events from garbage", f, len(ev))
		}
		if err == nil && rep.Rejected == 0 {
			t.Errorf("%s: garbage neither rejected nor an error: %s", f, rep.RowsLine())
		}
	}
}

// A GDELT file whose tabs became commas is not guessed at: the error says
// what it looks like.
func TestReadWrongDelimiter(t *testing.T) {
	row := strings.ReplaceAll(gdeltRow("1", "20160728", "USA", "CHN", "042", "http://x"), "\t", ",")
	_, _, err := readString(t, "commas.csv", row+"\n", nil)
	if !errors.Is(err, ErrUnknownFormat) || !strings.Contains(err.Error(), "wrong delimiter") {
		t.Errorf("auto: %v", err)
	}
	// forced: each row is rejected with the column count
	_, rep, err := readString(t, "commas.csv", row+"\n"+row+"\n", &ReadOptions{Format: FormatGDELT1})
	if err != nil || rep.Rejected != 2 || !errors.Is(rep.Samples[0], ErrColumnCount) {
		t.Errorf("forced: %v %s %v", err, rep.RowsLine(), rep.Samples)
	}
	// a semicolon CSV read with a comma delimiter: the header lacks columns
	_, _, err = readString(t, "semi.csv", "date;source;target;code\n2020-01-01;CHN;RUS;042\n",
		&ReadOptions{Columns: &ColumnMapping{Date: "date", SourceCountry: "source", TargetCountry: "target", Code: "code", Delimiter: ','}})
	if !errors.Is(err, ErrMissingField) || !strings.Contains(err.Error(), "semi.csv:1") {
		t.Errorf("semicolon as comma: %v", err)
	}
}

func TestReadEmpty(t *testing.T) {
	for _, data := range []string{"", "\n\n"} {
		ev, rep, err := readString(t, "empty", data, nil)
		if data == "" && (err != nil || len(ev) != 0 || rep.Read != 0) {
			t.Errorf("empty input: %v %d %s", err, len(ev), rep.RowsLine())
		}
		if data != "" && !errors.Is(err, ErrUnknownFormat) {
			t.Errorf("blank lines: %v", err)
		}
	}
	// an empty file with a forced format has no rows
	ev, rep, err := readString(t, "empty", "", &ReadOptions{Format: FormatICEWS})
	if err != nil || len(ev) != 0 || rep.Read != 0 {
		t.Errorf("forced empty: %v %s", err, rep.RowsLine())
	}
}

func TestOpenErrors(t *testing.T) {
	if _, err := Open(filepath.Join(t.TempDir(), "nope.tsv"), nil); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing: %v", err)
	}
	if _, err := NewReader(strings.NewReader("x"), "x", &ReadOptions{Format: "nonsense"}); !errors.Is(err, ErrUnknownFormat) {
		t.Errorf("bad format: %v", err)
	}
	if _, err := NewReader(strings.NewReader("x"), "x", &ReadOptions{Filter: &Filter{Roots: []string{"4"}}}); err == nil {
		t.Error("a filter root \"4\" must be refused (roots are two-digit strings)")
	}
	if _, err := NewReader(strings.NewReader("x"), "x", &ReadOptions{Columns: &ColumnMapping{Delimiter: '→'}}); err == nil {
		t.Error("a multi-byte delimiter must be refused")
	}
	p := sharedtest.Path(t, mentionsSample)
	if _, err := Open(p, nil); !errors.Is(err, ErrUnknownFormat) || !strings.Contains(err.Error(), "ReadMentions") {
		t.Errorf("mentions as events: %v", err)
	}
}

func TestReadFromStdinName(t *testing.T) {
	// Open("-") reads standard input; simulate it with a pipe.
	pr, pw, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	old := os.Stdin
	os.Stdin = pr
	defer func() { os.Stdin = old }()
	go func() {
		zw := gzip.NewWriter(pw)
		io.WriteString(zw, gdeltRow("1", "20160728", "USA", "CHN", "042", "")+"\n")
		zw.Close()
		pw.Close()
	}()
	events, rep, err := ReadFile("-", nil)
	if err != nil || len(events) != 1 || rep.File != stdinName || events[0].Origin.File != stdinName {
		t.Fatalf("stdin: %v %d %+v", err, len(events), rep)
	}
}

func TestReaderClose(t *testing.T) {
	r, err := NewReader(strings.NewReader(gdeltRow("1", "20160728", "USA", "CHN", "042", "")), "x", nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Close(); err != nil {
		t.Fatal(err)
	}
	if err := r.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	var e Event
	if err := r.Next(&e); err == nil || err == io.EOF {
		t.Errorf("Next after Close: %v", err)
	}
}

func TestParseFormat(t *testing.T) {
	for in, want := range map[string]Format{"": FormatAuto, "auto": FormatAuto, "GDELT1": FormatGDELT1, " icews ": FormatICEWS, "gdelt2-mentions": FormatGDELT2Mentions} {
		if got, err := ParseFormat(in); err != nil || got != want {
			t.Errorf("ParseFormat(%q) = %q, %v", in, got, err)
		}
	}
	if _, err := ParseFormat("excel"); !errors.Is(err, ErrUnknownFormat) {
		t.Errorf("excel: %v", err)
	}
}

// failingWriter fails after n bytes.
type failingWriter struct{ n int }

func (w *failingWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		return 0, errors.New("disk full")
	}
	w.n -= len(p)
	return len(p), nil
}

// A rejects writer that fails ends the read: the rejected rows would be
// lost otherwise.
func TestReadRejectsWriterFails(t *testing.T) {
	data := "9\tbad\n" + gdeltRow("1", "20160728", "USA", "CHN", "042", "")
	_, rep, err := readString(t, "x", data, &ReadOptions{Format: FormatGDELT1, Rejects: &failingWriter{}})
	if err == nil || !strings.Contains(err.Error(), "disk full") || rep.Rejected != 1 {
		t.Errorf("got %v, %s", err, rep.RowsLine())
	}
}

func TestLineSourceCRLFAndBOM(t *testing.T) {
	ls := newLineSource(bufio.NewReader(strings.NewReader("\xef\xbb\xbfa\r\n\r\nb\nc")), 10, nil)
	var got []string
	var lines []int
	for {
		rec, line, _, err := ls.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, string(rec))
		lines = append(lines, line)
	}
	if strings.Join(got, "|") != "a|b|c" || lines[1] != 3 || lines[2] != 4 {
		t.Errorf("lines %q at %v", got, lines)
	}
}

// zipWith builds a zip of name → body from a map (sorted for determinism).
func zipWith(t testing.TB, files ...string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for i := 0; i+1 < len(files); i += 2 {
		w, err := zw.Create(files[i])
		if err != nil {
			t.Fatal(err)
		}
		io.WriteString(w, files[i+1])
	}
	zw.Close()
	return b.Bytes()
}

// Each entry of an archive is read with its own header.
func TestReadZipOfCSVs(t *testing.T) {
	data := zipWith(t,
		"2019.csv", "date,source,target,code\n2019-05-01,CHN,RUS,042\n",
		"2020.csv", "date,source,target,code\n2020-05-01,CHN,RUS,043\n2020-05-02,CHN,RUS,X\n",
	)
	var rejects bytes.Buffer
	events, rep, err := ReadEvents(bytes.NewReader(data), "years.zip", &ReadOptions{Rejects: &rejects})
	if err != nil {
		t.Fatal(err)
	}
	// the rejects file has the header once, then the bad row: it reads
	// again as it is, with the same rejection
	if rejects.String() != "date,source,target,code\n2020-05-02,CHN,RUS,X\n" {
		t.Errorf("rejects %q", rejects.String())
	}
	_, again, _ := ReadEvents(&rejects, "rejects.csv", nil)
	if again.RowsLine() != "rows: read=1 kept=0 rejected=1 filtered=0" {
		t.Errorf("rejects read again: %s", again.RowsLine())
	}
	balanced(t, rep)
	if len(events) != 2 || rep.Rejected != 1 || rep.Samples[0].File != "years.zip:2020.csv" || rep.Samples[0].Line != 3 {
		t.Fatalf("%d events, %s, %v", len(events), rep.RowsLine(), rep.Samples)
	}
	if events[1].Origin != (Origin{File: "years.zip:2020.csv", Line: 2}) {
		t.Errorf("origin %+v", events[1].Origin)
	}
}
