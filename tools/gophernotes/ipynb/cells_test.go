package ipynb

import (
	"errors"
	"strings"
	"testing"
)

func TestParseCells(t *testing.T) {
	in := "\ufeff// images: 2\n" +
		"\n" +
		"// %% [markdown]\n" +
		"// # Title\n" +
		"//\n" +
		"//   indented *text*   \n" +
		"\n" +
		"// %%\n" +
		"\n" +
		"import \"fmt\"\r\n" +
		"\n" +
		"fmt.Println(1)   \n" +
		"\n" +
		"// %%   \n" +
		"// a comment in code stays\n" +
		"x := 1\n"
	src, err := ParseCells(strings.NewReader(in), "t.cells")
	if err != nil {
		t.Fatal(err)
	}
	if src.Images != 2 {
		t.Errorf("Images = %d, want 2", src.Images)
	}
	want := []SourceCell{
		{Markdown: true, Text: "# Title\n\n  indented *text*", Line: 3},
		{Text: "import \"fmt\"\n\nfmt.Println(1)   ", Line: 8},
		{Text: "// a comment in code stays\nx := 1", Line: 14},
	}
	if len(src.Cells) != len(want) {
		t.Fatalf("got %d cells, want %d: %#v", len(src.Cells), len(want), src.Cells)
	}
	for i := range want {
		if src.Cells[i] != want[i] {
			t.Errorf("cell %d = %#v, want %#v", i+1, src.Cells[i], want[i])
		}
	}
}

func TestParseCellsErrors(t *testing.T) {
	tests := []struct {
		name, in string
		line     int
		msg      string
	}{
		{"no images", "// %%\nx := 1\n", 0, `no "// images: N" line`},
		{"images twice", "// images: 1\n// images: 2\n// %%\nx\n", 2, "images given twice"},
		{"bad count", "// images: two\n// %%\nx\n", 1, `"two" is not a count`},
		{"negative count", "// images: -1\n// %%\nx\n", 1, "is not a count"},
		{"unknown key", "// images: 1\n// title: x\n// %%\nx\n", 2, `unknown header key "title"`},
		{"header prose", "// images: 1\nhello\n// %%\nx\n", 2, "is not \"// key: value\""},
		{"no cells", "// images: 0\n", 0, "no cells"},
		{"empty cell", "// images: 0\n// %%\n\n// %%\nx\n", 2, "empty cell"},
		{"empty last cell", "// images: 0\n// %%\nx\n// %% [markdown]\n//\n", 4, "empty cell"},
		{"unknown marker", "// images: 0\n// %% [raw]\nx\n", 2, `unknown cell marker "// %% [raw]"`},
		{"markdown without //", "// images: 0\n// %% [markdown]\n// ok\nnot a comment\n", 4, "does not start with"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseCells(strings.NewReader(tt.in), "x.cells")
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("err = %v, want a *ParseError", err)
			}
			if !errors.Is(err, ErrFormat) {
				t.Errorf("errors.Is(err, ErrFormat) = false for %v", err)
			}
			if pe.File != "x.cells" || pe.Line != tt.line {
				t.Errorf("error at %s:%d, want x.cells:%d (%v)", pe.File, pe.Line, tt.line, err)
			}
			if !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("error %q does not mention %q", err, tt.msg)
			}
		})
	}
}

func TestFormatRoundTrip(t *testing.T) {
	src := &Source{Images: 3, Cells: []SourceCell{
		{Markdown: true, Text: "# T\n\n%% not a marker\n  kept indent"},
		{Text: "x := 1\n\n\ty := 2"},
	}}
	got, err := ParseCells(strings.NewReader(src.Format()), "f")
	if err != nil {
		t.Fatalf("%v\n%s", err, src.Format())
	}
	if got.Images != 3 || len(got.Cells) != 2 {
		t.Fatalf("got %+v", got)
	}
	for i := range src.Cells {
		if got.Cells[i].Text != src.Cells[i].Text || got.Cells[i].Markdown != src.Cells[i].Markdown {
			t.Errorf("cell %d: got %#v, want %#v", i+1, got.Cells[i], src.Cells[i])
		}
	}
}

