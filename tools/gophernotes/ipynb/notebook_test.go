package ipynb

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"
)

// executed is a small executed notebook as nbconvert writes it (nbformat
// 4.5; the image payload is a 1×1 PNG).
const executed = `{
 "cells": [
  {
   "cell_type": "markdown",
   "id": "c01",
   "metadata": {},
   "source": ["# Title\n", "text"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "id": "c02",
   "metadata": {"execution": {"iopub.execute_input": "2026-11-23T09:20:15.000000Z", "shell.execute_reply": "2026-11-23T09:20:27.000000Z"}},
   "outputs": [
    {"name": "stdout", "output_type": "stream", "text": ["a\n", "b\n"]},
    {"data": {"image/png": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNiAAAABgADNjd8qAAAAABJRU5ErkJggg==\n", "text/plain": ["chart"]}, "execution_count": 1, "metadata": {"image/png": {"width": 1, "height": 1}}, "output_type": "execute_result"}
   ],
   "source": "x := 1 < 2 && true"
  },
  {
   "attachments": {},
   "cell_type": "raw",
   "metadata": {},
   "source": []
  }
 ],
 "metadata": {"entente": {"images": 1}, "kernelspec": {"display_name": "Go", "language": "go", "name": "gophernotes"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
`

func TestRead(t *testing.T) {
	nb, err := Read(strings.NewReader(executed), "x.ipynb")
	if err != nil {
		t.Fatal(err)
	}
	if len(nb.Cells) != 3 {
		t.Fatalf("%d cells, want 3", len(nb.Cells))
	}
	md, code, raw := nb.Cells[0], nb.Cells[1], nb.Cells[2]
	if md.Type != "markdown" || md.Source != "# Title\ntext" || md.ID != "c01" {
		t.Errorf("markdown cell %+v", md)
	}
	if code.ExecutionCount != 1 || code.Source != "x := 1 < 2 && true" || len(code.Outputs) != 2 {
		t.Errorf("code cell %+v", code)
	}
	if o := code.Outputs[0]; o.Type != "stream" || o.Name != "stdout" || o.Text != "a\nb\n" {
		t.Errorf("stream output %+v", o)
	}
	o := code.Outputs[1]
	if got := o.MIMETypes(); !reflect.DeepEqual(got, []string{"image/png", "text/plain"}) {
		t.Errorf("MIMETypes = %v", got)
	}
	if s, ok := o.DataText("text/plain"); !ok || s != "chart" {
		t.Errorf("DataText(text/plain) = %q, %v", s, ok)
	}
	if _, ok := o.DataText("text/html"); ok {
		t.Error("DataText of a missing MIME type reported ok")
	}
	if raw.Type != "raw" || raw.Source != "" || string(raw.Attachments) != "{}" {
		t.Errorf("raw cell %+v", raw)
	}
}

func TestMarshalRoundTrip(t *testing.T) {
	nb, err := Read(strings.NewReader(executed), "x.ipynb")
	if err != nil {
		t.Fatal(err)
	}
	data, err := nb.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	// nbformat's layout: one-space indent, sorted keys, lines as lists,
	// no HTML escaping, final newline.
	for _, want := range []string{
		"{\n \"cells\": [\n  {\n   \"cell_type\": \"markdown\",\n",
		`"source": [` + "\n    \"# Title\\n\",\n    \"text\"\n   ]",
		`"x := 1 < 2 && true"`,
		`"execution_count": 1,`,
		"\"nbformat_minor\": 5\n}\n",
	} {
		if !bytes.Contains(data, []byte(want)) {
			t.Errorf("marshalled notebook lacks %q:\n%s", want, data)
		}
	}
	again, err := Read(bytes.NewReader(data), "again")
	if err != nil {
		t.Fatal(err)
	}
	data2, err := again.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(data, data2) {
		t.Errorf("Marshal(Read(Marshal(nb))) differs:\n%s\n---\n%s", data, data2)
	}
	if !reflect.DeepEqual(Check(nb), Check(again)) {
		t.Errorf("check results differ after a round trip")
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct{ name, in, msg string }{
		{"not json", "{", "not a notebook"},
		{"no nbformat", `{"cells": []}`, "no nbformat"},
		{"nbformat 3", `{"nbformat": 3, "worksheets": []}`, "nbformat 3 is not supported"},
		{"cell type", `{"nbformat": 4, "cells": [{"cell_type": "heading", "source": ""}]}`, `cell 1: cell_type "heading"`},
		{"source", `{"nbformat": 4, "cells": [{"cell_type": "code", "source": 42}]}`, "cell 1: source"},
		{"output type", `{"nbformat": 4, "cells": [{"cell_type": "code", "source": "", "outputs": [{"output_type": "pyout"}]}]}`, `cell 1, output 1: output_type "pyout"`},
		{"stream text", `{"nbformat": 4, "cells": [{"cell_type": "code", "source": "", "outputs": [{"output_type": "stream", "text": [1]}]}]}`, "cell 1, output 1: text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read(strings.NewReader(tt.in), "bad.ipynb")
			var pe *ParseError
			if !errors.As(err, &pe) || pe.File != "bad.ipynb" || !errors.Is(err, ErrFormat) {
				t.Fatalf("err = %#v, want a *ParseError for bad.ipynb wrapping ErrFormat", err)
			}
			if !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("error %q does not mention %q", err, tt.msg)
			}
		})
	}
}

func TestSplitLines(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", []string{}},
		{"a", []string{"a"}},
		{"a\n", []string{"a\n"}},
		{"a\n\nb", []string{"a\n", "\n", "b"}},
	}
	for _, tt := range tests {
		if got := splitLines(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("splitLines(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzRead(f *testing.F) {
	f.Add([]byte(executed))
	f.Add([]byte(`{"nbformat": 4, "cells": [{"cell_type": "code", "source": ["a\n", "b"], "outputs": [{"output_type": "error", "ename": "E", "traceback": ["x"]}]}]}`))
	f.Add([]byte(`{"nbformat": 4, "nbformat_minor": 5, "metadata": {"entente": {"images": "x"}}, "cells": null}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		nb, err := Read(bytes.NewReader(data), "fuzz")
		if err != nil {
			if !errors.Is(err, ErrFormat) {
				t.Fatalf("error %v does not wrap ErrFormat", err)
			}
			return
		}
		Check(nb) // must not panic
		out, err := nb.Marshal()
		if err != nil {
			return // raw metadata JSON the encoder rejects is reported, not a panic
		}
		again, err := Read(bytes.NewReader(out), "again")
		if err != nil {
			t.Fatalf("cannot read what Marshal wrote: %v\n%s", err, out)
		}
		if len(again.Cells) != len(nb.Cells) {
			t.Fatalf("%d cells after a round trip, want %d", len(again.Cells), len(nb.Cells))
		}
		for i := range nb.Cells {
			if again.Cells[i].Source != nb.Cells[i].Source || len(again.Cells[i].Outputs) != len(nb.Cells[i].Outputs) {
				t.Fatalf("cell %d changed in a round trip", i+1)
			}
		}
	})
}
