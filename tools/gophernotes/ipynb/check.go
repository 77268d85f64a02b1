package ipynb

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"image"
	_ "image/gif" // DecodeConfig of image/gif outputs
	_ "image/jpeg"
	_ "image/png"
	"sort"
	"strings"
	"time"
)

// MetadataKey is the notebook metadata key of entente's own settings:
// {"entente": {"images": N}}.
const MetadataKey = "entente"

type ententeMeta struct {
	Images *int `json:"images"`
}

// ExpectedImages returns the number of images the executed notebook must
// show, from its metadata, and whether the metadata states it.
func (nb *Notebook) ExpectedImages() (int, bool) {
	raw, ok := nb.Metadata[MetadataKey]
	if !ok {
		return 0, false
	}
	var m ententeMeta
	if err := json.Unmarshal(raw, &m); err != nil || m.Images == nil || *m.Images < 0 {
		return 0, false
	}
	return *m.Images, true
}

// SetExpectedImages records n, the number of images the executed notebook
// must show, in the metadata. It panics if n is negative.
func (nb *Notebook) SetExpectedImages(n int) {
	if n < 0 {
		panic("ipynb: negative expected image count")
	}
	if nb.Metadata == nil {
		nb.Metadata = map[string]json.RawMessage{}
	}
	raw, _ := json.Marshal(map[string]int{"images": n})
	nb.Metadata[MetadataKey] = raw
}

// Duration returns how long the cell took to execute, from the timings
// nbclient records (iopub.execute_input to shell.execute_reply), and
// whether they are there. gophernotes reports whole seconds.
func (c *Cell) Duration() (time.Duration, bool) {
	raw, ok := c.Metadata["execution"]
	if !ok {
		return 0, false
	}
	var ex map[string]string
	if err := json.Unmarshal(raw, &ex); err != nil {
		return 0, false
	}
	start, err1 := time.Parse(time.RFC3339Nano, ex["iopub.execute_input"])
	end, err2 := time.Parse(time.RFC3339Nano, ex["shell.execute_reply"])
	if err1 != nil || err2 != nil || end.Before(start) {
		return 0, false
	}
	return end.Sub(start), true
}

// StripTiming removes the execution timings nbclient records in the cell
// metadata, so that a saved notebook changes only when its outputs do.
func (nb *Notebook) StripTiming() {
	for i := range nb.Cells {
		delete(nb.Cells[i].Metadata, "execution")
	}
}

// Problem is one reason an executed notebook fails its check.
type Problem struct {
	Cell int // 1-based cell number; 0 for the notebook as a whole
	Msg  string
}

func (p Problem) String() string {
	if p.Cell == 0 {
		return p.Msg
	}
	return fmt.Sprintf("cell %d: %s", p.Cell, p.Msg)
}

// Result is the check of one executed notebook.
type Result struct {
	Images   int // valid images shown (an output with several image formats counts once)
	Expected int // from the metadata; -1 when it does not say
	Problems []Problem
}

// OK reports whether the notebook passed.
func (r *Result) OK() bool { return len(r.Problems) == 0 }

// Check verifies an executed notebook the way CI does: no error output in
// any cell, every non-empty code cell executed, every image payload a
// decodable image (PNG, JPEG and GIF headers are decoded, SVG must contain
// an <svg element), and exactly the number of images its metadata expects
// (see ExpectedImages; a notebook that does not say fails).
func Check(nb *Notebook) *Result {
	r := &Result{Expected: -1}
	if n, ok := nb.ExpectedImages(); ok {
		r.Expected = n
	} else {
		r.Problems = append(r.Problems, Problem{0, `the metadata does not say how many images to expect ({"entente": {"images": N}})`})
	}
	for i := range nb.Cells {
		c := &nb.Cells[i]
		if c.Type != "code" {
			continue
		}
		if c.ExecutionCount == 0 && strings.TrimSpace(c.Source) != "" {
			r.Problems = append(r.Problems, Problem{i + 1, "not executed"})
		}
		for j := range c.Outputs {
			o := &c.Outputs[j]
			switch o.Type {
			case "error":
				msg := o.EName
				if o.EValue != "" {
					msg += ": " + o.EValue
				}
				r.Problems = append(r.Problems, Problem{i + 1, "error output: " + firstLines(msg, 5)})
			case "display_data", "execute_result":
				shown := false
				for _, mime := range o.MIMETypes() {
					if !strings.HasPrefix(mime, "image/") {
						continue
					}
					if err := checkImage(o, mime); err != nil {
						r.Problems = append(r.Problems, Problem{i + 1, fmt.Sprintf("output %d: %s: %v", j+1, mime, err)})
						continue
					}
					shown = true
				}
				if shown {
					r.Images++
				}
			}
		}
	}
	if r.Expected >= 0 && r.Images != r.Expected {
		r.Problems = append(r.Problems, Problem{0, fmt.Sprintf("%d image(s) shown, %d expected", r.Images, r.Expected)})
	}
	sort.SliceStable(r.Problems, func(a, b int) bool { return r.Problems[a].Cell < r.Problems[b].Cell })
	return r
}

// checkImage decodes the header of a raster payload (base64) or looks for
// the <svg element of an SVG one.
func checkImage(o *Output, mime string) error {
	text, ok := o.DataText(mime)
	if !ok {
		return fmt.Errorf("payload is not a string")
	}
	if mime == "image/svg+xml" {
		if !strings.Contains(text, "<svg") {
			return fmt.Errorf("no <svg element")
		}
		return nil
	}
	data, err := base64.StdEncoding.DecodeString(strings.Join(strings.Fields(text), ""))
	if err != nil {
		return fmt.Errorf("not base64: %v", err)
	}
	switch mime {
	case "image/png", "image/jpeg", "image/gif":
		cfg, format, err := image.DecodeConfig(bytes.NewReader(data))
		if err != nil {
			return fmt.Errorf("not an image: %v", err)
		}
		if "image/"+format != mime {
			return fmt.Errorf("holds a %s image", format)
		}
		if cfg.Width <= 0 || cfg.Height <= 0 {
			return fmt.Errorf("empty image (%dx%d)", cfg.Width, cfg.Height)
		}
	default:
		if len(data) == 0 {
			return fmt.Errorf("empty payload")
		}
	}
	return nil
}

// firstLines keeps at most n lines of s.
func firstLines(s string, n int) string {
	lines := strings.SplitN(strings.TrimRight(s, "\n"), "\n", n+1)
	if len(lines) > n {
		lines = append(lines[:n], "…")
	}
	return strings.Join(lines, "\n")
}