func TestFormatPanicsOnUnrepresentableCells(t *testing.T) {
	for _, c := range []SourceCell{{Text: ""}, {Text: "\nx"}, {Text: "x\n// %%\ny"}} {
		func() {
			defer func() {
				if r := recover(); r == nil || !strings.HasPrefix(r.(string), "ipynb: ") {
					t.Errorf("Format of %q: recover() = %v, want an \"ipynb: \" panic", c.Text, r)
				}
			}()
			(&Source{Cells: []SourceCell{c}}).Format()
		}()
	}
}

func TestSourceNotebookAndMatches(t *testing.T) {
	src := &Source{Images: 1, Cells: []SourceCell{{Markdown: true, Text: "# T"}, {Text: "x := 1"}}}
	nb := src.Notebook()
	if nb.Format != 4 || nb.FormatMinor != 5 {
		t.Errorf("nbformat %d.%d, want 4.5", nb.Format, nb.FormatMinor)
	}
	if n, ok := nb.ExpectedImages(); !ok || n != 1 {
		t.Errorf("ExpectedImages = %d, %v; want 1, true", n, ok)
	}
	if nb.Cells[0].Type != "markdown" || nb.Cells[1].Type != "code" || nb.Cells[1].ID != "c02" {
		t.Errorf("cells %+v", nb.Cells)
	}
	if err := src.Matches(nb); err != nil {
		t.Errorf("Matches(own notebook) = %v", err)
	}
	// Outputs do not matter.
	nb.Cells[1].Outputs = []Output{{Type: "stream", Name: "stdout", Text: "1\n"}}
	nb.Cells[1].ExecutionCount = 1
	if err := src.Matches(nb); err != nil {
		t.Errorf("Matches(executed notebook) = %v", err)
	}
	changes := []struct {
		name   string
		change func(nb *Notebook)
		msg    string
	}{
		{"source", func(nb *Notebook) { nb.Cells[1].Source = "x := 2" }, "cell 2"},
		{"type", func(nb *Notebook) { nb.Cells[0].Type = "raw" }, "cell 1 is raw"},
		{"id", func(nb *Notebook) { nb.Cells[0].ID = "abc" }, `id "abc"`},
		{"cells", func(nb *Notebook) { nb.Cells = nb.Cells[:1] }, "1 cells"},
		{"images", func(nb *Notebook) { nb.SetExpectedImages(2) }, "expects 2"},
		{"no images", func(nb *Notebook) { delete(nb.Metadata, MetadataKey) }, "does not state"},
	}
	for _, c := range changes {
		nb := src.Notebook()
		c.change(nb)
		if err := src.Matches(nb); err == nil || !strings.Contains(err.Error(), c.msg) {
			t.Errorf("%s: Matches = %v, want an error mentioning %q", c.name, err, c.msg)
		}
	}
}

func FuzzParseCells(f *testing.F) {
	f.Add("// images: 1\n// %% [markdown]\n// # T\n// %%\nx := 1\n")
	f.Add("// images: 0\n\n// %%\n\tfmt.Println()\r\n//%%x\n")
	f.Add("// images: 2\n// %% [markdown]\n//%% y\n//  z \n")
	f.Add("\ufeff// images: 9\n// %%   \n// %% [markdown]\n")
	f.Fuzz(func(t *testing.T, in string) {
		src, err := ParseCells(strings.NewReader(in), "fuzz")
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || !errors.Is(err, ErrFormat) {
				t.Fatalf("error %v is not a *ParseError wrapping ErrFormat", err)
			}
			return
		}
		// What parses formats back to the same cells.
		again, err := ParseCells(strings.NewReader(src.Format()), "formatted")
		if err != nil {
			t.Fatalf("reparse: %v\n%q", err, src.Format())
		}
		if again.Images != src.Images || len(again.Cells) != len(src.Cells) {
			t.Fatalf("reparse: %+v, want %+v", again, src)
		}
		for i := range src.Cells {
			if again.Cells[i].Text != src.Cells[i].Text || again.Cells[i].Markdown != src.Cells[i].Markdown {
				t.Fatalf("cell %d: %q, want %q", i+1, again.Cells[i].Text, src.Cells[i].Text)
			}
		}
		if err := src.Matches(src.Notebook()); err != nil {
			t.Fatal(err)
		}
	})
}
