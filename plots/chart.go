package plots

import (
	"bytes"
	"errors"
	"fmt"
	"html"
	"image/png"
	"io"
	"path/filepath"
	"strings"

	"codeberg.org/go-pdf/fpdf"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgsvg"

	"github.com/entente/entente/internal/atomicfile"
	"github.com/entente/entente/internal/pdfdoc"
)

// ErrShape is wrapped by the errors of inputs that do not fit together: a
// heatmap matrix that is not square or whose labels do not match, a label
// list of the wrong length.
var ErrShape = errors.New("plots: input shapes do not match")

// Size is the physical size of a chart and the resolution of its PNG
// rendering. The zero value means SizeScreen; a zero DPI means 96.
type Size struct {
	Width, Height vg.Length
	DPI           float64
}

// Preset sizes.
var (
	// SizeScreen is 10 × 5.625 in at 96 dpi: 960 × 540 pixels (16:9).
	SizeScreen = Size{Width: 10 * vg.Inch, Height: 5.625 * vg.Inch, DPI: 96}
	// SizePrint is 6.5 × 4 in at 300 dpi (1950 × 1200 pixels): the text
	// width of an A4 or US Letter page with 1 in margins.
	SizePrint = Size{Width: 6.5 * vg.Inch, Height: 4 * vg.Inch, DPI: 300}
	// SizeColumn is 3.5 × 2.6 in at 300 dpi: one column of a two-column
	// journal page.
	SizeColumn = Size{Width: 3.5 * vg.Inch, Height: 2.6 * vg.Inch, DPI: 300}
)

// orDefault fills the zero fields of s.
func (s Size) orDefault() Size {
	if s.Width == 0 && s.Height == 0 {
		dpi := s.DPI
		s = SizeScreen
		if dpi != 0 {
			s.DPI = dpi
		}
	}
	if s.Width < 0 || s.Height < 0 || s.DPI < 0 {
		panic(fmt.Sprintf("plots: negative size %v × %v at %v dpi", s.Width, s.Height, s.DPI))
	}
	if s.Width == 0 {
		s.Width = s.Height * 16 / 9
	}
	if s.Height == 0 {
		s.Height = s.Width * 9 / 16
	}
	if s.DPI == 0 {
		s.DPI = 96
	}
	return s
}

// Pixels returns the size of the PNG rendering in pixels.
func (s Size) Pixels() (w, h int) {
	s = s.orDefault()
	return int(s.Width.Dots(s.DPI) + 0.5), int(s.Height.Dots(s.DPI) + 0.5)
}

// Chart is a rendered-on-demand chart. Build one with a New… function;
// change Size (or Title) before rendering if you wish.
type Chart struct {
	// Kind names the chart type: "index", "level", "mix", "timeline",
	// "heatmap" or "multiples".
	Kind string
	// Title is drawn at the top left; Subtitle under it.
	Title, Subtitle string
	// Note is drawn in small type at the bottom left (sources, what the
	// bands mean, what was left out).
	Note string
	// Size is the size PNG, SVG and PDF are rendered at.
	Size Size

	body func(c draw.Canvas, th theme)
	// legend entries drawn in the header, left to right.
	legend []legendEntry
	// layoutHook, if set (tests), receives where the labels went each
	// time the chart is drawn.
	layoutHook func(labelLayout)
}

// Draw draws the chart onto any gonum canvas (its whole rectangle).
func (ch *Chart) Draw(c draw.Canvas) {
	if ch == nil {
		panic("plots: Draw on a nil *Chart")
	}
	th := themeFor(c.Max.X - c.Min.X)
	drawFrame(c, ch, th)
}

func (ch *Chart) size() Size {
	if ch == nil {
		panic("plots: nil *Chart")
	}
	return ch.Size.orDefault()
}

// WritePNG writes the chart as a PNG image of Size at Size.DPI.
func (ch *Chart) WritePNG(w io.Writer) error {
	s := ch.size()
	c := vgimg.NewWith(vgimg.UseWH(s.Width, s.Height), vgimg.UseDPI(int(s.DPI+0.5)), vgimg.UseBackgroundColor(colorWhite))
	ch.Draw(draw.New(pngCanvas{c})) // kerning as measured: pngtext.go
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	return enc.Encode(w, c.Image())
}

// PNG returns the chart as a PNG image (nil only if encoding failed, which
// writing to memory does not).
func (ch *Chart) PNG() []byte {
	var buf bytes.Buffer
	if err := ch.WritePNG(&buf); err != nil {
		return nil
	}
	return buf.Bytes()
}

