package ipynb

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// Cell markers of a cells file.
const (
	CodeMarker     = "// %%"
	MarkdownMarker = "// %% [markdown]"
)

// Source is a parsed cells file: the sources a notebook is generated from.
type Source struct {
	// Images is the number of images the executed notebook must show (the
	// header's "images" key).
	Images int
	Cells  []SourceCell
}

// SourceCell is one cell of a cells file.
type SourceCell struct {
	Markdown bool   // a markdown cell; otherwise Go code
	Text     string // the cell text, without its marker, comment prefixes or surrounding blank lines
	Line     int    // line of the cell's marker in the file (0 when built in code)
}

// ReadCellsFile parses the cells file at path.
func ReadCellsFile(path string) (*Source, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ParseCells(f, path)
}

// ParseCells parses a cells file; name is used in errors. The format:
//
//	// images: 1
//
//	// %% [markdown]
//	// # Title
//	// Some *markdown*.
//	// %%
//	import "github.com/entente/entente/cameo"
//	cameo.Name("042")
//
// The header, before the first marker, holds "// key: value" lines and
// blank lines; "images" (a count ≥ 0) is required and is the only key. A
// "// %%" line opens a code cell, kept verbatim; a "// %% [markdown]" line
// opens a markdown cell whose every non-blank line must start with "//"
// (one following space and any trailing blanks are removed). Blank lines around a cell's text are
// dropped; a cell with no text is an error, as is any other "// %%" line.
func ParseCells(r io.Reader, name string) (*Source, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 4<<20)
	src := &Source{}
	haveImages := false
	var cur *SourceCell
	var lines []string
	flush := func() error {
		if cur == nil {
			return nil
		}
		text := trimBlankLines(lines)
		if text == "" {
			return formatErr(name, cur.Line, "empty cell")
		}
		cur.Text = text
		src.Cells = append(src.Cells, *cur)
		cur, lines = nil, nil
		return nil
	}
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSuffix(sc.Text(), "\r")
		if n == 1 {
			line = strings.TrimPrefix(line, "\ufeff")
		}
		trimmed := strings.TrimRight(line, " \t")
		if strings.HasPrefix(trimmed, CodeMarker) {
			if err := flush(); err != nil {
				return nil, err
			}
			switch trimmed {
			case CodeMarker:
				cur = &SourceCell{Line: n}
			case MarkdownMarker:
				cur = &SourceCell{Markdown: true, Line: n}
			default:
				return nil, formatErr(name, n, "unknown cell marker %q (want %q or %q)", trimmed, CodeMarker, MarkdownMarker)
			}
			continue
		}
		if cur == nil { // header
			if trimmed == "" {
				continue
			}
			key, value, ok := headerLine(trimmed)
			if !ok {
				return nil, formatErr(name, n, "header line %q is not \"// key: value\" (cells start at a %q line)", shorten(trimmed), CodeMarker)
			}
			switch key {
			case "images":
				if haveImages {
					return nil, formatErr(name, n, "images given twice")
				}
				v, err := strconv.Atoi(value)
				if err != nil || v < 0 {
					return nil, formatErr(name, n, "images: %q is not a count (0, 1, 2, …)", shorten(value))
				}
				src.Images, haveImages = v, true
			default:
				return nil, formatErr(name, n, "unknown header key %q (known: images)", shorten(key))
			}
			continue
		}
		if cur.Markdown && trimmed != "" {
			if !strings.HasPrefix(line, "//") {
				return nil, formatErr(name, n, "markdown line does not start with \"//\": %q", shorten(line))
			}
			line = strings.TrimPrefix(strings.TrimPrefix(trimmed, "//"), " ")
		}
		if cur.Markdown && trimmed == "" {
			line = ""
		}
		lines = append(lines, line)
	}
	if err := sc.Err(); err != nil {
		return nil, &ParseError{File: name, Line: n + 1, Msg: err.Error(), Err: err}
	}
	if err := flush(); err != nil {
		return nil, err
	}
	if !haveImages {
		return nil, formatErr(name, 0, "the header has no \"// images: N\" line")
	}
	if len(src.Cells) == 0 {
		return nil, formatErr(name, 0, "no cells (a cell starts at a %q line)", CodeMarker)
	}
	return src, nil
}

// headerLine splits "// key: value".
func headerLine(s string) (key, value string, ok bool) {
	rest, ok := strings.CutPrefix(s, "//")
	if !ok {
		return "", "", false
	}
	key, value, ok = strings.Cut(rest, ":")
	key = strings.TrimSpace(key)
	if !ok || key == "" || strings.ContainsAny(key, " \t") {
		return "", "", false
	}
	return key, strings.TrimSpace(value), true
}

