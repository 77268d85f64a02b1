package pdfdoc

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"

	"codeberg.org/go-pdf/fpdf"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
)

// Canvas is a vg.Canvas drawing into a box of a page of an fpdf document.
// Unlike gonum/plot's vgpdf it embeds the fonts as UTF-8 TrueType (subset)
// fonts, so any character the font has is written correctly, and it draws
// into a box of an existing page, which is how package report composes
// pages around package plots' charts.
//
// Coordinates: the canvas origin is the bottom-left corner of the box, y
// up, in points, as vg expects. The fpdf document may use any unit.
type Canvas struct {
	doc   *fpdf.Fpdf
	w, h  vg.Length
	k     float64 // points per document unit
	stack []context
	imgs  int
}

type context struct {
	width vg.Length
	color color.Color
}

// NewCanvas starts drawing into the box at (x, y) (top-left corner, in
// the document's units) of width w and height h (document units) on the
// current page. Call Finish when done.
func NewCanvas(doc *fpdf.Fpdf, x, y, w, h float64) *Canvas {
	k := doc.GetConversionRatio()
	_, pageH := doc.GetPageSize()
	c := &Canvas{
		doc:   doc,
		w:     vg.Length(w * k),
		h:     vg.Length(h * k),
		k:     k,
		stack: []context{{width: 1, color: color.Black}},
	}
	// Move the origin to the bottom-left corner of the box, then flip the
	// y axis so that drawing in document units with y up lands there.
	doc.TransformBegin()
	doc.TransformTranslate(x, -(pageH - y - h))
	doc.TransformTranslate(0, pageH)
	doc.TransformScale(100, -100, 0, 0)
	doc.SetLineCapStyle("butt")
	doc.SetLineJoinStyle("miter")
	c.SetLineWidth(1)
	c.SetLineDash(nil, 0)
	c.SetColor(color.Black)
	return c
}

// Finish ends the canvas' transformation and restores full opacity.
func (c *Canvas) Finish() {
	c.doc.SetAlpha(1, "Normal")
	c.doc.SetDashPattern(nil, 0)
	c.doc.TransformEnd()
}

func (c *Canvas) Size() (w, h vg.Length) { return c.w, c.h }

func (c *Canvas) unit(l vg.Length) float64 { return float64(l) / c.k }

func (c *Canvas) ctx() *context { return &c.stack[len(c.stack)-1] }

func (c *Canvas) SetLineWidth(w vg.Length) {
	c.ctx().width = w
	c.doc.SetLineWidth(c.unit(w))
}

func (c *Canvas) SetLineDash(dashes []vg.Length, offs vg.Length) {
	ds := make([]float64, len(dashes))
	for i, d := range dashes {
		ds[i] = c.unit(d)
	}
	c.doc.SetDashPattern(ds, c.unit(offs))
}

func (c *Canvas) SetColor(clr color.Color) {
	if clr == nil {
		clr = color.Black
	}
	c.ctx().color = clr
	r, g, b, a := rgba(clr)
	c.doc.SetFillColor(r, g, b)
	c.doc.SetDrawColor(r, g, b)
	c.doc.SetTextColor(r, g, b)
	c.doc.SetAlpha(a, "Normal")
}

func (c *Canvas) Rotate(rad float64) { c.doc.TransformRotate(-rad*180/math.Pi, 0, 0) }

func (c *Canvas) Translate(pt vg.Point) {
	c.doc.TransformTranslate(c.unit(pt.X), c.unit(pt.Y))
}

func (c *Canvas) Scale(x, y float64) { c.doc.TransformScale(x*100, y*100, 0, 0) }

func (c *Canvas) Push() {
	c.stack = append(c.stack, *c.ctx())
	c.doc.TransformBegin()
}

func (c *Canvas) Pop() {
	c.doc.TransformEnd()
	c.stack = c.stack[:len(c.stack)-1]
	// TransformEnd restores the graphics state in the PDF, but fpdf keeps
	// its own idea of the current colours and line width; set them again.
	ctx := c.ctx()
	c.SetColor(ctx.color)
	c.SetLineWidth(ctx.width)
}

func (c *Canvas) Stroke(p vg.Path) {
	if c.ctx().width > 0 {
		c.path(p, "D")
	}
}

func (c *Canvas) Fill(p vg.Path) { c.path(p, "F") }