// WriteSVG writes the chart as a standalone SVG document (UTF-8).
func (ch *Chart) WriteSVG(w io.Writer) error {
	_, err := io.WriteString(w, ch.SVG())
	return err
}

// SVG returns the chart as a standalone SVG document.
func (ch *Chart) SVG() string {
	s := ch.size()
	c := vgsvg.New(s.Width, s.Height)
	ch.Draw(draw.New(c))
	var buf bytes.Buffer
	if _, err := c.WriteTo(&buf); err != nil {
		return ""
	}
	return fixSVG(buf.String())
}

// svgFontFamily is the font list written into SVG text: Liberation Sans
// first, then fonts with the same metrics (Arimo, Arial), then generic.
const svgFontFamily = `'Liberation Sans',Arimo,Arial,Helvetica,sans-serif`

// fixSVG gives the SVG text its font fallbacks.
func fixSVG(s string) string {
	return strings.ReplaceAll(s, "font-family:Liberation Sans;", "font-family:"+svgFontFamily+";")
}

// InlineSVG returns the SVG without the XML declaration and generator
// comment, ready to be placed in an HTML page.
func (ch *Chart) InlineSVG() string {
	s := ch.SVG()
	if i := strings.Index(s, "<svg"); i > 0 {
		s = s[i:]
	}
	return s
}

// HTML returns the chart as an HTML figure with the SVG inline and the
// title as an accessible label (notebooks render it).
func (ch *Chart) HTML() string {
	var b strings.Builder
	b.WriteString(`<figure class="entente-chart" data-kind="`)
	b.WriteString(html.EscapeString(ch.Kind))
	b.WriteString(`" role="img" aria-label="`)
	b.WriteString(html.EscapeString(ch.Title))
	b.WriteString(`">`)
	b.WriteString("\n")
	b.WriteString(ch.InlineSVG())
	b.WriteString("</figure>\n")
	return b.String()
}

// WritePDF writes the chart as a one-page vector PDF of Size with the
// fonts embedded (UTF-8 subsets). The document's creation date is fixed
// (1 Jan 2000), so the same chart gives byte-identical files.
func (ch *Chart) WritePDF(w io.Writer) error {
	s := ch.size()
	doc := pdfdoc.New(s.Width.Points(), s.Height.Points())
	doc.SetCreationDate(pdfdoc.Date)
	doc.SetModificationDate(pdfdoc.Date)
	if ch.Title != "" {
		doc.SetTitle(ch.Title, true)
	}
	doc.AddPage()
	ch.DrawPDF(doc, 0, 0, s.Width.Points(), s.Height.Points())
	if err := doc.Error(); err != nil {
		return fmt.Errorf("plots: writing PDF: %w", err)
	}
	return doc.Output(w)
}

// PDFBytes returns the chart as a one-page PDF (nil if fpdf failed). It is
// deliberately not named PDF: gophernotes attaches the output of a PDF()
// method to every cell that shows the chart, bloating saved notebooks.
func (ch *Chart) PDFBytes() []byte {
	var buf bytes.Buffer
	if err := ch.WritePDF(&buf); err != nil {
		return nil
	}
	return buf.Bytes()
}

// DrawPDF draws the chart as vector graphics into the box (x, y, w, h) of
// doc's current page, in doc's units, (x, y) being the top-left corner.
// The fonts are embedded into doc as UTF-8 TrueType subsets. Errors are
// recorded in doc (doc.Error()), as fpdf does.
func (ch *Chart) DrawPDF(doc *fpdf.Fpdf, x, y, w, h float64) {
	if ch == nil || doc == nil {
		panic("plots: DrawPDF with a nil chart or document")
	}
	c := pdfdoc.NewCanvas(doc, x, y, w, h)
	ch.Draw(draw.New(c))
	c.Finish()
}

// Save writes the chart to path in the format its extension names (.png,
// .svg or .pdf), atomically.
func (ch *Chart) Save(path string) error {
	var fn func(io.Writer) error
	switch strings.ToLower(filepath.Ext(path)) {
	case ".png":
		fn = ch.WritePNG
	case ".svg":
		fn = ch.WriteSVG
	case ".pdf":
		fn = ch.WritePDF
	default:
		return fmt.Errorf("plots: %s: unknown chart format %q (want .png, .svg or .pdf)", path, filepath.Ext(path))
	}
	if err := atomicfile.Write(path, 0o644, fn); err != nil {
		return fmt.Errorf("plots: writing %s: %w", path, err)
	}
	return nil
}
