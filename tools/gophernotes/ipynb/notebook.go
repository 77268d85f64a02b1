package ipynb

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/entente/entente/internal/atomicfile"
)

// Notebook is an nbformat 4 notebook.
type Notebook struct {
	Format      int // nbformat: always 4 once read
	FormatMinor int // nbformat_minor
	// Metadata is the notebook metadata (kernelspec, language_info, entente,
	// …) as raw JSON values, by key.
	Metadata map[string]json.RawMessage
	Cells    []Cell
}

// Cell is one notebook cell.
type Cell struct {
	ID     string // nbformat ≥ 4.5 cell id; "" when absent
	Type   string // "code", "markdown" or "raw"
	Source string
	// Metadata is the cell metadata as raw JSON values, by key (nbclient
	// records timings under "execution").
	Metadata map[string]json.RawMessage
	// ExecutionCount is the code cell's execution count, 0 when it was not
	// executed (JSON null).
	ExecutionCount int
	Outputs        []Output        // code cells only
	Attachments    json.RawMessage // markdown and raw cells; nil when absent
}

// Output is one output of a code cell.
type Output struct {
	Type string // "stream", "display_data", "execute_result" or "error"
	// Name and Text are a stream's name ("stdout", "stderr") and text.
	Name, Text string
	// Data is the display data by MIME type, as raw JSON: a string or a
	// list of lines for text and base64 formats, any JSON for
	// application/json. Use DataText to read text and base64 payloads.
	Data map[string]json.RawMessage
	// Metadata is the output metadata (image sizes, …) by key.
	Metadata map[string]json.RawMessage
	// ExecutionCount is an execute_result's count (0 when null).
	ExecutionCount int
	// EName, EValue and Traceback describe an error output.
	EName, EValue string
	Traceback     []string
}

