package ipynb

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"image"
	"image/png"
	"strings"
	"testing"
	"time"
)

func pngPayload(t *testing.T, w, h int) json.RawMessage {
	t.Helper()
	var buf bytes.Buffer
	if err := png.Encode(&buf, image.NewGray(image.Rect(0, 0, w, h))); err != nil {
		t.Fatal(err)
	}
	raw, _ := json.Marshal(base64.StdEncoding.EncodeToString(buf.Bytes()) + "\n")
	return raw
}

func str(s string) json.RawMessage { raw, _ := json.Marshal(s); return raw }

func display(data map[string]json.RawMessage) Output {
	return Output{Type: "display_data", Data: data}
}

func TestCheck(t *testing.T) {
	good := pngPayload(t, 3, 2)
	tests := []struct {
		name     string
		expect   int // -1: metadata says nothing
		cells    []Cell
		images   int
		problems []string
	}{
		{"passes", 2, []Cell{
			{Type: "markdown", Source: "# T"},
			{Type: "code", Source: "x", ExecutionCount: 1, Outputs: []Output{
				display(map[string]json.RawMessage{"image/png": good, "text/plain": str("chart")}),
				{Type: "stream", Name: "stderr", Text: "warnings are not failures\n"},
			}},
			{Type: "code", Source: "y", ExecutionCount: 2, Outputs: []Output{
				// PNG and SVG of one chart count once.
				{Type: "execute_result", ExecutionCount: 2, Data: map[string]json.RawMessage{"image/png": good, "image/svg+xml": str("<svg xmlns='http://www.w3.org/2000/svg'/>")}},
			}},
			{Type: "code", Source: "  \n", ExecutionCount: 0}, // an empty cell is not executed by nbclient
		}, 2, nil},
		{"too few images", 2, []Cell{
			{Type: "code", Source: "x", ExecutionCount: 1, Outputs: []Output{display(map[string]json.RawMessage{"image/png": good})}},
		}, 1, []string{"1 image(s) shown, 2 expected"}},
		{"too many images", 0, []Cell{
			{Type: "code", Source: "x", ExecutionCount: 1, Outputs: []Output{display(map[string]json.RawMessage{"image/png": good})}},
		}, 1, []string{"1 image(s) shown, 0 expected"}},
		{"error output", 0, []Cell{
			{Type: "code", Source: "x", ExecutionCount: 1},
			{Type: "code", Source: "y", ExecutionCount: 2, Outputs: []Output{{Type: "error", EName: "ERROR", EValue: "undefined: z"}}},
		}, 0, []string{"cell 2: error output: ERROR: undefined: z"}},
		{"not executed", 0, []Cell{
			{Type: "code", Source: "x", ExecutionCount: 1},
			{Type: "code", Source: "y"},
		}, 0, []string{"cell 2: not executed"}},
		{"bad payloads", 0, []Cell{
			{Type: "code", Source: "x", ExecutionCount: 1, Outputs: []Output{
				display(map[string]json.RawMessage{"image/png": str("not base64!")}),
				display(map[string]json.RawMessage{"image/png": str(base64.StdEncoding.EncodeToString([]byte("GIF89a not a png")))}),
				display(map[string]json.RawMessage{"image/png": str(base64.StdEncoding.EncodeToString([]byte("plain text")))}),
				display(map[string]json.RawMessage{"image/svg+xml": str("<html/>")}),
				display(map[string]json.RawMessage{"image/png": json.RawMessage(`{"a": 1}`)}),
			}},
		}, 0, []string{
			"cell 1: output 1: image/png: not base64",
			"cell 1: output 2: image/png: holds a gif image",
			"cell 1: output 3: image/png: not an image",
			"cell 1: output 4: image/svg+xml: no <svg element",
			"cell 1: output 5: image/png: payload is not a string",
		}},
		{"no expectation", -1, []Cell{{Type: "code", Source: "x", ExecutionCount: 1}}, 0,
			[]string{"the metadata does not say how many images to expect"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			nb := &Notebook{Format: 4, Cells: tt.cells}
			if tt.expect >= 0 {
				nb.SetExpectedImages(tt.expect)
			}
			r := Check(nb)
			if r.Images != tt.images {
				t.Errorf("Images = %d, want %d", r.Images, tt.images)
			}
			if r.Expected != tt.expect {
				t.Errorf("Expected = %d, want %d", r.Expected, tt.expect)
			}
			if r.OK() != (len(tt.problems) == 0) {
				t.Errorf("OK() = %v with problems %v", r.OK(), r.Problems)
			}
			if len(r.Problems) != len(tt.problems) {
				t.Fatalf("problems %v, want %d: %q", r.Problems, len(tt.problems), tt.problems)
			}
			for i, want := range tt.problems {
				if got := r.Problems[i].String(); !strings.HasPrefix(got, want) {
					t.Errorf("problem %d = %q, want prefix %q", i+1, got, want)
				}
			}
		})
	}
}

func TestExpectedImagesMetadata(t *testing.T) {
	for _, raw := range []string{`{"images": -1}`, `{"images": "2"}`, `[]`, `{}`} {
		nb := &Notebook{Metadata: map[string]json.RawMessage{MetadataKey: json.RawMessage(raw)}}
		if n, ok := nb.ExpectedImages(); ok {
			t.Errorf("ExpectedImages of %s = %d, true; want not stated", raw, n)
		}
	}
	defer func() {
		if r := recover(); r == nil {
			t.Error("SetExpectedImages(-1) did not panic")
		}
	}()
	(&Notebook{}).SetExpectedImages(-1)
}

func TestDurationAndStripTiming(t *testing.T) {
	nb, err := Read(strings.NewReader(executed), "x.ipynb")
	if err != nil {
		t.Fatal(err)
	}
	// 09:20:15 to 09:20:27 in the fixture.
	if d, ok := nb.Cells[1].Duration(); !ok || d != 12*time.Second {
		t.Errorf("Duration = %v, %v; want 12s, true", d, ok)
	}
	if _, ok := nb.Cells[0].Duration(); ok {
		t.Error("a cell without timings reported a duration")
	}
	nb.StripTiming()
	if _, ok := nb.Cells[1].Duration(); ok {
		t.Error("StripTiming left the timings")
	}
	data, _ := nb.Marshal()
	if bytes.Contains(data, []byte("iopub")) {
		t.Errorf("timings still written:\n%s", data)
	}
}