func (c *Canvas) path(path vg.Path, style string) {
	var x0, y0 float64
	for _, comp := range path {
		switch comp.Type {
		case vg.MoveComp:
			x0, y0 = c.unit(comp.Pos.X), c.unit(comp.Pos.Y)
			c.doc.MoveTo(x0, y0)
		case vg.LineComp:
			c.doc.LineTo(c.unit(comp.Pos.X), c.unit(comp.Pos.Y))
		case vg.ArcComp:
			c.arc(comp)
		case vg.CurveComp:
			px, py := c.unit(comp.Pos.X), c.unit(comp.Pos.Y)
			switch len(comp.Control) {
			case 1:
				c.doc.CurveTo(c.unit(comp.Control[0].X), c.unit(comp.Control[0].Y), px, py)
			case 2:
				c.doc.CurveBezierCubicTo(c.unit(comp.Control[0].X), c.unit(comp.Control[0].Y),
					c.unit(comp.Control[1].X), c.unit(comp.Control[1].Y), px, py)
			default:
				panic("pdfdoc: invalid number of curve control points")
			}
		case vg.CloseComp:
			c.doc.LineTo(x0, y0)
			c.doc.ClosePath()
		default:
			panic(fmt.Sprintf("pdfdoc: unknown path component type %d", comp.Type))
		}
	}
	c.doc.DrawPath(style)
}

// arc approximates an arc by cubic Bézier segments of at most 90°, in the
// current path (fpdf's Arc would start a new path).
func (c *Canvas) arc(comp vg.PathComp) {
	r := float64(comp.Radius)
	cx, cy := float64(comp.Pos.X), float64(comp.Pos.Y)
	start, sweep := comp.Start, comp.Angle
	n := int(math.Ceil(math.Abs(sweep) / (math.Pi / 2)))
	if n < 1 {
		n = 1
	}
	d := sweep / float64(n)
	kappa := 4.0 / 3.0 * math.Tan(d/4)
	x0, y0 := cx+r*math.Cos(start), cy+r*math.Sin(start)
	c.doc.LineTo(x0/c.k, y0/c.k)
	for i := 0; i < n; i++ {
		a0 := start + float64(i)*d
		a1 := a0 + d
		p0x, p0y := cx+r*math.Cos(a0), cy+r*math.Sin(a0)
		p3x, p3y := cx+r*math.Cos(a1), cy+r*math.Sin(a1)
		p1x, p1y := p0x-kappa*r*math.Sin(a0), p0y+kappa*r*math.Cos(a0)
		p2x, p2y := p3x+kappa*r*math.Sin(a1), p3y-kappa*r*math.Cos(a1)
		c.doc.CurveBezierCubicTo(p1x/c.k, p1y/c.k, p2x/c.k, p2y/c.k, p3x/c.k, p3y/c.k)
	}
}

func (c *Canvas) FillString(f font.Face, pt vg.Point, str string) {
	if f.Font.Size == 0 || str == "" {
		return
	}
	family, style := FaceFont(c.doc, f)
	c.doc.SetFont(family, style, f.Font.Size.Points())
	c.Push()
	c.Translate(pt)
	c.Scale(1, -1)
	c.doc.Text(0, 0, str)
	c.Pop()
}

func (c *Canvas) DrawImage(rect vg.Rectangle, img image.Image) {
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		c.doc.SetError(err)
		return
	}
	c.imgs++
	name := fmt.Sprintf("pdfdoc-img-%p-%d", c, c.imgs)
	opts := fpdf.ImageOptions{ImageType: "png"}
	c.doc.RegisterImageOptionsReader(name, opts, &buf)
	// Images are drawn upright in the flipped space: flip back locally.
	c.Push()
	c.Translate(vg.Point{X: rect.Min.X, Y: rect.Max.Y})
	c.Scale(1, -1)
	sz := rect.Size()
	c.doc.ImageOptions(name, 0, 0, c.unit(sz.X), c.unit(sz.Y), false, opts, 0, "")
	c.Pop()
}

func rgba(c color.Color) (r, g, b int, a float64) {
	cr, cg, cb, ca := c.RGBA()
	if ca == 0 {
		return 0, 0, 0, 0
	}
	// un-premultiply
	r = int((cr*0xffff/ca)>>8) & 0xff
	g = int((cg*0xffff/ca)>>8) & 0xff
	b = int((cb*0xffff/ca)>>8) & 0xff
	return r, g, b, float64(ca) / 0xffff
}