// trimBlankLines joins lines without the blank lines at both ends.
func trimBlankLines(lines []string) string {
	for len(lines) > 0 && strings.TrimSpace(lines[0]) == "" {
		lines = lines[1:]
	}
	for len(lines) > 0 && strings.TrimSpace(lines[len(lines)-1]) == "" {
		lines = lines[:len(lines)-1]
	}
	return strings.Join(lines, "\n")
}

func shorten(s string) string {
	const max = 60
	if r := []rune(s); len(r) > max {
		return string(r[:max]) + "…"
	}
	return s
}

// Format returns the cells-file text of s, which ParseCells reads back to
// the same cells. It panics if a cell cannot be written so: empty text, a
// code line starting with the marker, or a markdown text that is not
// representable (leading or trailing blank lines).
func (s *Source) Format() string {
	var b strings.Builder
	fmt.Fprintf(&b, "// images: %d\n", s.Images)
	for i, c := range s.Cells {
		if strings.TrimSpace(c.Text) == "" || trimBlankLines(strings.Split(c.Text, "\n")) != c.Text {
			panic(fmt.Sprintf("ipynb: cell %d has empty text or blank lines around it", i+1))
		}
		b.WriteString("\n")
		if c.Markdown {
			b.WriteString(MarkdownMarker + "\n")
			for _, l := range strings.Split(c.Text, "\n") {
				switch {
				case strings.TrimSpace(l) == "":
					b.WriteString("//\n")
				case strings.HasPrefix(l, "%%"):
					b.WriteString("//" + l + "\n") // "// %%…" would be a marker
				default:
					b.WriteString("// " + l + "\n")
				}
			}
			continue
		}
		b.WriteString(CodeMarker + "\n")
		for _, l := range strings.Split(c.Text, "\n") {
			if strings.HasPrefix(strings.TrimRight(l, " \t\r"), CodeMarker) {
				panic(fmt.Sprintf("ipynb: cell %d has a line starting with %q", i+1, CodeMarker))
			}
		}
		b.WriteString(c.Text + "\n")
	}
	return b.String()
}

// Notebook returns a fresh, unexecuted notebook of the cells: nbformat 4.5,
// the gophernotes kernel, cell IDs "c01", "c02", … and the expected image
// count in the metadata.
func (s *Source) Notebook() *Notebook {
	nb := &Notebook{
		Format:      4,
		FormatMinor: 5,
		Metadata: map[string]json.RawMessage{
			"kernelspec":    json.RawMessage(`{"display_name": "Go (gophernotes)", "language": "go", "name": "gophernotes"}`),
			"language_info": json.RawMessage(`{"file_extension": ".go", "name": "go"}`),
		},
	}
	nb.SetExpectedImages(s.Images)
	for i, c := range s.Cells {
		typ := "code"
		if c.Markdown {
			typ = "markdown"
		}
		nb.Cells = append(nb.Cells, Cell{ID: fmt.Sprintf("c%02d", i+1), Type: typ, Source: c.Text, Metadata: map[string]json.RawMessage{}})
	}
	return nb
}

// Matches returns nil if nb has exactly the cells of s (types, IDs and
// sources) and its expected image count, whatever its outputs; otherwise an
// error describing the first difference.
func (s *Source) Matches(nb *Notebook) error {
	want := s.Notebook()
	if n, ok := nb.ExpectedImages(); !ok || n != s.Images {
		if !ok {
			return fmt.Errorf("the notebook metadata does not state the expected images (want %d)", s.Images)
		}
		return fmt.Errorf("the notebook expects %d image(s), the cells file %d", n, s.Images)
	}
	if len(nb.Cells) != len(want.Cells) {
		return fmt.Errorf("the notebook has %d cells, the cells file %d", len(nb.Cells), len(want.Cells))
	}
	for i := range want.Cells {
		g, w := &nb.Cells[i], &want.Cells[i]
		switch {
		case g.Type != w.Type:
			return fmt.Errorf("cell %d is %s in the notebook, %s in the cells file", i+1, g.Type, w.Type)
		case g.ID != w.ID:
			return fmt.Errorf("cell %d has id %q in the notebook, %q expected", i+1, g.ID, w.ID)
		case g.Source != w.Source:
			return fmt.Errorf("cell %d (cells file line %d) differs from the notebook's", i+1, s.Cells[i].Line)
		}
	}
	return nil
}
