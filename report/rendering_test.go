package report

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestRenderingOnlyInPlotsAndReport checks issue 16's rule that rendering
// lives in plots and report: package score imports neither html nor
// html/template and declares no HTML or Markdown method (its tables are
// rendered here, tables.go), plots exports no PDF document helpers (they
// are internal/pdfdoc), and the example notebooks declare no method that
// renders (HTML, Markdown, PNG, SVG, JPEG): they show the library's own
// types.
func TestRenderingOnlyInPlotsAndReport(t *testing.T) {
	fset := token.NewFileSet()
	files, _ := filepath.Glob(filepath.Join("..", "score", "*.go"))
	if len(files) == 0 {
		t.Fatal("no score sources found")
	}
	for _, f := range files {
		af, err := parser.ParseFile(fset, f, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		for _, im := range af.Imports {
			if p, _ := strconv.Unquote(im.Path.Value); p == "html" || p == "html/template" {
				t.Errorf("%s imports %s", f, p)
			}
		}
	}
	render := regexp.MustCompile(`func\s*\([^)]*\)\s*(HTML|Markdown|PNG|SVG|JPEG)\s*\(`)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if m := render.Find(b); m != nil && !strings.HasSuffix(f, "_test.go") {
			t.Errorf("%s declares %s", f, m)
		}
	}
	plots, _ := filepath.Glob(filepath.Join("..", "plots", "*.go"))
	pdfHelper := regexp.MustCompile(`(?m)^func (NewPDF|PDFFont)\(|^var PDFDate\b`)
	for _, f := range plots {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if m := pdfHelper.Find(b); m != nil {
			t.Errorf("%s exports a PDF document helper: %s", f, m)
		}
	}
	var nbs []string
	for _, pat := range []string{"../examples/notebooks/*.cells", "../examples/*.ipynb"} {
		m, _ := filepath.Glob(filepath.FromSlash(pat))
		nbs = append(nbs, m...)
	}
	if len(nbs) == 0 {
		t.Fatal("no notebooks found")
	}
	for _, f := range nbs {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if m := render.Find(b); m != nil {
			t.Errorf("%s declares a renderer: %s", f, m)
		}
	}
}