// MIMETypes returns the output's data MIME types, sorted.
func (o *Output) MIMETypes() []string {
	out := make([]string, 0, len(o.Data))
	for k := range o.Data {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// DataText returns the payload of MIME type mime as one string (a list of
// lines is joined) and whether the output has it as text. A JSON value that
// is neither a string nor a list of strings (application/json data) is not
// text: ok is false.
func (o *Output) DataText(mime string) (text string, ok bool) {
	raw, has := o.Data[mime]
	if !has {
		return "", false
	}
	s, err := multiline(raw)
	if err != nil {
		return "", false
	}
	return s, true
}

// multiline decodes nbformat's "multiline string": a string or a list of
// strings to concatenate.
func multiline(raw json.RawMessage) (string, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return s, nil
	}
	var lines []string
	if err := json.Unmarshal(raw, &lines); err != nil {
		return "", fmt.Errorf("want a string or a list of strings")
	}
	return strings.Join(lines, ""), nil
}

// splitLines splits s the way nbformat stores multiline strings: lines
// keeping their "\n", the last one without it.
func splitLines(s string) []string {
	lines := []string{}
	for s != "" {
		i := strings.IndexByte(s, '\n')
		if i < 0 {
			lines = append(lines, s)
			break
		}
		lines = append(lines, s[:i+1])
		s = s[i+1:]
	}
	return lines
}

// JSON shapes, for decoding.
type rawNotebook struct {
	Format      *int                       `json:"nbformat"`
	FormatMinor int                        `json:"nbformat_minor"`
	Metadata    map[string]json.RawMessage `json:"metadata"`
	Cells       []rawCell                  `json:"cells"`
}

type rawCell struct {
	ID             string                     `json:"id"`
	Type           string                     `json:"cell_type"`
	Source         json.RawMessage            `json:"source"`
	Metadata       map[string]json.RawMessage `json:"metadata"`
	ExecutionCount *int                       `json:"execution_count"`
	Outputs        []rawOutput                `json:"outputs"`
	Attachments    json.RawMessage            `json:"attachments"`
}

type rawOutput struct {
	Type           string                     `json:"output_type"`
	Name           string                     `json:"name"`
	Text           json.RawMessage            `json:"text"`
	Data           map[string]json.RawMessage `json:"data"`
	Metadata       map[string]json.RawMessage `json:"metadata"`
	ExecutionCount *int                       `json:"execution_count"`
	EName          string                     `json:"ename"`
	EValue         string                     `json:"evalue"`
	Traceback      []string                   `json:"traceback"`
}

// ReadFile reads the notebook at path.
func ReadFile(path string) (*Notebook, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Read(f, path)
}

// Read decodes an nbformat 4 notebook; name is used in errors.
func Read(r io.Reader, name string) (*Notebook, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	var rn rawNotebook
	if err := json.Unmarshal(data, &rn); err != nil {
		return nil, &ParseError{File: name, Msg: "not a notebook: " + err.Error(), Err: err}
	}
	if rn.Format == nil {
		return nil, formatErr(name, 0, "not a notebook: no nbformat field")
	}
	if *rn.Format != 4 {
		return nil, formatErr(name, 0, "nbformat %d is not supported (only 4)", *rn.Format)
	}
	nb := &Notebook{Format: 4, FormatMinor: rn.FormatMinor, Metadata: rn.Metadata, Cells: make([]Cell, 0, len(rn.Cells))}
	for i, rc := range rn.Cells {
		where := fmt.Sprintf("cell %d", i+1)
		switch rc.Type {
		case "code", "markdown", "raw":
		default:
			return nil, formatErr(name, 0, "%s: cell_type %q is not code, markdown or raw", where, rc.Type)
		}
		src, err := multiline(rc.Source)
		if err != nil {
			return nil, formatErr(name, 0, "%s: source: %v", where, err)
		}
		c := Cell{ID: rc.ID, Type: rc.Type, Source: src, Metadata: rc.Metadata, Attachments: rc.Attachments}
		if rc.Type != "code" { // only code cells have outputs (nbformat schema)
			nb.Cells = append(nb.Cells, c)
			continue
		}
		c.Attachments = nil
		if rc.ExecutionCount != nil {
			c.ExecutionCount = *rc.ExecutionCount
		}
		for j, ro := range rc.Outputs {
			o := Output{Type: ro.Type, Name: ro.Name, Data: ro.Data, Metadata: ro.Metadata,
				EName: ro.EName, EValue: ro.EValue, Traceback: ro.Traceback}
			switch ro.Type {
			case "stream", "display_data", "execute_result", "error":
			default:
				return nil, formatErr(name, 0, "%s, output %d: output_type %q is not stream, display_data, execute_result or error", where, j+1, ro.Type)
			}
			if o.Text, err = multiline(ro.Text); err != nil {
				return nil, formatErr(name, 0, "%s, output %d: text: %v", where, j+1, err)
			}
			if ro.ExecutionCount != nil {
				o.ExecutionCount = *ro.ExecutionCount
			}
			c.Outputs = append(c.Outputs, o)
		}
		nb.Cells = append(nb.Cells, c)
	}
	return nb, nil
}

// Marshal encodes the notebook as nbformat writes it: keys sorted,
// one-space indentation, multiline strings as lists of lines, a final
// newline.
func (nb *Notebook) Marshal() ([]byte, error) {
	cells := make([]any, len(nb.Cells))
	for i := range nb.Cells {
		cells[i] = nb.Cells[i].jsonValue()
	}
	minor := nb.FormatMinor
	doc := map[string]any{
		"cells":          cells,
		"metadata":       orEmpty(nb.Metadata),
		"nbformat":       4,
		"nbformat_minor": minor,
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(doc); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Write writes the notebook (see Marshal) to w.
func (nb *Notebook) Write(w io.Writer) error {
	data, err := nb.Marshal()
	if err != nil {
		return err
	}
	_, err = w.Write(data)
	return err
}

// WriteFile writes the notebook to path atomically.
func (nb *Notebook) WriteFile(path string) error {
	data, err := nb.Marshal()
	if err != nil {
		return err
	}
	return atomicfile.WriteFile(path, data, 0o644)
}

func orEmpty(m map[string]json.RawMessage) map[string]json.RawMessage {
	if m == nil {
		return map[string]json.RawMessage{}
	}
	return m
}

func (c *Cell) jsonValue() map[string]any {
	v := map[string]any{
		"cell_type": c.Type,
		"metadata":  orEmpty(c.Metadata),
		"source":    splitLines(c.Source),
	}
	if c.ID != "" {
		v["id"] = c.ID
	}
	if c.Type == "code" {
		v["execution_count"] = countOrNull(c.ExecutionCount)
		outs := make([]any, len(c.Outputs))
		for i := range c.Outputs {
			outs[i] = c.Outputs[i].jsonValue()
		}
		v["outputs"] = outs
	} else if c.Attachments != nil {
		v["attachments"] = c.Attachments
	}
	return v
}

func (o *Output) jsonValue() map[string]any {
	v := map[string]any{"output_type": o.Type}
	switch o.Type {
	case "stream":
		v["name"] = o.Name
		v["text"] = splitLines(o.Text)
	case "error":
		v["ename"] = o.EName
		v["evalue"] = o.EValue
		tb := o.Traceback
		if tb == nil {
			tb = []string{}
		}
		v["traceback"] = tb
	default: // display_data, execute_result
		v["data"] = orEmpty(o.Data)
		v["metadata"] = orEmpty(o.Metadata)
		if o.Type == "execute_result" {
			v["execution_count"] = countOrNull(o.ExecutionCount)
		}
	}
	return v
}

func countOrNull(n int) any {
	if n == 0 {
		return nil
	}
	return n
}
