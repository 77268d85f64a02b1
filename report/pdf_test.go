package report

import (
	"bytes"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/entente/entente/dataset"
)

// needTool returns a poppler tool's path; it skips when the tool is
// missing, and fails under CI=true (scripts/test.sh installs it).
func needTool(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is missing (install poppler-utils)", name)
		}
		t.Skipf("%s not installed (Debian: poppler-utils)", name)
	}
	return p
}

func fixtureReport(t *testing.T) *Report {
	t.Helper()
	evs := fixtureEvents()
	// São Tomé and Príncipe – Côte d'Ivoire, for the non-ASCII checks
	evs = append(evs,
		ev("2023-05-02", "STP", "CIV", "057", "Fisheries agreement signed in São Tomé"),
		ev("2023-05-03", "CIV", "STP", "051", "Praise"),
	)
	r, err := BuildEvents(evs, &Options{
		Generated: fixedTime, Version: "test", TopEvents: 60, // long tables: page breaks, the mutual visit
		Sources: []Source{{Name: "fixture.csv", Format: "csv", Read: 73, Kept: 72, Rejected: 1, Events: 72, First: evs[0].Date, Last: evs[50].Date}},
	})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func writeTemp(t *testing.T, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestPDFText reads the PDF back with pdftotext: headings, country names
// with diacritics, the top events and the reconciliation must be there as
// text.
func TestPDFText(t *testing.T) {
	tool := needTool(t, "pdftotext")
	r := fixtureReport(t)
	pdf := r.PDFBytes()
	if len(pdf) == 0 {
		t.Fatal(r.WritePDF(&bytes.Buffer{}))
	}
	out, err := exec.Command(tool, "-enc", "UTF-8", writeTemp(t, "r.pdf", pdf), "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	text := string(out)
	for _, want := range []string{
		"ENTENTE REPORT", "Summary", "Top events", "Overview", "Methods and data", "Data sources and reconciliation",
		"China – Russia", "Côte d'Ivoire – Türkiye", "São Tomé and Príncipe", "Fisheries agreement signed in São Tomé",
		"Agreement 1 signed", "CHN ↔ RUS", "fixture.csv", "2 January 2026", "entente test",
		"China – Russia: relationship level", "state-space index", "event mix", "Alignment of the report",
		"confrontation", "friendly",
		"Deduplication: 72 events in, 1 merged",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("pdftotext output lacks %q", want)
		}
	}
	if strings.Contains(text, "Ã") {
		t.Error("mojibake (UTF-8 read as Latin-1) in the PDF text")
	}
}

// TestPDFPagesRender rasterises every page with pdftoppm and checks the
// page count against pdfinfo and that no page is blank.
func TestPDFPagesRender(t *testing.T) {
	ppm := needTool(t, "pdftoppm")
	info := needTool(t, "pdfinfo")
	r := fixtureReport(t)
	in := writeTemp(t, "r.pdf", r.PDFBytes())
	out, err := exec.Command(info, in).Output()
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^Pages:\s+(\d+)`).FindSubmatch(out)
	if m == nil {
		t.Fatalf("pdfinfo: %s", out)
	}
	pages, _ := strconv.Atoi(string(m[1]))
	// title, summary, overview, 4 dyads × 2 pages (4 charts each), methods
	if pages < 11 {
		t.Errorf("%d pages", pages)
	}
	dir := t.TempDir()
	if out, err := exec.Command(ppm, "-r", "15", "-gray", in, filepath.Join(dir, "p")).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v\n%s", err, out)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "p-*.pgm"))
	if len(files) != pages {
		t.Fatalf("%d pages rendered of %d", len(files), pages)
	}
	for _, f := range files {
		data, _ := os.ReadFile(f)
		dark := 0
		// PGM: header of three lines, then one byte per pixel
		body := data[bytes.LastIndexByte(data[:40], '\n')+1:]
		for _, b := range body {
			if b < 200 {
				dark++
			}
		}
		if dark < 20 {
			t.Errorf("%s looks blank (%d dark pixels)", filepath.Base(f), dark)
		}
	}
}

func TestPDFSizeAndDeterminism(t *testing.T) {
	a, b := fixtureReport(t).PDFBytes(), fixtureReport(t).PDFBytes()
	if !bytes.Equal(a, b) {
		t.Error("the same input gives different PDFs")
	}
	if len(a) > 3<<20 {
		t.Errorf("PDF is %d bytes, over 3 MB", len(a))
	}
	if !bytes.Contains(a, []byte("/CreationDate (D:20260102030405")) {
		t.Error("the PDF creation date is not Options.Generated")
	}
}

// TestPDFWithoutGenerated: a report without Options.Generated prints no
// generation date — no "Generated" row, no date in the footer, and the
// fixed pdfdoc.Date as /CreationDate — while the same report with one
// prints the row and the footer date and carries it as /CreationDate. The
// text is read with pdftotext (page streams are compressed, so the raw
// bytes never contain the words); the creation date is in the PDF's
// uncompressed info dictionary.
func TestPDFWithoutGenerated(t *testing.T) {
	build := func(generated time.Time) (string, []byte) {
		r, err := BuildEvents(fixtureEvents(), &Options{Generated: generated, Dyads: []dataset.Dyad{{A: "CHN", B: "RUS"}}})
		if err != nil {
			t.Fatal(err)
		}
		pdf := r.PDFBytes()
		if len(pdf) == 0 {
			t.Fatal(r.WritePDF(&bytes.Buffer{}))
		}
		return strings.Join(pdfPages(t, pdf), "\f"), pdf
	}
	// fixedTime is 2 January 2026: the footer's "2 Jan 2026", the row's
	// "2 January 2026, 03:04 UTC"
	dated, datedPDF := build(fixedTime)
	for _, want := range []string{"Generated", "2 January 2026", "2 Jan 2026"} {
		if !strings.Contains(dated, want) {
			t.Errorf("the report with a generation date lacks %q: the check below cannot fail", want)
		}
	}
	if !bytes.Contains(datedPDF, []byte("/CreationDate (D:20260102")) {
		t.Error("the report with a generation date does not carry it as /CreationDate")
	}
	text, pdf := build(time.Time{})
	for _, unwanted := range []string{"Generated", "2 January 2026", "2 Jan 2026"} {
		if strings.Contains(text, unwanted) {
			t.Errorf("a report without a generation date prints %q", unwanted)
		}
	}
	// undated files carry pdfdoc.Date (1 January 2000) for determinism
	if !bytes.Contains(pdf, []byte("/CreationDate (D:20000101")) {
		t.Error("a report without a generation date does not carry pdfdoc.Date as /CreationDate")
	}
}

// TestPDFFooterContrast rasterises every page and checks that the footer
// (title, date, page number) is drawn in its own colour, pdfSubtle
// (0x55 = 85 grey), on every page but the title page: a chart drawn
// before the footer once left fpdf's fill colour and opacity out of step
// with the page, and the footer came out in a light grey (darkest pixel
// about 204 instead of 85) on the overview and the first page of each
// dyad section.
func TestPDFFooterContrast(t *testing.T) {
	t.Run("fixture", func(t *testing.T) { footerContrast(t, fixtureReport(t)) })
	// The default report: the issue counted the faint footers there (the
	// overview and the first page of every dyad section), and it has the
	// vote section's charts too.
	t.Run("default", func(t *testing.T) { footerContrast(t, defaultReport(t)) })
}

func footerContrast(t *testing.T, r *Report) {
	ppm := needTool(t, "pdftoppm")
	in := writeTemp(t, "r.pdf", r.PDFBytes())
	dir := t.TempDir()
	const dpi = 100
	if out, err := exec.Command(ppm, "-r", strconv.Itoa(dpi), "-gray", in, filepath.Join(dir, "p")).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v\n%s", err, out)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "p-*.pgm"))
	if len(files) < 3 {
		t.Fatalf("%d pages rendered", len(files))
	}
	sort.Strings(files)
	// The footer band: the bottom 5 % of the page (issue 16), in points
	// of 1/72 inch. Above it, down to the text area's end, nothing is
	// drawn.
	for _, f := range files[1:] {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var w, h int
		var rest []byte
		if _, err := fmt.Sscanf(string(data[:20]), "P5\n%d %d\n", &w, &h); err != nil {
			t.Fatalf("%s: PGM header: %v", f, err)
		}
		rest = data[len(data)-w*h:]
		top := int(math.Ceil(0.95 * pageH / 72 * dpi))
		gapTop := int(math.Ceil((pageH - margin - footerH/2) / 72 * dpi))
		for _, b := range rest[(gapTop+2)*w : (top-1)*w] {
			if b < 250 {
				t.Errorf("%s: something is drawn between the text area and the footer band", filepath.Base(f))
				break
			}
		}
		darkest := byte(255)
		for _, b := range rest[top*w:] {
			if b < darkest {
				darkest = b
			}
		}
		// Anti-aliasing lightens thin strokes: allow 40 grey levels.
		if darkest > 0x55+40 {
			t.Errorf("%s: footer's darkest pixel is %d, want ≤ %d (text colour 0x55)", filepath.Base(f), darkest, 0x55+40)
		}
	}
}
